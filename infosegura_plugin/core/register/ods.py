"""OpenDocument (.ods) workbooks: content.xml read as a stream. Rows and cells that
repeat empty (an .ods saved with a million blank rows) are counted, never built; rows
and cells that repeat a value are counted against the read limits before they are
built, so a 1 KB file that "repeats" a cell 17 billion times is refused at once."""

import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from xml.etree import ElementTree as ET

from ...i18n import tr
from . import limits as lim
from .problems import RegisterError
from .workbook import DAMAGED, MAX_SPANS, Sheet, Span, Workbook, iso_date, local_name
from .zip_parts import PartReader, damaged

_ODS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
_T = "{" + _ODS["table"] + "}"
_O = "{" + _ODS["office"] + "}"
_X = "{" + _ODS["text"] + "}"
_MANIFEST_BYTES = 16 * 1024 * 1024


class OdsWorkbook(Workbook):
    kind = "ods"

    def __init__(self, path: Path, archive: zipfile.ZipFile, limits: lim.Limits = lim.DEFAULT_LIMITS):
        super().__init__(path, limits)
        self.archive = archive
        if "META-INF/manifest.xml" in archive.namelist():
            with PartReader(archive, "META-INF/manifest.xml", path, limits, _MANIFEST_BYTES) as reader:
                manifest = reader.read_all()
            if b"encryption-data" in manifest:
                raise RegisterError(
                    tr("{}: the workbook is encrypted (protected by a password). Open it, remove the password and save it again.").format(path.name)
                )
        self._tables: Optional[Dict[str, Sheet]] = None

    def _read_tables(self) -> Dict[str, Sheet]:
        if self._tables is None:
            try:
                with PartReader(self.archive, "content.xml", self.path, self.limits) as reader:
                    self._tables = _ods_tables(reader, lim.ReadBudget(self.path, self.limits))
            except RegisterError:
                raise
            except DAMAGED as error:
                raise damaged(self.path, error) from error
        return self._tables

    def sheet_names(self) -> List[str]:
        return list(self._read_tables())

    def sheet(self, sheet_name: str) -> Sheet:
        return self._read_tables()[sheet_name]


def _refuse_doctype(reader: PartReader):
    """content.xml with its DOCTYPE check: OpenDocument never declares one."""

    class _Checked:
        first = True

        def read(self, size=-1):
            data = reader.read(size)
            if self.first:
                self.first = False
                if b"<!DOCTYPE" in data[:4096]:
                    raise ET.ParseError("a DOCTYPE declaration, which OpenDocument never writes")
            return data

    return _Checked()


def _ods_tables(reader: PartReader, budget: lim.ReadBudget) -> Dict[str, Sheet]:
    tables: Dict[str, Sheet] = {}
    current: Optional[Sheet] = None
    row_number = 0
    for event, element in ET.iterparse(_refuse_doctype(reader), events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == f"{_T}table":
                current = tables.setdefault(element.get(f"{_T}name", str(len(tables) + 1)), Sheet(rows=[]))
                row_number = 0
            continue
        if tag == f"{_T}table-row" and current is not None:
            repeat = _repeat(element.get(f"{_T}number-rows-repeated"))
            values, spans = _ods_row_values(element, budget)
            if values:
                if row_number + 1 > budget.limits.rows:
                    raise lim.too_many_rows(budget.path, budget.limits)
                # Counted before they are built: a bomb stops here.
                budget.add_rows(len(values), repeat)
                first_row = row_number + 1
                for _ in range(repeat):
                    row_number += 1
                    current.rows.append((row_number, list(values)))
                for first_column, columns, rows in spans:
                    if len(current.spans) < MAX_SPANS:
                        current.spans.append(Span(first_row, first_column, first_row + rows - 1, first_column + columns - 1))
            else:
                row_number += repeat
            element.clear()
        elif tag == f"{_T}table":
            current = None
            element.clear()
    return tables


def _repeat(text: Optional[str]) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


def _ods_row_values(row, budget: lim.ReadBudget) -> Tuple[List[object], List[Tuple[int, int, int]]]:
    """The row's cells up to its last value, and its merged cells ``(column, width, height)``."""
    values: List[object] = []
    spans: List[Tuple[int, int, int]] = []
    pending_empty = 0
    max_columns = budget.limits.columns
    for cell in row:
        local = local_name(cell.tag)
        if local not in ("table-cell", "covered-table-cell"):
            continue
        repeat = _repeat(cell.get(f"{_T}number-columns-repeated"))
        value = _ods_cell_value(cell, budget)
        if value is None or value == "":
            pending_empty += repeat
            continue
        if len(values) + pending_empty + repeat > max_columns:
            raise lim.too_many_columns(budget.path, budget.limits)
        values.extend([""] * pending_empty)
        pending_empty = 0
        wide = _repeat(cell.get(f"{_T}number-columns-spanned"))
        tall = _repeat(cell.get(f"{_T}number-rows-spanned"))
        if wide > 1 or tall > 1:
            spans.append((len(values), min(wide, max_columns), min(tall, budget.limits.rows)))
        values.extend([value] * repeat)
    return values, spans


def _ods_cell_value(cell, budget: lim.ReadBudget):
    kind = cell.get(f"{_O}value-type")
    if kind in ("float", "percentage", "currency"):
        try:
            return float(cell.get(f"{_O}value", ""))
        except ValueError:
            return _ods_text(cell, budget)
    if kind == "date":
        return iso_date(cell.get(f"{_O}date-value", "")) or _ods_text(cell, budget)
    if kind == "boolean":
        return "TRUE" if cell.get(f"{_O}boolean-value", "false") == "true" else "FALSE"
    return _ods_text(cell, budget)


def _ods_text(cell, budget: lim.ReadBudget) -> str:
    paragraphs = []
    for paragraph in cell:
        if paragraph.tag == f"{_X}p":
            paragraphs.append(_ods_inline(paragraph, budget))
    text = "\n".join(paragraphs)
    if len(text) > budget.limits.cell_characters:
        raise lim.cell_too_long(budget.path, budget.limits)
    return text


def _ods_inline(element, budget: lim.ReadBudget) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_X}s":
            # <text:s text:c="n"/> is n spaces: bounded like any cell.
            count = _repeat(child.get(f"{_X}c"))
            if count > budget.limits.cell_characters:
                raise lim.cell_too_long(budget.path, budget.limits)
            parts.append(" " * count)
        elif tag == f"{_X}tab":
            parts.append("\t")
        elif tag == f"{_X}line-break":
            parts.append("\n")
        elif tag != f"{_O}annotation":
            parts.append(_ods_inline(child, budget))
        parts.append(child.tail or "")
    return "".join(parts)
