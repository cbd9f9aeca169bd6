"""The workflow steps the dock offers, in the order an analyst takes them.

Each step opens a Processing algorithm's dialog, so a click in the dock and a run from
the toolbox, a model or ``qgis_process`` go through the same code. Later features add
a step here; steps whose algorithm is not registered are not shown.
"""

from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication


def _translate(text):
    return QCoreApplication.translate("InfoSeguraDock", text)


@dataclass(frozen=True)
class WorkflowStep:
    algorithm_id: str
    title: str
    explanation: str


def workflow_steps():
    """The steps, translated at call time (after the translator is installed)."""
    return [
        WorkflowStep(
            "infosegura:loadsample",
            _translate("Load the Belmopan sample"),
            _translate("Synthetic streets, neighbourhoods, community assets and landmarks for training."),
        ),
        WorkflowStep(
            "infosegura:importregister",
            _translate("1. Import a licence register"),
            _translate("Read a CSV or Excel register as the licensing board sent it; every row is kept and each problem named."),
        ),
        WorkflowStep(
            "infosegura:geocodeaddresses",
            _translate("2. Geocode addresses"),
            _translate("Place each premises on the street map, offline, with a status, a score and a match type."),
        ),
        WorkflowStep(
            "infosegura:rememberplacements",
            _translate("3. Remember placements"),
            _translate("Store the points you placed or confirmed by hand, so next year's register geocodes at once."),
        ),
        WorkflowStep(
            "infosegura:proximityconflicts",
            _translate("4. Outlets near schools"),
            _translate("Lines from each outlet to each sensitive place closer than a distance you choose."),
        ),
        WorkflowStep(
            "infosegura:riskterrain",
            _translate("5. Risk terrain grid"),
            _translate("Relative risk from outlet density and proximity, on a hexagon or square grid."),
        ),
        WorkflowStep(
            "infosegura:hotspots",
            _translate("6. Hot spots (Gi*)"),
            _translate("Where high or low values cluster significantly, with false-discovery-rate correction."),
        ),
        WorkflowStep(
            "infosegura:communityprofiles",
            _translate("7. Communities at highest risk"),
            _translate("A ranked table of neighbourhoods: outlets, density, conflicts and risk."),
        ),
    ]
