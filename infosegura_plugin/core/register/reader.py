"""``read_register``: a licence register file, as the board sent it, to records.

Every row below the header is kept exactly once (fully blank rows are not records);
nothing is evaluated; anything that stops the read is a ``RegisterError`` naming the
file and the problem.
"""

import datetime
from pathlib import Path
from typing import Dict, List, Optional, Tuple, Union

from ...i18n import tr
from . import headings as h
from .categories import CategoryMap
from .dates import parse_reference_date
from .problems import RegisterError
from .records import RecordBuilder, RegisterTable, cell_text, flag_duplicates, is_blank_row
from .text_sources import read_text_rows
from .workbook import OLE2_MAGIC, ZIP_MAGIC, Workbook, open_workbook

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".ods", ".xls"}
HEADER_SEARCH_ROWS = 30
_PROGRESS_EVERY = 2000

Row = Tuple[int, List[object]]


def read_register(
    path: Union[str, Path],
    sheet: Optional[str] = None,
    overrides: Optional[Dict[str, str]] = None,
    category_map: Optional[Union[str, Path]] = None,
    reference_date: Optional[Union[str, datetime.date]] = None,
    feedback=None,
) -> RegisterTable:
    """Read a register (CSV/TXT/TSV/XLSX/ODS). ``overrides`` maps a role
    (``licence_id``, ``premises``, ``address``, ``licence_class``) to a heading and wins
    over detection; ``reference_date`` (a date or ``YYYY-MM-DD``, default today) decides
    which licences have expired."""
    path = Path(path)
    overrides = {role: name.strip() for role, name in (overrides or {}).items() if name and name.strip()}
    when = _reference_date(reference_date)
    categories = CategoryMap(Path(category_map) if category_map else None)
    data = _read_bytes(path)

    encoding = delimiter = ""
    sheet_name = None
    if data.startswith(ZIP_MAGIC) or data.startswith(OLE2_MAGIC) or path.suffix.lower() in WORKBOOK_SUFFIXES:
        workbook = open_workbook(path, data[:8])
        sheet_name, rows, header_index = _pick_sheet(workbook, sheet, overrides)
        kind = workbook.kind
    else:
        if sheet:
            _info(feedback, tr("{} is a text file: the sheet '{}' is ignored.").format(path.name, sheet))
        text_rows = read_text_rows(path, data)
        rows = [(number, cells) for number, cells in enumerate(text_rows.rows, start=1)]
        encoding, delimiter, kind = text_rows.encoding, text_rows.delimiter, "text"
        header_index = _find_header(rows, overrides)
        if header_index is None:
            raise _no_header_error(path, rows, None)

    header_number, header_cells = rows[header_index]
    data_rows = rows[header_index + 1:]
    headers, keep = _columns(header_cells, data_rows)
    roles = _roles(path, headers, overrides)
    builder = RecordBuilder(headers, roles, categories, when)
    records = []
    total = max(1, len(data_rows))
    for done, (number, cells) in enumerate(data_rows):
        if feedback is not None and done % _PROGRESS_EVERY == 0:
            if feedback.isCanceled():
                raise RegisterError(tr("{}: the import was cancelled.").format(path.name))
            feedback.setProgress(100.0 * done / total)
        texts = [cell_text(cells[index]) if index < len(cells) else "" for index in keep]
        if is_blank_row(texts):
            continue
        kept_cells = [cells[index] if index < len(cells) else "" for index in keep]
        records.append(builder.build(number - header_number, kept_cells, texts))
    if not records:
        raise RegisterError(tr("{}: the header is there but no licence is listed below it.").format(_where(path, sheet_name)))
    flag_duplicates(records)
    return RegisterTable(
        path=path, headers=headers, roles=roles, records=records, reference_date=when,
        source_kind=kind, sheet=sheet_name, header_row=header_number, encoding=encoding,
        delimiter=delimiter, coordinate_kinds=sorted(builder.coordinate_kinds),
    )


def _info(feedback, message: str) -> None:
    if feedback is not None:
        feedback.pushInfo(message)


def _where(path: Path, sheet_name: Optional[str]) -> str:
    return f"{path.name} [{sheet_name}]" if sheet_name else path.name


def _reference_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    ok, parsed = parse_reference_date(value)
    if not ok:
        raise RegisterError(tr("The reference date '{}' is not a date; write it as YYYY-MM-DD.").format(value))
    return parsed


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise RegisterError(tr("{}: the file does not exist.").format(str(path)))
    if path.is_dir():
        raise RegisterError(tr("{}: this is a folder, not a register file.").format(str(path)))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RegisterError(tr("{}: the file cannot be read ({}).").format(path.name, error.strerror or str(error))) from error
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise RegisterError(tr("{}: the file is empty.").format(path.name))
    return data


