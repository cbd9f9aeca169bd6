"""infosegura:compareregisters: what changed between two licence registers."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import geometry_backend
from ...core.cancel import CanceledError
from ...core.fields import DOUBLE, INT, INT64, STRING, make_field
from ...core.layer_arrays import feature_from_wkb, read_wkbs
from ...core.risk.community_profiles import locate
from ...core.seasons.change_summary import summarise_by_area
from ...core.seasons.register_changes import CHANGES, MOVED, compare_registers, count_changes
from ...core.seasons.register_rows import guess_fields, read_register
from ...core.styling import style_output
from .base import InfoSeguraAlgorithm, ProgressPart, RegisterGroup

SIDE_BY_SIDE = (
    ("licence_id", "licence_id"), ("premises", "premises"), ("licensee", "licensee"), ("address", "address"),
    ("class", "licence_class"), ("category", "category"), ("issued", "issued"), ("expiry", "expiry"),
)


class CompareRegistersAlgorithm(RegisterGroup, InfoSeguraAlgorithm):
    OLD = "OLD"
    NEW = "NEW"
    KEY_FIELD = "KEY_FIELD"
    NAME_FIELD = "NAME_FIELD"
    ADDRESS_FIELD = "ADDRESS_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    MOVE_DISTANCE = "MOVE_DISTANCE"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    OUTPUT = "OUTPUT"
    MOVES = "MOVES"
    SUMMARY = "SUMMARY"
    ICON = "register_changes"

    def name(self):
        return "compareregisters"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Compare two registers (what changed)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Compares an earlier and a later licence register (any two periods, usually geocoded) and lists "
            "every premises once, with change = new, closed, moved, class_changed, renewed or unchanged and "
            "its old and new values side by side (old_licence_id / new_licence_id, old_premises / "
            "new_premises, ... old_expiry / new_expiry), changed_fields (every value that differs), "
            "matched_by, match_score (0-100) and distance_m.\n\n"
            "Matching: first by licence number (case, spaces and punctuation ignored); then, for premises "
            "whose number changed, by a similar premises name (typos, '&' or 'and', accents ignored) plus a "
            "similar address (read like the geocoder reads it: 'Ave.' or 'Avenue', 'Calle X' or 'X Street', "
            "town names ignored), the same licensee or a place within the move distance. A row entered twice "
            "in one register counts once (duplicates).\n\n"
            "moved: placed more than the move distance apart at a different address (a premises geocoded "
            "differently at the same address has not moved). class_changed: another class of licence. "
            "renewed: a new licence number, issue or expiry date. unchanged: none of these.\n\n"
            "Also written: a line from the old to the new place of each moved premises, and with "
            "neighbourhoods a summary per neighbourhood: old_outlets, new_outlets, new, closed, moved_in, "
            "moved_out, net (= new_outlets - old_outlets) and, with a population, the same per 1,000 "
            "residents. Only premises with a point count in a neighbourhood: give the geocoded registers "
            "(select gc_status = 'matched' to leave out rows to review)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        any_geometry = [QgsProcessing.TypeVector]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OLD, self.tr("Earlier register (geocoded premises)"), any_geometry))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NEW, self.tr("Later register (geocoded premises)"), any_geometry))
        self.addParameter(QgsProcessingParameterField(
            self.KEY_FIELD, self.tr("Licence number field (in both registers)"), "licence_id", self.NEW))
        for name, label, default in (
            (self.NAME_FIELD, self.tr("Premises name field"), "premises"),
            (self.ADDRESS_FIELD, self.tr("Address field"), "address"),
            (self.CLASS_FIELD, self.tr("Licence class field"), "licence_class"),
        ):
            parameter = QgsProcessingParameterField(name, label, default, self.NEW, optional=True)
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterNumber(
            self.MOVE_DISTANCE, self.tr("Moved when farther apart than (m)"), QgsProcessingParameterNumber.Double,
            50.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Neighbourhoods for the summary (optional)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME_FIELD, self.tr("Neighbourhood name field"), "name", self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty: 'population' when present)"), None, self.AREAS,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Register changes"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MOVES, self.tr("Moves (old place to new place)"), QgsProcessing.TypeVectorLine, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Changes per neighbourhood"), QgsProcessing.TypeVectorPolygon, optional=True,
            createByDefault=True))
        for change in CHANGES:
            self.addOutput(QgsProcessingOutputNumber(f"{change.upper()}_COUNT", change))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        old = self._source(parameters, self.OLD, context)
        new = self._source(parameters, self.NEW, context)
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        crs = self._working_crs(old, new, areas)
        move_distance = self.parameterAsDouble(parameters, self.MOVE_DISTANCE, context)
        requested = {
            "licence_id": self.parameterAsString(parameters, self.KEY_FIELD, context),
            "premises": self.parameterAsString(parameters, self.NAME_FIELD, context),
            "address": self.parameterAsString(parameters, self.ADDRESS_FIELD, context),
            "licence_class": self.parameterAsString(parameters, self.CLASS_FIELD, context),
        }
        try:
            old_rows = self._rows(old, requested, crs, context, feedback, (0, 15))
            new_rows = self._rows(new, requested, crs, context, feedback, (15, 30))
            changes = compare_registers(old_rows, new_rows, move_distance, ProgressPart(feedback, 30, 60))
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: nothing was written.")) from error
        counts = count_changes(changes)
        duplicates = sum(c.duplicates for c in changes)
        feedback.pushInfo(self.tr("{} premises: {} new, {} closed, {} moved, {} changed class, {} renewed, "
                                  "{} unchanged").format(len(changes), *[counts[c] for c in CHANGES]))
        if duplicates:
            feedback.pushInfo(self.tr("{} repeated rows (a premises entered twice in a register) were counted with "
                                      "their premises.").format(duplicates))

        area_names = None
        summary = None
        if areas is not None:
            area_wkbs, area_geometries, area_names, population = self._areas(parameters, context, areas, crs, feedback)
            summary = summarise_by_area(changes, area_geometries, area_names, population)
        outputs = {self.OUTPUT: self._write_changes(parameters, context, feedback, crs, changes,
                                                    area_geometries if areas is not None else None, area_names)}
        style_output(context, outputs[self.OUTPUT], "register_changes")
        moves = self._write_moves(parameters, context, crs, changes, move_distance)
        if moves is not None:
            outputs[self.MOVES] = moves
            style_output(context, moves, "register_moves")
        if summary is not None:
            written = self._write_summary(parameters, context, areas.sourceCrs(), areas.wkbType(), area_wkbs, summary)
            if written is not None:
                outputs[self.SUMMARY] = written
                style_output(context, written, "register_change_summary")
        elif self.SUMMARY in parameters and parameters[self.SUMMARY]:
            feedback.pushInfo(self.tr("No neighbourhoods given: no summary per neighbourhood."))
        outputs.update({f"{change.upper()}_COUNT": counts[change] for change in CHANGES})
        feedback.setProgress(100)
        return outputs

    # ------------------------------------------------------------------ inputs

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _working_crs(self, old, new, areas):
        for source in (new, old, areas):
            if source is not None and source.sourceCrs().isValid() and not source.sourceCrs().isGeographic():
                return source.sourceCrs()
        raise QgsProcessingException(self.tr(
            "The registers {} and {} are in a geographic CRS: distances need metres. Reproject one of them to a "
            "projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first.").format(old.sourceName(), new.sourceName()))

    def _rows(self, source, requested, crs, context, feedback, progress):
        fields = guess_fields(source, requested)
        key = requested["licence_id"]
        if fields.licence_id is None:
            raise QgsProcessingException(self.tr(
                "The register {} has no field {}: choose its licence number field, or import it with "
                "infosegura:importregister (which writes licence_id).").format(source.sourceName(), key))
        if fields.premises is None and fields.address is None:
            raise QgsProcessingException(self.tr(
                "The register {} has neither a premises name nor an address field: premises cannot be matched "
                "when their licence numbers change.").format(source.sourceName()))
        rows = read_register(source, fields, crs, context.transformContext(), ProgressPart(feedback, *progress))
        if not rows:
            raise QgsProcessingException(self.tr("The register {} has no rows.").format(source.sourceName()))
        return rows

    def _areas(self, parameters, context, areas, crs, feedback):
        if not areas.sourceCrs().isValid():
            raise QgsProcessingException(self.tr("The neighbourhoods layer {} has no CRS.").format(areas.sourceName()))
        name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or "name"
        if areas.fields().lookupField(name_field) < 0:
            raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(areas.sourceName(), name_field))
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if population_field and areas.fields().lookupField(population_field) < 0:
            raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(
                areas.sourceName(), population_field))
        if not population_field and areas.fields().lookupField("population") >= 0:
            population_field = areas.fields().at(areas.fields().lookupField("population")).name()
        wanted = [name_field] + ([population_field] if population_field else [])
        _fids, all_wkbs, values = read_wkbs(areas, wanted, feedback)
        kept = [i for i, wkb in enumerate(all_wkbs) if wkb is not None]
        if not kept:
            raise QgsProcessingException(self.tr("The neighbourhoods layer {} has no polygon.").format(areas.sourceName()))
        wkbs = [all_wkbs[i] for i in kept]
        geometries = geometry_backend.from_wkb(wkbs)
        if areas.sourceCrs() != crs:
            geometries = self._reproject(wkbs, areas.sourceCrs(), crs, context)
        names = [values[name_field][i] for i in kept]
        population = [_float(values[population_field][i]) for i in kept] if population_field else None
        return wkbs, geometry_backend.make_valid(geometries), names, population

    def _reproject(self, wkbs, from_crs, to_crs, context):
        transform = QgsCoordinateTransform(from_crs, to_crs, context.transformContext())
        out = []
        for wkb in wkbs:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            geometry.transform(transform)
            out.append(bytes(geometry.asWkb()))
        return geometry_backend.from_wkb(out)

    # ------------------------------------------------------------------ outputs

    def _write_changes(self, parameters, context, feedback, crs, changes, area_geometries, area_names):
        fields = QgsFields()
        fields.append(make_field("change", STRING, 16))
        fields.append(make_field("matched_by", STRING, 16))
        fields.append(make_field("match_score", DOUBLE))
        fields.append(make_field("distance_m", DOUBLE))
        fields.append(make_field("changed_fields", STRING))
        fields.append(make_field("duplicates", INT))
        for suffix, _attribute in SIDE_BY_SIDE:
            fields.append(make_field(f"old_{suffix}", STRING))
            fields.append(make_field(f"new_{suffix}", STRING))
        if area_geometries is not None:
            fields.append(make_field("old_area", STRING))
            fields.append(make_field("new_area", STRING))
        fields.append(make_field("old_fid", INT64))
        fields.append(make_field("new_fid", INT64))
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        old_area = new_area = None
        if area_geometries is not None:
            old_area = self._area_names(area_geometries, area_names, [c.old for c in changes])
            new_area = self._area_names(area_geometries, area_names, [c.new for c in changes])
        total = max(len(changes), 1)
        for k, change in enumerate(changes):
            if k % 500 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled: the change layer is incomplete and must not be used."))
                feedback.setProgress(60 + 30 * k / total)
            feature = QgsFeature(fields)
            place = change.new if change.new is not None and change.new.located else change.old
            if place is not None and place.located:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(place.x, place.y)))
            values = [change.change, change.matched_by or None, change.score,
                      None if change.distance_m is None else round(change.distance_m, 1),
                      ", ".join(change.changed_fields) or None, change.duplicates]
            for _suffix, attribute in SIDE_BY_SIDE:
                values.append(_value(change.old, attribute))
                values.append(_value(change.new, attribute))
            if old_area is not None:
                values += [old_area[k], new_area[k]]
            values += [change.old.fid if change.old else None, change.new.fid if change.new else None]
            feature.setAttributes(values)
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("Could not write the change layer: {}").format(sink.lastError()))
        del sink
        return dest_id

    def _area_names(self, area_geometries, area_names, records):
        x = np.array([p.x if p is not None else np.nan for p in records])
        y = np.array([p.y if p is not None else np.nan for p in records])
        out = [None] * len(records)
        ok = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
        if len(ok):
            where = locate(area_geometries, x[ok], y[ok])
            for k, w in zip(ok, where):
                out[k] = str(area_names[w]) if w >= 0 and area_names[w] is not None else None
        return out

    def _write_moves(self, parameters, context, crs, changes, move_distance):
        fields = QgsFields()
        for name in ("old_licence_id", "new_licence_id", "premises", "old_address", "new_address"):
            fields.append(make_field(name, STRING))
        fields.append(make_field("distance_m", DOUBLE))
        sink, dest_id = self.output_sink(parameters, self.MOVES, context, fields, QgsWkbTypes.LineString, crs)
        if sink is None:
            return None
        for change in changes:
            if change.change != MOVED or change.distance_m is None:
                continue
            old, new = change.old, change.new
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(old.x, old.y), QgsPointXY(new.x, new.y)]))
            feature.setAttributes([old.licence_id, new.licence_id, new.premises or old.premises, old.address,
                                   new.address, round(change.distance_m, 1)])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        del sink
        return dest_id

    def _write_summary(self, parameters, context, crs, wkb_type, wkbs, summary):
        fields = QgsFields()
        fields.append(make_field("name", STRING))
        fields.append(make_field("population", DOUBLE))
        for name in summary.counts:
            fields.append(make_field(name, INT))
        for name in summary.per_1000:
            fields.append(make_field(f"{name}_per_1000", DOUBLE))
        sink, dest_id = self.output_sink(parameters, self.SUMMARY, context, fields, QgsWkbTypes.multiType(wkb_type),
                                         crs)
        if sink is None:
            return None
        for i, wkb in enumerate(wkbs):
            row = summary.row(i)
            population = summary.population[i]
            values = [summary.names[i], None if population != population else float(population)]
            values += [row[name] for name in summary.counts]
            values += [None if row[f"{n}_per_1000"] != row[f"{n}_per_1000"] else round(row[f"{n}_per_1000"], 3)
                       for n in summary.per_1000]
            sink.addFeature(feature_from_wkb(fields, wkb, values, multi=True), QgsFeatureSink.FastInsert)
        del sink
        return dest_id


def _value(premises, attribute):
    if premises is None:
        return None
    return premises.value(attribute) or None


def _float(value):
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None
