"""What every workbook reader gives the register reader: sheet names, and one sheet's
rows and merged cells. The readers (``xlsx.py``, ``ods.py``, ``xls.py``) build on this
module; ``workbook_files.py`` recognises a file and picks the reader.

A cell comes out as ``str``, ``float``, ``datetime.date`` or ``datetime.datetime``.
Rows come out as ``(row_number, cells)``, row_number 1-based as the spreadsheet shows
it; rows without a value are left out.
"""

import datetime
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple
from xml.etree import ElementTree as ET
from xml.parsers import expat

from .limits import DEFAULT_LIMITS, Limits

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

Row = Tuple[int, List[object]]
# What a damaged or hostile archive raises while it is read.
DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError, KeyError, ET.ParseError,
           expat.ExpatError)
# Merged cells kept per sheet: only the header rows need them.
MAX_SPANS = 10_000

_QUOTED_OR_BRACKETED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_RANGE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$")


@dataclass(frozen=True)
class Span:
    """Merged cells: rows 1-based, columns 0-based, both ends included."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int


@dataclass
class Sheet:
    rows: List[Row]
    spans: List[Span] = field(default_factory=list)


class Workbook:
    """A workbook's sheet names and a way to read one sheet."""

    kind = ""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = path
        self.limits = limits

    def sheet_names(self) -> List[str]:
        raise NotImplementedError

    def visible_sheet_names(self) -> List[str]:
        return self.sheet_names()

    def sheet(self, sheet_name: str) -> Sheet:
        raise NotImplementedError

    def rows(self, sheet_name: str) -> List[Row]:
        return self.sheet(sheet_name).rows


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def column_index(reference: str) -> int:
    """0-based column of a cell reference such as ``AB12``."""
    index = 0
    for char in reference:
        if "A" <= char <= "Z":
            index = index * 26 + (ord(char) - 64)
        elif "a" <= char <= "z":
            index = index * 26 + (ord(char) - 96)
        else:
            break
    return index - 1


def parse_span(reference: str) -> Optional[Span]:
    """``B4:C5`` as a Span; None for anything else."""
    match = _RANGE.match(reference.strip())
    if not match:
        return None
    first_letters, first_row, last_letters, last_row = match.groups()
    last_letters, last_row = last_letters or first_letters, last_row or first_row
    return Span(int(first_row), column_index(first_letters), int(last_row), column_index(last_letters))


def excel_serial_to_date(serial: float, date1904: bool = False):
    """A date (or datetime when there is a time of day) from an Excel serial number."""
    epoch = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    moment = epoch + datetime.timedelta(days=serial)
    if moment.time() == datetime.time(0):
        return moment.date()
    return moment.replace(microsecond=0)


def is_date_format(code: str) -> bool:
    """True when an Excel number format code shows a date or time."""
    bare = _QUOTED_OR_BRACKETED.sub("", code).lower()
    if bare in ("", "general", "@"):
        return False
    return any(char in bare for char in "dmyhs")


def iso_date(text: str):
    """A stored ISO date(-time) as a date (or a datetime when it has a time of day)."""
    try:
        moment = datetime.datetime.fromisoformat(text.strip().rstrip("Z"))
    except ValueError:
        return text
    return moment.date() if moment.time() == datetime.time(0) else moment
