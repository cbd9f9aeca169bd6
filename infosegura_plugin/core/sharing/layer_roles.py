"""What an analysis layer is, told from its fields (the output fields of the InfoSegura
algorithms are a public contract), and the fields that identify its rows."""

from typing import Iterable, Optional, Tuple

PREMISES = "premises"        # geocoded licensed premises (gc_status) or register points
CONFLICTS = "conflicts"      # proximity conflict lines
GRID = "grid"                # risk terrain / hot spot cells
PROFILES = "profiles"        # community risk profiles
ASSETS = "assets"            # community assets
INCIDENTS = "incidents"      # incident points
AREAS = "areas"              # neighbourhoods or other named areas

# Fields whose values identify a row, per role: a re-published row is matched on these.
KEY_FIELDS = {
    PREMISES: ("licence_id",),
    CONFLICTS: ("outlet_id", "asset_id"),
    GRID: ("cell_id",),
    PROFILES: ("name",),
    ASSETS: ("asset_id",),
    INCIDENTS: ("incident_id",),
    AREAS: ("name",),
}


def _lower(names: Iterable[str]) -> set:
    return {n.lower() for n in names}


def role_of_fields(field_names: Iterable[str], geometry: str = "") -> Optional[str]:
    """The role of a layer with these fields; ``geometry``: 'point', 'line', 'polygon' or ''."""
    names = _lower(field_names)
    if {"outlet_id", "asset_id", "distance_m"} <= names:
        return CONFLICTS
    if {"cell_id", "risk_score"} <= names:
        return GRID
    if {"rank", "risk_mean"} <= names and "name" in names:
        return PROFILES
    if "licence_id" in names and ("gc_status" in names or geometry == "point"):
        return PREMISES
    if "incident_id" in names:
        return INCIDENTS
    if "asset_id" in names and "category" in names:
        return ASSETS
    if geometry == "polygon" and "name" in names:
        return AREAS
    return None


def geometry_kind(layer) -> str:
    from qgis.core import QgsWkbTypes

    return {QgsWkbTypes.PointGeometry: "point", QgsWkbTypes.LineGeometry: "line",
            QgsWkbTypes.PolygonGeometry: "polygon"}.get(layer.geometryType(), "")


def role_of(layer) -> Optional[str]:
    return role_of_fields(layer.fields().names(), geometry_kind(layer))


def key_fields(layer) -> Optional[Tuple[str, ...]]:
    """The fields (original spelling) that identify the rows of ``layer``, or None."""
    role = role_of(layer)
    if role is None:
        return None
    spelled = {n.lower(): n for n in layer.fields().names()}
    return tuple(spelled[k] for k in KEY_FIELDS[role])
