"""The value of one .xlsx cell from what its XML holds: one home for both sheet readers
(the plain-row reader in ``xlsx_plain`` and the expat reader in ``xlsx``)."""

from pathlib import Path
from typing import List, Optional

from . import limits as lim
from .workbook import excel_serial_to_date, iso_date


class CellReading:
    """What a cell's value depends on besides its own text: the shared strings, the
    styles that show a date, the workbook's date system and the read limits."""

    __slots__ = ("shared", "date_styles", "date1904", "max_characters", "path", "limits")

    def __init__(self, shared: List[str], date_styles: frozenset, date1904: bool, path: Path, limits: lim.Limits):
        self.shared = shared
        self.date_styles = date_styles
        self.date1904 = date1904
        self.max_characters = limits.cell_characters
        self.path = path
        self.limits = limits

    def value(self, kind: Optional[str], raw: str, inline: Optional[str], style: Optional[str]):
        """The cell's value: ``raw`` is the text of its ``<v>``, ``inline`` that of its inline
        string (``<is>``; read only for ``t="inlineStr"``). None for an empty cell."""
        if kind == "inlineStr":
            if inline and len(inline) > self.max_characters:
                raise lim.cell_too_long(self.path, self.limits)
            return inline or None
        if not raw:
            return None
        if kind is None or kind == "n":
            try:
                value = float(raw)
            except ValueError:
                return raw
            if style in self.date_styles:
                try:
                    return excel_serial_to_date(value, self.date1904)
                except (OverflowError, ValueError):
                    pass
            return value
        if kind == "s":
            try:
                return self.shared[int(raw)]
            except (ValueError, IndexError):
                return ""
        return self._typed(kind, raw)

    def place(self, values: List[object], column: int, value) -> None:
        """Put a cell's value at its column of the row being read (gaps filled with "")."""
        if not 0 <= column < self.limits.columns:
            raise lim.too_many_columns(self.path, self.limits)
        width = len(values)
        if column == width:
            values.append(value)
        elif column > width:
            values.extend([""] * (column - width))
            values.append(value)
        else:
            values[column] = value

    def _typed(self, kind: str, raw: str):
        """A cell of the rarer types: text from a formula (str), an error (e), a boolean
        (b), an ISO date (d)."""
        if len(raw) > self.max_characters:
            raise lim.cell_too_long(self.path, self.limits)
        if kind == "str" or kind == "e":
            return raw
        if kind == "b":
            return "TRUE" if raw.strip() in ("1", "true") else "FALSE"
        if kind == "d":
            return iso_date(raw)
        try:
            return float(raw)
        except ValueError:
            return raw
