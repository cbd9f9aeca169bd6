"""Properties: whatever the bytes, the reader answers with records or a clear error;
whatever the cells, every written row comes back once, verbatim."""

import csv
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.register import RegisterError, RegisterTable, read_register
from infosegura_plugin.core.register.categories import CATEGORIES
from infosegura_plugin.core.register.problems import ISSUE_CODES
from infosegura_plugin.core.register.records import is_blank_row

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = st.sampled_from([".csv", ".txt", ".tsv", ".xlsx", ".ods", ".xls"])


def _read_bytes(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"register{suffix}"
        path.write_bytes(data)
        try:
            result = read_register(path, reference_date="2025-06-01")
        except RegisterError as error:
            # A clear error names the file and says more than its name.
            assert path.name in str(error) and len(str(error).replace(path.name, "").strip()) > 10
            return error
    _assert_consistent(result)
    return result


def _assert_consistent(table: RegisterTable):
    """What holds for any register read: every source row (counted from 1 under the
    heading) out once, in order; no blank row as a record; every value in its range."""
    rows = [record.source_row for record in table.records]
    assert rows == sorted(set(rows)), "a source row came out twice or out of order"
    assert table.records and rows[0] >= 1 and table.header_row >= 1
    assert sorted(table.roles.values()) == sorted(set(table.roles.values()))
    assert all(0 <= index < len(table.headers) for index in table.roles.values())
    for record in table.records:
        assert not is_blank_row(record.values), record
        assert record.category in CATEGORIES
        assert record.status in ("active", "expired", "unknown")
        assert set(record.issues) <= set(ISSUE_CODES) and len(record.issues) == len(set(record.issues))
        assert (record.x is None) == (record.y is None)
        assert ("expired" in record.issues) == (record.status == "expired")


@SETTINGS
@given(text=st.text(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), suffix=SUFFIXES)
def test_arbitrary_text_gives_records_or_a_clear_error(text, encoding, suffix):
    data = text.encode(encoding, errors="replace")
    result = _read_bytes(data, suffix)
    assert isinstance(result, (RegisterTable, RegisterError))


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=SUFFIXES, head=st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]))
def test_arbitrary_bytes_give_records_or_a_clear_error(data, suffix, head):
    result = _read_bytes(head + data, suffix)
    assert isinstance(result, (RegisterTable, RegisterError))


@SETTINGS
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    header=st.sampled_from(["Licence No.,Premises,Address,Class\n", "Title\n\nLic #;Business;Location;Type\n"]),
)
def test_arbitrary_text_below_a_header_gives_records_or_a_clear_error(text, header):
    result = _read_bytes((header + text).encode("utf-8"), ".csv")
    assert isinstance(result, (RegisterTable, RegisterError))
    if isinstance(result, RegisterTable):  # no row made up: at most one record per line below the heading
        assert len(result.records) <= len(text.splitlines()) and result.records[-1].source_row <= len(text.splitlines())


_CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@SETTINGS
@given(rows=st.lists(st.lists(_CELL, min_size=4, max_size=4), min_size=1, max_size=30),
       delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_every_row_comes_back_once_and_verbatim(rows, delimiter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["Licence No.", "Premises", "Address", "Class"])
    # A first row with a number: a digit-free row right below the header could be the
    # second half of a heading split over two rows (tested in test_header_rows.py).
    first = ["1000", "First", "1 Main St", "Bar"]
    writer.writerow(first)
    writer.writerows(rows)
    result = _read_bytes(buffer.getvalue().encode("utf-8"), ".csv")
    # Rows of blanks or separator characters only are not records; trailing empty cells
    # come back as empty cells of the register's columns.
    kept = [first] + [row for row in rows if not all(re.match(r"^[\s\-=_.,;:|*~#]*$", cell) for cell in row)]
    assert isinstance(result, RegisterTable), result
    assert [record.values for record in result.records] == kept
    assert [record.source_row for record in result.records] == sorted({record.source_row for record in result.records})
    assert result.warnings == []


@SETTINGS
@given(rows=st.lists(st.lists(_CELL, min_size=4, max_size=4), min_size=1, max_size=30),
       delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_the_first_row_is_taken_as_heading_only_without_a_digit(rows, delimiter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["Licence No.", "Premises", "Address", "Class"])
    writer.writerows(rows)
    result = _read_bytes(buffer.getvalue().encode("utf-8"), ".csv")
    kept = [row for row in rows if not all(re.match(r"^[\s\-=_.,;:|*~#]*$", cell) for cell in row)]
    if isinstance(result, RegisterTable) and result.header_rows == 2:
        # Only a digit-free first row can be read as the second heading row.
        assert not any(char.isdigit() for cell in rows[0] for char in cell)
        kept = kept[1:] if kept and kept[0] == rows[0] else kept
    if isinstance(result, RegisterError):
        assert (not kept or (len(kept) == 1 and kept[0] == rows[0])) and "no licence" in str(result)
        return
    assert [record.values for record in result.records] == kept


CORPUS = Path(__file__).resolve().parents[1] / "data" / "registers"
WORKBOOKS = ["30_title_block.xlsx", "31_multi_sheet.xlsx", "33_inline_strings_1904.xlsx", "34_repeated_rows.ods",
             "36_two_row_headings.ods", "45_title_block.xls", "46_two_row_headings.xlsx"]


@SETTINGS
@given(name=st.sampled_from(WORKBOOKS), position=st.floats(0, 1), garbage=st.binary(min_size=1, max_size=64))
def test_corrupted_workbooks_give_records_or_a_clear_error(name, position, garbage):
    data = (CORPUS / name).read_bytes()
    at = int(position * (len(data) - 1))
    result = _read_bytes(data[:at] + garbage + data[at + len(garbage):], Path(name).suffix)
    assert isinstance(result, (RegisterTable, RegisterError))
