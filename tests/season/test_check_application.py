"""infosegura:checkapplication with real layers: counts within each distance against a
brute-force loop, places protected for safety never counted, drawn or named (in the PDF,
the HTML or the log), the risk "with the new outlet" against a second run of the risk
terrain tool with that outlet added, the community rank against a second run of the
community profiles, an address placed with the project's streets, bad inputs; and the
PDF rendered to PNG (synthetic layers)."""

import math
import subprocess

import numpy as np
import pytest
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessingException

from infosegura_plugin.core.application_check.language import number
from tests.conftest import sample_layer
from tests.layers import RecordingFeedback, memory_layer

CRS = "EPSG:32616"
SX, SY = 312_650.0, 1_908_420.0        # the proposed site (Capital Core of the synthetic sample)
DISTANCES = (100.0, 300.0, 500.0)
HIDDEN_NAMES = ("Casa Segura Refuge", "Hidden Harbour Shelter", "Quiet Lane School")

ASSETS = [  # name, category, sensitive flag, dx, dy
    ("Sunrise Primary School", "school", 0, 80, 0),
    ("Hillside High School", "School", 0, 0, 250),
    ("Riverside Preschool", "preschool", 0, -60, -60),       # not a listed category
    ("Central Youth Club", "youth_centre", 0, 290, 40),
    ("Mango Playground", "playground", 0, -400, 100),
    ("Far School", "school", 0, 700, 0),
    ("St. Mark's Church", "church", 0, 30, 30),
    ("Casa Segura Refuge", "shelter", 1, 40, -20),             # sensitive by category and flag
    ("Hidden Harbour Shelter", "school", 0, -20, 35),          # sensitive by its name
    ("Quiet Lane School", "school", 1, 150, 150),              # sensitive by its flag
]


def assets_layer():
    return memory_layer(f"Point?crs={CRS}&field=name:string&field=category:string&field=sensitive:integer", [
        (QgsGeometry.fromPointXY(QgsPointXY(SX + dx, SY + dy)), [name, category, flag])
        for name, category, flag, dx, dy in ASSETS
    ], "community assets")


def outlet_points(seed=7, n=60):
    rng = np.random.default_rng(seed)
    angles = rng.uniform(0, 2 * math.pi, n)
    radii = rng.uniform(0, 900, n)
    categories = rng.choice(["on_premise", "off_premise", "occasional", "On-Premise"], n)
    return [(SX + r * math.cos(a), SY + r * math.sin(a), str(c)) for a, r, c in zip(angles, radii, categories)]


def outlets_layer(points):
    return memory_layer(f"Point?crs={CRS}&field=premises:string&field=category:string", [
        (QgsGeometry.fromPointXY(QgsPointXY(x, y)), [f"Outlet {k}", c]) for k, (x, y, c) in enumerate(points)
    ], "outlets")


def run_check(run_algorithm, tmp_path, feedback=None, **overrides):
    parameters = {
        "LOCATION": f"{SX},{SY} [{CRS}]", "PREMISES_NAME": "Jaguar Night Club", "REFERENCE": "APP-14",
        "CATEGORY": 0, "LICENCE_CLASS": "Night Club", "ASSETS": assets_layer(), "ASSET_CATEGORY_FIELD": "category",
        "YOUTH_CATEGORIES": "school,youth_centre,playground", "OUTLETS": outlets_layer(outlet_points()),
        "OUTLET_CATEGORY_FIELD": "category", "DISTANCES": "500, 100,300", "LANGUAGE": 0,
        "OUTPUT_PDF": str(tmp_path / "check.pdf"), "OUTPUT_HTML": str(tmp_path / "check.html"),
    }
    parameters.update(overrides)
    return run_algorithm("infosegura:checkapplication", parameters, feedback=feedback or RecordingFeedback())


@pytest.fixture(scope="module")
def checked(run_algorithm, tmp_path_factory):
    folder = tmp_path_factory.mktemp("check")
    feedback = RecordingFeedback()
    out = run_check(run_algorithm, folder, feedback)
    return out, feedback, folder


def brute_force_youth():
    counts = {}
    for name, category, flag, dx, dy in ASSETS:
        if flag or name in HIDDEN_NAMES or category.lower() not in ("school", "youth_centre", "playground"):
            continue
        d = math.hypot(dx, dy)
        for r in DISTANCES:
            counts[(category.lower(), r)] = counts.get((category.lower(), r), 0) + (d <= r)
    return counts


