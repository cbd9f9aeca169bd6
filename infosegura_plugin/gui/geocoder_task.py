"""The geocoder of the project data, built once in a QgsTask and cached for the dock,
the review panel and the locator bar.

Layers are read in the task through ``LayerSnapshot``: a ``QgsVectorLayerFeatureSource``
made in the main thread (QGIS's thread-safe way to read a layer elsewhere, edit buffer
included), with the few layer facts ``build_geocoder`` asks for.
"""

import inspect
import os
from typing import Callable, List, Optional

from qgis.core import QgsApplication, QgsFeedback, QgsProject, QgsTask, QgsVectorLayerFeatureSource

from ..core.geocoding.layers import PointLayerFields, StreetFields, build_geocoder
from ..i18n import tr
from ..settings import Settings
from .project_data import ProjectData


class LayerSnapshot:
    """A layer's features and facts, readable from a worker thread."""

    def __init__(self, layer):
        self._source = QgsVectorLayerFeatureSource(layer)
        self._fields = layer.fields()
        self._crs = layer.crs()
        self._extent = layer.extent()
        self._name = layer.name()
        self.layer_id = layer.id()

    def fields(self):
        return self._fields

    def sourceCrs(self):  # noqa: N802 (QgsFeatureSource API)
        return self._crs

    def sourceExtent(self):  # noqa: N802 (QgsFeatureSource API)
        return self._extent

    def sourceName(self):  # noqa: N802 (QgsFeatureSource API)
        return self._name

    def getFeatures(self, request=None):  # noqa: N802 (QgsFeatureSource API)
        return self._source.getFeatures(request) if request is not None else self._source.getFeatures()


def memory_path_for(data: ProjectData) -> Optional[str]:
    if not data.use_memory:
        return None
    path = Settings.load().resolved_address_memory_path()
    return str(path) if path.exists() else None


def geocoder_key(data: ProjectData, project: QgsProject):
    """Changes whenever what the geocoder was built from changes (layers, edits, fields, memory)."""
    parts = []
    for key in ("streets", "areas", "landmarks", "mile_markers", "towns"):
        layer = data.layer(key, project)
        parts.append((layer.id(), layer.featureCount(), layer.extent().toString(), layer.isModified())
                     if layer is not None else None)
    memory = memory_path_for(data)
    memory_stamp = (memory, os.path.getmtime(memory)) if memory else None
    names = (data.default_town, data.street_name_field, data.street_alias_field, data.left_from_field, data.left_to_field,
             data.right_from_field, data.right_to_field, data.street_town_field, data.town_name_field,
             data.area_name_field, data.landmark_name_field, data.landmark_alias_field,
             data.landmark_kind_field, data.mile_highway_field, data.mile_field)
    return tuple(parts) + (names, memory_stamp, float(data.min_score))


def geocoder_arguments(data: ProjectData, project: QgsProject) -> Optional[dict]:
    """Keyword arguments of ``build_geocoder`` (layers as snapshots), or None without streets."""
    streets = data.layer("streets", project)
    if streets is None or not data.street_name_field:
        return None

    def optional(name):
        return name or None

    def snapshot(key):
        layer = data.layer(key, project)
        return LayerSnapshot(layer) if layer is not None else None

    street_fields = StreetFields(data.street_name_field, optional(data.street_alias_field),
                                 optional(data.left_from_field), optional(data.left_to_field),
                                 optional(data.right_from_field), optional(data.right_to_field))
    if hasattr(street_fields, "town"):
        street_fields.town = optional(data.street_town_field)
    arguments = dict(
        streets=LayerSnapshot(streets),
        street_fields=street_fields,
        areas=snapshot("areas") if data.area_name_field else None,
        area_name_field=data.area_name_field or "name",
        landmarks=snapshot("landmarks") if data.landmark_name_field else None,
        landmark_fields=PointLayerFields(data.landmark_name_field or "name", optional(data.landmark_alias_field),
                                         optional(data.landmark_kind_field)),
        markers=snapshot("mile_markers") if data.mile_highway_field and data.mile_field else None,
        marker_fields=(data.mile_highway_field or "highway", data.mile_field or "mile"),
        memory_path=memory_path_for(data),
        min_score=float(data.min_score),
        transform_context=project.transformContext(),
    )
    # The town arguments of the geocoder, when it has them.
    accepted = inspect.signature(build_geocoder).parameters
    towns = snapshot("towns") if data.town_name_field else None
    for name, value in (("towns", towns), ("town_name_field", optional(data.town_name_field)),
                        ("default_town", optional(data.default_town))):
        if name in accepted and value is not None:
            arguments[name] = value
    return arguments


