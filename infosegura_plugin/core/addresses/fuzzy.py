"""Fuzzy scores for street names: rapidfuzz when installed, else an exact pure-Python twin.

QGIS does not ship rapidfuzz, so ``similarity`` has a fallback that returns the SAME float
as ``rapidfuzz.fuzz.ratio`` (normalised Indel similarity; tests compare them bit for bit).
"""

from functools import lru_cache

from .normalise import split_street_type

try:
    from rapidfuzz.fuzz import ratio as _rapidfuzz_ratio

    HAVE_RAPIDFUZZ = True
except ImportError:  # pragma: no cover - depends on the installation
    _rapidfuzz_ratio = None
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
    masks = {}
    bit = 1
    for char in b:
        masks[char] = masks.get(char, 0) | bit
        bit <<= 1
    full = bit - 1
    row = full
    for char in a:
        match = masks.get(char)
        if match:
            u = row & match
            row = ((row + u) | (row - u)) & full
    return len(b) - bin(row).count("1")


def _indel_ratio(a: str, b: str) -> float:
    # Same arithmetic, in the same order, as rapidfuzz's Indel.normalized_similarity * 100.
    lensum = len(a) + len(b)
    if not lensum:
        return 100.0
    distance = lensum - 2 * lcs_length(a, b)
    return (1.0 - distance / lensum) * 100


def similarity(a: str, b: str) -> float:
    """0..100 normalised Indel similarity, identical to ``rapidfuzz.fuzz.ratio(a, b)``."""
    if _use_rapidfuzz:
        return _rapidfuzz_ratio(a, b)
    return _indel_ratio(a, b)


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
    core_q, type_q = split_street_type(query)
    core_c, type_c = split_street_type(candidate)
    if not core_q or not core_c:
        return similarity(query, candidate)
    score = similarity(core_q, core_c)
    words_q, words_c = core_q.split(), core_c.split()
    if score < ABBREVIATED_NAME_SCORE and len(words_q) == len(words_c) and _abbreviated(words_q, words_c):
        score = ABBREVIATED_NAME_SCORE
    compass_q = sorted(w for w in words_q if w in _COMPASS)
    compass_c = sorted(w for w in words_c if w in _COMPASS)
    if compass_q and compass_c and compass_q != compass_c:
        score *= NUMBERS_DIFFER_FACTOR  # "Quintana Poniente" is not "Quintana Oriente"
    numbers_q = sorted(w for w in words_q if w.isdigit())
    numbers_c = sorted(w for w in words_c if w.isdigit())
    if numbers_q != numbers_c and (numbers_q or numbers_c):
        score *= NUMBERS_DIFFER_FACTOR
    if score < PARTIAL_NAME_SCORE and len(words_q) < len(words_c) <= len(words_q) + PARTIAL_NAME_MAX_MISSING \
            and set(words_q) <= set(words_c) and any(len(w) >= 4 and not w[0].isdigit() for w in words_q):
        score = PARTIAL_NAME_SCORE
    if type_q != type_c:
        if type_q and type_c:
            numbered = words_q[0][0].isdigit() or words_c[0][0].isdigit()
            score *= NUMBERED_TYPE_DIFFERENT_FACTOR if numbered else TYPE_DIFFERENT_FACTOR
        else:
            score *= TYPE_MISSING_FACTOR
    return score
