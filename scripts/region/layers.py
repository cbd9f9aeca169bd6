"""The region as GIS layers, with each set's own layer and field names.

Field-name schemes differ from the Belmopan sample (name / l_from / alt_names...) and
from each other, as street layers from different agencies do.
"""

from shapely.geometry import LineString, Point

SCHEMES = {
    "dev": {
        "layers": {"streets": "road_centrelines", "areas": "areas", "towns": "town_boundaries",
                   "landmarks": "landmark_points", "markers": "mileposts"},
        "street": {"id": "SEG_ID", "name": "FULLNAME", "alias": "AKA", "lf": "LFROMADD", "lt": "LTOADD",
                   "rf": "RFROMADD", "rt": "RTOADD", "town": "CITY", "cls": "ROAD_CLASS"},
        "range_type": "int", "town_value": "suffix",
        "area": {"id": "AREA_ID", "name": "AREA_NAME", "type": "AREA_TYPE", "parent": "PARENT"},
        "area_types": {"Town": "Town", "City": "City", "Village": "Village", "nb": "Neighbourhood"},
        "town": {"id": "TOWN_ID", "name": "TOWN_NAME", "status": "STATUS", "district": "DISTRICT"},
        "landmark": {"id": "LM_ID", "name": "LM_NAME", "alias": "LM_ALIAS", "kind": "LM_TYPE", "town": "TOWN"},
        "marker": {"highway": "HWY_NAME", "mile": "MILE_NO"},
        "kinds": "en",
    },
    "test": {
        "layers": {"streets": "calles", "areas": "zonas", "towns": "poblados", "landmarks": "puntos_referencia",
                   "markers": "millas"},
        "street": {"id": "ST_ID", "name": "ST_NAME", "alias": "ALIAS_NM", "lf": "L_F_ADD", "lt": "L_T_ADD",
                   "rf": "R_F_ADD", "rt": "R_T_ADD", "town": "TOWN", "cls": "CLASE"},
        "range_type": "real", "town_value": "upper",
        "area": {"id": "ZONA_ID", "name": "NOMBRE", "type": "TIPO", "parent": "PERTENECE_A"},
        "area_types": {"Town": "Pueblo", "City": "Ciudad", "Village": "Aldea", "nb": "Barrio"},
        "town": {"id": "POB_ID", "name": "NOM_POBLAD", "status": "CATEGORIA", "district": "DISTRITO"},
        "landmark": {"id": "REF_ID", "name": "NOMBRE", "alias": "OTROS_NOM", "kind": "TIPO", "town": "POBLADO"},
        "marker": {"highway": "CARRETERA", "mile": "MILLA"},
        "kinds": "es",
    },
    "national": {
        "layers": {"streets": "national_streets", "areas": "localities", "towns": "settlements",
                   "landmarks": "points_of_interest", "markers": "mile_posts"},
        "street": {"id": "SEGMENT_ID", "name": "STREET", "alias": "NAME_ALT", "lf": "FROMLEFT", "lt": "TOLEFT",
                   "rf": "FROMRIGHT", "rt": "TORIGHT", "town": "VILLAGE", "cls": "FUNC_CLASS"},
        "range_type": "int", "town_value": "plain",
        "area": {"id": "LOC_ID", "name": "LOCALITY", "type": "LOC_TYPE", "parent": "IN_TOWN"},
        "area_types": {"Town": "Town", "City": "City", "Village": "Village", "nb": "Neighbourhood"},
        "town": {"id": "SETTLE_ID", "name": "SETTLEMENT", "status": "STATUS", "district": "DISTRICT"},
        "landmark": {"id": "POI_ID", "name": "POI_NAME", "alias": "POI_ALIAS", "kind": "POI_TYPE", "town": "TOWN"},
        "marker": {"highway": "ROUTE", "mile": "MILEPOST"},
        "kinds": "en",
    },
}


def town_value(scheme, town):
    style = scheme["town_value"]
    if style == "suffix" and town.spec.kind == "Town":
        return f"{town.name} Town"
    if style == "upper":
        return town.name.upper()
    return town.name


