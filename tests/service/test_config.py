from __future__ import annotations

import pytest

from schema.errors import ConfigError
from service.config import Settings, get_settings


def test_bad_settings_fail_fast_with_the_setting_named(monkeypatch: pytest.MonkeyPatch) -> None:
    get_settings.cache_clear()
    monkeypatch.setenv("KG_STORE", "mongodb")
    monkeypatch.setenv("NEO4J_URI", "http://localhost:7474")
    with pytest.raises(ConfigError) as caught:
        get_settings()
    assert "KG_STORE" in str(caught.value) and "NEO4J_URI" in str(caught.value)
    get_settings.cache_clear()


def test_lists_come_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_EN_MODELS", "en_core_web_sm, en_core_web_md")
    monkeypatch.setenv("KG_API_KEYS", "k1,k2")
    settings = Settings()
    assert settings.en_models == ["en_core_web_sm", "en_core_web_md"]
    assert [k.get_secret_value() for k in settings.api_keys] == ["k1", "k2"]