def test_youth_places_within_each_distance_equal_brute_force(checked):
    out, _feedback, _folder = checked
    expected = brute_force_youth()
    # school within 100: Sunrise (80 m); within 300: + Hillside (250); 500: same (Far School is 700 m)
    assert (expected[("school", 100.0)], expected[("school", 300.0)], expected[("school", 500.0)]) == (1, 2, 2)
    summary = out["SUMMARY"].splitlines()
    assert summary[0] == "1 school within 100 m."
    assert summary[1] == "2 schools, 1 youth centre within 300 m."
    assert summary[2] == "2 schools, 1 youth centre, 1 playground within 500 m."
    assert summary[3] == "The nearest school or youth place is Sunrise Primary School (school), 80 m away."


def test_outlets_and_density_equal_brute_force(checked):
    out, _feedback, _folder = checked
    points = outlet_points()
    lines = [s for s in out["SUMMARY"].splitlines() if "outlets already within" in s or "No licensed outlet" in s]
    assert len(lines) == 3
    for r, line in zip(DISTANCES, lines):
        n = sum(math.hypot(x - SX, y - SY) <= r for x, y, _c in points)
        on = sum(math.hypot(x - SX, y - SY) <= r and c.lower().replace("-", "_") == "on_premise" for x, y, c in points)
        area = math.pi * r * r / 1e6
        assert line.startswith(f"{n} licensed outlets already within {r:g} m ")
        assert f"{on} on-premise outlet" in line
        assert f"with this one {n + 1}: {(n + 1) / area:,.1f} instead of {n / area:,.1f} outlets per km²" in line


def test_places_protected_for_safety_are_never_counted_drawn_or_named(checked):
    out, feedback, folder = checked
    text = subprocess.run(["pdftotext", "-layout", str(folder / "check.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    html = (folder / "check.html").read_text(encoding="utf-8")
    for name in HIDDEN_NAMES:
        assert name not in text and name not in html and name not in out["SUMMARY"]
        assert not any(name in m for m in feedback.messages)
    assert "Sunrise Primary School" in html                          # public places are named,
    assert "Sunrise Primary School" in text                          # on the map too (labels are text)
    assert any("3 places protected for safety are left out" in m for m in feedback.messages)


def test_never_a_verdict(checked):
    out, _feedback, folder = checked
    text = subprocess.run(["pdftotext", str(folder / "check.pdf"), "-"], capture_output=True, text=True).stdout
    words = (text + out["SUMMARY"]).lower()
    for verdict in ("approve", "reject", "refuse", "deny", "recommend that", "should be granted", "not allowed"):
        assert verdict not in words
    assert "not a recommendation" in words


def test_one_pdf_page_and_the_png_of_it_shows_the_map(checked, tmp_path):
    _out, _feedback, folder = checked
    info = subprocess.run(["pdfinfo", str(folder / "check.pdf")], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Pages"].strip() == "1"
    assert fields["Page size"].strip().endswith("(A4)")
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(folder / "check.pdf"), str(png)], check=True)
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png) + ".png")
    assert image.width() == 496 and image.height() == 702
    # the map frame (left, about a third down the page) is drawn, not blank
    colours = {image.pixel(x, y) for x in range(40, 300, 7) for y in range(90, 330, 7)}
    assert len(colours) > 8
    assert (folder / "check.pdf").stat().st_mode & 0o044 == 0o044   # readable like any other file


