"""Excel .xlsx workbooks read with the standard library (zipfile + expat).

Every QGIS install can read them this way, and we see what OGR would hide: the title
block above the header, whether a cell is a number, a date or text, merged heading
cells, and formulas as their cached values (never evaluated).

A sheet is parsed as a stream by expat with small handlers (no element tree: building
one costs more than the parse), and every row is counted against the read limits
before it is kept; the parts are decompressed through ``PartReader``, which refuses a
zip bomb.
"""

import io
import zipfile
from pathlib import Path, PurePosixPath
from typing import Dict, List, Optional, Tuple
from xml.etree import ElementTree as ET
from xml.parsers import expat

from ...i18n import tr
from . import limits as lim
from .problems import RegisterError
from .workbook import (
    DAMAGED,
    MAX_SPANS,
    Sheet,
    Span,
    Workbook,
    column_index,
    is_date_format,
    parse_span,
)
from .xlsx_cells import CellReading
from .xlsx_plain import read_plain_sheet
from .zip_parts import PartReader, damaged

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
# Built-in Excel number formats that show a date or time.
_DATE_FORMAT_IDS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))
_SMALL_PART_BYTES = 64 * 1024 * 1024
_FEED = 1 << 20

# Element codes for the sheet parser (names may carry a namespace prefix: "x:row").
_OTHER, _ROW, _CELL, _VALUE, _FORMULA, _INLINE, _TEXT, _PHONETIC, _MERGE = range(9)
_CODES = {"row": _ROW, "c": _CELL, "v": _VALUE, "f": _FORMULA, "is": _INLINE, "t": _TEXT, "rPh": _PHONETIC,
          "mergeCell": _MERGE}


def _namespace(tag: str) -> str:
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


def _no_doctype(*_args):
    raise expat.ExpatError("a DOCTYPE declaration, which spreadsheets never write")


def _parser() -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    # Workbooks never declare a DTD: refusing one rules out entity expansion bombs.
    parser.StartDoctypeDeclHandler = _no_doctype
    return parser


def _feed(parser, reader: PartReader) -> None:
    while True:
        chunk = reader.read(_FEED)
        if not chunk:
            parser.Parse(b"", True)
            return
        parser.Parse(chunk, False)


class XlsxWorkbook(Workbook):
    kind = "xlsx"

    def __init__(self, path: Path, archive: zipfile.ZipFile, limits: lim.Limits = lim.DEFAULT_LIMITS):
        super().__init__(path, limits)
        self.archive = archive
        self._members = {name.lower(): name for name in archive.namelist()}
        root = self._parse_small(self._member("xl/workbook.xml"))
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
        self._date_styles: Optional[frozenset] = None

    def _member(self, name: str) -> str:
        return self._members.get(name.lower(), name)

    def _has(self, member: str) -> bool:
        return member.lower() in self._members

    def _parse_small(self, member: str) -> ET.Element:
        with PartReader(self.archive, member, self.path, self.limits, _SMALL_PART_BYTES) as reader:
            data = reader.read_all()
        if b"<!DOCTYPE" in data[:4096]:
            raise damaged(self.path, tr("part '{}' declares a DOCTYPE").format(member))
        try:
            return ET.fromstring(data)
        except ET.ParseError as error:
            raise damaged(self.path, error) from error

    def _relationship_targets(self) -> Dict[str, str]:
        rels_name = self._member("xl/_rels/workbook.xml.rels")
        if not self._has(rels_name):
            return {}
        targets = {}
        for rel in self._parse_small(rels_name):
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
        """All shared strings, read once as a stream (each checked against the cell limit)."""
        if self._shared is None:
            member = self._member("xl/sharedStrings.xml")
            self._shared = _read_shared_strings(self, member) if self._has(member) else []
        return self._shared

    def _date_style_ids(self) -> frozenset:
        """The cell style numbers (as written in ``s="..."``) that show a date."""
        if self._date_styles is None:
            flags = []
            member = self._member("xl/styles.xml")
            if self._has(member):
                root = self._parse_small(member)
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
                    flags.append(custom.get(fmt_id, fmt_id in _DATE_FORMAT_IDS))
            self._date_styles = frozenset(str(index) for index, is_date in enumerate(flags) if is_date)
        return self._date_styles

    def sheet(self, sheet_name: str) -> Sheet:
        target = next(t for name, t, _v in self._sheets if name == sheet_name)
        if not self._has(target):
            raise RegisterError(
                tr("{}: the workbook is damaged: sheet '{}' is listed but missing.").format(self.path.name, sheet_name)
            )
        cells = CellReading(self._shared_strings(), self._date_style_ids(), self.date1904, self.path, self.limits)
        try:
            with PartReader(self.archive, target, self.path, self.limits) as reader:
                sheet = read_plain_sheet(
                    reader.read, cells, lim.ReadBudget(self.path, self.limits),
                    lambda markup: _read_sheet(io.BytesIO(markup), cells, lim.ReadBudget(self.path, self.limits)))
            if sheet is not None:
                return sheet
            with PartReader(self.archive, target, self.path, self.limits) as reader:
                return _read_sheet(reader, cells, lim.ReadBudget(self.path, self.limits))
        except RegisterError:
            raise
        except DAMAGED as error:
            raise damaged(self.path, error) from error


def _local_code(name: str) -> int:
    return _CODES.get(name.rpartition(":")[2], _OTHER)


