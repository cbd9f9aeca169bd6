"""The workflow steps the dock offers, in the order an analyst takes them.

Each step opens a Processing algorithm's dialog (pre-filled from the project data), so a
click in the dock and a run from the toolbox, a model or ``qgis_process`` go through the
same code. Later features add a step here; steps whose algorithm is not registered are
not shown. ``opens`` says what the button does: the dialog, the sample task, the review panel.
"""

from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

DIALOG, LOAD_SAMPLE, REVIEW = "dialog", "load_sample", "review"
RUN_EVERYTHING = "run_everything"


@dataclass(frozen=True)
class WorkflowStep:
    algorithm_id: str
    title: str
    explanation: str
    opens: str = DIALOG


def workflow_steps():
    """The steps, translated at call time (after the translator is installed).

    Literal translate("InfoSeguraDock", "...") calls: pylupdate5 finds no wrapper."""
    return [
        WorkflowStep(
            "infosegura:loadsample",
            QCoreApplication.translate("InfoSeguraDock", "Load the Belmopan sample"),
            QCoreApplication.translate("InfoSeguraDock", "Synthetic streets, neighbourhoods, community assets and landmarks for training; they become the project data."),
            LOAD_SAMPLE,
        ),
        WorkflowStep(
            "infosegura:runanalysis",
            QCoreApplication.translate("InfoSeguraDock", "Run everything (register to results)"),
            QCoreApplication.translate("InfoSeguraDock", "Steps 1 to 7, and the bundle, atlas and public export, in one run with the project data: choose the register file and a results folder."),
            RUN_EVERYTHING,
        ),
        WorkflowStep(
            "infosegura:importregister",
            QCoreApplication.translate("InfoSeguraDock", "1. Import a licence register"),
            QCoreApplication.translate("InfoSeguraDock", "Read a CSV or Excel register as the licensing board sent it; every row is kept and each problem named."),
        ),
        WorkflowStep(
            "infosegura:geocodeaddresses",
            QCoreApplication.translate("InfoSeguraDock", "2. Geocode addresses"),
            QCoreApplication.translate("InfoSeguraDock", "Place each premises on the street map, offline, with a status, a score and a match type."),
        ),
        WorkflowStep(
            "",
            QCoreApplication.translate("InfoSeguraDock", "Review addresses"),
            QCoreApplication.translate("InfoSeguraDock", "Settle tied and unmatched rows on the map: take a candidate, click the place, or leave it with a reason."),
            REVIEW,
        ),
        WorkflowStep(
            "infosegura:rememberplacements",
            QCoreApplication.translate("InfoSeguraDock", "3. Remember placements"),
            QCoreApplication.translate("InfoSeguraDock", "Store the points you placed or confirmed by hand, so next year's register geocodes at once."),
        ),
        WorkflowStep(
            "infosegura:proximityconflicts",
            QCoreApplication.translate("InfoSeguraDock", "4. Outlets near schools"),
            QCoreApplication.translate("InfoSeguraDock", "Lines from each outlet to each sensitive place closer than a distance you choose."),
        ),
        WorkflowStep(
            "infosegura:riskterrain",
            QCoreApplication.translate("InfoSeguraDock", "5. Risk terrain grid"),
            QCoreApplication.translate("InfoSeguraDock", "Relative risk from outlet density and proximity, on a hexagon or square grid."),
        ),
        WorkflowStep(
            "infosegura:hotspots",
            QCoreApplication.translate("InfoSeguraDock", "6. Hot spots (Gi*)"),
            QCoreApplication.translate("InfoSeguraDock", "Where high or low values cluster significantly, with false-discovery-rate correction."),
        ),
        WorkflowStep(
            "infosegura:communityprofiles",
            QCoreApplication.translate("InfoSeguraDock", "7. Communities at highest risk"),
            QCoreApplication.translate("InfoSeguraDock", "A ranked table of neighbourhoods: outlets, density, conflicts and risk."),
        ),
        WorkflowStep(
            "infosegura:compareregisters",
            QCoreApplication.translate("InfoSeguraDock", "8. What changed since the last register"),
            QCoreApplication.translate("InfoSeguraDock", "New, closed, moved and renewed premises between two registers, and the net change per neighbourhood."),
        ),
        WorkflowStep(
            "infosegura:emerginghotspots",
            QCoreApplication.translate("InfoSeguraDock", "9. Emerging hot spots"),
            QCoreApplication.translate("InfoSeguraDock", "Over several periods: where hot spots are new, growing, lasting or fading."),
        ),
        WorkflowStep(
            "infosegura:checkapplication",
            QCoreApplication.translate("InfoSeguraDock", "10. Check a licence application"),
            QCoreApplication.translate("InfoSeguraDock", "One page for the licensing board: what stands around the proposed premises. Facts, never a verdict."),
        ),
        WorkflowStep(
            "infosegura:exportbundle",
            QCoreApplication.translate("InfoSeguraDock", "11. Share with an agency (bundle)"),
            QCoreApplication.translate("InfoSeguraDock", "One GeoPackage with the styled layers, the project and the run record; shelters left out."),
        ),
        WorkflowStep(
            "infosegura:printatlas",
            QCoreApplication.translate("InfoSeguraDock", "12. Print the community atlas"),
            QCoreApplication.translate("InfoSeguraDock", "A PDF: a cover with the ranked communities, then one page per neighbourhood."),
        ),
        WorkflowStep(
            "infosegura:publicexport",
            QCoreApplication.translate("InfoSeguraDock", "13. Public-safe export"),
            QCoreApplication.translate("InfoSeguraDock", "For the web or the press: no shelters, no personal data, incidents only as counts."),
        ),
        WorkflowStep(
            "infosegura:publishpostgis",
            QCoreApplication.translate("InfoSeguraDock", "14. Publish to the shared PostGIS"),
            QCoreApplication.translate("InfoSeguraDock", "Into your agency's schema, all or nothing, with styles; credentials stay in QGIS."),
        ),
    ]
