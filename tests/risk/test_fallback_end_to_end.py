"""The risk algorithms without shapely 2 give the same layers as with it.

* In process: ``geometry_backend.use_shapely(False)`` forces the QGIS + numpy fallback;
  riskterrain -> hotspots (contiguity and distance band) -> communityprofiles on a small
  synthetic case and on the synthetic Belmopan sample must equal the shapely 2 run.
* System Python: this file is also a script. ``/usr/bin/python3`` (no venv: the QGIS
  desktop's own Python, with whatever shapely the system has: 1.8 on Debian 12 / QGIS
  3.22, 2.1 on Debian 13 / QGIS 3.40) imports the plugin's provider, runs the chain on
  the small case and prints the rows as JSON; they must equal the shapely 2 run here.
  ``--no-shapely`` makes a Python without shapely (older Windows/macOS QGIS builds) on any
  host: every shapely import fails with ``ModuleNotFoundError`` (what QGIS's own optional
  imports expect), from before ``qgis.core`` is imported (QGIS 3.40 imports shapely itself).

No pytest at module level: the system Python has none.
"""

import sys


class _BlockShapely:
    """A meta path finder that makes shapely look absent."""

    def find_spec(self, name, path=None, target=None):
        if name == "shapely" or name.startswith("shapely."):
            raise ModuleNotFoundError(f"No module named '{name}' (blocked for this test)", name=name)
        return None


if __name__ == "__main__" and "--no-shapely" in sys.argv:
    sys.meta_path.insert(0, _BlockShapely())  # before anything below can import shapely

import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from qgis.core import (  # noqa: E402
    NULL,
    QgsGeometry,
    QgsPointXY,
)

ROOT = Path(__file__).resolve().parents[2]
CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0
SYSTEM_PYTHON = "/usr/bin/python3"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
RISK_ALGORITHMS = ("riskterrain", "hotspots", "communityprofiles")
if str(ROOT) not in sys.path:  # also run as a script by QGIS's own Python
    sys.path.insert(0, str(ROOT))

from tests.layers import memory_layer  # noqa: E402

# ---------------------------------------------------------------- the small synthetic case


def _polygon(*rings):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x, Y0 + y) for x, y in ring] for ring in rings])


def _point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))


def small_case():
    """Synthetic: a 1.6 x 1.2 km study area with a hole, clustered outlets, four assets,
    four neighbourhoods sharing edges and vertices."""
    rng = np.random.default_rng(11)
    outer = [(0, 0), (1600, 0), (1600, 1200), (800, 1350), (0, 1200), (0, 0)]
    hole = [(1100, 300), (1300, 300), (1300, 500), (1100, 500), (1100, 300)]
    study = memory_layer(f"Polygon?crs={CRS}&field=name:string", [(_polygon(outer, hole), ["study area"])], "study_area")
    centre = np.array([X0 + 500, Y0 + 700])
    pts = np.vstack([rng.normal(centre, 180, (70, 2)),
                     np.column_stack([X0 + rng.uniform(0, 1600, 30), Y0 + rng.uniform(0, 1200, 30)])])
    cats = np.array(["on_premise", "off_premise", "occasional", "unknown"])[rng.integers(0, 4, len(pts))]
    outlets = memory_layer(f"Point?crs={CRS}&field=category:string",
                     [(_point(x, y), [str(c)]) for (x, y), c in zip(pts, cats)], "outlets")
    assets = memory_layer(f"Point?crs={CRS}&field=category:string", [
        (_point(X0 + 450, Y0 + 650), ["bus_terminal"]), (_point(X0 + 1200, Y0 + 900), ["police"]),
        (_point(X0 + 200, Y0 + 200), ["school"]), (_point(X0 + 900, Y0 + 1000), ["market"])], "assets")
    areas = memory_layer(f"Polygon?crs={CRS}&field=name:string&field=population:integer", [
        (_polygon([(0, 0), (800, 0), (800, 600), (0, 600), (0, 0)]), ["South West", 1500]),
        (_polygon([(800, 0), (1600, 0), (1600, 600), (800, 600), (800, 0)]), ["South East", 900]),
        (_polygon([(0, 600), (800, 600), (800, 1200), (0, 1200), (0, 600)]), ["North West", None]),
        (_polygon([(800, 600), (1600, 600), (1600, 1200), (800, 600)]), ["North East", 300]),
    ], "neighbourhoods")
    return {"study": study, "outlets": outlets, "assets": assets, "areas": areas}


