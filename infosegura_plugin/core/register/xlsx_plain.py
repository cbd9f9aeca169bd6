"""The rows of a plain .xlsx worksheet read by regular expressions, about twice as fast
as expat's per-element Python callbacks on a 100,000-row register.

"Plain" is what spreadsheet programs write for a register: every cell is
``<c r="B7" s="3" t="s"><v>12</v></c>`` (attributes in that order, each optional but
``r``; a formula ``<f>...</f>`` before the value), an inline string
``<c r="B7" t="inlineStr"><is><t>text</t></is></c>`` or an empty ``<c r="B7"/>``, inside
``<row r="7" ...>`` elements. Every markup character of the sheet
data must belong to one of those tokens (the count of ``<`` and ``&`` is checked piece by
piece), the text is UTF-8 with nothing XML would refuse or rewrite (control characters,
carriage returns, ``]]>``, unknown entities). Anything else (rich text,
comments, prefixed elements, another encoding) makes ``read_plain_sheet`` return None,
and the sheet is read by expat (``xlsx._read_sheet``), which gives the same rows for
plain sheets; tests compare the two.

The part is read as a stream, cut after the last complete row of each piece; what is
around the sheet data (merged cells, page setup) is read by expat as before.
"""

import re
from typing import Callable, List, Optional, Tuple

from . import limits as lim
from .workbook import Sheet, column_index
from .xlsx_cells import CellReading

_PIECE = 4 << 20
_HEAD_BYTES = 4 << 20
_SHEET_DATA, _SHEET_DATA_END, _ROW_END = b"<sheetData>", b"</sheetData>", b"</row>"
# One token per match: a row start (1), a row end (2), or a cell: column letters (3), style
# (4), type (5), self-closed (6), formula element (7) and its text (8), value element (9)
# and its text (10), inline string (11) and its text (12).
_TOKENS = re.compile(
    r'<row r="(\d{1,7})"(?:\s+[\w:.-]+="[^"<&]*")*\s*/?>'
    r"|(</row>)"
    r'|<c r="([A-Z]{1,3})\d{1,7}"(?: s="(\d{1,6})")?(?: t="([A-Za-z]{1,9})")?'
    r'(?:(/>)|>(<f(?:\s+[\w:.-]+="[^"<&]*")*\s*(?:/>|>([^<]*)</f>))?'
    r'(<v>([^<]*)</v>)?(<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)?</c>)'
)
# What XML refuses or rewrites in text: control characters and carriage returns (as bytes,
# deleted in one pass to see whether there were any), U+FFFE and U+FFFF (as UTF-8), "]]>".
_REFUSED_BYTES = bytes(range(0x09)) + b"\x0b\x0c\x0d" + bytes(range(0x0e, 0x20))
_REFUSED_SEQUENCES = (b"\xef\xbf\xbe", b"\xef\xbf\xbf", b"]]>")
_ENTITY = re.compile(r"&(?:(amp)|(lt)|(gt)|(quot)|(apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")


class _NotPlainError(Exception):
    """The sheet holds something the plain reader leaves to expat."""


def read_plain_sheet(read: Callable[[int], bytes], cells: CellReading, budget: lim.ReadBudget,
                     read_rest: Callable[[bytes], Sheet]) -> Optional[Sheet]:
    """The sheet's rows, or None when it is not plain (nothing raised for that: the
    caller reads it again with expat). ``read`` gives the part's decompressed bytes;
    ``read_rest`` reads the part without its rows (for the merged cells), and raises
    when that markup is damaged. Read limits raise as the expat reader's do."""
    try:
        head, rest = _head(read)
        rows: List[Tuple[int, List[object]]] = []
        state = _RowState(cells, budget, rows)
        buffer = rest
        while True:
            end = buffer.find(_SHEET_DATA_END)
            if end >= 0:
                state.take(buffer[:end])
                tail = buffer[end:] + _read_all(read)
                break
            chunk = read(_PIECE)
            if not chunk:
                raise _NotPlainError()  # the sheet data never ends: expat says how it is damaged
            cut = buffer.rfind(_ROW_END)
            if cut >= 0:
                state.take(buffer[:cut + len(_ROW_END)])
                buffer = buffer[cut + len(_ROW_END):]
            buffer += chunk
    except (_NotPlainError, UnicodeDecodeError):
        return None
    around = read_rest(head + tail)
    if around.rows:
        return None  # rows outside the sheet data: not a layout expat and this reader agree on
    return Sheet(rows=rows, spans=around.spans)


