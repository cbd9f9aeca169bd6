"""The plain-row .xlsx reader (regular expressions) gives the rows expat gives, and hands
every sheet it is not sure of to expat. Synthetic sheets only."""

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.register import RegisterError, read_register, xlsx_plain
from infosegura_plugin.core.register.limits import DEFAULT_LIMITS, Limits, ReadBudget
from infosegura_plugin.core.register.xlsx import XlsxWorkbook, _read_sheet
from infosegura_plugin.core.register.xlsx_cells import CellReading

from . import bombs

REGISTERS = Path(__file__).resolve().parents[1] / "data" / "registers"
HEAD = bombs.SHEET_HEAD + bombs.HEADER_ROW
CELL_STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{bombs.MAIN}"><cellXfs count="2">'
               '<xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
SHARED = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{bombs.MAIN}"><si><t>Publican&apos;s General</t></si>'
          '<si><t xml:space="preserve"> 12 Main St </t></si></sst>')


def _workbook(path: Path, sheet_xml: str) -> XlsxWorkbook:
    rels = bombs.WORKBOOK_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", bombs.CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", bombs.WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/styles.xml", CELL_STYLES)
        archive.writestr("xl/sharedStrings.xml", SHARED)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return XlsxWorkbook(path, zipfile.ZipFile(path))


def _both(workbook: XlsxWorkbook, sheet_name: str):
    """(what the plain reader gives or None, what expat gives) for one sheet."""
    target = next(t for name, t, _v in workbook._sheets if name == sheet_name)
    cells = CellReading(workbook._shared_strings(), workbook._date_style_ids(), workbook.date1904,
                        workbook.path, workbook.limits)
    data = workbook.archive.read(target)
    budget = ReadBudget(workbook.path, workbook.limits)
    plain = xlsx_plain.read_plain_sheet(io.BytesIO(data).read, cells, budget,
                                        lambda markup: _read_sheet(io.BytesIO(markup), cells, ReadBudget(workbook.path)))
    expat = _read_sheet(io.BytesIO(data), cells, ReadBudget(workbook.path, workbook.limits))
    return plain, expat


PLAIN_ROWS = {
    "shared strings, numbers, a date style": '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c>'
                                             '<c r="B2" s="1"><v>45000</v></c><c r="C2"><v>12.5</v></c></row>',
    "entities and character references": '<row r="2"><c r="A2" t="inlineStr"><is><t>A &amp; B &lt;&gt; &quot;x&quot; '
                                         '&#233;&#xF1;</t></is></c></row>',
    "gaps, empty and styled empty cells": '<row r="2"><c r="A2" s="0"/><c r="C2" t="inlineStr"><is><t></t></is></c>'
                                          '<c r="E2" t="inlineStr"><is><t>far</t></is></c><c r="F2"></c></row>',
    "rows out of order, a self-closed row, whitespace": '<row r="5"><c r="A5" t="b"><v>1</v></c></row>\n  '
                                                        '<row r="3"/>\n<row r="4"><c r="B4" t="str"><v>x</v></c></row>',
    "preserved spaces, accents, new lines": '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> Calle '
                                            'Años\nBelize </t></is></c><c r="B2" t="s"><v>1</v></c></row>',
    "formulas with and without a cached value": '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f>A2*2</f></c>'
                                                '<c r="C2" t="str"><f>IF(A2&gt;1,&quot;big&quot;,"")</f><v>big</v></c>'
                                                '<c r="D2"><f t="shared" ref="D2:D3" si="0">A2+1</f><v>3</v></c></row>'
                                                '<row r="3"><c r="D3"><f t="shared" si="0"/><v>4</v></c>'
                                                '<c r="E3"><f t="shared" si="0"/></c><c r="F3"><f></f></c></row>',
    "errors, ISO dates, a bad shared index": '<row r="2"><c r="A2" t="e"><v>#N/A</v></c><c r="B2" t="d">'
                                             '<v>2025-03-01</v></c><c r="C2" t="s"><v>9</v></c></row>',
}
NOT_PLAIN_ROWS = {
    "rich text": '<row r="2"><c r="A2" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>',
    "a comment": '<row r="2"><!-- note --><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>',
    "a carriage return": '<row r="2"><c r="A2" t="inlineStr"><is><t>a\r\nb</t></is></c></row>',
    "cells without a reference": '<row><c t="inlineStr"><is><t>L</t></is></c></row>',
    "another attribute order": '<row r="2"><c t="inlineStr" r="A2"><is><t>x</t></is></c></row>',
    "CDATA": '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>',
    "phonetic runs": '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t><rPh sb="0" eb="1"><t>y</t></rPh></is></c></row>',
}


@pytest.mark.parametrize("rows_xml", PLAIN_ROWS.values(), ids=list(PLAIN_ROWS))
def test_a_plain_sheet_reads_as_expat_reads_it(tmp_path, rows_xml):
    tail = '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>'
    workbook = _workbook(tmp_path / "plain.xlsx", HEAD + rows_xml + tail)
    plain, expat = _both(workbook, "Register")
    assert plain is not None, "a plain sheet was left to expat"
    assert plain.rows == expat.rows
    assert plain.spans == expat.spans and len(plain.spans) == 1
    assert workbook.sheet("Register").rows == expat.rows


