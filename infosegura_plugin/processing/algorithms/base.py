"""What every InfoSegura algorithm shares: translation, icon, fresh instances, groups,
progress, and atomic outputs."""

import functools

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...core.atomic_files import AtomicRun, AtomicWriteError, SignalGuard, check_destination
from ...core.register.csv_safety import FormulaSafeSink, is_spreadsheet_destination
from ...paths import icon_path


def _with_atomic_outputs(process_algorithm):
    """Wraps a subclass's processAlgorithm: file outputs opened with ``output_sink`` are
    written aside and moved into place only when the run succeeds (see
    :mod:`...core.atomic_files`); a failure, cancel or kill leaves the old files as they were."""

    @functools.wraps(process_algorithm)
    def run(self, parameters, context, feedback):
        _check_destinations(self, parameters, context)
        self._atomic_run = AtomicRun()
        with SignalGuard(self._atomic_run):
            try:
                results = process_algorithm(self, parameters, context, feedback)
                moved = self._atomic_run.commit()
            except AtomicWriteError as error:
                self._atomic_run.discard()
                raise QgsProcessingException(f"{error}") from error
            except BaseException:
                self._atomic_run.discard()
                raise
        return _renamed_outputs(results, moved, context)

    return run


def _check_destinations(algorithm, parameters, context):
    """An output folder that does not exist or cannot be written is refused before any work."""
    for definition in algorithm.destinationParameterDefinitions():
        destination = _file_destination(algorithm, parameters, definition.name(), context)
        try:
            check_destination(destination, definition.description())
        except AtomicWriteError as error:
            raise QgsProcessingException(f"{error}") from error


def _renamed_outputs(results, moved, context):
    """Results and layers to load pointing at the final files instead of the staged ones."""
    if not moved:
        return results

    def final(value):
        if isinstance(value, str):
            for temp, path in moved.items():
                value = value.replace(temp, path)
        return value

    loads = context.layersToLoadOnCompletion()
    if any(final(key) != key for key in loads):
        context.setLayersToLoadOnCompletion({final(key): details for key, details in loads.items()})
    return {key: final(value) for key, value in results.items()}


class InfoSeguraAlgorithm(QgsProcessingAlgorithm):
    """Base class. Subclasses set ``ICON`` (an SVG name in resources/icons), take their
    group from one of the ``*Group`` mixins below (listed first) and implement
    name/displayName/shortHelpString with literal ``self.tr()`` strings."""

    ICON = "infosegura"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _with_atomic_outputs(cls.__dict__["processAlgorithm"])

    def tr(self, string):
        # pylupdate5 files self.tr() under the class it appears in: use the same context.
        return QCoreApplication.translate(type(self).__name__, string)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self):
        return QIcon(icon_path(self.ICON))

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return icon_path(self.ICON)

    def helpUrl(self):  # noqa: N802 (QGIS API)
        return "https://github.com/infosegura/infosegura-qgis#readme"

    def output_file(self, parameters, name, context) -> str:
        """Where to write a file output that is not a feature sink (a GeoTIFF, a report, a
        bundle): a private path beside the destination, moved into place when the run
        succeeds. Return this path in the results as usual: results and layers to load
        are pointed at the final file automatically."""
        destination = _file_destination(self, parameters, name, context)
        run = getattr(self, "_atomic_run", None)
        staged = run.stage(destination) if run is not None else None
        return staged[1] if staged is not None else destination

    def output_sink(self, parameters, name, context, fields, wkb_type, crs, flags=QgsFeatureSink.SinkFlags()):
        """``parameterAsSink`` that writes a file output aside (moved into place when the run
        succeeds) and never writes a runnable formula into a CSV/XLSX/ODS file."""
        destination = self.parameterAsOutputLayer(parameters, name, context) or ""
        run = getattr(self, "_atomic_run", None)
        staged = run.stage(destination) if run is not None else None
        if staged is not None:
            parameters = dict(parameters)
            parameters[name] = _redirected(parameters.get(name), staged[1])
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs, flags)
        if sink is not None and is_spreadsheet_destination(destination):
            sink = FormulaSafeSink(sink)
        return sink, dest_id


def _redirected(value, destination):
    """The output parameter ``value`` writing to ``destination`` instead (same layer name
    and load-on-completion settings)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        copy = QgsProcessingOutputLayerDefinition(value)
        copy.sink = QgsProperty.fromValue(destination)
        return copy
    return destination


def _file_destination(algorithm, parameters, name, context) -> str:
    definition = algorithm.parameterDefinition(name)
    if isinstance(definition, (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)):
        return algorithm.parameterAsFileOutput(parameters, name, context) or ""
    return algorithm.parameterAsOutputLayer(parameters, name, context) or ""


class ProgressPart:
    """Maps a core step's 0-100 progress onto part of the algorithm's bar; passes cancel."""

    def __init__(self, feedback, low, high):
        self.feedback, self.low, self.high = feedback, low, high

    def isCanceled(self):  # noqa: N802 (QGIS API)
        return self.feedback.isCanceled()

    def setProgress(self, value):  # noqa: N802 (QGIS API)
        self.feedback.setProgress(self.low + (self.high - self.low) * value / 100.0)


# The toolbox groups. Each name is translated once, in the "AlgorithmGroups" context;
# literal context and text so pylupdate5 finds them.


class RegisterGroup:
    def group(self):
        return QCoreApplication.translate("AlgorithmGroups", "Licence registers")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "registers"


class GeocodingGroup:
    def group(self):
        return QCoreApplication.translate("AlgorithmGroups", "Geocoding")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "geocoding"


class RiskGroup:
    def group(self):
        return QCoreApplication.translate("AlgorithmGroups", "Risk analysis")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "risk"


class TrainingGroup:
    def group(self):
        return QCoreApplication.translate("AlgorithmGroups", "Training")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "training"
