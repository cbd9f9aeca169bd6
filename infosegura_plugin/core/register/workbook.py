"""XLSX and ODS workbooks read with the standard library (zipfile + ElementTree).

Every QGIS install can read them this way, and we see what OGR would hide: the title
block above the header, whether a cell is a number, a date or text, and formulas as
their cached values (never evaluated). This module opens either kind and reads XLSX;
``ods.py`` reads OpenDocument.

A cell comes out as ``str``, ``float``, ``datetime.date`` or ``datetime.datetime``.
Rows come out as ``(row_number, cells)``, row_number 1-based as the spreadsheet shows
it; rows without a value are left out.
"""

import datetime
import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Dict, Iterator, List, Optional, Tuple
from xml.etree import ElementTree as ET

from ...i18n import tr
from .problems import RegisterError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
# Built-in Excel number formats that show a date or time.
_DATE_FORMAT_IDS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))
_QUOTED_OR_BRACKETED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')

Row = Tuple[int, List[object]]
# What a damaged or hostile archive raises while it is read.
DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError, KeyError, ET.ParseError)


class Workbook:
    """A workbook's sheet names and a way to read one sheet's rows."""

    kind = ""

    def __init__(self, path: Path):
        self.path = path

    def sheet_names(self) -> List[str]:
        raise NotImplementedError

    def visible_sheet_names(self) -> List[str]:
        return self.sheet_names()

    def rows(self, sheet_name: str) -> List[Row]:
        raise NotImplementedError


def open_workbook(path: Path, data_head: bytes) -> Workbook:
    """An XLSX or ODS workbook, recognised by content (not by the name's extension)."""
    if data_head.startswith(OLE2_MAGIC):
        raise _ole2_error(path)
    if not data_head.startswith(ZIP_MAGIC):
        raise RegisterError(
            tr("{}: this is not a spreadsheet (neither an Excel .xlsx nor an OpenDocument .ods workbook).").format(path.name)
        )
    try:
        archive = zipfile.ZipFile(str(path))
        names = set(archive.namelist())
    except DAMAGED as error:
        raise RegisterError(tr("{}: the workbook is damaged and cannot be read ({}).").format(path.name, str(error))) from error
    if "xl/workbook.xml" in names or any(n.lower() == "xl/workbook.xml" for n in names):
        return XlsxWorkbook(path, archive)
    if "content.xml" in names:
        mimetype = read_member(archive, "mimetype", path).decode("ascii", "replace") if "mimetype" in names else ""
        if mimetype and "spreadsheet" not in mimetype:
            raise RegisterError(
                tr("{}: this is an OpenDocument file but not a spreadsheet ({}).").format(path.name, mimetype)
            )
        from .ods import OdsWorkbook  # here: ods.py builds on this module

        return OdsWorkbook(path, archive)
    if "word/document.xml" in names:
        raise RegisterError(tr("{}: this is a Word document, not a spreadsheet.").format(path.name))
    raise RegisterError(tr("{}: this is a zip archive, not a spreadsheet.").format(path.name))


def _ole2_error(path: Path) -> RegisterError:
    with open(path, "rb") as handle:
        head = handle.read(1 << 20)
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        return RegisterError(
            tr("{}: the workbook is encrypted (protected by a password). Open it in Excel, remove the password and save it again.").format(path.name)
        )
    return RegisterError(
        tr("{}: this is an old Excel 97-2003 (.xls) workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv.").format(path.name)
    )


def read_member(archive: zipfile.ZipFile, member: str, path: Path) -> bytes:
    try:
        return archive.read(member)
    except DAMAGED as error:
        raise RegisterError(tr("{}: the workbook is damaged and cannot be read ({}).").format(path.name, str(error))) from error


def _parse(archive: zipfile.ZipFile, member: str, path: Path) -> ET.Element:
    try:
        return ET.fromstring(read_member(archive, member, path))
    except ET.ParseError as error:
        raise RegisterError(tr("{}: the workbook is damaged and cannot be read ({}).").format(path.name, str(error))) from error


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


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


