"""Load the Belmopan sample from the dock: copied in a QgsTask, added styled and in drawing
order in ``finished()``, and the project data filled in from it."""

from datetime import datetime
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import QgsApplication, QgsFeedback, QgsProject, QgsTask, QgsVectorLayer

from ..core.sample_data import SAMPLE_LAYERS, copy_sample, order_sample_layers, sample_table_of, style_sample_layer
from ..i18n import tr
from ..paths import sample_path
from .project_data import ProjectData

# Sample table -> the project data entry it fills.
SAMPLE_ROLES = {"streets": "streets", "neighbourhoods": "areas", "landmarks": "landmarks",
                "community_assets": "assets", "city_boundary": "study_area", "mile_markers": "mile_markers"}
SAMPLE_REGISTER = "licence_register.xlsx"


def default_sample_destination() -> Path:
    """A new GeoPackage in the QGIS profile (an open copy is never overwritten)."""
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "infosegura" / "sample"
    return folder / "belmopan_{}.gpkg".format(datetime.now().strftime("%Y%m%d_%H%M%S"))


def add_sample_layers(project: QgsProject, uris: List[str]) -> List[QgsVectorLayer]:
    """Add the copied sample layers in a group at the top, styled, points above polygons."""
    layers = []
    for uri in uris:
        table = uri.split("layername=")[-1]
        layer = QgsVectorLayer(uri, table, "ogr")
        if layer.isValid():
            style_sample_layer(layer)
            layers.append(layer)
    root = project.layerTreeRoot()
    group = root.insertGroup(0, tr("Belmopan sample (synthetic)"))
    rank = {spec.table: index for index, spec in enumerate(SAMPLE_LAYERS)}
    for layer in sorted(layers, key=lambda lay: -rank.get(sample_table_of(lay), 0)):
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    order_sample_layers(root, layers)
    return layers


def project_data_from_sample(data: ProjectData, layers: List[QgsVectorLayer], project: QgsProject) -> ProjectData:
    """The sample's layers become the project data; fields guessed from them."""
    for layer in layers:
        key = SAMPLE_ROLES.get(sample_table_of(layer))
        if key:
            setattr(data, key, layer.id())
    data.register_file = str(sample_path(SAMPLE_REGISTER))
    for key in ("register", "geocoded", "conflicts", "risk_grid", "hot_spots", "towns"):
        setattr(data, key, "")
    return data.with_guessed_fields(project, overwrite=True)


class SampleTask(QgsTask):
    """Copies the sample in the background; ``finished`` adds it to the project."""

    def __init__(self, destination: Optional[Path] = None, include_sensitive: bool = False,
                 project: Optional[QgsProject] = None,
                 on_done: Optional[Callable[[List[QgsVectorLayer], Optional[str]], None]] = None):
        super().__init__(tr("Loading the Belmopan sample"), QgsTask.CanCancel)
        self.destination = Path(destination) if destination else default_sample_destination()
        self.include_sensitive = include_sensitive
        self.project = project
        self.on_done = on_done
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.uris: List[str] = []
        self.layers: List[QgsVectorLayer] = []
        self.error: Optional[str] = None

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        try:
            self.destination.parent.mkdir(parents=True, exist_ok=True)
            self.uris = copy_sample(self.destination, self.include_sensitive, feedback=self.feedback)
        except Exception as error:  # shown in finished(), never raised in a worker thread
            self.error = str(error)
            return False
        return not self.feedback.isCanceled() and len(self.uris) == len(SAMPLE_LAYERS)

    def finished(self, result):
        project = self.project or QgsProject.instance()
        if result:
            self.layers = add_sample_layers(project, self.uris)
            data = project_data_from_sample(ProjectData.load(project), self.layers, project)
            data.save(project)
        elif self.error is None:
            self.error = tr("Loading the sample was canceled.")
        if self.on_done is not None:
            self.on_done(self.layers, self.error)


def start_sample_task(project=None, on_done=None, destination=None) -> SampleTask:
    task = SampleTask(destination, project=project, on_done=on_done)
    QgsApplication.taskManager().addTask(task)
    return task
