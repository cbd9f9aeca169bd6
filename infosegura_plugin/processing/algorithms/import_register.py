"""infosegura:importregister: a licence register as the board sent it, every row kept,
every problem named, as a point layer (EPSG:32616) or a table for the geocoder."""

import queue
import sqlite3
import threading

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ...core.atomic_files import staged_location
from ...core.cancel import CanceledError
from ...core.fields import DATE, INT, STRING, make_field
from ...core.gc_pause import collector_paused
from ...core.geopackage_fill import FillError, gpkg_table_target
from ...core.register import RegisterError, read_register
from ...core.register.csv_safety import FormulaSafeSink
from ...core.register.gpkg_output import write_register_gpkg
from ...core.register.output_fields import ADDED_FIELDS, DATE_FIELDS, INTEGER_FIELDS, added_values, output_field_names
from ...core.styling import style_output
from .base import InfoSeguraAlgorithm, RegisterGroup

_CHUNK = 5000
DATE_POSITIONS = [ADDED_FIELDS.index(name) for name in sorted(DATE_FIELDS)]


class ImportRegisterAlgorithm(RegisterGroup, InfoSeguraAlgorithm):
    INPUT = "INPUT"
    SHEET = "SHEET"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    ADDRESS_FIELD = "ADDRESS_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    CATEGORY_MAP = "CATEGORY_MAP"
    REFERENCE_DATE = "REFERENCE_DATE"
    OUTPUT = "OUTPUT"
    ROWS_READ = "ROWS_READ"
    ROWS_WITH_ISSUES = "ROWS_WITH_ISSUES"
    ICON = "register"

    def name(self):
        return "importregister"

    def displayName(self):
        return self.tr("Import a licence register")

    def shortHelpString(self):
        return self.tr(
            "Reads a liquor licence register as the licensing board sent it (CSV, TXT, TSV, "
            "Excel .xlsx, old Excel .xls or OpenDocument .ods) and keeps every row exactly once, "
            "with its original columns unchanged.\n\n"
            "The encoding, the delimiter, a title block above the header, headings split over "
            "two rows and the meaning of each column (English or Spanish headings) are detected; "
            "name a column yourself in the advanced parameters when the guess is wrong. A quote "
            "that is never closed in a CSV is reported with its line, and the rows after it are "
            "kept.\n\n"
            "Added fields: licence_id, premises, licensee, address, licence_class, category "
            "(on_premise, off_premise, occasional, unknown), status (active, expired, unknown "
            "on the reference date), issued_date, expiry_date, source_row (1 = the first row "
            "below the header) and issues: the problems of the row, separated by ';' "
            "(missing_address, duplicate_licence, expired, bad_date, bad_coordinates, "
            "swapped_lat_lon, outside_belize, unknown_class, ...).\n\n"
            "Dates are read day first (05/07/2025 is 5 July). When the register has valid "
            "coordinates (latitude/longitude or UTM 16N) the output is a point layer in "
            "EPSG:32616; otherwise it is a table for the geocoder.\n\n"
            "Cells that start with =, +, - or @ are kept as text and never evaluated; they "
            "are escaped when the output is written as CSV or a spreadsheet."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Licence register"),
                behavior=QgsProcessingParameterFile.File,
                fileFilter=self.tr("Licence registers (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*.*)"),
            )
        )
        sheet = QgsProcessingParameterString(self.SHEET, self.tr("Sheet (name or number, workbooks only)"), optional=True)
        sheet.setHelp(self.tr("Empty: the first sheet that has a register header. A number counts from 1."))
        self.addParameter(sheet)
        for name, label in (
            (self.ID_FIELD, self.tr("Licence number column (heading)")),
            (self.NAME_FIELD, self.tr("Premises name column (heading)")),
            (self.ADDRESS_FIELD, self.tr("Address column (heading)")),
            (self.CLASS_FIELD, self.tr("Licence class column (heading)")),
        ):
            parameter = QgsProcessingParameterString(name, label, optional=True)
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            parameter.setHelp(self.tr("The heading as written in the register; it wins over detection."))
            self.addParameter(parameter)
        category_map = QgsProcessingParameterFile(
            self.CATEGORY_MAP,
            self.tr("Licence class to category map (CSV or JSON)"),
            behavior=QgsProcessingParameterFile.File,
            optional=True,
            fileFilter=self.tr("Category maps (*.csv *.json)"),
        )
        category_map.setFlags(category_map.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        category_map.setHelp(self.tr(
            "Two columns: licence_class, category (on_premise, off_premise, occasional, unknown). "
            "Its classes win over the bundled Belize mapping; other classes keep the default."
        ))
        self.addParameter(category_map)
        reference = QgsProcessingParameterString(
            self.REFERENCE_DATE, self.tr("Reference date for expiry (YYYY-MM-DD, empty = today)"), optional=True
        )
        reference.setFlags(reference.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(reference)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Licence register"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_READ, self.tr("Rows read")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_WITH_ISSUES, self.tr("Rows with issues")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("Choose a licence register file."))
        overrides = {
            "licence_id": self.parameterAsString(parameters, self.ID_FIELD, context),
            "premises": self.parameterAsString(parameters, self.NAME_FIELD, context),
            "address": self.parameterAsString(parameters, self.ADDRESS_FIELD, context),
            "licence_class": self.parameterAsString(parameters, self.CLASS_FIELD, context),
        }
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        try:
            table = read_register(
                path,
                sheet=self.parameterAsString(parameters, self.SHEET, context) or None,
                overrides=overrides,
                category_map=self.parameterAsFile(parameters, self.CATEGORY_MAP, context) or None,
                reference_date=self.parameterAsString(parameters, self.REFERENCE_DATE, context) or None,
                feedback=steps,
            )
        except RegisterError as error:
            raise QgsProcessingException(f"{error}") from error
        except MemoryError as error:
            raise QgsProcessingException(
                self.tr("{}: the register is too large for the memory of this computer. Split it, or save it as "
                        ".csv and try again.").format(path)
            ) from error
        except Exception as error:  # noqa: BLE001 (a file nobody foresaw: a message, never a traceback)
            raise QgsProcessingException(
                self.tr("{}: the register cannot be read ({}: {}). Open it in Excel or LibreOffice, save it again "
                        "as .xlsx or .csv and import that file.").format(path, type(error).__name__, f"{error}")
            ) from error

        original_names, added_names = output_field_names(table.headers)
        fields = QgsFields()
        for name in original_names:
            fields.append(make_field(name, STRING))
        for name in added_names:
            kind = DATE if name in DATE_FIELDS else INT if name in INTEGER_FIELDS else STRING
            fields.append(make_field(name, kind))
        points = table.has_points
        geometry_type = QgsWkbTypes.Point if points else QgsWkbTypes.NoGeometry
        crs = QgsCoordinateReferenceSystem("EPSG:32616") if points else QgsCoordinateReferenceSystem()
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields, geometry_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        steps.setCurrentStep(1)
        total = len(table.records)
        escaped = isinstance(sink, FormulaSafeSink)
        # A GeoPackage table (the usual destination): QGIS has created it, the rows go in
        # with one transaction. Any other destination: features through the sink.
        target = None if escaped or self.appends(parameters, self.OUTPUT) else gpkg_table_target(staged_location(dest_id))
        names = original_names + added_names
        with collector_paused():
            if target is not None:
                del sink
                self._write_gpkg(table, target, names, path, feedback, steps)
            else:
                self._write_features(table, sink, path, feedback, steps)
                del sink

        for line in table.summary_lines():
            feedback.pushInfo(line)
        for warning in table.warnings:
            feedback.pushWarning(warning)
        if escaped:
            feedback.pushInfo(self.tr("Cells starting with =, +, - or @ were escaped with an apostrophe for spreadsheets."))
        style_output(context, dest_id, "licence_register")
        return {
            self.OUTPUT: dest_id,
            self.ROWS_READ: total,
            self.ROWS_WITH_ISSUES: table.rows_with_issues,
        }

    def _write_gpkg(self, table, target, names, path, feedback, steps):
        try:
            write_register_gpkg(target[0], target[1], table.records, names, feedback, steps.setProgress)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("{}: the import was cancelled.").format(path)) from error
        except (FillError, sqlite3.Error, OSError) as error:
            raise QgsProcessingException(
                self.tr("{}: the output could not be written ({}).").format(path, error)) from error

    def _write_features(self, table, sink, path, feedback, steps):
        total = len(table.records)
        chunk = []
        qdates = {None: None}  # a register repeats a few hundred dates: convert each once
        writer = _BackgroundWriter(sink)
        try:
            for done, record in enumerate(table.records):
                feature = QgsFeature()  # attributes by position: no per-feature copy of the fields
                added = added_values(record)
                for position in DATE_POSITIONS:
                    value = added[position]
                    converted = qdates.get(value)
                    if converted is None and value is not None:
                        converted = qdates[value] = QDate(value.year, value.month, value.day)
                    added[position] = converted
                feature.setAttributes(record.values + added)
                if record.x is not None:
                    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record.x, record.y)))
                chunk.append(feature)
                if len(chunk) >= _CHUNK:
                    self._check_written(writer.put(chunk), path)
                    chunk = []
                    if feedback.isCanceled():
                        raise QgsProcessingException(self.tr("{}: the import was cancelled.").format(path))
                    steps.setProgress(100.0 * done / max(1, total))
            if chunk:
                self._check_written(writer.put(chunk), path)
        finally:
            failure = writer.close()
        self._check_written(failure, path)

    def _check_written(self, failure, path):
        if failure is not None:
            raise QgsProcessingException(self.tr("{}: the output could not be written ({}).").format(path, failure))


class _BackgroundWriter:
    """Writes chunks of features in a second thread: ``addFeatures`` releases the GIL, so
    building the next chunk overlaps writing this one (a 100,000-row register is written
    in about half the time on two cores). Only this thread touches the sink until
    ``close``; ``put`` and ``close`` give the first write error, or None."""

    def __init__(self, sink):
        self.sink = sink
        self.failure = None
        self.queue = queue.Queue(maxsize=2)
        self.thread = threading.Thread(target=self._run, name="importregister-writer", daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            chunk = self.queue.get()
            if chunk is None:
                return
            if self.failure is not None:
                continue
            try:
                if not self.sink.addFeatures(chunk, QgsFeatureSink.FastInsert):
                    self.failure = (self.sink.lastError() if hasattr(self.sink, "lastError") else "") or "?"
            except Exception as error:  # noqa: BLE001 (reported to the user by the algorithm)
                self.failure = f"{error}" or type(error).__name__

    def put(self, chunk):
        if self.failure is None:
            self.queue.put(chunk)
        return self.failure

    def close(self):
        self.queue.put(None)
        self.thread.join()
        self.sink = None  # the caller's ``del sink`` must close the file
        return self.failure
