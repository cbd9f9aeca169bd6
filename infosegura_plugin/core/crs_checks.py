"""The coordinate reference system checks every risk tool makes, in one place: the layer
that sets the working CRS must be projected (metres); a layer reprojected to it must at
least have a known CRS (a layer without one would be taken as already in metres, and in
degrees every point would land in one cell)."""

from qgis.core import QgsProcessingException

from ..i18n import tr


def require_known_crs(source, role: str) -> None:
    """``source``: a layer or Processing source; ``role``: what it is for (a parameter's name)."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(tr(
            "The layer {} ({}) has no coordinate reference system (or an unknown one), so its coordinates cannot "
            "be placed. Set its CRS (Layer Properties > Source) first.").format(source.sourceName(), role))


def require_projected(source, role: str) -> None:
    """A known, projected CRS: distances, cell sizes and areas in metres."""
    require_known_crs(source, role)
    crs = source.sourceCrs()
    if crs.isGeographic():
        raise QgsProcessingException(tr(
            "The layer {} ({}) is in a geographic CRS ({}): distances and areas need metres. Reproject it to a "
            "projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first.").format(
            source.sourceName(), role, crs.authid()))
