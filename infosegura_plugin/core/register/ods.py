"""OpenDocument (.ods) workbooks: content.xml read as a stream. Rows and cells that
repeat empty (an .ods saved with a million blank rows) are counted, never built."""

import zipfile
from pathlib import Path
from typing import Dict, List, Optional
from xml.etree import ElementTree as ET

from ...i18n import tr
from .problems import RegisterError
from .workbook import DAMAGED, MAX_COLUMNS, MAX_ROWS, Row, Workbook, iso_date, local_name, read_member

_ODS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


class OdsWorkbook(Workbook):
    kind = "ods"

    def __init__(self, path: Path, archive: zipfile.ZipFile):
        super().__init__(path)
        self.archive = archive
        if "META-INF/manifest.xml" in archive.namelist():
            manifest = read_member(archive, "META-INF/manifest.xml", path)
            if b"encryption-data" in manifest:
                raise RegisterError(
                    tr("{}: the workbook is encrypted (protected by a password). Open it, remove the password and save it again.").format(path.name)
                )
        self._tables: Optional[Dict[str, List[Row]]] = None

    def _read_tables(self) -> Dict[str, List[Row]]:
        if self._tables is None:
            try:
                with self.archive.open("content.xml") as stream:
                    self._tables = _ods_tables(stream)
            except DAMAGED as error:
                raise RegisterError(
                    tr("{}: the workbook is damaged and cannot be read ({}).").format(self.path.name, str(error))
                ) from error
        return self._tables

    def sheet_names(self) -> List[str]:
        return list(self._read_tables())

    def rows(self, sheet_name: str) -> List[Row]:
        return self._read_tables()[sheet_name]


_T = "{" + _ODS["table"] + "}"
_O = "{" + _ODS["office"] + "}"
_X = "{" + _ODS["text"] + "}"


def _ods_tables(stream) -> Dict[str, List[Row]]:
    tables: Dict[str, List[Row]] = {}
    current: Optional[List[Row]] = None
    row_number = 0
    for event, element in ET.iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == f"{_T}table":
                current = tables.setdefault(element.get(f"{_T}name", str(len(tables) + 1)), [])
                row_number = 0
            continue
        if tag == f"{_T}table-row" and current is not None:
            repeat = _repeat(element.get(f"{_T}number-rows-repeated"), MAX_ROWS)
            values = _ods_row_values(element)
            if values:
                for _ in range(min(repeat, MAX_ROWS - row_number)):
                    row_number += 1
                    current.append((row_number, list(values)))
            else:
                row_number += repeat
            element.clear()
        elif tag == f"{_T}table":
            current = None
            element.clear()
    return tables


def _repeat(text: Optional[str], limit: int) -> int:
    try:
        return max(1, min(int(text), limit)) if text else 1
    except ValueError:
        return 1


def _ods_row_values(row) -> List[object]:
    values: List[object] = []
    pending_empty = 0
    for cell in row:
        local = local_name(cell.tag)
        if local not in ("table-cell", "covered-table-cell"):
            continue
        repeat = _repeat(cell.get(f"{_T}number-columns-repeated"), MAX_COLUMNS)
        value = _ods_cell_value(cell)
        if value is None or value == "":
            pending_empty += repeat
            continue
        if len(values) + pending_empty >= MAX_COLUMNS:
            break
        values.extend([""] * pending_empty)
        pending_empty = 0
        values.extend([value] * min(repeat, MAX_COLUMNS - len(values)))
    return values


def _ods_cell_value(cell):
    kind = cell.get(f"{_O}value-type")
    if kind in ("float", "percentage", "currency"):
        try:
            return float(cell.get(f"{_O}value", ""))
        except ValueError:
            return _ods_text(cell)
    if kind == "date":
        return iso_date(cell.get(f"{_O}date-value", "")) or _ods_text(cell)
    if kind == "boolean":
        return "TRUE" if cell.get(f"{_O}boolean-value", "false") == "true" else "FALSE"
    return _ods_text(cell)


def _ods_text(cell) -> str:
    paragraphs = []
    for paragraph in cell:
        if paragraph.tag == f"{_X}p":
            paragraphs.append(_ods_inline(paragraph))
    return "\n".join(paragraphs)


def _ods_inline(element) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_X}s":
            parts.append(" " * _repeat(child.get(f"{_X}c"), 1000))
        elif tag == f"{_X}tab":
            parts.append("\t")
        elif tag == f"{_X}line-break":
            parts.append("\n")
        elif tag != f"{_O}annotation":
            parts.append(_ods_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
