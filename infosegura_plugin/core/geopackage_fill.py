"""Filling an empty GeoPackage table that QGIS created for an output, in bulk.

Writing features one at a time through QGIS costs tens of microseconds each (a QGIS
feature, its attributes converted one by one, an R*Tree insert by trigger). Outputs of
hundreds of thousands of rows (a national grid, a 100,000-row register) go instead
straight into the table, in one SQLite transaction: rows bound with ``executemany``,
the per-row triggers off while filling, the spatial index packed in bulk
(:mod:`.geopackage_rtree`), the feature count and extent updated at the end. A failure
or a cancel rolls the transaction back: the table is left empty, never half written.
"""

import math
import sqlite3
import struct
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

import numpy as np

from .geopackage_rtree import MAX_CELLS, bulk_load, node_capacity


class FillError(RuntimeError):
    """The table is not the empty output table expected (message in English: for logs)."""


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def gpkg_table_target(dest_id: str) -> Optional[tuple]:
    """``(path, table)`` when ``dest_id`` (an output's layer source) is a GeoPackage table
    whose file exists; else None."""
    from .styling import split_gpkg_uri

    parts = split_gpkg_uri(dest_id or "")
    if parts is None or not Path(parts[0]).is_file():
        return None
    path, table = parts
    if table is None:
        connection = sqlite3.connect(path, timeout=60)
        try:
            tables = [r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
        finally:
            connection.close()
        table = tables[0] if len(tables) == 1 else Path(path).stem
    return path, table


def point_blob(x: float, y: float, srs_id: int) -> bytes:
    """A GeoPackage geometry blob for a point: header (little-endian, no envelope), WKB."""
    return _POINT.pack(b"GP", 0, 1, srs_id, 1, 1, x, y)


def empty_point_blob(srs_id: int) -> bytes:
    """The blob GDAL writes for a point layer's feature without a location (the empty
    flag set, NaN coordinates): what a QGIS feature sink writes for it."""
    return _POINT.pack(b"GP", 0, 0x11, srs_id, 1, 1, math.nan, math.nan)


_POINT = struct.Struct("<2sBBiBIdd")


class TableFill:
    """Rows going into ``table`` inside an open transaction (see :func:`filling`)."""

    def __init__(self, connection: sqlite3.Connection, table: str, columns: Sequence[str]):
        self.connection, self.table = connection, table
        geometry = connection.execute(
            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
            (table,)).fetchone()
        self.geometry_column, self.srs_id = geometry if geometry is not None else (None, 0)
        info = connection.execute(f"PRAGMA table_info({quote(table)})").fetchall()
        names = [row[1] for row in info]
        primary = [row[1] for row in info if row[5]]
        lower = {name.lower() for name in names}
        missing = [name for name in columns if name.lower() not in lower]
        if len(primary) != 1 or missing or connection.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0]:
            raise FillError(f"{table} is not the empty output table this writer expects")
        self.fid_column = primary[0]
        # Triggers that would run per row (the R*Tree insert, which calls GDAL's SQL
        # functions; the feature counter): off while filling, restored verbatim after.
        self._triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = lower(?) "
            "AND sql LIKE '%AFTER INSERT%'", (table,)).fetchall()
        for name, _sql in self._triggers:
            connection.execute(f"DROP TRIGGER {quote(name)}")
        target = [self.fid_column] + ([self.geometry_column] if self.geometry_column else []) + list(columns)
        self._insert = _MultiRowInsert(connection, table, target)
        self.rtree = f"rtree_{table}_{self.geometry_column}" if self.geometry_column else None
        self.has_rtree = self.rtree is not None and connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (self.rtree,)).fetchone() is not None
        self.rows_written = 0

    def cells_per_node(self) -> int:
        """Entries per node of the table's spatial index (for rows written in its packing order)."""
        return node_capacity(self.connection, self.rtree)[1] if self.has_rtree else MAX_CELLS

    def insert(self, rows: Iterable[Sequence[object]], count: int) -> None:
        """``count`` rows, each ``(fid, geometry blob or None, *values)`` (no geometry item
        for a table without geometry)."""
        self._insert.rows(rows, count)
        self.rows_written += count

    def finish(self, ids: np.ndarray, boxes: np.ndarray, sequential: bool = False) -> None:
        """The spatial index of the rows with a geometry (``ids`` and their ``boxes``, ``(n,
        4)``: minx, maxx, miny, maxy), the triggers back, the count and extent updated.
        ``sequential``: the ids are every fid 1..n, written in the index's packing order."""
        connection, table = self.connection, self.table
        if self.has_rtree:
            if sequential:
                bulk_load(connection, self.rtree, ids, boxes, table=table, fid_column=self.fid_column)
            else:
                bulk_load(connection, self.rtree, ids, boxes)
        for _name, sql in self._triggers:
            connection.execute(sql)
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                               (self.rows_written, table))
        if len(boxes):
            extent = (boxes[:, 0].min(), boxes[:, 1].max(), boxes[:, 2].min(), boxes[:, 3].max())
            connection.execute(
                "UPDATE gpkg_contents SET min_x = ?, max_x = ?, min_y = ?, max_y = ?, "
                "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
                (*[float(v) for v in extent], table))


@contextmanager
def filling(path: str, table: str, columns: Sequence[str]):
    """A :class:`TableFill` for the empty table ``table`` of the GeoPackage ``path``, whose
    ``columns`` (besides the fid and the geometry) the rows give in order. Committed when
    the block ends (call ``finish`` inside it), rolled back when it raises."""
    connection = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        connection.execute("PRAGMA cache_size = -262144")
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield TableFill(connection, table, columns)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.close()


class _MultiRowInsert:
    """INSERT of many rows per statement: a fifth less time than one row per statement,
    which for millions of rows is mostly SQLite's per-statement work."""

    ROWS = 32
    VARIABLES = 999  # the most values one statement may bind on older SQLite builds

    def __init__(self, connection, table: str, columns: List[str]):
        self.connection, self.width = connection, len(columns)
        self.per_statement = max(1, min(self.ROWS, self.VARIABLES // self.width))
        head = "INSERT INTO {} ({}) VALUES ".format(quote(table), ", ".join(quote(n) for n in columns))
        one = "(" + ", ".join("?" * self.width) + ")"
        self.single = head + one
        self.multiple = head + ", ".join([one] * self.per_statement)

    def rows(self, rows, count: int) -> None:
        flat = list(chain.from_iterable(rows))
        if len(flat) != count * self.width:
            raise FillError(f"rows of {len(flat) / max(count, 1):g} values for {self.width} columns")
        step = self.per_statement * self.width
        full = count // self.per_statement * step
        self.connection.executemany(self.multiple, (flat[i:i + step] for i in range(0, full, step)))
        if full < len(flat):
            self.connection.executemany(
                self.single, (flat[i:i + self.width] for i in range(full, len(flat), self.width)))
