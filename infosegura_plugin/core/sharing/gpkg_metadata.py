"""Metadata items stored in a GeoPackage (the ``gpkg_metadata`` table, GDAL's
multi-domain format): readable by any GDAL tool (``ogrinfo -so file.gpkg table``)."""

from pathlib import Path
from typing import Dict, Optional

from osgeo import gdal


def _open(path: Path, update: bool):
    flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else gdal.OF_READONLY)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return gdal.OpenEx(str(path), flags, allowed_drivers=["GPKG"])
    except RuntimeError:  # GDAL built with exceptions on
        return None
    finally:
        gdal.PopErrorHandler()


def write_items(path: Path, items: Dict[str, str], table: Optional[str] = None) -> bool:
    """Set metadata ``items`` on ``table`` (or on the whole file); False when impossible."""
    dataset = _open(path, update=True)
    if dataset is None:
        return False
    target = dataset.GetLayerByName(table) if table else dataset
    if target is None:
        return False
    for key, value in items.items():
        target.SetMetadataItem(key, value)
    target = None
    dataset = None  # closes and flushes
    return True


def read_items(path: Path, table: Optional[str] = None) -> Dict[str, str]:
    """The default-domain metadata of ``table`` (or of the file); empty when none."""
    if not Path(path).exists():
        return {}
    dataset = _open(path, update=False)
    if dataset is None:
        return {}
    target = dataset.GetLayerByName(table) if table else dataset
    return dict(target.GetMetadata() or {}) if target is not None else {}


def table_of(uri: str):
    """``(path, table)`` of a GeoPackage layer URI; the first table when the URI names
    none (as QGIS opens it); None for anything else."""
    from ..styling import split_gpkg_uri

    parts = split_gpkg_uri(uri)
    if parts is None:
        return None
    path, table = Path(parts[0]), parts[1]
    if not table:
        dataset = _open(path, update=False)
        if dataset is None or dataset.GetLayerCount() == 0:
            return None
        table = dataset.GetLayer(0).GetName()
    return path, table
