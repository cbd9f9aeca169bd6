"""The one category normaliser: how a category typed by a user or found in a layer is
compared (:func:`fold_category`) and how it is written (:func:`category_label`).

Conflicts, the risk model, community profiles and the definition of "sensitive" all
compare categories through :func:`fold_category`, so ``"Women's Shelters"``,
``"women_shelter"`` and ``"WOMEN-SHELTER"`` are one category everywhere.
"""

import re
import unicodedata
from typing import Iterable, List, Tuple

_NULL_TEXTS = {"", "null", "none", "nan"}
_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def plain_text(value) -> str:
    """``value`` as trimmed text; ``''`` for None, a QVariant NULL or the texts NULL/None/NaN."""
    if value is None:
        return ""
    try:
        if value.isNull():  # QVariant NULL
            return ""
    except AttributeError:
        pass
    text = str(value).strip()
    return "" if text.lower() in _NULL_TEXTS else text


def strip_accents(text: str) -> str:
    """``'Atención'`` -> ``'Atencion'``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_word(word: str) -> str:
    """A light, symmetric stemmer: singular and plural of a word (English or Spanish) fold
    to the same stem. ``shelter(s)`` -> ``shelter``, ``centre(s)`` -> ``centr``,
    ``mujer(es)`` -> ``mujer``, ``facility``/``facilities`` -> ``facility``."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if word.endswith("e"):
        return word[:-1]
    return word


def fold_words(value) -> Tuple[str, ...]:
    """The folded words of a category: case (and camelCase), accents, apostrophes, spaces,
    underscores, hyphens and other punctuation, and plurals folded."""
    text = _CAMEL.sub(" ", strip_accents(plain_text(value)))  # "VictimServices"
    text = _APOSTROPHES.sub("", text.lower())
    return tuple(_fold_word(w) for w in _NOT_WORD.split(text) if w)


def fold_category(value) -> str:
    """The key categories are compared by: ``" Women's Shelters "`` -> ``women_shelter``,
    ``"Casas de Acogida"`` -> ``casa_de_acogida``; ``''`` for NULL."""
    return "_".join(fold_words(value))


def category_label(value) -> str:
    """A category as written in outputs: trimmed, lower-case, spaces and hyphens as ``_``
    (``" On-Premise "`` -> ``on_premise``); ``''`` for NULL."""
    return re.sub(r"[\s\-]+", "_", plain_text(value).lower())


def parse_categories(text: str) -> List[str]:
    """``"School, church ,,health_centre, schools"`` -> ``['school', 'church',
    'health_centre']``: labels, one per folded category, in the order given."""
    seen, labels = set(), []
    for part in (text or "").split(","):
        label = category_label(part)
        key = fold_category(label)
        if key and key not in seen:
            seen.add(key)
            labels.append(label)
    return labels


def category_keys(values: Iterable) -> set:
    """The folded keys of ``values`` (a set, NULL left out)."""
    keys = {fold_category(v) for v in values}
    keys.discard("")
    return keys
