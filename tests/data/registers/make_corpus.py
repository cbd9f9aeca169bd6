"""Build the test corpus of licence registers (tests/data/registers/).

SYNTHETIC: every name, address and licence here is invented. The files imitate what
Belize licensing boards send (title blocks, Spanish headings, Windows-1252, three date
formats, duplicates, blank addresses, swapped coordinates, headings over two rows, a
quote never closed, old .xls workbooks...). Deterministic except the .xls files (made by
LibreOffice, `soffice` from Debian's libreoffice-calc, and kept once made; `--xls` remakes
them): run `.venv/bin/python tests/data/registers/make_corpus.py` and commit the files.
The expected results are in tests/register/corpus_cases.py.
"""

import datetime
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def write_text(name, lines, encoding="utf-8", newline="\r\n"):
    data = newline.join(lines) + newline
    (HERE / name).write_bytes(data.encode(encoding))


def write_bytes(name, data):
    (HERE / name).write_bytes(data)


def build_text_files():
    write_text("01_basic_utf8.csv", [
        "Licence No.,Name of Premises,Licensee,Address,Class of Licence,Date Issued,Expiry Date,Remarks",
        "1001,Cool Breeze Bar,Marta Ical,12 Hummingbird Hwy,Publican's General,01/07/2024,30/06/2025,",
        "1002,Ring Road Store,Luis Chan,45 Ring Road,Shop,15/01/2025,14/01/2026,",
        "1003,Sunset Hotel,Ana Pop,3 Constitution Drive,Hotel,02/02/2023,01/02/2024,renewal pending",
        "1004,Fiesta Patria,Comité Patrio,Independence Plaza,Special Event,10/09/2025,21/09/2025,",
        "1005,La Cantina,Jorge Bol,7 Mountain View Blvd,Restaurant,01/01/2025,31/12/2025,",
    ], encoding="utf-8")

    write_text("02_spanish_semicolon_bom.csv", [
        "No. de licencia;Establecimiento;Propietario;Dirección;Tipo;Emitida;Vence;Latitud;Longitud",
        "L-201;Bar El Jaguar;Rosa Peña;Calle Años Nuevos 5;Bar;05/07/2024;05/07/2025;17,2510;-88,7690",
        "L-202;Tienda La Económica;José Núñez;Avenida Belice 19;Tienda;1-ene-25;31-dic-25;;",
        "L-203;Discoteca Luna;Inés Coc;;Discoteca;2024-03-01;2025-02-28;;",
    ], encoding="utf-8-sig")

    write_text("03_cp1252_title_block.csv", [
        "Belmopan City Council,,,,,,",
        "Liquor Licensing Board - Register of Licences 2025 (SYNTHETIC),,,,,,",
        ",,,,,,",
        "Lic #,Business,Owner,Location,Type,Issued,Expiry",
        "2001,Peña's Place,Raúl Peña,Calle Ñandú 4,PUBLICAN'S RESTRICTED,01/03/2025,28/02/2026",
        "2002,Café Olé,Zoë Müller,Mahogany Street,RESTAURANT,01/03/2025,28/02/2026",
        ",,,,,,",
        ",,,,,,",
    ], encoding="cp1252")

    data = ("Licence No\tPremises\tLicensee\tAddress\tClass\tIssued\tExpiry\r\n"
            "3001\tJaguar Lounge\tAna Chi\t1 Unity Blvd\tNight Club\t01/06/2025\t31/05/2026\r\n"
            "3002\tAñejo Liquors\tEli Tun\t9 Orchid St\tWholesale\t01/06/2025\t31/05/2026\r\n")
    write_bytes("04_utf16_tab.txt", b"\xff\xfe" + data.encode("utf-16-le"))
    write_bytes("05_utf16_no_bom.tsv", data.encode("utf-16-le"))

    write_text("06_pipe.txt", [
        "LICENCE NO|PREMISES|LICENSEE|ADDRESS|CLASS|ISSUED|EXPIRY",
        "4001|Hill Top Bar|Ben Sho|22 Ceibo St|BAR|01/01/2025|31/12/2025",
        "4002|Corner Shop|Ada Sho|Corner of Ceibo and Guava|SHOP|01/01/2025|31/12/2025",
    ])

    write_text("07_dates.csv", [
        "Licence No.,Premises,Address,Class,Date Issued,Expiry Date",
        "5001,Day First,1 A St,Bar,05/07/2024,05/07/2025",
        "5002,Month Name,2 A St,Bar,5-Jul-24,5-Jul-25",
        "5003,Iso,3 A St,Bar,2024-07-05,2025-05-31",
        "5004,Excel Serial,4 A St,Bar,45478,45843",
        "5005,Impossible,5 A St,Bar,01/03/2024,31/02/2025",
        "5006,No Expiry,6 A St,Bar,01/03/2024,",
        "5007,Two Digit,7 A St,Bar,1/6/24,31/5/25",
        "5008,Words,8 A St,Bar,5 July 2024,Next year",
        "5009,Spanish Month,9 A St,Bar,5-ago-24,05-AGO-2025",
    ])

    write_text("08_duplicates.csv", [
        "Licence No.,Premises,Address,Class,Expiry",
        " 1043,First,1 B St,Bar,31/12/2030",
        "1043 ,Second,2 B St,Bar,31/12/2030",
        "1043,Third,3 B St,Bar,31/12/2030",
        ",No Number,4 B St,Bar,31/12/2030",
        ",No Number Either,5 B St,Bar,31/12/2030",
        "1044,Unique,6 B St,Bar,31/12/2030",
    ])

    write_text("09_missing_address.csv", [
        "Licence No.,Premises,Address,Class",
        "6001,Blank,,Bar",
        "6002,Dash,-,Bar",
        "6003,NA,N/A,Bar",
        "6004,Spaces,   ,Bar",
        "6005,Real,  10   Hibiscus   St  ,Bar",
    ])

    write_text("10_latlon.csv", [
        "Licence No.,Premises,Address,Class,Latitude,Longitude",
        "7001,Good,1 C St,Bar,17.2510,-88.7690",
        "7002,Swapped,2 C St,Bar,-88.7690,17.2510",
        "7003,Guatemala City,3 C St,Bar,14.6349,-90.5069",
        "7004,Beyond Pole,4 C St,Bar,95.0,-88.7",
        "7005,Half Given,5 C St,Bar,17.25,",
        "7006,Text,6 C St,Bar,near the market,-88.7",
        "7007,None,7 C St,Bar,,",
        "7008,Degrees,8 C St,Bar,17°15'03\" N,88°46'08\" W",
    ])

    write_text("11_utm.csv", [
        "Licence No.,Premises,Address,Class,Easting,Northing",
        "8001,Good,1 D St,Bar,312500,1908000",
        "8002,Swapped,2 D St,Bar,1908000,312500",
        "8003,Not UTM,3 D St,Bar,5000000,7000000",
        "8004,Outside,4 D St,Bar,700000,2500000",
        "8005,Blank,5 D St,Bar,,",
    ])

    write_text("12_formulas.csv", [
        "Licence No.,Premises,Address,Class,Remarks",
        '9001,=1+2,"=HYPERLINK(""http://x"",""y"")",Bar,+501 822 0000',
        "9002,@SUM(A1),-cmd|' /C calc'!A0,Bar,-",
    ])

    write_text("13_blank_rows.csv", [
        "Licence No.,Premises,Address,Class",
        "1101,One,1 E St,Bar",
        ",,,",
        "",
        "   ",
        "1102,Two,2 E St,Bar",
        ";;;",
        "---,---,---,---",
        "1103,Three,3 E St,Bar",
        ",,,",
    ])

    write_text("14_header_only.csv", ["Licence No.,Premises,Address,Class,Expiry"])
    write_text("15_title_and_header_only.csv", [
        "Orange Walk Town Council,,,",
        "Register of liquor licences,,,",
        ",,,",
        "Licence No.,Premises,Address,Class",
        ",,,",
        ",,,",
    ])
    write_bytes("16_empty.csv", b"")
    write_text("17_no_header.csv", [
        "Minutes of the board meeting",
        "The board met on Tuesday and approved the renewals.",
        "Next meeting in March.",
    ])
    write_text("18_no_address.csv", [
        "Licence No.,Premises,Licensee,Class,Expiry",
        "1201,Bar One,A. Person,Bar,31/12/2025",
    ])

    write_text("19_classes.csv", [
        "Licence No.,Premises,Address,Class of Licence",
        "1301,A,1 F St,PUBLICAN'S GENERAL LICENCE",
        "1302,B,2 F St,publicans restricted",
        "1303,C,3 F St,Shopkeeper's Licence",
        "1304,D,4 F St,OCCASIONAL",
        "1305,E,5 F St,Beer",
        "1306,F,6 F St,Bingo Hall",
        "1307,G,7 F St,",
        "1308,H,8 F St,Licencia de Bar y Restaurante",
    ])
    write_text("19_category_map.csv", [
        "licence_class,category",
        "Bingo Hall,on_premise",
        "Beer,off_premise",
    ])

    write_text("20_overrides.csv", [
        "Ref,Trading name,Where,Kind,Expires",
        "X-1,Alpha,1 G St,Bar,31/12/2030",
        "X-2,Beta,2 G St,Shop,31/12/2030",
    ])

    write_text("21_odd_headings.csv", [
        "Licence No.,Premises,Address,,Remarks,Remarks,licence_id,Class",
        "1401,A,1 H St,loose note,r1,r2,old-id,Bar",
        "1402,B,2 H St,,r3,r4,old-id-2,Bar",
    ])

    write_text("22_combined_coordinates.csv", [
        "Licence No.,Premises,Address,Class,Lat/Long",
        '1501,A,1 I St,Bar,"17.2510, -88.7690"',
        "1502,B,2 I St,Bar,",
        '1503,C,3 I St,Bar,"-88.7690, 17.2510"',
    ])

    write_text("23_multiline_quoted.csv", [
        "Licence No.,Premises,Address,Class",
        '1601,A,"Lot 5,',
        'behind the market",Bar',
        '1602,"B ""The Best""",2 J St,Bar',
    ])

    write_text("24_cp1252_spanish.txt", [
        "Nº Licencia;Nombre del establecimiento;Titular;Dirección;Clase;Fecha de emisión;Fecha de vencimiento",
        "1701;Cantina Doña Inés;Inés Mejía;Calle José María 3;CANTINA;01/02/2025;31/01/2026",
        "1702;Súper Económico;Ángel Ruíz;Avenida Perú 12;SUPERMARKET;01/02/2025;31/01/2024",
    ], encoding="cp1252")

    write_bytes("25_binary.csv", bytes(range(256)) * 4)


