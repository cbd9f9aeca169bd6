"""The pieces of the register reader: dates, coordinates, headings, classes, CSV safety."""

import csv
import datetime

import pytest
from osgeo import osr

from infosegura_plugin.core.register import headings
from infosegura_plugin.core.register.categories import CategoryMap
from infosegura_plugin.core.register.coordinates import lonlat_to_utm16n, place, utm16n_to_lonlat
from infosegura_plugin.core.register.csv_safety import escape_formula, is_spreadsheet_destination, write_safe_csv
from infosegura_plugin.core.register.dates import BAD, parse_date, parse_reference_date
from infosegura_plugin.core.register.output_fields import output_field_names
from infosegura_plugin.core.register.text_sources import decode_text, sniff_delimiter

D = datetime.date


@pytest.mark.parametrize("text, expected", [
    ("05/07/2025", D(2025, 7, 5)),
    ("5/7/25", D(2025, 7, 5)),
    ("05-07-2025", D(2025, 7, 5)),
    ("05.07.2025", D(2025, 7, 5)),
    ("5-Jul-25", D(2025, 7, 5)),
    ("05-JUL-2025", D(2025, 7, 5)),
    ("5-ene-25", D(2025, 1, 5)),
    ("2025-07-05", D(2025, 7, 5)),
    ("2025-07-05 00:00:00", D(2025, 7, 5)),
    ("5 July 2025", D(2025, 7, 5)),
    ("July 5, 2025", D(2025, 7, 5)),
    ("45843", D(2025, 7, 5)),
    (45843.0, D(2025, 7, 5)),
    (datetime.datetime(2025, 7, 5, 13, 0), D(2025, 7, 5)),
    ("", None),
    ("   ", None),
    (None, None),
    ("31/02/2025", BAD),
    ("13/13/2025", BAD),
    ("next year", BAD),
    ("5-Foo-25", BAD),
    (2025.0, BAD),
])
def test_dates_are_read_day_first(text, expected):
    assert parse_date(text) == expected


def test_reference_date_accepts_iso_and_rejects_nonsense():
    assert parse_reference_date("2025-06-01") == (True, D(2025, 6, 1))
    assert parse_reference_date("") == (True, D.today())
    assert parse_reference_date("2025-02-31")[0] is False
    assert parse_reference_date("soon")[0] is False


def test_utm_projection_matches_gdal():
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(32616)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    for lon, lat in [(-88.77, 17.25), (-89.22, 15.89), (-87.48, 18.49), (-90.5, 14.6)]:
        x, y = lonlat_to_utm16n(lon, lat)
        gx, gy, _ = transform.TransformPoint(lon, lat)
        assert x == pytest.approx(gx, abs=0.01) and y == pytest.approx(gy, abs=0.01)
        back = utm16n_to_lonlat(x, y)
        assert back[0] == pytest.approx(lon, abs=1e-8) and back[1] == pytest.approx(lat, abs=1e-8)


@pytest.mark.parametrize("east, north, issues, has_point", [
    (-88.769, 17.251, [], True),
    (17.251, -88.769, ["swapped_lat_lon"], True),
    ("-88,769", "17,251", [], True),
    ("88.769 W", "17.251 N", [], True),
    (-88.7, 95.0, ["bad_coordinates"], False),
    (-90.5, 14.6, ["outside_belize"], True),
    (312500, 1908000, [], True),
    (1908000, 312500, ["swapped_easting_northing"], True),
    (-312500, 1908000, ["bad_coordinates"], False),
    (5_000_000, 7_000_000, ["bad_coordinates"], False),
    (0, 0, ["bad_coordinates"], False),
    ("", "", [], False),
    (None, "17.2", ["bad_coordinates"], False),
])
def test_coordinates_are_placed_repaired_or_flagged(east, north, issues, has_point):
    placement = place(east, north)
    assert placement.issues == issues
    assert (placement.x is not None) == has_point


@pytest.mark.parametrize("heading, role", [
    ("Licence No.", "licence_id"), ("LIC #", "licence_id"), ("No. de Licencia", "licence_id"),
    ("Premises", "premises"), ("Business", "premises"), ("ESTABLECIMIENTO", "premises"),
    ("Licensee", "licensee"), ("Owner", "licensee"), ("Propietario", "licensee"),
    ("Address", "address"), ("Location", "address"), ("DIRECCIÓN", "address"), ("direccion", "address"),
    ("Class", "licence_class"), ("Type", "licence_class"), ("Tipo", "licence_class"),
    ("Issued", "issued"), ("Expiry", "expiry"), ("Vence", "expiry"),
    ("Lat", "latitude"), ("Long", "longitude"), ("X", "easting"), ("Y", "northing"),
    ("Easting", "easting"), ("Northing", "northing"), ("Lat/Long", "coordinates"),
    ("Receipt No.", None), ("Tel. No.", None), ("Remarks", None),
])
def test_heading_roles_in_english_and_spanish(heading, role):
    assert headings.heading_role(heading) == role


