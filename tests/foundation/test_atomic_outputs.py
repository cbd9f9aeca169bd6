"""Atomic outputs: a failed, cancelled or killed run leaves the previous file (or
GeoPackage table) intact and nothing half-written behind; a good run replaces it whole."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
)

from infosegura_plugin.core.atomic_files import (
    TEMP_PREFIX,
    AtomicRun,
    parse_destination,
    sweep_stale,
    write_text_atomically,
)
from tests.conftest import ROOT, sample_gpkg_copy, sample_layer


class CancelWhenWriting(QgsProcessingFeedback):
    """Cancels once the progress bar reaches ``at`` percent (the writing stage)."""

    def __init__(self, at):
        super().__init__()
        self.at = at

    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        super().setProgress(progress)
        if progress >= self.at:
            self.cancel()


class FailAtTheEnd(QgsProcessingFeedback):
    """Fails when the run reports 100 %: every output is written, the run is not over."""

    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        super().setProgress(progress)
        if progress >= 100:
            raise RuntimeError("power cut")


def leftovers(folder: Path):
    """Anything a half-done write could leave: private folders, journals, WAL files."""
    return sorted(p.name for p in Path(folder).iterdir()
                  if p.name.startswith(TEMP_PREFIX) or p.name.endswith(("-journal", "-wal")))


def tables(gpkg: Path):
    connection = sqlite3.connect(str(gpkg))
    try:
        return sorted(r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents"))
    finally:
        connection.close()


def count(uri):
    layer = QgsVectorLayer(str(uri), "check", "ogr")
    assert layer.isValid(), uri
    return layer.featureCount()


def conflicts(run_algorithm, output, distance, feedback=None, context=None):
    return run_algorithm("infosegura:proximityconflicts", {
        "OUTLETS": sample_layer("incidents"), "ASSETS": sample_layer("community_assets"),
        "ASSET_CATEGORY_FIELD": "category", "CATEGORIES": "school, church, park", "DISTANCE": distance,
        "OUTPUT": output}, feedback=feedback, context=context)


@pytest.mark.parametrize("destination, expected", [
    ("/data/out.gpkg", ("/data/out.gpkg", None)),
    ("out dir/résultats.csv", ("out dir/résultats.csv", None)),
    ("ogr:dbname='/data/it''s.gpkg' table=\"grid\" (geom)", ("/data/it's.gpkg", "grid")),
    ("TEMPORARY_OUTPUT", None),
    ("memory:Conflicts", None),
    ("postgres://dbname='x' table=\"t\"", None),
    ("ogr:dbname='/data/x.sqlite' table=\"t\" (geom)", None),
])
def test_which_destinations_are_staged(destination, expected):
    parsed = parse_destination(destination)
    assert (None if parsed is None else (str(parsed[0]), parsed[1])) == expected


def test_a_good_run_replaces_the_whole_file_and_reports_the_final_path(run_algorithm, tmp_path):
    target = tmp_path / "conflicts.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    definition = QgsProcessingOutputLayerDefinition(str(target), QgsProject.instance())
    first = conflicts(run_algorithm, definition, 100, context=context)
    assert first["OUTPUT"] == str(target)
    assert str(target) in context.layersToLoadOnCompletion()
    assert not [k for k in context.layersToLoadOnCompletion() if TEMP_PREFIX in k]
    small = count(target)
    second = conflicts(run_algorithm, str(target), 300)
    assert second["OUTPUT"] == str(target)
    assert count(target) == second["CONFLICT_COUNT"] > small
    assert QgsVectorLayer(str(target), "c", "ogr").listStylesInDatabase()[0] >= 1  # styled in place
    assert leftovers(tmp_path) == []


def test_a_cancelled_write_leaves_the_previous_file(run_algorithm, tmp_path):
    target = tmp_path / "conflicts.gpkg"
    before = conflicts(run_algorithm, str(target), 100)["CONFLICT_COUNT"]
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        conflicts(run_algorithm, str(target), 300, feedback=CancelWhenWriting(70))
    assert count(target) == before
    assert leftovers(tmp_path) == []


def test_a_table_of_an_existing_geopackage_is_swapped_whole(run_algorithm, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    table = f"ogr:dbname='{gpkg}' table=\"conflicts\" (geom)"
    conflicts(run_algorithm, f"ogr:dbname='{gpkg}' table=\"keep\" (geom)", 50)
    kept = count(f"{gpkg}|layername=keep")
    before = conflicts(run_algorithm, table, 100)["CONFLICT_COUNT"]
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        conflicts(run_algorithm, table, 300, feedback=CancelWhenWriting(70))
    assert count(f"{gpkg}|layername=conflicts") == before
    after = conflicts(run_algorithm, table, 300)
    assert after["OUTPUT"] == f"{gpkg}|layername=conflicts"
    assert count(f"{gpkg}|layername=conflicts") == after["CONFLICT_COUNT"] > before
    assert count(f"{gpkg}|layername=keep") == kept
    assert tables(gpkg) == ["conflicts", "keep", "layer_styles"]
    assert QgsVectorLayer(f"{gpkg}|layername=conflicts", "c", "ogr").listStylesInDatabase()[0] >= 1
    assert leftovers(tmp_path) == []


def test_file_outputs_other_than_layers_are_staged_too(run_algorithm, tmp_path):
    report = tmp_path / "report.html"
    report.write_text("last year's report", encoding="utf-8")
    gpkg = sample_gpkg_copy()
    parameters = {"OUTLETS": f"{gpkg}|layername=incidents", "STUDY_AREA": f"{gpkg}|layername=city_boundary",
                  "CELL_SIZE": 200, "OUTPUT": str(tmp_path / "grid.gpkg"), "REPORT": str(report)}
    with pytest.raises(QgsProcessingException, match="power cut"):  # after the report is written, before the end
        run_algorithm("infosegura:riskterrain", parameters, feedback=FailAtTheEnd())
    assert report.read_text(encoding="utf-8") == "last year's report"
    assert not (tmp_path / "grid.gpkg").exists()
    result = run_algorithm("infosegura:riskterrain", parameters)
    assert result["REPORT"] == str(report) and "<html>" in report.read_text(encoding="utf-8").lower()
    assert leftovers(tmp_path) == []


def test_loadsample_into_an_existing_geopackage_keeps_its_other_tables(run_algorithm, tmp_path):
    gpkg = tmp_path / "project.gpkg"
    conflicts(run_algorithm, f"ogr:dbname='{gpkg}' table=\"mine\" (geom)", 100)
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(gpkg)})
    assert "mine" in tables(gpkg) and "streets" in tables(gpkg)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        run_algorithm("infosegura:loadsample", {"OUTPUT": str(tmp_path / "new.gpkg")}, feedback=feedback)
    assert not (tmp_path / "new.gpkg").exists()
    assert leftovers(tmp_path) == []


def test_text_files_and_stale_private_folders(tmp_path):
    report = tmp_path / "report.html"
    report.write_text("old", encoding="utf-8")
    with pytest.raises(ZeroDivisionError):
        from infosegura_plugin.core.atomic_files import write_file_atomically

        write_file_atomically(report, lambda temp: (temp.write_text("half", encoding="utf-8"), 1 / 0))
    assert report.read_text(encoding="utf-8") == "old"
    write_text_atomically(report, "new")
    assert report.read_text(encoding="utf-8") == "new"
    dead = tmp_path / f"{TEMP_PREFIX}999999999-abcdef0123"
    dead.mkdir()
    (dead / "report.html").write_text("half", encoding="utf-8")
    mine = AtomicRun().stage(str(tmp_path / "x.csv"))[0]  # staging sweeps what dead processes left
    assert not dead.exists() and mine.folder.exists()
    assert sweep_stale(tmp_path) == []  # a live process's folder is left alone
    assert mine.folder.exists()
    mine.discard()
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------- killed for real


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    subprocess.run(["make", "-s", "plugin"], cwd=ROOT, check=True, capture_output=True)
    config = tmp_path_factory.mktemp("qgis-config-kill")
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ninfosegura_plugin=true\n", encoding="utf-8")
    return dict(os.environ, QGIS_PLUGINPATH=str(ROOT / "build"), QGIS_CUSTOM_CONFIG_PATH=str(config),
                QT_QPA_PLATFORM="offscreen")


def risk_grid(run_algorithm, output):
    gpkg = sample_gpkg_copy()
    return run_algorithm("infosegura:riskterrain", {
        "OUTLETS": f"{gpkg}|layername=incidents", "STUDY_AREA": f"{gpkg}|layername=city_boundary",
        "CELL_SIZE": 100, "OUTPUT": output, "REPORT": "TEMPORARY_OUTPUT"})


def _staged_files(folder: Path):
    """The files being written aside now (they come and go: SQLite journals)."""
    try:
        return [f for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX) for f in p.iterdir()]
    except FileNotFoundError:
        return []


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def kill_while_writing(env, folder: Path, output: str, number: int):
    """Run a large risk grid in qgis_process and send ``number`` once it writes its output."""
    gpkg = sample_gpkg_copy()
    process = subprocess.Popen(
        ["/usr/bin/qgis_process.bin", "run", "infosegura:riskterrain", f"--OUTLETS={gpkg}|layername=incidents",
         f"--STUDY_AREA={gpkg}|layername=city_boundary", "--CELL_SIZE=8", f"--OUTPUT={output}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        written = None
        while process.poll() is None and written is None:
            written = next((f for f in _staged_files(folder) if _size(f) > 200_000), None)
            time.sleep(0.02)
        assert written is not None and process.poll() is None, "the run ended before it wrote its output"
        process.send_signal(number)
        out, _ = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            process.kill()
    return process.returncode, out


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_killed_mid_write_the_previous_file_survives(run_algorithm, qgis_process_env, tmp_path, number):
    target = tmp_path / "grid.gpkg"
    before = count(risk_grid(run_algorithm, str(target))["OUTPUT"])
    returncode, out = kill_while_writing(qgis_process_env, tmp_path, str(target), number)
    assert returncode != 0, out
    if number == signal.SIGINT:
        assert "Interrupted: nothing was written; the previous files are kept." in out
        assert "Traceback" not in out
    assert count(target) == before
    assert leftovers(tmp_path) == []


def test_killed_mid_write_a_geopackage_table_survives(run_algorithm, qgis_process_env, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    conflicts(run_algorithm, f"ogr:dbname='{gpkg}' table=\"keep\" (geom)", 100)
    table = f"ogr:dbname='{gpkg}' table=\"grid\" (geom)"
    before = count(risk_grid(run_algorithm, table)["OUTPUT"])
    returncode, out = kill_while_writing(qgis_process_env, tmp_path, table, signal.SIGTERM)
    # Killed by the signal, or ended by the watchdog with 128 + 15 when the main thread was
    # inside a long C call (a GeoPackage write) when the signal came.
    assert returncode in (-signal.SIGTERM, 128 + signal.SIGTERM), out
    assert count(f"{gpkg}|layername=grid") == before
    assert tables(gpkg) == ["grid", "keep", "layer_styles"]
    assert leftovers(tmp_path) == []


def test_loading_the_sample_twice_into_one_geopackage(run_algorithm, qgis_process, tmp_path):
    """Writing a table and its style over an earlier one (QGIS 3.22 used to wait forever
    saving a style over a stored one of the same name), in this process and in another."""
    gpkg = tmp_path / "sample.gpkg"
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(gpkg)})
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(gpkg), "INCLUDE_SENSITIVE": True})
    completed = qgis_process("run", "infosegura:loadsample", f"--OUTPUT={gpkg}", timeout=120)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    connection = sqlite3.connect(str(gpkg))
    try:
        styles = connection.execute("SELECT f_table_name, count(*) FROM layer_styles GROUP BY 1").fetchall()
        shelters = connection.execute("SELECT count(*) FROM community_assets WHERE category = 'shelter'").fetchone()
    finally:
        connection.close()
    assert dict(styles)["streets"] == 1 and dict(styles)["community_assets"] == 1
    assert shelters == (0,)
    assert leftovers(tmp_path) == []


STUCK_IN_C = r"""
import sqlite3, sys, time
from pathlib import Path
from infosegura_plugin.core.atomic_files import AtomicRun, SignalGuard

