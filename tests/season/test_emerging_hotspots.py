"""Emerging hot spots: the Mann-Kendall test against numbers worked out on paper, the
pattern rules on hot/cold sequences written by hand from the published definitions, the
space-time Gi* against a brute-force loop over bins, and the algorithm end to end on a
cube of synthetic points laid out so each cluster has a known pattern."""

import math

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from infosegura_plugin.core.seasons.emerging import classify_patterns, space_time_gi_star
from infosegura_plugin.core.seasons.mann_kendall import mann_kendall
from infosegura_plugin.core.seasons.periods import MONTH, QUARTER, VALUE, YEAR, assign_periods
from tests.layers import RecordingFeedback, memory_layer

CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0


# ---------------------------------------------------------------- Mann-Kendall by hand


def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def test_mann_kendall_rising_series():
    # 1 2 3 4 5: all 10 pairs rise, S = 10; Var = 5*4*15/18 = 16.667; Z = (10-1)/4.0825 = 2.2045
    trend = mann_kendall(np.array([1.0, 2, 3, 4, 5]))
    assert trend.s[0] == 10
    assert trend.variance[0] == pytest.approx(50 / 3)
    assert trend.z[0] == pytest.approx(9 / math.sqrt(50 / 3))
    assert trend.p[0] == pytest.approx(2 * (1 - phi(2.204540)), abs=1e-6)
    assert trend.tau[0] == pytest.approx(1.0)


def test_mann_kendall_with_ties():
    # 1 2 2 3: pairs (1,2)+ (1,2)+ (1,3)+ (2,2)0 (2,3)+ (2,3)+ -> S = 5; one tie of two:
    # Var = (4*3*13 - 2*1*9)/18 = 138/18; Z = 4/sqrt(7.6667) = 1.4446; tau = 5/6
    trend = mann_kendall(np.array([1.0, 2, 2, 3]))
    assert trend.s[0] == 5
    assert trend.variance[0] == pytest.approx(138 / 18)
    assert trend.z[0] == pytest.approx(4 / math.sqrt(138 / 18))
    assert trend.tau[0] == pytest.approx(5 / 6)


def test_mann_kendall_falling_and_flat_and_missing_columns():
    series = np.array([[5.0, 3, 1, np.nan],
                       [4.0, 3, 1, 2.0],
                       [3.0, 3, 1, np.nan],
                       [2.0, 3, 1, 4.0],
                       [1.0, 3, 1, 6.0]])
    trend = mann_kendall(series)
    assert trend.s.tolist() == [-10, 0, 0, 3]
    assert trend.z[0] == pytest.approx(-9 / math.sqrt(50 / 3))
    assert (trend.z[1], trend.p[1]) == (0.0, 1.0)   # all tied: no variance, no trend
    # column 4: values 2, 4, 6 only (n = 3): S = 3, Var = 3*2*11/18 = 3.667, Z = 2/1.915
    assert trend.n[3] == 3
    assert trend.z[3] == pytest.approx(2 / math.sqrt(66 / 18))


# ---------------------------------------------------------------- patterns by hand

H, C = "+", "-"


def run_patterns(cases, trend=None):
    """``cases``: (bins text, expected); trends (z, p) default to none."""
    n = len(cases[0][0])
    hot = np.array([[c == H for c in bins] for bins, _ in cases]).T.reshape(n, len(cases))
    cold = np.array([[c == C for c in bins] for bins, _ in cases]).T.reshape(n, len(cases))
    z = np.array([t[0] for t in trend]) if trend else np.zeros(len(cases))
    p = np.array([t[1] for t in trend]) if trend else np.ones(len(cases))
    return classify_patterns(hot, cold, z, p, alpha=0.10).tolist()


