"""Small builders shared by the tests: in-memory layers and a feedback that keeps messages."""

from qgis.core import QgsFeature, QgsProcessingFeedback, QgsVectorLayer


def memory_layer(uri, rows, name="layer"):
    """A memory layer from ``uri`` with one feature per ``(geometry, attributes)`` row."""
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok and layer.featureCount() == len(rows)
    return layer


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every info, warning and error message, in order, in ``messages``."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.messages.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.messages.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.messages.append(error)
        super().reportError(error, fatalError)
