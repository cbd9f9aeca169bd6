"""Writing a risk terrain grid as polygons, fast.

The grid's attributes are numpy columns and its cells are index arithmetic on a
lattice, so no cell needs a Python geometry object:

* into a GeoPackage (the usual destination, and Processing's temporary outputs) the
  rows go straight into the table QGIS created for the output, in one SQLite
  transaction: GeoPackage geometry blobs are built for a whole chunk of cells in one
  numpy pass, the rows bound with ``executemany``, and the spatial index is packed in
  bulk (:mod:`..geopackage_rtree`) instead of one R*Tree insert per cell. A failure or a
  cancel rolls the transaction back: the table is left empty, never half written;
* any other destination gets QGIS features through the Processing sink, in large
  batches.

:func:`grid_columns` is the one definition of the grid's fields and values, so the
raster bands (:mod:`.grid_raster`) and the polygons always agree.
"""

import sqlite3
from dataclasses import dataclass
from itertools import chain
from typing import Callable, List, Optional, Sequence

import numpy as np

from ..geopackage_rtree import MAX_CELLS, bulk_load, node_capacity, str_order
from ..layer_arrays import feature_from_wkb
from .grid import CanceledError
from .risk_model import RISK_CLASSES

INTEGER, BIGINT, REAL, TEXT = "integer", "bigint", "real", "text"
GPKG_CHUNK = 100_000
SINK_CHUNK = 50_000


@dataclass
class GridColumn:
    name: str
    kind: str                 # INTEGER, BIGINT, REAL or TEXT
    values: np.ndarray        # one value per cell; NaN / infinity for NULL in REAL columns
    length: int = 0


def grid_columns(result) -> List[GridColumn]:
    """The fields of the written grid, in order, with their values per cell."""
    columns = [
        GridColumn("cell_id", BIGINT, result.cell_id),
        GridColumn("outlet_count", INTEGER, result.outlet_count),
        GridColumn("outlet_kde", REAL, np.round(result.outlet_kde, 6)),
        GridColumn("dist_outlet", REAL, np.round(result.dist_outlet, 2)),
    ]
    columns += [GridColumn(f.id, INTEGER, result.factor_columns[f.id]) for f in result.model.factors]
    columns.append(GridColumn("risk_score", REAL, np.round(result.risk_score, 6)))
    columns.append(GridColumn("risk_class", TEXT, np.array(RISK_CLASSES, dtype=object)[result.risk_class], 12))
    if result.incident_count is not None:
        columns.append(GridColumn("incident_count", INTEGER, result.incident_count))
    if result.validation_count is not None:
        columns.append(GridColumn("validation_count", INTEGER, result.validation_count))
    if result.gi_class is not None:
        columns.append(GridColumn("gi_z", REAL, np.round(result.gi_z, 6)))
        columns.append(GridColumn("gi_p", REAL, result.gi_p))
        columns.append(GridColumn("gi_class", INTEGER, result.gi_class))
    return columns


def nonzero_cells(result) -> np.ndarray:
    """Indices of the cells whose score is not zero: an outlet in the cell, outlet
    density above zero, or a model factor present (a protective one included)."""
    # On the written (rounded) density: a cell is never kept for a value it shows as 0.
    keep = (np.asarray(result.outlet_count) > 0) | (np.round(result.outlet_kde, 6) > 0)
    for column in result.factor_columns.values():
        keep |= np.asarray(column) != 0
    return np.flatnonzero(keep)


def qgs_fields(columns: Sequence[GridColumn]):
    from qgis.core import QgsFields

    from ..fields import DOUBLE, INT, INT64, STRING, make_field

    kinds = {INTEGER: INT, BIGINT: INT64, REAL: DOUBLE, TEXT: STRING}
    fields = QgsFields()
    for column in columns:
        fields.append(make_field(column.name, kinds[column.kind], column.length))
    return fields


def _python_values(column: GridColumn, index: np.ndarray) -> list:
    """Python values of ``column`` at ``index`` (None for NaN / infinity)."""
    values = column.values[index]
    if column.kind == REAL:
        finite = np.isfinite(values)
        out = values.tolist()
        if not finite.all():
            for i in np.flatnonzero(~finite).tolist():
                out[i] = None
        return out
    return values.tolist()


