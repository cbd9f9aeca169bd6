"""infosegura:emerginghotspots: new, intensifying, persistent, fading ... hot and cold spots
over several periods of incidents or registers (a space-time cube on the analysis grid)."""

import datetime as dt

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ...core.fields import DOUBLE, INT, INT64, STRING, make_field
from ...core.layer_arrays import feature_from_wkb, read_points
from ...core.risk.grid import (
    HEXAGON,
    MAX_LATTICE_CELLS,
    SQUARE,
    CanceledError,
    count_points,
    make_lattice,
    select_cells,
)
from ...core.risk.neighbours import lattice_neighbours
from ...core.seasons.emerging import CUBE as WHOLE_CUBE
from ...core.seasons.emerging import PATTERNS, WINDOW, CubeError, bins_text, emerging_hot_spots
from ...core.seasons.periods import INTERVALS, assign_periods
from ...core.styling import style_output
from .base import InfoSeguraAlgorithm, ProgressPart, RiskGroup
from .risk_terrain import polygon_wkbs

MAX_PERIOD_COLUMNS = 60
WRITE_CHUNK = 20_000


class EmergingHotspotsAlgorithm(RiskGroup, InfoSeguraAlgorithm):
    EVENTS = "EVENTS"
    PERIOD_FIELD = "PERIOD_FIELD"
    INTERVAL = "INTERVAL"
    PERIOD_LAYERS = "PERIOD_LAYERS"
    STUDY_AREA = "STUDY_AREA"
    CELL_SIZE = "CELL_SIZE"
    GRID_TYPE = "GRID_TYPE"
    TIME_WINDOW = "TIME_WINDOW"
    GLOBAL_WINDOW = "GLOBAL_WINDOW"
    CONFIDENCE = "CONFIDENCE"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    CUBE = "CUBE"
    ICON = "emerging_hotspots"

    def name(self):
        return "emerginghotspots"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Emerging hot spots (space-time)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Where hot spots of incidents or licensed premises are new, growing, lasting or fading, over three "
            "or more periods (ten or more give trends a chance to be significant). The points are counted in "
            "every cell of a hexagon or square grid over the study area in every period (a space-time cube). "
            "Each bin (cell and period) gets the Getis-Ord Gi* z-score of its neighbourhood: the cell and the "
            "cells sharing an edge or a vertex with it, in its period and the previous periods of the time "
            "window, compared with all bins of the cube (or of the time window). p-values are two-sided normal, "
            "with the Benjamini-Hochberg false discovery rate correction over all bins when ticked. The "
            "Mann-Kendall test gives the trend of each cell's z-scores (trend_z, trend_p, trend_tau).\n\n"
            "Patterns, as defined for ArcGIS Pro's Emerging Hot Spot Analysis (n periods; 'hot' = a "
            "significant hot spot bin at the chosen confidence):\n"
            "new: hot in the final period and never before. consecutive: one uninterrupted run of at least two "
            "hot periods at the end, never hot before it, less than 90% of the periods hot. intensifying: hot "
            "in at least 90% of the periods including the final one, with a significant upward trend. "
            "persistent: the same without a significant trend. diminishing: the same with a significant "
            "downward trend. sporadic: hot in the final period, on and off before, less than 90% hot, never "
            "cold. oscillating: hot in the final period, a cold spot in some earlier period, less than 90% hot. "
            "historical: not hot in the final period but hot in at least 90% of the periods. Cold spots mirror "
            "them. Where two definitions overlap the first listed wins; everything else is no_pattern.\n\n"
            "Give either one layer with a period field (numbers or text, one period per value; or dates, binned "
            "by year, quarter or month, quiet periods included) or several layers, one per period, oldest "
            "first. Output per cell: pattern, bins (one character per period: + hot, - cold, . neither), "
            "hot_periods, cold_periods, the trend, the final z-score and class, the total count and, for up to "
            "60 periods, count_<i>, gi_z_<i> and gi_class_<i> (i = 1 for the oldest). The optional cube table "
            "has one row per cell and period."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EVENTS, self.tr("Points with a period (incidents, premises)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PERIOD_FIELD, self.tr("Period field (a period number or label, or a date)"), "period", self.EVENTS,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.INTERVAL, self.tr("Periods"),
            [self.tr("Each value of the field"), self.tr("Years (dates)"), self.tr("Quarters (dates)"),
             self.tr("Months (dates)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PERIOD_LAYERS, self.tr("Or: one point layer per period, oldest first (registers)"),
            QgsProcessing.TypeVectorPoint, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), QgsProcessingParameterNumber.Double, 200.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GRID_TYPE, self.tr("Grid type"), [self.tr("Hexagon"), self.tr("Square")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TIME_WINDOW, self.tr("Time window (earlier periods in each neighbourhood)"),
            QgsProcessingParameterNumber.Integer, 1, minValue=0))
        window = QgsProcessingParameterEnum(
            self.GLOBAL_WINDOW, self.tr("Compare each bin with"),
            [self.tr("All bins of the cube"), self.tr("The bins of its time window")], defaultValue=0)
        window.setFlags(window.flags() | window.FlagAdvanced)
        self.addParameter(window)
        self.addParameter(QgsProcessingParameterEnum(
            self.CONFIDENCE, self.tr("Significant at"), ["90%", "95%", "99%"], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FDR, self.tr("False discovery rate correction (Benjamini-Hochberg)"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Emerging hot spots"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CUBE, self.tr("Space-time cube (one row per cell and period)"), QgsProcessing.TypeVector,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("PERIODS", self.tr("Periods")))
        self.addOutput(QgsProcessingOutputNumber("CELLS", self.tr("Cells")))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        area_name, crs, rings, area_wkb, bbox = self._study_area(parameters, context)
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        kind = (HEXAGON, SQUARE)[self.parameterAsEnum(parameters, self.GRID_TYPE, context)]
        cells = (bbox[2] - bbox[0] + 4 * cell_size) * (bbox[3] - bbox[1] + 2 * cell_size) / (0.8 * cell_size ** 2)
        if cells > MAX_LATTICE_CELLS:
            raise QgsProcessingException(self.tr(
                "A {} m grid over the study area {} would need about {} million cells: use a larger cell size."
            ).format(f"{cell_size:g}", area_name, f"{cells / 1e6:.0f}"))
        try:
            labels, x, y, period = self._events(parameters, context, crs, feedback)
            feedback.pushInfo(self.tr("Periods, oldest first: {}").format(", ".join(labels)))
            lattice = make_lattice(bbox, cell_size, kind)
            flat = select_cells(lattice, rings, area_wkb, ProgressPart(feedback, 20, 30))
            counts = np.vstack([count_points(lattice, flat, x[period == t], y[period == t]) for t in range(len(labels))])
            outside = len(x) - int(counts.sum())
            if outside:
                feedback.pushInfo(self.tr("{} points lie outside the grid over {} and are not counted.").format(
                    outside, area_name))
            col, row = lattice.from_flat(flat)
            neighbours = lattice_neighbours(col, row, kind)
            result = emerging_hot_spots(
                counts, neighbours.indptr, neighbours.indices,
                self.parameterAsInt(parameters, self.TIME_WINDOW, context),
                (WHOLE_CUBE, WINDOW)[self.parameterAsEnum(parameters, self.GLOBAL_WINDOW, context)],
                level=3 - self.parameterAsEnum(parameters, self.CONFIDENCE, context),
                fdr=self.parameterAsBool(parameters, self.FDR, context),
                feedback=ProgressPart(feedback, 30, 60))
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: nothing was written.")) from error
        except CubeError as error:
            raise QgsProcessingException(self.tr("No emerging hot spot analysis of {}: {}").format(
                area_name, f"{error}")) from error
        for t in result.gi.constant_periods:
            feedback.pushWarning(self.tr("Period {} has the same count in every cell: no hot or cold spot in it.").format(
                labels[t]))
        self._report(result, feedback)
        dest_id = self._write(parameters, context, feedback, crs, lattice, flat, labels, counts, result)
        style_output(context, dest_id, "emerging_hotspots")
        outputs = {self.OUTPUT: dest_id, "PERIODS": len(labels), "CELLS": len(flat)}
        cube = self._write_cube(parameters, context, feedback, lattice, flat, labels, counts, result)
        if cube is not None:
            outputs[self.CUBE] = cube
        feedback.setProgress(100)
        return outputs

    # ------------------------------------------------------------------ inputs

    def _study_area(self, parameters, context):
        source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.STUDY_AREA))
        crs = source.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(self.tr(
                "The study area {} is in a geographic CRS ({}): cell sizes need metres. Reproject it to a "
                "projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first."
            ).format(source.sourceName(), crs.authid() or self.tr("unknown")))
        geometries = [f.geometry() for f in source.getFeatures(QgsFeatureRequest().setNoAttributes())
                      if f.hasGeometry() and not f.geometry().isEmpty()]
        if not geometries:
            raise QgsProcessingException(self.tr("The study area {} has no polygon.").format(source.sourceName()))
        area = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
        if QgsWkbTypes.isCurvedType(area.wkbType()):
            area = QgsGeometry(area.constGet().segmentize())
        area.convertToMultiType()
        rings = [np.array([(p.x(), p.y()) for p in ring]) for polygon in area.asMultiPolygon() for ring in polygon]
        box = area.boundingBox()
        return (source.sourceName(), crs, rings, bytes(area.asWkb()),
                (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))

    def _events(self, parameters, context, crs, feedback):
        events = self.parameterAsSource(parameters, self.EVENTS, context)
        layers = self.parameterAsLayerList(parameters, self.PERIOD_LAYERS, context)
        if (events is None) == (not layers):
            raise QgsProcessingException(self.tr(
                "Give either a point layer with a period field, or one point layer per period (not both)."))
        if layers:
            return self._period_layers(layers, context, crs, feedback)
        field = self.parameterAsString(parameters, self.PERIOD_FIELD, context)
        if not field or events.fields().lookupField(field) < 0:
            raise QgsProcessingException(self.tr(
                "The layer {} has no period field {}: choose the field that holds each point's period or date."
            ).format(events.sourceName(), field or "?"))
        x, y, values = read_points(events, [field], crs, context.transformContext(), feedback, (0, 20))
        interval = INTERVALS[self.parameterAsEnum(parameters, self.INTERVAL, context)]
        labels, index = assign_periods([_python_value(v) for v in values[field]], interval)
        index = np.array(index, dtype=np.int64)
        missing = int((index < 0).sum())
        if missing:
            feedback.pushWarning(self.tr("{} points of {} have no readable period in {} and are left out.").format(
                missing, events.sourceName(), field))
        if len(labels) < 3:
            raise QgsProcessingException(self.tr(
                "The layer {} has {} periods in {}: emerging hot spots need at least three (ten or more for "
                "trends to be significant).").format(events.sourceName(), len(labels), field))
        return labels, x, y, index

    def _period_layers(self, layers, context, crs, feedback):
        if len(layers) < 3:
            raise QgsProcessingException(self.tr(
                "{} layers given: emerging hot spots need at least three periods (ten or more for trends to be "
                "significant).").format(len(layers)))
        xs, ys, periods, labels = [], [], [], []
        for t, layer in enumerate(layers):
            x, y, _values = read_points(layer, [], crs, context.transformContext(), feedback)
            xs.append(x)
            ys.append(y)
            periods.append(np.full(len(x), t, dtype=np.int64))
            labels.append(layer.name())
            feedback.setProgress(20.0 * (t + 1) / len(layers))
        return labels, np.concatenate(xs), np.concatenate(ys), np.concatenate(periods)

    def _report(self, result, feedback):
        names = {pattern: int((result.patterns == pattern).sum()) for pattern in PATTERNS}
        found = ", ".join(f"{count} {pattern}" for pattern, count in names.items() if count and pattern != "no_pattern")
        feedback.pushInfo(self.tr("Patterns: {} ({} cells without a pattern)").format(
            found or self.tr("none"), names["no_pattern"]))

    # ------------------------------------------------------------------ outputs

    def _write(self, parameters, context, feedback, crs, lattice, flat, labels, counts, result):
        periods = len(labels)
        wide = periods <= MAX_PERIOD_COLUMNS
        if not wide:
            feedback.pushInfo(self.tr("More than {} periods: the per-period columns are only in the cube table.").format(
                MAX_PERIOD_COLUMNS))
        fields = QgsFields()
        fields.append(make_field("cell_id", INT64))
        fields.append(make_field("pattern", STRING, 20))
        fields.append(make_field("bins", STRING))
        for name in ("hot_periods", "cold_periods", "total"):
            fields.append(make_field(name, INT))
        for name in ("trend_z", "trend_p", "trend_tau", "final_gi_z"):
            fields.append(make_field(name, DOUBLE))
        fields.append(make_field("final_gi_class", INT))
        if wide:
            for t in range(periods):
                fields.append(make_field(f"count_{t + 1}", INT))
            for t in range(periods):
                fields.append(make_field(f"gi_z_{t + 1}", DOUBLE))
            for t in range(periods):
                fields.append(make_field(f"gi_class_{t + 1}", INT))
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        col, row = lattice.from_flat(flat)
        ids = lattice.cell_ids(col, row)
        gi, trend = result.gi, result.trend
        z = np.round(gi.z, 6)
        n = len(flat)
        for start in range(0, n, WRITE_CHUNK):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: the layer is incomplete and must not be used."))
            stop = min(start + WRITE_CHUNK, n)
            wkbs = polygon_wkbs(lattice.ring_coords(col[start:stop], row[start:stop]))
            batch = []
            for k, wkb in zip(range(start, stop), wkbs):
                values = [int(ids[k]), result.patterns[k],
                          bins_text(result.hot[:, k], result.cold[:, k], np.isfinite(gi.z[:, k])),
                          int(result.hot[:, k].sum()), int(result.cold[:, k].sum()), int(counts[:, k].sum()),
                          _num(trend.z[k]), _num(trend.p[k]), _num(trend.tau[k]), _num(z[-1, k]),
                          int(gi.gi_class[-1, k])]
                if wide:
                    values += counts[:, k].astype(int).tolist()
                    values += [_num(v) for v in z[:, k]]
                    values += gi.gi_class[:, k].astype(int).tolist()
                batch.append(feature_from_wkb(fields, wkb, values))
            if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("Could not write the layer: {}").format(sink.lastError()))
            feedback.setProgress(60 + 35 * stop / max(n, 1))
        del sink
        return dest_id

    def _write_cube(self, parameters, context, feedback, lattice, flat, labels, counts, result):
        fields = QgsFields()
        fields.append(make_field("cell_id", INT64))
        fields.append(make_field("period_index", INT))
        fields.append(make_field("period", STRING))
        fields.append(make_field("count", INT))
        fields.append(make_field("gi_z", DOUBLE))
        fields.append(make_field("gi_p", DOUBLE))
        fields.append(make_field("gi_class", INT))
        sink, dest_id = self.output_sink(parameters, self.CUBE, context, fields, QgsWkbTypes.NoGeometry,
                                         QgsCoordinateReferenceSystem())
        if sink is None:
            return None
        ids = lattice.cell_ids(*lattice.from_flat(flat))
        gi = result.gi
        for k in range(len(flat)):
            if k % 2000 == 0 and feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: the cube table is incomplete and must not be used."))
            batch = []
            for t, label in enumerate(labels):
                feature = QgsFeature(fields)
                feature.setAttributes([int(ids[k]), t + 1, label, int(counts[t, k]), _num(np.round(gi.z[t, k], 6)),
                                       _num(gi.p[t, k]), int(gi.gi_class[t, k])])
                batch.append(feature)
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        del sink
        return dest_id


def _num(value):
    value = float(value)
    return value if np.isfinite(value) else None


def _python_value(value):
    """QDate/QDateTime as Python dates; anything else as is."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value
