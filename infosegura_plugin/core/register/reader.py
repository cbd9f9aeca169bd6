"""``read_register``: a licence register file, as the board sent it, to records.

Every row below the header is kept exactly once (fully blank rows are not records);
nothing is evaluated; anything that stops the read is a ``RegisterError`` naming the
file and the problem.
"""

import datetime
from pathlib import Path
from typing import Dict, List, Optional, Tuple, Union

from ...i18n import tr
from ..gc_pause import collector_paused
from . import headings as h
from .categories import CategoryMap
from .dates import parse_reference_date
from .header_rows import HEADER_SEARCH_ROWS, Header, find_header
from .limits import DEFAULT_LIMITS, Limits, ReadBudget
from .problems import UNCLOSED_QUOTE, RegisterError
from .records import RecordBuilder, RegisterTable, cell_text, flag_duplicates, is_blank_row
from .text_sources import StrayQuote, read_text_rows
from .workbook import Row, Workbook
from .workbook_files import is_text_named_as_workbook, looks_like_workbook, open_workbook

_PROGRESS_EVERY = 2000
_HEAD_BYTES = 4096


def read_register(
    path: Union[str, Path],
    sheet: Optional[str] = None,
    overrides: Optional[Dict[str, str]] = None,
    category_map: Optional[Union[str, Path]] = None,
    reference_date: Optional[Union[str, datetime.date]] = None,
    feedback=None,
    limits: Limits = DEFAULT_LIMITS,
) -> RegisterTable:
    """Read a register (CSV/TXT/TSV/XLSX/XLS/ODS). ``overrides`` maps a role
    (``licence_id``, ``premises``, ``address``, ``licence_class``) to a heading and wins
    over detection; ``reference_date`` (a date or ``YYYY-MM-DD``, default today) decides
    which licences have expired; ``limits`` bound what a workbook may expand to."""
    with collector_paused():
        return _read_register(path, sheet, overrides, category_map, reference_date, feedback, limits)


def _read_register(
    path: Union[str, Path],
    sheet: Optional[str] = None,
    overrides: Optional[Dict[str, str]] = None,
    category_map: Optional[Union[str, Path]] = None,
    reference_date: Optional[Union[str, datetime.date]] = None,
    feedback=None,
    limits: Limits = DEFAULT_LIMITS,
) -> RegisterTable:
    path = Path(path)
    overrides = {role: name.strip() for role, name in (overrides or {}).items() if name and name.strip()}
    when = _reference_date(reference_date)
    categories = CategoryMap(Path(category_map) if category_map else None)
    head = _read_head(path)

    encoding = delimiter = ""
    sheet_name = None
    strays: List[StrayQuote] = []
    named_as_workbook = is_text_named_as_workbook(path, head)
    if looks_like_workbook(path, head[:8]) and not named_as_workbook:
        # A workbook is read part by part: never the whole file in memory.
        workbook = open_workbook(path, head[:512], limits)
        sheet_name, rows, header = _pick_sheet(workbook, sheet, overrides)
        kind = workbook.kind
    else:
        if named_as_workbook:
            _info(feedback, tr("{} is a text (CSV) file under a spreadsheet's name: it is read as text.").format(path.name))
        if sheet:
            _info(feedback, tr("{} is a text file: the sheet '{}' is ignored.").format(path.name, sheet))
        text_rows = read_text_rows(path, _read_bytes(path), ReadBudget(path, limits))
        rows = list(enumerate(text_rows.rows, start=1))
        encoding, delimiter, kind = text_rows.encoding, text_rows.delimiter, "text"
        strays = text_rows.stray_quotes
        header = find_header(rows, overrides)
        if header is None:
            raise _no_header_error(path, rows, None)

    data_rows = rows[header.index + 1:]
    headers, keep = _columns(header.headings, data_rows)
    roles = _roles(path, headers, _kept_roles(header.roles(), keep), overrides)
    builder = RecordBuilder(headers, roles, categories, when)
    stray_records = {stray.record for stray in strays}
    records = []
    total = max(1, len(data_rows))
    width = len(keep)
    identity = keep == list(range(width))
    all_text = kind == "text"
    for done, (number, cells) in enumerate(data_rows):
        if feedback is not None and done % _PROGRESS_EVERY == 0:
            if feedback.isCanceled():
                raise RegisterError(tr("{}: the import was cancelled.").format(path.name))
            feedback.setProgress(100.0 * done / total)
        if not identity:
            cells = [cells[index] if index < len(cells) else "" for index in keep]
        elif len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        texts = cells if all_text else [cell if cell.__class__ is str else cell_text(cell) for cell in cells]
        if is_blank_row(texts):
            continue
        record = builder.build(number - header.last_row, cells, texts)
        if number in stray_records:
            record.issues.append(UNCLOSED_QUOTE)
        records.append(record)
    if not records:
        raise RegisterError(tr("{}: the header is there but no licence is listed below it.").format(_where(path, sheet_name)))
    flag_duplicates(records)
    return RegisterTable(
        path=path, headers=headers, roles=roles, records=records, reference_date=when,
        source_kind=kind, sheet=sheet_name, header_row=header.last_row, header_rows=header.rows,
        encoding=encoding, delimiter=delimiter, coordinate_kinds=sorted(builder.coordinate_kinds),
        warnings=[_stray_warning(path, stray) for stray in strays],
    )


