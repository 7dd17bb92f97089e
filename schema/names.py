"""Name normalisation shared by entity resolution and name search."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\u3000・·･\-‐‑–—_.,、。'\"「」『』()（）]+")


def normalize_name(name: str) -> str:
    """Fold width, case, spaces and separators: 'イーロン・マスク' and 'ｲｰﾛﾝ マスク' give the same key."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return _SEPARATORS.sub("", folded)


def search_keys(names: list[str]) -> str:
    """All normalised names joined as '|k1|k2|', so that exact, prefix and substring tests are
    plain CONTAINS on one string (indexable by Neo4j's text index, a scan on the embedded store)."""
    keys = sorted({k for k in (normalize_name(n) for n in names) if k})
    return "|" + "|".join(keys) + "|" if keys else ""
