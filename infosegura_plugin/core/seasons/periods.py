"""Periods of a space-time cube from a field's values.

* ``VALUE``: every distinct value is one period (numbers in numeric order, otherwise text
  order): a ``period`` field 1, 2, 3 or "2024-Q1", "2024-Q2".
* ``YEAR`` / ``QUARTER`` / ``MONTH``: the values are dates (ISO text "2024-03-17", or a
  date/datetime) binned by calendar year, quarter or month, every bin from the first to
  the last present, also those without any event (a quiet quarter is data).

Values that cannot be read (empty, not a date) get period -1 and are reported.
"""

import datetime as dt
import re
from typing import List, Sequence, Tuple

VALUE, YEAR, QUARTER, MONTH = "value", "year", "quarter", "month"
INTERVALS = (VALUE, YEAR, QUARTER, MONTH)

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def _as_date(value):
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _ISO_DATE.match(str(value)) if value is not None else None
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))
    except ValueError:
        return None


def _number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def _label(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def assign_periods(values: Sequence, interval: str = VALUE) -> Tuple[List[str], List[int]]:
    """``(labels, index)``: the periods in time order and each value's period (-1: none)."""
    if interval not in INTERVALS:
        raise ValueError(interval)
    if interval == VALUE:
        present = [v for v in values if v is not None and str(v).strip() != ""]
        numbers = [_number(v) for v in present]
        if present and all(n is not None for n in numbers):
            keys = sorted(set(numbers))
            labels = [_label(k) for k in keys]
            position = {k: i for i, k in enumerate(keys)}
            index = [position[_number(v)] if v is not None and str(v).strip() != "" else -1 for v in values]
            return labels, index
        labels = sorted({_label(v) for v in present})
        position = {k: i for i, k in enumerate(labels)}
        return labels, [position.get(_label(v), -1) if v is not None else -1 for v in values]
    dates = [_as_date(v) for v in values]
    known = [d for d in dates if d is not None]
    if not known:
        return [], [-1] * len(values)

    def ordinal(d):
        if interval == YEAR:
            return d.year
        if interval == QUARTER:
            return d.year * 4 + (d.month - 1) // 3
        return d.year * 12 + d.month - 1

    first, last = min(map(ordinal, known)), max(map(ordinal, known))
    labels = []
    for o in range(first, last + 1):
        if interval == YEAR:
            labels.append(str(o))
        elif interval == QUARTER:
            labels.append(f"{o // 4}-Q{o % 4 + 1}")
        else:
            labels.append(f"{o // 12}-{o % 12 + 1:02d}")
    return labels, [ordinal(d) - first if d is not None else -1 for d in dates]
