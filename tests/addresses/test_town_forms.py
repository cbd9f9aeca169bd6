"""Belize address forms with towns, English and Spanish (tests/addresses/town_form_cases.py)."""

import pytest

from infosegura_plugin.core.addresses import parse_address
from infosegura_plugin.core.addresses.places import PlaceVocabulary

from .town_form_cases import CASES, DATA_PLACES

VOCABULARY = PlaceVocabulary(DATA_PLACES)


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_town_form(text, expected):
    parsed = parse_address(text, VOCABULARY)
    assert parsed.kind == "address"
    for name, value in expected.items():
        assert getattr(parsed, name) == value, (name, getattr(parsed, name), parsed)


def test_a_village_the_data_holds_is_a_place_only_with_that_data():
    assert parse_address("Calle Real, San Roberto", VOCABULARY).towns == ["san roberto"]
    assert parse_address("Calle Real, San Roberto").towns == []  # not in the built-in list


def test_cases_cover_both_languages():
    spanish = [t for t, _ in CASES if any(w in t.lower() for w in ("calle", "esq", "frente", "milla", "lote"))]
    assert len(spanish) >= 10 and len(CASES) - len(spanish) >= 30
