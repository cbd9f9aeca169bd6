"""`make demo` end to end: the sample register becomes styled layers, a map and a report."""

import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from qgis.core import QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
TABLES = {"licence_register", "licensed_premises", "proximity_conflicts", "risk_terrain", "hot_spots",
          "community_profiles", "streets", "neighbourhoods", "community_assets"}


# What a newcomer running `make demo` would take for a fault.
NOISE = re.compile(r"ERROR \d+:|Warning:|DeprecationWarning|deprecated|Traceback|XDG_RUNTIME_DIR", re.IGNORECASE)


def run_demo(out, *args):
    completed = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"), "--out", str(out), *args],
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return completed


def test_demo_builds_every_result(tmp_path):
    completed = run_demo(tmp_path)
    out = completed.stdout
    noise = [line for line in (completed.stdout + completed.stderr).splitlines() if NOISE.search(line)]
    assert noise == []
    assert "Five highest-risk neighbourhoods:" in out
    ranked = [line for line in out.splitlines() if line.strip()[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert len(ranked) == 5

    gpkg = tmp_path / "belmopan_results.gpkg"
    with closing(sqlite3.connect(gpkg)) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        styled = {row[0] for row in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
        register_rows = db.execute("SELECT count(*) FROM licence_register").fetchone()[0]
        premises_rows = db.execute("SELECT count(*) FROM licensed_premises").fetchone()[0]
        statuses = {row[0] for row in db.execute("SELECT DISTINCT gc_status FROM licensed_premises")}
        shelters = db.execute("SELECT count(*) FROM community_assets WHERE category = 'shelter'").fetchone()[0]
    assert TABLES <= tables
    assert TABLES <= styled  # every result opens styled on any computer
    assert register_rows == premises_rows == 200  # no row lost on the way
    assert statuses == {"matched", "tied", "unmatched"}
    assert shelters == 0

    png = tmp_path / "belmopan_map.png"
    assert png.stat().st_size > 100_000
    report = (tmp_path / "risk_terrain_report.html").read_text(encoding="utf-8")
    assert "expert-weighted" in report and "PAI" in report

    # Season to season (issue 14): the later register compared, emerging hot spots, one application check.
    assert "24 new, 34 closed, 4 moved, 13 changed class, 81 renewed, 66 unchanged" in out
    with closing(sqlite3.connect(gpkg)) as db:
        season_tables = {"register_changes", "register_moves", "register_change_summary", "emerging_hotspots"}
        styled = {row[0] for row in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
        patterns = {row[0] for row in db.execute("SELECT DISTINCT pattern FROM emerging_hotspots")}
    assert season_tables <= styled
    assert {"new_hot", "persistent_hot", "intensifying_hot"} <= patterns
    assert (tmp_path / "application_check.pdf").stat().st_size > 50_000
    page = (tmp_path / "application_check.html").read_text(encoding="utf-8")
    assert "Licence application check" in page and "Support Facility" not in page

    # Sharing (issue 10): the bundle, the atlas and the public export, and where they are.
    for name in ("belmopan_bundle.gpkg", "belmopan_atlas.pdf", "belmopan_public.gpkg"):
        assert str(tmp_path / name) in out, name
    with closing(sqlite3.connect(tmp_path / "belmopan_bundle.gpkg")) as db:
        assert db.execute("SELECT count(*) FROM qgis_projects").fetchone()[0] == 1
        assert db.execute("SELECT value FROM infosegura_run_record WHERE key = 'classification'").fetchone() == \
            ("RESTRICTED",)
    with closing(sqlite3.connect(tmp_path / "belmopan_public.gpkg")) as db:
        public = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        small = db.execute("SELECT count(*) FROM public_areas WHERE incidents < 5").fetchone()[0]
    assert "public_areas" in public and "public_premises" not in public and small == 0
    assert "11 pages" in out  # a cover and one page per neighbourhood

def test_demo_in_spanish_names_and_labels_the_layers_in_spanish(tmp_path):
    completed = run_demo(tmp_path, "--lang", "es")
    assert [line for line in completed.stderr.splitlines() if NOISE.search(line)] == []
    gpkg = tmp_path / "belmopan_results.gpkg"
    premises = QgsVectorLayer(f"{gpkg}|layername=licensed_premises", "p", "ogr")
    labels = [rule.label() for rule in premises.renderer().rootRule().descendants()]
    assert labels == ["Ubicado", "Empatado: revisar (se muestra en el mejor candidato)", "No ubicado (sin ubicación)"]
    hot = QgsVectorLayer(f"{gpkg}|layername=hot_spots", "h", "ogr")
    assert "Punto caliente, 99 % de confianza" in [c.label() for c in hot.renderer().categories()]
    report = (tmp_path / "risk_terrain_report.html").read_text(encoding="utf-8")
    assert "ponderado por expertos" in report and "expert-weighted" not in report
    assert (tmp_path / "belmopan_map.png").stat().st_size > 100_000
