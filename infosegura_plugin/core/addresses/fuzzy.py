"""Fuzzy scores for street names: rapidfuzz when installed, else an exact pure-Python twin.

QGIS does not ship rapidfuzz, so ``similarity`` has a fallback that returns the SAME float
as ``rapidfuzz.fuzz.ratio`` (normalised Indel similarity; tests compare them bit for bit).
"""

from functools import lru_cache
from typing import Dict, Sequence, Tuple

from .normalise import split_street_type

try:
    from rapidfuzz.fuzz import ratio as _rapidfuzz_ratio
    from rapidfuzz.process import extract as _rapidfuzz_extract

    HAVE_RAPIDFUZZ = True
except ImportError:  # pragma: no cover - depends on the installation
    _rapidfuzz_ratio = _rapidfuzz_extract = None
    HAVE_RAPIDFUZZ = False

_use_rapidfuzz = HAVE_RAPIDFUZZ

# street_name_score: factor applied to the core similarity when the type words differ.
TYPE_MISSING_FACTOR = 0.92
TYPE_DIFFERENT_FACTOR = 0.88
# ... and when the names are numbers ("1 avenue" vs "1 street"): a numbered grid has both,
# so another type is another street.
NUMBERED_TYPE_DIFFERENT_FACTOR = 0.7
# Every word of the query in the name, one or two words left out ("Goldson Hwy" for
# Philip Goldson Highway, "Santa Marta" for Calzada Santa Marta Poniente).
PARTIAL_NAME_SCORE = 88.0
PARTIAL_NAME_MAX_MISSING = 2
# "21 de Septiembre" is not "15 de Septiembre": names whose numbers differ are other streets.
NUMBERS_DIFFER_FACTOR = 0.6
# "Sthn Hwy", "Mtn View": every word of the query the same as the name's or shortened
# from it (its first letter, then some of its letters in order).
ABBREVIATED_NAME_SCORE = 90.0


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _abbreviated(words_q, words_c) -> bool:
    shortened = False
    for short, word in zip(words_q, words_c):
        if short == word:
            continue
        if len(short) < 3 or len(short) >= len(word) or short[0] != word[0] or not _in_order(short, word):
            return False
        shortened = True
    return shortened


def _in_order(short: str, word: str) -> bool:
    position = 0
    for char in short:
        position = word.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def use_rapidfuzz(enabled: bool) -> None:
    """Test hook: ``use_rapidfuzz(False)`` forces the pure-Python fallback."""
    global _use_rapidfuzz
    _use_rapidfuzz = bool(enabled) and HAVE_RAPIDFUZZ
    street_name_score.cache_clear()


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence (bit-parallel, Allison-Dix / Hyyro)."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    masks, full = _char_masks(b)
    row = full
    for char in a:
        match = masks.get(char)
        if match:
            u = row & match
            row = ((row + u) | (row - u)) & full
    return len(b) - _ones(row)


@lru_cache(maxsize=65536)
def _char_masks(text: str):
    """({character: bit mask of its positions in ``text``}, all bits): the same names are
    compared again and again (a query against every landmark, every street)."""
    masks = {}
    bit = 1
    for char in text:
        masks[char] = masks.get(char, 0) | bit
        bit <<= 1
    return masks, bit - 1


def _ones_by_text(number: int) -> int:
    return bin(number).count("1")


_ones = getattr(int, "bit_count", _ones_by_text)  # int.bit_count: Python 3.10 and later


def _indel_ratio(a: str, b: str) -> float:
    lensum = len(a) + len(b)
    if not lensum:
        return 100.0
    return _ratio_of(lensum, lcs_length(a, b))


def _ratio_of(lensum: int, common: int) -> float:
    # Same arithmetic, in the same order, as rapidfuzz's Indel.normalized_similarity * 100
    # (it grows with ``common``: a bound on ``common`` bounds the ratio).
    distance = lensum - 2 * common
    return (1.0 - distance / lensum) * 100


