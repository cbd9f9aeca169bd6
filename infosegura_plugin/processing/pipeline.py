"""The steps of ``infosegura:runanalysis``: each one an InfoSegura algorithm run as a child
of the pipeline (one progress bar, one cancel), writing into a private folder that is
moved into the results folder only when the analysis is complete.

Analysis (written aside, then moved into place): import -> geocode -> matched outlets ->
proximity conflicts -> risk terrain -> hot spots -> community profiles.
Sharing (when those algorithms are installed, from the results in place): bundle,
atlas, public export.
"""

import html
import json
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsVectorLayer,
)

from ..core.atomic_files import RUN_PREFIX
from ..core.styling import style_on_load
from ..i18n import tr

HOTSPOT_FIELDS = ("outlet_kde", "risk_score", "outlet_count")
GEOCODER_TOWN_PARAMETERS = ("STREET_TOWN_FIELD", "TOWNS", "TOWN_NAME_FIELD", "DEFAULT_TOWN")
RESULTS_NAME = "infosegura_results.gpkg"
REPORT_NAME = "risk_terrain_report.html"
RASTER_NAME = "risk_terrain.tif"
WORK_PREFIX = RUN_PREFIX

# Results tables: (table, style applied when loaded, layer name shown in the project).
TABLES = ("licence_register", "licensed_premises", "proximity_conflicts", "risk_terrain", "hot_spots",
          "community_profiles")
LOADED = (("community_profiles", "community_profiles"), ("hot_spots", "hotspots"),
          ("proximity_conflicts", "proximity_conflicts"), ("licensed_premises", "geocoded_premises"))


def geocoder_parameter_names() -> set:
    """Parameter names of the installed geocoding algorithm (empty when it cannot load)."""
    try:
        from .algorithms.geocode_addresses import GeocodeAddressesAlgorithm
    except ImportError:
        return set()
    algorithm = GeocodeAddressesAlgorithm()
    algorithm.initAlgorithm()
    return {p.name() for p in algorithm.parameterDefinitions()}


def table_uri(gpkg: Path, table: str) -> str:
    escaped = str(gpkg).replace("'", "''")
    return f"ogr:dbname='{escaped}' table=\"{table}\" (geom)"


def layer_uri(gpkg: Path, table: str) -> str:
    return f"{gpkg}|layername={table}"


@dataclass
class Summary:
    rows: int = 0
    matched: int = 0
    tied: int = 0
    unmatched: int = 0
    conflicts: int = 0
    top_communities: List[str] = field(default_factory=list)
    bundle: Optional[str] = None
    atlas: Optional[str] = None
    public_export: Optional[str] = None


