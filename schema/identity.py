"""Identity keys: the forms under which two articles' names of one actor meet, in any script.

An actor's keys are its normalised names without legal forms ('Acme Robotics Inc.' and 'Acme Robotics'
give one key) and, for names of four consonants or more, a sound key that a katakana name and its
Latin spelling share: 'ケビン・スコット' and 'Kevin Scott' both give '~kbnskt' (romanised with pykakasi,
then folded: v→b, l→r, z→s, c/q→k, h dropped, vowels and doubled letters dropped). Stores keep the keys of
every entity, so a new article's unknown actor is looked up by them in one query; `same_sound` then
checks a candidate with a string distance (rapidfuzz) before two names are taken as one actor."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from schema.names import normalize_name

SOUND_PREFIX = "~"
LEGAL_FORMS = sorted(
    (
        "株式会社", "(株)", "（株）", "ホールディングス", "holdings", "inc.", "inc", "corp.", "corp", "corporation",
        "co., ltd.", "co.,ltd.", "ltd.", "ltd", "llc", "plc", "gmbh", "ag", "s.a.", "limited", "incorporated",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_KATAKANA = re.compile(r"[\u30A0-\u30FF]")
_CJK = re.compile(r"[\u3040-\u309F\u4E00-\u9FFF]")  # hiragana and kanji: no reliable reading
_FOLDS = (
    ("ph", "f"),
    ("th", "s"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("v", "b"),
    ("l", "r"),
    ("z", "s"),
    ("ge", "je"),
    ("gi", "ji"),
)
_DROPPED = re.compile(r"[aeiouyhw]")
_DOUBLED = re.compile(r"(.)\1+")
_UNHEARD = re.compile(r"[uhwy]")
_VOWELS = re.compile(r"[aeio]+")
_SILENT_R = re.compile(r"r(?=[^aeiou]|$)")  # 'Roger' is ロジャー: an r before a consonant or at the end is not heard
MIN_SOUND_CONSONANTS = 4
MIN_SOUND_SIMILARITY = 0.85


def without_legal_form(name: str) -> str:
    """'Acme Robotics, Inc.' → 'Acme Robotics'; 'アクメ株式会社' → 'アクメ' (one form, at either end)."""
    text = name.strip()
    lowered = text.casefold()
    for form in LEGAL_FORMS:
        if form.isascii():
            if lowered.endswith((" " + form, "," + form)):
                return text[: -len(form)].rstrip(" ,")
        elif lowered.endswith(form) and len(text) > len(form):
            return text[: -len(form)].strip()
        elif lowered.startswith(form) and len(text) > len(form):
            return text[len(form) :].strip()
    return text


@lru_cache(maxsize=1)
def _kakasi() -> Any:
    import pykakasi  # loads its dictionaries (about a second): only when a katakana name needs a reading

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


@lru_cache(maxsize=65536)
def romanised(name: str) -> str:
    """Latin letters of a name; katakana read in Hepburn. '' when a kanji or hiragana part has no sure reading."""
    if _CJK.search(name):
        return ""
    if _KATAKANA.search(name):
        name = "".join(part["hepburn"] for part in _kakasi().convert(name))
    return re.sub(r"[^a-z]", "", name.casefold())


def _folded(latin: str) -> str:
    for old, new in _FOLDS:
        latin = latin.replace(old, new)
    return _DOUBLED.sub(r"\1", latin)


def _skeleton(folded: str) -> str:
    return _DOUBLED.sub(r"\1", _DROPPED.sub("", folded))


def sound_key(name: str) -> str:
    """'~kbnskt' for 'Kevin Scott' and 'ケビン・スコット'; '' when the name is too short to tell."""
    skeleton = _skeleton(_folded(romanised(name)))
    return SOUND_PREFIX + skeleton if len(skeleton) >= MIN_SOUND_CONSONANTS else ""


def sound_keys(name: str) -> set[str]:
    """The sound key, and the one without an r that Japanese does not pronounce ('Roger Dassen')."""
    folded = _folded(romanised(name))
    skeletons = {_skeleton(folded), _skeleton(_SILENT_R.sub("", folded))}
    return {SOUND_PREFIX + s for s in skeletons if len(s) >= MIN_SOUND_CONSONANTS}


def _heard(name: str) -> str:
    """The folded reading with the vowel katakana inserts most ('u': スミス sumisu ~ Smith) and the glides
    left out, and every other run of vowels as one ('ジェイソン' jieison ~ Jason), so that a Latin spelling and
    its katakana reading differ only where the names do."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("a", _UNHEARD.sub("", _folded(romanised(name)))))


def same_sound(a: str, b: str) -> bool:
    """Whether two names with one sound key also read alike, vowels included (tolerant distance). Two Latin
    spellings never do: they are one name only when their normalised forms are equal."""
    if not (_KATAKANA.search(a) or _KATAKANA.search(b)):
        return False
    left, right = _heard(a), _heard(b)
    return bool(left and right) and Levenshtein.normalized_similarity(left, right) >= MIN_SOUND_SIMILARITY


def identity_keys(names: list[str], *, sound: bool = True) -> list[str]:
    """Every key of an actor named so: normalised names without legal forms, and their sound keys."""
    keys = set()
    for name in names:
        bare = without_legal_form(name)
        if len(normalize_name(bare)) >= 2:
            keys.add(normalize_name(bare))
        if sound:
            keys |= sound_keys(bare)
    return sorted(keys)
