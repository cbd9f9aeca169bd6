"""Table-driven parser cases (tests/addresses/address_cases.py)."""

import pytest

from infosegura_plugin.core.addresses import KINDS, parse_address

from .address_cases import CASES


@pytest.mark.parametrize("text, expected", CASES, ids=[repr(c[0])[:60] for c in CASES])
def test_parse_address_case(text, expected):
    parsed = parse_address(text)
    assert parsed.kind in KINDS
    for name, value in expected.items():
        got = getattr(parsed, name)
        if name == "notes":
            assert set(value) <= set(got), (name, got)
        else:
            assert got == value, (name, got)


def test_there_are_enough_cases():
    assert len(CASES) >= 150
