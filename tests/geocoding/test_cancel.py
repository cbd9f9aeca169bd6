"""Cancel stops the geocoder at its next check and says the output must not be used.

(How fast that is, in seconds, is for `make bench`; here: the run stops at the next
progress step and reports that the layer is incomplete.)"""

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import sample_layer


class CancelAfterStart(QgsProcessingFeedback):
    """Cancels at the first progress report, then records every later one."""

    def __init__(self):
        super().__init__()
        self.canceled_at = None
        self.after_cancel = []
        self.progressChanged.connect(self._progress)

    def _progress(self, progress):
        if self.canceled_at is not None:
            self.after_cancel.append(progress)
        elif progress > 0:
            self.canceled_at = progress
            self.cancel()


def test_cancel_stops_at_the_next_step(run_algorithm, tmp_path):
    register = QgsVectorLayer("None?field=Address:string", "register", "memory")
    features = []
    for number in range(20_000):
        feature = QgsFeature(register.fields())
        feature.setAttributes([f"#{number} Constitution Drive"])
        features.append(feature)
    register.dataProvider().addFeatures(features)
    feedback = CancelAfterStart()
    with pytest.raises(QgsProcessingException, match="Canceled: the geocoded layer is incomplete"):
        run_algorithm("infosegura:geocodeaddresses", {
            "INPUT": register, "ADDRESS_FIELD": "Address", "STREETS": sample_layer("streets"),
            "STREET_NAME_FIELD": "name", "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert feedback.canceled_at is not None and feedback.canceled_at < 5
    assert all(p <= feedback.canceled_at for p in feedback.after_cancel), feedback.after_cancel
