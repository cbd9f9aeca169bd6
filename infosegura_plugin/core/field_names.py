"""The usual names of reference-layer fields, so a technician rarely maps fields by hand.

Street layers come from many sources (TIGER-style L_F_ADD, Esri FROMLEFT, OSM name,
municipal ST_NAME / FULLNAME, Spanish NOMBRE / CALLE). ``guess_field`` picks the field of a
layer that plays a role, comparing names case- and accent-insensitively and ignoring
underscores, spaces and dots; the first convention in a role's list wins.
"""

import unicodedata
from typing import Iterable, Optional, Sequence

# role -> conventional names, best first (compared in ``field_key`` form)
CONVENTIONS = {
    "street_name": ("name", "st_name", "street", "streetname", "street_name", "fullname", "full_name",
                    "stname", "str_name", "road_name", "roadname", "rd_name", "nombre", "calle",
                    "nombre_calle", "name_en", "label"),
    "street_alias": ("alt_names", "alt_name", "aliases", "alias", "altname", "other_names", "other_name",
                     "old_name", "alt_st_name", "otros_nombres", "alias_calle"),
    "left_from": ("l_from", "l_f_add", "lfromadd", "fromleft", "from_left", "left_from", "l_add_from",
                  "lfrom", "l_fr_add", "ladd_from", "izq_desde", "izq_inicio"),
    "left_to": ("l_to", "l_t_add", "ltoadd", "toleft", "to_left", "left_to", "l_add_to", "lto",
                "ladd_to", "izq_hasta", "izq_fin"),
    "right_from": ("r_from", "r_f_add", "rfromadd", "fromright", "from_right", "right_from", "r_add_from",
                   "rfrom", "r_fr_add", "radd_from", "der_desde", "der_inicio"),
    "right_to": ("r_to", "r_t_add", "rtoadd", "toright", "to_right", "right_to", "r_add_to", "rto",
                 "radd_to", "der_hasta", "der_fin"),
    "town": ("town", "city", "village", "town_name", "townname", "city_name", "village_name", "place",
             "settlement", "municipality", "locality", "community", "town_village", "pueblo", "ciudad",
             "aldea", "localidad", "comunidad", "municipio"),
    "area_name": ("name", "area_name", "neighbourhood", "neighborhood", "nbhd", "nbhd_name", "area",
                  "barrio", "colonia", "nombre", "name_en", "label"),
    "landmark_name": ("name", "landmark", "landmark_name", "place_name", "poi_name", "nombre", "label"),
    "landmark_alias": ("alt_names", "alt_name", "aliases", "alias", "other_names", "otros_nombres"),
    "landmark_kind": ("kind", "type", "category", "class", "amenity", "poi_type", "tipo", "categoria"),
    "mile_highway": ("highway", "hwy", "road", "route", "road_name", "carretera"),
    "mile": ("mile", "miles", "milepost", "mile_post", "mp", "milla"),
    "address": ("address", "premises_address", "street_address", "location", "address_of_premises",
                "direccion", "ubicacion", "domicilio"),
    "asset_category": ("category", "kind", "type", "asset_type", "class", "categoria", "tipo"),
}


# When no usual name fits: a field whose name contains one of these, if only one does
# ("LM_NAME", "NOMBRE_LUGAR", "TOWN_VILLAGE_NM").
CONTAINS = {
    "street_name": ("name", "nombre", "calle"),
    "area_name": ("name", "nombre", "barrio"),
    "landmark_name": ("name", "nombre"),
    "town": ("town", "city", "village", "pueblo", "ciudad"),
    "address": ("address", "direcc", "addr"),
}


def field_key(name: str) -> str:
    """"L_F_ADD" -> "lfadd", "Dirección" -> "direccion": names compared this way."""
    decomposed = unicodedata.normalize("NFKD", str(name or "")).lower()
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def guess_field(field_names: Iterable[str], role: str, exclude: Sequence[str] = ()) -> Optional[str]:
    """The layer field that plays ``role`` (a key of CONVENTIONS), or None."""
    names = [n for n in field_names if n not in exclude]
    by_key = {}
    for name in names:
        by_key.setdefault(field_key(name), name)
    for convention in CONVENTIONS[role]:
        found = by_key.get(field_key(convention))
        if found is not None:
            return found
    for part in CONTAINS.get(role, ()):
        holding = [name for key, name in by_key.items() if part in key]
        if len(holding) == 1:
            return holding[0]
    return None


def guess_layer_fields(layer_or_fields, roles: Sequence[str]) -> dict:
    """{role: field name or None} for a QGIS layer, feature source or QgsFields.

    One field plays one role: a name field is never also taken as the town."""
    fields = layer_or_fields.fields() if hasattr(layer_or_fields, "fields") else layer_or_fields
    names = [f.name() for f in fields] if not isinstance(fields, (list, tuple)) else list(fields)
    chosen, taken = {}, []
    for role in roles:
        found = guess_field(names, role, taken)
        chosen[role] = found
        if found is not None:
            taken.append(found)
    return chosen
