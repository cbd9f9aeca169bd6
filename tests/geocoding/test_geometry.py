"""Range interpolation and street crossings, on hand-made geometry (synthetic)."""

import math

import pytest
from shapely.geometry import LineString, MultiLineString, Point

from infosegura_plugin.core.geocoding.interpolation import (
    SETBACK_M,
    SIDE_OFFSET_M,
    interpolate_house,
    side_for_number,
)
from infosegura_plugin.core.geocoding.intersections import crossings, group_points

# An L-shaped street: 200 m east, then 200 m north (400 m long, digitised in that order).
BENT = LineString([(0, 0), (200, 0), (200, 200)])


@pytest.mark.parametrize(
    "number, ranges, expected",
    [
        (12, (1, 99, 2, 100), ("right", 2, 100)),
        (13, (1, 99, 2, 100), ("left", 1, 99)),
        (101, (1, 99, 2, 100), None),  # beyond both ranges
        (12, (1, 99, None, None), None),  # even number, only the odd side has a range
        (12, (100, 2, 99, 1), ("left", 100, 2)),  # ranges may run downwards
        (7, (None, None, 1, 20), ("right", 1, 20)),  # a mixed-parity range takes any number
    ],
)
def test_side_for_number(number, ranges, expected):
    assert side_for_number(number, *ranges) == expected


def test_even_number_is_on_the_right_of_travel_on_the_first_leg():
    # Walking east, the right side is south (negative y).
    x, y = interpolate_house(BENT, 26, 2, 100, "right")
    assert y == pytest.approx(-SIDE_OFFSET_M)
    assert 0 < x < 200


def test_odd_number_is_on_the_left_and_follows_the_bend():
    # 3/4 of the range lies on the northbound leg; walking north, left is west (x < 200).
    x, y = interpolate_house(BENT, 75, 1, 99, "left")
    distance = SETBACK_M + (75 - 1) / (99 - 1) * (400 - 2 * SETBACK_M)
    assert x == pytest.approx(200 - SIDE_OFFSET_M)
    assert y == pytest.approx(distance - 200)


def test_first_and_last_numbers_keep_a_setback_from_the_corners():
    first = interpolate_house(BENT, 2, 2, 100, "right")
    last = interpolate_house(BENT, 100, 2, 100, "right")
    assert first == pytest.approx((SETBACK_M, -SIDE_OFFSET_M))
    assert last == pytest.approx((200 + SIDE_OFFSET_M, 200 - SETBACK_M))


def test_number_order_follows_the_range_direction():
    low = interpolate_house(BENT, 10, 2, 100, "right")
    high = interpolate_house(BENT, 90, 2, 100, "right")
    along = [BENT.project(Point(p)) for p in (low, high)]
    assert along[0] < along[1]
    reversed_low = interpolate_house(BENT, 10, 100, 2, "right")
    assert BENT.project(Point(reversed_low)) > along[1] - 1


def test_short_segment_setback_shrinks():
    short = LineString([(0, 0), (12, 0)])
    x, _y = interpolate_house(short, 5, 1, 9, "left")
    assert 0 < x < 12


def test_single_crossing():
    a = LineString([(0, 0), (100, 0)])
    b = LineString([(50, -50), (50, 50)])
    assert crossings(a, b) == [pytest.approx((50, 0))]


def test_t_junction_and_near_miss_are_corners():
    a = LineString([(0, 0), (100, 0)])
    assert crossings(a, LineString([(30, 0), (30, 80)])) == [pytest.approx((30, 0))]
    # drawn 2 m short of the other street: still a corner
    near = crossings(a, LineString([(60, 2), (60, 80)]))
    assert len(near) == 1 and near[0] == pytest.approx((60, 1))


def test_several_crossings_are_separate_candidates():
    ring = LineString([(0, 0), (0, 1000), (1000, 1000), (1000, 0)])
    road = LineString([(-100, 500), (1100, 500)])
    points = sorted(crossings(ring, road))
    assert points == [pytest.approx((0, 500)), pytest.approx((1000, 500))]


def test_crossings_of_multi_part_streets_are_grouped():
    # a boulevard drawn as two carriageways 10 m apart crossing one street: one corner
    boulevard = MultiLineString([[(0, -5), (100, -5)], [(0, 5), (100, 5)]])
    street = LineString([(50, -100), (50, 100)])
    points = crossings(boulevard, street)
    assert len(points) == 1 and points[0] == pytest.approx((50, 0))


def test_streets_that_never_meet_have_no_corner():
    assert crossings(LineString([(0, 0), (100, 0)]), LineString([(0, 50), (100, 50)])) == []


def test_group_points():
    groups = group_points([(0, 0), (10, 0), (500, 0)], distance=50)
    assert len(groups) == 2
    assert min(groups) == pytest.approx((5, 0))
    assert math.isclose(max(groups)[0], 500)
