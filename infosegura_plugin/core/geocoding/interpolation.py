"""House-number interpolation along a street segment.

The number's side comes from the ranges (parity and interval); its position is the
number's share of the range, measured along the line (so it follows bends) between two
corner setbacks; the point is then offset to that side, perpendicular to the local
direction of the line. Left and right are as seen walking from the first vertex.
"""

import bisect
import math
from typing import Optional, Tuple

from shapely.geometry import LineString

from .line_arrays import coordinates_xy

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


class Polyline:
    """A line's vertices and cumulative lengths, measured once (interpolation without GEOS calls)."""

    __slots__ = ("coords", "cumulative", "length")

    def __init__(self, line: LineString):
        self.coords = coordinates_xy(line)
        self.cumulative = [0.0]
        for (x0, y0), (x1, y1) in zip(self.coords, self.coords[1:]):
            self.cumulative.append(self.cumulative[-1] + math.hypot(x1 - x0, y1 - y0))
        self.length = self.cumulative[-1]

    def at(self, distance: float):
        """(x, y, unit direction x, unit direction y) at ``distance`` along the line."""
        i = bisect.bisect_left(self.cumulative, distance, 1, len(self.cumulative) - 1)
        # skip zero-length vertex pairs
        while i < len(self.coords) - 1 and self.cumulative[i] == self.cumulative[i - 1]:
            i += 1
        (x0, y0), (x1, y1) = self.coords[i - 1], self.coords[i]
        step = self.cumulative[i] - self.cumulative[i - 1]
        if step <= 0:
            return x0, y0, 1.0, 0.0
        share = min(1.0, max(0.0, (distance - self.cumulative[i - 1]) / step))
        ux, uy = (x1 - x0) / step, (y1 - y0) / step
        return x0 + share * (x1 - x0), y0 + share * (y1 - y0), ux, uy


def interpolate_house(line, number: int, start: int, end: int, side: str,
                      setback: float = SETBACK_M, offset: float = SIDE_OFFSET_M) -> Tuple[float, float]:
    """Point of ``number`` in the range ``start``..``end`` on ``side`` of ``line``
    (a shapely LineString or a ``Polyline`` measured beforehand)."""
    polyline = line if isinstance(line, Polyline) else Polyline(line)
    share = 0.5 if end == start else (number - start) / (end - start)
    share = min(1.0, max(0.0, share))
    length = polyline.length
    usable_setback = min(setback, length / 4.0)
    distance = usable_setback + share * (length - 2.0 * usable_setback)
    x, y, ux, uy = polyline.at(distance)
    # Left of travel is the direction rotated +90 degrees.
    nx, ny = (-uy, ux) if side == "left" else (uy, -ux)
    return x + nx * offset, y + ny * offset
