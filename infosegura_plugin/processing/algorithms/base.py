"""What every InfoSegura algorithm shares: translation, icon, fresh instances, groups,
progress, and atomic outputs."""

import functools

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingUtils,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...core.atomic_files import AtomicRun, AtomicWriteError, SignalGuard, check_destination
from ...core.register.csv_safety import FormulaSafeSink, formula_safe_fields, is_spreadsheet_destination
from ...core.sharing import run_record
from ...core.styling import keep_style_of
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
        record = getattr(self, "_run_record", None)
        if record is not None and moved:  # the run record goes to the final files
            record.outputs = [_final(output, moved) for output in record.outputs]
        return _renamed_outputs(results, moved, context)

    return run


def _final(value, moved):
    """``value`` with every staged path replaced by its final path."""
    if isinstance(value, str):
        for temp, path in moved.items():
            value = value.replace(temp, path)
    return value


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
        return _final(value, moved)

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
        # The guide shipped inside the plugin, in the user's language: works offline.
        from ...help_pages import help_url

        return help_url(self.name())

    def output_file(self, parameters, name, context) -> str:
        """Where to write a file output that is not a feature sink (a GeoTIFF, a report, a
        bundle): a private path beside the destination, moved into place when the run
        succeeds. Return this path in the results as usual: results and layers to load
        are pointed at the final file automatically."""
        destination = _file_destination(self, parameters, name, context)
        run = getattr(self, "_atomic_run", None)
        staged = run.stage(destination) if run is not None else None
        if staged is not None:
            return staged[1]
        if isinstance(self.parameterDefinition(name),
                      (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)):
            return self.parameterAsFileOutput(parameters, name, context)
        return self.parameterAsOutputLayer(parameters, name, context)

    def staged_path(self, path: str) -> str:
        """Where to write the file ``path`` (an output's resolved destination, e.g. from
        parameterAsOutputLayer): a private path moved over it when the run succeeds, or
        ``path`` itself when it is not a file. Keep using ``path`` for results and layers
        to load."""
        run = getattr(self, "_atomic_run", None)
        staged = run.stage(path) if run is not None and path else None
        return staged[1] if staged is not None else path

    def output_sink(self, parameters, name, context, fields, wkb_type, crs, flags=QgsFeatureSink.SinkFlags()):
        """``parameterAsSink`` that writes a file output aside (moved into place when the run
        succeeds) and never writes a runnable formula into a CSV/XLSX/ODS file: neither in a
        cell nor in a column heading (a register's own headings become field names)."""
        destination = _file_destination(self, parameters, name, context)
        # The destination as given: the headings must be escaped before the sink exists.
        spreadsheet = is_spreadsheet_destination(destination)
        sink_fields = formula_safe_fields(fields) if spreadsheet else fields
        run = getattr(self, "_atomic_run", None)
        # Appending to an existing layer (the dialog's "Append to Layer..."): the rows go
        # into that layer, as QGIS appends them; nothing to write aside.
        staged = run.stage(destination) if run is not None and not self.appends(parameters, name) else None
        if staged is None:
            sink, dest_id = self.parameterAsSink(parameters, name, context, sink_fields, wkb_type, crs, flags)
        else:
            # The sink writes the staged file; everything else (results, the layer to load,
            # styles written later through core.styling) already names the final one.
            value = parameters.get(name)
            redirected = dict(parameters)
            redirected[name] = _redirected(value, staged[1])
            sink, staged_id = self.parameterAsSink(redirected, name, context, sink_fields, wkb_type, crs, flags)
            dest_id = (staged_id or "").replace(str(staged[0].temp_path), str(staged[0].path))
            if sink is not None and isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject:
                label = value.destinationName or self.parameterDefinition(name).description()
                context.addLayerToLoadOnCompletion(dest_id, QgsProcessingContext.LayerDetails(
                    label, value.destinationProject, name, QgsProcessingUtils.LayerHint.Vector))
        # dest_id, not parameterAsOutputLayer(): that one registers a second layer to load
        # ("memory:<name>") for temporary outputs, which the desktop then fails to load.
        if sink is not None and (spreadsheet or is_spreadsheet_destination(dest_id or "")):
            sink = FormulaSafeSink(sink)
        if sink is not None:
            self.record_output(dest_id)
            if self.appends(parameters, name):
                keep_style_of(dest_id)
        return sink, dest_id

    @staticmethod
    def appends(parameters, name) -> bool:
        """The output ``name`` appends to an existing layer (a field mapping given)."""
        value = parameters.get(name)
        return isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping()

    # The run record (core/sharing/run_record.py): which algorithm wrote an output, with
    # which parameters. A subclass overriding these two methods must call super().

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        self._run_record = run_record.begin(self, parameters, context)
        return True

    def record_output(self, dest_id):
        """Name an output (layer id or GeoPackage URI) that gets this run's record."""
        record = getattr(self, "_run_record", None)
        if record is not None and dest_id:
            record.outputs.append(dest_id)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        record = getattr(self, "_run_record", None)
        if record is not None and record.outputs:
            try:
                run_record.attach(record, context)
            except Exception as error:  # noqa: BLE001 - a record must never fail a finished run
                feedback.pushWarning(QCoreApplication.translate(
                    "InfoSeguraAlgorithm", "The run record could not be stored: {}").format(error))
        return {}


def _redirected(value, destination):
    """The output parameter ``value`` writing to ``destination`` instead (same options),
    not loaded on completion: the final file is (see ``output_sink``)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        copy = QgsProcessingOutputLayerDefinition(value)
        copy.sink = QgsProperty.fromValue(destination)
        copy.destinationProject = None
        return copy
    return destination


def _file_destination(algorithm, parameters, name, context) -> str:
    """The destination an output parameter names, as given (a path, an ``ogr:`` URI,
    TEMPORARY_OUTPUT, ...), read without parameterAs*(): those register layers to load."""
    value = parameters.get(name)
    if value is None:
        value = algorithm.parameterDefinition(name).defaultValue()
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "")
        value = value[0] if isinstance(value, tuple) else value
    return "" if value is None else str(value)


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


class SharingGroup:
    def group(self):
        return QCoreApplication.translate("AlgorithmGroups", "Sharing results")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "sharing"
