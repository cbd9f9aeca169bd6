"""A register's rows as records: the original cells verbatim, the normalised fields the
rest of the plugin uses, and the problems of each row named by issue code."""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from ...i18n import tr
from . import headings as h
from .categories import UNKNOWN, CategoryMap
from .coordinates import Placement, place, split_pair
from .dates import BAD, parse_date
from .problems import (
    BAD_DATE,
    DUPLICATE_LICENCE,
    EXPIRED,
    ISSUE_CODES,
    MISSING_ADDRESS,
    MISSING_CLASS,
    MISSING_LICENCE_ID,
    UNKNOWN_CLASS,
)
from .text_sources import DELIMITER_NAMES, ENCODING_NAMES

ACTIVE = "active"
EXPIRED_STATUS = "expired"
UNKNOWN_STATUS = "unknown"

# What boards type when they have no address.
_NO_ADDRESS = {
    "", "-", "--", "---", ".", "?", "??", "0", "n/a", "na", "n.a.", "n.a", "none", "nil", "null",
    "unknown", "tbd", "tba", "s/d", "s/n", "sin direccion", "sin dirección", "no address",
    "no tiene", "desconocido", "x", "xx", "xxx",
}
_ONLY_SEPARATORS = re.compile(r"^[\s\-=_.,;:|*~#]*$")


def cell_text(value: object) -> str:
    """A cell as text: Excel numbers without a spurious '.0', dates in ISO."""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if value is None:
        return ""
    return str(value)


def clean(text: str) -> str:
    """Trimmed, runs of spaces (and line breaks) as one space."""
    return " ".join(text.split())


def is_blank_row(texts: Sequence[str]) -> bool:
    """A row with nothing but blanks or separator characters is not a record."""
    return _ONLY_SEPARATORS.match("".join(texts)) is not None


@dataclass
class RegisterRecord:
    source_row: int
    values: List[str]
    licence_id: str = ""
    premises: str = ""
    licensee: str = ""
    address: str = ""
    licence_class: str = ""
    category: str = UNKNOWN
    status: str = UNKNOWN_STATUS
    issued: Optional[datetime.date] = None
    expiry: Optional[datetime.date] = None
    x: Optional[float] = None
    y: Optional[float] = None
    issues: List[str] = field(default_factory=list)

    @property
    def issues_text(self) -> str:
        return ";".join(self.issues)


@dataclass
class RegisterTable:
    path: Path
    headers: List[str]
    roles: Dict[str, int]
    records: List[RegisterRecord]
    reference_date: datetime.date
    source_kind: str = ""  # "text", "xlsx", "xls" or "ods"
    sheet: Optional[str] = None
    header_row: int = 1  # the (last) heading row: header_row + source_row is the row in the file
    header_rows: int = 1  # 2 when the headings are split over two rows
    encoding: str = ""
    delimiter: str = ""
    coordinate_kinds: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)  # what the user should check (unclosed quotes)

    @property
    def has_points(self) -> bool:
        return any(record.x is not None for record in self.records)

    @property
    def rows_with_issues(self) -> int:
        return sum(1 for record in self.records if record.issues)

    def issue_counts(self) -> Counter:
        return Counter(code for record in self.records for code in record.issues)

    def summary_lines(self) -> List[str]:
        """A readable account of the import for the log."""
        if self.source_kind == "text":
            source = tr("{} text, {}-separated").format(ENCODING_NAMES.get(self.encoding, self.encoding), DELIMITER_NAMES.get(self.delimiter, self.delimiter))
        else:
            source = tr("sheet '{}'").format(self.sheet)
        if self.header_rows > 1:
            first_line = tr("Read {} rows from {} ({}; headings on rows {} to {}).").format(
                len(self.records), self.path.name, source, self.header_row - self.header_rows + 1, self.header_row
            )
        else:
            first_line = tr("Read {} rows from {} ({}; header on row {}).").format(
                len(self.records), self.path.name, source, self.header_row
            )
        lines = [
            first_line,
            tr("Columns: {}.").format(", ".join(
                f"{role} = {self.headers[index]}" for role, index in sorted(self.roles.items(), key=lambda item: item[1])
            )),
            tr("{} rows have issues.").format(self.rows_with_issues),
        ]
        counts = self.issue_counts()
        for code in list(ISSUE_CODES) + sorted(set(counts) - set(ISSUE_CODES)):
            if counts.get(code):
                lines.append(f"  {code}: {counts[code]}")
        status = Counter(record.status for record in self.records)
        lines.append(tr("Status on {}: {} active, {} expired, {} unknown.").format(
            self.reference_date.isoformat(), status[ACTIVE], status[EXPIRED_STATUS], status[UNKNOWN_STATUS]
        ))
        categories = Counter(record.category for record in self.records)
        lines.append(tr("Categories: {}.").format(", ".join(f"{k} {v}" for k, v in sorted(categories.items()))))
        points = sum(1 for record in self.records if record.x is not None)
        if points:
            lines.append(tr("{} rows have a point from their coordinates (EPSG:32616).").format(points))
        else:
            lines.append(tr("No usable coordinates: the output is a table for the geocoder."))
        return lines


_EMPTY = ("", None)
_DATE_CACHE_SIZE = 50_000


