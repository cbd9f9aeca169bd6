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
    LEADING_TYPE_WORDS,
    SPANISH_LINKS,
    SPANISH_TYPE_WORDS,
    TYPE_WORD,
    TYPO_WORD,
)

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_AMPERSAND = re.compile(r"&")

# "St Martin", "Dr Price": a leading abbreviation followed by a name is a title, not a type.
_LEADING_TITLES = {"st": "saint", "dr": "doctor"}


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
    while len(tokens) > 1 and tokens[0] == "the":  # "the Ring Road" is "Ring Road"
        tokens.pop(0)
    if not tokens:
        return tokens, notes
    moved = None
    if len(tokens) > 1 and tokens[0] in LEADING_TYPE_WORDS and tokens[1] not in TYPE_WORD:
        first = tokens.pop(0)
        moved = TYPE_WORD.get(first) or TYPO_WORD.get(first)
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
        out.append(token)
    if moved is not None and (not out or out[-1] != moved):
        out.append(moved)
    return out, notes


@lru_cache(maxsize=65536)
def normalise_street_name(name: str) -> str:
    """Canonical street name for street-layer names and address phrases alike:
    ``normalise_text`` + street type words as one English token, the type last.
    "Calle Las Flores" == "Las Flores St." == "las flores street"."""
    tokens, _ = canonical_street_tokens(normalise_text(name).split())
    return " ".join(tokens)


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
