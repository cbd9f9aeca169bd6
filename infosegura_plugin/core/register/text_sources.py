"""Delimited text registers (CSV, TSV, TXT) as boards save them: the encoding and the
delimiter are guessed from the bytes, since nobody says which they used."""

import codecs
import csv
import io
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from ...i18n import tr
from .limits import ReadBudget
from .problems import RegisterError

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
                  "utf-16-be": "UTF-16 BE", "windows-1252": "Windows-1252"}
_SAMPLE_LINES = 60
_SAMPLE_CHARACTERS = 1 << 18

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class StrayQuote:
    """A quote (") that opens a cell and never closes: without care it swallows every
    line after it into that one cell."""

    line: int  # the line (1-based, as a text editor shows) where the quote opens
    record: int  # the row it belongs to (1-based, counted as the rows are read)
    swallowed: int  # how many lines after it the quote would have swallowed


@dataclass
class TextRows:
    rows: List[List[str]]
    encoding: str
    delimiter: str
    stray_quotes: List[StrayQuote] = field(default_factory=list)


def _cp1252_or_latin1(error):
    # Five bytes are undefined in Windows-1252; Latin-1 gives them a character so no
    # byte is ever lost or fatal.
    bad = error.object[error.start:error.end]
    return bad.decode("latin-1"), error.end


codecs.register_error("infosegura_latin1", _cp1252_or_latin1)


def _looks_like_utf16(data: bytes) -> str:
    """'utf-16-le' / 'utf-16-be' when a BOM-less file has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return ""
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return ""


def decode_text(data: bytes, path: Path) -> Tuple[str, str]:
    """``(text, encoding name)``: UTF-8 (with or without BOM), UTF-16 or Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encodings = ["utf-16"]
    else:
        utf16 = _looks_like_utf16(data)
        encodings = [utf16] if utf16 else ["utf-8"]
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    if encodings[0].startswith("utf-16"):
        raise RegisterError(
            tr("{}: the file looks like UTF-16 text but cannot be decoded; save it again as CSV (UTF-8).").format(path.name)
        )
    if b"\x00" in data[:4000]:
        raise RegisterError(
            tr("{}: this is not a text register or a spreadsheet (the file holds binary data).").format(path.name)
        )
    return data.decode("cp1252", errors="infosegura_latin1"), "windows-1252"