# Ten periods, oldest first. Each expectation follows the published definition quoted
# in the module docstring, checked by reading the sequence.
PATTERN_CASES = [
    (".........+", "new_hot"),                # hot in the final period only
    ("-........+", "new_hot"),                # cold once before: new wins (listed first)
    (".......+++", "consecutive_hot"),        # a final run of 3, never hot before, < 90 %
    ("..+.....++", "sporadic_hot"),           # hot before the final run: not consecutive
    ("+.+.+.+..+", "sporadic_hot"),
    ("+-+..-...+", "oscillating_hot"),        # cold earlier, hot now, < 90 %
    (".+++++++++", "persistent_hot"),         # 9 of 10 = 90 %, final hot, no trend
    ("+++++++++.", "historical_hot"),         # 90 % hot, not in the final period
    ("++++++++..", "no_pattern"),             # 80 % hot, not now: nothing
    ("..........", "no_pattern"),
    (".........-", "new_cold"),
    ("........--", "consecutive_cold"),
    ("-.-......-", "sporadic_cold"),
    ("+..-....+-", "oscillating_cold"),       # hot earlier, cold twice, cold now
    ("+.......+-", "new_cold"),               # cold only now: new wins over oscillating
    ("----------", "persistent_cold"),
    ("---------.", "historical_cold"),
    ("---------+", "new_hot"),                # hot now: never a cold pattern
    ("+++++++++-", "new_cold"),
]


def test_patterns_of_hand_written_sequences():
    assert run_patterns(PATTERN_CASES) == [expected for _bins, expected in PATTERN_CASES]


def test_trend_decides_intensifying_persistent_diminishing():
    cases = [("++++++++++", "intensifying_hot"), ("++++++++++", "diminishing_hot"),
             ("++++++++++", "persistent_hot"), ("++++++++++", "persistent_hot"),
             ("----------", "intensifying_cold"), ("----------", "diminishing_cold")]
    trends = [(3.0, 0.003), (-3.0, 0.003), (3.0, 0.2), (-1.0, 0.3), (-3.0, 0.003), (3.0, 0.003)]
    assert run_patterns(cases, trends) == [e for _b, e in cases]


def test_ninety_percent_of_few_periods_means_all_of_them():
    # 4 periods: 3 hot (75 %) is not "90 %": a final run of three is consecutive.
    assert run_patterns([(".+++", "consecutive_hot"), ("++++", "persistent_hot")]) == [
        "consecutive_hot", "persistent_hot"]


# ---------------------------------------------------------------- Gi* in the cube, brute force


def brute_cube_z(counts, cells, time_window, whole_cube=True):
    """Gi* per bin from scratch: neighbours = cells whose centres are within a queen step."""
    periods = len(counts)
    z = np.full((periods, len(cells)), np.nan)
    for t in range(periods):
        first = max(0, t - time_window)
        sample = [v for s in (range(periods) if whole_cube else range(first, t + 1)) for v in counts[s]]
        n = len(sample)
        mean = sum(sample) / n
        sd = math.sqrt(sum((v - mean) ** 2 for v in sample) / n)
        for i, (ci, ri) in enumerate(cells):
            hood = [(s, j) for s in range(first, t + 1) for j, (cj, rj) in enumerate(cells)
                    if abs(ci - cj) <= 1 and abs(ri - rj) <= 1]
            k = len(hood)
            total = sum(counts[s][j] for s, j in hood)
            z[t, i] = (total - mean * k) / (sd * math.sqrt((n * k - k * k) / (n - 1)))
    return z


def queen_csr(cells):
    indptr, indices = [0], []
    for i, (ci, ri) in enumerate(cells):
        indices += [j for j, (cj, rj) in enumerate(cells) if j != i and abs(ci - cj) <= 1 and abs(ri - rj) <= 1]
        indptr.append(len(indices))
    return np.array(indptr), np.array(indices)


@pytest.mark.parametrize("time_window, whole_cube", [(0, True), (1, True), (2, False), (0, False)])
def test_space_time_gi_star_equals_brute_force(time_window, whole_cube):
    rng = np.random.default_rng(14)
    cells = [(c, r) for c in range(5) for r in range(4)]
    counts = rng.poisson(1.5, (6, len(cells))).astype(float)
    indptr, indices = queen_csr(cells)
    gi = space_time_gi_star(counts, indptr, indices, time_window, "cube" if whole_cube else "window", fdr=False)
    np.testing.assert_allclose(gi.z, brute_cube_z(counts, cells, time_window, whole_cube), rtol=1e-12)


# ---------------------------------------------------------------- periods


