"""A GeoPackage spatial index (SQLite R*Tree) built in bulk from numpy bounding boxes.

Inserting 2.3 million boxes into SQLite's R*Tree one row at a time (what GDAL 3.6
does when it creates a GeoPackage spatial index, and what the index triggers do per
inserted feature) takes about a minute. Here the tree is packed bottom-up instead
(Sort-Tile-Recursive packing, Leutenegger et al. 1997) and its three shadow tables are
written directly, in the format SQLite's ``ext/rtree/rtree.c`` reads:

* ``<rtree>_node(nodeno, data)``: node 1 is the root; ``data`` is a fixed-size blob:
  2 bytes tree depth (read from the root only), 2 bytes cell count, then per cell an
  8-byte row id (leaf) or child node number (inner node) and the box as four 4-byte
  floats ``minx, maxx, miny, maxy``, all big-endian. Boxes are stored as float32,
  rounded outwards so they always contain the exact box.
* ``<rtree>_rowid(rowid, nodeno)``: the leaf holding each row.
* ``<rtree>_parent(nodeno, parentnode)``: the parent of every node but the root.

The node size is kept from the existing (empty) root node, so the tree is the one the
table was created with. ``SELECT rtreecheck('<rtree>')`` verifies the result (tests).
"""

import math
import sqlite3
from typing import List, Tuple

import numpy as np

CELL_BYTES = 24          # 8-byte id + 4 float32 coordinates (2 dimensions)
MAX_CELLS = 51           # RTREE_MAXCELLS in rtree.c
MAX_DEPTH = 40           # RTREE_MAX_DEPTH in rtree.c


def _float32_down(values: np.ndarray) -> np.ndarray:
    low = values.astype(np.float32)
    above = low.astype(np.float64) > values
    low[above] = np.nextafter(low[above], np.float32(-np.inf))
    return low


def _float32_up(values: np.ndarray) -> np.ndarray:
    high = values.astype(np.float32)
    below = high.astype(np.float64) < values
    high[below] = np.nextafter(high[below], np.float32(np.inf))
    return high


def str_order(cx: np.ndarray, cy: np.ndarray, per_node: int) -> np.ndarray:
    """Sort-Tile-Recursive order of boxes with centres ``cx, cy``: consecutive runs of
    ``per_node`` entries of the returned order form the nodes of one level."""
    n = len(cx)
    nodes = max(1, math.ceil(n / per_node))
    slices = max(1, math.ceil(math.sqrt(nodes)))
    by_x = np.argsort(cx, kind="stable")
    slice_of = np.arange(n) // (slices * per_node)
    return by_x[np.lexsort((cy[by_x], slice_of))]


def pack(ids: np.ndarray, boxes: np.ndarray, per_node: int, presorted: bool = False) -> Tuple[List[dict], int]:
    """Pack ``ids`` with ``boxes`` (``(n, 4)``: minx, maxx, miny, maxy) into levels of
    nodes, leaves first. With ``presorted`` the leaves are consecutive runs of the given
    order (the caller wrote its rows in :func:`str_order`); upper levels are always
    STR-packed. Each level is a dict with ``children`` (ids or child node numbers, in
    node order), ``starts`` (first child of each node), ``boxes`` (children's boxes) and
    ``numbers`` (the node numbers; the root is 1). Returns ``(levels, depth)``."""
    levels = []
    entry_ids = np.asarray(ids, dtype=np.int64)
    entry_boxes = np.asarray(boxes, dtype=np.float64)
    next_number = 2
    while True:
        if presorted and not levels:
            children, child_boxes = entry_ids, entry_boxes
        else:
            order = str_order(0.5 * (entry_boxes[:, 0] + entry_boxes[:, 1]),
                              0.5 * (entry_boxes[:, 2] + entry_boxes[:, 3]), per_node)
            children, child_boxes = entry_ids[order], entry_boxes[order]
        count = math.ceil(len(children) / per_node)
        starts = np.arange(count, dtype=np.int64) * per_node
        is_root = count == 1
        numbers = np.array([1], dtype=np.int64) if is_root else np.arange(next_number, next_number + count)
        next_number += 0 if is_root else count
        levels.append({"children": children, "starts": starts, "boxes": child_boxes, "numbers": numbers})
        if is_root:
            break
        entry_ids = numbers
        entry_boxes = np.column_stack([
            np.minimum.reduceat(child_boxes[:, 0], starts), np.maximum.reduceat(child_boxes[:, 1], starts),
            np.minimum.reduceat(child_boxes[:, 2], starts), np.maximum.reduceat(child_boxes[:, 3], starts),
        ])
    return levels, len(levels) - 1


