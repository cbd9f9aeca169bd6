"""What a register may expand to: each limit refuses the file with a clear message, the
real bombs are refused in a process that has ~500 MB to spare, and a large honest
workbook still imports there."""

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List

import pytest

from infosegura_plugin.core.register import RegisterError, read_register
from infosegura_plugin.core.register.limits import Limits

from . import bombs

ROOT = Path(__file__).resolve().parents[2]
SPARE_MEMORY = 500 * 1024 * 1024


def _inline_row(number: int, *texts: str) -> str:
    cells = "".join(f'<c t="inlineStr"><is><t>{text}</t></is></c>' for text in texts)
    return f'<row r="{number}">{cells}</row>'


@dataclass
class Case:
    name: str
    build: Callable[[Path], Path]
    words: List[str]
    limits: Limits = field(default_factory=Limits)


CASES = [
    Case("xlsx rows", lambda folder: bombs.xlsx_sheet(
        folder / "rows.xlsx", "".join(_inline_row(n, f"L{n}", f"{n} Main St") for n in range(2, 8))),
        ["rows.xlsx", "refused", "more than 3 rows"], Limits(rows=3)),
    Case("xlsx cells", lambda folder: bombs.xlsx_sheet(
        folder / "cells.xlsx", "".join(_inline_row(n, f"L{n}", f"{n} Main St") for n in range(2, 8))),
        ["cells.xlsx", "refused", "more than 5 cells"], Limits(cells=5)),
    Case("xlsx value beyond the last column", lambda folder: bombs.xlsx_sheet(
        folder / "wide.xlsx", '<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>'),
        ["wide.xlsx", "refused", "beyond column 16,384"]),
    Case("xlsx cell longer than Excel allows", lambda folder: bombs.xlsx_sheet(
        folder / "long.xlsx", _inline_row(2, "L1", "A" * 40_000)),
        ["long.xlsx", "refused", "more than 32,767 characters"]),
    Case("xlsx shared strings", lambda folder: bombs.xlsx_shared_string(folder / "shared.xlsx", 4000),
         ["shared.xlsx", "refused", "shared text expands to more than"], Limits(shared_strings_bytes=2000)),
    Case("xlsx compressed a thousand times", lambda folder: bombs.xlsx_rows(folder / "ratio.xlsx", 64 << 20),
         ["ratio.xlsx", "refused", "xl/worksheets/sheet1.xml", "zip bomb"]),
    Case("xlsx part too large", lambda folder: bombs.xlsx_rows(folder / "part.xlsx", 8 << 20),
         ["part.xlsx", "refused", "more than 1 MB"], Limits(part_bytes=1 << 20)),
    Case("ods rows repeated", lambda folder: bombs.ods(
        folder / "repeat.ods", '<table:table-row table:number-rows-repeated="20"><table:table-cell '
                               'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'),
        ["repeat.ods", "refused", "more than 10 rows"], Limits(rows=10)),
    Case("ods cells repeated", lambda folder: bombs.ods_repeated_rows(folder / "bomb.ods"),
         ["bomb.ods", "refused", "more than 5,000,000 cells"]),
    Case("ods columns repeated", lambda folder: bombs.ods(
        folder / "columns.ods", '<table:table-row><table:table-cell table:number-columns-repeated="20000" '
                                'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'),
        ["columns.ods", "refused", "beyond column 16,384"]),
    Case("ods a billion spaces", lambda folder: bombs.ods(
        folder / "spaces.ods", '<table:table-row><table:table-cell office:value-type="string"><text:p>a'
                               '<text:s text:c="1000000000"/>b</text:p></table:table-cell></table:table-row>'),
        ["spaces.ods", "refused", "more than 32,767 characters"]),
    Case("csv rows", lambda folder: _text(folder / "rows.csv", "Licence No.,Address\n" + "L,1 Main St\n" * 6),
         ["rows.csv", "refused", "more than 3 rows"], Limits(rows=3)),
]


def _text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_limit_refuses_with_a_clear_message(tmp_path, case):
    with pytest.raises(RegisterError) as raised:
        read_register(case.build(tmp_path), reference_date="2025-06-01", limits=case.limits)
    message = str(raised.value)
    for word in case.words:
        assert word in message, message
    assert "Traceback" not in message


def test_within_the_limits_nothing_is_refused(tmp_path):
    path = bombs.xlsx_sheet(tmp_path / "ok.xlsx", "".join(_inline_row(n, f"L{n}", f"{n} Main St") for n in range(2, 5)))
    table = read_register(path, reference_date="2025-06-01", limits=Limits(rows=4, cells=8))
    assert [record.licence_id for record in table.records] == ["L2", "L3", "L4"]


CHILD = textwrap.dedent("""
    import resource, sys
    sys.path.insert(0, {root!r})
    from infosegura_plugin.core.register import RegisterError, read_register

    def status(key):
        for line in open("/proc/self/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024

    cap = status("VmSize") + {spare}
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    baseline = status("VmRSS")
    try:
        table = read_register({path!r}, reference_date="2025-06-01")
        print("ROWS", len(table.records))
    except RegisterError as error:
        print("REFUSED", error)
    # VmHWM, the peak resident size of this program (ru_maxrss would carry the parent's
    # peak across exec on Linux).
    print("GROWTH_MB", (status("VmHWM") - baseline) // 2**20)
""")


def _read_with_spare_memory(path: Path) -> str:
    """read_register in a child process that may grow by SPARE_MEMORY at most."""
    script = CHILD.format(root=str(ROOT), spare=SPARE_MEMORY, path=str(path))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    growth = int(done.stdout.split("GROWTH_MB")[1])
    assert growth < SPARE_MEMORY // 2**20, done.stdout
    return done.stdout


@pytest.mark.parametrize("name, build, words", [
    ("bomb.ods", bombs.ods_repeated_rows, ["bomb.ods", "more than 5,000,000 cells"]),
    ("shared.xlsx", bombs.xlsx_shared_string, ["shared.xlsx", "more than 32,767 characters"]),
    ("rows.xlsx", bombs.xlsx_rows, ["rows.xlsx", "xl/worksheets/sheet1.xml", "zip bomb"]),
], ids=["ods-17-billion-cells", "xlsx-1-GB-shared-string", "xlsx-1-GB-of-rows"])
def test_a_bomb_is_refused_in_a_memory_capped_process(tmp_path, name, build, words):
    output = _read_with_spare_memory(build(tmp_path / name))
    assert "REFUSED" in output, output
    for word in words:
        assert word in output, output


def test_a_large_honest_workbook_imports_in_the_same_memory(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_import import write_xlsx
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = tmp_path / "register_30k.xlsx"
    write_xlsx(path, 30_000)
    output = _read_with_spare_memory(path)
    assert "ROWS 30000" in output, output