def test_periods_of_values_and_dates():
    assert assign_periods([3, 1, 2, 1, None], VALUE) == (["1", "2", "3"], [2, 0, 1, 0, -1])
    assert assign_periods(["2024-Q2", "2024-Q1", ""], VALUE) == (["2024-Q1", "2024-Q2"], [1, 0, -1])
    dates = ["2024-02-10", "2024-11-30", "2025-01-01", "not a date"]
    assert assign_periods(dates, YEAR) == (["2024", "2025"], [0, 0, 1, -1])
    labels, index = assign_periods(dates, QUARTER)
    assert labels == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]   # quiet quarters kept
    assert index == [0, 3, 4, -1]
    assert assign_periods(["2024-12-31", "2025-02-01"], MONTH) == (["2024-12", "2025-01", "2025-02"], [0, 2])


# ---------------------------------------------------------------- end to end

SIZE = 50.0
NCOLS = NROWS = 24     # 1,200 m square study area
PERIODS = 10
# 3x3 blocks of cells (lower-left cell col, row) and the points per cell in each period.
CLUSTERS = {
    "persistent_hot": ((2, 2), [6] * 10),
    "new_hot": ((8, 2), [0] * 9 + [8]),
    "consecutive_hot": ((14, 2), [0] * 7 + [7, 7, 7]),
    "historical_hot": ((2, 14), [7] * 9 + [0]),
    "sporadic_hot": ((8, 14), [0, 7, 0, 0, 7, 0, 0, 0, 0, 7]),
    "intensifying_hot": ((14, 14), [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]),
    "diminishing_hot": ((20, 8), [16, 15, 14, 13, 12, 11, 10, 9, 8, 7]),
}


def cluster_points():
    rows = []
    for _name, ((c0, r0), per_period) in CLUSTERS.items():
        for t, n in enumerate(per_period):
            for dc in range(3):
                for dr in range(3):
                    x = X0 + (c0 + dc + 0.5) * SIZE
                    y = Y0 + (r0 + dr + 0.5) * SIZE
                    rows += [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [t + 1])] * n
    return memory_layer(f"Point?crs={CRS}&field=period:integer", rows, "incidents")


def study_area():
    ring = [QgsPointXY(X0, Y0), QgsPointXY(X0 + NCOLS * SIZE, Y0), QgsPointXY(X0 + NCOLS * SIZE, Y0 + NROWS * SIZE),
            QgsPointXY(X0, Y0 + NROWS * SIZE), QgsPointXY(X0, Y0)]
    return memory_layer(f"Polygon?crs={CRS}&field=name:string",
                        [(QgsGeometry.fromPolygonXY([[QgsPointXY(p.x() + 1, p.y() + 1) for p in ring]]), ["area"])],
                        "study area")


@pytest.fixture(scope="module")
def emerging(run_algorithm):
    feedback = RecordingFeedback()
    out = run_algorithm("infosegura:emerginghotspots", {
        "EVENTS": cluster_points(), "PERIOD_FIELD": "period", "INTERVAL": 0, "STUDY_AREA": study_area(),
        "CELL_SIZE": SIZE, "GRID_TYPE": 1, "TIME_WINDOW": 0, "GLOBAL_WINDOW": 0, "CONFIDENCE": 0, "FDR": True,
        "OUTPUT": "TEMPORARY_OUTPUT", "CUBE": "TEMPORARY_OUTPUT",
    }, feedback=feedback)
    return out, feedback


