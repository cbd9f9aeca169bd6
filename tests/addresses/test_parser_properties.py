"""parse_address never raises and always gives a consistent ParsedAddress."""

from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.addresses import KINDS, ParsedAddress, parse_address
from infosegura_plugin.core.addresses.places import PlaceVocabulary

DATA = PlaceVocabulary(["Orange Walk Town", "San Roberto", "Santa Ana"])

WORDS = ["#12", "No.", "12A", "Lot", "Plot", "Mile", "49", "1/2", "½", "St.", "Calle", "Ave", "Blvd",
         "corner", "cnr", "of", "and", "&", "y", "esquina", "de", "/", ",", "-", "opposite", "frente",
         "a", "la", "iglesia", "market", "behind", "near", "Belmopan", "C.D.", "C/D", "Cayo",
         "Belize", "City", "Orange", "Walk", "P.O.", "Box", "610-1234", "N/A", "see", "file",
         "JOE'S", "BAR", "between", "entre", "área", "Salvapan", "Las", "Flores", "\x00", "\n", "’s",
         "O.W.", "OW", "Town", "Village", "Sta.", "Elena", "San", "Roberto", "Santa", "Ana", "police", "station"]


def _check(parsed, text):
    assert isinstance(parsed, ParsedAddress)
    assert parsed.kind in KINDS
    assert isinstance(parsed.streets, list) and len(parsed.streets) <= 2
    assert all(isinstance(s, str) and s for s in parsed.streets)
    assert parsed.intersection is False or len(parsed.streets) == 2
    assert parsed.house_number is None or parsed.house_number >= 0
    assert parsed.landmark_relation in (None, "opposite", "behind", "next_to", "near", "at")
    assert (parsed.landmark is None) == (parsed.landmark_relation is None)
    if parsed.kind != "address":
        assert not parsed.streets and parsed.landmark is None
    assert isinstance(parsed.towns, list) and all(isinstance(t, str) and t for t in parsed.towns)
    assert len(set(parsed.towns)) == len(parsed.towns)
    assert parsed.town == (parsed.towns[0] if parsed.towns else None)
    assert (parsed.landmark_core is None) == (parsed.landmark_town is None)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=300)))
def test_never_raises_on_any_text(text):
    _check(parse_address(text), text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_never_raises_on_address_like_text(text):
    _check(parse_address(text), text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_places_of_the_data_are_consistent(text):
    """With a data vocabulary: the same invariants, and every town named is a place key
    the vocabulary knows (or a built-in one)."""
    parsed = parse_address(text, DATA)
    _check(parsed, text)
    known = set(DATA.spellings.values())
    assert all(town in known for town in parsed.towns), parsed.towns


def test_huge_and_binary_input():
    _check(parse_address("12 Mahogany St " * 100_000), "")
    _check(parse_address("".join(chr(i) for i in range(0, 0x3000, 7))), "")
    _check(parse_address(b"12 Mahogany St"), "")  # not a str: str() of it, no exception
    _check(parse_address(12), "")