# ---------------------------------------------------------------- workbooks ----

def build_openpyxl_files():
    import openpyxl

    def save(workbook, name):
        workbook.properties.created = datetime.datetime(2025, 1, 1)
        workbook.properties.modified = datetime.datetime(2025, 1, 1)
        buffer = io.BytesIO()
        workbook.save(buffer)
        write_bytes(name, buffer.getvalue())

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Register"
    sheet.append(["Cayo District Liquor Licensing Board (SYNTHETIC)"])
    sheet.append(["Register of licences, 2025"])
    sheet.append([])
    sheet.append(["Licence No.", "Name of Premises", "Licensee", "Address", "Class of Licence",
                  "Date Issued", "Expiry Date", "Latitude", "Longitude"])
    rows = [
        (1043, "Cool Breeze Bar", "Marta Ical", "12 Hummingbird Hwy", "PUBLICAN'S GENERAL",
         datetime.date(2024, 7, 5), datetime.date(2025, 7, 5), 17.251, -88.769),
        (1044, "Ring Road Store", "Luis Chan", None, "SHOP",
         datetime.date(2024, 1, 1), datetime.date(2025, 1, 1), None, None),
        (1044, "=cmd|' /C calc'!A0", "Ana Pop", "3 Constitution Drive", "Hotel",
         "05/07/2024", 45900, -88.769, 17.251),
        (1045.5, "Decimal Id", "Eli Tun", "4 Orchid St", "Night Club", None, None, None, None),
    ]
    for row in rows:
        sheet.append(list(row))
    for cell in sheet["F"] + sheet["G"]:
        if isinstance(cell.value, (datetime.date, datetime.datetime)):
            cell.number_format = "dd/mm/yyyy"
    for _ in range(3):
        sheet.append([])
    save(workbook, "30_title_block.xlsx")

    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Notes"
    notes.append(["This workbook is synthetic. The register is on the next sheet."])
    register = workbook.create_sheet("Licences 2025")
    register.append(["Lic #", "Business", "Location", "Type", "Vence"])
    register.append(["A-1", "Alpha", "1 K St", "bar", datetime.date(2026, 1, 1)])
    register.append(["A-2", "Beta", "2 K St", "shop", datetime.date(2024, 1, 1)])
    register["E2"].number_format = "d-mmm-yy"
    register["E3"].number_format = "yyyy-mm-dd"
    other = workbook.create_sheet("Archive 2024")
    other.append(["Licence No.", "Premises", "Address", "Class"])
    other.append(["Z-9", "Old", "9 K St", "Bar"])
    save(workbook, "31_multi_sheet.xlsx")

    workbook = openpyxl.Workbook()
    workbook.active.title = "Empty"
    save(workbook, "32_empty_sheet.xlsx")


