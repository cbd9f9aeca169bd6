"""A square risk terrain grid as one GeoTIFF: a band per measure, styled like the
vector grid.

The square lattice is already a north-up raster (column ``c`` spans ``x0 + c*s``, row
``r`` spans ``y0 - r*s`` downwards), so cell values are scattered into dense arrays and
written with GDAL: tiled, DEFLATE-compressed, with overviews, band descriptions naming
the measure, no-data outside the study area. A QML beside the file (the paletted
``risk_class`` band, the colours of the vector grid) makes any QGIS open it styled.

Band values are those of the vector grid (:func:`.grid_vector_writer.grid_columns`):
``risk_class`` is coded 1 (very low) to 5 (very high), ``gi_class`` -3 to 3, and a
NULL in the vector (no outlet at all, no Gi*) is no-data here.
"""

import os
import shutil
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from .grid import SQUARE, CanceledError, Lattice
from .risk_model import RISK_CLASSES

NODATA = -9999.0
BANDS = ("outlet_count", "outlet_kde", "dist_outlet", "risk_score", "risk_class")
HOTSPOT_BANDS = ("gi_z", "gi_class")
RISK_CLASS_BAND = BANDS.index("risk_class") + 1
STYLE_NAME = "risk_raster"
CREATION_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3",
                    "INTERLEAVE=PIXEL", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
# ZLEVEL=1: half the CPU of the default level for about 15 % more bytes (national grid:
# 13 MB instead of 12). Pixel interleaving: GDAL 3.6 reading band-interleaved multi-band tiles with several
# threads (GDAL_NUM_THREADS) logs libtiff "ExtraSamples" errors for every tile.
OVERVIEW_MIN_SIZE = 256


class RasterWriteError(RuntimeError):
    """GDAL could not write the raster (message from GDAL)."""


def raster_bands(result) -> List[Tuple[str, np.ndarray]]:
    """``(name, values per cell)`` of the raster bands, in band order."""
    from .grid_vector_writer import grid_columns

    by_name = {c.name: c.values for c in grid_columns(result)}
    bands = []
    for name in BANDS:
        if name == "risk_class":
            values = np.asarray(result.risk_class, dtype=np.float64) + 1.0
        else:
            values = np.asarray(by_name[name], dtype=np.float64)
        bands.append((name, values))
    if result.gi_class is not None:
        bands += [(name, np.asarray(by_name[name], dtype=np.float64)) for name in HOTSPOT_BANDS]
    return bands


def risk_class_code(label: str) -> int:
    """The raster code (1-5) of a vector ``risk_class`` value."""
    return RISK_CLASSES.index(label) + 1


def geotransform(lattice: Lattice) -> Tuple[float, float, float, float, float, float]:
    return lattice.x0, lattice.cell_size, 0.0, lattice.y0, 0.0, -lattice.cell_size


def dense_band(lattice: Lattice, flat_cells: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``(rows, cols)`` float32 array: the cells' values, NODATA elsewhere and for
    non-finite values."""
    dense = np.full(lattice.size, NODATA, dtype=np.float32)
    values = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(values)
    dense[flat_cells[finite]] = values[finite]
    # Flat indices run down the rows of a column (col * nrows + row).
    return dense.reshape(lattice.ncols, lattice.nrows).T


def overview_levels(width: int, height: int) -> List[int]:
    levels, factor = [], 2
    while max(width, height) / factor >= OVERVIEW_MIN_SIZE // 2 and factor <= 512:
        levels.append(factor)
        factor *= 2
    return levels


def temporary_sibling(path: Path) -> Path:
    """A unique name in the destination's folder, so the final rename stays on one disk."""
    return path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.partial{path.suffix}")


def write_grid_raster(path: str, lattice: Lattice, flat_cells: np.ndarray, bands: Sequence[Tuple[str, np.ndarray]],
                      crs_wkt: str, metadata: Optional[Dict[str, str]] = None, feedback=None,
                      progress=None, style_qml: Optional[Path] = None) -> str:
    """Write ``bands`` of a square lattice to the GeoTIFF ``path`` (written under a
    temporary name, then renamed: a failed or canceled run leaves an earlier file
    intact); with ``style_qml`` a copy of it beside the raster (``<name>.qml``)."""
    from osgeo import gdal

    if lattice.kind != SQUARE:
        raise ValueError("a raster needs a square grid")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = temporary_sibling(path)
    driver = gdal.GetDriverByName("GTiff")
    dataset = None
    gdal.ErrorReset()
    try:
        dataset = driver.Create(str(partial), lattice.ncols, lattice.nrows, len(bands), gdal.GDT_Float32,
                                CREATION_OPTIONS)
        _check(dataset is not None, path)
        _check(dataset.SetGeoTransform(geotransform(lattice)) == 0 and dataset.SetProjection(crs_wkt) == 0, path)
        if metadata:
            dataset.SetMetadata({k: str(v) for k, v in metadata.items()})
        stack = np.empty((len(bands), lattice.nrows, lattice.ncols), dtype=np.float32)
        for number, (name, values) in enumerate(bands, start=1):
            band = dataset.GetRasterBand(number)
            band.SetDescription(name)
            band.SetNoDataValue(NODATA)
            stack[number - 1] = dense_band(lattice, flat_cells, values)
        _check_canceled(feedback)
        # All bands in one call: pixel-interleaved tiles are then compressed once each.
        _check(dataset.WriteRaster(0, 0, lattice.ncols, lattice.nrows, stack.tobytes(),
                                   buf_type=gdal.GDT_Float32, band_list=list(range(1, len(bands) + 1))) == 0, path)
        del stack
        if progress is not None:
            progress(60.0)
        _check_canceled(feedback)
        levels = overview_levels(lattice.ncols, lattice.nrows)
        # Nearest neighbour: classes stay classes and counts stay counts when zoomed out.
        _check(not levels or dataset.BuildOverviews("NEAREST", levels) == 0, path)
        dataset.FlushCache()
        dataset = None  # closes the file: GDAL writes the rest of it now
        _check(gdal.GetLastErrorType() < gdal.CE_Failure, path)
        _check_canceled(feedback)
        if style_qml is not None:
            qml = path.with_suffix(".qml")
            partial_qml = temporary_sibling(qml)
            shutil.copyfile(style_qml, partial_qml)
            os.replace(partial_qml, qml)
        os.replace(partial, path)
    except RuntimeError as error:  # GDAL with exceptions on (as QGIS 3.40's Python may set)
        raise RasterWriteError(str(error)) from error
    finally:
        dataset = None
        for leftover in (partial, Path(f"{partial}.aux.xml")):
            if leftover.exists():
                leftover.unlink()
    if progress is not None:
        progress(100.0)
    return str(path)


def _check(ok: bool, path: Path) -> None:
    from osgeo import gdal

    if not ok:
        raise RasterWriteError(gdal.GetLastErrorMsg() or f"GDAL could not write {path}")


def _check_canceled(feedback):
    if feedback is not None and feedback.isCanceled():
        raise CanceledError()