def polygon_wkbs(rings: np.ndarray) -> List[bytes]:
    """Little-endian WKB polygons (one ring each) for ``(n, k, 2)`` closed rings, built
    in one numpy pass."""
    n, k, _ = rings.shape
    dtype = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"), ("xy", "<f8", (k, 2))])
    records = np.empty(n, dtype=dtype)
    records["order"] = 1
    records["type"] = 3
    records["rings"] = 1
    records["points"] = k
    records["xy"] = rings
    buffer, size = records.tobytes(), dtype.itemsize
    return [buffer[i * size:(i + 1) * size] for i in range(n)]


def gpkg_geometry_blobs(rings: np.ndarray, srs_id: int):
    """GeoPackage geometry blobs (header with the xy envelope, then WKB) for ``(n, k, 2)``
    closed rings, and the envelopes ``(n, 4)`` minx, maxx, miny, maxy."""
    n, k, _ = rings.shape
    dtype = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                      ("envelope", "<f8", (4,)), ("order", "u1"), ("type", "<u4"), ("rings", "<u4"),
                      ("points", "<u4"), ("xy", "<f8", (k, 2))])
    envelopes = np.column_stack([rings[:, :, 0].min(axis=1), rings[:, :, 0].max(axis=1),
                                 rings[:, :, 1].min(axis=1), rings[:, :, 1].max(axis=1)])
    records = np.empty(n, dtype=dtype)
    records["magic"] = b"GP"
    records["version"] = 0
    records["flags"] = 0b011          # little-endian, xy envelope, standard binary
    records["srs_id"] = srs_id
    records["envelope"] = envelopes
    records["order"] = 1
    records["type"] = 3
    records["rings"] = 1
    records["points"] = k
    records["xy"] = rings
    buffer, size = records.tobytes(), dtype.itemsize
    return [buffer[i * size:(i + 1) * size] for i in range(n)], envelopes


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class GridWriteError(RuntimeError):
    """The destination refused the grid (message in English: for logs and tests)."""


def gpkg_table_target(dest_id: str) -> Optional[tuple]:
    """``(path, table)`` when ``dest_id`` (an output's layer source) is a GeoPackage table
    whose file exists; else None."""
    from pathlib import Path

    from ..styling import split_gpkg_uri

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


def write_gpkg_grid(path: str, table: str, lattice, flat_cells: np.ndarray, columns: Sequence[GridColumn],
                    keep: Optional[np.ndarray] = None, feedback=None,
                    progress: Optional[Callable[[float], None]] = None) -> int:
    """Fill the empty GeoPackage table ``table`` (created by QGIS with the grid's fields)
    with the cells ``keep`` (indices into ``flat_cells``; all when None), in one
    transaction. Returns the number of rows written."""
    keep = np.arange(len(flat_cells)) if keep is None else np.asarray(keep, dtype=np.int64)
    connection = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        connection.execute("PRAGMA cache_size = -262144")
        connection.execute("BEGIN IMMEDIATE")
        try:
            written = _fill_table(connection, table, lattice, flat_cells, columns, keep, feedback, progress)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.close()
    return written


