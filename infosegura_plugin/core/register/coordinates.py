"""Coordinates some registers carry: latitude/longitude or UTM zone 16N, whatever the
headings claim, with swapped pairs repaired and points outside Belize flagged.

Projection to EPSG:32616 is done here with the Krüger series (Karney 2011, 4th order,
sub-millimetre in the zone) so a 100,000-row register needs no per-point QGIS call.
"""

import math
import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from .problems import BAD_COORDINATES, OUTSIDE_BELIZE, SWAPPED_EASTING_NORTHING, SWAPPED_LAT_LON

# Belize, mainland and cays, with a small margin (a box: towns just across the border
# in Mexico or Guatemala are not told apart).
BELIZE_LAT = (15.80, 18.55)
BELIZE_LON = (-89.30, -87.30)
# What an easting and a northing of UTM zone 16N (northern hemisphere) can be.
UTM_EASTING = (100_000.0, 900_000.0)
UTM_NORTHING = (0.0, 9_400_000.0)

_A = 6378137.0
_F = 1 / 298.257223563
_K0 = 0.9996
_LON0 = math.radians(-87.0)
_FALSE_EASTING = 500_000.0
_N = _F / (2 - _F)
_RECTIFYING = _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_E = 2 * math.sqrt(_N) / (1 + _N)
_ALPHA = (
    _N / 2 - 2 * _N**2 / 3 + 5 * _N**3 / 16 + 41 * _N**4 / 180,
    13 * _N**2 / 48 - 3 * _N**3 / 5 + 557 * _N**4 / 1440,
    61 * _N**3 / 240 - 103 * _N**4 / 140,
    49561 * _N**4 / 161280,
)
_BETA = (
    _N / 2 - 2 * _N**2 / 3 + 37 * _N**3 / 96 - _N**4 / 360,
    _N**2 / 48 + _N**3 / 15 - 437 * _N**4 / 1440,
    17 * _N**3 / 480 - 37 * _N**4 / 840,
    4397 * _N**4 / 161280,
)
_DELTA = (
    2 * _N - 2 * _N**2 / 3 - 2 * _N**3 + 116 * _N**4 / 45,
    7 * _N**2 / 3 - 8 * _N**3 / 5 - 227 * _N**4 / 45,
    56 * _N**3 / 15 - 136 * _N**4 / 35,
    4279 * _N**4 / 630,
)


def lonlat_to_utm16n(lon: float, lat: float) -> Tuple[float, float]:
    """WGS 84 longitude/latitude (degrees) to EPSG:32616 easting/northing (metres)."""
    phi = math.radians(lat)
    dlon = math.radians(lon) - _LON0
    sin_phi = math.sin(phi)
    t = math.sinh(math.atanh(sin_phi) - _E * math.atanh(_E * sin_phi))
    xi = math.atan2(t, math.cos(dlon))
    eta = math.atanh(math.sin(dlon) / math.sqrt(1 + t * t))
    x, y = eta, xi
    for j, alpha in enumerate(_ALPHA, start=1):
        x += alpha * math.cos(2 * j * xi) * math.sinh(2 * j * eta)
        y += alpha * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
    return _FALSE_EASTING + _K0 * _RECTIFYING * x, _K0 * _RECTIFYING * y


def utm16n_to_lonlat(easting: float, northing: float) -> Tuple[float, float]:
    """EPSG:32616 easting/northing to WGS 84 longitude/latitude (degrees)."""
    xi = northing / (_K0 * _RECTIFYING)
    eta = (easting - _FALSE_EASTING) / (_K0 * _RECTIFYING)
    xi_p, eta_p = xi, eta
    for j, beta in enumerate(_BETA, start=1):
        xi_p -= beta * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
        eta_p -= beta * math.cos(2 * j * xi) * math.sinh(2 * j * eta)
    chi = math.asin(max(-1.0, min(1.0, math.sin(xi_p) / math.cosh(eta_p))))
    phi = chi + sum(delta * math.sin(2 * j * chi) for j, delta in enumerate(_DELTA, start=1))
    lon = _LON0 + math.atan2(math.sinh(eta_p), math.cos(xi_p))
    return math.degrees(lon), math.degrees(phi)


def in_belize(lon: float, lat: float) -> bool:
    return BELIZE_LAT[0] <= lat <= BELIZE_LAT[1] and BELIZE_LON[0] <= lon <= BELIZE_LON[1]


_DECIMAL_COMMA = re.compile(r"^[-+]?\d+,\d+$")
_DMS = re.compile(
    r"^([-+]?)\s*(\d+(?:[.,]\d+)?)\s*[°º:d\s]\s*(?:(\d+(?:[.,]\d+)?)\s*['’′m:\s]?\s*)?"
    r"(?:(\d+(?:[.,]\d+)?)\s*(?:\"|''|”|″|s)?\s*)?([nsewo]?)$"
)
_HEMISPHERE = re.compile(r"^([-+]?\d+(?:\.\d+)?)\s*°?\s*([nsewo])$")