def test_plain_values_are_what_the_cells_say(tmp_path):
    workbook = _workbook(tmp_path / "values.xlsx", HEAD + PLAIN_ROWS["shared strings, numbers, a date style"]
                         + PLAIN_ROWS["entities and character references"].replace('"2"', '"3"').replace("A2", "A3")
                         + bombs.SHEET_TAIL)
    rows = dict(workbook.sheet("Register").rows)
    assert rows[2][0] == "Publican's General"
    assert str(rows[2][1]) == "2023-03-15"  # serial 45000 in a date style
    assert rows[2][2] == 12.5
    assert rows[3] == ['A & B <> "x" éñ']


def test_formulas_read_plain_give_their_cached_value_or_their_text(tmp_path):
    workbook = _workbook(tmp_path / "formulas.xlsx", HEAD + PLAIN_ROWS["formulas with and without a cached value"]
                         + bombs.SHEET_TAIL)
    plain, _expat = _both(workbook, "Register")
    rows = dict(plain.rows)
    assert rows[2] == [2.0, "=A2*2", "big", 3.0]
    assert rows[3] == ["", "", "", 4.0]  # a shared formula with no value of its own, and an empty one: no value


@pytest.mark.parametrize("rows_xml", NOT_PLAIN_ROWS.values(), ids=list(NOT_PLAIN_ROWS))
def test_other_sheets_are_left_to_expat(tmp_path, rows_xml):
    workbook = _workbook(tmp_path / "other.xlsx", HEAD + rows_xml + bombs.SHEET_TAIL)
    plain, expat = _both(workbook, "Register")
    assert plain is None
    assert workbook.sheet("Register").rows == expat.rows
    assert len(expat.rows) == 2


@pytest.mark.parametrize("sheet_xml", [
    HEAD.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"') + bombs.SHEET_TAIL,
    HEAD.replace("<sheetData>", "<x:sheetData>") + bombs.SHEET_TAIL.replace("</sheetData>", "</x:sheetData>"),
    HEAD + '<row r="2"><c r="A2" t="inlineStr"><is><t>&nbsp;</t></is></c></row>' + bombs.SHEET_TAIL,
    HEAD + '<row r="2"><c r="A2" t="inlineStr"><is><t>a &#1; b</t></is></c></row>' + bombs.SHEET_TAIL,
    HEAD + '<row r="2"><c r="A2" t="inlineStr"><is><t>a \x01 b</t></is></c></row>' + bombs.SHEET_TAIL,
    HEAD + '<row r="2"><c r="A2" t="inlineStr"><is><t>a \uffff b</t></is></c></row>' + bombs.SHEET_TAIL,
    HEAD + '<row r="2"><c r="A2" t="inlineStr"><is><t>a ]]> b</t></is></c></row>' + bombs.SHEET_TAIL,
], ids=["latin-1 declared", "prefixed sheet data", "an HTML entity", "a forbidden character reference",
        "a control character", "a non-character", "a CDATA end"])
def test_markup_expat_may_refuse_is_left_to_it(tmp_path, sheet_xml):
    workbook = _workbook(tmp_path / "odd.xlsx", sheet_xml)
    plain, _expat = (None, None)
    try:
        plain, _expat = _both(workbook, "Register")
    except Exception:  # expat refuses it: all the more reason the plain reader did not read it
        target = next(t for _n, t, _v in workbook._sheets)
        cells = CellReading([], frozenset(), False, workbook.path, DEFAULT_LIMITS)
        plain = xlsx_plain.read_plain_sheet(io.BytesIO(workbook.archive.read(target)).read, cells,
                                            ReadBudget(workbook.path), lambda markup: None)
    assert plain is None


def test_rows_cut_across_pieces_read_whole(tmp_path, monkeypatch):
    rows_xml = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>L-{n} años</t></is></c>'
                       f'<c r="B{n}"><v>{n}</v></c></row>' for n in range(2, 400))
    workbook = _workbook(tmp_path / "long.xlsx", HEAD + rows_xml + bombs.SHEET_TAIL)
    for piece in (7, 64, 1000):
        monkeypatch.setattr(xlsx_plain, "_PIECE", piece)
        plain, expat = _both(workbook, "Register")
        assert plain is not None and plain.rows == expat.rows
        assert len(plain.rows) == 399 and plain.rows[-1] == (399, ["L-399 años", 399.0])


def test_a_truncated_sheet_is_damaged_not_short(tmp_path):
    rows_xml = '<row r="2"><c r="A2" t="inlineStr"><is><t>L-1</t></is></c></row>'
    workbook = _workbook(tmp_path / "cut.xlsx", HEAD + rows_xml)  # no </sheetData>
    with pytest.raises(RegisterError, match="damaged"):
        workbook.sheet("Register")


