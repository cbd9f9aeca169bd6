"""Cancel stops the geocoder promptly and says the output must not be used.
(How fast, in seconds, is measured by `make bench`: benchmarks/bench_cancel.py.)"""

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import sample_layer


class CancelAfterStart(QgsProcessingFeedback):
    """Cancels at the first progress report past 0 and records every report after that."""

    def __init__(self):
        super().__init__()
        self.canceled_at = None
        self.after_cancel = []
        self.progressChanged.connect(self._maybe_cancel)

    def _maybe_cancel(self, progress):
        if self.canceled_at is not None:
            self.after_cancel.append(progress)
        elif progress > 0:
            self.canceled_at = progress
            self.cancel()


def test_cancel_stops_at_the_next_row(run_algorithm):
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
    assert feedback.canceled_at is not None and feedback.canceled_at < 50
    assert feedback.after_cancel == []  # no further progress: it stopped before the next batch