def _read_shared_strings(workbook: XlsxWorkbook, member: str) -> List[str]:
    path, limits = workbook.path, workbook.limits
    strings: List[str] = []
    parts: List[str] = []
    state = {"depth_phonetic": 0, "in_text": False, "length": 0}
    codes: Dict[str, int] = {}

    def start(name, _attrs):
        code = codes.get(name)
        if code is None:
            code = codes[name] = _local_code(name) if name.rpartition(":")[2] != "si" else -1
        if code == _TEXT:
            state["in_text"] = state["depth_phonetic"] == 0
        elif code == _PHONETIC:
            state["depth_phonetic"] += 1
        elif code == -1:
            parts.clear()
            state["length"] = 0

    def end(name):
        code = codes.get(name)
        if code == _TEXT:
            state["in_text"] = False
        elif code == _PHONETIC:
            state["depth_phonetic"] -= 1
        elif code == -1:
            strings.append(parts[0] if len(parts) == 1 else "".join(parts))

    def text(data):
        if state["in_text"]:
            state["length"] += len(data)
            if state["length"] > limits.cell_characters:
                raise lim.cell_too_long(path, limits)
            parts.append(data)

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        with PartReader(workbook.archive, member, path, limits, limits.shared_strings_bytes) as reader:
            reader.on_too_large = lambda: lim.shared_strings_too_large(path, limits)
            _feed(parser, reader)
    except RegisterError:
        raise
    except DAMAGED as error:
        raise damaged(path, error) from error
    return strings


def _read_sheet(reader, cells: CellReading, budget: lim.ReadBudget) -> Sheet:
    """The rows of one worksheet part (``reader.read(size)`` gives its bytes), for any
    sheet (``xlsx_plain`` reads the plain ones faster).

    Hot loop: every cell of the sheet passes through ``start``/``end`` below, so they do
    as little as they can: character data goes straight to a list's ``append`` while a
    value is open (no Python call), and expat's namespace mode (a tenth slower) is not
    used: the worksheet's prefix is taken from its root element, so a prefixed file
    (``x:row``) reads like any other and elements of other namespaces are ignored."""
    path, limits = budget.path, budget.limits
    max_rows = limits.rows
    rows: List[Tuple[int, List[object]]] = []
    spans: List[Span] = []
    columns: Dict[str, int] = {}
    values: List[object] = []
    value_parts: List[str] = []
    formula_parts: List[str] = []
    inline_parts: List[str] = []
    keep_value, keep_formula, keep_inline = value_parts.append, formula_parts.append, inline_parts.append
    names: Dict[str, str] = {}  # tag -> local name, for the worksheet's namespace only
    # Parser state (the closures assign through nonlocal).
    row_number = 0
    next_column = 0
    cell_ref = cell_type = cell_style = None
    phonetic = 0

    def first_start(name, attrs):
        # The root element's prefix ("" or "x:") is the worksheet namespace's: elements
        # with another prefix (extensions) are not the sheet's cells.
        prefix = name[: name.index(":") + 1] if ":" in name else ""
        for local in ("row", "c", "v", "f", "t", "rPh", "mergeCell"):
            names[prefix + local] = local
        parser.StartElementHandler = start

    def start(name, attrs):
        nonlocal row_number, next_column, cell_ref, cell_type, cell_style, phonetic
        local = names.get(name)
        if local is None:
            return
        if local == "c":
            cell_ref = attrs.get("r")
            cell_type = attrs.get("t")
            cell_style = attrs.get("s")
        elif local == "v":
            parser.CharacterDataHandler = keep_value
        elif local == "t":
            # In a worksheet, <t> is only ever inside an inline string (<is>).
            if not phonetic:
                parser.CharacterDataHandler = keep_inline
        elif local == "row":
            number = attrs.get("r")
            row_number = int(number) if number and number.isdigit() else row_number + 1
            next_column = 0
            values.clear()
        elif local == "f":
            parser.CharacterDataHandler = keep_formula
        elif local == "rPh":
            phonetic += 1
        elif local == "mergeCell" and len(spans) < MAX_SPANS:
            span = parse_span(attrs.get("ref", ""))
            if span is not None:
                spans.append(span)

    def end(name):
        nonlocal next_column, phonetic
        local = names.get(name)
        if local is None:
            return
        if local == "c":
            if cell_ref:
                letters = cell_ref.rstrip("0123456789")
                column = columns.get(letters)
                if column is None:
                    column = columns[letters] = column_index(letters)
            else:
                column = next_column
            next_column = column + 1
            raw = (value_parts[0] if len(value_parts) == 1 else "".join(value_parts)) if value_parts else ""
            if raw or cell_type == "inlineStr":
                inline = (inline_parts[0] if len(inline_parts) == 1 else "".join(inline_parts)) if inline_parts else None
                value = cells.value(cell_type, raw, inline, cell_style)
            else:
                # A formula with no cached result stays as the text typed, never evaluated.
                value = "=" + "".join(formula_parts) if formula_parts else None
            if value_parts:
                value_parts.clear()
            if formula_parts:
                formula_parts.clear()
            if inline_parts:
                inline_parts.clear()
            if value is None or value == "":
                return
            cells.place(values, column, value)
        elif local == "v" or local == "t" or local == "f":
            parser.CharacterDataHandler = None
        elif local == "row":
            if values:
                if row_number > max_rows:
                    raise lim.too_many_rows(path, limits)
                budget.add_rows(len(values))
                rows.append((row_number, values.copy()))
        elif local == "rPh":
            phonetic -= 1

    parser = _parser()
    parser.StartElementHandler = first_start
    parser.EndElementHandler = end
    _feed(parser, reader)
    return Sheet(rows=rows, spans=spans)