class XlsxWorkbook(Workbook):
    kind = "xlsx"

    def __init__(self, path: Path, archive: zipfile.ZipFile):
        super().__init__(path)
        self.archive = archive
        self._members = {name.lower(): name for name in archive.namelist()}
        root = _parse(archive, self._member("xl/workbook.xml"), path)
        self.ns = _namespace(root.tag)
        properties = root.find(f"{self.ns}workbookPr")
        self.date1904 = properties is not None and properties.get("date1904", "0").lower() in ("1", "true")
        targets = self._relationship_targets()
        self._sheets: List[Tuple[str, str, bool]] = []
        for sheet in root.iter(f"{self.ns}sheet"):
            rel_id = sheet.get(f"{{{_REL_NS}}}id") or sheet.get(f"{{{_STRICT_REL_NS}}}id")
            target = targets.get(rel_id or "")
            if target:
                visible = sheet.get("state", "visible") == "visible"
                self._sheets.append((sheet.get("name", ""), target, visible))
        self._shared: Optional[List[str]] = None
        self._date_styles: Optional[List[bool]] = None

    def _member(self, name: str) -> str:
        return self._members.get(name.lower(), name)

    def _relationship_targets(self) -> Dict[str, str]:
        rels_name = self._member("xl/_rels/workbook.xml.rels")
        if rels_name not in self.archive.namelist():
            return {}
        targets = {}
        for rel in _parse(self.archive, rels_name, self.path):
            target = rel.get("Target", "")
            if target.startswith("/"):
                member = target.lstrip("/")
            else:
                member = str(PurePosixPath("xl") / target)
            parts = []
            for part in member.split("/"):
                if part == "..":
                    if parts:
                        parts.pop()
                elif part not in ("", "."):
                    parts.append(part)
            targets[rel.get("Id", "")] = self._member("/".join(parts))
        return targets

    def sheet_names(self) -> List[str]:
        return [name for name, _target, _visible in self._sheets]

    def visible_sheet_names(self) -> List[str]:
        return [name for name, _target, visible in self._sheets if visible]

    def _shared_strings(self) -> List[str]:
        if self._shared is None:
            self._shared = []
            member = self._member("xl/sharedStrings.xml")
            if member in self.archive.namelist():
                root = _parse(self.archive, member, self.path)
                ns = _namespace(root.tag)
                for item in root.iter(f"{ns}si"):
                    self._shared.append(_rich_text(item, ns))
        return self._shared

    def _date_style_flags(self) -> List[bool]:
        if self._date_styles is None:
            self._date_styles = []
            member = self._member("xl/styles.xml")
            if member in self.archive.namelist():
                root = _parse(self.archive, member, self.path)
                ns = _namespace(root.tag)
                custom = {}
                formats = root.find(f"{ns}numFmts")
                for fmt in formats if formats is not None else []:
                    try:
                        custom[int(fmt.get("numFmtId", "-1"))] = is_date_format(fmt.get("formatCode", ""))
                    except ValueError:
                        pass
                xfs = root.find(f"{ns}cellXfs")
                for xf in xfs if xfs is not None else []:
                    try:
                        fmt_id = int(xf.get("numFmtId", "0"))
                    except ValueError:
                        fmt_id = 0
                    self._date_styles.append(custom.get(fmt_id, fmt_id in _DATE_FORMAT_IDS))
        return self._date_styles

    def rows(self, sheet_name: str) -> List[Row]:
        target = next(t for name, t, _v in self._sheets if name == sheet_name)
        try:
            with self.archive.open(target) as stream:
                return list(self._iter_rows(stream))
        except KeyError as error:
            raise RegisterError(
                tr("{}: the workbook is damaged: sheet '{}' is listed but missing.").format(self.path.name, sheet_name)
            ) from error
        except DAMAGED as error:
            raise RegisterError(tr("{}: the workbook is damaged and cannot be read ({}).").format(self.path.name, str(error))) from error

    def _iter_rows(self, stream) -> Iterator[Row]:
        shared = self._shared_strings()
        date_styles = self._date_style_flags()
        ns = None
        next_row = 1
        for _event, element in ET.iterparse(stream, events=("end",)):
            tag = element.tag
            if ns is None:
                ns = _namespace(tag)
                row_tag, cell_tag = f"{ns}row", f"{ns}c"
                value_tag, formula_tag, inline_tag = f"{ns}v", f"{ns}f", f"{ns}is"
            if tag != row_tag:
                continue
            number = element.get("r")
            row_number = int(number) if number and number.isdigit() else next_row
            next_row = row_number + 1
            cells: Dict[int, object] = {}
            next_column = 0
            for cell in element.iter(cell_tag):
                reference = cell.get("r")
                column = column_index(reference) if reference else next_column
                next_column = column + 1
                value = self._cell_value(cell, shared, date_styles, value_tag, formula_tag, inline_tag, ns)
                if value is not None and value != "" and 0 <= column < MAX_COLUMNS:
                    cells[column] = value
            element.clear()
            if cells:
                values: List[object] = [""] * (max(cells) + 1)
                for column, value in cells.items():
                    values[column] = value
                yield row_number, values

    def _cell_value(self, cell, shared, date_styles, value_tag, formula_tag, inline_tag, ns):
        kind = cell.get("t", "n")
        raw = cell.findtext(value_tag)
        if kind == "inlineStr":
            inline = cell.find(inline_tag)
            return _rich_text(inline, ns) if inline is not None else ""
        if not raw:
            formula = cell.findtext(formula_tag)
            # A formula with no cached result stays as the text typed, never evaluated.
            if formula:
                return "=" + formula
            if raw is None:
                return None
        if kind == "s":
            try:
                return shared[int(raw)]
            except (ValueError, IndexError):
                return ""
        if kind in ("str", "e"):
            return raw
        if kind == "b":
            return "TRUE" if raw.strip() in ("1", "true") else "FALSE"
        if kind == "d":
            return iso_date(raw)
        try:
            number = float(raw)
        except ValueError:
            return raw
        style = cell.get("s")
        if style and style.isdigit() and int(style) < len(date_styles) and date_styles[int(style)]:
            try:
                return excel_serial_to_date(number, self.date1904)
            except (OverflowError, ValueError):
                return number
        return number


def _rich_text(item, ns: str) -> str:
    """A shared or inline string: plain ``<t>`` or rich-text runs, without phonetic hints."""
    parts = []
    for child in item:
        tag = child.tag
        if tag == f"{ns}t":
            parts.append(child.text or "")
        elif tag == f"{ns}r":
            parts.append("".join(t.text or "" for t in child.iter(f"{ns}t")))
    return "".join(parts)


def iso_date(text: str):
    """A stored ISO date(-time) as a date (or a datetime when it has a time of day)."""
    try:
        moment = datetime.datetime.fromisoformat(text.strip().rstrip("Z"))
    except ValueError:
        return text
    return moment.date() if moment.time() == datetime.time(0) else moment
