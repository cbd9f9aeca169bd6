"""A grid of bounding boxes: which polygons or lines may be near a point, fast.

Works the same with shapely 1.8 (stock QGIS on Debian 12) and shapely 2 (no STRtree API
differences to guard): a uniform grid over the boxes, cells sized from the data.
"""

import math
from collections import defaultdict
from typing import Dict, Iterable, List, Sequence, Tuple

Box = Tuple[float, float, float, float]


class BoxIndex:
    """Item ids by grid cell of their bounding box (xmin, ymin, xmax, ymax)."""

    def __init__(self, boxes: Sequence[Box], cell: float = 0.0):
        self.boxes = [tuple(float(v) for v in box) for box in boxes]
        if not self.boxes:
            self.cell = 1.0
            self._cells: Dict[Tuple[int, int], List[int]] = {}
            return
        if cell <= 0.0:
            widths = sorted(max(b[2] - b[0], b[3] - b[1]) for b in self.boxes)
            cell = max(widths[len(widths) // 2] * 2.0, 50.0)
        self.cell = cell
        cells: Dict[Tuple[int, int], List[int]] = defaultdict(list)
        for i, (x0, y0, x1, y1) in enumerate(self.boxes):
            for cx in range(self._c(x0), self._c(x1) + 1):
                for cy in range(self._c(y0), self._c(y1) + 1):
                    cells[(cx, cy)].append(i)
        self._cells = dict(cells)

    def _c(self, value: float) -> int:
        return int(math.floor(value / self.cell))

    def __len__(self):
        return len(self.boxes)

    def at(self, x: float, y: float) -> List[int]:
        """Ids whose box holds the point."""
        found = []
        for i in self._cells.get((self._c(x), self._c(y)), ()):
            x0, y0, x1, y1 = self.boxes[i]
            if x0 <= x <= x1 and y0 <= y <= y1:
                found.append(i)
        return found

    def near(self, x: float, y: float, radius: float) -> List[int]:
        """Ids whose box comes within ``radius`` of the point (a superset of those in reach)."""
        seen = set()
        found = []
        for cx in range(self._c(x - radius), self._c(x + radius) + 1):
            for cy in range(self._c(y - radius), self._c(y + radius) + 1):
                for i in self._cells.get((cx, cy), ()):
                    if i in seen:
                        continue
                    seen.add(i)
                    x0, y0, x1, y1 = self.boxes[i]
                    if x0 - radius <= x <= x1 + radius and y0 - radius <= y <= y1 + radius:
                        found.append(i)
        return found


def union_box(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
