"""The names the geocoder codes against exist and behave as documented."""

from infosegura_plugin.core import addresses
from infosegura_plugin.core.addresses import (
    ParsedAddress,
    normalise_street_name,
    parse_address,
    similarity,
    street_core,
    street_name_score,
)


def test_contract_names_are_exported():
    for name in ("normalise_text", "normalise_street_name", "street_core", "ParsedAddress",
                 "parse_address", "similarity", "street_name_score", "HAVE_RAPIDFUZZ",
                 "use_rapidfuzz"):
        assert hasattr(addresses, name), name


def test_parse_address_returns_the_contract_fields():
    parsed = parse_address("#12 Mountain View Blvd")
    assert isinstance(parsed, ParsedAddress)
    assert parsed.kind == "address"
    assert parsed.house_number == 12
    assert parsed.streets == ["mountain view boulevard"]
    assert parsed.streets == [normalise_street_name("Mountain View Blvd")]
    assert street_core(parsed.streets[0]) == "mountain view"


def test_results_are_fresh_objects_even_when_cached():
    first = parse_address("Calle Las Flores")
    first.streets.append("mutated")
    assert parse_address("Calle Las Flores").streets == ["las flores street"]


def test_scores():
    assert similarity("abc", "abc") == 100.0
    assert round(street_name_score("mountain view", "mountain view boulevard")) == 92
    assert round(street_name_score("mountain view road", "mountain view boulevard")) == 88