def test_limits_hold_on_the_plain_path(tmp_path):
    rows_xml = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>L-{n}</t></is></c>'
                       f'<c r="B{n}" t="inlineStr"><is><t>{n} Main St</t></is></c></row>' for n in range(2, 60))
    path = bombs.write_zip(tmp_path / "rows.xlsx", bombs._xlsx_frame() + [
        bombs._named("xl/worksheets/sheet1.xml", bombs._deflated(HEAD + rows_xml + bombs.SHEET_TAIL))])
    assert len(read_register(path, reference_date="2025-06-01").records) == 58
    with pytest.raises(RegisterError, match="rows"):
        read_register(path, reference_date="2025-06-01", limits=Limits(rows=20))
    long_cell = HEAD + '<row r="2"><c r="A2" t="inlineStr"><is><t>' + "x" * 50 + "</t></is></c></row>" + bombs.SHEET_TAIL
    path = bombs.write_zip(tmp_path / "long.xlsx", bombs._xlsx_frame() + [
        bombs._named("xl/worksheets/sheet1.xml", bombs._deflated(long_cell))])
    with pytest.raises(RegisterError, match="characters"):
        read_register(path, reference_date="2025-06-01", limits=Limits(cell_characters=40))


@pytest.mark.parametrize("name", sorted(p.name for p in REGISTERS.glob("*.xlsx")
                                        if not p.name.startswith(("40_", "42_", "43_", "44_"))))
def test_the_corpus_workbooks_read_the_same_both_ways(name):
    path = REGISTERS / name
    workbook = XlsxWorkbook(path, zipfile.ZipFile(path))
    for sheet_name in workbook.sheet_names():
        plain, expat = _both(workbook, sheet_name)
        if plain is not None:
            assert plain.rows == expat.rows and plain.spans == expat.spans


def test_the_corpus_is_mostly_read_plain():
    read_plain = 0
    for path in REGISTERS.glob("*.xlsx"):
        if path.name.startswith(("40_", "42_", "43_", "44_")):
            continue
        workbook = XlsxWorkbook(path, zipfile.ZipFile(path))
        read_plain += _both(workbook, workbook.sheet_names()[0])[0] is not None
    assert read_plain >= 3


# -- any plain sheet: both readers agree ------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00",
                                       max_codepoint=0x2FFF).filter(lambda c: c >= " " or c in "\t\n"), max_size=12)


def _escaped(text: str, references: bool) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(f"&#{ord(c)};" if references and not c.isascii() else c for c in text)


@st.composite
def _plain_rows(draw):
    rows = []
    for number in sorted(draw(st.sets(st.integers(2, 40), min_size=1, max_size=6))):
        cells = []
        for column in sorted(draw(st.sets(st.integers(0, 30), max_size=5))):
            ref = f"{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[column % 26] * (1 + column // 26)}{number}"
            style = draw(st.sampled_from(["", ' s="0"', ' s="1"']))
            kind = draw(st.sampled_from(["inline", "s", "n", "str", "b", "e", "empty", "formula"]))
            references = draw(st.booleans())
            if kind == "inline":
                space = draw(st.sampled_from(["", ' xml:space="preserve"']))
                cells.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>'
                             f'{_escaped(draw(_TEXT), references)}</t></is></c>')
            elif kind == "s":
                cells.append(f'<c r="{ref}"{style} t="s"><v>{draw(st.integers(0, 3))}</v></c>')
            elif kind == "n":
                value = draw(st.one_of(st.integers(-10**6, 10**6).map(str), st.floats(-1e6, 1e6).map(repr),
                                       _TEXT.map(lambda t: _escaped(t, False))))
                cells.append(f'<c r="{ref}"{style}><v>{value}</v></c>')
            elif kind in ("str", "e", "b"):
                cells.append(f'<c r="{ref}"{style} t="{kind}"><v>{_escaped(draw(_TEXT), references)}</v></c>')
            elif kind == "formula":
                cached = draw(st.one_of(st.none(), st.integers(0, 99)))
                value = "" if cached is None else f"<v>{cached}</v>"
                cells.append(f'<c r="{ref}"{style}><f>{_escaped(draw(_TEXT), references)}</f>{value}</c>')
            else:
                cells.append(f'<c r="{ref}"{style}/>')
        spans = draw(st.sampled_from(["", ' spans="1:5"', ' spans="1:5" x14ac:dyDescent="0.25"']))
        gap = draw(st.sampled_from(["", "\n", "\n  "]))
        rows.append(f'<row r="{number}"{spans}>{"".join(cells)}</row>{gap}')
    return "".join(rows)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows_xml=_plain_rows())
def test_any_plain_sheet_reads_as_expat_reads_it(tmp_path, rows_xml):
    workbook = _workbook(tmp_path / "any.xlsx", HEAD + rows_xml + bombs.SHEET_TAIL)
    plain, expat = _both(workbook, "Register")
    assert plain is not None, rows_xml
    assert plain.rows == expat.rows