class Pipeline:
    def __init__(self, algorithm, parameters, context: QgsProcessingContext, feedback):
        self.algorithm, self.parameters, self.context, self.feedback = algorithm, parameters, context, feedback
        self.folder = Path(algorithm.parameterAsString(parameters, algorithm.OUTPUT_FOLDER, context))
        self.results_path = self.folder / RESULTS_NAME
        self.sharing = [step for step in self._sharing_steps()
                        if QgsApplication.processingRegistry().algorithmById(step[0]) is not None]
        self.step_count = 7 + len(self.sharing)
        self.multi = QgsProcessingMultiStepFeedback(self.step_count, feedback)
        self.step = 0
        self.summary = Summary()

    # ---------------------------------------------------------------- helpers

    def _value(self, name):
        return self.parameters.get(name)

    def _string(self, name):
        return self.algorithm.parameterAsString(self.parameters, name, self.context) or None

    def _check_canceled(self, during=None):
        if self.feedback.isCanceled():
            if during:
                raise QgsProcessingException(tr("Canceled during {}: the results folder was not changed.").format(
                    during))
            raise QgsProcessingException(tr("Canceled: the results folder was not changed."))

    def _run(self, algorithm_id, parameters, title):
        """Run one step as a child algorithm; its error becomes the pipeline's, with the step named."""
        import processing

        self.multi.setCurrentStep(self.step)
        self._check_canceled(title)
        self.step += 1
        self.feedback.pushInfo(tr("Step {} of {}: {}").format(self.step, self.step_count, title))
        try:
            results = processing.run(algorithm_id, parameters, context=self.context, feedback=self.multi,
                                     is_child_algorithm=True)
        except QgsProcessingException as error:
            self._check_canceled(title)
            raise QgsProcessingException(tr("{} failed: {}").format(title, error)) from error
        self._check_canceled(title)
        return results

    # ---------------------------------------------------------------- the run

    def run(self) -> Summary:
        self.folder.mkdir(parents=True, exist_ok=True)
        work = self.folder / f"{WORK_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        work.mkdir()
        try:
            produced = self._analysis(work)
            self._release(work)
            self._move_into_place(work, produced)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        self._load_results()
        self._share()
        self._report()
        return self.summary

    def _analysis(self, work: Path) -> List[str]:
        gpkg = work / RESULTS_NAME
        imported = self._run("infosegura:importregister", {
            "INPUT": self._string(self.algorithm.REGISTER), "SHEET": self._string(self.algorithm.SHEET),
            "REFERENCE_DATE": self._string(self.algorithm.REFERENCE_DATE),
            "OUTPUT": table_uri(gpkg, "licence_register"),
        }, tr("import the licence register"))
        self.summary.rows = int(imported.get("ROWS_READ") or 0)
        geocoded = self._run("infosegura:geocodeaddresses", self._geocode_parameters(gpkg),
                             tr("geocode the addresses"))
        self.summary.matched = int(geocoded.get("MATCHED") or 0)
        self.summary.tied = int(geocoded.get("TIED") or 0)
        self.summary.unmatched = int(geocoded.get("UNMATCHED") or 0)
        outlets = self._run("native:extractbyattribute", {
            "INPUT": layer_uri(gpkg, "licensed_premises"), "FIELD": "gc_status", "OPERATOR": 0, "VALUE": "matched",
            "OUTPUT": "memory:matched_outlets",
        }, tr("take the matched premises"))["OUTPUT"]
        if not self.summary.matched:
            raise QgsProcessingException(tr(
                "The geocoder matched none of the {} rows of the register: there is nothing to analyse. Check the "
                "street layer and its fields, then review the addresses with the geocoding tool.").format(
                self.summary.rows))
        self.outlets = outlets
        conflicts = self._run("infosegura:proximityconflicts", {
            "OUTLETS": outlets, "ASSETS": self._value(self.algorithm.ASSETS),
            "ASSET_CATEGORY_FIELD": self._string(self.algorithm.ASSET_CATEGORY_FIELD),
            "CATEGORIES": self._string(self.algorithm.CONFLICT_CATEGORIES) or "",
            "DISTANCE": self.algorithm.parameterAsDouble(self.parameters, self.algorithm.CONFLICT_DISTANCE,
                                                         self.context),
            "OUTPUT": table_uri(gpkg, "proximity_conflicts"),
        }, tr("find outlets near community assets"))
        self.summary.conflicts = int(conflicts.get("CONFLICT_COUNT") or 0)
        produced = [RESULTS_NAME, REPORT_NAME]
        terrain = self._terrain_parameters(gpkg, work, outlets)
        if "OUTPUT_RASTER" in terrain:
            produced += [RASTER_NAME, str(Path(RASTER_NAME).with_suffix(".qml"))]
        self._run("infosegura:riskterrain", terrain, tr("build the risk terrain grid"))
        field_index = self.algorithm.parameterAsEnum(self.parameters, self.algorithm.HOTSPOT_FIELD, self.context)
        self._run("infosegura:hotspots", {
            "INPUT": layer_uri(gpkg, "risk_terrain"), "FIELD": HOTSPOT_FIELDS[field_index], "NEIGHBOURHOOD": 0,
            "PERMUTATIONS": 0, "FDR": self.algorithm.parameterAsBool(self.parameters, self.algorithm.FDR,
                                                                     self.context),
            "OUTPUT": table_uri(gpkg, "hot_spots"),
        }, tr("find the hot spots"))
        self._run("infosegura:communityprofiles", {
            "AREAS": self._value(self.algorithm.AREAS), "AREA_NAME_FIELD": self._string(self.algorithm.AREA_NAME_FIELD),
            "OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category",
            "POPULATION_FIELD": self._string(self.algorithm.POPULATION_FIELD),
            "RISK_GRID": layer_uri(gpkg, "hot_spots"), "CONFLICTS": layer_uri(gpkg, "proximity_conflicts"),
            "OUTPUT": table_uri(gpkg, "community_profiles"),
        }, tr("profile the communities"))
        self.summary.top_communities = top_communities(gpkg)
        return produced

    def _geocode_parameters(self, gpkg: Path) -> dict:
        a = self.algorithm
        parameters = {
            "INPUT": layer_uri(gpkg, "licence_register"), "ADDRESS_FIELD": "address",
            "STREETS": self._value(a.STREETS), "STREET_NAME_FIELD": self._string(a.STREET_NAME_FIELD),
            "STREET_ALIAS_FIELD": self._string(a.STREET_ALIAS_FIELD),
            "LEFT_FROM_FIELD": self._string(a.LEFT_FROM_FIELD), "LEFT_TO_FIELD": self._string(a.LEFT_TO_FIELD),
            "RIGHT_FROM_FIELD": self._string(a.RIGHT_FROM_FIELD), "RIGHT_TO_FIELD": self._string(a.RIGHT_TO_FIELD),
            "AREAS": self._value(a.AREAS), "AREA_NAME_FIELD": self._string(a.AREA_NAME_FIELD),
            "LANDMARKS": self._value(a.LANDMARKS), "LANDMARK_NAME_FIELD": self._string(a.LANDMARK_NAME_FIELD),
            "MILE_MARKERS": self._value(a.MILE_MARKERS),
            "USE_MEMORY": a.parameterAsBool(self.parameters, a.USE_MEMORY, self.context),
            "MIN_SCORE": a.parameterAsDouble(self.parameters, a.MIN_SCORE, self.context),
            "OUTPUT": table_uri(gpkg, "licensed_premises"),
        }
        available = geocoder_parameter_names()
        for name in GEOCODER_TOWN_PARAMETERS:
            if name in available and a.parameterDefinition(name) is not None and self._value(name) is not None:
                parameters[name] = self._value(name)
        return parameters

    def _terrain_parameters(self, gpkg: Path, work: Path, outlets) -> dict:
        a = self.algorithm
        square = a.parameterAsEnum(self.parameters, a.GRID_TYPE, self.context) == 1
        parameters = {
            "OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category", "ASSETS": self._value(a.ASSETS),
            "ASSET_CATEGORY_FIELD": self._string(a.ASSET_CATEGORY_FIELD), "STUDY_AREA": self._value(a.STUDY_AREA),
            "CELL_SIZE": a.parameterAsDouble(self.parameters, a.CELL_SIZE, self.context),
            "GRID_TYPE": 1 if square else 0,
            "KDE_RADIUS": a.parameterAsDouble(self.parameters, a.KDE_RADIUS, self.context),
            "MODEL": self._string(a.MODEL), "INCIDENTS": self._value(a.INCIDENTS),
            "OUTPUT": table_uri(gpkg, "risk_terrain"), "REPORT": str(work / REPORT_NAME),
        }
        if square:
            parameters["OUTPUT_RASTER"] = str(work / RASTER_NAME)
        return parameters

    # ---------------------------------------------------------------- into place

    def _release(self, work: Path) -> None:
        """Let go of the layers read from the private folder."""
        store = self.context.temporaryLayerStore()
        for layer in [layer for layer in store.mapLayers().values() if str(work) in layer.source()]:
            store.removeMapLayer(layer.id())

    def _move_into_place(self, work: Path, produced: List[str]) -> None:
        self._check_canceled()
        for name in produced:
            source = work / name
            if not source.exists():
                continue
            if name == RESULTS_NAME:
                # Copied, not moved: QGIS may still hold the private file open (and in WAL
                # mode); the copy is a consistent snapshot on a file nobody has open yet.
                # The run records in it name the results where they now are.
                copy_database(source, self.folder / name, rename_paths=(str(work), str(self.folder)))
            else:
                move_file(source, self.folder / name)
        stale_raster = self.folder / RASTER_NAME
        if RASTER_NAME not in produced and stale_raster.exists():
            self.feedback.pushInfo(tr("{} is from an earlier run with square cells; this run's grid is hexagonal.").format(
                stale_raster))

    def _load_results(self) -> None:
        names = {"community_profiles": tr("Community risk profiles"), "hot_spots": tr("Hot spots"),
                 "proximity_conflicts": tr("Proximity conflicts"), "licensed_premises": tr("Licensed premises")}
        for table, style in LOADED:
            uri = layer_uri(self.results_path, table)
            self.context.addLayerToLoadOnCompletion(uri, QgsProcessingContext.LayerDetails(
                names[table], self.context.project(), table))
            style_on_load(self.context, uri, style)  # the file already holds the styles

    # ---------------------------------------------------------------- sharing

    def _sharing_steps(self):
        return (("infosegura:exportbundle", "infosegura_bundle.gpkg", tr("pack the analysis bundle"), "bundle"),
                ("infosegura:printatlas", "infosegura_atlas.pdf", tr("print the community atlas"), "atlas"),
                ("infosegura:publicexport", "infosegura_public.gpkg", tr("write the public export"),
                 "public_export"))

    def _share(self) -> None:
        a = self.algorithm
        results = self.results_path
        title = self._string(a.TITLE) or tr("InfoSegura analysis")
        layers = {
            "premises": layer_uri(results, "licensed_premises"), "conflicts": layer_uri(results, "proximity_conflicts"),
            "grid": layer_uri(results, "hot_spots"), "profiles": layer_uri(results, "community_profiles"),
        }
        offered = {
            "infosegura:exportbundle": {
                "LAYERS": [layers["premises"], layers["conflicts"], layers["grid"], layers["profiles"]],
                "TITLE": title, "INCLUDE_SENSITIVE": False,
                "REPORT": str(self.folder / "infosegura_bundle.html")},
            "infosegura:printatlas": {
                "AREAS": layers["profiles"], "AREA_NAME_FIELD": "name", "RISK_GRID": layers["grid"],
                "OUTLETS": self.outlets, "CONFLICTS": layers["conflicts"], "ASSETS": self._value(a.ASSETS),
                "TITLE": title},
            "infosegura:publicexport": {
                "AREAS": layers["profiles"], "AREA_NAME_FIELD": "name", "INCIDENTS": self._value(a.INCIDENTS),
                "GRID": layers["grid"], "PREMISES": self.outlets, "ASSETS": self._value(a.ASSETS),
                "CONFLICTS": layers["conflicts"]},
        }
        for algorithm_id, file_name, title_text, attribute in self.sharing:
            algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
            parameters = dict(offered[algorithm_id], OUTPUT=str(self.folder / file_name))
            known = {p.name() for p in algorithm.parameterDefinitions()}
            parameters = {k: v for k, v in parameters.items() if k in known}
            missing = [p.name() for p in algorithm.parameterDefinitions()
                       if not p.flags() & p.FlagOptional and p.name() not in parameters and p.defaultValue() is None]
            if missing:
                self.step += 1
                self.feedback.pushWarning(tr("{} skipped: this version of {} also needs {}.").format(
                    title_text, algorithm_id, ", ".join(missing)))
                continue
            try:
                result = self._run(algorithm_id, parameters, title_text)
            except QgsProcessingException as error:
                if self.feedback.isCanceled():
                    raise QgsProcessingException(tr(
                        "Canceled during {}: the analysis results are in {}.").format(title_text, self.folder)) from error
                raise QgsProcessingException(tr("The analysis results are in {}, but {}").format(
                    self.folder, error)) from error
            setattr(self.summary, attribute, result.get("OUTPUT"))

    # ---------------------------------------------------------------- summary

    def _report(self) -> None:
        s = self.summary
        self.feedback.pushInfo("")
        self.feedback.pushInfo(tr("Summary"))
        self.feedback.pushInfo(tr("  Register rows: {}").format(s.rows))
        self.feedback.pushInfo(tr("  Geocoded: {} matched, {} tied (to review), {} unmatched").format(
            s.matched, s.tied, s.unmatched))
        self.feedback.pushInfo(tr("  Proximity conflicts: {}").format(s.conflicts))
        self.feedback.pushInfo(tr("  Communities at highest risk:"))
        for line in s.top_communities:
            self.feedback.pushInfo("    " + line)
        self.feedback.pushInfo(tr("  Results: {}").format(self.folder))
        for label, path in ((tr("Bundle"), s.bundle), (tr("Atlas"), s.atlas), (tr("Public export"), s.public_export)):
            if path:
                self.feedback.pushInfo(f"  {label}: {path}")


