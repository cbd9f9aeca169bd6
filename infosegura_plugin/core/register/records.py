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
_SPACES = re.compile(r"\s+")
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
    return _SPACES.sub(" ", text).strip()


def is_blank_row(texts: Sequence[str]) -> bool:
    """A row with nothing but blanks or separator characters is not a record."""
    return all(_ONLY_SEPARATORS.match(text) for text in texts)


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
    source_kind: str = ""  # "text", "xlsx" or "ods"
    sheet: Optional[str] = None
    header_row: int = 1
    encoding: str = ""
    delimiter: str = ""
    coordinate_kinds: List[str] = field(default_factory=list)

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
        lines = [
            tr("Read {} rows from {} ({}; header on row {}).").format(
                len(self.records), self.path.name, source, self.header_row
            ),
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


class RecordBuilder:
    """Turns one data row into a RegisterRecord, given the columns' roles."""

    def __init__(self, headers: List[str], roles: Dict[str, int], category_map: CategoryMap,
                 reference_date: datetime.date):
        self.width = len(headers)
        self.roles = roles
        self.categories = category_map
        self.reference_date = reference_date
        self.coordinate_kinds = set()
        combined = roles.get(h.COORDINATES)
        self.lon_first = combined is not None and h.longitude_first(headers[combined])

    def build(self, source_row: int, cells: List[object], texts: List[str]) -> RegisterRecord:
        roles = self.roles

        def raw(role):
            index = roles.get(role)
            return cells[index] if index is not None and index < len(cells) else None

        def text(role):
            index = roles.get(role)
            return clean(texts[index]) if index is not None and index < len(texts) else ""

        record = RegisterRecord(source_row=source_row, values=texts)
        issues = record.issues
        record.licence_id = texts[roles[h.LICENCE_ID]].strip() if h.LICENCE_ID in roles and roles[h.LICENCE_ID] < len(texts) else ""
        if not record.licence_id and h.LICENCE_ID in roles:
            issues.append(MISSING_LICENCE_ID)
        record.premises = text(h.PREMISES)
        record.licensee = text(h.LICENSEE)
        address = text(h.ADDRESS)
        if address.lower() in _NO_ADDRESS:
            address = ""
            issues.append(MISSING_ADDRESS)
        record.address = address
        record.licence_class = text(h.LICENCE_CLASS)
        record.category, known = self.categories.categorise(record.licence_class)
        if not record.licence_class:
            if h.LICENCE_CLASS in roles:
                issues.append(MISSING_CLASS)
        elif not known:
            issues.append(UNKNOWN_CLASS)
        self._dates(record, raw(h.ISSUED), raw(h.EXPIRY))
        self._coordinates(record, raw)
        return record

    def _dates(self, record: RegisterRecord, issued_value, expiry_value):
        issued = parse_date(issued_value)
        expiry = parse_date(expiry_value)
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

    def _coordinates(self, record: RegisterRecord, raw):
        roles = self.roles
        placement = Placement()
        if h.LATITUDE in roles or h.LONGITUDE in roles:
            placement = place(raw(h.LONGITUDE), raw(h.LATITUDE))
        if placement.kind == "" and not placement.issues and (h.EASTING in roles or h.NORTHING in roles):
            placement = place(raw(h.EASTING), raw(h.NORTHING))
        if placement.kind == "" and not placement.issues and h.COORDINATES in roles:
            first, second = split_pair(raw(h.COORDINATES))
            placement = place(first, second) if self.lon_first else place(second, first)
        if placement.kind:
            self.coordinate_kinds.add(placement.kind)
        record.x, record.y = placement.x, placement.y
        record.issues.extend(placement.issues)


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