class RecordBuilder:
    """Turns one data row into a RegisterRecord, given the columns' roles.

    Called once per row of registers of 100,000 rows: role positions are looked up once
    here, and dates (a register repeats a few hundred) are parsed once each."""

    def __init__(self, headers: List[str], roles: Dict[str, int], category_map: CategoryMap,
                 reference_date: datetime.date):
        self.width = len(headers)
        self.roles = roles
        self.categories = category_map
        self.reference_date = reference_date
        self.coordinate_kinds = set()
        combined = roles.get(h.COORDINATES)
        self.lon_first = combined is not None and h.longitude_first(headers[combined])
        get = roles.get
        self._id, self._premises, self._licensee = get(h.LICENCE_ID), get(h.PREMISES), get(h.LICENSEE)
        self._address, self._class = get(h.ADDRESS), get(h.LICENCE_CLASS)
        self._issued, self._expiry = get(h.ISSUED), get(h.EXPIRY)
        self._lat, self._lon = get(h.LATITUDE), get(h.LONGITUDE)
        self._east, self._north, self._pair = get(h.EASTING), get(h.NORTHING), combined
        self._has_latlon = self._lat is not None or self._lon is not None
        self._has_utm = self._east is not None or self._north is not None
        self._dates_seen: Dict[object, object] = {}

    def build(self, source_row: int, cells: List[object], texts: List[str]) -> RegisterRecord:
        """``cells`` and ``texts`` hold one entry per column (shorter rows padded)."""
        if len(texts) < self.width:
            cells = list(cells) + [""] * (self.width - len(cells))
            texts = list(texts) + [""] * (self.width - len(texts))
        record = RegisterRecord(source_row=source_row, values=texts)
        issues = record.issues
        index = self._id
        if index is not None:
            record.licence_id = texts[index].strip()
            if not record.licence_id:
                issues.append(MISSING_LICENCE_ID)
        if self._premises is not None:
            record.premises = " ".join(texts[self._premises].split())
        if self._licensee is not None:
            record.licensee = " ".join(texts[self._licensee].split())
        if self._address is not None:
            address = " ".join(texts[self._address].split())
            if address.lower() in _NO_ADDRESS:
                address = ""
                issues.append(MISSING_ADDRESS)
            record.address = address
        else:
            issues.append(MISSING_ADDRESS)
        index = self._class
        licence_class = record.licence_class = " ".join(texts[index].split()) if index is not None else ""
        record.category, known = self.categories.categorise(licence_class)
        if not licence_class:
            if index is not None:
                issues.append(MISSING_CLASS)
        elif not known:
            issues.append(UNKNOWN_CLASS)
        self._dates(record, cells[self._issued] if self._issued is not None else None,
                    cells[self._expiry] if self._expiry is not None else None)
        self._coordinates(record, cells)
        return record

    def _date(self, value):
        try:
            return self._dates_seen[value]
        except KeyError:
            pass
        except TypeError:  # an unhashable cell: parse it every time
            return parse_date(value)
        parsed = parse_date(value)
        if len(self._dates_seen) >= _DATE_CACHE_SIZE:
            self._dates_seen.clear()
        self._dates_seen[value] = parsed
        return parsed

    def _dates(self, record: RegisterRecord, issued_value, expiry_value):
        issued = None if issued_value in _EMPTY else self._date(issued_value)
        expiry = None if expiry_value in _EMPTY else self._date(expiry_value)
        bad = False
        if issued is BAD:
            bad = True
        else:
            record.issued = issued
        if expiry is BAD:
            bad = True
            record.status = UNKNOWN_STATUS
        elif expiry is None:
            record.status = UNKNOWN_STATUS
        else:
            record.expiry = expiry
            record.status = EXPIRED_STATUS if expiry < self.reference_date else ACTIVE
        if bad:
            record.issues.append(BAD_DATE)
        if record.status == EXPIRED_STATUS:
            record.issues.append(EXPIRED)

    def _coordinates(self, record: RegisterRecord, cells: List[object]):
        placement = None
        if self._has_latlon:
            lon = cells[self._lon] if self._lon is not None else None
            lat = cells[self._lat] if self._lat is not None else None
            if lon not in _EMPTY or lat not in _EMPTY:
                placement = _read(place(lon, lat))
        if placement is None and self._has_utm:
            east = cells[self._east] if self._east is not None else None
            north = cells[self._north] if self._north is not None else None
            if east not in _EMPTY or north not in _EMPTY:
                placement = _read(place(east, north))
        if placement is None and self._pair is not None and cells[self._pair] not in _EMPTY:
            first, second = split_pair(cells[self._pair])
            placement = _read(place(first, second) if self.lon_first else place(second, first))
        if placement is None:
            return
        if placement.kind:
            self.coordinate_kinds.add(placement.kind)
        record.x, record.y = placement.x, placement.y
        record.issues.extend(placement.issues)


def _read(placement: Placement) -> Optional[Placement]:
    """None for cells that held no coordinates at all (blank or spaces)."""
    return placement if placement.kind or placement.issues else None


def flag_duplicates(records: List[RegisterRecord]) -> None:
    """Every record whose trimmed licence number appears more than once (the first too)."""
    counts = Counter(record.licence_id for record in records if record.licence_id)
    repeated = {licence_id for licence_id, count in counts.items() if count > 1}
    if not repeated:
        return
    for record in records:
        if record.licence_id in repeated:
            # Put the code after the id problems, before the rest, for a stable order.
            position = 1 if record.issues[:1] == [MISSING_LICENCE_ID] else 0
            record.issues.insert(position, DUPLICATE_LICENCE)
