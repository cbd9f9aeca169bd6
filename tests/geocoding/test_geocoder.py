"""The Geocoder on the synthetic town: levels, ties, duplicate names, junk, other towns."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.addresses.fuzzy import HAVE_RAPIDFUZZ, use_rapidfuzz
from infosegura_plugin.core.geocoding import TIE_DISTANCE_M, TIE_MARGIN, Candidate
from infosegura_plugin.core.geocoding.layers import PointLayerFields, StreetFields, build_geocoder
from infosegura_plugin.core.geocoding.tie_rule import decide

from . import synthetic_town as town

FIELDS = StreetFields("name", "alt_names", "l_from", "l_to", "r_from", "r_to")


def make_geocoder(min_score=80, **layers):
    bundle = build_geocoder(
        town.streets_layer(), FIELDS, layers.get("areas", town.areas_layer()), "name",
        layers.get("landmarks", town.landmarks_layer()), PointLayerFields("name", "alt_names", "kind"),
        min_score=min_score)
    return bundle.geocoder


@pytest.fixture(scope="module")
def geocoder(qgis_app):
    return make_geocoder()


def local(point):
    return point[0] - town.X0, point[1] - town.Y0


# address, status, type, street, (x, y) in town coordinates or None, tolerance in m
CASES = [
    ("#12 Mountain View Blvd", "matched", "range", "Mountain View Boulevard", (508, 149), 30),
    ("12 mountian veiw boulevard", "matched", "range", "Mountain View Boulevard", (508, 149), 30),
    ("No. 13 MV Blvd.", "matched", "range", "Mountain View Boulevard", (492, 151), 30),
    ("150 Bulevar Vista", "matched", "range", "Mountain View Boulevard", (708, 650), 40),
    ("Constitution Dr.", "matched", "street", "Constitution Drive", None, 0),
    ("CONSTITUTION DRIVE", "matched", "street", "Constitution Drive", None, 0),
    ("Church St, San Martin", "matched", "street", "Church Street", (2500, 500), 5),
    ("Church Street, Salvapan", "matched", "street", "Church Street", (500, 500), 5),
    ("cnr Ring Rd & Mountain View Blvd", "matched", "intersection", "Ring Road & Mountain View Boulevard",
     (700, 950), 5),
    ("corner of Hibiscus St and Church St", "matched", "intersection", "Hibiscus Street & Church Street",
     (300, 500), 5),
    ("esquina de Calle Hibiscus y Calle Church", "matched", "intersection", None, (300, 500), 5),
    ("Hummingbird Hwy & Ring Rd, San Martin", "matched", "intersection", None, (2950, 200), 5),
    ("opposite the market", "matched", "landmark", None, (520, 520), 1),
    ("frente al mercado", "matched", "landmark", None, (520, 520), 1),
    ("behind the police station", "matched", "landmark", None, (320, 800), 1),
    ("al lado de la estacion de policia", "matched", "landmark", None, (320, 800), 1),
    ("next to the Catholic church", "matched", "landmark", None, (2500, 520), 1),
    ("Salvapan area", "matched", "area", None, "Salvapan", 0),
    ("San Martin", "matched", "area", None, "San Martin", 0),
    ("Church Street", "tied", "street", "Church Street", None, 0),
    ("cnr Hummingbird Hwy & Ring Rd", "tied", "intersection", None, None, 0),
    ("opposite the church", "tied", "landmark", None, None, 0),
    ("Regent Street, Belize City", "unmatched", None, None, None, 0),
    ("Church Street, San Ignacio", "unmatched", None, None, None, 0),
    ("", "unmatched", None, None, None, 0),
    ("see file", "unmatched", None, None, None, 0),
    ("P.O. Box 1234", "unmatched", None, None, None, 0),
    ("Tel 822-1234", "unmatched", None, None, None, 0),
    ("Zanzibar Crescent", "unmatched", None, None, None, 0),
    ("corner of Hibiscus St and Constitution Dr", "unmatched", None, None, None, 0),  # they never meet
    ("opposite the cathedral", "unmatched", None, None, None, 0),
]


@pytest.mark.parametrize("address, status, kind, street, where, tolerance", CASES)
def test_geocode_table(geocoder, address, status, kind, street, where, tolerance):
    result = geocoder.geocode(address)
    assert (result.status, result.type) == (status, kind), result.note
    assert result.note, "every row is explained"
    if street is not None:
        assert result.street == street
    if status == "unmatched":
        assert result.point is None
        return
    assert result.point is not None
    if isinstance(where, str):
        area = [i for i, name in enumerate(geocoder.areas.names) if name == where][0]
        assert geocoder.areas.contains(area, *result.point)
    elif where is not None:
        x, y = local(result.point)
        assert math.hypot(x - where[0], y - where[1]) <= tolerance, (x, y)


def test_street_point_lies_on_the_street(geocoder):
    x, y = local(geocoder.geocode("Constitution Drive").point)
    assert x == pytest.approx(2200) and 100 <= y <= 950


def test_tie_lists_both_candidates_and_says_why(geocoder):
    result = geocoder.geocode("Church Street")
    assert result.status == "tied"
    assert len(result.candidates) == 2
    assert "2 streets named Church Street; no area given" == result.note
    assert {c.label for c in result.candidates} == {"Church Street (Salvapan)", "Church Street (San Martin)"}


def test_several_crossings_tie_unless_an_area_decides(geocoder):
    tied = geocoder.geocode("corner of Hummingbird Highway and Ring Road")
    assert tied.status == "tied" and "meet at 2 places" in tied.note
    decided = geocoder.geocode("corner of Hummingbird Highway and Ring Road, Salvapan")
    assert decided.status == "matched"
    assert local(decided.point) == pytest.approx((50, 200), abs=5)


def test_house_number_on_only_one_of_two_same_name_streets(geocoder):
    # Salvapan's Church Street has ranges 1-39 / 2-40; San Martin's has no ranges at all,
    # so No. 12 could be on either: a tie, not a guess.
    assert geocoder.geocode("12 Church Street").status == "tied"
    # No. 12 in San Martin: the area decides, placed on that street.
    result = geocoder.geocode("12 Church Street, San Martin")
    assert result.status == "matched" and local(result.point) == pytest.approx((2500, 500), abs=5)


def test_other_town_says_so_even_when_the_street_exists_here(geocoder):
    result = geocoder.geocode("Church Street, Belize City")
    assert result.status == "unmatched"
    assert "Belize City" in result.note
    assert result.score == 0


def test_unmatched_row_reports_the_best_candidate_score(qgis_app):
    strict = make_geocoder(min_score=99)
    result = strict.geocode("Mountain View")  # type word missing: 92
    assert result.status == "unmatched"
    assert result.score == pytest.approx(92, abs=0.1)
    assert "below the minimum" in result.note


def test_results_are_cached_per_address(geocoder):
    assert geocoder.geocode("Constitution Dr.") is geocoder.geocode("Constitution Dr.")


def test_coordinates_win(geocoder):
    result = geocoder.geocode("Church Street", coordinates=(1.0, 2.0))
    assert (result.status, result.type, result.score, result.point) == ("matched", "coordinates", 100, (1.0, 2.0))


@pytest.mark.skipif(not HAVE_RAPIDFUZZ, reason="rapidfuzz not installed")
def test_pure_python_fallback_gives_identical_results(qgis_app):
    addresses = [case[0] for case in CASES] + ["12 Mountin Vew Blvd", "Constitusion Drv", "Hibiscsu St & Chruch St"]
    with_rapidfuzz = make_geocoder()
    expected = [with_rapidfuzz.geocode(a) for a in addresses]
    use_rapidfuzz(False)
    try:
        fallback = make_geocoder()
        got = [fallback.geocode(a) for a in addresses]
    finally:
        use_rapidfuzz(True)
    for address, a, b in zip(addresses, expected, got):
        assert (a.status, a.score, a.type, a.point) == (b.status, b.score, b.type, b.point), address


def candidate(score, x, label="c"):
    return Candidate("street", score, (x, 0.0), label)


@pytest.mark.parametrize(
    "pool, status",
    [
        ([candidate(100, 0), candidate(100 - TIE_MARGIN, TIE_DISTANCE_M + 1)], "tied"),
        ([candidate(100, 0), candidate(100 - TIE_MARGIN - 0.1, 5000)], "matched"),  # clearly worse
        ([candidate(100, 0), candidate(100, TIE_DISTANCE_M - 1)], "matched"),  # same place
        ([candidate(90, 0)], "matched"),
    ],
)
def test_tie_rule(pool, status):
    assert decide(pool, lambda c: "tie").status == status


address_text = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(["#12", "12", "cnr", "&", "and", "Church", "St", "Ring", "Rd", "opposite", "the",
                              "market", "Salvapan", "calle", "frente", "al", "Lot", "Mile", "47", ",", "Belize",
                              "City", "ñ", "\x00", "  ", "-", "/", "P.O. Box"]), max_size=12).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=address_text)
def test_no_text_makes_the_geocoder_raise(geocoder, text):
    result = geocoder.geocode(text)
    assert result.status in ("matched", "tied", "unmatched")
    assert 0 <= result.score <= 100
    assert (result.point is None) == (result.status == "unmatched")
    assert result.note


NUMBERED = ["#12 Mountain View Blvd", "No. 29 Constitution Drive, Belmopan", "6 FOREST DR, Belmopan, Cayo District",
            "#0012 Forest Dr", "12 de Octubre Street", "#12 Mile 47 Hummingbird Hwy", "12 Lot Salvapan",
            "5 corner of Ring Rd and Forest Dr", "#4 Tel 822", "123 4th Street", "12-14 Mahogany St",
            "no. 209 sunrise str", "#235 Forest Dr.", "1 Calle Las Flores, Las Flores", "#12 P.O. Box",
            "Calle Real 45, San Roberto", "Lot 12 Main St, OW", "Main St Lot 5", "Calle 10 de Septiembre 8",
            "12 Mile 47 Hummingbird Hwy", "Mile 12 Hummingbird Hwy", "12-14 Main St", "12/14 Main St",
            "Main St No. 1234, Corozal", "4 Str. N. No. 325", "#57 Fourth Street N.", "2 1/2 Main St"]


@pytest.mark.parametrize("text", NUMBERED)
def test_parsing_once_per_street_wording_equals_a_direct_parse(text):
    from infosegura_plugin.core.addresses import parse_address
    from infosegura_plugin.core.geocoding.geocoder import parse_numbered

    assert parse_numbered(text) == parse_address(text)
