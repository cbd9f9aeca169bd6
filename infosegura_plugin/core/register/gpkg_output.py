"""An imported register written into the GeoPackage table QGIS created for it, in bulk
(:mod:`..geopackage_fill`): the same rows as through a QGIS feature sink, in a fraction
of the time for 100,000 rows."""

from typing import Callable, List, Optional, Sequence

import numpy as np

from ..cancel import check_canceled
from ..geopackage_fill import empty_point_blob, filling, point_blob
from .output_fields import ADDED_FIELDS, DATE_FIELDS, added_values
from .records import RegisterRecord

CHUNK = 20_000


def write_register_gpkg(path: str, table: str, records: Sequence[RegisterRecord], names: List[str],
                        feedback=None, progress: Optional[Callable[[float], None]] = None) -> int:
    """Fill the empty table ``table`` of the GeoPackage ``path`` with ``records``; ``names``
    are the table's fields (the register's columns, then ``ADDED_FIELDS``). Points where a
    record has coordinates (in the table's CRS), an empty point elsewhere. One transaction:
    a cancel (:class:`..cancel.CanceledError`) or a failure leaves the table empty."""
    dates = [position for position, name in enumerate(ADDED_FIELDS) if name in DATE_FIELDS]
    width = len(names) - len(ADDED_FIELDS)  # the register's own columns
    with filling(path, table, names) as fill:
        spatial = fill.geometry_column is not None
        no_point = empty_point_blob(fill.srs_id)  # as the QGIS sink writes a row without coordinates
        ids, xs, ys = [], [], []
        for start in range(0, len(records), CHUNK):
            check_canceled(feedback)
            rows = []
            for fid, record in enumerate(records[start:start + CHUNK], start=start + 1):
                values = record.values if len(record.values) == width else \
                    (list(record.values) + [""] * width)[:width]
                added = added_values(record)
                for position in dates:
                    if added[position] is not None:
                        added[position] = added[position].isoformat()
                if not spatial:
                    rows.append((fid, *values, *added))
                elif record.x is None:
                    rows.append((fid, no_point, *values, *added))
                else:
                    rows.append((fid, point_blob(record.x, record.y, fill.srs_id), *values, *added))
                    ids.append(fid)
                    xs.append(record.x)
                    ys.append(record.y)
            fill.insert(rows, len(rows))
            if progress is not None:
                progress(95.0 * min(start + CHUNK, len(records)) / len(records))
        check_canceled(feedback)
        x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        fill.finish(np.asarray(ids, dtype=np.int64), np.column_stack([x, x, y, y]) if ids else np.zeros((0, 4)))
    if progress is not None:
        progress(100.0)
    return len(records)
