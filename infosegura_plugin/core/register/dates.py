"""Dates as registers write them. Belize writes the day first: 05/07/2025 is 5 July.

Accepted: dd/mm/yyyy (also '-' or '.', two-digit years), d-MMM-yy (English or Spanish
month names, any case), ISO yyyy-mm-dd (with or without a time), month names in words
("5 July 2025", "July 5, 2025"), Excel serial numbers (a 5-digit number) and the dates
a workbook already stores as dates.
"""

import datetime
import re
from typing import Optional, Tuple

from .workbook import excel_serial_to_date

MONTHS = {
    "jan": 1, "january": 1, "ene": 1, "enero": 1,
    "feb": 2, "february": 2, "febrero": 2,
    "mar": 3, "march": 3, "marzo": 3,
    "apr": 4, "april": 4, "abr": 4, "abril": 4,
    "may": 5, "mayo": 5,
    "jun": 6, "june": 6, "junio": 6,
    "jul": 7, "july": 7, "julio": 7,
    "aug": 8, "august": 8, "ago": 8, "agosto": 8,
    "sep": 9, "sept": 9, "september": 9, "set": 9, "septiembre": 9, "setiembre": 9,
    "oct": 10, "october": 10, "octubre": 10,
    "nov": 11, "november": 11, "noviembre": 11,
    "dec": 12, "december": 12, "dic": 12, "diciembre": 12,
}

_NUMERIC_DMY = re.compile(r"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+(?:de\s+)?([a-z]+)\.?(?:[\s\-/.,]+(?:de\s+|del\s+)?(\d{2}|\d{4}))$")
_MONTH_NAME_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")
# Serial numbers Excel gives to 1927..2173: anything else is not a plausible licence date.
_SERIAL_RANGE = (10000, 99999)

# The result of parsing: a date, None for an empty cell, or BAD for an unreadable one.
BAD = "bad"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: 00-69 are 2000s, 70-99 the 1900s.
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return BAD


def parse_date(value: object):
    """A ``datetime.date``, None for an empty cell, or ``BAD`` for an unreadable one."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, (int, float)):
        return _from_serial(float(value))
    text = str(value).strip().lower()
    if not text:
        return None
    match = _NUMERIC_DMY.match(text)
    if match:
        day, month, year = match.groups()
        return _make(_year(year), int(month), int(day))
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
        return _make(int(year), int(month), int(day))
    match = _DAY_MONTH_NAME.match(text)
    if match:
        day, month_name, year = match.groups()
        month = MONTHS.get(month_name)
        return _make(_year(year), month, int(day)) if month else BAD
    match = _MONTH_NAME_DAY.match(text)
    if match:
        month_name, day, year = match.groups()
        month = MONTHS.get(month_name)
        return _make(int(year), month, int(day)) if month else BAD
    if _SERIAL.match(text):
        return _from_serial(float(text))
    return BAD


def _from_serial(number: float):
    if not (_SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]):
        return BAD
    moment = excel_serial_to_date(number)
    return moment.date() if isinstance(moment, datetime.datetime) else moment


def parse_reference_date(text: Optional[str]) -> Tuple[bool, Optional[datetime.date]]:
    """``(ok, date)`` for REFERENCE_DATE: empty means today; ``YYYY-MM-DD`` expected."""
    if text is None or not str(text).strip():
        return True, datetime.date.today()
    value = str(text).strip()
    match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$", value)
    if match:
        parsed = _make(*(int(part) for part in match.groups()))
        return (parsed is not BAD), (parsed if parsed is not BAD else None)
    parsed = parse_date(value)
    if parsed is BAD or parsed is None:
        return False, None
    return True, parsed
