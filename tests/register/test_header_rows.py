"""Finding the header: one row, or headings split over two rows (table of cases)."""

from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

import pytest

from infosegura_plugin.core.register.header_rows import find_header
from infosegura_plugin.core.register.workbook import Span

DATA = ["1001", "Cool Breeze Bar", "12 Hummingbird Hwy", "Bar", "31/12/2025"]


@dataclass
class Case:
    name: str
    rows: List[Tuple[int, List[object]]]
    headings: List[str]  # as read, one per column
    first_row: int
    last_row: int
    roles: Dict[str, int] = field(default_factory=dict)  # checked when given
    spans: Sequence[Span] = ()


def numbered(*rows):
    return [(number, list(cells)) for number, cells in enumerate(rows, start=1)]


CASES = [
    Case("one row, data below", numbered(["Licence No.", "Premises", "Address", "Class", "Expiry"], DATA),
         ["Licence No.", "Premises", "Address", "Class", "Expiry"], 1, 1),
    Case("Licence over No.: each lower heading names a role alone",
         numbered(["Licence", "Premises", "Address", "Class", "Expiry"], ["No.", "", "", "", ""], DATA),
         ["Licence No.", "Premises", "Address", "Class", "Expiry"], 1, 2,
         roles={"licence_id": 0, "premises": 1, "address": 2, "licence_class": 3, "expiry": 4}),
    Case("Spanish split: the two rows name more roles than either",
         numbered(["Registro (SINTÉTICO)"], [],
                  ["No. de", "Nombre del", "Dirección", "Tipo de", "Fecha de"],
                  ["licencia", "establecimiento", "", "licencia", "vencimiento"], DATA),
         ["No. de licencia", "Nombre del establecimiento", "Dirección", "Tipo de licencia", "Fecha de vencimiento"], 3, 4,
         roles={"licence_id": 0, "premises": 1, "address": 2, "licence_class": 3, "expiry": 4}),
    Case("the upper half is the weaker row",
         numbered(["Name of", "", "Class of", "Date"], ["Premises", "Address", "Licence", "Issued"], DATA),
         ["Name of Premises", "Address", "Class of Licence", "Date Issued"], 1, 2,
         roles={"premises": 0, "address": 1, "licence_class": 2, "issued": 3}),
    Case("a title line is not half of the header",
         numbered(["Register of Licences"], ["Licence No.", "Premises", "Address"], DATA),
         ["Licence No.", "Premises", "Address"], 2, 2),
    Case("a two-cell title without roles is not half of the header",
         numbered(["Belmopan City Council", "Liquor Board"], ["Licence No.", "Premises", "Address"], DATA),
         ["Licence No.", "Premises", "Address"], 2, 2),
    Case("a data row without digits stays data",
         numbered(["Licence No.", "Premises", "Address", "Class"], ["", "Bar Uno", "Calle Uno", "Bar"]),
         ["Licence No.", "Premises", "Address", "Class"], 1, 1),
    Case("a data row with a number stays data even when it could read as headings",
         numbered(["Licence No.", "Premises", "Address"], ["", "Owner", "Street 5"]),
         ["Licence No.", "Premises", "Address"], 1, 1),
    Case("numbers (workbook cells) are never headings",
         [(1, ["Licence", "Premises", "Address"]), (2, [2.0, "", ""])],
         ["Licence", "Premises", "Address"], 1, 1),
    Case("rows apart in the sheet are not one header",
         [(4, ["Licence", "Premises", "Address"]), (6, ["No.", "", ""])],
         ["Licence", "Premises", "Address"], 4, 4),
    Case("a merged group heading: the heading below names each column",
         [(3, ["Licence No.", "Premises", "Address", "Coordinates"]), (4, ["", "", "", "Latitude", "Longitude"])],
         ["Licence No.", "Premises", "Address", "Coordinates Latitude", "Coordinates Longitude"], 3, 4,
         roles={"licence_id": 0, "premises": 1, "address": 2, "latitude": 3, "longitude": 4},
         spans=[Span(3, 3, 3, 4)]),
    Case("the same group without the merge (CSV): latitude is still latitude",
         numbered(["Licence No.", "Premises", "Address", "Coordinates", ""], ["", "", "", "Lat", "Long"], DATA),
         ["Licence No.", "Premises", "Address", "Coordinates Lat", "Long"], 1, 2,
         roles={"licence_id": 0, "premises": 1, "address": 2, "latitude": 3, "longitude": 4}),
    Case("a heading merged down over both rows",
         [(3, ["Licence", "Licensee", "Address"]), (4, ["No.", "", ""])],
         ["Licence No.", "Licensee", "Address"], 3, 4,
         roles={"licence_id": 0, "licensee": 1, "address": 2}, spans=[Span(3, 1, 4, 1), Span(3, 2, 4, 2)]),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_header_rows(case):
    header = find_header(case.rows, {}, case.spans)
    assert header is not None
    assert header.headings == case.headings
    assert (header.first_row, header.last_row) == (case.first_row, case.last_row)
    assert header.rows == case.last_row - case.first_row + 1
    if case.roles:
        assert header.roles() == case.roles


def test_no_header_among_rows_without_headings():
    assert find_header(numbered(["Minutes of the meeting"], ["The board met."]), {}) is None
