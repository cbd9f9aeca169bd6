"""infosegura:runanalysis on the synthetic Belmopan sample: the register file to every
result in one folder, through the real qgis_process and through processing.run; cancel
stops at once and leaves an earlier run's results as they were."""

import json
import shutil

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import SAMPLE, sample_gpkg_copy
from tests.layers import RecordingFeedback

TABLES = {"licence_register", "licensed_premises", "proximity_conflicts", "risk_terrain", "hot_spots",
          "community_profiles"}


def sample_parameters(folder, **extra):
    gpkg = sample_gpkg_copy()
    parameters = {
        "REGISTER": str(SAMPLE / "licence_register.xlsx"), "REFERENCE_DATE": "2026-01-01",
        "STREETS": f"{gpkg}|layername=streets", "AREAS": f"{gpkg}|layername=neighbourhoods",
        "LANDMARKS": f"{gpkg}|layername=landmarks", "MILE_MARKERS": f"{gpkg}|layername=mile_markers",
        "ASSETS": f"{gpkg}|layername=community_assets", "STUDY_AREA": f"{gpkg}|layername=city_boundary",
        "OUTPUT_FOLDER": str(folder),
    }
    parameters.update(extra)
    return parameters


def tables(gpkg):
    from osgeo import ogr

    dataset = ogr.Open(str(gpkg))
    names = {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
             for i in range(dataset.GetLayerCount())}
    dataset = None
    return names