def _stray_warning(path: Path, stray: StrayQuote) -> str:
    if stray.swallowed:
        return tr("{}: line {} opens a quote (\") that is never closed: it would have swallowed the next {} "
                  "lines ({} to {}) into one cell. The quote was read as an ordinary character and every row "
                  "was kept (issue unclosed_quote); check line {} in the file.").format(
            path.name, stray.line, stray.swallowed, stray.line + 1, stray.line + stray.swallowed, stray.line)
    return tr("{}: line {} opens a quote (\") that is never closed. The quote was read as an ordinary "
              "character (issue unclosed_quote); check line {} in the file.").format(path.name, stray.line, stray.line)


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


def _read_head(path: Path) -> bytes:
    """The first bytes of the file (what it is), after checking it can be read at all."""
    if not path.exists():
        raise RegisterError(tr("{}: the file does not exist.").format(str(path)))
    if path.is_dir():
        raise RegisterError(tr("{}: this is a folder, not a register file.").format(str(path)))
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as error:
        raise RegisterError(tr("{}: the file cannot be read ({}).").format(path.name, error.strerror or str(error))) from error
    if len(head) < _HEAD_BYTES and not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise RegisterError(tr("{}: the file is empty.").format(path.name))
    return head


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


def _pick_sheet(workbook: Workbook, wanted: Optional[str], overrides: Dict[str, str]) -> Tuple[str, List[Row], Header]:
    names = workbook.sheet_names()
    if not names:
        raise RegisterError(tr("{}: the workbook has no sheets.").format(workbook.path.name))
    if wanted is not None and str(wanted).strip():
        name = _sheet_named(workbook, names, str(wanted).strip())
        content = workbook.sheet(name)
        header = find_header(content.rows, overrides, content.spans)
        if header is None:
            raise _no_header_error(workbook.path, content.rows, name)
        return name, content.rows, header
    first = None
    # Without a sheet named, take the first (visible) sheet that has a register header:
    # boards often put a cover or notes sheet first.
    visible = workbook.visible_sheet_names()
    ordered = visible + [n for n in names if n not in visible]
    for name in ordered:
        content = workbook.sheet(name)
        header = find_header(content.rows, overrides, content.spans)
        if header is not None:
            return name, content.rows, header
        if first is None:
            first = (name, content.rows)
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


def _columns(header_cells: List[str], data_rows: List[Row]) -> Tuple[List[str], List[int]]:
    """Headers of the columns kept, and their indexes: a column with no heading and no
    value in any row (the trailing empty columns of a spreadsheet) is dropped."""
    width = max([len(header_cells)] + [len(cells) for _n, cells in data_rows])
    used = [bool(text) for text in header_cells] + [False] * (width - len(header_cells))
    if not all(used):
        for _number, cells in data_rows:
            for index, cell in enumerate(cells):
                if not used[index] and cell_text(cell).strip():
                    used[index] = True
    keep = [index for index in range(width) if used[index]]
    headers = [header_cells[index] if index < len(header_cells) else "" for index in keep]
    return headers, keep


def _kept_roles(roles: Dict[str, int], keep: List[int]) -> Dict[str, int]:
    """Roles found on the header's columns, as indexes into the kept columns (a column
    with a heading is always kept)."""
    position = {column: index for index, column in enumerate(keep)}
    return {role: position[column] for role, column in roles.items() if column in position}


def _roles(path: Path, headers: List[str], detected: Dict[str, int], overrides: Dict[str, str]) -> Dict[str, int]:
    roles = dict(detected)
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
