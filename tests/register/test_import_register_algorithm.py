"""infosegura:importregister end to end, through processing.run as a model would call it."""

import csv
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer, QgsWkbTypes

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "registers"
SAMPLE = ROOT / "resources" / "sample"
ALG = "infosegura:importregister"
ADDED = ["licence_id", "premises", "licensee", "address", "licence_class", "category", "status",
         "issued_date", "expiry_date", "source_row", "issues"]


def _run(run_algorithm, name, output="TEMPORARY_OUTPUT", **extra):
    parameters = {"INPUT": str(CORPUS / name) if not Path(name).is_absolute() else name,
                  "REFERENCE_DATE": "2025-06-01", "OUTPUT": output}
    parameters.update(extra)
    return run_algorithm(ALG, parameters)


def _layer(result):
    layer = result["OUTPUT"]
    return layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "out", "ogr")


def test_the_algorithm_is_registered_in_its_group(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None
    assert algorithm.groupId() == "registers"
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"INPUT", "SHEET", "ID_FIELD", "NAME_FIELD", "ADDRESS_FIELD", "CLASS_FIELD", "CATEGORY_MAP",
            "REFERENCE_DATE", "OUTPUT"} <= names
    assert {o.name() for o in algorithm.outputDefinitions()} >= {"OUTPUT", "ROWS_READ", "ROWS_WITH_ISSUES"}


def test_coordinates_give_a_point_layer_in_utm_16n(run_algorithm):
    result = _run(run_algorithm, "10_latlon.csv")
    layer = _layer(result)
    assert result["ROWS_READ"] == 8 and layer.featureCount() == 8
    assert result["ROWS_WITH_ISSUES"] == 5
    assert layer.geometryType() == QgsWkbTypes.PointGeometry
    assert layer.crs().authid() == "EPSG:32616"
    features = {f["source_row"]: f for f in layer.getFeatures()}
    assert features[2]["issues"] == "swapped_lat_lon"
    point = features[2].geometry().asPoint()
    assert point.x() == pytest.approx(311930, abs=1) and point.y() == pytest.approx(1908183, abs=1)
    assert features[4].geometry().isNull() and features[4]["issues"] == "bad_coordinates"
    assert features[1]["Latitude"] == "17.2510"


def test_without_coordinates_the_output_is_a_table_keeping_every_column(run_algorithm):
    result = _run(run_algorithm, "01_basic_utf8.csv")
    layer = _layer(result)
    assert layer.wkbType() == QgsWkbTypes.NoGeometry
    names = [field.name() for field in layer.fields()]
    assert names[:8] == ["Licence No.", "Name of Premises", "Licensee_original", "Address_original",
                         "Class of Licence", "Date Issued", "Expiry Date", "Remarks"]
    assert names[8:] == ADDED
    statuses = {f["licence_id"]: (f["status"], f["category"]) for f in layer.getFeatures()}
    assert statuses["1003"] == ("expired", "on_premise")
    assert statuses["1002"] == ("active", "off_premise")


def test_odd_headings_become_unique_field_names(run_algorithm):
    layer = _layer(_run(run_algorithm, "21_odd_headings.csv"))
    names = [field.name() for field in layer.fields()]
    assert names[:8] == ["Licence No.", "Premises_original", "Address_original", "column_4", "Remarks",
                         "Remarks_2", "licence_id_original", "Class"]
    feature = next(layer.getFeatures())
    assert feature["column_4"] == "loose note" and feature["licence_id_original"] == "old-id"
    assert feature["licence_id"] == "1401"


def test_xlsx_with_title_block_and_numbers_as_ids(run_algorithm, tmp_path):
    result = _run(run_algorithm, "30_title_block.xlsx", output=str(tmp_path / "register.gpkg"))
    layer = _layer(result)
    assert layer.featureCount() == 4
    ids = sorted(f["licence_id"] for f in layer.getFeatures())
    assert ids == ["1043", "1044", "1044", "1045.5"]
    formula = [f for f in layer.getFeatures() if f["source_row"] == 3][0]
    assert formula["premises"] == "=cmd|' /C calc'!A0"  # verbatim, no apostrophe added
    assert layer.renderer().type() == "categorizedSymbol"  # the style travels in the GeoPackage


