"""The corpus of real-looking registers (tests/data/registers/), case by case."""

from pathlib import Path

import pytest

from infosegura_plugin.core.register import RegisterError, read_register

from .corpus_cases import CASES, REFERENCE_DATE, Fails, Read

CORPUS = Path(__file__).resolve().parents[1] / "data" / "registers"


def _case_id(case):
    extra = f"[{case.sheet}]" if case.sheet else ""
    extra += "+" + "+".join(sorted(case.options)) if case.options else ""
    return case.file + extra


def _read(case):
    options = dict(case.options)
    if "category_map" in options:
        options["category_map"] = CORPUS / options["category_map"]
    return read_register(CORPUS / case.file, sheet=case.sheet, reference_date=REFERENCE_DATE, **options)


def test_the_corpus_has_at_least_25_register_files():
    files = [p for p in CORPUS.iterdir() if p.name[:2].isdigit() and "category_map" not in p.name]
    assert len(files) >= 25
    assert {case.file for case in CASES} >= {p.name for p in files}


def _check(record, expected):
    for key, value in expected.items():
        if key == "issues":
            assert set(record.issues) == value, record
        elif key == "point":
            if value is None:
                assert record.x is None, record
            else:
                assert record.x == pytest.approx(value[0], abs=1) and record.y == pytest.approx(value[1], abs=1), record
        elif key in ("issued", "expiry"):
            got = getattr(record, key)
            assert (got.isoformat() if got else None) == value, record
        elif key == "values":
            assert record.values == value
        elif key == "values_head":
            assert record.values[: len(value)] == value
        elif key == "values_tail":
            assert record.values[-len(value):] == value
        else:
            assert getattr(record, key) == value, (key, record)


@pytest.mark.parametrize("case", [c for c in CASES if isinstance(c, Read)], ids=_case_id)
def test_register_reads_as_expected(case):
    table = _read(case)
    assert len(table.records) == case.rows
    assert table.has_points == case.points
    by_row = {record.source_row: record for record in table.records}
    assert len(by_row) == len(table.records), "source_row must be unique"
    for source_row, expected in case.expect.items():
        _check(by_row[source_row], expected)
    if case.headings is not None:
        assert table.headers == case.headings
    assert table.header_rows == case.header_rows
    assert len(table.warnings) == len(case.warnings), table.warnings
    for warning, words in zip(table.warnings, case.warnings):
        for word in words:
            assert word in warning, warning
    for record in table.records:
        assert len(record.values) == len(table.headers)
        assert record.category in ("on_premise", "off_premise", "occasional", "unknown")
        assert record.status in ("active", "expired", "unknown")
        assert (record.status == "expired") == ("expired" in record.issues)


@pytest.mark.parametrize("case", [c for c in CASES if isinstance(c, Fails)], ids=_case_id)
def test_bad_register_gives_a_clear_message(case):
    with pytest.raises(RegisterError) as raised:
        _read(case)
    message = str(raised.value)
    for word in case.words:
        assert word.lower() in message.lower(), message
    assert "Traceback" not in message


CHILD = """
import sys
sys.path.insert(0, {root!r})
from osgeo import gdal, ogr
if {exceptions}:
    gdal.UseExceptions()
    ogr.UseExceptions()
from infosegura_plugin.core.register import RegisterError, read_register
table = read_register({good!r}, reference_date="2025-06-01")
print("IDS", [record.licence_id for record in table.records])
try:
    read_register({bad!r}, reference_date="2025-06-01")
except RegisterError as error:
    print("REFUSED", error)
"""


@pytest.mark.parametrize("exceptions", [False, True], ids=["gdal-errors-as-codes", "gdal-exceptions"])
def test_xls_reads_and_fails_clearly_in_both_gdal_error_modes(exceptions):
    """Other parts of QGIS (and of this plugin) turn GDAL exceptions on for the whole
    process; the .xls reader works either way. In a child process: the mode is global."""
    import os
    import subprocess
    import sys

    script = CHILD.format(root=str(CORPUS.parents[2]), exceptions=exceptions, good=str(CORPUS / "45_title_block.xls"),
                          bad=str(CORPUS / "41_old_format.xls"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "IDS ['1043', '1044', '1044', '1045.5']" in done.stdout
    assert "REFUSED 41_old_format.xls: this .xls workbook cannot be read" in done.stdout
