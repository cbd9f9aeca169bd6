"""Helpers for the synthetic region tests: names, features and layers read with OGR."""

import unicodedata
from pathlib import Path

from osgeo import ogr

from ..conftest import DATA, SAMPLE

REGIONS = DATA / "regions"


def fold(text):
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().split())


def features(gpkg, layer):
    """[(attributes dict, geometry WKT)] of one layer, in feature order."""
    ds = ogr.Open(str(gpkg))
    lyr = ds.GetLayerByName(layer)
    assert lyr is not None, f"{gpkg} has no layer {layer}"
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        out.append((f.items(), g.ExportToWkt() if g else None))
    ds = None
    return out


def values(gpkg, layer, *fields, split=False):
    """Every non-empty value of some fields (split on ';' when asked)."""
    out = []
    for attrs, _wkt in features(gpkg, layer):
        for field in fields:
            v = attrs[field]
            if v not in (None, ""):
                out.extend(x.strip() for x in str(v).split(";")) if split else out.append(v)
    return out


def sample_names():
    """Every street, area and landmark name of the Belmopan sample (other names too), folded."""
    gpkg = SAMPLE / "belmopan.gpkg"
    names = set()
    names |= {fold(v) for v in values(gpkg, "streets", "name", "alt_names", split=True)}
    names |= {fold(v) for v in values(gpkg, "neighbourhoods", "name")}
    names |= {fold(v) for v in values(gpkg, "city_boundary", "name")}
    names |= {fold(v) for v in values(gpkg, "landmarks", "name", "alt_names", split=True)}
    names |= {fold(v) for v in values(gpkg, "community_assets", "name")}
    return names


def region_names(folder, manifest):
    """Every street, area, town and landmark name of a region (other names too), folded."""
    gpkg = Path(folder) / manifest["gpkg"]
    p, L = manifest["parameters"], manifest["layers"]
    names = set()
    names |= {fold(v) for v in values(gpkg, L["streets"], p["STREET_NAME_FIELD"], p["STREET_ALIAS_FIELD"], split=True)}
    names |= {fold(v) for v in values(gpkg, L["areas"], p["AREA_NAME_FIELD"])}
    names |= {fold(v) for v in values(gpkg, L["towns"], p["TOWN_NAME_FIELD"])}
    names |= {fold(v) for v in values(gpkg, L["landmarks"], p["LANDMARK_NAME_FIELD"], p["LANDMARK_ALIAS_FIELD"],
                                      split=True)}
    return names
