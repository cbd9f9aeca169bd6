"""The outputs of ``infosegura:riskterrain``: the polygon grid (OUTPUT), the GeoTIFF
(OUTPUT_RASTER), or both; checked before the analysis runs, written and styled after.

The writing itself is in :mod:`..core.risk.grid_vector_writer` and
:mod:`..core.risk.grid_raster`; this module ties them to Processing parameters,
sinks, progress and messages.
"""

import time
from pathlib import Path

from qgis.core import QgsProcessingException, QgsWkbTypes

from ..core.atomic_files import staged_location
from ..core.geopackage_fill import gpkg_table_target
from ..core.risk.grid import SQUARE, CanceledError
from ..core.risk.grid_raster import STYLE_NAME, RasterWriteError, raster_bands, write_grid_raster
from ..core.risk.grid_vector_writer import (
    GridWriteError,
    grid_columns,
    nonzero_cells,
    qgs_fields,
    write_gpkg_grid,
    write_sink_grid,
)
from ..core.styling import style_output
from ..i18n import tr
from ..paths import style_path
from .algorithms.base import ProgressPart

RASTER_EXTENSIONS = (".tif", ".tiff")


class GridOutputs:
    """Which outputs a run asked for; :meth:`check` before computing, :meth:`write` after."""

    def __init__(self, algorithm, parameters, context, vector_name, raster_name, nonzero_name):
        self.algorithm, self.parameters, self.context = algorithm, parameters, context
        self.vector_name, self.raster_name = vector_name, raster_name
        self.nonzero_only = algorithm.parameterAsBool(parameters, nonzero_name, context)
        self.wants_vector = parameters.get(vector_name) is not None and bool(
            algorithm.parameterAsOutputLayer(parameters, vector_name, context))
        self.raster_path = (algorithm.parameterAsOutputLayer(parameters, raster_name, context)
                            if parameters.get(raster_name) is not None else "")

    def check(self, grid_type: str) -> None:
        """Clear messages for outputs that cannot be written, before any work is done."""
        if not self.wants_vector and not self.raster_path:
            raise QgsProcessingException(tr(
                "Choose at least one output: the risk terrain grid (polygons), the risk terrain raster, or both."))
        if self.raster_path and grid_type != SQUARE:
            raise QgsProcessingException(tr(
                "The risk terrain raster needs square cells: set Grid type to Square, or leave the raster output "
                "empty (hexagon grids are written as polygons only)."))
        if self.raster_path and Path(self.raster_path).suffix.lower() not in RASTER_EXTENSIONS:
            raise QgsProcessingException(tr(
                "The risk terrain raster {} must be a GeoTIFF file (.tif).").format(self.raster_path))

    def write(self, result, crs, feedback, low: float, high: float) -> dict:
        """Write the asked-for outputs, moving the progress bar from ``low`` to ``high``;
        returns the algorithm's output values."""
        outputs = {}
        middle = low + (high - low) * (0.25 if self.wants_vector else 1.0) if self.raster_path else low
        if self.raster_path:
            outputs[self.raster_name] = self._write_raster(result, crs, feedback, ProgressPart(feedback, low, middle))
        if self.wants_vector:
            outputs[self.vector_name] = self._write_vector(result, crs, feedback, ProgressPart(feedback, middle, high))
        return outputs

    # ---------------------------------------------------------------- raster

    def _write_raster(self, result, crs, feedback, part):
        started = time.perf_counter()
        metadata = {"risk_model": result.model.label, "cell_size_m": f"{result.lattice.cell_size:g}",
                    "risk_class_codes": "1 very low, 2 low, 3 moderate, 4 high, 5 very high",
                    "source": "InfoSegura infosegura:riskterrain"}
        try:
            # Written aside and moved over the raster when the run succeeds (core.atomic_files).
            write_grid_raster(
                self.algorithm.staged_path(self.raster_path), result.lattice, result.flat_cells, raster_bands(result), crs.toWkt(),
                metadata=metadata, feedback=feedback, progress=part.setProgress, style_qml=style_path(STYLE_NAME))
        except CanceledError as error:
            raise QgsProcessingException(tr("Canceled: the risk terrain raster was not written.")) from error
        except (RasterWriteError, OSError) as error:
            raise QgsProcessingException(tr("Could not write the risk terrain raster {}: {}").format(
                self.raster_path, error)) from error
        path = self.raster_path
        feedback.pushInfo(tr("Wrote the raster {} ({} x {} cells) in {} s").format(
            path, result.lattice.ncols, result.lattice.nrows, f"{time.perf_counter() - started:.1f}"))
        if self.context.willLoadLayerOnCompletion(path):
            details = self.context.layerToLoadOnCompletionDetails(path)
            details.name = tr("Risk terrain raster ({})").format(result.model.label)
            style_output(self.context, path, STYLE_NAME)
        return path

    # ---------------------------------------------------------------- vector

    def _write_vector(self, result, crs, feedback, part):
        started = time.perf_counter()
        columns = grid_columns(result)
        fields = qgs_fields(columns)
        keep = nonzero_cells(result) if self.nonzero_only else None
        sink, dest_id = self.algorithm.output_sink(
            self.parameters, self.vector_name, self.context, fields, QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, self.vector_name))
        target = None if self.algorithm.appends(self.parameters, self.vector_name) else \
            gpkg_table_target(staged_location(dest_id))  # the table being written aside
        try:
            if target is not None:
                del sink  # QGIS has created the table; the rows go in with one transaction
                written = write_gpkg_grid(target[0], target[1], result.lattice, result.flat_cells, columns, keep,
                                          feedback, part.setProgress)
            else:
                written = write_sink_grid(sink, fields, result.lattice, result.flat_cells, columns, keep,
                                          feedback, part.setProgress)
                del sink
        except CanceledError as error:
            raise QgsProcessingException(tr("Canceled: the risk terrain grid was not written.")) from error
        except (GridWriteError, OSError, ValueError) as error:
            raise QgsProcessingException(tr("Could not write the risk terrain grid {}: {}").format(
                dest_id, error)) from error
        if self.nonzero_only:
            feedback.pushInfo(tr("Wrote {} of {} cells (cells with a non-zero score only) in {} s").format(
                written, result.cell_count, f"{time.perf_counter() - started:.1f}"))
        else:
            feedback.pushInfo(tr("Wrote {} cells in {} s").format(written, f"{time.perf_counter() - started:.1f}"))
        if self.context.willLoadLayerOnCompletion(dest_id):
            self.context.layerToLoadOnCompletionDetails(dest_id).name = tr("Risk terrain ({})").format(
                result.model.label)
        style_output(self.context, dest_id, "risk_grid")
        return dest_id

