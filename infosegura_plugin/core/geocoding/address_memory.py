"""Address memory: (town, normalised address) -> a point someone confirmed, with
who/when/source.

Stored as an attribute table (``address_memory``) in a GeoPackage written through OGR, so
it opens in QGIS like any other table. Small (one row per premises): loaded whole. The
town (a place key, "" when unknown) keeps "12 Church Street" of two towns apart; a memory
written before towns existed gains the column in place on its next write, nothing lost.
"""

import datetime as _dt
import functools
import getpass
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, Optional, Tuple

from osgeo import ogr

from ...i18n import tr
from ..addresses.normalise import normalise_text
from ..atomic_files import AtomicWriteError, write_file_atomically
from ..geopackage import is_geopackage

TABLE = "address_memory"
_REQUIRED = ("normalised_address", "x", "y")
_FIELDS = (
    ("normalised_address", ogr.OFTString),
    ("address", ogr.OFTString),
    ("x", ogr.OFTReal),
    ("y", ogr.OFTReal),
    ("crs", ogr.OFTString),
    ("who", ogr.OFTString),
    ("when", ogr.OFTString),
    ("source", ogr.OFTString),
    ("town", ogr.OFTString),
)


def _ogr_exceptions(method):
    """Run ``method`` with OGR raising exceptions, then give the process back the mode it
    had: QGIS and other plugins share one GDAL, and some expect error codes."""
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        previous = ogr.GetUseExceptions()
        if not previous:
            ogr.UseExceptions()
        try:
            return method(*args, **kwargs)
        finally:
            if not previous:
                ogr.DontUseExceptions()
    return wrapper


class AddressMemoryError(Exception):
    pass


def memory_key(address: str) -> str:
    """The key an address is remembered under (case, accents and punctuation ignored)."""
    return normalise_text(address or "")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some service environments
        return ""


@dataclass
class Placement:
    address: str
    x: float
    y: float
    crs: str  # authority id, e.g. "EPSG:32616"
    who: str = ""
    when: str = ""  # ISO 8601
    source: str = ""
    town: str = ""  # place key of the town it lies in ("" when not known)

    @property
    def key(self) -> str:
        return memory_key(self.address)