BAD = "bad"


def parse_coordinate(value: object):
    """A float, None for an empty cell, or ``BAD`` (decimal commas, degrees and DMS read)."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else BAD
    text = str(value).strip().lower()
    if not text:
        return None
    if _DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    try:
        number = float(text)
        return number if math.isfinite(number) else BAD
    except ValueError:
        pass
    match = _HEMISPHERE.match(text)
    if match:
        number = float(match.group(1))
        return -abs(number) if match.group(2) in "swo" else number
    match = _DMS.match(text)
    if match:
        sign, degrees, minutes, seconds, hemisphere = match.groups()
        total = float(degrees.replace(",", "."))
        total += float((minutes or "0").replace(",", ".")) / 60
        total += float((seconds or "0").replace(",", ".")) / 3600
        if sign == "-" or hemisphere in ("s", "w", "o"):
            total = -total
        return total
    return BAD


def split_pair(value: object) -> Tuple[object, object]:
    """The two numbers of a single 'Lat/Long' or 'Coordinates' cell."""
    text = str(value or "").strip().strip("()[]")
    if not text:
        return None, None
    for separator in (";", "|", "/"):
        if separator in text:
            parts = text.split(separator)
            return (parts[0], parts[1]) if len(parts) == 2 else (BAD, BAD)
    if text.count(",") == 1:
        first, second = text.split(",")
        return first, second
    if text.count(",") == 3:
        first, second = re.split(r",\s+", text, maxsplit=1) if ", " in text else (BAD, BAD)
        return first, second
    parts = text.split()
    return (parts[0], parts[1]) if len(parts) == 2 else (BAD, BAD)


@dataclass
class Placement:
    """Where a row's coordinates put it in EPSG:32616, and what was wrong with them."""

    x: Optional[float] = None
    y: Optional[float] = None
    kind: str = ""  # "latlon" or "utm" when read
    issues: List[str] = field(default_factory=list)


def _valid_utm(easting: float, northing: float) -> bool:
    return UTM_EASTING[0] <= easting <= UTM_EASTING[1] and UTM_NORTHING[0] <= northing <= UTM_NORTHING[1]


def place(east_value: object, north_value: object) -> Placement:
    """A placement from the east-like (longitude or easting) and north-like (latitude or
    northing) cells. The magnitude decides degrees or UTM, whatever the heading said."""
    east, north = parse_coordinate(east_value), parse_coordinate(north_value)
    if east is None and north is None:
        return Placement()
    if east is None or north is None or east is BAD or north is BAD or (east == 0 and north == 0):
        # 0/0 is what a blank GPS field exports as, not a place in the Gulf of Guinea.
        return Placement(issues=[BAD_COORDINATES])
    if abs(east) <= 180 and abs(north) <= 180:
        return _place_degrees(east, north)
    if east >= 0 and north >= 0:
        return _place_utm(east, north)
    return Placement(issues=[BAD_COORDINATES])


def _place_degrees(lon: float, lat: float) -> Placement:
    if in_belize(lon, lat):
        return _projected(lon, lat, [])
    if abs(lon) <= 90 and in_belize(lat, lon):
        return _projected(lat, lon, [SWAPPED_LAT_LON])
    if abs(lat) > 90:
        return Placement(issues=[BAD_COORDINATES])
    return _projected(lon, lat, [OUTSIDE_BELIZE])


def _projected(lon: float, lat: float, issues: List[str]) -> Placement:
    try:
        x, y = lonlat_to_utm16n(lon, lat)
    except (ValueError, ZeroDivisionError, OverflowError):
        x = y = math.nan
    if not (math.isfinite(x) and math.isfinite(y)):
        # Half a world away from zone 16 (or at a pole) UTM has no usable point: the row
        # keeps its valid coordinates in its own columns, flagged, without a geometry.
        return Placement(kind="latlon", issues=issues)
    return Placement(x=x, y=y, kind="latlon", issues=issues)


def _place_utm(easting: float, northing: float) -> Placement:
    issues: List[str] = []
    if not _valid_utm(easting, northing):
        if _valid_utm(northing, easting):
            easting, northing = northing, easting
            issues.append(SWAPPED_EASTING_NORTHING)
        else:
            return Placement(issues=[BAD_COORDINATES])
    lon, lat = utm16n_to_lonlat(easting, northing)
    if not in_belize(lon, lat):
        issues.append(OUTSIDE_BELIZE)
    return Placement(x=easting, y=northing, kind="utm", issues=issues)