def top_communities(gpkg: Path, count: int = 5) -> List[str]:
    """``"1. Name (mean risk 6.49, 34 outlets, 11 conflicts)"`` for the top-ranked areas."""
    layer = QgsVectorLayer(layer_uri(gpkg, "community_profiles"), "community_profiles", "ogr")
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    rows = sorted(layer.getFeatures(request), key=lambda f: f["rank"])[:count]
    out = [tr("{}. {} (mean risk {}, {} outlets, {} conflicts)").format(
        f["rank"], f["name"], "{:.2f}".format(f["risk_mean"]) if f["risk_mean"] is not None else "-",
        f["outlets"], f["conflicts"]) for f in rows]
    del layer
    return out


def copy_database(source: Path, target: Path, rename_paths=None) -> None:
    """Copy the SQLite database ``source`` (a GeoPackage) over ``target`` atomically: a
    consistent snapshot into a file beside the target, renamed over it; where the system
    refuses to rename over an open file, the snapshot replaces the target's content in
    one SQLite transaction instead. ``rename_paths`` = ``(old, new)``: a folder named in
    the GeoPackage's metadata (the runs' records) is renamed there too."""
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    _backup(source, partial)
    connection = sqlite3.connect(str(partial))
    try:
        connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to pass on
        if rename_paths and connection.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'gpkg_metadata'").fetchone():
            old, new = rename_paths
            for spelled in {(old, new), (json.dumps(old)[1:-1], json.dumps(new)[1:-1]),
                            (html.escape(json.dumps(old)[1:-1]), html.escape(json.dumps(new)[1:-1]))}:
                connection.execute("UPDATE gpkg_metadata SET metadata = replace(metadata, ?, ?)", spelled)
            connection.commit()
    finally:
        connection.close()
    try:
        os.replace(partial, target)
    except PermissionError:
        try:
            _backup(partial, target)
        finally:
            partial.unlink()


def _backup(source: Path, target: Path) -> None:
    reader = sqlite3.connect(str(source), timeout=60)
    try:
        writer = sqlite3.connect(str(target), timeout=60)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def move_file(source: Path, target: Path) -> None:
    """Move a finished file over ``target`` (replacing an earlier run's); where the
    system refuses to rename over an open file, copy it."""
    try:
        os.replace(source, target)
    except PermissionError:
        shutil.copyfile(source, target)
