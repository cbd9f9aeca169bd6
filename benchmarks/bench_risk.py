"""Risk terrain at Belmopan (50 m hexagons) and national scale (Belize, 100 m squares).

Prints time and peak memory of the numpy computation (grid, counts, kernel density,
distances, model factors, risk score, Gi*), the cost of writing the grid through the
Processing sink, and the ratio against QGIS's native chain for the same counts and
kernel values (native:creategrid + native:extractbylocation + native:countpointsinpolygon
+ qgis:heatmapkerneldensityestimation sampled at cell centres), checking both agree.

Everything is synthetic: the national outline is a simplified Belize-shaped polygon
scaled to 22,966 km2 in EPSG:32616, outlets are clustered around town centres. The
native chain at national scale would run for many minutes, so it is measured on a
documented 30 x 30 km window around Belize City and the ratio is given for that window.

The national algorithm runs (``infosegura:riskterrain`` end to end: density,
proximity, risk score and Gi*, then the GeoTIFF, the polygon grid of all cells, or the
polygon grid of the non-zero cells) each run in a fresh process, so each peak memory is
that run's own. The machine's load average is printed with them: other work on the
machine slows the figures down.

Exit status 1 when a check fails: national raster end to end > 20 s or > 2 GB peak,
national polygon grid of all cells > 30 s, national compute > 120 s or > 4 GB, or the
native chain and ours disagree.
"""

import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

CRS = "EPSG:32616"
TIME_LIMIT_S = 120.0
MEMORY_LIMIT_GB = 4.0
RASTER_LIMIT_S = 20.0
RASTER_MEMORY_LIMIT_GB = 2.0
VECTOR_LIMIT_S = 30.0
KDE_RADIUS = 400.0
BELIZE_KM2 = 22_966.0
# Simplified outline of Belize (lon, lat), projected to UTM 16N and scaled to the area.
BELIZE_LONLAT = [
    (-89.15, 17.95), (-88.85, 18.18), (-88.55, 18.38), (-88.30, 18.49), (-88.08, 18.42), (-88.25, 18.10),
    (-88.20, 17.75), (-88.18, 17.50), (-88.28, 17.25), (-88.25, 16.97), (-88.38, 16.62), (-88.55, 16.35),
    (-88.80, 16.10), (-88.92, 15.89), (-89.22, 15.89), (-89.20, 16.60), (-89.16, 17.30), (-89.15, 17.95),
]
# Synthetic towns: (lon, lat, outlets, spread in m).
TOWNS = [
    (-88.20, 17.50, 1500, 2000), (-89.07, 17.16, 400, 1500), (-88.77, 17.25, 300, 1200),
    (-88.56, 18.08, 350, 1500), (-88.39, 18.39, 250, 1200), (-88.22, 16.97, 200, 1000),
    (-88.80, 16.10, 120, 800), (-89.14, 17.08, 100, 700), (-87.96, 17.92, 200, 900), (-88.37, 16.52, 100, 600),
]
BELMOPAN_CENTRE = (312_500.0, 1_908_000.0)
SAMPLE_GPKG = ROOT / "resources" / "sample" / "belmopan.gpkg"
TRUTH_CSV = ROOT / "tests" / "data" / "belmopan_register_truth.csv"


