"""Cancel stops the geocoder promptly and says the output must not be used."""

import time

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import sample_layer


class CancelAfterStart(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.canceled_at = None
        self.progressChanged.connect(self._maybe_cancel)

    def _maybe_cancel(self, progress):
        if progress > 0 and self.canceled_at is None:
            self.canceled_at = time.perf_counter()
            self.cancel()


def test_cancel_within_a_second(run_algorithm):
    register = QgsVectorLayer("None?field=Address:string", "register", "memory")
    features = []
    for number in range(20_000):
        feature = QgsFeature(register.fields())
        feature.setAttributes([f"#{number} Constitution Drive"])
        features.append(feature)
    register.dataProvider().addFeatures(features)
    feedback = CancelAfterStart()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_algorithm("infosegura:geocodeaddresses", {
            "INPUT": register, "ADDRESS_FIELD": "Address", "STREETS": sample_layer("streets"),
            "STREET_NAME_FIELD": "name", "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert feedback.canceled_at is not None
    assert time.perf_counter() - feedback.canceled_at < 1.0
