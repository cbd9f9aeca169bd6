"""The geocoder's shortcuts give what the long way gives: range search on long streets,
close names found in one call (rapidfuzz or not), readings shared by several wordings,
bounded caches, the paused garbage collector."""

import gc
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.addresses.fuzzy import HAVE_RAPIDFUZZ, close_matches, similarity, use_rapidfuzz
from infosegura_plugin.core.gc_pause import collector_paused
from infosegura_plugin.core.geocoding.memo import remembered
from infosegura_plugin.core.geocoding.street_index import SEARCHED_RANGE_ROWS, Street, StreetIndex

from .test_geocoder import make_geocoder


def _index_with_table(table):
    index = StreetIndex([])
    street = Street(id=0, key="main street", label="Main Street", segments=[], geometry=None)
    index._range_tables[street.id] = table
    return index, street


def _holding(table, number):
    return [row for row in table if row[0] <= number <= row[1] and (row[2] is None or number % 2 == row[2])]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=2 ** 31), st.integers(min_value=SEARCHED_RANGE_ROWS, max_value=120))
def test_ranges_holding_a_number_on_a_long_street(seed, rows):
    rng = random.Random(seed)
    table = []
    for i in range(rows):
        start = rng.randint(0, 400)
        end = start + rng.choice([0, 2, 8, 40, 98, 1000]) * rng.choice([1, -1])
        parity = start % 2 if start % 2 == end % 2 else None
        table.append((min(start, end), max(start, end), parity, i, rng.choice(["right", "left"]), start, end))
    index, street = _index_with_table(table)
    for number in list(range(-2, 420, 7)) + [1500, 0, 1]:
        assert index.ranges_holding(street, number) == _holding(table, number)


def test_ranges_holding_a_number_on_a_short_street():
    table = [(1, 19, 1, 0, "right", 1, 19), (2, 20, 0, 0, "left", 2, 20), (21, 39, None, 1, "right", 21, 38)]
    index, street = _index_with_table(table)
    for number in range(0, 45):
        assert index.ranges_holding(street, number) == _holding(table, number)


@pytest.mark.skipif(not HAVE_RAPIDFUZZ, reason="rapidfuzz not installed")
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdelmnorst ", min_size=1, max_size=30),
       st.lists(st.text(alphabet="abcdelmnorst ", min_size=1, max_size=40), max_size=40),
       st.sampled_from([60.0, 70.0, 85.0]))
def test_close_matches_the_same_with_and_without_rapidfuzz(text, choices, cutoff):
    fast = close_matches(text, choices, cutoff)
    use_rapidfuzz(False)
    try:
        slow = close_matches(text, choices, cutoff)
    finally:
        use_rapidfuzz(True)
    assert fast == slow == {k: similarity(text, c) for k, c in enumerate(choices) if similarity(text, c) >= cutoff}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aábcñ lmo-", max_size=25),
       st.lists(st.text(alphabet="aábcñ lmoxyz-", max_size=30), max_size=30),
       st.sampled_from([0.0, 60.0, 70.0, 85.0, 100.0]))
def test_the_fallback_skips_only_choices_that_cannot_reach_the_cutoff(text, choices, cutoff):
    """The pure-Python ``close_matches`` bounds every choice by the characters it shares
    with the text before scoring it: it finds exactly the choices a full scan finds."""
    use_rapidfuzz(False)
    try:
        found = close_matches(text, choices, cutoff)
        every = {k: similarity(text, c) for k, c in enumerate(choices) if similarity(text, c) >= cutoff}
    finally:
        use_rapidfuzz(True)
    assert found == every
    assert list(found) == sorted(found)


def test_wordings_of_one_reading_share_one_answer(qgis_app):
    geocoder = make_geocoder()
    first = geocoder.geocode("#12 Church Street")
    assert geocoder.geocode("Church St. No. 12") is first
    assert geocoder.geocode("14 Church Street") is not first


def test_remembered_answers_stay_bounded():
    cache, calls = {}, []

    def compute(key):
        calls.append(key)
        return key * 2

    assert [remembered(cache, k, compute, 3) for k in (1, 2, 1, 3)] == [2, 4, 2, 6]
    assert calls == [1, 2, 3]
    assert remembered(cache, 4, compute, 3) == 8 and len(cache) == 1


def test_collector_paused_and_restored():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left off, as it was
    finally:
        gc.enable()


@pytest.mark.parametrize("first_to_end", ["first started", "second started"])
def test_overlapping_pauses_leave_the_collector_on(first_to_end):
    """Two runs at once (an import and a geocoding from two toolbox dialogs)."""
    assert gc.isenabled()
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    assert not gc.isenabled()
    ends = [first, second] if first_to_end == "first started" else [second, first]
    ends[0].__exit__(None, None, None)
    ends[1].__exit__(None, None, None)
    assert gc.isenabled()
