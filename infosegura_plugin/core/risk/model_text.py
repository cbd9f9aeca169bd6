"""The texts of the bundled risk model (resources/models/belmopan_expert.json) in the
user's language.

The JSON keeps English texts; loading a model passes its label, description and factor
labels through Qt's catalogue (context ``RiskModel``), so the layer name ("Risk terrain
(expert-weighted)"), the legend and the report follow the QGIS locale. A user's own
model texts are not in the catalogue and stay as written. A test checks this table
against the bundled JSON.
"""

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "RiskModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 reads)
    return text


BUNDLED_MODEL_TEXTS = (
    QT_TRANSLATE_NOOP("RiskModel", "expert-weighted"),
    QT_TRANSLATE_NOOP(
        "RiskModel",
        "Default risk terrain model: relative risk values are provisional expert-style "
        "weights chosen by the plugin developers (not fitted to data, not yet reviewed by the pilot's "
        "expert panel). Have them reviewed, or fit them (give INCIDENTS) once incident data are available."
    ),
    QT_TRANSLATE_NOOP("RiskModel", "Near an on-premise outlet (bar, night club, restaurant with licence)"),
    QT_TRANSLATE_NOOP("RiskModel", "High density of licensed outlets"),
    QT_TRANSLATE_NOOP("RiskModel", "Near an off-premise outlet (liquor store, shop)"),
    QT_TRANSLATE_NOOP("RiskModel", "Near the bus terminal"),
    QT_TRANSLATE_NOOP("RiskModel", "Near a market"),
    QT_TRANSLATE_NOOP("RiskModel", "Near a police station (protective)"),
)


def translate_model_text(text: str) -> str:
    """A bundled model's text in the user's language; any other text unchanged."""
    if not text:
        return text
    return QCoreApplication.translate(CONTEXT, text)