def node_blobs(level: dict, node_size: int, per_node: int, depth: int = 0) -> List[bytes]:
    """The ``data`` blobs of one level's nodes (``depth`` is written in every header;
    SQLite reads it from the root only)."""
    children, starts, boxes = level["children"], level["starts"], level["boxes"]
    count = len(starts)
    cell = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    cells = np.zeros((count, per_node), dtype=cell)
    node_of = np.repeat(np.arange(count), np.diff(np.append(starts, len(children))))
    slot = np.arange(len(children)) - starts[node_of]
    cells["id"][node_of, slot] = children
    stored = np.column_stack([_float32_down(boxes[:, 0]), _float32_up(boxes[:, 1]),
                              _float32_down(boxes[:, 2]), _float32_up(boxes[:, 3])])
    cells["box"][node_of, slot] = stored
    header = np.zeros(count, dtype=[("depth", ">u2"), ("cells", ">u2")])
    header["depth"] = depth
    header["cells"] = np.bincount(node_of, minlength=count)
    blob = np.zeros((count, node_size), dtype=np.uint8)
    blob[:, :4] = header.view(np.uint8).reshape(count, 4)
    blob[:, 4:4 + per_node * CELL_BYTES] = cells.view(np.uint8).reshape(count, per_node * CELL_BYTES)
    return [row.tobytes() for row in blob]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def node_capacity(connection: sqlite3.Connection, rtree: str) -> Tuple[int, int]:
    """``(node size in bytes, cells per node)`` of an existing R*Tree."""
    row = connection.execute(f"SELECT length(data) FROM {_quote(rtree + '_node')} WHERE nodeno = 1").fetchone()
    if row is None or row[0] is None:
        raise ValueError(f"{rtree} has no root node")
    return int(row[0]), min(MAX_CELLS, (int(row[0]) - 4) // CELL_BYTES)


def bulk_load(connection: sqlite3.Connection, rtree: str, ids: np.ndarray, boxes: np.ndarray,
              table: str = None, fid_column: str = None) -> None:
    """Replace the content of the R*Tree ``rtree`` with ``ids`` and their ``boxes``
    (``(n, 4)``: minx, maxx, miny, maxy), inside the caller's transaction.

    With ``table`` and ``fid_column`` the ids must be that table's row ids 1..n, in the
    order given, and the rows written in :func:`str_order`: the leaves are then
    consecutive runs of ids, and the leaf of each row is filled in by SQL instead of
    one Python row per feature."""
    node_size, per_node = node_capacity(connection, rtree)
    for shadow in ("node", "rowid", "parent"):
        connection.execute(f"DELETE FROM {_quote(rtree + '_' + shadow)}")
    if len(ids) == 0:
        connection.execute(f"INSERT INTO {_quote(rtree + '_node')} VALUES (1, ?)", (bytes(node_size),))
        return
    sequential = table is not None
    levels, depth = pack(ids, boxes, per_node, presorted=sequential)
    if depth > MAX_DEPTH:
        raise ValueError(f"{rtree}: tree too deep ({depth})")
    for height, level in enumerate(levels):
        blobs = node_blobs(level, node_size, per_node, depth if height == depth else 0)
        connection.executemany(f"INSERT INTO {_quote(rtree + '_node')} VALUES (?, ?)",
                               zip(level["numbers"].tolist(), blobs))
        if height == 0 and sequential:
            first_leaf = int(level["numbers"][0])
            connection.execute(
                f"INSERT INTO {_quote(rtree + '_rowid')} SELECT {_quote(fid_column)}, "
                f"{first_leaf} + ({_quote(fid_column)} - 1) / {per_node} FROM {_quote(table)}")
            continue
        owner = np.repeat(level["numbers"], np.diff(np.append(level["starts"], len(level["children"]))))
        shadow = "_rowid" if height == 0 else "_parent"
        connection.executemany(f"INSERT INTO {_quote(rtree + shadow)} VALUES (?, ?)",
                               zip(level["children"].tolist(), owner.tolist()))