def _rows(layer):
    def plain(value):
        if value is None or value == NULL:
            return None
        return value if isinstance(value, (int, float, str)) else str(value)

    return [[plain(v) for v in f.attributes()] for f in layer.getFeatures()]


def run_chain(run, layers, cell_size=50, grid_type=0, kde_radius=200, with_band=True):
    """riskterrain -> hotspots (contiguity; distance band) -> communityprofiles: the rows
    of every output (JSON-ready)."""
    grid = run("infosegura:riskterrain", {
        "OUTLETS": layers["outlets"], "OUTLET_CATEGORY_FIELD": "category", "ASSETS": layers["assets"],
        "ASSET_CATEGORY_FIELD": "category", "STUDY_AREA": layers["study"], "CELL_SIZE": cell_size,
        "GRID_TYPE": grid_type, "KDE_RADIUS": kde_radius, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": None,
    })["OUTPUT"]
    hot = run("infosegura:hotspots", {"INPUT": grid, "FIELD": "outlet_kde", "NEIGHBOURHOOD": 0, "FDR": True,
                                      "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = {"grid": _rows(grid), "hot": _rows(hot)}
    if with_band:
        band = run("infosegura:hotspots", {"INPUT": grid, "FIELD": "outlet_kde", "NEIGHBOURHOOD": 1, "DISTANCE": 0,
                                           "FDR": False, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        out["band"] = _rows(band)
    profiles = run("infosegura:communityprofiles", {
        "AREAS": layers["areas"], "AREA_NAME_FIELD": "name", "OUTLETS": layers["outlets"],
        "OUTLET_CATEGORY_FIELD": "category", "RISK_GRID": hot, "OUTPUT": "TEMPORARY_OUTPUT",
    })["OUTPUT"]
    out["profiles"] = _rows(profiles)
    return out


def assert_same(fast, slow, where="", rel=1e-9):
    """Equal rows; floats equal up to ``rel`` (they are in practice bit for bit)."""
    if isinstance(fast, dict):
        assert sorted(fast) == sorted(slow), where
        for key in fast:
            assert_same(fast[key], slow[key], f"{where}/{key}", rel)
    elif isinstance(fast, list):
        assert len(fast) == len(slow), f"{where}: {len(fast)} != {len(slow)}"
        for k, (a, b) in enumerate(zip(fast, slow)):
            assert_same(a, b, f"{where}[{k}]", rel)
    elif isinstance(fast, float) and isinstance(slow, (float, int)):
        assert math.isclose(fast, slow, rel_tol=rel, abs_tol=1e-12) or (math.isnan(fast) and math.isnan(slow)), \
            f"{where}: {fast} != {slow}"
    else:
        assert fast == slow, f"{where}: {fast!r} != {slow!r}"


def both_backends(run, layers_factory, **kwargs):
    from infosegura_plugin.core import geometry_backend

    previous = geometry_backend.use_shapely(True)
    try:
        assert geometry_backend.using_shapely()
        fast = run_chain(run, layers_factory(), **kwargs)
        geometry_backend.use_shapely(False)
        assert not geometry_backend.using_shapely()
        slow = run_chain(run, layers_factory(), **kwargs)
    finally:
        geometry_backend.use_shapely(previous)
    return fast, slow


# ---------------------------------------------------------------- tests


def test_fallback_equals_shapely_on_a_small_case(run_algorithm):
    fast, slow = both_backends(run_algorithm, small_case)
    assert len(fast["grid"]) > 300 and len(fast["profiles"]) == 4
    assert_same(fast, slow)


def test_fallback_equals_shapely_with_squares(run_algorithm):
    fast, slow = both_backends(run_algorithm, small_case, cell_size=40, grid_type=1, with_band=False)
    assert_same(fast, slow)


def test_fallback_equals_shapely_on_the_belmopan_sample(run_algorithm):
    """Belmopan-sized: ~10,000 hexagons of 50 m, the sample's neighbourhoods."""
    from tests.conftest import sample_layer

    def layers():
        return {"study": sample_layer("city_boundary"), "outlets": sample_layer("community_assets"),
                "assets": sample_layer("community_assets"), "areas": sample_layer("neighbourhoods")}

    fast, slow = both_backends(run_algorithm, layers, cell_size=50, kde_radius=400)
    assert len(fast["grid"]) > 5000
    assert_same(fast, slow)


def _system_python(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    return subprocess.run([SYSTEM_PYTHON, str(Path(__file__).resolve()), *args], env=env, cwd=str(ROOT),
                          capture_output=True, text=True, timeout=600)


def _check_system_python(run_algorithm, *args):
    assert Path(SYSTEM_PYTHON).exists(), "QGIS's own Python (python3-qgis) is missing: make setup installs it"
    done = _system_python(*args)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    from infosegura_plugin.core import geometry_backend

    previous = geometry_backend.use_shapely(True)
    try:
        expected = run_chain(run_algorithm, small_case())
    finally:
        geometry_backend.use_shapely(previous)
    assert_same(expected, report["results"])
    return report


def _system_shapely_version():
    """The shapely QGIS's own Python imports (None when it has none), asked of that Python."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    done = subprocess.run([SYSTEM_PYTHON, "-c", "import shapely; print(shapely.__version__)"], env=env,
                          capture_output=True, text=True, timeout=120)
    return done.stdout.strip() if done.returncode == 0 else None


def test_system_python_gives_the_same_layers(run_algorithm):
    """What the QGIS desktop runs here: the fast path when its shapely is 2 or newer
    (Debian 13's 2.1), the fallback with shapely 1.8 (Debian 12) or none."""
    version = _system_shapely_version()
    report = _check_system_python(run_algorithm)
    assert report["shapely"] == version
    expected = "shapely2" if version is not None and int(version.split(".")[0]) >= 2 else "fallback"
    assert report["backend"] == expected


def test_system_python_without_any_shapely(run_algorithm):
    report = _check_system_python(run_algorithm, "--no-shapely")
    assert report["shapely"] is None
    assert report["backend"] == "fallback"
    # The geocoder needs shapely and is left out (with a log message); the rest loads.
    assert "geocodeaddresses" not in report["registered"]
    assert {"importregister", "loadsample", "proximityconflicts"} <= set(report["registered"])


# ---------------------------------------------------------------- as a script


def main(argv):
    """Run the chain on the small case with whatever this Python has; print JSON.
    (``--no-shapely`` was handled at the top of the file, before the first import.)"""
    sys.path.insert(0, str(ROOT))
    sys.path.append(QGIS_PLUGINS)
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from infosegura_plugin.core import geometry_backend
    from infosegura_plugin.processing.provider import InfoSeguraProvider

    provider = InfoSeguraProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    missing = [a for a in RISK_ALGORITHMS if provider.algorithm(a) is None]
    if missing:
        raise SystemExit(f"algorithms not registered: {missing}")
    registered = sorted(a.name() for a in provider.algorithms())
    try:
        import shapely

        version = shapely.__version__
    except ImportError:
        version = None

    def run(algorithm_id, parameters):
        return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())

    results = run_chain(run, small_case())
    backend = "shapely2" if geometry_backend.using_shapely() else "fallback"
    print(json.dumps({"backend": backend, "shapely": version, "python": sys.executable, "registered": registered,
                      "results": results}))
    QgsApplication.processingRegistry().removeProvider(provider)
    return 0


if __name__ == "__main__":
    _status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_status or 0)  # skip PyQt/QGIS teardown, which can crash once the work is done