def _fill_table(connection, table, lattice, flat_cells, columns, keep, feedback, progress):
    geometry = connection.execute(
        "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)", (table,)).fetchone()
    if geometry is None:
        raise GridWriteError(f"{table} is not a feature table")
    geometry_column, srs_id = geometry
    info = connection.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    names = [row[1] for row in info]
    primary = [row[1] for row in info if row[5]]
    missing = [c.name for c in columns if c.name not in names]
    if len(primary) != 1 or missing or connection.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]:
        raise GridWriteError(f"{table} is not the empty grid table this writer expects")
    # Triggers that would run per row (the R*Tree insert, which calls GDAL's SQL
    # functions; the feature counter): off while filling, restored verbatim after.
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = lower(?) "
        "AND sql LIKE '%AFTER INSERT%'", (table,)).fetchall()
    for name, _sql in triggers:
        connection.execute(f"DROP TRIGGER {_quote(name)}")
    target = [primary[0], geometry_column] + [c.name for c in columns]
    insert = _MultiRowInsert(connection, table, target)
    rtree = f"rtree_{table}_{geometry_column}"
    has_rtree = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone() is not None
    # Rows go in the spatial index's packing order, so each leaf of the index is a run of
    # consecutive feature ids (and nearby cells sit together in the file).
    per_node = node_capacity(connection, rtree)[1] if has_rtree else MAX_CELLS
    col, row = lattice.from_flat(flat_cells[keep])
    order = str_order(*lattice.centres(col, row), per_node)
    keep, col, row = keep[order], col[order], row[order]
    n = len(keep)
    envelopes = []
    for start in range(0, n, GPKG_CHUNK):
        if feedback is not None and feedback.isCanceled():
            raise CanceledError()
        stop = min(start + GPKG_CHUNK, n)
        blobs, boxes = gpkg_geometry_blobs(lattice.ring_coords(col[start:stop], row[start:stop]), srs_id)
        envelopes.append(boxes)
        index = keep[start:stop]
        values = [_python_values(c, index) for c in columns]
        insert.rows(zip(range(start + 1, stop + 1), blobs, *values), stop - start)
        if progress is not None:
            progress(90.0 * stop / max(n, 1))
    boxes = np.vstack(envelopes) if envelopes else np.zeros((0, 4))
    if has_rtree:
        if feedback is not None and feedback.isCanceled():
            raise CanceledError()
        bulk_load(connection, rtree, np.arange(1, n + 1), boxes, table=table, fid_column=primary[0])
    for _name, sql in triggers:
        connection.execute(sql)
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (n, table))
    if n:
        extent = (boxes[:, 0].min(), boxes[:, 1].max(), boxes[:, 2].min(), boxes[:, 3].max())
        connection.execute(
            "UPDATE gpkg_contents SET min_x = ?, max_x = ?, min_y = ?, max_y = ?, "
            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
            (*[float(v) for v in extent], table))
    if progress is not None:
        progress(100.0)
    return n


class _MultiRowInsert:
    """INSERT of many rows per statement: a fifth less time than one row per statement,
    which for millions of cells is mostly SQLite's per-statement work."""

    ROWS = 32

    def __init__(self, connection, table, columns):
        self.connection, self.width = connection, len(columns)
        head = "INSERT INTO {} ({}) VALUES ".format(_quote(table), ", ".join(_quote(n) for n in columns))
        one = "(" + ", ".join("?" * self.width) + ")"
        self.single = head + one
        self.multiple = head + ", ".join([one] * self.ROWS)

    def rows(self, rows, count):
        flat = list(chain.from_iterable(rows))
        step = self.ROWS * self.width
        full = count // self.ROWS * step
        self.connection.executemany(self.multiple, (flat[i:i + step] for i in range(0, full, step)))
        if full < len(flat):
            self.connection.executemany(
                self.single, (flat[i:i + self.width] for i in range(full, len(flat), self.width)))


def write_sink_grid(sink, fields, lattice, flat_cells, columns, keep=None, feedback=None, progress=None) -> int:
    """Add the grid's cells to a QGIS feature sink in large batches (any format)."""
    from qgis.core import QgsFeatureSink

    keep = np.arange(len(flat_cells)) if keep is None else np.asarray(keep, dtype=np.int64)
    col, row = lattice.from_flat(flat_cells[keep])
    n = len(keep)
    for start in range(0, n, SINK_CHUNK):
        if feedback is not None and feedback.isCanceled():
            raise CanceledError()
        stop = min(start + SINK_CHUNK, n)
        wkbs = polygon_wkbs(lattice.ring_coords(col[start:stop], row[start:stop]))
        index = keep[start:stop]
        values = [_python_values(c, index) for c in columns]
        features = [feature_from_wkb(fields, wkb, attributes) for wkb, attributes in zip(wkbs, zip(*values))]
        if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise GridWriteError(sink.lastError())
        if progress is not None:
            progress(100.0 * stop / max(n, 1))
    return n