def test_html_is_self_contained(checked):
    html = (checked[2] / "check.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'src="data:image/png;base64,' in html
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "Jaguar Night Club" in html and "APP-14" in html


def test_spanish_page(run_algorithm, tmp_path):
    out = run_check(run_algorithm, tmp_path, LANGUAGE=1)
    text = subprocess.run(["pdftotext", str(tmp_path / "check.pdf"), "-"], capture_output=True, text=True).stdout
    summary = out["SUMMARY"].splitlines()
    assert summary[0] == "1 escuela a menos de 100 m."
    assert "Revisión de solicitud de licencia" in text
    assert "no una recomendación" in text.replace("\n", " ")


def test_the_site_can_be_an_address(run_algorithm, tmp_path):
    streets = sample_layer("streets")
    feedback = RecordingFeedback()
    out = run_check(run_algorithm, tmp_path, feedback, LOCATION=None, ADDRESS="#235 Forest Dr.",
                    STREETS=streets)
    assert out["X"] > 300_000 and out["Y"] > 1_900_000
    assert any(m.startswith("Address placed:") for m in feedback.messages)


def test_an_address_that_cannot_be_placed_is_refused(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="cannot be placed without doubt"):
        run_check(run_algorithm, tmp_path, LOCATION=None, ADDRESS="P.O. Box 123", STREETS=sample_layer("streets"))


@pytest.mark.parametrize("overrides, message", [
    ({"LOCATION": None}, "click it on the map, or type its address"),
    ({"LOCATION": None, "ADDRESS": "12 Mango Street"}, "give the street layer"),
    ({"DISTANCES": "100, far"}, "numbers of metres"),
    ({"DISTANCES": "0,100"}, "between 1 and 5000 m"),
    ({"ASSET_CATEGORY_FIELD": "kind"}, "has no field kind"),
])
def test_bad_inputs_are_explained(run_algorithm, tmp_path, overrides, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_check(run_algorithm, tmp_path, **overrides)


# ---------------------------------------------------------------- risk and rank, against the tools themselves


def risk_grid(run_algorithm, outlets):
    return run_algorithm("infosegura:riskterrain", {
        "OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category", "ASSETS": sample_layer("community_assets"),
        "ASSET_CATEGORY_FIELD": "category", "STUDY_AREA": sample_layer("city_boundary"), "CELL_SIZE": 100,
        "GRID_TYPE": 0, "KDE_RADIUS": 400, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": None})["OUTPUT"]


def profiles(run_algorithm, outlets, grid):
    return run_algorithm("infosegura:communityprofiles", {
        "AREAS": sample_layer("neighbourhoods"), "AREA_NAME_FIELD": "name", "OUTLETS": outlets,
        "OUTLET_CATEGORY_FIELD": "category", "POPULATION_FIELD": "population", "RISK_GRID": grid,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


@pytest.fixture(scope="module")
def with_risk(run_algorithm, tmp_path_factory):
    points = outlet_points(seed=3, n=90)
    before = outlets_layer(points)
    after = outlets_layer(points + [(SX, SY, "on_premise")])
    grid_before, grid_after = risk_grid(run_algorithm, before), risk_grid(run_algorithm, after)
    feedback = RecordingFeedback()
    out = run_check(run_algorithm, tmp_path_factory.mktemp("risk"), feedback, OUTLETS=before, RISK_GRID=grid_before,
                    PROFILES=profiles(run_algorithm, before, grid_before), PROFILE_NAME_FIELD="name",
                    ASSETS=sample_layer("community_assets"))
    return out, feedback, grid_before, grid_after, profiles(run_algorithm, after, grid_after)


def cell_at(grid, x, y):
    request = QgsFeatureRequest().setFilterRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).boundingBox())
    found = [f for f in grid.getFeatures(request) if f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))]
    assert len(found) == 1
    return found[0]


def test_cell_risk_now_and_with_the_outlet_equal_two_risk_terrain_runs(with_risk):
    out, feedback, grid_before, grid_after, _profiles_after = with_risk
    assert not any("differ from the grid's risk_score" in m for m in feedback.messages)
    now, later = cell_at(grid_before, SX, SY), cell_at(grid_after, SX, SY)
    line = next(s for s in out["SUMMARY"].splitlines() if s.startswith("The site lies in a cell"))
    # The grid's stored score written as the page writes numbers (8.125 -> 8.13, half up).
    now_score, later_score = number(now["risk_score"], 2, "en"), number(later["risk_score"], 2, "en")
    assert line == (f"The site lies in a cell of {now['risk_class']} risk (risk score {now_score}); "
                    f"with this outlet: {later['risk_class']} risk ({later_score}).")
    before = {f["cell_id"]: f["risk_class"] for f in grid_before.getFeatures()}
    changed = sum(before[f["cell_id"]] != f["risk_class"] for f in grid_after.getFeatures())
    assert f"{changed} of the {len(before)} cells of the risk grid would change risk class." in out["SUMMARY"]


def test_community_rank_with_the_outlet_equals_the_profiles_tool(with_risk):
    out, _feedback, _before, _after, profiles_after = with_risk
    community = out["COMMUNITY"]
    assert community == "Capital Core"
    row = next(f for f in profiles_after.getFeatures() if f["name"] == community)
    lines = out["SUMMARY"].splitlines()
    ranked = next(s for s in lines if s.startswith(f"{community} ranks "))
    after = next(s for s in lines if s.startswith("Counting this outlet"))
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(row["rank"], "th")
    if f"rank {row['rank']}{suffix}" not in after:
        assert after == "Counting this outlet it would keep its rank."
        assert ranked.startswith(f"{community} ranks {row['rank']}{suffix} of 10 communities")
    per_1000 = next(s for s in lines if "per 1,000 residents" in s)
    assert per_1000.endswith(f"with this one {row['outlets_per_1000']:.2f}.")
