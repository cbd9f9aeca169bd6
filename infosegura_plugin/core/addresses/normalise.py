"""Text and street-name normalisation shared by the address parser and the street index.

Street names are compared in one canonical form: lower case ASCII words, the street type
as one English word placed LAST ("Calle Las Flores", "Las Flores St." -> "las flores
street"), other words kept in their order.
"""

import re
import unicodedata
from functools import lru_cache

from .street_types import (
    CANONICAL_TYPES,
    DIRECTIONS,
    LEADING_ONLY_TYPES,
    LEADING_TYPE_WORDS,
    SPANISH_LINKS,
    SPANISH_TYPE_WORDS,
    TYPE_WORD,
    TYPO_WORD,
    ordinal_number,
)

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_AMPERSAND = re.compile(r"&")

# "St Martin", "Dr Price": a leading abbreviation followed by a name is a title, not a type.
_LEADING_TITLES = {"st": "saint", "dr": "doctor"}
# A word this close to a compass word (5 letters or more) is that word misspelt.
DIRECTION_TYPO_SCORE = 85.0
_LONG_DIRECTIONS = tuple(sorted(w for w in DIRECTIONS if len(w) >= 5))
# A first word this close to a (long) Spanish type word is that word misspelt.
LEADING_TYPE_TYPO_SCORE = 85.0
_LONG_LEADING_TYPES = tuple(sorted(w for w in LEADING_TYPE_WORDS if len(w) >= 5))
# "Sta. Marta", "Sto. Domingo", "Sn. Antonio" inside a name.
_NAME_ABBREVIATIONS = {"sta": "santa", "sto": "santo", "sn": "san", "snta": "santa"}


