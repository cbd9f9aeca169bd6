"""Planted rows the sharing tools must never let out: sensitive places spelled the ways
people type them, personal data in named and unnamed fields. All synthetic."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)

from infosegura_plugin.core.fields import STRING, make_field

# Every planted name holds MARK so any output can be grepped for it.
MARK = "Zqplant"
# (asset_id, name, category, Confidencial flag)
SENSITIVE_ASSETS = [
    ("PLANT-A1", "Casa Zqplant Alfa", "Refugios", None),
    ("PLANT-A2", "Zqplant Bravo House", "WOMEN\u2019S  SHELTER", None),
    ("PLANT-A3", "Zqplant Charlie Centre", "Safe-House", None),
    ("PLANT-A4", "Zqplant Delta Office", "atención a víctimas", None),
    ("PLANT-A5", "Zqplant Echo Hall", "church", "Sí"),          # only its flag says so
    ("PLANT-A6", "Albergue Zqplant Foxtrot", "community_centre", None),  # only its name says so
]
PHONE = "+501 610-4321"
EMAIL = "zqplant.maria.lopez@example.org"


def _copy(layer: QgsVectorLayer, name: str, extra_fields=()) -> QgsVectorLayer:
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(name)
    if extra_fields:
        copy.dataProvider().addAttributes([make_field(n, t) for n, t in extra_fields])
        copy.updateFields()
    copy.importNamedStyle(_style(layer))
    return copy


def _style(layer):
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    layer.exportNamedStyle(document)
    return document


def outlet_points(premises: QgsVectorLayer, count: int):
    points = []
    for feature in premises.getFeatures():
        if feature["gc_status"] == "matched" and feature.hasGeometry():
            points.append(feature.geometry().asPoint())
        if len(points) == count:
            break
    return points


def planted_assets(assets: QgsVectorLayer, premises: QgsVectorLayer) -> QgsVectorLayer:
    """The assets plus six sensitive places 20 m from outlets (so they would conflict)."""
    copy = _copy(assets, "community_assets", [("Confidencial", STRING)])
    fields = copy.fields()
    features = []
    for (asset_id, name, category, flag), point in zip(SENSITIVE_ASSETS, outlet_points(premises, 6)):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point.x() + 20, point.y())))
        values = {"asset_id": asset_id, "name": name, "category": category, "sensitive": 0, "Confidencial": flag}
        feature.setAttributes([values.get(f.name()) for f in fields])
        features.append(feature)
    assert copy.dataProvider().addFeatures(features)[0]
    return copy


def planted_conflicts(conflicts: QgsVectorLayer, premises: QgsVectorLayer) -> QgsVectorLayer:
    """The conflicts plus lines ending at the planted sensitive places."""
    copy = _copy(conflicts, "proximity_conflicts")
    fields = copy.fields()
    features = []
    for index, ((asset_id, name, category, _flag), point) in enumerate(zip(SENSITIVE_ASSETS,
                                                                         outlet_points(premises, 6))):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPolylineXY([point, QgsPointXY(point.x() + 20, point.y())]))
        values = {"outlet_id": f"PLANT-O{index}", "outlet_name": "Bar", "outlet_category": "on_premise",
                  "asset_id": asset_id, "asset_name": name, "asset_category": category, "distance_m": 20.0}
        feature.setAttributes([values.get(f.name()) for f in fields])
        features.append(feature)
    assert copy.dataProvider().addFeatures(features)[0]
    return copy


def premises_with_personal_data(premises: QgsVectorLayer) -> QgsVectorLayer:
    """The premises with a phone field and a free-text field holding a phone and an e-mail."""
    copy = _copy(premises, "licensed_premises", [("Owner Phone", STRING), ("details", STRING)])
    phone, details = copy.fields().indexOf("Owner Phone"), copy.fields().indexOf("details")
    changes = {feature.id(): {phone: PHONE, details: f"ask for {EMAIL} or call 622-9876"}
               for feature in copy.getFeatures()}
    assert copy.dataProvider().changeAttributeValues(changes)
    return copy


def licensee_names(premises: QgsVectorLayer):
    return sorted({str(f["licensee"]) for f in premises.getFeatures() if f["licensee"]})
