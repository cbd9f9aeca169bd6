"""riskterrain's one-pass Gi* (HOTSPOTS) equals the Hot spots tool run on its grid."""

import pytest

from tests.conftest import sample_layer


@pytest.mark.parametrize("grid_type, column, choice", [(0, "outlet_kde", 1), (1, "risk_score", 2)])
def test_in_grid_gi_star_equals_the_hotspots_tool(run_algorithm, grid_type, column, choice):
    grid = run_algorithm("infosegura:riskterrain", {
        "OUTLETS": sample_layer("landmarks"), "OUTLET_CATEGORY_FIELD": "kind",
        "ASSETS": sample_layer("community_assets"), "ASSET_CATEGORY_FIELD": "category",
        "STUDY_AREA": sample_layer("city_boundary"), "CELL_SIZE": 100, "GRID_TYPE": grid_type,
        "KDE_RADIUS": 300, "HOTSPOTS": choice, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    tool = run_algorithm("infosegura:hotspots", {
        "INPUT": grid, "FIELD": column, "NEIGHBOURHOOD": 0, "PERMUTATIONS": 0, "FDR": True,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ours = {f["cell_id"]: f for f in grid.getFeatures()}
    theirs = {f["cell_id"]: f for f in tool.getFeatures()}
    assert len(ours) == len(theirs) > 500
    classes = set()
    for cell_id, feature in ours.items():
        other = theirs[cell_id]
        assert feature["gi_z"] == pytest.approx(other["gi_z"], abs=1e-5)
        assert feature["gi_p"] == pytest.approx(other["gi_p"], abs=1e-5)  # the tool reads 6-decimal values
        assert feature["gi_class"] == other["gi_class"]
        classes.add(feature["gi_class"])
    assert 3 in classes  # the sample has real clusters


def test_too_few_cells_is_a_warning_not_a_failure(run_algorithm):
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.seen = []

        def pushWarning(self, warning):  # noqa: N802
            self.seen.append(warning)

    feedback = Warnings()
    grid = run_algorithm("infosegura:riskterrain", {
        "OUTLETS": sample_layer("landmarks"), "STUDY_AREA": sample_layer("city_boundary"),
        "CELL_SIZE": 2000, "GRID_TYPE": 1, "KDE_RADIUS": 300, "HOTSPOTS": 1,
        "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)["OUTPUT"]
    assert grid.featureCount() < 30
    assert grid.fields().lookupField("gi_class") < 0
    assert any("at least 30 cells" in w for w in feedback.seen)