def test_qgis_process_writes_every_result_into_one_folder(qgis_process, tmp_path):
    folder = tmp_path / "results"
    arguments = [f"--{name}={value}" for name, value in sample_parameters(folder, GRID_TYPE=1).items()]
    completed = qgis_process("run", "infosegura:runanalysis", "--json", *arguments)
    assert completed.returncode == 0, completed.stderr[-3000:] + completed.stdout[-3000:]
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    assert results["OUTPUT_FOLDER"] == str(folder)
    assert results["ROWS"] == 200
    assert results["MATCHED"] + results["TIED"] + results["UNMATCHED"] == 200
    assert results["MATCHED"] > 150 and results["CONFLICTS"] > 0
    assert results["TOP_COMMUNITIES"].startswith("1. ")
    names = {p.name for p in folder.iterdir()}
    assert {"infosegura_results.gpkg", "risk_terrain_report.html", "risk_terrain.tif", "risk_terrain.qml"} <= names
    # The sharing tools are installed: the bundle, the atlas and the public export are there too.
    assert {"infosegura_bundle.gpkg", "infosegura_atlas.pdf", "infosegura_public.gpkg"} <= names
    assert results["BUNDLE"] == str(folder / "infosegura_bundle.gpkg")
    assert results["ATLAS"] == str(folder / "infosegura_atlas.pdf")
    assert results["PUBLIC_EXPORT"] == str(folder / "infosegura_public.gpkg")
    assert not [n for n in names if n.startswith(".")], names  # nothing left from the private folder
    counts = tables(folder / "infosegura_results.gpkg")
    assert TABLES <= set(counts)
    assert counts["licence_register"] == counts["licensed_premises"] == 200
    assert counts["risk_terrain"] == counts["hot_spots"] > 1000
    assert counts["community_profiles"] == QgsVectorLayer(
        f"{sample_gpkg_copy()}|layername=neighbourhoods", "n", "ogr").featureCount()
    # Every table opens styled on another computer: the styles are in the file.
    profiles = QgsVectorLayer(f"{folder / 'infosegura_results.gpkg'}|layername=community_profiles", "p", "ogr")
    assert profiles.renderer().type() != "singleSymbol"
    # The summary is printed.
    log = completed.stdout
    assert "Summary" in log and "Communities at highest risk" in log
    assert "matched" in log and "tied (to review)" in log
    # The runs recorded in the results name them where they are: the atlas finds the model.
    assert "not recorded" not in log + completed.stderr
    assert ".infosegura-run-" not in (folder / "infosegura_bundle.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def first_run(run_algorithm, tmp_path_factory):
    folder = tmp_path_factory.mktemp("run")
    feedback = RecordingFeedback()
    results = run_algorithm("infosegura:runanalysis", sample_parameters(folder), feedback=feedback)
    return folder, results, feedback


def test_summary_rows_match_the_tables(first_run):
    folder, results, feedback = first_run
    premises = QgsVectorLayer(f"{folder / 'infosegura_results.gpkg'}|layername=licensed_premises", "p", "ogr")
    statuses = [f["gc_status"] for f in premises.getFeatures()]
    assert results["MATCHED"] == statuses.count("matched")
    assert results["TIED"] == statuses.count("tied")
    assert results["UNMATCHED"] == statuses.count("unmatched")
    conflicts = QgsVectorLayer(f"{folder / 'infosegura_results.gpkg'}|layername=proximity_conflicts", "c", "ogr")
    assert results["CONFLICTS"] == conflicts.featureCount()
    profiles = QgsVectorLayer(f"{folder / 'infosegura_results.gpkg'}|layername=community_profiles", "p", "ogr")
    ranked = sorted(profiles.getFeatures(), key=lambda f: f["rank"])[:5]
    top = results["TOP_COMMUNITIES"].split("; ")
    assert [line.split(". ", 1)[1].split(" (")[0] for line in top] == [f["name"] for f in ranked]
    # Only matched premises are analysed: the grid counts exactly them.
    grid = QgsVectorLayer(f"{folder / 'infosegura_results.gpkg'}|layername=risk_terrain", "g", "ogr")
    assert sum(f["outlet_count"] for f in grid.getFeatures()) <= results["MATCHED"]
    messages = "\n".join(feedback.messages)
    for step in range(1, 8):
        assert f"Step {step} of " in messages
    assert "Communities at highest risk" in messages


class CancelAt(QgsProcessingFeedback):
    """Cancels when a message containing ``text`` is pushed, or (a number) when the
    progress bar passes that percentage; keeps the messages pushed after."""

    def __init__(self, when):
        super().__init__()
        self.when, self.canceled, self.after = when, False, []
        if isinstance(when, (int, float)):
            self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if not self.canceled and value >= self.when:
            self.canceled = True
            self.cancel()

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        if self.canceled:
            self.after.append(info)
        elif isinstance(self.when, str) and self.when in info:
            self.canceled = True
            self.cancel()
        super().pushInfo(info)


# Step 2 (geocoding) runs from 1/10 to 2/10 of the bar (7 analysis steps and the 3 sharing
# tools): 15 % is in the middle of it.
@pytest.mark.parametrize("step", ["Step 2 of", "Step 5 of", "Step 7 of", 15.0])
def test_cancel_stops_the_run_and_keeps_the_earlier_results(first_run, run_algorithm, tmp_path, step):
    earlier, _results, _feedback = first_run
    folder = tmp_path / "results"
    shutil.copytree(earlier, folder)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    feedback = CancelAt(step)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_algorithm("infosegura:runanalysis", sample_parameters(folder), feedback=feedback)
    assert feedback.canceled
    # Nothing of a later step ran: no step header after the cancel.
    assert not [m for m in feedback.after if m.startswith("Step ")], feedback.after
    # The earlier results are untouched and no private folder is left behind.
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_cancel_while_sharing_says_where_the_analysis_is(first_run, run_algorithm, tmp_path):
    earlier, _results, _feedback = first_run
    folder = tmp_path / "results"
    shutil.copytree(earlier, folder)
    feedback = CancelAt("Step 9 of")
    with pytest.raises(QgsProcessingException, match="the analysis results are in"):
        run_algorithm("infosegura:runanalysis", sample_parameters(folder), feedback=feedback)
    assert not [m for m in feedback.after if m.startswith("Step ")]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert QgsVectorLayer(f"{folder / 'infosegura_results.gpkg'}|layername=community_profiles", "p", "ogr").isValid()


def test_missing_register_and_no_match_are_clear_errors(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="import the licence register failed"):
        run_algorithm("infosegura:runanalysis", sample_parameters(tmp_path, REGISTER=str(tmp_path / "nothing.csv")))
    register = tmp_path / "register.csv"
    register.write_text("Licence No.,Name of Premises,Address,Class of Licence\n"
                        "1,Nowhere Bar,999 Street That Does Not Exist,Publican's General\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="matched none of the 1 rows"):
        run_algorithm("infosegura:runanalysis", sample_parameters(tmp_path / "out", REGISTER=str(register)))
    assert not (tmp_path / "out" / "infosegura_results.gpkg").exists()


def test_town_parameters_reach_the_geocoder(run_algorithm, tmp_path):
    from infosegura_plugin.processing.algorithms.run_analysis import RunAnalysisAlgorithm

    algorithm = RunAnalysisAlgorithm()
    algorithm.initAlgorithm()
    offered = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"STREET_TOWN_FIELD", "TOWNS", "TOWN_NAME_FIELD"} <= offered
    with pytest.raises(QgsProcessingException, match="geocode the addresses failed: .*no field no_such_town"):
        run_algorithm("infosegura:runanalysis", sample_parameters(tmp_path, STREET_TOWN_FIELD="no_such_town"))