class _AccentFolds(dict):
    """Character code -> the character without its accents (NFKD, combining marks dropped),
    worked out once per character. Decomposing character by character gives the same
    text as decomposing the whole: canonical reordering only moves combining marks, and
    they are all dropped."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = self[code] = "".join(c for c in decomposed if not unicodedata.combining(c))
        return folded


_ACCENT_FOLDS = _AccentFolds()


def _fold_accents(text: str) -> str:
    return text.translate(_ACCENT_FOLDS)


@lru_cache(maxsize=131072)
def normalise_text(text: str) -> str:
    """Lower case, accents folded, '&' -> 'and', apostrophes dropped, other punctuation
    to spaces, whitespace collapsed: "Joe's Bar & Grill, Ñ-St." -> "joes bar and grill n st"."""
    if not text:
        return ""
    text = text.lower()
    if not text.isascii():
        text = _fold_accents(text)
    text = _AMPERSAND.sub(" and ", text)
    text = _APOSTROPHES.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


def canonical_street_tokens(tokens):
    """(canonical tokens, notes) for normalised street-phrase tokens; see normalise_street_name."""
    notes = []
    tokens = list(tokens)
    while len(tokens) > 1 and tokens[0] in ("the", "del"):  # "the Ring Road", "Del Río St" (Calle del Río)
        tokens.pop(0)
    if not tokens:
        return tokens, notes
    if len(tokens) > 1 and tokens[0] not in TYPE_WORD and tokens[0] not in LEADING_TYPE_WORDS:
        typo = _leading_type_typo(tokens[0])
        if typo is not None:  # "Callzada Santa Marta", "Avvenida Guaya", "Prolongaccion ..."
            tokens[0] = typo
            notes.append("typo?")
    moved = None
    if len(tokens) > 1 and tokens[0] in LEADING_TYPE_WORDS and tokens[1] not in TYPE_WORD:
        first = tokens.pop(0)
        moved = TYPE_WORD.get(first) or TYPO_WORD.get(first) or LEADING_ONLY_TYPES.get(first)
        notes.append("spanish" if first in SPANISH_TYPE_WORDS else "abbreviation")
        while len(tokens) > 1 and tokens[0] in SPANISH_LINKS:
            tokens.pop(0)
    elif len(tokens) > 1 and tokens[0] in _LEADING_TITLES and tokens[1] not in TYPE_WORD:
        tokens[0] = _LEADING_TITLES[tokens[0]]
    out = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        canonical = TYPE_WORD.get(token)
        if canonical is None and i == last and token in TYPO_WORD and last > 0:
            canonical = TYPO_WORD[token]
            notes.append("typo?")
        if canonical is not None and canonical != token:
            notes.append("spanish" if token in SPANISH_TYPE_WORDS else "abbreviation")
            token = canonical
        elif canonical is None:
            token = ordinal_number(token) or token
            if i < last and token in _NAME_ABBREVIATIONS:
                token = _NAME_ABBREVIATIONS[token]
            elif i > 0 and len(token) >= 4:
                token = _direction_word(token) or token  # "Kinich Oriente", "Huano Orente"
        out.append(token)
    if moved is not None and (not out or out[-1] != moved):
        out.append(moved)
    return _direction_before_type(out), notes


@lru_cache(maxsize=131072)
def canonical_street_tuple(tokens: tuple):
    """``canonical_street_tokens`` of a token tuple, as tuples (cached: the parser asks
    for the same phrases often)."""
    out, notes = canonical_street_tokens(tokens)
    return tuple(out), tuple(notes)


@lru_cache(maxsize=8192)
def _leading_type_typo(token: str):
    """The Spanish type word a misspelt first word stands for ("callzada" -> "calzada")."""
    if len(token) < 5 or not token.isalpha():
        return None
    from .fuzzy import similarity

    best = max(((similarity(token, word), word) for word in _LONG_LEADING_TYPES), default=(0.0, None))
    return best[1] if best[0] >= LEADING_TYPE_TYPO_SCORE else None


@lru_cache(maxsize=16384)
def _direction_word(token: str):
    """"oriente", "orente", "norte", "poniente" -> one English compass word (whole words)."""
    if token in DIRECTIONS and len(token) >= 4:
        return DIRECTIONS[token]
    if len(token) < 5 or not token.isalpha():
        return None
    from .fuzzy import similarity

    best = max(((similarity(token, word), word) for word in _LONG_DIRECTIONS), default=(0.0, None))
    return DIRECTIONS[best[1]] if best[0] >= DIRECTION_TYPO_SCORE else None


def _direction_before_type(tokens):
    """"4 street n" -> "4 north street": a compass word after the type goes before it, so
    the type stays last and "4th St N.", "Fourth Street North" and "Calle 4 Norte" agree."""
    if len(tokens) >= 3 and tokens[-1] in DIRECTIONS and tokens[-2] in CANONICAL_TYPES:
        return tokens[:-2] + [DIRECTIONS[tokens[-1]], tokens[-2]]
    if len(tokens) >= 3 and tokens[-1] in CANONICAL_TYPES and tokens[-2] in DIRECTIONS and tokens[-2] != DIRECTIONS[
            tokens[-2]]:
        return tokens[:-2] + [DIRECTIONS[tokens[-2]], tokens[-1]]
    return tokens


@lru_cache(maxsize=65536)
def normalise_street_name(name: str) -> str:
    """Canonical street name for street-layer names and address phrases alike:
    ``normalise_text`` + street type words as one English token, the type last.
    "Calle Las Flores" == "Las Flores St." == "las flores street"."""
    tokens, _ = canonical_street_tokens(normalise_text(name).split())
    return " ".join(tokens)


@lru_cache(maxsize=131072)
def split_street_type(normalised: str):
    """("mountain view", "boulevard") for "mountain view boulevard"; type "" when none.

    Trailing type words are all removed ("ring road loop" -> "ring"), but never the last
    word: a street called just "circle" keeps its name."""
    tokens = normalised.split()
    end = len(tokens)
    while end > 1 and tokens[end - 1] in CANONICAL_TYPES:
        end -= 1
    return " ".join(tokens[:end]), " ".join(tokens[end:])


def street_core(normalised: str) -> str:
    """The name without its type token(s): "mountain view boulevard" -> "mountain view"."""
    return split_street_type(normalised)[0]


def has_street_type(tokens) -> bool:
    """True when a normalised token list names a street type (after canonicalising)."""
    for token in tokens:
        if token in TYPE_WORD or token in TYPO_WORD:
            return True
    return False