def test_classes_match_without_case_and_the_map_can_be_overridden(tmp_path):
    default = CategoryMap()
    assert default.categorise("PUBLICAN'S GENERAL") == ("on_premise", True)
    assert default.categorise("night club licence") == ("on_premise", True)
    assert default.categorise("WHOLESALE") == ("off_premise", True)
    assert default.categorise("Special Event") == ("occasional", True)
    assert default.categorise("Bingo") == ("unknown", False)
    override = tmp_path / "map.json"
    override.write_text('{"Bingo": "occasional", "Hotel": "off_premise"}', encoding="utf-8")
    custom = CategoryMap(override)
    assert custom.categorise("BINGO") == ("occasional", True)
    assert custom.categorise("hotel") == ("off_premise", True)
    assert custom.categorise("Shop") == ("off_premise", True)


def test_a_category_map_with_a_wrong_category_is_refused(tmp_path):
    from infosegura_plugin.core.register import RegisterError

    bad = tmp_path / "bad_map.csv"
    bad.write_text("licence_class,category\nBar,drinking\n", encoding="utf-8")
    with pytest.raises(RegisterError, match="bad_map.csv.*drinking"):
        CategoryMap(bad)


@pytest.mark.parametrize("value, escaped", [
    ("=1+2", "'=1+2"), ("+cmd", "'+cmd"), ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=x", "'\t=x"), ("-88.77", "-88.77"), ("+501", "+501"),
    ("Main St", "Main St"), ("", ""), (None, None), (12, 12),
])
def test_formula_cells_are_escaped_on_export(value, escaped):
    assert escape_formula(value) == escaped


def test_write_safe_csv_escapes_every_cell(tmp_path):
    path = tmp_path / "out.csv"
    assert write_safe_csv(path, ["=head", "b"], [["=1+2", "-88.7"], ["@x", None]]) == 2
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["'=head", "b"], ["'=1+2", "-88.7"], ["'@x", ""]]


def test_spreadsheet_destinations_are_recognised():
    assert is_spreadsheet_destination("/tmp/x.csv")
    assert is_spreadsheet_destination("/tmp/x.XLSX")
    assert not is_spreadsheet_destination("/tmp/x.gpkg")
    assert not is_spreadsheet_destination("TEMPORARY_OUTPUT")


def test_output_field_names_are_unique_and_never_clash_with_added_fields():
    originals, added = output_field_names(["Licence No.", "", "Remarks", "remarks", "Address", "issues", "  "])
    assert originals == ["Licence No.", "column_2", "Remarks", "remarks_2", "Address_original",
                         "issues_original", "column_7"]
    names = [n.lower() for n in originals + added]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("data, encoding", [
    ("Dirección".encode(), "utf-8"),
    ("Dirección".encode("utf-8-sig"), "utf-8-sig"),
    ("Dirección".encode("utf-16"), "utf-16"),
    ("Dirección,x".encode("utf-16-le"), "utf-16-le"),
    ("Dirección".encode("cp1252"), "windows-1252"),
])
def test_encodings_are_detected(tmp_path, data, encoding):
    text, found = decode_text(data, tmp_path / "x.csv")
    assert found == encoding and text.startswith("Dirección")


@pytest.mark.parametrize("lines, delimiter", [
    (["Title", "a,b,c", "1,2,3"], ","),
    (["a;b;c", "1,5;2,5;3"], ";"),
    (["a\tb\tc", "1\t2\t3"], "\t"),
    (["a|b|c", "1|2, x|3"], "|"),
])
def test_delimiters_are_detected(lines, delimiter):
    assert sniff_delimiter("\n".join(lines)) == delimiter


def test_the_cycle_collector_is_paused_only_during_a_read_and_resumed_after_a_failure(tmp_path):
    import gc

    from infosegura_plugin.core.gc_pause import collector_paused
    from infosegura_plugin.core.register import RegisterError, read_register

    assert gc.isenabled()
    with pytest.raises(RegisterError):
        read_register(tmp_path / "missing.csv")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
