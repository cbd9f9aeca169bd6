"""similarity == rapidfuzz.fuzz.ratio, bit for bit, with and without rapidfuzz."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.addresses import fuzzy, normalise_street_name, similarity, street_name_score

from .address_cases import CASES

rapidfuzz = pytest.importorskip("rapidfuzz")
from rapidfuzz.fuzz import ratio  # noqa: E402

# Street names as they appear in registers and on the Belmopan sample street layer.
STREET_NAMES = sorted({
    normalise_street_name(n) for n in (
        "Mountain View Blvd", "Constitution Drive", "Hummingbird Highway", "George Price Highway",
        "Ring Road", "Forest Drive", "Unity Boulevard", "Calle Las Flores", "Avenida Guanacaste",
        "Mahogany Street", "Cotton Tree Avenue", "Nim Li Punit Street", "Regent Street", "Main Street",
        "Church Street", "Orchid Street", "Palm Loop", "Pine Crescent", "Salvapan", "San Martin",
        "Maya Mopan", "Las Palmas", "Moho Street", "Belize Street", "Victoria Street", "Bliss Parade",
        "Mahogany Stret", "Mountain Veiw Blvd", "Constitucion Drive", "Hummingbrd Hwy", "Rign Road",
    )
} | {s for _, expected in CASES for s in expected.get("streets", [])})


@pytest.fixture
def fallback():
    fuzzy.use_rapidfuzz(False)
    yield
    fuzzy.use_rapidfuzz(True)


def test_rapidfuzz_is_used_when_installed():
    assert fuzzy.HAVE_RAPIDFUZZ
    assert similarity("abc", "abd") == ratio("abc", "abd")


def test_fallback_equals_rapidfuzz_on_street_names(fallback):
    for a, b in itertools.product(STREET_NAMES, repeat=2):
        assert similarity(a, b) == ratio(a, b), (a, b)


def test_fallback_edge_cases(fallback):
    for a, b in [("", ""), ("a", ""), ("", "abc"), ("a", "a"), ("ab", "ba"), ("x" * 200, "x" * 199 + "y"),
                 ("ñandú", "nandu"), ("a" * 70, "b" * 70), ("abc" * 40, "cab" * 41)]:
        assert similarity(a, b) == ratio(a, b), (a, b)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="abcdefg mn", max_size=90), st.text(alphabet="abcdefg mn", max_size=90))
def test_fallback_equals_rapidfuzz_small_alphabet(a, b):
    fuzzy.use_rapidfuzz(False)
    try:
        assert similarity(a, b) == ratio(a, b)
    finally:
        fuzzy.use_rapidfuzz(True)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=150), st.text(max_size=150))
def test_fallback_equals_rapidfuzz_any_text(a, b):
    fuzzy.use_rapidfuzz(False)
    try:
        assert similarity(a, b) == ratio(a, b)
    finally:
        fuzzy.use_rapidfuzz(True)


def test_street_name_score_same_with_fallback():
    pairs = list(itertools.product(STREET_NAMES[:40], repeat=2))
    fast = [street_name_score(a, b) for a, b in pairs]
    fuzzy.use_rapidfuzz(False)
    try:
        slow = [street_name_score(a, b) for a, b in pairs]
    finally:
        fuzzy.use_rapidfuzz(True)
    assert fast == slow


@pytest.mark.parametrize("query, candidate, low, high", [
    ("mountain view boulevard", "mountain view boulevard", 100, 100),
    ("mountain view", "mountain view boulevard", 91, 93),
    ("mountain view road", "mountain view boulevard", 87, 89),
    ("mountain veiw boulevard", "mountain view boulevard", 85, 100),
    ("moutain veiw boulevard", "mountain view boulevard", 85, 100),
    ("constitucion drive", "constitution drive", 85, 100),
    ("hummingbrd highway", "hummingbird highway", 85, 100),
    ("rign road", "ring road", 60, 84.9),
    ("moho street", "mojo street", 60, 84.9),
    ("mahogany street", "constitution drive", 0, 59.9),
    ("church street", "regent street", 0, 59.9),
    ("las flores street", "guanacaste avenue", 0, 59.9),
    ("street", "street", 100, 100),
])
def test_street_name_score(query, candidate, low, high):
    score = street_name_score(query, candidate)
    assert low <= score <= high, score
    assert street_name_score(candidate, query) == score