class GeocoderTask(QgsTask):
    """Builds the geocoder in the background; ``bundle`` or ``error`` is set when done."""

    def __init__(self, arguments: dict, on_done: Callable[["GeocoderTask"], None] = None):
        super().__init__(tr("Building the street index"), QgsTask.CanCancel)
        self.arguments = arguments
        self.on_done = on_done
        self.bundle = None
        self.error = None
        self.feedback = QgsFeedback()

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        try:
            self.bundle = build_geocoder(feedback=self.feedback, **self.arguments)
        except Exception as error:  # shown to the user in finished(), never raised in a thread
            self.error = str(error)
            return False
        return not self.feedback.isCanceled()

    def finished(self, result):  # noqa: D401 (QgsTask API)
        if not result and self.error is None:
            self.error = tr("Building the street index was canceled.")
        if self.on_done is not None:
            self.on_done(self)


class GeocoderCache:
    """One geocoder per state of the project data; built in a task, shared by its users."""

    def __init__(self, project: Optional[QgsProject] = None):
        self.project = project
        self.key = None
        self.bundle = None
        self.task = None
        self._pending_key = None
        self._waiting: List[Callable] = []

    def _project(self):
        return self.project or QgsProject.instance()

    def current(self, data: Optional[ProjectData] = None):
        """The cached bundle when it still matches the project data, else None."""
        data = data or ProjectData.load(self._project())
        if self.bundle is not None and self.key == geocoder_key(data, self._project()):
            return self.bundle
        return None

    def request(self, data: ProjectData, on_ready: Callable[[object, Optional[str]], None] = None) -> bool:
        """Call ``on_ready(bundle, error)`` once the geocoder for ``data`` is ready.

        Returns True when it was ready at once (``on_ready`` already called). Builds at
        most one geocoder at a time; callers waiting for the same one share it.
        """
        project = self._project()
        key = geocoder_key(data, project)
        if self.bundle is not None and self.key == key:
            if on_ready is not None:
                on_ready(self.bundle, None)
            return True
        if on_ready is not None:
            self._waiting.append(on_ready)
        if self.task is not None and self._pending_key == key:
            return False
        arguments = geocoder_arguments(data, project)
        if arguments is None:
            self._deliver(None, tr("Choose the street layer and its name field under Project data first."))
            return False
        self._pending_key = key
        self.task = GeocoderTask(arguments, lambda task, k=key: self._built(task, k))
        QgsApplication.taskManager().addTask(self.task)
        return False

    def build_now(self, data: ProjectData):
        """Build in the calling thread (used by tests and by callers already in a task)."""
        arguments = geocoder_arguments(data, self._project())
        if arguments is None:
            return None
        self.bundle = build_geocoder(**arguments)
        self.key = geocoder_key(data, self._project())
        return self.bundle

    def _built(self, task: GeocoderTask, key):
        if task is not self.task:
            return
        self.task = None
        self._pending_key = None
        if task.bundle is not None:
            self.bundle, self.key = task.bundle, key
        self._deliver(task.bundle, task.error)

    def _deliver(self, bundle, error):
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(bundle, error)


_shared_cache = []


def shared_geocoder_cache() -> GeocoderCache:
    """The one cache of the running plugin (dock, review panel and locator bar share it)."""
    if not _shared_cache:
        _shared_cache.append(GeocoderCache())
    return _shared_cache[0]