def _zip(name, members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members:
            info = zipfile.ZipInfo(member, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if member == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    write_bytes(name, buffer.getvalue())


def build_handmade_xlsx():
    """Inline strings, a formula with and without its cached value, 1904 dates, no
    shared strings file: what other tools than Excel write."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
        '<workbookPr date1904="1"/><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs></styleSheet>'
    )

    def inline(ref, text):
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'

    # 1904 system: serial 44383 is 2025-07-07 (it would be 2021-07-06 in the 1900 system).
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><dimension ref="A1:XFD1048576"/><sheetData>'
        '<row r="2">' + inline("B2", "Registro de licencias (SINTÉTICO)") + "</row>"
        '<row r="4">' + inline("B4", "No. de licencia") + inline("C4", "Establecimiento") + inline("D4", "Dirección")
        + inline("E4", "Tipo") + inline("F4", "Vence") + "</row>"
        '<row r="5"><c r="B5"><v>7001</v></c>' + inline("C5", "Bar Uno") + inline("D5", "Calle 1")
        + inline("E5", "BAR") + '<c r="F5" s="1"><v>44383</v></c></row>'
        '<row r="6"><c r="B6" t="str"><f>CONCATENATE("70","02")</f><v>7002</v></c>'
        + inline("C6", "Bar Dos") + '<c r="D6"><f>A1&amp;B1</f></c>' + inline("E6", "tienda")
        + '<c r="F6" s="2"><v>2</v></c></row>'
        '<row r="9"><c r="B9" t="b"><v>1</v></c>' + inline("C9", "Bool id") + inline("D9", "Calle 9")
        + inline("E9", "Bar") + '<c r="F9" t="e"><v>#N/A</v></c></row>'
        '<row r="1048576" spans="1:3"><c r="A1048576" s="2"/></row>'
        "</sheetData></worksheet>"
    )
    _zip("33_inline_strings_1904.xlsx", [
        ("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/styles.xml", styles),
        ("xl/worksheets/sheet1.xml", sheet),
    ])


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_text(text, repeat=1):
    extra = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>'


def _ods_float(value):
    return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def _ods_date(value):
    return f'<table:table-cell office:value-type="date" office:date-value="{value}"><text:p>{value}</text:p></table:table-cell>'


def _ods_empty(repeat=1):
    return f'<table:table-cell table:number-columns-repeated="{repeat}"/>'


def _ods_file(name, tables, encrypted=False):
    body = "".join(
        f'<table:table table:name="{table_name}">{rows}</table:table>' for table_name, rows in tables
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        + ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>' if encrypted else "")
        + "</manifest:file-entry></manifest:manifest>"
    )
    _zip(name, [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", content if not encrypted else "\x00garbled"),
        ("META-INF/manifest.xml", manifest),
    ])


def build_ods_files():
    def row(*cells, repeat=1):
        extra = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
        return f"<table:table-row{extra}>{''.join(cells)}</table:table-row>"

    rows = "".join([
        row(_ods_text("Stann Creek Licensing Board (SYNTHETIC)"), _ods_empty(16383)),
        row(_ods_empty(16384), repeat=2),
        row(_ods_text("Licence No."), _ods_text("Premises"), _ods_text("Licensee"), _ods_text("Address"),
            _ods_text("Class"), _ods_text("Expiry"), _ods_text("X"), _ods_text("Y"), _ods_empty(16376)),
        row(_ods_float("501"), _ods_text("Reef Bar"), _ods_text("Kim Sho"), _ods_text("1 Beach  Rd"),
            _ods_text("Bar"), _ods_date("2026-03-31"), _ods_float("371000"), _ods_float("1876000"), _ods_empty(16376)),
        row(_ods_float("502"), _ods_text("Shore Shop"), _ods_text("Lia Sho"),
            '<table:table-cell office:value-type="string"><text:p>2 Beach<text:s text:c="2"/>Rd</text:p></table:table-cell>',
            _ods_text("Shop"), _ods_date("2024-03-31"), _ods_empty(2), _ods_empty(16376)),
        row(_ods_empty(16384), repeat=1048000),
    ])
    _ods_file("34_repeated_rows.ods", [("Register", rows)])
    _ods_file("35_encrypted.ods", [("Register", "")], encrypted=True)


def build_broken_files():
    # An OLE2 compound file whose directory names the streams of an encrypted OOXML package.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50 + "EncryptedPackage".encode("utf-16-le")
    write_bytes("40_encrypted.xlsx", header + directory + b"\x00" * 1024)
    write_bytes("41_old_format.xls", header + "Workbook".encode("utf-16-le") + b"\x00" * 1024)
    write_bytes("42_not_a_spreadsheet.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("readme.txt", FIXED_TIME), "just a zip")
    write_bytes("43_zip_not_workbook.xlsx", buffer.getvalue())
    whole = (HERE / "30_title_block.xlsx").read_bytes()
    write_bytes("44_damaged.xlsx", whole[: len(whole) // 2])
    # What some licensing systems export as "Excel": a web page with a table.
    write_text("48_web_page.xls", [
        "<html><head><meta charset=\"utf-8\"></head><body><table>",
        "<tr><td>Licence No.</td><td>Premises</td><td>Address</td></tr>",
        "<tr><td>1</td><td>Bar (SYNTHETIC)</td><td>1 M St</td></tr>",
        "</table></body></html>",
    ])


# ------------------------------------------- split headings, stray quotes, .xls ----

def build_split_heading_files():
    """Headings over two rows, as forms printed by licensing offices have them."""
    write_text("26_two_row_headings.csv", [
        "Registro de licencias de licor - Distrito de Toledo (SINTÉTICO);;;;;;",
        ";;;;;;",
        "No. de;Nombre del;Propietario;Dirección;Tipo de;Fecha de;Fecha de",
        "licencia;establecimiento;;;licencia;emisión;vencimiento",
        "T-01;Cantina El Cayo;Rosa Bol;Calle Principal 3;Cantina;01/02/2025;31/01/2026",
        "T-02;Tienda Maya;Luis Coc;Avenida Sur 8;Tienda;01/02/2025;31/01/2025",
    ], encoding="utf-8-sig")

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Register"
    sheet.append(["Corozal Town Board - Register of Liquor Licences (SYNTHETIC)"])
    sheet.append([])
    sheet.append(["Licence", "Nombre del", "Licensee", "Address", "Class of", "Date", "Expiry", "Coordinates", None])
    sheet.append(["No.", "establecimiento", None, None, "Licence", "Issued", "Date", "Latitude", "Longitude"])
    for cells in ("C3:C4", "D3:D4", "H3:I3"):
        sheet.merge_cells(cells)
    sheet.append([2101, "Bay View Bar", "Ana Chi", "1 Bay Rd", "Bar",
                  datetime.date(2025, 3, 1), datetime.date(2026, 2, 28), 18.3920, -88.3880])
    sheet.append([2102, "Shore Store", "Ben Tun", "2 Bay Rd", "Shop",
                  datetime.date(2024, 3, 1), datetime.date(2025, 2, 28), None, None])
    for cell in sheet["F"] + sheet["G"]:
        if isinstance(cell.value, datetime.date):
            cell.number_format = "dd/mm/yyyy"
    workbook.properties.created = workbook.properties.modified = datetime.datetime(2025, 1, 1)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes("46_two_row_headings.xlsx", buffer.getvalue())

    def row(*cells):
        return f"<table:table-row>{''.join(cells)}</table:table-row>"

    spanned = ('<table:table-cell office:value-type="string" table:number-columns-spanned="2">'
               "<text:p>Coordinates</text:p></table:table-cell><table:covered-table-cell/>")
    rows = "".join([
        row(_ods_text("Licence"), _ods_text("Premises"), _ods_text("Address"), _ods_text("Class"), spanned),
        row(_ods_text("No."), _ods_empty(3), _ods_text("Easting"), _ods_text("Northing")),
        row(_ods_text("S-1"), _ods_text("Hill Bar"), _ods_text("1 Hill St"), _ods_text("Bar"),
            _ods_float("312500"), _ods_float("1908000")),
        row(_ods_text("S-2"), _ods_text("Hill Shop"), _ods_text("2 Hill St"), _ods_text("Shop")),
    ])
    _ods_file("36_two_row_headings.ods", [("Register", rows)])


def build_stray_quote_files():
    """A quote that never closes: the old reader swallowed the rows after it."""
    write_text("27_unclosed_quote.csv", [
        "Licence No.,Premises,Address,Class,Expiry",
        '1801,"Bar Uno,1 K St,Bar,31/12/2025',
        "1802,Bar Dos,2 K St,Bar,31/12/2025",
        "1803,Bar Tres,3 K St,Bar,31/12/2025",
        '1804,Bar Cuatro,"Lot 4, behind the market",Bar,31/12/2025',
        '1805,Bar Cinco,"5 K St',
        'near the bridge",Bar,31/12/2025',
        "1806,Bar Seis,6 K St,Bar,31/12/2025",
    ])
    write_text("28_unclosed_quote_at_end.csv", [
        "Licence No.,Premises,Address,Class,Expiry",
        "1901,Bar A,1 L St,Bar,31/12/2025",
        '1902,"Bar B,2 L St,Bar,31/12/2025',
        "1903,Bar C,3 L St,Bar,31/12/2025",
        "1904,Bar D,4 L St,Bar,31/12/2025",
    ])


def _xls_sources():
    """What the .xls files hold: the 30_title_block register (the formula-looking
    premises as text, since LibreOffice would evaluate a formula), and 46's headings."""
    import openpyxl

    workbook = openpyxl.load_workbook(HERE / "30_title_block.xlsx")
    cell = workbook.active["B7"]
    cell.value, cell.data_type = "=cmd|' /C calc'!A0", "s"
    yield "45_title_block.xls", workbook
    yield "47_two_row_headings.xls", openpyxl.load_workbook(HERE / "46_two_row_headings.xlsx")


def build_xls_files(force=False):
    """Old Excel 97-2003 files, converted by LibreOffice (libreoffice-calc), which GDAL
    cannot write. Kept when present: a conversion is not byte-for-byte repeatable."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice")
    for name, workbook in _xls_sources():
        if (HERE / name).exists() and not force:
            continue
        if soffice is None:
            print(f"{name}: soffice (Debian libreoffice-calc) is needed to write it; kept as it is")
            continue
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / (Path(name).stem + ".xlsx")
            workbook.save(source)
            subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "xls", "--outdir", folder,
                            str(source)], check=True, capture_output=True, env={"HOME": folder, "PATH": "/usr/bin:/bin"})
            shutil.copyfile(Path(folder) / name, HERE / name)


def main():
    import sys

    build_text_files()
    build_openpyxl_files()
    build_handmade_xlsx()
    build_ods_files()
    build_broken_files()
    build_split_heading_files()
    build_stray_quote_files()
    build_xls_files(force="--xls" in sys.argv)
    print(f"{len(list(HERE.glob('[0-9]*')))} corpus files in {HERE}")


if __name__ == "__main__":
    main()
