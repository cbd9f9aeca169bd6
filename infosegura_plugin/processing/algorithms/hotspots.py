"""infosegura:hotspots: Getis–Ord Gi* hot and cold spots on polygons (numpy, no PySAL)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core import geometry_backend
from ...core.cancel import CanceledError
from ...core.crs_checks import require_projected
from ...core.fields import DOUBLE, INT, make_field
from ...core.layer_arrays import read_wkbs
from ...core.risk.gi_star import ConstantValuesError, GiStarError, classify, gi_star
from ...core.risk.hotspot_inputs import HotspotInputError, check_band, check_values, isolates_warning
from ...core.risk.neighbours import contiguity, distance_band, min_band_distance
from ...core.styling import style_output
from .base import InfoSeguraAlgorithm, ProgressPart, RiskGroup

OUTPUT_FIELDS = ("gi_z", "gi_p", "gi_class")
WRITE_CHUNK = 20_000


CONTIGUITY_TOLERANCE_M = 0.001


class HotspotsAlgorithm(RiskGroup, InfoSeguraAlgorithm):
    INPUT = "INPUT"
    FIELD = "FIELD"
    NEIGHBOURHOOD = "NEIGHBOURHOOD"
    DISTANCE = "DISTANCE"
    PERMUTATIONS = "PERMUTATIONS"
    FDR = "FDR"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    ICON = "hotspot"

    def name(self):
        return "hotspots"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Hot spots (Getis-Ord Gi*)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Getis-Ord Gi* hot spot analysis of a numeric field on polygons (for example the risk grid's "
            "outlet_count or risk_score). Each polygon's neighbourhood is itself plus the polygons that share "
            "an edge or a vertex with it (contiguity; gaps under 1 mm count as shared), or whose centroids lie "
            "within the distance band; weights "
            "are binary. The z-scores are those of PySAL esda G_Local(star=True) with binary weights.\n\n"
            "gi_z: the Gi* z-score. gi_p: the two-sided normal p-value, or with permutations the pseudo p-value "
            "of conditional permutations, two-sided: 2 (extreme + 1) / (permutations + 1), at most 1. gi_class: "
            "+3/-3 hot/cold spot at 99% confidence (p < 0.01), +2/-2 at 95% (p < 0.05), +1/-1 at 90% "
            "(p < 0.10), 0 not significant. With the false discovery rate correction the Benjamini-Hochberg "
            "procedure runs over all polygons, separately at each level.\n\n"
            "The output keeps the input polygons, their attributes and CRS. The layer must be in a projected "
            "CRS; at least 30 polygons with a value are needed; polygons without a value are kept with an "
            "empty result. Polygons without neighbours are reported and get gi_class 0 and no z-score. "
            "A distance band of 0 uses the smallest distance that gives every polygon a neighbour."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Polygons (for example the risk grid)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Value field"), "outlet_count", self.INPUT, QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterEnum(
            self.NEIGHBOURHOOD, self.tr("Neighbourhood"),
            [self.tr("Contiguity (sharing an edge or a vertex)"), self.tr("Distance band (centroids)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Distance band (m; 0 = smallest giving every polygon a neighbour)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERMUTATIONS, self.tr("Permutations (0 = analytic normal p-values)"),
            QgsProcessingParameterNumber.Integer, 0, minValue=0, maxValue=99_999))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FDR, self.tr("False discovery rate correction (Benjamini-Hochberg)"), False))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed for the permutations"), QgsProcessingParameterNumber.Integer, 1,
            minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hot spots"), QgsProcessing.TypeVectorPolygon))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer = source.sourceName()
        require_projected(source, self.parameterDefinition(self.INPUT).description())
        field = self.parameterAsString(parameters, self.FIELD, context)
        if source.fields().lookupField(field) < 0:
            raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(layer, field))
        band = self.parameterAsEnum(parameters, self.NEIGHBOURHOOD, context) == 1
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        use_fdr = self.parameterAsBool(parameters, self.FDR, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)

        fids, values, wkbs = self._read(source, field, layer, feedback)
        valid = np.isfinite(values) & np.array([w is not None for w in wkbs], dtype=bool)
        n = int(valid.sum())
        x = values[valid]
        try:
            check_values(x, layer, field)
        except HotspotInputError as error:
            raise QgsProcessingException(f"{error}") from error
        if n < len(values):
            feedback.pushWarning(self.tr(
                "{} polygons have no value in {} (or no geometry): they are kept with an empty result and "
                "are nobody's neighbour.").format(len(values) - n, field))

        try:
            neighbours = self._neighbours([w for w, ok in zip(wkbs, valid) if ok], band, distance, layer, feedback)
            del wkbs
            warning = isolates_warning(neighbours.isolates, n, layer, fids[valid])
            if warning:
                feedback.pushWarning(warning)
            if permutations:
                feedback.pushInfo(self.tr("Pseudo p-values from {} conditional permutations (seed {})").format(
                    permutations, seed))
                if permutations < 200:
                    feedback.pushWarning(self.tr(
                        "The smallest two-sided pseudo p-value of {} permutations is 2/{}: 99% hot and cold spots "
                        "need at least 200 permutations (999 is usual).").format(permutations, permutations + 1))
                if n * permutations * max(int(neighbours.cardinality.max()), 1) > 2_000_000_000:
                    feedback.pushWarning(self.tr(
                        "{} polygons x {} permutations will take minutes: analytic p-values (0 permutations) "
                        "are instant.").format(n, permutations))
            result = gi_star(x, neighbours.indptr, neighbours.indices, permutations, seed, ProgressPart(feedback, 50, 60))
        except HotspotInputError as error:
            raise QgsProcessingException(f"{error}") from error
        except ConstantValuesError as error:
            raise QgsProcessingException(self.tr("Every polygon of {} has the same {}.").format(layer, field)) from error
        except GiStarError as error:
            raise QgsProcessingException(self.tr("Gi* failed on {}: {}").format(layer, f"{error}")) from error
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no hot spot layer was written.")) from error
        classes = classify(result.z, result.p, fdr=use_fdr)
        self._report(classes, use_fdr, feedback)

        z = np.full(len(values), np.nan)
        p = np.full(len(values), np.nan)
        gi_class = np.zeros(len(values), dtype=np.int64)
        z[valid], p[valid], gi_class[valid] = result.z, result.p, classes
        dest_id = self._write(parameters, context, feedback, source, fids, z, p, gi_class)
        style_output(context, dest_id, "hotspots")
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _read(self, source, field, layer, feedback):
        try:
            fids, wkbs, columns = read_wkbs(source, [field], feedback, progress=(0, 30), every=5000)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no hot spot layer was written.")) from error
        if not fids:
            raise QgsProcessingException(self.tr("The layer {} has no features.").format(layer))
        values = [_float(v) for v in columns[field]]
        return np.array(fids, dtype=np.int64), np.array(values, dtype=np.float64), wkbs

    def _neighbours(self, wkbs, band, distance, layer, feedback):
        geometries = geometry_backend.from_wkb(wkbs)
        if not band:
            feedback.pushInfo(self.tr("Neighbours: contiguity (sharing an edge or a vertex)"))
            # Polygons closer than a millimetre share their edge: computed grids (hexagon
            # vertices involve sqrt(3)) and digitised boundaries rarely meet exactly.
            return contiguity(geometries, tolerance=CONTIGUITY_TOLERANCE_M, feedback=ProgressPart(feedback, 30, 50))
        x, y = geometry_backend.centroids_xy(geometries)
        if distance <= 0:
            distance = min_band_distance(x, y)
            if distance <= 0:
                raise QgsProcessingException(self.tr("The polygons' centroids all coincide: no distance band fits."))
            distance *= 1.0 + 1e-9
        pairs = check_band(x, y, distance, layer)
        feedback.pushInfo(self.tr("Neighbours: centroids within {} m (about {} per polygon)").format(
            f"{distance:.1f}", f"{pairs / max(len(x), 1):.1f}"))
        return distance_band(x, y, distance, feedback=ProgressPart(feedback, 30, 50))

    def _report(self, classes, use_fdr, feedback):
        labels = {3: self.tr("hot spot 99%"), 2: self.tr("hot spot 95%"), 1: self.tr("hot spot 90%"),
                  -1: self.tr("cold spot 90%"), -2: self.tr("cold spot 95%"), -3: self.tr("cold spot 99%")}
        counts = ", ".join(f"{int((classes == k).sum())} {labels[k]}" for k in (3, 2, 1, -1, -2, -3))
        feedback.pushInfo(self.tr("Gi* classes: {}").format(counts))
        if use_fdr:
            feedback.pushInfo(self.tr("Significance with the Benjamini-Hochberg false discovery rate correction"))

    def _write(self, parameters, context, feedback, source, fids, z, p, gi_class):
        kept = [f for f in source.fields() if f.name().lower() not in OUTPUT_FIELDS]
        fields = QgsFields()
        for f in kept:
            fields.append(f)
        fields.append(make_field("gi_z", DOUBLE))
        fields.append(make_field("gi_p", DOUBLE))
        fields.append(make_field("gi_class", INT))
        source_index = [source.fields().indexOf(f.name()) for f in kept]
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        order = np.argsort(fids)
        sorted_fids = fids[order]
        total = max(len(fids), 1)
        batch = []
        for count, feature in enumerate(source.getFeatures()):
            if count % 1000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled: the hot spot layer is incomplete and must not be used."))
                feedback.setProgress(60 + 39.0 * count / total)
            k = order[np.searchsorted(sorted_fids, feature.id())]
            attributes = feature.attributes()
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([attributes[i] for i in source_index] + [
                None if np.isnan(z[k]) else float(z[k]),
                None if np.isnan(p[k]) else float(p[k]),
                int(gi_class[k]),
            ])
            batch.append(out)
            if len(batch) >= WRITE_CHUNK:
                self._add(sink, batch)
                batch = []
        self._add(sink, batch)
        del sink
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled: the hot spot layer is incomplete and must not be used."))
        return dest_id

    def _add(self, sink, features):
        if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.tr("Could not write the hot spot layer: {}").format(sink.lastError()))


def _float(value):
    """An attribute value as a float; NaN for NULL or text."""
    try:
        return float(value) if value is not None and value == value else np.nan
    except (TypeError, ValueError):
        return np.nan
