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

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

import numpy as np

from ..geopackage_fill import FillError, filling
from ..geopackage_rtree import str_order
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


class GridWriteError(RuntimeError):
    """The destination refused the grid (message in English: for logs and tests)."""


def write_gpkg_grid(path: str, table: str, lattice, flat_cells: np.ndarray, columns: Sequence[GridColumn],
                    keep: Optional[np.ndarray] = None, feedback=None,
                    progress: Optional[Callable[[float], None]] = None) -> int:
    """Fill the empty GeoPackage table ``table`` (created by QGIS with the grid's fields)
    with the cells ``keep`` (indices into ``flat_cells``; all when None), in one
    transaction. Returns the number of rows written."""
    keep = np.arange(len(flat_cells)) if keep is None else np.asarray(keep, dtype=np.int64)
    try:
        with filling(path, table, [c.name for c in columns]) as fill:
            if fill.geometry_column is None:
                raise GridWriteError(f"{table} is not a feature table")
            # Rows go in the spatial index's packing order, so each leaf of the index is a
            # run of consecutive feature ids (and nearby cells sit together in the file).
            col, row = lattice.from_flat(flat_cells[keep])
            order = str_order(*lattice.centres(col, row), fill.cells_per_node())
            keep, col, row = keep[order], col[order], row[order]
            n = len(keep)
            envelopes = []
            for start in range(0, n, GPKG_CHUNK):
                if feedback is not None and feedback.isCanceled():
                    raise CanceledError()
                stop = min(start + GPKG_CHUNK, n)
                blobs, boxes = gpkg_geometry_blobs(lattice.ring_coords(col[start:stop], row[start:stop]), fill.srs_id)
                envelopes.append(boxes)
                index = keep[start:stop]
                values = [_python_values(c, index) for c in columns]
                fill.insert(zip(range(start + 1, stop + 1), blobs, *values), stop - start)
                if progress is not None:
                    progress(90.0 * stop / max(n, 1))
            if feedback is not None and feedback.isCanceled():
                raise CanceledError()
            fill.finish(np.arange(1, n + 1), np.vstack(envelopes) if envelopes else np.zeros((0, 4)), sequential=True)
    except FillError as error:
        raise GridWriteError(str(error)) from error
    if progress is not None:
        progress(100.0)
    return n


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
