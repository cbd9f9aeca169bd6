"""Save reviewed placements to the address memory: ``infosegura:rememberplacements`` on
exactly the reviewed rows (``gc_type`` = manual, with a point), in a QgsTask."""

from typing import Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

from ..i18n import tr

REVIEWED = "\"gc_type\" = 'manual' AND NOT is_empty_or_null($geometry)"
ALGORITHM_ID = "infosegura:rememberplacements"


class MemoryCrsError(Exception):
    """The layer's CRS cannot be stored in the memory (none, invalid or user-defined)."""


def check_memory_crs(layer) -> None:
    """The memory stores points with their CRS id: it must be one any QGIS knows."""
    crs = layer.crs()
    authid = crs.authid() if crs.isValid() else ""
    if not authid or authid.upper().startswith("USER:"):
        raise MemoryCrsError(tr(
            "Layer {} has no known coordinate reference system, so its points cannot be remembered "
            "(they would land in the wrong place next year). Set the layer's CRS (Layer Properties > "
            "Source), then save again.").format(layer.name()))


def reviewed_rows(layer):
    """A memory copy of the layer's reviewed rows (unsaved edits included)."""
    copy = layer.materialize(QgsFeatureRequest().setFilterExpression(REVIEWED))
    copy.setName(layer.name())
    return copy


def remember_parameters(reviewed, address_field: str, source_name: str, memory_path: Optional[str] = None) -> dict:
    parameters = {"INPUT": reviewed, "ADDRESS_FIELD": address_field, "ALL_ROWS": True, "SOURCE": source_name}
    if memory_path:
        parameters["MEMORY_PATH"] = memory_path
    return parameters


class _KeptErrors(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


class RememberRun:
    """Keeps the task, its context, feedback and input alive until the task is done."""

    def __init__(self, layer, address_field: str, on_done: Callable[[bool, dict, str], None],
                 memory_path: Optional[str] = None):
        check_memory_crs(layer)
        self.reviewed = reviewed_rows(layer)
        self.count = self.reviewed.featureCount()
        self.on_done = on_done
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _KeptErrors()
        algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM_ID)
        self.task = QgsProcessingAlgRunnerTask(
            algorithm, remember_parameters(self.reviewed, address_field, layer.name(), memory_path),
            self.context, self.feedback)
        self.task.setDescription(tr("Saving {} reviewed placements to the address memory").format(self.count))
        self.task.executed.connect(self._executed)

    def start(self):
        QgsApplication.taskManager().addTask(self.task)
        return self

    def _executed(self, ok, results):
        message = "; ".join(self.feedback.errors) or (tr("Saving to the address memory was canceled.") if not ok else "")
        self.on_done(bool(ok), dict(results or {}), message)