def peak_rss_gb() -> float:
    """This process's peak resident memory. Linux's VmHWM (its own address space) where
    available: ru_maxrss keeps the parent's peak across fork and exec, so a fresh child
    process would report the bench's own peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0 / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0 / 1024.0


def start_qgis():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from infosegura_plugin.processing.provider import InfoSeguraProvider

    provider = InfoSeguraProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def to_utm(points):
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(CRS), QgsProject.instance())
    return [transform.transform(QgsPointXY(x, y)) for x, y in points]


def belize_outline() -> QgsGeometry:
    outline = QgsGeometry.fromPolygonXY([to_utm(BELIZE_LONLAT)])
    centre = outline.centroid().asPoint()
    k = math.sqrt(BELIZE_KM2 * 1e6 / outline.area())
    ring = [QgsPointXY(centre.x() + k * (p.x() - centre.x()), centre.y() + k * (p.y() - centre.y()))
            for p in outline.asPolygon()[0]]
    return QgsGeometry.fromPolygonXY([ring])


def national_outlets(seed=2024):
    rng = np.random.default_rng(seed)
    xs, ys, cats = [], [], []
    categories = np.array(["on_premise", "off_premise", "occasional", "unknown"])
    for (_lon, _lat, n, spread), centre in zip(TOWNS, to_utm([(t[0], t[1]) for t in TOWNS])):
        xs.append(rng.normal(centre.x(), spread, n))
        ys.append(rng.normal(centre.y(), spread, n))
        cats.append(categories[rng.choice(4, n, p=[0.45, 0.35, 0.1, 0.1])])
    outline = belize_outline().boundingBox()
    rural = 300
    xs.append(rng.uniform(outline.xMinimum(), outline.xMaximum(), rural))
    ys.append(rng.uniform(outline.yMinimum(), outline.yMaximum(), rural))
    cats.append(categories[rng.integers(0, 4, rural)])
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(cats).astype(object)


def national_assets(seed=7):
    rng = np.random.default_rng(seed)
    xs, ys, cats = [], [], []
    kinds = ["school", "police", "bus_terminal", "market", "youth_centre", "church"]
    for (_lon, _lat, n, spread), centre in zip(TOWNS, to_utm([(t[0], t[1]) for t in TOWNS])):
        for kind in kinds:
            k = max(1, n // 100) if kind in ("school", "church") else 1
            xs.append(rng.normal(centre.x(), spread / 2, k))
            ys.append(rng.normal(centre.y(), spread / 2, k))
            cats.append([kind] * k)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(cats).astype(object)


def rings_wkb(geometry: QgsGeometry):
    geometry = QgsGeometry(geometry)
    geometry.convertToMultiType()
    rings = [np.array([(p.x(), p.y()) for p in ring]) for poly in geometry.asMultiPolygon() for ring in poly]
    box = geometry.boundingBox()
    return rings, bytes(geometry.asWkb()), (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())


def point_layer(x, y, categories=None, name="points"):
    layer = QgsVectorLayer(f"Point?crs={CRS}&field=category:string", name, "memory")
    features = []
    for i in range(len(x)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x[i]), float(y[i]))))
        feature.setAttributes([None if categories is None else str(categories[i])])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def polygon_layer(geometry, name="area"):
    layer = QgsVectorLayer(f"Polygon?crs={CRS}", name, "memory")
    feature = QgsFeature()
    feature.setGeometry(geometry)
    layer.dataProvider().addFeatures([feature])
    return layer


# ---------------------------------------------------------------- Gi*


def gi_star_on_lattice(lattice, flat_cells, values):
    """Getis-Ord Gi* with binary queen weights (the cell and its 8 neighbours) on a square
    lattice, by shifted sums of dense arrays. Used when the hotspot module's vectorised
    function is not available."""
    shape = (lattice.ncols, lattice.nrows)
    dense = np.zeros(lattice.size)
    mask = np.zeros(lattice.size)
    dense[flat_cells] = values
    mask[flat_cells] = 1.0
    dense, mask = dense.reshape(shape), mask.reshape(shape)
    sums = np.zeros(shape)
    weights = np.zeros(shape)
    for dc in (-1, 0, 1):
        for dr in (-1, 0, 1):
            src = (slice(max(dc, 0), shape[0] + min(dc, 0)), slice(max(dr, 0), shape[1] + min(dr, 0)))
            dst = (slice(max(-dc, 0), shape[0] + min(-dc, 0)), slice(max(-dr, 0), shape[1] + min(-dr, 0)))
            sums[dst] += dense[src]
            weights[dst] += mask[src]
    sums, weights = sums.ravel()[flat_cells], weights.ravel()[flat_cells]
    n = len(values)
    mean = values.mean()
    s = math.sqrt(max((values ** 2).mean() - mean ** 2, 0.0))
    denominator = s * np.sqrt((n * weights - weights ** 2) / (n - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, (sums - mean * weights) / denominator, 0.0)


def gi_star(lattice, flat_cells, values):
    """Gi* z-scores with the hotspot module's vectorised grid function when it is there
    (checked against the bench's own shifted sums), else the bench's own."""
    try:
        from infosegura_plugin.core.risk.gi_star import gi_star_grid
    except ImportError:
        return gi_star_on_lattice(lattice, flat_cells, values), "bench's own queen-neighbour Gi* (hotspot module absent)"
    col, row = lattice.from_flat(flat_cells)
    z = gi_star_grid(values, col, row, kind=lattice.kind).z
    if lattice.kind == "square":
        own = gi_star_on_lattice(lattice, flat_cells, values)
        agree = np.allclose(np.nan_to_num(z), own, atol=1e-6)
        return z, f"core.risk.gi_star.gi_star_grid (agrees with the bench's own sums: {agree})"
    return z, "core.risk.gi_star.gi_star_grid"


# ---------------------------------------------------------------- native chain


def native_chain(area_layer, outlets_layer, lattice, radius, pixel_size):
    """QGIS's own tools for the same grid, counts and kernel values; returns arrays keyed
    by cell_id and the time taken."""
    import processing
    from osgeo import gdal

    started = time.perf_counter()
    e = lattice.qgis_extent()
    grid = processing.run("native:creategrid", {
        "TYPE": 2 if lattice.kind == "square" else 4, "EXTENT": f"{e[0]},{e[2]},{e[1]},{e[3]} [{CRS}]",
        "HSPACING": lattice.cell_size, "VSPACING": lattice.cell_size, "CRS": CRS, "OUTPUT": "memory:"})["OUTPUT"]
    # Cells sharing area with the study area, as ours (a cell that only touches its
    # boundary is left out): contains, equals, overlaps or within, not plain intersects.
    kept = processing.run("native:extractbylocation", {
        "INPUT": grid, "PREDICATE": [1, 3, 5, 6], "INTERSECT": area_layer, "OUTPUT": "memory:"})["OUTPUT"]
    counted = processing.run("native:countpointsinpolygon", {
        "POLYGONS": kept, "POINTS": outlets_layer, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"})["OUTPUT"]
    tif = str(Path(tempfile.mkdtemp()) / "heatmap.tif")
    processing.run("qgis:heatmapkerneldensityestimation", {
        "INPUT": outlets_layer, "RADIUS": radius, "PIXEL_SIZE": pixel_size, "KERNEL": 0, "OUTPUT_VALUE": 0,
        "DECAY": 0, "OUTPUT": tif})
    ids, counts, cx, cy = [], [], [], []
    for feature in counted.getFeatures():
        ids.append(feature["id"])
        counts.append(feature["NUMPOINTS"])
        c = feature.geometry().centroid().asPoint()
        cx.append(c.x())
        cy.append(c.y())
    raster = gdal.Open(tif)
    band = raster.GetRasterBand(1).ReadAsArray().astype(float)
    nodata = raster.GetRasterBand(1).GetNoDataValue()
    if nodata is not None:
        band[band == nodata] = 0.0
    gx0, gdx, _, gy0, _, gdy = raster.GetGeoTransform()
    cx, cy = np.array(cx), np.array(cy)
    pc = np.floor((cx - gx0) / gdx).astype(int)
    pr = np.floor((cy - gy0) / gdy).astype(int)
    ok = (pc >= 0) & (pc < band.shape[1]) & (pr >= 0) & (pr < band.shape[0])
    kde = np.zeros(len(cx))
    kde[ok] = band[pr[ok], pc[ok]]
    elapsed = time.perf_counter() - started
    order = np.argsort(ids)
    return np.array(ids)[order], np.array(counts)[order], kde[order], elapsed


def compare_with_native(label, result_ids, counts, kde, native, ox, oy, radius, pixel_size, centres):
    ids, n_counts, n_kde, _ = native
    ok_cells = np.array_equal(ids, result_ids)
    ok_counts = ok_cells and np.array_equal(n_counts, counts)
    # Raster discretisation bound. The sampled pixel's centre is up to half a pixel from
    # the cell centre in x and y, and QGIS's heatmap places each point's kernel up to one
    # more pixel off in y (it counts rows from the bottom of its extent but writes them
    # from the top; measured in this bench's development). So each point within r (+ a
    # pixel margin) moves the value by at most max|dK/dd| * displacement
    # = 1.54 / r * sqrt(0.5^2 + 1.5^2) * p.
    ok_kde = False
    worst = float("nan")
    if ok_cells:
        near = np.zeros(len(kde))
        reach = radius + 2 * pixel_size
        for start in range(0, len(kde), 20000):
            sl = slice(start, start + 20000)
            d = np.hypot(centres[0][sl, None] - ox[None, :], centres[1][sl, None] - oy[None, :])
            near[sl] = (d < reach).sum(axis=1)
        bound = near * 1.54 / radius * math.sqrt(0.5 ** 2 + 1.5 ** 2) * pixel_size + 1e-6
        diff = np.abs(n_kde - kde)
        worst = float(np.max(diff / bound)) if len(diff) else 0.0
        ok_kde = bool(np.all(diff <= bound))
        print(f"  {label}: max |native - ours| kernel = {diff.max():.4f} (max value {kde.max():.2f}); "
              f"{worst:.2f} of the discretisation bound")
    print(f"  {label}: same cells {ok_cells}, same counts {ok_counts}, kernel within bound {ok_kde}")
    return ok_cells and ok_counts and ok_kde


# ---------------------------------------------------------------- runs


def our_measures(rings, wkb, bbox, cell_size, kind, ox, oy):
    from infosegura_plugin.core.risk.grid import count_points, make_lattice, select_cells
    from infosegura_plugin.core.risk.kernels import quartic_kde

    started = time.perf_counter()
    lattice = make_lattice(bbox, cell_size, kind)
    cells = select_cells(lattice, rings, wkb)
    counts = count_points(lattice, cells, ox, oy)
    kde = quartic_kde(lattice, cells, ox, oy, KDE_RADIUS)
    elapsed = time.perf_counter() - started
    return lattice, cells, counts, kde, elapsed


def full_compute(rings, wkb, bbox, cell_size, kind, outlets, assets):
    from infosegura_plugin.core.risk.risk_model import load_model
    from infosegura_plugin.core.risk.terrain import compute_risk_terrain
    from infosegura_plugin.paths import resource as res

    model = load_model(res("models", "belmopan_expert.json"))
    started = time.perf_counter()
    result = compute_risk_terrain(rings, wkb, bbox, cell_size, kind, KDE_RADIUS, outlets, model, "category",
                                  assets, "category")
    t_terrain = time.perf_counter() - started
    t0 = time.perf_counter()
    gi, source = gi_star(result.lattice, result.flat_cells, result.outlet_kde)
    t_gi = time.perf_counter() - t0
    return result, gi, source, t_terrain, t_gi


def belmopan_inputs():
    """The sample's city boundary and, when present, register truth points; otherwise a
    synthetic Belmopan-sized area and outlets (said so in the output)."""
    from infosegura_plugin.core.risk.risk_model import point_set

    rng = np.random.default_rng(50)
    cx, cy = BELMOPAN_CENTRE
    area = None
    if SAMPLE_GPKG.exists():
        layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=city_boundary", "city_boundary", "ogr")
        if layer.isValid() and layer.featureCount():
            area = QgsGeometry.unaryUnion([f.geometry() for f in layer.getFeatures()])
            print("  study area: sample city_boundary")
    if area is None:
        ring = [QgsPointXY(cx + 3200 * math.cos(a) * (1 + 0.15 * math.sin(3 * a)), cy + 2600 * math.sin(a))
                for a in np.linspace(0, 2 * math.pi, 60)[:-1]]
        area = QgsGeometry.fromPolygonXY([ring + ring[:1]])
        print("  study area: synthetic Belmopan-sized polygon (sample not built yet)")
    x = y = None
    if TRUTH_CSV.exists():
        import csv

        with open(TRUTH_CSV, encoding="utf-8") as handle:
            rows = [r for r in csv.DictReader(handle) if r.get("true_x") and r.get("true_y")]
        if rows:
            x = np.array([float(r["true_x"]) for r in rows])
            y = np.array([float(r["true_y"]) for r in rows])
            print(f"  outlets: {len(x)} register truth points")
    if x is None:
        x = np.concatenate([rng.normal(cx, 700, 160), rng.uniform(cx - 4000, cx + 4000, 40)])
        y = np.concatenate([rng.normal(cy, 600, 160), rng.uniform(cy - 3500, cy + 3500, 40)])
        print(f"  outlets: {len(x)} synthetic points")
    cats = np.array(["on_premise", "off_premise", "occasional", "unknown"], dtype=object)[rng.integers(0, 4, len(x))]
    assets = point_set(np.array([cx, cx + 300, cx - 800, cx + 900]), np.array([cy, cy - 200, cy + 500, cy + 900]),
                       {"category": ["bus_terminal", "police", "market", "school"]})
    return area, point_set(x, y, {"category": cats}), assets


def run_algorithm_end_to_end(area_layer, outlets_layer, cell_size, grid_type, out_dir, name, hotspots=0):
    import processing

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            if info.startswith(("Computed in", "Wrote")):
                print("    algorithm: " + info)

    feedback = Feedback()
    started = time.perf_counter()
    processing.run("infosegura:riskterrain", {
        "OUTLETS": outlets_layer, "OUTLET_CATEGORY_FIELD": "category", "STUDY_AREA": area_layer,
        "CELL_SIZE": cell_size, "GRID_TYPE": grid_type, "KDE_RADIUS": KDE_RADIUS, "HOTSPOTS": hotspots,
        "OUTPUT": str(out_dir / f"{name}.gpkg"), "REPORT": str(out_dir / f"{name}.html")}, feedback=feedback)
    return time.perf_counter() - started


def national_run_in_subprocess(mode, out_dir):
    """Run ``national_run(mode)`` in a fresh Python; its figures as a dict (None on failure)."""
    completed = subprocess.run([sys.executable, __file__, "--national-run", mode, str(out_dir)],
                               capture_output=True, text=True)
    for line in completed.stdout.splitlines():
        if line.startswith("FIGURES "):
            return json.loads(line[len("FIGURES "):])
    print(f"  national {mode} run failed:\n{completed.stdout[-2000:]}\n{completed.stderr[-2000:]}")
    return None


def national_run(mode, out_dir):
    """One national infosegura:riskterrain run (mode raster, vector or nonzero); prints its
    figures as one JSON line."""
    import processing

    _app, _provider = start_qgis()  # kept: the provider must outlive the run
    nx, ny, ncat = national_outlets()
    ax, ay, acat = national_assets()
    outlets_layer = point_layer(nx, ny, ncat, "national_outlets")
    assets_layer = point_layer(ax, ay, acat, "national_assets")
    area_layer = polygon_layer(belize_outline(), "belize")
    out_dir = Path(out_dir)
    parameters = {
        "OUTLETS": outlets_layer, "OUTLET_CATEGORY_FIELD": "category", "ASSETS": assets_layer,
        "ASSET_CATEGORY_FIELD": "category", "STUDY_AREA": area_layer, "CELL_SIZE": 100.0, "GRID_TYPE": 1,
        "KDE_RADIUS": KDE_RADIUS, "HOTSPOTS": 2, "REPORT": None, "OUTPUT": None,
    }
    if mode == "raster":
        parameters["OUTPUT_RASTER"] = str(out_dir / "belize_risk.tif")
    else:
        parameters["OUTPUT"] = str(out_dir / f"belize_{mode}.gpkg")
        parameters["NONZERO_ONLY"] = mode == "nonzero"
    figures = {"compute_s": float("nan"), "write_s": float("nan"), "written": 0}

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            import re

            if info.startswith("Computed in"):
                figures["compute_s"] = float(info.split()[2])
            elif info.startswith("Wrote"):
                figures["write_s"] = float(re.search(r" in ([0-9.]+) s$", info).group(1))
                size = re.search(r"\((\d+) x (\d+) cells\)", info)
                figures["written"] = int(size.group(1)) * int(size.group(2)) if size else int(info.split()[1])

    figures["load_before"] = os.getloadavg()[0]
    started = time.perf_counter()
    processing.run("infosegura:riskterrain", parameters, feedback=Feedback())
    figures["seconds"] = time.perf_counter() - started
    figures["load_after"] = os.getloadavg()[0]
    figures["peak_gb"] = peak_rss_gb()
    print("FIGURES " + json.dumps(figures), flush=True)
    return 0


def main():
    print(f"machine load average (1, 5, 15 min): {', '.join(f'{v:.2f}' for v in os.getloadavg())} "
          f"on {os.cpu_count()} cores")
    _app, _provider = start_qgis()
    failures = []
    out_dir = Path(tempfile.mkdtemp(prefix="bench_risk_"))

    print("Belmopan, 50 m hexagons")
    area, outlets, assets = belmopan_inputs()
    rings, wkb, bbox = rings_wkb(area)
    lattice, cells, counts, kde, t_ours = our_measures(rings, wkb, bbox, 50.0, "hexagon", outlets.x, outlets.y)
    result, gi, gi_source, t_terrain, t_gi = full_compute(rings, wkb, bbox, 50.0, "hexagon", outlets, assets)
    print(f"  cells {len(cells):,}; ours (grid+counts+kernel) {t_ours:.2f} s; full model {t_terrain:.2f} s; "
          f"Gi* {t_gi:.3f} s")
    area_layer = polygon_layer(area, "belmopan_area")
    outlets_layer = point_layer(outlets.x, outlets.y, outlets.fields["category"], "outlets")
    pixel = 5.0
    native = native_chain(area_layer, outlets_layer, lattice, KDE_RADIUS, pixel)
    print(f"  native chain (creategrid + extractbylocation + countpointsinpolygon + heatmap {pixel:g} m + sampling) "
          f"{native[3]:.2f} s: {native[3] / t_ours:.1f}x our time")
    centres = lattice.centres(*lattice.from_flat(cells))
    if not compare_with_native("Belmopan", lattice.cell_ids(*lattice.from_flat(cells)), counts, kde, native,
                               outlets.x, outlets.y, KDE_RADIUS, pixel, centres):
        failures.append("Belmopan native comparison")
    t_alg = run_algorithm_end_to_end(area_layer, outlets_layer, 50.0, 0, out_dir, "belmopan")
    print(f"  infosegura:riskterrain end to end (GeoPackage + report + style): {t_alg:.2f} s")

    print("\nBelize (synthetic outline, 22,966 km2), 100 m squares")
    from infosegura_plugin.core.risk.risk_model import point_set

    nx, ny, ncat = national_outlets()
    ax, ay, acat = national_assets()
    outlets = point_set(nx, ny, {"category": ncat})
    assets = point_set(ax, ay, {"category": acat})
    outline = belize_outline()
    rings, wkb, bbox = rings_wkb(outline)
    rss_before = peak_rss_gb()
    result, gi, gi_source, t_terrain, t_gi = full_compute(rings, wkb, bbox, 100.0, "square", outlets, assets)
    rss_after = peak_rss_gb()
    t_compute = t_terrain + t_gi
    print(f"  outlets {len(nx):,}; cells {result.cell_count:,} (lattice {result.lattice.size:,})")
    for stage, seconds in result.timings.items():
        print(f"    {stage:<8} {seconds:7.2f} s")
    print(f"    Gi*      {t_gi:7.2f} s  [{gi_source}]")
    print(f"  compute total {t_compute:.1f} s; peak RSS {rss_after:.2f} GB (before the national run {rss_before:.2f} GB)")
    ok_time, ok_memory = t_compute <= TIME_LIMIT_S, rss_after <= MEMORY_LIMIT_GB
    print(f"  time <= {TIME_LIMIT_S:.0f} s: {'PASS' if ok_time else 'FAIL'}; "
          f"memory <= {MEMORY_LIMIT_GB:.0f} GB: {'PASS' if ok_memory else 'FAIL'}")
    if not ok_time:
        failures.append("national time")
    if not ok_memory:
        failures.append("national memory")

    # Native chain on a window: 30 x 30 km around Belize City.
    bc = to_utm([(TOWNS[0][0], TOWNS[0][1])])[0]
    window = QgsGeometry.fromRect(outline.boundingBox()).intersection(
        QgsGeometry.fromWkt(f"POLYGON(({bc.x() - 15000} {bc.y() - 15000}, {bc.x() + 15000} {bc.y() - 15000}, "
                            f"{bc.x() + 15000} {bc.y() + 15000}, {bc.x() - 15000} {bc.y() + 15000}, "
                            f"{bc.x() - 15000} {bc.y() - 15000}))")).intersection(outline)
    w_rings, w_wkb, w_bbox = rings_wkb(window)
    # Both sides get the outlets that can reach the window (the heatmap's raster covers
    # its input's extent: all of Belize at 10 m pixels would be 1.4 GB of raster).
    box = window.boundingBox()
    near = ((nx > box.xMinimum() - KDE_RADIUS - 200) & (nx < box.xMaximum() + KDE_RADIUS + 200)
            & (ny > box.yMinimum() - KDE_RADIUS - 200) & (ny < box.yMaximum() + KDE_RADIUS + 200))
    wx, wy = nx[near], ny[near]
    lattice, cells, counts, kde, t_ours = our_measures(w_rings, w_wkb, w_bbox, 100.0, "square", wx, wy)
    w_layer = polygon_layer(window, "window")
    w_outlets = point_layer(wx, wy, ncat[near], "window_outlets")
    pixel = 10.0
    native = native_chain(w_layer, w_outlets, lattice, KDE_RADIUS, pixel)
    print(f"  native chain on the Belize City window ({len(cells):,} cells): {native[3]:.1f} s vs ours {t_ours:.2f} s "
          f"= {native[3] / t_ours:.0f}x; at that rate the native chain would need roughly "
          f"{native[3] / len(cells) * result.cell_count / 60:.0f} min for the whole country (linear extrapolation, not measured)")
    centres = lattice.centres(*lattice.from_flat(cells))
    if not compare_with_native("window", lattice.cell_ids(*lattice.from_flat(cells)), counts, kde, native,
                               wx, wy, KDE_RADIUS, pixel, centres):
        failures.append("national window native comparison")

    print("\n  infosegura:riskterrain end to end, national 100 m squares, with assets (proximity) and Gi* of "
          "risk_score; each run in a fresh process:")
    runs = [("raster", "GeoTIFF (7 bands) + QML style", RASTER_LIMIT_S, RASTER_MEMORY_LIMIT_GB),
            ("vector", "polygon grid, all cells, GeoPackage", VECTOR_LIMIT_S, None),
            ("nonzero", "polygon grid, non-zero cells only, GeoPackage", None, None)]
    for mode, label, limit_s, limit_gb in runs:
        figures = national_run_in_subprocess(mode, out_dir)
        if figures is None:
            failures.append(f"national {mode} run")
            continue
        checks = []
        if limit_s is not None:
            checks.append(f"<= {limit_s:.0f} s: {'PASS' if figures['seconds'] <= limit_s else 'FAIL'}")
            if figures["seconds"] > limit_s:
                failures.append(f"national {mode} time")
        if limit_gb is not None:
            checks.append(f"<= {limit_gb:.0f} GB: {'PASS' if figures['peak_gb'] <= limit_gb else 'FAIL'}")
            if figures["peak_gb"] > limit_gb:
                failures.append(f"national {mode} memory")
        print(f"  {label}: {figures['seconds']:.1f} s end to end (compute {figures['compute_s']:.1f} s, "
              f"written in {figures['write_s']:.1f} s, {figures['written']:,} cells); peak RSS "
              f"{figures['peak_gb']:.2f} GB; load average {figures['load_before']:.2f} -> {figures['load_after']:.2f}"
              + (f"; {', '.join(checks)}" if checks else ""))
    if failures:
        print("FAILED: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--national-run":
        _status = national_run(sys.argv[2], sys.argv[3])
    else:
        _status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_status or 0)  # skip PyQt/QGIS teardown, which can crash once the work is done
