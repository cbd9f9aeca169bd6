"""Small-count and complementary suppression, case by case and on random tables."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.sharing.suppression import label, suppress

CASES = [
    # counts, min_count, expected values (None = withheld)
    ([10, 12, 30], 5, [10, 12, 30]),                     # nothing small: nothing withheld
    ([3, 12, 30], 5, [None, None, 30]),                  # one small count: the next smallest goes too
    ([0, 12, 30], 5, [None, None, 30]),                  # zero is small as well
    ([2, 2, 9, 40], 5, [None, None, None, 40]),          # two small ones sum to 4 (< 5): one more
    ([3, 4, 9, 40], 5, [None, None, 9, 40]),             # two small ones holding 7: enough
    ([0, 0, 0, 6, 7], 5, [None, None, None, None, 7]),   # three zeros: withhold 6 so the group holds >= 5
    ([1, 1], 5, [None, None]),                           # everything small
    ([4], 5, [None]),
    ([], 5, []),
]


@pytest.mark.parametrize("counts, min_count, expected", CASES)
def test_cases(counts, min_count, expected):
    assert suppress(counts, min_count).values == expected


def test_labels_never_show_a_small_number():
    assert label(None, 5) == "<5" and label(12, 5) == "12" and label(None, 10) == "<10"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), max_size=12), st.integers(min_value=1, max_value=12))
def test_no_published_count_is_small_and_the_withheld_ones_cannot_be_worked_out(counts, min_count):
    result = suppress(counts, min_count)
    published = [v for v in result.values if v is not None]
    assert all(v >= min_count for v in published)
    withheld = [c for c, v in zip(counts, result.values) if v is None]
    if withheld and published:
        # From the total, only the sum of the withheld counts can be known: it is not small,
        # and it is spread over at least two of them.
        assert len(withheld) >= 2 and sum(withheld) >= min_count
        # Any split of that sum among the withheld counts is possible (no single value follows).
        assert len({tuple(p) for p in itertools.islice(_splits(sum(withheld), len(withheld)), 2)}) == 2
    assert result.primary == sum(1 for c in counts if c < min_count)


def _splits(total, parts):
    if parts == 1:
        yield (total,)
        return
    for first in range(total + 1):
        for rest in _splits(total - first, parts - 1):
            yield (first,) + rest