def test_csv_output_escapes_formula_cells(run_algorithm, tmp_path):
    destination = tmp_path / "register_out.csv"
    _run(run_algorithm, "12_formulas.csv", output=str(destination))
    with open(destination, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["premises"] == "'=1+2"
    assert rows[1]["premises"] == "'@SUM(A1)"
    assert rows[0]["Remarks"] == "'+501 822 0000"


def test_overrides_sheet_and_category_map(run_algorithm):
    result = _run(run_algorithm, "20_overrides.csv", ID_FIELD="Ref", NAME_FIELD="Trading name",
                  ADDRESS_FIELD="Where", CLASS_FIELD="Kind")
    values = [(f["licence_id"], f["premises"], f["address"], f["category"]) for f in _layer(result).getFeatures()]
    assert values == [("X-1", "Alpha", "1 G St", "on_premise"), ("X-2", "Beta", "2 G St", "off_premise")]
    result = _run(run_algorithm, "31_multi_sheet.xlsx", SHEET="Archive 2024")
    assert [f["licence_id"] for f in _layer(result).getFeatures()] == ["Z-9"]
    result = _run(run_algorithm, "19_classes.csv", CATEGORY_MAP=str(CORPUS / "19_category_map.csv"))
    categories = {f["source_row"]: f["category"] for f in _layer(result).getFeatures()}
    assert categories[5] == "off_premise" and categories[6] == "on_premise"


@pytest.mark.parametrize("name, extra, words", [
    ("16_empty.csv", {}, ["16_empty.csv", "empty"]),
    ("17_no_header.csv", {}, ["17_no_header.csv", "no header"]),
    ("18_no_address.csv", {}, ["18_no_address.csv", "address", "'Premises'"]),
    ("31_multi_sheet.xlsx", {"SHEET": "Nope"}, ["31_multi_sheet.xlsx", "'Nope'", "'Licences 2025'"]),
    ("40_encrypted.xlsx", {}, ["40_encrypted.xlsx", "encrypted"]),
    ("42_not_a_spreadsheet.xlsx", {}, ["42_not_a_spreadsheet.xlsx", "not a spreadsheet"]),
    ("14_header_only.csv", {}, ["14_header_only.csv", "no licence"]),
    ("does_not_exist.csv", {}, ["does_not_exist.csv"]),
    ("01_basic_utf8.csv", {"REFERENCE_DATE": "31/31/2025"}, ["31/31/2025", "YYYY-MM-DD"]),
    ("01_basic_utf8.csv", {"CATEGORY_MAP": str(CORPUS / "25_binary.csv")}, ["25_binary.csv", "category map", "not a text file"]),
    ("41_old_format.xls", {}, ["41_old_format.xls", "cannot be read", "save it as .xlsx or .csv"]),
    ("48_web_page.xls", {}, ["48_web_page.xls", "web page", "save it as .xlsx or .csv"]),
])
def test_bad_input_raises_a_processing_exception_naming_the_problem(run_algorithm, name, extra, words):
    with pytest.raises(QgsProcessingException) as raised:
        _run(run_algorithm, name, **extra)
    message = str(raised.value)
    for word in words:
        assert word.lower() in message.lower(), message


def _sample(name):
    path = SAMPLE / name
    assert path.exists(), f"{path.name} is missing: the sample is committed (make sample rebuilds it)"
    return path


def _records(layer):
    return sorted(
        tuple(str(f[name]) for name in ADDED) + (f.geometry().asWkt(0) if f.hasGeometry() else "",)
        for f in layer.getFeatures()
    )


def test_sample_register_csv_and_xlsx_give_the_same_records(run_algorithm):
    csv_path, xlsx_path = _sample("licence_register.csv"), _sample("licence_register.xlsx")
    from_csv = run_algorithm(ALG, {"INPUT": str(csv_path), "REFERENCE_DATE": "2025-06-01", "OUTPUT": "TEMPORARY_OUTPUT"})
    from_xlsx = run_algorithm(ALG, {"INPUT": str(xlsx_path), "REFERENCE_DATE": "2025-06-01", "OUTPUT": "TEMPORARY_OUTPUT"})
    with open(csv_path, encoding="cp1252", newline="") as handle:
        data_rows = [row for row in list(csv.reader(handle))[1:] if any(cell.strip() for cell in row)]
    assert from_csv["ROWS_READ"] == len(data_rows) == from_xlsx["ROWS_READ"]
    assert from_csv["ROWS_WITH_ISSUES"] == from_xlsx["ROWS_WITH_ISSUES"] > 0
    assert _records(_layer(from_csv)) == _records(_layer(from_xlsx))


def test_sample_source_rows_and_ids_match_the_ground_truth(run_algorithm):
    csv_path = _sample("licence_register.csv")
    truth_path = ROOT / "tests" / "data" / "belmopan_register_truth.csv"
    assert truth_path.exists(), "the ground truth is committed (make sample rebuilds it)"
    with open(truth_path, encoding="utf-8", newline="") as handle:
        truth = {int(row["source_row"]): row["licence_id"] for row in csv.DictReader(handle)}
    result = run_algorithm(ALG, {"INPUT": str(csv_path), "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = _layer(result)
    assert {f["source_row"]: f["licence_id"] for f in layer.getFeatures()} == truth
    assert layer.crs().authid() == "EPSG:32616"  # the sample has a few coordinates
    swapped = [f for f in layer.getFeatures() if "swapped_lat_lon" in f["issues"].split(";")]
    assert len(swapped) == 1 and swapped[0].hasGeometry()


def test_an_old_xls_workbook_gives_the_same_records_as_its_xlsx(run_algorithm):
    from_xls = _layer(_run(run_algorithm, "45_title_block.xls"))
    from_xlsx = _layer(_run(run_algorithm, "30_title_block.xlsx"))
    assert from_xls.featureCount() == 4
    assert _records(from_xls) == _records(from_xlsx)


def test_this_gdal_has_the_xls_driver():
    # Debian's GDAL (make setup) and the QGIS installers for Windows and macOS carry it;
    # the importer's message for a GDAL without it is tested below.
    from infosegura_plugin.core.register.xls import xls_driver_available

    assert xls_driver_available()


def test_without_gdal_s_xls_driver_the_message_says_what_to_do(run_algorithm, monkeypatch):
    from osgeo import ogr

    real = ogr.GetDriverByName
    monkeypatch.setattr(ogr, "GetDriverByName", lambda name: None if name == "XLS" else real(name))
    with pytest.raises(QgsProcessingException) as raised:
        _run(run_algorithm, "45_title_block.xls")
    message = str(raised.value)
    assert "45_title_block.xls" in message and "no XLS driver" in message and "save it as .xlsx or .csv" in message


def test_an_unclosed_quote_is_a_warning_naming_its_line_and_every_row_is_written(run_algorithm):
    from ..layers import RecordingFeedback

    feedback = RecordingFeedback()
    result = run_algorithm(ALG, {"INPUT": str(CORPUS / "27_unclosed_quote.csv"), "REFERENCE_DATE": "2025-06-01",
                                 "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    layer = _layer(result)
    assert layer.featureCount() == result["ROWS_READ"] == 6
    assert [f["licence_id"] for f in layer.getFeatures()] == ["1801", "1802", "1803", "1804", "1805", "1806"]
    assert [f["issues"] for f in layer.getFeatures() if f["licence_id"] == "1801"] == ["unclosed_quote"]
    warnings = [m for m in feedback.messages if "opens a quote" in m]
    assert len(warnings) == 1 and "line 2" in warnings[0] and "27_unclosed_quote.csv" in warnings[0]


def test_headings_over_two_rows_give_the_joined_field_names(run_algorithm):
    layer = _layer(_run(run_algorithm, "46_two_row_headings.xlsx"))
    assert layer.fields().names()[:9] == [
        "Licence No.", "Nombre del establecimiento", "Licensee_original", "Address_original", "Class of Licence",
        "Date Issued", "Expiry Date", "Coordinates Latitude", "Coordinates Longitude"]
    assert {f["licence_id"]: f["source_row"] for f in layer.getFeatures()} == {"2101": 1, "2102": 2}


def test_a_zip_bomb_is_refused_with_a_processing_exception(run_algorithm, tmp_path):
    from .bombs import xlsx_rows

    bomb = xlsx_rows(tmp_path / "bomb.xlsx", 64 << 20)
    with pytest.raises(QgsProcessingException, match=r"bomb\.xlsx: refused: .*zip bomb"):
        _run(run_algorithm, str(bomb))


def test_a_csv_saved_under_an_xls_name_is_read_as_text(run_algorithm, tmp_path):
    from ..layers import RecordingFeedback

    renamed = tmp_path / "register.xls"
    renamed.write_bytes((CORPUS / "01_basic_utf8.csv").read_bytes())
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, {"INPUT": str(renamed), "REFERENCE_DATE": "2025-06-01", "OUTPUT": "TEMPORARY_OUTPUT"},
                           feedback=feedback)
    assert result["ROWS_READ"] == 5
    assert any("register.xls is a text (CSV) file" in message for message in feedback.messages)
