"""core.layer_arrays: feature sources as arrays and WKB, and back (synthetic memory layers)."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from infosegura_plugin.core.cancel import CanceledError
from infosegura_plugin.core.layer_arrays import (
    feature_from_wkb,
    features,
    first_field,
    read_line_starts,
    read_points,
    read_wkbs,
)

UTM = QgsCoordinateReferenceSystem("EPSG:32616")


def memory_layer(uri, rows):
    """``rows``: (WKT or None, [attributes])."""
    layer = QgsVectorLayer(uri, "synthetic", "memory")
    features_ = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features_.append(feature)
    assert layer.dataProvider().addFeatures(features_)
    return layer


def test_read_points_one_entry_per_part_nulls_and_absent_fields(qgis_app):
    layer = memory_layer("MultiPoint?crs=EPSG:32616&field=category:string&field=n:integer", [
        ("MultiPoint ((1 2), (3 4))", ["Bar", 5]),
        ("MultiPoint ((5 6))", [None, None]),
        ("MultiPoint EMPTY", ["Shop", 1]),
        (None, ["Shop", 2]),
    ])
    x, y, values = read_points(layer, ["category", "missing", None], UTM, QgsCoordinateTransformContext(),
                               QgsProcessingFeedback())
    assert x.tolist() == [1, 3, 5] and y.tolist() == [2, 4, 6]
    assert values == {"category": ["Bar", "Bar", None], "missing": [None, None, None]}


def test_read_points_reprojects(qgis_app):
    layer = memory_layer("Point?crs=EPSG:4326", [("Point (-88.77 17.25)", [])])
    x, y, _ = read_points(layer, [], UTM, QgsCoordinateTransformContext(), QgsProcessingFeedback())
    assert 300_000 < x[0] < 320_000 and 1_900_000 < y[0] < 1_920_000


def test_read_wkbs_keeps_every_feature_and_straightens_curves(qgis_app):
    layer = memory_layer("CurvePolygon?crs=EPSG:32616&field=v:double", [
        ("CurvePolygon (CircularString (0 0, 10 10, 20 0, 10 -10, 0 0))", [1.5]),
        (None, [None]),
    ])
    fids, wkbs, values = read_wkbs(layer, ["v"], QgsProcessingFeedback())
    assert len(fids) == 2 and values == {"v": [1.5, None]}
    assert wkbs[1] is None
    geometry = QgsGeometry()
    geometry.fromWkb(wkbs[0])
    assert QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.Polygon
    assert geometry.area() == pytest.approx(314.16, rel=0.01)


def test_read_line_starts_keeps_zero_length_lines(qgis_app):
    layer = memory_layer("LineString?crs=EPSG:32616", [
        ("LineString (1 2, 9 9)", []), ("LineString (4 4, 4 4)", []),
    ])
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometrySkipInvalid)
    source = QgsProcessingFeatureSource(layer, context)
    x, y = read_line_starts(source, UTM, context.transformContext(), QgsProcessingFeedback())
    assert x.tolist() == [1, 4] and y.tolist() == [2, 4]


def test_cancel_raises_and_progress_moves(qgis_app):
    layer = memory_layer("Point?crs=EPSG:32616", [(f"Point ({i} 0)", []) for i in range(10)])
    seen = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(seen.append)
    assert len(list(features(layer, QgsFeatureRequest(), feedback, progress=(20, 40), every=5))) == 10
    assert seen == [20, 30]
    feedback.cancel()
    with pytest.raises(CanceledError):
        list(features(layer, QgsFeatureRequest(), feedback))


def test_first_field_and_feature_from_wkb(qgis_app):
    layer = memory_layer("Point?crs=EPSG:32616&field=Licence_ID:string", [])
    assert first_field(layer, None, ("licence_id", "id")) == "Licence_ID"
    assert first_field(layer, "nope", ("licence_id",)) is None
    feature = feature_from_wkb(QgsFields(layer.fields()), QgsGeometry.fromWkt("Point (1 2)").asWkb(), ["A"],
                               multi=True)
    assert feature.geometry().isMultipart() and feature.attributes() == ["A"]