def _pick_sheet(workbook: Workbook, wanted: Optional[str], overrides: Dict[str, str]):
    names = workbook.sheet_names()
    if not names:
        raise RegisterError(tr("{}: the workbook has no sheets.").format(workbook.path.name))
    if wanted is not None and str(wanted).strip():
        name = _sheet_named(workbook, names, str(wanted).strip())
        rows = workbook.rows(name)
        header = _find_header(rows, overrides)
        if header is None:
            raise _no_header_error(workbook.path, rows, name)
        return name, rows, header
    first = None
    # Without a sheet named, take the first (visible) sheet that has a register header:
    # boards often put a cover or notes sheet first.
    ordered = workbook.visible_sheet_names() + [n for n in names if n not in workbook.visible_sheet_names()]
    for name in ordered:
        rows = workbook.rows(name)
        header = _find_header(rows, overrides)
        if header is not None:
            return name, rows, header
        if first is None:
            first = (name, rows)
    raise _no_header_error(workbook.path, first[1], first[0])


def _sheet_named(workbook: Workbook, names: List[str], wanted: str) -> str:
    if wanted in names:
        return wanted
    loose = [name for name in names if name.strip().lower() == wanted.lower()]
    if loose:
        return loose[0]
    if wanted.isdigit() and 1 <= int(wanted) <= len(names):
        return names[int(wanted) - 1]
    raise RegisterError(
        tr("{}: there is no sheet '{}'. The sheets are: {} (or give a number from 1 to {}).").format(
            workbook.path.name, wanted, ", ".join(f"'{n}'" for n in names), len(names)
        )
    )


def _find_header(rows: List[Row], overrides: Dict[str, str]) -> Optional[int]:
    """Index in ``rows`` of the header: the row among the first non-blank ones that names
    the most column roles (the earliest on a tie). Title blocks name none."""
    best, best_score = None, 0
    seen = 0
    names = list(overrides.values())
    for index, (_number, cells) in enumerate(rows):
        texts = [cell_text(cell).strip() for cell in cells]
        filled = sum(1 for text in texts if text)
        if not filled:
            continue
        seen += 1
        if seen > HEADER_SEARCH_ROWS:
            break
        score = h.header_score(cells)
        if names and h.row_mentions(cells, names):
            score += 10
        acceptable = score >= 2 or (score >= 1 and (filled >= 2 or seen == 1))
        if acceptable and score > best_score:
            best, best_score = index, score
    return best


def _no_header_error(path: Path, rows: List[Row], sheet_name: Optional[str]) -> RegisterError:
    first = next((cells for _n, cells in rows if any(cell_text(c).strip() for c in cells)), None)
    if first is None:
        if sheet_name:
            return RegisterError(tr("{}: the sheet '{}' is empty.").format(path.name, sheet_name))
        return RegisterError(tr("{}: the file is empty.").format(path.name))
    shown = ", ".join(cell_text(c).strip()[:40] for c in first[:12] if cell_text(c).strip())
    return RegisterError(
        tr("{}: no header found: none of the first {} rows has headings such as Licence No., Premises, "
           "Licensee, Address, Class, Issued or Expiry. The first row reads: {}").format(
            _where(path, sheet_name), HEADER_SEARCH_ROWS, shown[:300]
        )
    )


def _columns(header_cells: List[object], data_rows: List[Row]) -> Tuple[List[str], List[int]]:
    """Headers of the columns kept, and their indexes: a column with no heading and no
    value in any row (the trailing empty columns of a spreadsheet) is dropped."""
    width = max([len(header_cells)] + [len(cells) for _n, cells in data_rows])
    used = [False] * width
    for index, cell in enumerate(header_cells):
        if cell_text(cell).strip():
            used[index] = True
    for _number, cells in data_rows:
        for index, cell in enumerate(cells):
            if not used[index] and cell_text(cell).strip():
                used[index] = True
    keep = [index for index in range(width) if used[index]]
    headers = [cell_text(header_cells[index]).strip() if index < len(header_cells) else "" for index in keep]
    return headers, keep


def _roles(path: Path, headers: List[str], overrides: Dict[str, str]) -> Dict[str, int]:
    roles = h.detect_roles(headers)
    for role, name in overrides.items():
        index = h.find_override(headers, name)
        if index is None:
            raise RegisterError(
                tr("{}: there is no column '{}' (asked for as the {} column). The columns are: {}").format(
                    path.name, name, role, _listing(headers)
                )
            )
        for other, other_index in list(roles.items()):
            if other_index == index and other != role:
                del roles[other]
        roles[role] = index
    if h.ADDRESS not in roles:
        raise RegisterError(
            tr("{}: no column looks like an address (Address, Location, Dirección...). The columns are: {}. "
               "Name the address column with ADDRESS_FIELD.").format(path.name, _listing(headers))
        )
    return roles


def _listing(headers: List[str]) -> str:
    return ", ".join(f"'{header}'" if header else tr("(column {} without heading)").format(i + 1)
                     for i, header in enumerate(headers))
