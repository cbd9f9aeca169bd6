"""Delimited text registers (CSV, TSV, TXT) as boards save them: the encoding and the
delimiter are guessed from the bytes, since nobody says which they used."""

import codecs
import csv
import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Tuple

from ...i18n import tr
from .problems import RegisterError

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
                  "utf-16-be": "UTF-16 BE", "windows-1252": "Windows-1252"}
_SAMPLE_LINES = 60

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass
class TextRows:
    rows: List[List[str]]
    encoding: str
    delimiter: str


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
    lines = [line for line in text.splitlines() if line.strip()][:_SAMPLE_LINES]
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


def read_text_rows(path: Path, data: bytes) -> TextRows:
    """All rows of a delimited text file, cells as the text typed (never evaluated)."""
    text, encoding = decode_text(data, path)
    text = text.replace("\x00", "")
    delimiter = sniff_delimiter(text, path.suffix.lower())
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise RegisterError(tr("{}: cannot be read as delimited text ({}).").format(path.name, str(error))) from error
    return TextRows(rows=rows, encoding=encoding, delimiter=delimiter)