class AddressMemory:
    """The store at ``path`` (created on first write)."""

    def __init__(self, path):
        self.path = Path(path)

    @_ogr_exceptions
    def check(self, update: bool = False) -> None:
        """Refuse a file that is not an address memory, or (``update``) one that cannot be
        written: the file is left untouched, never re-created."""
        path = self.path
        if path.exists() and not path.is_file():
            raise AddressMemoryError(tr("The address memory {} is a folder: choose a .gpkg file.").format(path))
        if not path.exists():
            if update and path.parent.exists() and not path.parent.is_dir():
                raise AddressMemoryError(tr(
                    "The address memory {} cannot be made: {} is a file, not a folder. Choose a .gpkg file in a "
                    "folder.").format(path, path.parent))
            return
        if not is_geopackage(path):
            raise AddressMemoryError(tr(
                "The address memory {} is not a GeoPackage, so it was left untouched: choose the address memory "
                "InfoSegura made (a .gpkg file), or a new file name.").format(path))
        if update and (not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
                       or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)):
            raise AddressMemoryError(tr(
                "The address memory {} is read-only, so nothing was remembered: make the file and its folder "
                "writable, or choose another file.").format(path))
        dataset = self._open(update=False)
        layer = dataset.GetLayerByName(TABLE)
        if layer is None and dataset.GetLayerCount():
            raise AddressMemoryError(tr(
                "{} is a GeoPackage of other data, not an address memory (it has no table address_memory): "
                "choose the address memory InfoSegura made, or a new file name.").format(path))
        if layer is not None:
            names = {layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())}
            missing = [f for f in _REQUIRED if f not in names]
            if missing:
                raise AddressMemoryError(tr(
                    "The table address_memory of {} was not made by InfoSegura (it has no field {}): choose the "
                    "address memory InfoSegura made, or a new file name.").format(path, ", ".join(missing)))
        layer = dataset = None

    def _open(self, update: bool):
        if not self.path.exists():
            return None
        try:
            return ogr.Open(str(self.path), 1 if update else 0)
        except RuntimeError as error:
            raise AddressMemoryError(
                tr("Cannot open the address memory {}: {}").format(self.path, error)
            ) from error

    @_ogr_exceptions
    def load(self) -> Dict[Tuple[str, str], Placement]:
        """Every remembered placement by (town, key); {} when the store does not exist yet."""
        self.check(update=False)
        dataset = self._open(update=False)
        if dataset is None:
            return {}
        layer = dataset.GetLayerByName(TABLE)
        if layer is None:
            return {}
        has_town = layer.GetLayerDefn().GetFieldIndex("town") >= 0
        placements = {}
        for feature in layer:
            placement = Placement(
                address=feature.GetField("address") or feature.GetField("normalised_address") or "",
                x=feature.GetField("x"), y=feature.GetField("y"), crs=feature.GetField("crs") or "",
                who=feature.GetField("who") or "", when=feature.GetField("when") or "",
                source=feature.GetField("source") or "",
                town=(feature.GetField("town") or "") if has_town else "",
            )
            key = feature.GetField("normalised_address") or placement.key
            if key and placement.x is not None and placement.y is not None:
                placements[(placement.town, key)] = placement
        return placements

    def _create(self):
        try:
            driver = ogr.GetDriverByName("GPKG")
            dataset = driver.CreateDataSource(str(self.path))
        except RuntimeError as error:
            raise AddressMemoryError(
                tr("Cannot create the address memory {}: {}").format(self.path, error)
            ) from error
        return dataset

    @_ogr_exceptions
    def remember(self, placements: Iterable[Placement], now: Optional[str] = None) -> int:
        """Add or replace placements (the newest confirmation of an address wins)."""
        placements = [p for p in placements if p.key]
        if not placements:
            return 0
        self.check(update=True)
        if self.path.exists():
            return self._write(placements, now)
        # A new memory is made aside and moved into place whole.
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_file_atomically(self.path, lambda temp: AddressMemory(temp)._write(placements, now))
        except (OSError, AtomicWriteError) as error:
            raise AddressMemoryError(tr("Cannot create the address memory {}: {}").format(
                self.path, getattr(error, "strerror", None) or error)) from error
        return len(placements)

    @_ogr_exceptions
    def _write(self, placements, now: Optional[str]) -> int:
        dataset = self._open(update=True) if self.path.exists() else self._create()
        if dataset is None:
            raise AddressMemoryError(tr("Cannot open the address memory {}").format(self.path))
        layer = dataset.GetLayerByName(TABLE)
        if layer is None:
            layer = dataset.CreateLayer(TABLE, geom_type=ogr.wkbNone)
            for name, kind in _FIELDS:
                layer.CreateField(ogr.FieldDefn(name, kind))
        elif layer.GetLayerDefn().GetFieldIndex("town") < 0:
            layer.CreateField(ogr.FieldDefn("town", ogr.OFTString))  # a memory from before towns
        existing = {(feature.GetField("town") or "", feature.GetField("normalised_address")): feature.GetFID()
                    for feature in layer}
        stamp = now or _dt.datetime.now().replace(microsecond=0).isoformat()
        dataset.StartTransaction()
        try:
            for placement in placements:
                entry = (placement.town or "", placement.key)
                fid = existing.get(entry)
                feature = layer.GetFeature(fid) if fid is not None else ogr.Feature(layer.GetLayerDefn())
                values = {
                    "normalised_address": placement.key, "address": placement.address,
                    "x": float(placement.x), "y": float(placement.y), "crs": placement.crs,
                    "who": placement.who or current_user(), "when": placement.when or stamp,
                    "source": placement.source, "town": placement.town or "",
                }
                for name, value in values.items():
                    feature.SetField(name, value)
                if fid is None:
                    layer.CreateFeature(feature)
                    existing[entry] = feature.GetFID()
                else:
                    layer.SetFeature(feature)
            dataset.CommitTransaction()
        except RuntimeError as error:
            dataset.RollbackTransaction()
            raise AddressMemoryError(
                tr("Cannot write the address memory {}: {}").format(self.path, error)
            ) from error
        finally:
            dataset = None
        return len(placements)
