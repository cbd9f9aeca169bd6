"""infosegura:proximityconflicts: outlets strictly closer than a distance to sensitive
community assets, as straight lines from the outlet to the asset."""

import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.cancel import CanceledError
from ...core.categories import category_keys, category_label, fold_category, parse_categories
from ...core.crs_checks import require_projected
from ...core.fields import DOUBLE, STRING, make_field
from ...core.layer_arrays import feature_from_wkb, first_field, read_points
from ...core.risk.conflicts import DEFAULT_CATEGORIES, category_mask, find_conflicts, line_wkbs, without_sensitive
from ...core.sensitive import load_policy, read_places
from ...core.styling import style_output
from .base import InfoSeguraAlgorithm, ProgressPart, RiskGroup

WRITE_CHUNK = 20_000


class ProximityConflictsAlgorithm(RiskGroup, InfoSeguraAlgorithm):
    OUTLETS = "OUTLETS"
    OUTLET_ID_FIELD = "OUTLET_ID_FIELD"
    OUTLET_NAME_FIELD = "OUTLET_NAME_FIELD"
    OUTLET_CATEGORY_FIELD = "OUTLET_CATEGORY_FIELD"
    ASSETS = "ASSETS"
    ASSET_ID_FIELD = "ASSET_ID_FIELD"
    ASSET_NAME_FIELD = "ASSET_NAME_FIELD"
    ASSET_CATEGORY_FIELD = "ASSET_CATEGORY_FIELD"
    CATEGORIES = "CATEGORIES"
    DISTANCE = "DISTANCE"
    OUTPUT = "OUTPUT"
    CONFLICT_COUNT = "CONFLICT_COUNT"
    ICON = "conflict"

    def name(self):
        return "proximityconflicts"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Proximity conflicts (outlets near schools, churches, ...)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "One straight line per licensed outlet and community asset strictly closer than the distance, "
            "drawn from the outlet to the asset, with both identities and categories and distance_m. Belize "
            "has no distance rule, so the distance is yours to set (metres).\n\n"
            "Categories: a comma-separated list of asset categories, matched without regard to case, accents, "
            "spaces, underscores, hyphens or plurals: 'school' takes 'Schools' but not 'preschool'.\n\n"
            "Sensitive places (shelters, victim services, safe houses and their Spanish names, or a true "
            "sensitive, confidential, restricted or private field; see the plugin settings) are never "
            "exported: a line ending at one would show where it is. Pairs with them are only counted in the "
            "log.\n\n"
            "The outlets must be in a projected CRS (metres); the assets are reprojected to it. Identity fields "
            "left empty are taken from licence_id / premises / category and asset_id / name when present."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        point = [QgsProcessing.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource(self.OUTLETS, self.tr("Licensed outlets"), point))
        self.addParameter(QgsProcessingParameterField(
            self.OUTLET_ID_FIELD, self.tr("Outlet identifier field (empty: licence_id)"), None, self.OUTLETS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.OUTLET_NAME_FIELD, self.tr("Outlet name field (empty: premises)"), None, self.OUTLETS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.OUTLET_CATEGORY_FIELD, self.tr("Outlet category field (empty: category)"), None, self.OUTLETS,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ASSETS, self.tr("Community assets"), point))
        self.addParameter(QgsProcessingParameterField(
            self.ASSET_ID_FIELD, self.tr("Asset identifier field (empty: asset_id)"), None, self.ASSETS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ASSET_NAME_FIELD, self.tr("Asset name field (empty: name)"), None, self.ASSETS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ASSET_CATEGORY_FIELD, self.tr("Asset category field"), "category", self.ASSETS))
        self.addParameter(QgsProcessingParameterString(
            self.CATEGORIES, self.tr("Asset categories (comma-separated)"), DEFAULT_CATEGORIES))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Distance (m): pairs strictly closer are conflicts"),
            QgsProcessingParameterNumber.Double, 100.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Proximity conflicts"), QgsProcessing.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICT_COUNT, self.tr("Number of conflicts")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        outlets = self.parameterAsSource(parameters, self.OUTLETS, context)
        assets = self.parameterAsSource(parameters, self.ASSETS, context)
        if outlets is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.OUTLETS))
        if assets is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ASSETS))
        crs = outlets.sourceCrs()
        require_projected(outlets, self.parameterDefinition(self.OUTLETS).description())
        require_projected(assets, self.parameterDefinition(self.ASSETS).description())
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        if not distance > 0:
            raise QgsProcessingException(self.tr("The distance must be more than 0 m."))
        categories = parse_categories(self.parameterAsString(parameters, self.CATEGORIES, context))
        if not categories:
            raise QgsProcessingException(self.tr("Give at least one asset category (for example: school, church)."))
        asset_category = self.parameterAsString(parameters, self.ASSET_CATEGORY_FIELD, context) or "category"
        if assets.fields().lookupField(asset_category) < 0:
            raise QgsProcessingException(self.tr("The assets layer {} has no field {}.").format(
                assets.sourceName(), asset_category))

        def field(source, name, guesses):
            requested = self.parameterAsString(parameters, name, context)
            found = first_field(source, requested, guesses)
            if requested and found is None:
                raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(
                    source.sourceName(), requested))
            return found

        o_id = field(outlets, self.OUTLET_ID_FIELD, ("licence_id", "id", "fid"))
        o_name = field(outlets, self.OUTLET_NAME_FIELD, ("premises", "name"))
        o_cat = field(outlets, self.OUTLET_CATEGORY_FIELD, ("category",))
        a_id = field(assets, self.ASSET_ID_FIELD, ("asset_id", "id", "fid"))
        a_name = field(assets, self.ASSET_NAME_FIELD, ("name",))
        policy = load_policy()
        sensitive_wanted = policy.sensitive_terms(categories)
        if sensitive_wanted:
            feedback.pushWarning(self.tr(
                "The categories {} are sensitive: conflicts with them are counted in this log, never written."
            ).format(", ".join(sensitive_wanted)))

        try:
            ox, oy, o_values = read_points(outlets, [o_id, o_name, o_cat], crs, context.transformContext(),
                                           feedback, (0, 30))
            ax, ay, a_values, hidden = read_places(assets, [a_id, a_name, asset_category], crs,
                                                   context.transformContext(), feedback, (30, 50),
                                                   asset_category, policy)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no conflict layer was written.")) from error
        if len(ox) == 0:
            raise QgsProcessingException(self.tr("The outlets layer {} has no point.").format(outlets.sourceName()))
        if len(ax) == 0:
            raise QgsProcessingException(self.tr("The assets layer {} has no point.").format(assets.sourceName()))

        asset_categories = a_values[asset_category]
        selected = category_mask(asset_categories, categories)
        present = category_keys(asset_categories)
        missing = [c for c in categories if fold_category(c) not in present]
        if missing:
            feedback.pushWarning(self.tr("No asset of {} has the category: {}").format(
                assets.sourceName(), ", ".join(missing)))
        try:
            pairs = find_conflicts(ox, oy, ax, ay, selected, distance, feedback=ProgressPart(feedback, 50, 70))
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no conflict layer was written.")) from error
        # A line ending at a shelter locates it: such pairs are counted, never written.
        pairs, near_sensitive = without_sensitive(pairs, hidden)
        if near_sensitive:
            feedback.pushWarning(self.tr(
                "{} outlets are closer than the distance to a shelter or other sensitive site; these pairs are "
                "not written, so the sites are never exposed.").format(near_sensitive))
        feedback.pushInfo(self.tr("{} outlet-asset pairs closer than {} m ({} assets of {} categories)").format(
            len(pairs), f"{distance:g}", int(selected.sum()), len(categories)))

        def column(values, key, index):
            if not key:
                return [None] * len(index)
            data = values[key]
            return [data[i] for i in index]

        o_idx, a_idx = pairs.outlet.tolist(), pairs.asset.tolist()
        names = column(a_values, a_name, a_idx)
        attributes = list(zip(
            column(o_values, o_id, o_idx), column(o_values, o_name, o_idx),
            [category_label(v) or None for v in column(o_values, o_cat, o_idx)],
            column(a_values, a_id, a_idx), names,
            [category_label(v) or None for v in column(a_values, asset_category, a_idx)],
            np.round(pairs.distance, 2).tolist(),
        ))
        wkbs = line_wkbs(ox[pairs.outlet], oy[pairs.outlet], ax[pairs.asset], ay[pairs.asset])
        dest_id = self._write(parameters, context, feedback, crs, attributes, wkbs)
        style_output(context, dest_id, "proximity_conflicts")
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.CONFLICT_COUNT: len(pairs)}

    def _write(self, parameters, context, feedback, crs, attributes, wkbs):
        fields = QgsFields()
        for name in ("outlet_id", "outlet_name", "outlet_category", "asset_id", "asset_name", "asset_category"):
            fields.append(make_field(name, STRING))
        fields.append(make_field("distance_m", DOUBLE))
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for start in range(0, len(wkbs), WRITE_CHUNK):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: the conflict layer is incomplete and must not be used."))
            features = [
                feature_from_wkb(fields, wkb, [None if v is None else (v if isinstance(v, float) else str(v))
                                               for v in values])
                for wkb, values in zip(wkbs[start:start + WRITE_CHUNK], attributes[start:start + WRITE_CHUNK])
            ]
            if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("Could not write the conflict layer: {}").format(sink.lastError()))
            feedback.setProgress(70 + 29.0 * min(start + WRITE_CHUNK, len(wkbs)) / max(len(wkbs), 1))
        del sink
        return dest_id

