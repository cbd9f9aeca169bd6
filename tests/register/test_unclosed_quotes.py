"""A quote that never closes in a CSV: reported with its line and the lines it would
swallow, read as an ordinary character, and every row kept (table of cases)."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Tuple

import pytest

from infosegura_plugin.core.register import read_register
from infosegura_plugin.core.register.text_sources import read_text_rows

HEAD = "Licence No.,Premises,Address,Class"


@dataclass
class Case:
    name: str
    lines: List[str]
    rows: List[List[str]]  # below the header line
    strays: List[Tuple[int, int, int]] = field(default_factory=list)  # (line, record, lines swallowed)
    delimiter: str = ","


CASES = [
    Case("no quotes", [HEAD, "1,A,1 St,Bar", "2,B,2 St,Bar"], [["1", "A", "1 St", "Bar"], ["2", "B", "2 St", "Bar"]]),
    Case("an address over two lines is one cell",
         [HEAD, '1,A,"Lot 5,', 'behind the market",Bar', "2,B,2 St,Bar"],
         [["1", "A", "Lot 5,\r\nbehind the market", "Bar"], ["2", "B", "2 St", "Bar"]]),
    Case("a first cell over two lines is one cell",
         [HEAD, '"1', '",A,1 St,Bar', "2,B,2 St,Bar"],
         [["1\r\n", "A", "1 St", "Bar"], ["2", "B", "2 St", "Bar"]]),
    Case("a quote closed many lines later by another cell's quote",
         [HEAD, '1,"A,1 St,Bar', "2,B,2 St,Bar", "3,C,3 St,Bar", '4,D,"4, St",Bar', "5,E,5 St,Bar"],
         [["1", '"A', "1 St", "Bar"], ["2", "B", "2 St", "Bar"], ["3", "C", "3 St", "Bar"], ["4", "D", "4, St", "Bar"],
          ["5", "E", "5 St", "Bar"]],
         strays=[(2, 2, 3)]),
    Case("a quote never closed before the end",
         [HEAD, "1,A,1 St,Bar", '2,B,"2 St,Bar', "3,C,3 St,Bar", "4,D,4 St,Bar"],
         [["1", "A", "1 St", "Bar"], ["2", "B", '"2 St', "Bar"], ["3", "C", "3 St", "Bar"], ["4", "D", "4 St", "Bar"]],
         strays=[(3, 3, 2)]),
    Case("a quote never closed on the last line",
         [HEAD, "1,A,1 St,Bar", '2,"B,2 St,Bar'],
         [["1", "A", "1 St", "Bar"], ["2", '"B', "2 St", "Bar"]],
         strays=[(3, 3, 0)]),
    Case("a quote at the start of a line",
         [HEAD, '"1,A,1 St,Bar', "2,B,2 St,Bar"],
         [['"1', "A", "1 St", "Bar"], ["2", "B", "2 St", "Bar"]],
         strays=[(2, 2, 1)]),
    Case("two stray quotes, each reported",
         [HEAD, '1,"A,1 St,Bar', "2,B,2 St,Bar", '3,C,"3 St,Bar', "4,D,4 St,Bar"],
         [["1", '"A', "1 St", "Bar"], ["2", "B", "2 St", "Bar"], ["3", "C", '"3 St', "Bar"], ["4", "D", "4 St", "Bar"]],
         strays=[(2, 2, 2), (4, 4, 1)]),
    Case("a doubled quote inside a quoted cell is a quote, not a stray",
         [HEAD, '1,"A ""The Best""",1 St,Bar', "2,B,2 St,Bar"],
         [["1", 'A "The Best"', "1 St", "Bar"], ["2", "B", "2 St", "Bar"]]),
    Case("semicolons",
         [HEAD.replace(",", ";"), '1;"A;1 St;Bar', "2;B;2 St;Bar"],
         [["1", '"A', "1 St", "Bar"], ["2", "B", "2 St", "Bar"]],
         strays=[(2, 2, 1)], delimiter=";"),
    Case("a quoted cell over two lines at the very end is no stray",
         [HEAD, "1,A,1 St,Bar", '2,B,"2 St,', 'by the river",Bar'],
         [["1", "A", "1 St", "Bar"], ["2", "B", "2 St,\r\nby the river", "Bar"]]),
]


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / "register.csv"
    path.write_bytes(("\r\n".join(case.lines) + "\r\n").encode("utf-8"))
    return path


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_rows_and_stray_quotes(tmp_path, case):
    path = _write(tmp_path, case)
    text_rows = read_text_rows(path, path.read_bytes())
    assert text_rows.delimiter == case.delimiter
    assert text_rows.rows[1:] == case.rows
    assert [(s.line, s.record, s.swallowed) for s in text_rows.stray_quotes] == case.strays


@pytest.mark.parametrize("case", [c for c in CASES if c.strays], ids=[c.name for c in CASES if c.strays])
def test_the_register_keeps_every_row_and_says_where_the_quote_is(tmp_path, case):
    table = read_register(_write(tmp_path, case), reference_date="2025-06-01")
    assert [record.values for record in table.records] == case.rows
    flagged = [record.source_row + table.header_row for record in table.records if "unclosed_quote" in record.issues]
    assert flagged == [record for _line, record, _swallowed in case.strays]
    assert len(table.warnings) == len(case.strays)
    for warning, (line, _record, swallowed) in zip(table.warnings, case.strays):
        assert "register.csv" in warning and f"line {line} opens a quote" in warning
        if swallowed:
            assert f"the next {swallowed} lines ({line + 1} to {line + swallowed})" in warning