def assign_ids(rng, region, village_area_share):
    """Feature ids of towns and areas; which villages the areas layer holds."""
    towns = sorted(region.towns, key=lambda t: t.name)
    order = list(range(len(towns)))
    rng.shuffle(order)
    region.town_ids = {towns[i].name: k for k, i in enumerate(order, start=101)}
    entries = []
    for town in towns:
        if town.spec.kind != "Village" or rng.random() < village_area_share:
            entries.append(("town", town, None))
        for name, poly in town.neighbourhoods:
            entries.append(("nb", town, (name, poly)))
    rng.shuffle(entries)
    region.area_entries = entries
    region.area_ids = {}
    for k, (_what, town, nb) in enumerate(entries, start=1):
        region.area_ids[(town.name, nb[0] if nb else None)] = k


def build_layers(region, scheme):
    """{layer name: (geometry type, [(field, type)], [(shapely geometry, [values])])}"""
    s, a, t, lm, mk = scheme["street"], scheme["area"], scheme["town"], scheme["landmark"], scheme["marker"]
    rtype = scheme["range_type"]
    towns = {tw.name: tw for tw in region.towns}

    def rng_value(v):
        return None if v is None else (float(v) if rtype == "real" else int(v))

    street_rows = []
    for seg in sorted(region.segments, key=lambda g: g.sid):
        st = seg.street
        town = town_value(scheme, towns[st.town]) if st.town else None
        street_rows.append((LineString(seg.coords), [
            seg.sid, st.name, ";".join(st.alias) if st.alias else None, rng_value(seg.l_from), rng_value(seg.l_to),
            rng_value(seg.r_from), rng_value(seg.r_to), town, st.cls]))
    area_rows = []
    types = scheme["area_types"]
    for what, town, nb in region.area_entries:
        key = (town.name, nb[0] if nb else None)
        if what == "town":
            area_rows.append((town.polygon, [region.area_ids[key], town.name, types[town.spec.kind], None]))
        else:
            area_rows.append((nb[1], [region.area_ids[key], nb[0], types["nb"], town.name]))
    town_rows = [(towns[name].polygon, [tid, name, towns[name].spec.kind, towns[name].spec.district])
                 for name, tid in sorted(region.town_ids.items(), key=lambda kv: kv[1])]
    landmark_rows = []
    k = 0
    for town in region.towns:
        for item in town.landmarks:
            k += 1
            item["id"] = k
            landmark_rows.append((Point(item["pt"]), [k, item["name"], ";".join(item["aliases"]), item["kind"],
                                                      town_value(scheme, town)]))
    marker_rows = [(Point(pt), [road.name, mile]) for road in region.highways for mile, pt in road.markers]
    r = "real" if rtype == "real" else "int"
    L = scheme["layers"]
    return {
        L["streets"]: ("line", [(s["id"], "int"), (s["name"], "text"), (s["alias"], "text"), (s["lf"], r),
                                (s["lt"], r), (s["rf"], r), (s["rt"], r), (s["town"], "text"), (s["cls"], "text")],
                       street_rows),
        L["areas"]: ("polygon", [(a["id"], "int"), (a["name"], "text"), (a["type"], "text"), (a["parent"], "text")],
                     area_rows),
        L["towns"]: ("polygon", [(t["id"], "int"), (t["name"], "text"), (t["status"], "text"),
                                 (t["district"], "text")], town_rows),
        L["landmarks"]: ("point", [(lm["id"], "int"), (lm["name"], "text"), (lm["alias"], "text"),
                                   (lm["kind"], "text"), (lm["town"], "text")], landmark_rows),
        L["markers"]: ("point", [(mk["highway"], "text"), (mk["mile"], "int")], marker_rows),
    }


def geocoder_parameters(scheme):
    """The parameters of infosegura:geocodeaddresses that name this set's fields."""
    s, a, t, lm, mk = scheme["street"], scheme["area"], scheme["town"], scheme["landmark"], scheme["marker"]
    return {
        "STREET_NAME_FIELD": s["name"], "STREET_ALIAS_FIELD": s["alias"], "LEFT_FROM_FIELD": s["lf"],
        "LEFT_TO_FIELD": s["lt"], "RIGHT_FROM_FIELD": s["rf"], "RIGHT_TO_FIELD": s["rt"],
        "STREET_TOWN_FIELD": s["town"], "AREA_NAME_FIELD": a["name"], "TOWN_NAME_FIELD": t["name"],
        "LANDMARK_NAME_FIELD": lm["name"], "LANDMARK_ALIAS_FIELD": lm["alias"], "LANDMARK_KIND_FIELD": lm["kind"],
        "MILE_HIGHWAY_FIELD": mk["highway"], "MILE_FIELD": mk["mile"],
    }
