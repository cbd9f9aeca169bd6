"""House-number interpolation along a street segment.

The number's side comes from the ranges (parity and interval); its position is the
number's share of the range, measured along the line (so it follows bends) between two
corner setbacks; the point is then offset to that side, perpendicular to the local
direction of the line. Left and right are as seen walking from the first vertex.
"""

import math
from typing import Optional, Tuple

from shapely.geometry import LineString

SETBACK_M = 10.0  # keep premises off the corners
SIDE_OFFSET_M = 8.0  # from the centre line to the front of the premises


def _fits(number: int, start: Optional[int], end: Optional[int]) -> bool:
    if start is None or end is None:
        return False
    low, high = min(start, end), max(start, end)
    if not low <= number <= high:
        return False
    if start % 2 == end % 2:
        return number % 2 == start % 2
    return True  # a mixed-parity range takes both sides' numbers


def side_for_number(number: int, l_from, l_to, r_from, r_to) -> Optional[Tuple[str, int, int]]:
    """('left' | 'right', from, to) of the range holding ``number``, else None."""
    if _fits(number, r_from, r_to):
        return "right", r_from, r_to
    if _fits(number, l_from, l_to):
        return "left", l_from, l_to
    return None


def _direction_at(line: LineString, distance: float) -> Tuple[float, float]:
    """Unit vector of the line's vertex segment at ``distance`` along it."""
    coords = line.coords
    travelled = 0.0
    previous = coords[0]
    dx = dy = 0.0
    for current in coords[1:]:
        dx, dy = current[0] - previous[0], current[1] - previous[1]
        length = math.hypot(dx, dy)
        if length and travelled + length >= distance:
            return dx / length, dy / length
        travelled += length
        previous = current
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length


def interpolate_house(line: LineString, number: int, start: int, end: int, side: str,
                      setback: float = SETBACK_M, offset: float = SIDE_OFFSET_M) -> Tuple[float, float]:
    """Point of ``number`` in the range ``start``..``end`` on ``side`` of ``line``."""
    share = 0.5 if end == start else (number - start) / (end - start)
    share = min(1.0, max(0.0, share))
    length = line.length
    usable_setback = min(setback, length / 4.0)
    distance = usable_setback + share * (length - 2.0 * usable_setback)
    point = line.interpolate(distance)
    ux, uy = _direction_at(line, distance)
    # Left of travel is the direction rotated +90 degrees.
    nx, ny = (-uy, ux) if side == "left" else (uy, -ux)
    return point.x + nx * offset, point.y + ny * offset