def _read_all(read: Callable[[int], bytes]) -> bytes:
    parts = []
    while True:
        chunk = read(_PIECE)
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)


def _head(read: Callable[[int], bytes]) -> Tuple[bytes, bytes]:
    """(the markup up to and including ``<sheetData>``, the bytes read after it)."""
    buffer = b""
    while True:
        start = buffer.find(_SHEET_DATA)
        if start >= 0:
            break
        chunk = read(_PIECE)
        if not chunk or len(buffer) > _HEAD_BYTES:
            raise _NotPlainError()
        buffer += chunk
    declared = _ENCODING.match(buffer)
    if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        raise _NotPlainError()
    if not buffer.startswith((b"<", b"\xef\xbb\xbf")):
        raise _NotPlainError()
    end = start + len(_SHEET_DATA)
    return buffer[:end], buffer[end:]


def _unescape(text: str) -> str:
    """The text with XML's entities and character references replaced; _NotPlainError for any
    other use of '&' (expat would refuse it)."""
    found = 0

    def replace(match):
        nonlocal found
        found += 1
        name = match.lastindex
        if name <= 5:
            return _NAMED[match.group(name)]
        code = int(match.group(name), 10 if name == 6 else 16)
        if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
            return chr(code)
        raise _NotPlainError()

    result = _ENTITY.sub(replace, text)
    if found != text.count("&"):
        raise _NotPlainError()
    return result


class _RowState:
    """Rows built from the tokens of the pieces taken so far."""

    def __init__(self, cells: CellReading, budget: lim.ReadBudget, rows: List[Tuple[int, List[object]]]):
        self.cells = cells
        self.budget = budget
        self.rows = rows
        self.columns = {}
        self.row_number = 0
        self.values: List[object] = []

    def take(self, piece: bytes) -> None:
        if len(piece.translate(None, _REFUSED_BYTES)) != len(piece) or any(
                sequence in piece for sequence in _REFUSED_SEQUENCES):
            raise _NotPlainError()
        text = piece.decode("utf-8")
        tokens = _TOKENS.findall(text)
        markup, ampersands = 0, 0
        cells, budget, rows, columns = self.cells, self.budget, self.rows, self.columns
        value_of, place, max_rows, max_columns = cells.value, cells.place, cells.limits.rows, cells.limits.columns
        row_number, values = self.row_number, self.values
        has_entities = "&" in text
        for (start, end, letters, style, kind, closed, formula_element, formula, value_element, raw, inline_element,
             inline) in tokens:
            if start:
                markup += 1
                row_number = int(start)
                values = []
            elif end:
                markup += 1
                if values:
                    if row_number > max_rows:
                        raise lim.too_many_rows(cells.path, cells.limits)
                    budget.add_rows(len(values))
                    rows.append((row_number, values))
                    values = []
            else:
                if closed:
                    markup += 1
                    continue
                markup += 2
                if formula_element:
                    markup += 1 if formula_element.endswith("/>") else 2
                if value_element:
                    markup += 2
                if inline_element:
                    markup += 4
                if has_entities:
                    ampersands += raw.count("&") + inline.count("&") + formula.count("&")
                    raw, inline, formula = _unescape(raw), _unescape(inline), _unescape(formula)
                if raw or kind == "inlineStr":
                    value = value_of(kind or None, raw, inline if inline_element else None, style or None)
                else:
                    # A formula with no cached result stays as the text typed, never evaluated.
                    value = "=" + formula if formula else None
                if value is None or value == "":
                    continue
                column = columns.get(letters)
                if column is None:
                    column = columns[letters] = column_index(letters)
                if column == len(values) and column < max_columns:
                    values.append(value)  # the common case, inlined: the next column
                else:
                    place(values, column, value)
        if markup != text.count("<") or ampersands != text.count("&"):
            raise _NotPlainError()
        self.row_number, self.values = row_number, values