def _field_counts(lines: List[str], delimiter: str) -> List[int]:
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    try:
        return [len(row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        return []


def sniff_delimiter(text: str, suffix: str = "") -> str:
    """The delimiter that splits the most lines into the same number (>1) of fields.

    Counting whole lines (header included) beats counting characters: a title line has no
    delimiter, and decimal commas in a semicolon file do not split the header.
    """
    lines = [line for line in text[:_SAMPLE_CHARACTERS].splitlines() if line.strip()][:_SAMPLE_LINES]
    best, best_score = ("\t" if suffix == ".tsv" else ","), (0, 0)
    for delimiter in DELIMITERS:
        counts = [n for n in _field_counts(lines, delimiter) if n > 1]
        if not counts:
            continue
        mode = max(set(counts), key=lambda n: (counts.count(n), n))
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_text_rows(path: Path, data: bytes, budget: Optional[ReadBudget] = None) -> TextRows:
    """All rows of a delimited text file, cells as the text typed (never evaluated).

    Trailing empty cells are dropped (a row is as long as its last value). A quote that
    never closes is read as an ordinary character, so the rows after it are kept; each
    is reported in ``stray_quotes``.
    """
    text, encoding = decode_text(data, path)
    text = text.replace("\x00", "")
    delimiter = sniff_delimiter(text, path.suffix.lower())
    try:
        rows, strays = _parse(text, delimiter, budget or ReadBudget(path))
    except csv.Error as error:
        raise RegisterError(tr("{}: cannot be read as delimited text ({}).").format(path.name, str(error))) from error
    return TextRows(rows=rows, encoding=encoding, delimiter=delimiter, stray_quotes=strays)


def _parse(text: str, delimiter: str, budget: ReadBudget) -> Tuple[List[List[str]], List[StrayQuote]]:
    rows: List[List[str]] = []
    strays: List[StrayQuote] = []
    widths: Counter = Counter()  # fields per single-line record, trailing empties included
    lines: Optional[List[str]] = None  # the physical lines, split only when needed
    offset = 0  # lines before ``source`` in the text
    source = text
    while True:
        reader = csv.reader(io.StringIO(source, newline=""), delimiter=delimiter)
        several = []  # (row index, first line, last line, fields) of records over several lines
        previous = 0
        for row in reader:
            now = reader.line_num
            if now - previous > 1:
                several.append((len(rows), offset + previous, offset + now - 1, len(row)))
            else:
                widths[len(row)] += 1
            if row and not row[-1]:
                while row and not row[-1]:
                    row.pop()
            rows.append(row)
            last_start = offset + previous
            previous = now
        budget.check_row_count(len(rows))
        if not rows or (not several and not _may_be_open(rows[-1], delimiter)):
            return rows, strays
        if lines is None:
            lines = io.StringIO(text, newline="").readlines()
        stray = _first_stray(rows, several, last_start, lines, delimiter, widths)
        if stray is None:
            return rows, strays
        index, first, last = stray
        del rows[index:]
        rows.append(_with_literal_quote(lines[first], delimiter))
        strays.append(StrayQuote(line=first + 1, record=index + 1, swallowed=last - first))
        offset = first + 1
        source = "".join(lines[offset:])
        if not source:
            return rows, strays


def _may_be_open(row: List[str], delimiter: str) -> bool:
    """A last row that could hide a quote left open at the end of the file."""
    return any(delimiter in cell or "\n" in cell or "\r" in cell for cell in row)


def _first_stray(rows, several, last_start, lines, delimiter, widths):
    """``(row index, first line, last line)`` of the first record a stray quote made."""
    common = [width for width, _count in widths.most_common(1) if width > 1]
    width = common[0] if common else 0
    last_index = len(rows) - 1
    candidates = [item for item in several if item[0] != last_index]
    candidates.append((last_index, last_start, len(lines) - 1, None))
    for index, first, last, fields in candidates:
        if index == last_index:
            if _open_quote("".join(lines[first:]), delimiter) is not None:
                return index, first, len(lines) - 1
            continue
        if width < 2:
            continue
        # A record over several lines is a stray quote's doing when the lines it took in
        # read as rows of their own (a quoted address over two lines does not).
        inner = (_field_count(line, delimiter) == width for line in lines[first + 1:last])
        if any(inner) or (fields != width and _field_count(lines[last], delimiter) == width):
            return index, first, last
    return None


def _field_count(line: str, delimiter: str) -> int:
    return len(next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), []))


def _open_quote(text: str, delimiter: str) -> Optional[int]:
    """Where the quoted cell still open at the end of ``text`` starts, read as Python's
    csv module reads (a quote opens a cell only at its start; "" inside is a quote)."""
    position, length = 0, len(text)
    at_start = True
    while position < length:
        char = text[position]
        if at_start and char == '"':
            closing = position + 1
            while True:
                closing = text.find('"', closing)
                if closing < 0:
                    return position
                if text.startswith('"', closing + 1):
                    closing += 2
                    continue
                break
            position, at_start = closing + 1, False
            continue
        at_start = char == delimiter or char in "\r\n"
        position += 1
    return None


def _with_literal_quote(line: str, delimiter: str) -> List[str]:
    """The row of ``line`` with its unclosed quote read as an ordinary character."""
    line = line.rstrip("\r\n")
    position = _open_quote(line, delimiter)
    if position is None:
        return next(csv.reader([line], delimiter=delimiter), [])
    before = next(csv.reader([line[:position]], delimiter=delimiter), []) if position else []
    if before and before[-1] == "":
        before = before[:-1]
    row = before + line[position:].split(delimiter)
    while row and not row[-1]:
        row.pop()
    return row
