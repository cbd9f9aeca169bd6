"""What every InfoSegura algorithm shares: translation, icon, fresh instances, groups, progress."""

from qgis.core import QgsFeatureSink, QgsProcessingAlgorithm, QgsProcessingOutputLayerDefinition, QgsProperty
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...core.register.csv_safety import FormulaSafeSink, formula_safe_fields, is_spreadsheet_destination
from ...core.sharing import run_record
from ...paths import icon_path


class InfoSeguraAlgorithm(QgsProcessingAlgorithm):
    """Base class. Subclasses set ``ICON`` (an SVG name in resources/icons), take their
    group from one of the ``*Group`` mixins below (listed first) and implement
    name/displayName/shortHelpString with literal ``self.tr()`` strings."""

    ICON = "infosegura"

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

    def output_sink(self, parameters, name, context, fields, wkb_type, crs, flags=QgsFeatureSink.SinkFlags()):
        """``parameterAsSink`` that never writes a runnable formula into a CSV/XLSX/ODS file:
        neither in a cell nor in a column heading (a register's own headings become field
        names)."""
        # The destination as given: the headings must be escaped before the sink exists.
        spreadsheet = is_spreadsheet_destination(_destination_text(parameters.get(name), context))
        sink_fields = formula_safe_fields(fields) if spreadsheet else fields
        sink, dest_id = self.parameterAsSink(parameters, name, context, sink_fields, wkb_type, crs, flags)
        # dest_id, not parameterAsOutputLayer(): that one registers a second layer to load
        # ("memory:<name>") for temporary outputs, which the desktop then fails to load.
        if sink is not None and (spreadsheet or is_spreadsheet_destination(dest_id or "")):
            sink = FormulaSafeSink(sink)
        if sink is not None:
            self.record_output(dest_id)
        return sink, dest_id

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


def _destination_text(value, context) -> str:
    """An output parameter's value as the path or URI the user gave, without evaluating
    it through the algorithm (which would register a layer to load)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "")
    return str(value or "")


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