def cell_at(layer, col, row):
    x, y = X0 + (col + 0.5) * SIZE, Y0 + (row + 0.5) * SIZE
    found = [f for f in layer.getFeatures() if f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("pattern", sorted(CLUSTERS))
def test_the_centre_of_each_cluster_has_its_pattern(emerging, pattern):
    (c0, r0), per_period = CLUSTERS[pattern]
    cell = cell_at(emerging[0]["OUTPUT"], c0 + 1, r0 + 1)
    assert cell["pattern"] == pattern, cell["bins"]
    assert [cell[f"count_{t + 1}"] for t in range(PERIODS)] == per_period


def test_empty_corner_has_no_pattern_and_counts_add_up(emerging):
    out, feedback = emerging
    layer = out["OUTPUT"]
    assert cell_at(layer, 22, 22)["pattern"] == "no_pattern"
    total = sum(9 * sum(series) for _c, series in CLUSTERS.values())
    assert sum(f["total"] for f in layer.getFeatures()) == total
    assert out["PERIODS"] == PERIODS and out["CELLS"] == layer.featureCount()
    assert any(m.startswith("Periods, oldest first: 1, 2, 3") for m in feedback.messages)


def test_output_z_scores_equal_brute_force_from_the_layer(emerging):
    """Neighbours from the written cell geometry (queen: centres within one step), the
    formula from scratch over the whole cube."""
    layer = emerging[0]["OUTPUT"]
    features = list(layer.getFeatures())
    centres = [(round((f.geometry().centroid().asPoint().x() - X0) / SIZE - 0.5),
                round((f.geometry().centroid().asPoint().y() - Y0) / SIZE - 0.5)) for f in features]
    counts = [[f[f"count_{t + 1}"] for f in features] for t in range(PERIODS)]
    expected = brute_cube_z(counts, centres, 0, True)
    got = np.array([[f[f"gi_z_{t + 1}"] for f in features] for t in range(PERIODS)], dtype=float)
    np.testing.assert_allclose(got, expected, atol=2e-6)


def test_cube_table_has_one_row_per_cell_and_period(emerging):
    out = emerging[0]
    assert out["CUBE"].featureCount() == out["CELLS"] * PERIODS


def test_styled_in_a_geopackage(run_algorithm, tmp_path):
    gpkg = tmp_path / "emerging.gpkg"
    out = run_algorithm("infosegura:emerginghotspots", {
        "EVENTS": cluster_points(), "PERIOD_FIELD": "period", "STUDY_AREA": study_area(), "CELL_SIZE": 100,
        "GRID_TYPE": 0, "OUTPUT": f"ogr:dbname='{gpkg}' table=\"emerging\" (geom)"})
    layer = QgsVectorLayer(out["OUTPUT"], "emerging", "ogr")
    labels = {c.value(): c.label() for c in layer.renderer().categories()}
    assert labels["intensifying_hot"] == "Intensifying hot spot"
    assert labels["no_pattern"] == "No pattern detected"


def test_one_layer_per_period(run_algorithm):
    layers = []
    for t in range(4):
        rows = [(QgsGeometry.fromPointXY(QgsPointXY(X0 + 300 + 10 * k, Y0 + 300)), [k]) for k in range(3 + 4 * t)]
        layers.append(memory_layer(f"Point?crs={CRS}&field=k:integer", rows, f"register Q{t + 1}"))
    feedback = RecordingFeedback()
    out = run_algorithm("infosegura:emerginghotspots", {
        "PERIOD_LAYERS": layers, "STUDY_AREA": study_area(), "CELL_SIZE": 100, "GRID_TYPE": 1,
        "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert out["PERIODS"] == 4
    assert any("register Q1, register Q2, register Q3, register Q4" in m for m in feedback.messages)
    assert sum(f["total"] for f in out["OUTPUT"].getFeatures()) == 3 + 7 + 11 + 15


@pytest.mark.parametrize("parameters, message", [
    ({}, "either a point layer with a period field"),
    ({"PERIOD_FIELD": "nope"}, "has no period field nope"),
    ({"PERIOD_FIELD": "period", "ONLY_TWO": True}, "2 periods in period"),
])
def test_bad_inputs_are_explained(run_algorithm, parameters, message):
    base = {"STUDY_AREA": study_area(), "CELL_SIZE": 100, "OUTPUT": "TEMPORARY_OUTPUT"}
    if "PERIOD_FIELD" in parameters:
        rows = [(QgsGeometry.fromPointXY(QgsPointXY(X0 + 100, Y0 + 100)), [t % (2 if parameters.get("ONLY_TWO") else 5)])
                for t in range(10)]
        base["EVENTS"] = memory_layer(f"Point?crs={CRS}&field=period:integer", rows, "few periods")
        base["PERIOD_FIELD"] = parameters["PERIOD_FIELD"]
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("infosegura:emerginghotspots", base)
