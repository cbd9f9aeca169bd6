"""Hostile workbooks of a few kilobytes or megabytes that expand to gigabytes (the kinds
of ../shared/probes/gen_bombs.py). The deflate stream of a repeated chunk is made once
and repeated (each chunk ends in a full flush, so it stands alone): a 1 GB member is
built in a fraction of a second."""

import struct
import zlib
from pathlib import Path
from typing import List, Tuple

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Licence No.</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Address</t></is></c></row>')
SHEET_TAIL = "</sheetData></worksheet>"
GIGABYTE = 1 << 30

Member = Tuple[str, int, int, bytes]  # name, crc, size, deflated data


def _deflated(text: str) -> Member:
    data = text.encode("utf-8")
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return "", zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush()


def _repeated(head: bytes, chunk: bytes, times: int, tail: bytes) -> Tuple[int, int, bytes]:
    """``head + chunk * times + tail``, deflated without compressing it all."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    middle = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return crc, len(head) + len(chunk) * times + len(tail), first + middle * times + last


def write_zip(path: Path, members: List[Member]) -> Path:
    """A zip of deflated members (zip64 sizes, since a member may pass 4 GB)."""
    local, central = bytearray(), bytearray()
    for name, crc, size, data in members:
        encoded = name.encode("utf-8")
        extra = struct.pack("<HHQQ", 1, 16, size, len(data))
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                             len(encoded), len(extra)) + encoded + extra + data
        central_extra = struct.pack("<HHQQQ", 1, 24, size, len(data), offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                               len(encoded), len(central_extra), 0, 0, 0, 0, 0xFFFFFFFF) + encoded + central_extra
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))
    return path


def _named(name: str, member: Member) -> Member:
    return (name,) + member[1:]


def _xlsx_frame() -> List[Member]:
    return [_named("[Content_Types].xml", _deflated(CONTENT_TYPES)), _named("xl/workbook.xml", _deflated(WORKBOOK)),
            _named("xl/_rels/workbook.xml.rels", _deflated(WORKBOOK_RELS))]


def xlsx_rows(path: Path, size: int = GIGABYTE) -> Path:
    """One row repeated until the sheet is ``size`` bytes (compresses 1,000 to 1)."""
    row = b'<row><c t="inlineStr"><is><t>L</t></is></c><c t="inlineStr"><is><t>1 Main St</t></is></c></row>'
    chunk = row * ((1 << 22) // len(row))
    crc, length, data = _repeated((SHEET_HEAD + HEADER_ROW).encode(), chunk, max(1, size // len(chunk)),
                                  SHEET_TAIL.encode())
    return write_zip(path, _xlsx_frame() + [("xl/worksheets/sheet1.xml", crc, length, data)])


def xlsx_shared_string(path: Path, size: int = GIGABYTE) -> Path:
    """One shared string of ``size`` letters, used by the cells of the one data row."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si><t>'.encode()
    chunk = b"A" * (1 << 24)
    crc, length, data = _repeated(head, chunk, max(1, size // len(chunk)), b"</t></si></sst>")
    rels = WORKBOOK_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>')
    sheet = SHEET_HEAD + HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>0</v></c></row>' + SHEET_TAIL
    members = [_named("[Content_Types].xml", _deflated(CONTENT_TYPES)), _named("xl/workbook.xml", _deflated(WORKBOOK)),
               _named("xl/_rels/workbook.xml.rels", _deflated(rels)), ("xl/sharedStrings.xml", crc, length, data),
               _named("xl/worksheets/sheet1.xml", _deflated(sheet))]
    return write_zip(path, members)


def xlsx_sheet(path: Path, rows_xml: str) -> Path:
    """A small XLSX whose sheet holds the header row and ``rows_xml``."""
    return write_zip(path, _xlsx_frame() + [
        _named("xl/worksheets/sheet1.xml", _deflated(SHEET_HEAD + HEADER_ROW + rows_xml + SHEET_TAIL))])


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods(path: Path, rows_xml: str) -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="R"><table:table-row>'
               '<table:table-cell office:value-type="string"><text:p>Licence No.</text:p></table:table-cell>'
               '<table:table-cell office:value-type="string"><text:p>Address</text:p></table:table-cell>'
               f"</table:table-row>{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>")
    mimetype = "application/vnd.oasis.opendocument.spreadsheet"
    return write_zip(path, [_named("mimetype", _deflated(mimetype)), _named("content.xml", _deflated(content))])


def ods_repeated_rows(path: Path) -> Path:
    """1 KB: one row repeated 1,048,575 times of one cell repeated 16,384 times."""
    return ods(path, '<table:table-row table:number-rows-repeated="1048575"><table:table-cell '
                     'table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p>'
                     "</table:table-cell></table:table-row>")