folder = Path(sys.argv[1])
holder = sqlite3.connect(str(folder / "locked.db"), isolation_level=None)
holder.execute("CREATE TABLE t (x)")
holder.execute("BEGIN EXCLUSIVE")
run = AtomicRun()
staged, _temp = run.stage(str(folder / "out.gpkg"))
with SignalGuard(run):
    staged.temp_path.write_bytes(b"half")
    (folder / "ready").write_text("ready")
    waiter = sqlite3.connect(str(folder / "locked.db"), timeout=120)
    waiter.execute("INSERT INTO t VALUES (1)")  # waits in C for two minutes
print("the wait ended")
"""


def test_sigterm_ends_a_run_stuck_in_c_code(tmp_path):
    """A process blocked in a C call (here SQLite waiting for a lock) still obeys SIGTERM:
    the staged output is removed and the process ends, not two minutes later."""
    (tmp_path / "out.gpkg").write_bytes(b"previous")
    process = subprocess.Popen([sys.executable, "-c", STUCK_IN_C, str(tmp_path)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        while not (tmp_path / "ready").exists() and process.poll() is None:
            time.sleep(0.02)
        time.sleep(0.2)
        assert process.poll() is None
        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signal.SIGTERM, out
    assert "the wait ended" not in out
    assert (tmp_path / "out.gpkg").read_bytes() == b"previous"
    assert leftovers(tmp_path) == []


def test_three_tables_of_one_geopackage_in_one_run_each_keep_their_style(run_algorithm, tmp_path):
    from infosegura_plugin.core.atomic_files import AtomicRun, SignalGuard, staged_location

    run = AtomicRun()
    gpkg = tmp_path / "results.gpkg"
    with SignalGuard(run):
        staged = [run.stage(f"ogr:dbname='{gpkg}' table=\"{t}\" (geom)")[0] for t in ("changes", "moves", "summary")]
        for output in staged:
            assert staged_location(f"{gpkg}|layername={output.table}") == f"{output.temp_path}|layername={output.table}"
        assert staged_location(str(tmp_path / "other.gpkg")) == str(tmp_path / "other.gpkg")
        run.discard()
    assert leftovers(tmp_path) == []


def test_a_dataset_moves_with_its_side_files_and_spares_its_neighbours(tmp_path):
    from infosegura_plugin.core.atomic_files import move_dataset

    for name, text in (("grid.tif", "old tif"), ("grid.tif.ovr", "old overviews"), ("grid.qml", "raster style"),
                       ("grid.gpkg", "old gpkg")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    staged = AtomicRun().stage(str(tmp_path / "grid.tif"))[0]
    staged.temp_path.write_text("new tif", encoding="utf-8")
    (staged.folder / "grid.tif.aux.xml").write_text("new statistics", encoding="utf-8")
    move_dataset(staged.temp_path, staged.path)
    staged.discard()
    names = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir() if p.is_file()}
    # the old overviews described the old raster: gone; the neighbours stay
    assert names == {"grid.tif": "new tif", "grid.tif.aux.xml": "new statistics", "grid.qml": "raster style",
                     "grid.gpkg": "old gpkg"}
    assert leftovers(tmp_path) == []


def test_a_file_built_under_its_own_name_replaces_the_old_one_only_when_finished(tmp_path):
    """``replacing`` (bundles, atlases, public exports): the work file has the final name,
    a failure keeps the old file and leaves nothing behind, a missing folder is made."""
    from infosegura_plugin.core.atomic_files import replacing

    bundle = tmp_path / "shared" / "bundle.gpkg"
    with replacing(bundle, make_folder=True) as work:
        assert work.name == "bundle.gpkg" and work.parent != bundle.parent
        work.write_bytes(b"first")
    assert bundle.read_bytes() == b"first"
    Path(f"{bundle}-wal").write_bytes(b"stale log of the old file")
    with pytest.raises(RuntimeError):
        with replacing(bundle) as work:
            work.write_bytes(b"half")
            raise RuntimeError("the export failed")
    assert bundle.read_bytes() == b"first" and Path(f"{bundle}-wal").exists()
    with replacing(bundle) as work:
        work.write_bytes(b"second")
    assert bundle.read_bytes() == b"second"
    assert not Path(f"{bundle}-wal").exists()  # it described the old file
    assert leftovers(bundle.parent) == []


def test_outputs_inside_a_runs_private_folder_are_written_in_place(tmp_path):
    """The steps of infosegura:runanalysis write into the run's own private folder, which
    is discarded or moved whole: staging each step's output again would only copy it twice."""
    from infosegura_plugin.core.atomic_files import RUN_PREFIX, stage_destination

    work = tmp_path / f"{RUN_PREFIX}123-abc"
    work.mkdir()
    inside = f"ogr:dbname='{work / 'results.gpkg'}' table=\"hot_spots\" (geom)"
    assert stage_destination(inside) is None
    assert stage_destination(str(work / "risk.tif")) is None
    staged, temporary = stage_destination(f"ogr:dbname='{tmp_path / 'results.gpkg'}' table=\"hot_spots\" (geom)")
    assert staged.path == tmp_path / "results.gpkg" and TEMP_PREFIX in temporary
    staged.discard()
    assert leftovers(tmp_path) == []
