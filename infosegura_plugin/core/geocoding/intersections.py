"""Where two named streets cross, computed from their geometry.

Two streets may cross more than once (a ring road and a boulevard); crossings closer
than ``GROUP_DISTANCE_M`` are one corner, farther apart they are separate candidates.
"""

import math
from typing import List, Tuple

from shapely.ops import nearest_points

# Lines digitised a little short of each other still meet at a corner.
SNAP_TOLERANCE_M = 5.0
GROUP_DISTANCE_M = 50.0


def _points_of(geometry) -> List[Tuple[float, float]]:
    if geometry.is_empty:
        return []
    kind = geometry.geom_type
    if kind == "Point":
        return [(geometry.x, geometry.y)]
    if kind in ("LineString", "LinearRing"):
        # Overlapping streets (a shared stretch): its middle stands for the corner.
        point = geometry.interpolate(0.5, normalized=True)
        return [(point.x, point.y)]
    points = []
    for part in geometry.geoms:
        points.extend(_points_of(part))
    return points


def group_points(points: List[Tuple[float, float]], distance: float = GROUP_DISTANCE_M) -> List[Tuple[float, float]]:
    """Mean point of each group of points within ``distance`` of a group member."""
    groups: List[List[Tuple[float, float]]] = []
    for point in sorted(points):
        for group in groups:
            if any(math.hypot(point[0] - q[0], point[1] - q[1]) <= distance for q in group):
                group.append(point)
                break
        else:
            groups.append([point])
    return [
        (sum(p[0] for p in group) / len(group), sum(p[1] for p in group) / len(group)) for group in groups
    ]


def crossings(geometry_a, geometry_b, tolerance: float = SNAP_TOLERANCE_M) -> List[Tuple[float, float]]:
    """The corners of two (multi)lines: their crossing points, grouped; [] when they never meet."""
    points = _points_of(geometry_a.intersection(geometry_b))
    if not points and geometry_a.distance(geometry_b) <= tolerance:
        a, b = nearest_points(geometry_a, geometry_b)
        points = [((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)]
    return group_points(points)