class _Choices:
    """The choices of ``close_matches`` as arrays: their lengths and how often each
    character is in each, to bound all their similarities to a text in one step."""

    def __init__(self, choices: Tuple[str, ...]):
        import numpy as np

        alphabet = sorted({char for choice in choices for char in choice})
        self.column = {char: k for k, char in enumerate(alphabet)}
        self.counts = np.zeros((len(choices), len(alphabet)), dtype=np.int64)
        for row, choice in enumerate(choices):
            for char in choice:
                self.counts[row, self.column[char]] += 1
        self.lengths = np.array([len(choice) for choice in choices], dtype=np.int64)

    def worth_scoring(self, text: str, cutoff: float):
        """Indexes of the choices whose similarity to ``text`` may reach ``cutoff``: the
        characters they share with it (no common subsequence is longer) could reach it."""
        import numpy as np

        wanted = np.zeros(self.counts.shape[1], dtype=np.int64)
        for char in text:
            k = self.column.get(char)
            if k is not None:
                wanted[k] += 1
        common = np.minimum(self.counts, wanted).sum(axis=1)
        lensum = self.lengths + len(text)
        with np.errstate(divide="ignore", invalid="ignore"):
            best = (1.0 - (lensum - 2 * common) / lensum) * 100  # ``_ratio_of``, all at once
        # Where both texts are empty the ratio is 100; the tiny slack only keeps more.
        return np.flatnonzero((lensum == 0) | (best >= cutoff - 1e-9)).tolist()


@lru_cache(maxsize=8)
def _choices(choices: Tuple[str, ...]) -> _Choices:
    return _Choices(choices)


def similarity(a: str, b: str) -> float:
    """0..100 normalised Indel similarity, identical to ``rapidfuzz.fuzz.ratio(a, b)``."""
    if _use_rapidfuzz:
        return _rapidfuzz_ratio(a, b)
    return _indel_ratio(a, b)


def close_matches(text: str, choices: Sequence[str], cutoff: float) -> Dict[int, float]:
    """{index: similarity(text, choices[index])} of the choices at least ``cutoff`` similar
    to ``text``: rapidfuzz scores them all in one call (the same scores as ``similarity``);
    the fallback scores only those whose characters in common with it can reach the cutoff."""
    if _use_rapidfuzz:
        return {index: score for _choice, score, index in _rapidfuzz_extract(
            text, choices, scorer=_rapidfuzz_ratio, processor=None, score_cutoff=cutoff, limit=None)}
    found = {}
    # No common subsequence is longer than the characters two texts share: that bounds the score.
    for index in _choices(tuple(choices)).worth_scoring(text, cutoff):
        score = _indel_ratio(text, choices[index])
        if score >= cutoff:
            found[index] = score
    return found


@lru_cache(maxsize=131072)
def _name_parts(name: str):
    """What ``street_name_score`` reads of a name, worked out once per name: (core, type,
    words, word set, compass words, numbers, a long word that is no number)."""
    core, kind = split_street_type(name)
    words = core.split()
    return (core, kind, words, frozenset(words), sorted(w for w in words if w in _COMPASS),
            sorted(w for w in words if w.isdigit()), any(len(w) >= 4 and not w[0].isdigit() for w in words))


@lru_cache(maxsize=262144)
def street_name_score(query: str, candidate: str) -> float:
    """0..100 score of two ``normalise_street_name`` strings.

    Formula: ``similarity(core(query), core(candidate)) * f`` where the core is the name
    without trailing type words and ``f`` is 1.0 when both type words are equal,
    0.92 when one side has no type word ("mountain view" ~ "mountain view boulevard" = 92)
    and 0.88 when both have different types ("mountain view road" vs "... boulevard" = 88).
    When either core is empty the whole strings are compared with ``similarity``.
    Because ``similarity`` is 100*(1 - edits/total length), one or two typos in a long
    name cost little (>= 85), a typo in a short name costs more, unrelated names score < 60.
    """
    core_q, type_q, words_q, set_q, compass_q, numbers_q, long_word_q = _name_parts(query)
    core_c, type_c, words_c, set_c, compass_c, numbers_c, _long = _name_parts(candidate)
    if not core_q or not core_c:
        return similarity(query, candidate)
    score = similarity(core_q, core_c)
    if score < ABBREVIATED_NAME_SCORE and len(words_q) == len(words_c) and _abbreviated(words_q, words_c):
        score = ABBREVIATED_NAME_SCORE
    if compass_q and compass_c and compass_q != compass_c:
        score *= NUMBERS_DIFFER_FACTOR  # "Quintana Poniente" is not "Quintana Oriente"
    if numbers_q != numbers_c and (numbers_q or numbers_c):
        score *= NUMBERS_DIFFER_FACTOR
    if score < PARTIAL_NAME_SCORE and len(words_q) < len(words_c) <= len(words_q) + PARTIAL_NAME_MAX_MISSING \
            and set_q <= set_c and long_word_q:
        score = PARTIAL_NAME_SCORE
    if type_q != type_c:
        if type_q and type_c:
            numbered = words_q[0][0].isdigit() or words_c[0][0].isdigit()
            score *= NUMBERED_TYPE_DIFFERENT_FACTOR if numbered else TYPE_DIFFERENT_FACTOR
        else:
            score *= TYPE_MISSING_FACTOR
    return score
