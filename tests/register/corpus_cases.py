"""What each file of tests/data/registers/ must give (files built by make_corpus.py).

A read case: the row count, whether it is a point layer, and key values of some rows
(by source_row; ``issues`` is the exact set of codes); the headings as read, how many
heading rows, and words each warning must contain, when given. An error case: words the
message must contain. Every case is read with REFERENCE_DATE 2025-06-01.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional

REFERENCE_DATE = "2025-06-01"


@dataclass
class Read:
    file: str
    rows: int
    expect: Dict[int, Dict[str, object]] = field(default_factory=dict)
    points: bool = False
    options: Dict[str, object] = field(default_factory=dict)
    sheet: Optional[str] = None
    headings: Optional[List[str]] = None
    header_rows: int = 1
    warnings: List[List[str]] = field(default_factory=list)


@dataclass
class Fails:
    file: str
    words: List[str]
    options: Dict[str, object] = field(default_factory=dict)
    sheet: Optional[str] = None


NONE = set()

CASES = [
    Read("01_basic_utf8.csv", 5, {
        1: dict(licence_id="1001", premises="Cool Breeze Bar", licensee="Marta Ical", address="12 Hummingbird Hwy",
                category="on_premise", status="active", issues=NONE),
        2: dict(category="off_premise", status="active"),
        3: dict(status="expired", issues={"expired"}, values_tail=["renewal pending"]),
        4: dict(category="occasional"),
    }),
    Read("02_spanish_semicolon_bom.csv", 3, {
        1: dict(licence_id="L-201", premises="Bar El Jaguar", licensee="Rosa Peña", address="Calle Años Nuevos 5",
                category="on_premise", status="active", issues=NONE, point=(311930, 1908183)),
        2: dict(issued="2025-01-01", expiry="2025-12-31", category="off_premise"),
        3: dict(issues={"missing_address", "expired"}, status="expired"),
    }, points=True),
    Read("03_cp1252_title_block.csv", 2, {
        1: dict(licence_id="2001", premises="Peña's Place", address="Calle Ñandú 4", licensee="Raúl Peña",
                category="on_premise"),
        2: dict(premises="Café Olé", licensee="Zoë Müller"),
    }),
    Read("04_utf16_tab.txt", 2, {2: dict(premises="Añejo Liquors", category="off_premise")}),
    Read("05_utf16_no_bom.tsv", 2, {1: dict(licence_id="3001", category="on_premise")}),
    Read("06_pipe.txt", 2, {2: dict(address="Corner of Ceibo and Guava", category="off_premise")}),
    Read("07_dates.csv", 9, {
        1: dict(issued="2024-07-05", expiry="2025-07-05", status="active", issues=NONE),
        2: dict(issued="2024-07-05", expiry="2025-07-05", status="active"),
        3: dict(expiry="2025-05-31", status="expired", issues={"expired"}),
        4: dict(issued="2024-07-05", expiry="2025-07-05", status="active"),
        5: dict(expiry=None, status="unknown", issues={"bad_date"}),
        6: dict(expiry=None, status="unknown", issues=NONE),
        7: dict(issued="2024-06-01", expiry="2025-05-31", status="expired", issues={"expired"}),
        8: dict(issued="2024-07-05", status="unknown", issues={"bad_date"}),
        9: dict(issued="2024-08-05", expiry="2025-08-05", status="active"),
    }),
    Read("08_duplicates.csv", 6, {
        1: dict(licence_id="1043", issues={"duplicate_licence"}),
        2: dict(licence_id="1043", issues={"duplicate_licence"}),
        3: dict(licence_id="1043", issues={"duplicate_licence"}),
        4: dict(licence_id="", issues={"missing_licence_id"}),
        5: dict(licence_id="", issues={"missing_licence_id"}),
        6: dict(licence_id="1044", issues=NONE),
    }),
    Read("09_missing_address.csv", 5, {
        1: dict(address="", issues={"missing_address"}),
        2: dict(address="", issues={"missing_address"}, values_head=["6002", "Dash", "-"]),
        3: dict(address="", issues={"missing_address"}),
        4: dict(address="", issues={"missing_address"}),
        5: dict(address="10 Hibiscus St", issues=NONE, values_head=["6005", "Real", "  10   Hibiscus   St  "]),
    }),
    Read("10_latlon.csv", 8, {
        1: dict(issues=NONE, point=(311930, 1908183)),
        2: dict(issues={"swapped_lat_lon"}, point=(311930, 1908183)),
        3: dict(issues={"outside_belize"}, point=(122143, 1620869)),
        4: dict(issues={"bad_coordinates"}, point=None),
        5: dict(issues={"bad_coordinates"}, point=None),
        6: dict(issues={"bad_coordinates"}, point=None),
        7: dict(issues=NONE, point=None),
        8: dict(issues=NONE, point=(311941, 1908165)),
    }, points=True),
    Read("11_utm.csv", 5, {
        1: dict(issues=NONE, point=(312500, 1908000)),
        2: dict(issues={"swapped_easting_northing"}, point=(312500, 1908000)),
        3: dict(issues={"bad_coordinates"}, point=None),
        4: dict(issues={"outside_belize"}, point=(700000, 2500000)),
        5: dict(issues=NONE, point=None),
    }, points=True),
    Read("12_formulas.csv", 2, {
        1: dict(premises="=1+2", address='=HYPERLINK("http://x","y")',
                values=["9001", "=1+2", '=HYPERLINK("http://x","y")', "Bar", "+501 822 0000"]),
        2: dict(premises="@SUM(A1)", address="-cmd|' /C calc'!A0"),
    }),
    Read("13_blank_rows.csv", 3, {1: dict(licence_id="1101"), 5: dict(licence_id="1102"), 8: dict(licence_id="1103")}),
    Fails("14_header_only.csv", ["14_header_only.csv", "no licence"]),
    Fails("15_title_and_header_only.csv", ["15_title_and_header_only.csv", "no licence"]),
    Fails("16_empty.csv", ["16_empty.csv", "empty"]),
    Fails("17_no_header.csv", ["17_no_header.csv", "no header found", "Minutes of the board meeting"]),
    Fails("18_no_address.csv", ["18_no_address.csv", "address", "'Licence No.'", "'Premises'", "'Class'", "'Expiry'"]),
    Read("19_classes.csv", 8, {
        1: dict(category="on_premise", issues=NONE),
        2: dict(category="on_premise"),
        3: dict(category="off_premise"),
        4: dict(category="occasional"),
        5: dict(category="on_premise"),
        6: dict(category="unknown", issues={"unknown_class"}),
        7: dict(category="unknown", issues={"missing_class"}),
        8: dict(category="on_premise"),
    }),
    Read("19_classes.csv", 8, {
        1: dict(category="on_premise"),
        5: dict(category="off_premise"),
        6: dict(category="on_premise", issues=NONE),
    }, options={"category_map": "19_category_map.csv"}),
    Fails("20_overrides.csv", ["20_overrides.csv", "address", "'Where'", "'Kind'"]),
    Read("20_overrides.csv", 2, {
        1: dict(licence_id="X-1", premises="Alpha", address="1 G St", licence_class="Bar", category="on_premise",
                status="active"),
        2: dict(category="off_premise"),
    }, options={"overrides": {"licence_id": "Ref", "premises": "trading name", "address": "Where",
                              "licence_class": "Kind"}}),
    Fails("20_overrides.csv", ["20_overrides.csv", "'Nowhere'", "'Where'"],
          options={"overrides": {"address": "Nowhere"}}),
    Read("21_odd_headings.csv", 2, {
        1: dict(licence_id="1401", licence_class="Bar", values=["1401", "A", "1 H St", "loose note", "r1", "r2", "old-id", "Bar"]),
    }),
    Read("22_combined_coordinates.csv", 3, {
        1: dict(point=(311930, 1908183), issues=NONE),
        2: dict(point=None, issues=NONE),
        3: dict(point=(311930, 1908183), issues={"swapped_lat_lon"}),
    }, points=True),
    Read("23_multiline_quoted.csv", 2, {
        1: dict(address="Lot 5, behind the market", values_head=["1601", "A", "Lot 5,\r\nbehind the market"]),
        2: dict(premises='B "The Best"'),
    }),
    Read("24_cp1252_spanish.txt", 2, {
        1: dict(licence_id="1701", premises="Cantina Doña Inés", licensee="Inés Mejía", category="on_premise"),
        2: dict(category="off_premise", status="expired", issues={"expired"}),
    }),
    Fails("25_binary.csv", ["25_binary.csv", "not a text register"]),
    Read("26_two_row_headings.csv", 2, {
        1: dict(licence_id="T-01", premises="Cantina El Cayo", licensee="Rosa Bol", address="Calle Principal 3",
                category="on_premise", issued="2025-02-01", expiry="2026-01-31", status="active", issues=NONE),
        2: dict(licence_id="T-02", category="off_premise", status="expired", issues={"expired"}),
    }, headings=["No. de licencia", "Nombre del establecimiento", "Propietario", "Dirección", "Tipo de licencia",
                 "Fecha de emisión", "Fecha de vencimiento"], header_rows=2),
    Read("27_unclosed_quote.csv", 6, {
        1: dict(licence_id="1801", premises='"Bar Uno', address="1 K St", issues={"unclosed_quote"},
                values=["1801", '"Bar Uno', "1 K St", "Bar", "31/12/2025"]),
        2: dict(licence_id="1802", premises="Bar Dos", issues=NONE),
        3: dict(licence_id="1803", issues=NONE),
        4: dict(licence_id="1804", address="Lot 4, behind the market", issues=NONE),
        5: dict(licence_id="1805", address="5 K St near the bridge", issues=NONE),
        6: dict(licence_id="1806", issues=NONE),
    }, warnings=[["27_unclosed_quote.csv", "line 2", "3 lines (3 to 5)", "every row was kept"]]),
    Read("28_unclosed_quote_at_end.csv", 4, {
        2: dict(licence_id="1902", premises='"Bar B', address="2 L St", issues={"unclosed_quote"}),
        3: dict(licence_id="1903", issues=NONE),
        4: dict(licence_id="1904", address="4 L St", issues=NONE),
    }, warnings=[["28_unclosed_quote_at_end.csv", "line 3", "2 lines (4 to 5)"]]),
    Read("30_title_block.xlsx", 4, {
        1: dict(licence_id="1043", issued="2024-07-05", expiry="2025-07-05", status="active", issues=NONE,
                point=(311930, 1908183), values_head=["1043", "Cool Breeze Bar"]),
        2: dict(licence_id="1044", address="", issues={"duplicate_licence", "missing_address", "expired"}),
        3: dict(licence_id="1044", premises="=cmd|' /C calc'!A0", issued="2024-07-05", expiry="2025-08-31",
                issues={"duplicate_licence", "swapped_lat_lon"}),
        4: dict(licence_id="1045.5", status="unknown", issues=NONE),
    }, points=True),
    Read("31_multi_sheet.xlsx", 2, {
        1: dict(licence_id="A-1", expiry="2026-01-01", status="active"),
        2: dict(category="off_premise", status="expired"),
    }),
    Read("31_multi_sheet.xlsx", 1, {1: dict(licence_id="Z-9")}, sheet="Archive 2024"),
    Read("31_multi_sheet.xlsx", 1, {1: dict(licence_id="Z-9")}, sheet="3"),
    Fails("31_multi_sheet.xlsx", ["31_multi_sheet.xlsx", "'Register 2023'", "'Notes'", "'Licences 2025'", "'Archive 2024'"],
          sheet="Register 2023"),
    Fails("31_multi_sheet.xlsx", ["31_multi_sheet.xlsx", "Notes", "no header found"], sheet="Notes"),
    Fails("32_empty_sheet.xlsx", ["32_empty_sheet.xlsx", "empty"]),
    Read("33_inline_strings_1904.xlsx", 3, {
        1: dict(licence_id="7001", premises="Bar Uno", address="Calle 1", expiry="2025-07-07", status="active"),
        2: dict(licence_id="7002", address="=A1&B1", category="off_premise", issues={"bad_date"}),
        5: dict(licence_id="TRUE", issues={"bad_date"}),
    }),
    Read("34_repeated_rows.ods", 2, {
        1: dict(licence_id="501", address="1 Beach Rd", expiry="2026-03-31", point=(371000, 1876000), issues=NONE),
        2: dict(address="2 Beach Rd", status="expired", issues={"expired"}, point=None,
                values_head=["502", "Shore Shop", "Lia Sho", "2 Beach  Rd"]),
    }, points=True),
    Fails("35_encrypted.ods", ["35_encrypted.ods", "encrypted"]),
    Read("36_two_row_headings.ods", 2, {
        1: dict(licence_id="S-1", premises="Hill Bar", point=(312500, 1908000), issues=NONE),
        2: dict(licence_id="S-2", category="off_premise", point=None),
    }, points=True, headings=["Licence No.", "Premises", "Address", "Class", "Coordinates Easting",
                              "Coordinates Northing"], header_rows=2),
    Fails("40_encrypted.xlsx", ["40_encrypted.xlsx", "encrypted"]),
    Fails("41_old_format.xls", ["41_old_format.xls", ".xls", "cannot be read", "save it as .xlsx or .csv"]),
    Fails("42_not_a_spreadsheet.xlsx", ["42_not_a_spreadsheet.xlsx", "not a spreadsheet"]),
    Fails("43_zip_not_workbook.xlsx", ["43_zip_not_workbook.xlsx", "not a spreadsheet"]),
    Fails("44_damaged.xlsx", ["44_damaged.xlsx", "damaged"]),
    Fails("48_web_page.xls", ["48_web_page.xls", "web page", "save it as .xlsx or .csv"]),
    # The register of 30_title_block.xlsx saved by LibreOffice as Excel 97-2003.
    Read("45_title_block.xls", 4, {
        1: dict(licence_id="1043", issued="2024-07-05", expiry="2025-07-05", status="active", issues=NONE,
                point=(311930, 1908183), values_head=["1043", "Cool Breeze Bar"]),
        2: dict(licence_id="1044", address="", issues={"duplicate_licence", "missing_address", "expired"}),
        3: dict(licence_id="1044", premises="=cmd|' /C calc'!A0", issued="2024-07-05", expiry="2025-08-31",
                issues={"duplicate_licence", "swapped_lat_lon"}, values_tail=["-88.769", "17.251"]),
        4: dict(licence_id="1045.5", status="unknown", issues=NONE),
    }, points=True),
    Read("46_two_row_headings.xlsx", 2, {
        1: dict(licence_id="2101", premises="Bay View Bar", licensee="Ana Chi", address="1 Bay Rd",
                issued="2025-03-01", expiry="2026-02-28", point=(353379, 2034116), issues=NONE),
        2: dict(licence_id="2102", category="off_premise", status="expired", point=None, issues={"expired"}),
    }, points=True, headings=["Licence No.", "Nombre del establecimiento", "Licensee", "Address", "Class of Licence",
                              "Date Issued", "Expiry Date", "Coordinates Latitude", "Coordinates Longitude"],
        header_rows=2),
    # The same saved as .xls: GDAL does not report merged cells, so the group heading
    # "Coordinates" stays over its first column only; the roles are the same.
    Read("47_two_row_headings.xls", 2, {
        1: dict(licence_id="2101", premises="Bay View Bar", issued="2025-03-01", point=(353379, 2034116), issues=NONE),
        2: dict(licence_id="2102", status="expired", point=None, issues={"expired"}),
    }, points=True, headings=["Licence No.", "Nombre del establecimiento", "Licensee", "Address", "Class of Licence",
                              "Date Issued", "Expiry Date", "Coordinates Latitude", "Longitude"], header_rows=2),
]
