"""Which kind of workbook a file is, from its bytes (never from the name's extension),
and the reader that opens it: .xlsx (``xlsx.py``), .ods (``ods.py``) or an old .xls
(``xls.py``, through GDAL)."""

import zipfile
from pathlib import Path

from ...i18n import tr
from .limits import DEFAULT_LIMITS, Limits
from .ods import OdsWorkbook
from .problems import RegisterError
from .workbook import DAMAGED, OLE2_MAGIC, ZIP_MAGIC, Workbook
from .xls import XlsWorkbook
from .xlsx import XlsxWorkbook
from .zip_parts import PartReader, damaged

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".ods", ".xls"}


def looks_like_workbook(path: Path, head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC) or head.startswith(OLE2_MAGIC) or path.suffix.lower() in WORKBOOK_SUFFIXES


def is_text_named_as_workbook(path: Path, head: bytes) -> bool:
    """A CSV saved under a workbook's name (systems export "register.xls" as text)."""
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE2_MAGIC) or path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return False
    return b"\x00" not in head and not _is_web_page(head)


def _is_web_page(head: bytes) -> bool:
    lowered = head.lower()
    return b"<html" in lowered or b"<table" in lowered or b"<!doctype html" in lowered


def open_workbook(path: Path, data_head: bytes, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """An XLSX, ODS or XLS workbook, recognised by content."""
    if data_head.startswith(OLE2_MAGIC):
        if _is_encrypted_ooxml(path):
            raise RegisterError(
                tr("{}: the workbook is encrypted (protected by a password). Open it in Excel, remove the password and save it again.").format(path.name)
            )
        return XlsWorkbook(path, limits)
    if not data_head.startswith(ZIP_MAGIC):
        if _is_web_page(data_head):
            raise RegisterError(
                tr("{}: this is a web page (an HTML table) saved under a spreadsheet's name. Open it in Excel or "
                   "LibreOffice and save it as .xlsx or .csv.").format(path.name)
            )
        raise RegisterError(
            tr("{}: this is not a spreadsheet (neither an Excel .xlsx or .xls nor an OpenDocument .ods workbook).").format(path.name)
        )
    try:
        archive = zipfile.ZipFile(str(path))
        names = set(archive.namelist())
    except DAMAGED as error:
        raise damaged(path, error) from error
    if any(n.lower() == "xl/workbook.xml" for n in names):
        return XlsxWorkbook(path, archive, limits)
    if "content.xml" in names:
        mimetype = ""
        if "mimetype" in names:
            with PartReader(archive, "mimetype", path, limits, 4096) as reader:
                mimetype = reader.read_all().decode("ascii", "replace")
        if mimetype and "spreadsheet" not in mimetype:
            raise RegisterError(
                tr("{}: this is an OpenDocument file but not a spreadsheet ({}).").format(path.name, mimetype)
            )
        return OdsWorkbook(path, archive, limits)
    if "word/document.xml" in names:
        raise RegisterError(tr("{}: this is a Word document, not a spreadsheet.").format(path.name))
    raise RegisterError(tr("{}: this is a zip archive, not a spreadsheet.").format(path.name))


def _is_encrypted_ooxml(path: Path) -> bool:
    """An encrypted .xlsx is an OLE2 file holding an EncryptedPackage stream."""
    with open(path, "rb") as handle:
        head = handle.read(1 << 20)
    return "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head
