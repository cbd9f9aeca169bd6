"""The workflow steps the dock offers, in the order an analyst takes them.

Each step opens a Processing algorithm's dialog, so a click in the dock and a run from
the toolbox, a model or ``qgis_process`` go through the same code. Later features add
a step here; steps whose algorithm is not registered are not shown.
"""

from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text):
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
            _tr("Load the Belmopan sample"),
            _tr("Synthetic streets, neighbourhoods, community assets and landmarks for training."),
        ),
        WorkflowStep(
            "infosegura:importregister",
            _tr("1. Import a licence register"),
            _tr("Read a CSV or Excel register as the licensing board sent it; every row is kept and each problem named."),
        ),
        WorkflowStep(
            "infosegura:geocodeaddresses",
            _tr("2. Geocode addresses"),
            _tr("Place each premises on the street map, offline, with a status, a score and a match type."),
        ),
        WorkflowStep(
            "infosegura:rememberplacements",
            _tr("3. Remember reviewed placements"),
            _tr("Store the points you placed or confirmed by hand, so next year's register geocodes at once."),
        ),
        WorkflowStep(
            "infosegura:proximityconflicts",
            _tr("4. Outlets near schools and youth places"),
            _tr("Lines from each outlet to each sensitive place closer than a distance you choose."),
        ),
        WorkflowStep(
            "infosegura:riskterrain",
            _tr("5. Risk terrain grid"),
            _tr("Relative risk from outlet density and proximity, on a hexagon or square grid."),
        ),
        WorkflowStep(
            "infosegura:hotspots",
            _tr("6. Hot spots (Gi*)"),
            _tr("Where high or low values cluster significantly, with false-discovery-rate correction."),
        ),
        WorkflowStep(
            "infosegura:communityprofiles",
            _tr("7. Communities at highest risk"),
            _tr("A ranked table of neighbourhoods: outlets, density, conflicts and risk."),
        ),
    ]
