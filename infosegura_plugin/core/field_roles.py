"""Which field of a layer plays which role, guessed from the field names.

Street layers from other towns, Lands and Survey, OpenStreetMap or a TIGER-like export
name their fields differently (``name``, ``ST_NAME``, ``FULLNAME``; ``l_from``,
``L_F_ADD``, ``LFROMADD``, ``FROMLEFT``...). The dock pre-fills its field boxes with
these guesses and the geocoding tool can use the same rules for its defaults; the user
can always choose another field. Plain functions, no QGIS objects.
"""

import re
from typing import Dict, Iterable, Optional, Sequence

# Roles -> candidate names, best first. Names are compared folded (case, spaces,
# underscores and hyphens ignored), so "L_F_ADD", "l f add" and "LFADD" are one name.
ROLE_NAMES: Dict[str, Sequence[str]] = {
    "street_name": ("name", "st_name", "street", "street_name", "streetname", "fullname", "full_name",
                    "str_name", "road_name", "roadname", "nombre", "calle", "nom_calle", "label"),
    "street_aliases": ("alt_names", "alt_name", "aliases", "alias", "other_names", "alt_street", "otros_nombres"),
    "l_from": ("l_from", "l_f_add", "lfromadd", "fromleft", "from_left", "left_from", "l_add_from",
               "lfrom", "l_first", "izq_desde"),
    "l_to": ("l_to", "l_t_add", "ltoadd", "toleft", "to_left", "left_to", "l_add_to", "lto", "l_last",
             "izq_hasta"),
    "r_from": ("r_from", "r_f_add", "rfromadd", "fromright", "from_right", "right_from", "r_add_from",
               "rfrom", "r_first", "der_desde"),
    "r_to": ("r_to", "r_t_add", "rtoadd", "toright", "to_right", "right_to", "r_add_to", "rto", "r_last",
             "der_hasta"),
    "street_town": ("town", "city", "village", "municipality", "place", "locality", "town_name", "ciudad",
                    "pueblo", "municipio", "localidad"),
    "town_name": ("name", "town", "town_name", "city", "village", "place", "locality", "nombre", "ciudad",
                  "pueblo"),
    "area_name": ("name", "neighbourhood", "neighborhood", "area", "area_name", "division", "barrio",
                  "colonia", "nombre", "sector"),
    "area_population": ("population", "pop", "pop_total", "residents", "total_pop", "poblacion", "habitantes"),
    "landmark_name": ("name", "landmark", "place_name", "label", "nombre"),
    "landmark_aliases": ("alt_names", "alt_name", "aliases", "alias", "other_names", "otros_nombres"),
    "landmark_kind": ("kind", "type", "category", "class", "amenity", "tipo"),
    "asset_category": ("category", "kind", "type", "class", "amenity", "asset_type", "categoria", "tipo"),
    "highway": ("highway", "road", "route", "hwy", "road_name", "carretera"),
    "mile": ("mile", "miles", "milepost", "mile_post", "mp", "milla"),
    "address": ("address", "addr", "full_address", "premises_address", "location", "direccion"),
}

# Roles whose field must hold numbers (house-number ranges, miles, population).
NUMERIC_ROLES = frozenset({"l_from", "l_to", "r_from", "r_to", "mile", "area_population"})


def fold_field_name(name: str) -> str:
    """``"L_F_ADD"`` -> ``"lfadd"``: case, spaces, underscores, hyphens and dots ignored."""
    return re.sub(r"[\s_\-.]+", "", (name or "").strip().lower())


def guess_field(field_names: Iterable[str], role: str, numeric_fields: Optional[Iterable[str]] = None) -> Optional[str]:
    """The field of ``field_names`` that best fits ``role`` (its own spelling), or None.

    ``numeric_fields``, when given, are the names of the numeric fields: roles that need
    numbers only take one of those.
    """
    names = list(field_names)
    if role in NUMERIC_ROLES and numeric_fields is not None:
        allowed = set(numeric_fields)
        names = [name for name in names if name in allowed]
    folded = {}
    for name in names:
        folded.setdefault(fold_field_name(name), name)
    for candidate in ROLE_NAMES.get(role, ()):
        found = folded.get(fold_field_name(candidate))
        if found is not None:
            return found
    return None


def guess_fields(field_names: Iterable[str], roles: Iterable[str],
                 numeric_fields: Optional[Iterable[str]] = None) -> Dict[str, Optional[str]]:
    """``guess_field`` for several roles at once; one field never plays two roles."""
    names = list(field_names)
    numeric = list(numeric_fields) if numeric_fields is not None else None
    taken = set()
    guesses = {}
    for role in roles:
        guess = guess_field([n for n in names if n not in taken], role, numeric)
        guesses[role] = guess
        if guess is not None:
            taken.add(guess)
    return guesses
