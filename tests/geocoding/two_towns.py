"""Two synthetic towns 20 km apart in one street layer (invented streets, EPSG:32616).

Orange Walk (a real town name, in the built-in list) and San Roberto (invented, in no
list): both have a Main Street, a Church Street crossing it at (500, 500) and a police
station; only San Roberto has Calle Real and Hidalgo Street. Field names are those of
other street layers (ST_NAME, TOWN, L_F_ADD ...), so nothing matches the defaults.
"""

from qgis.core import QgsGeometry, QgsPointXY

from ..layers import memory_layer

X0, Y0 = 340000.0, 1990000.0
TOWNS = {"Orange Walk": (0.0, 0.0), "San Roberto": (20000.0, 0.0)}
NEIGHBOURHOODS = {"Santa Ana": ("Orange Walk", [(0, 0), (500, 0), (500, 1000), (0, 1000)])}
# name, town, l_from, l_to, r_from, r_to, vertices (town coordinates)
STREETS = [
    ("Main Street", "Orange Walk", 1, 99, 2, 100, [(0, 500), (1000, 500)]),
    ("Church Street", "Orange Walk", None, None, None, None, [(500, 0), (500, 1000)]),
    ("Main Street", "San Roberto", None, None, None, None, [(0, 500), (1000, 500)]),
    ("Church Street", "San Roberto", None, None, None, None, [(500, 0), (500, 1000)]),
    ("Calle Real", "San Roberto", None, None, None, None, [(0, 800), (1000, 800)]),
    ("Hidalgo Street", "San Roberto", None, None, None, None, [(200, 0), (200, 1000)]),
]
# name, kind, point (town coordinates), town
LANDMARKS = [
    ("Police Station", "police", (520, 560), "Orange Walk"),
    ("Police Station", "police", (540, 470), "San Roberto"),
    ("Mercado Municipal", "market", (300, 820), "San Roberto"),
]


def at(town, x, y):
    dx, dy = TOWNS[town]
    return QgsPointXY(X0 + dx + x, Y0 + dy + y)


def town_box(town, margin=0.0):
    dx, dy = TOWNS[town]
    return (X0 + dx - margin, Y0 + dy - margin, X0 + dx + 1000 + margin, Y0 + dy + 1000 + margin)


def inside(point, town, margin=50.0):
    x0, y0, x1, y1 = town_box(town, margin)
    return x0 <= point.x() <= x1 and y0 <= point.y() <= y1


def streets_layer(with_town_field=True):
    rows = [(QgsGeometry.fromPolylineXY([at(town, x, y) for x, y in vertices]),
             [name, town if with_town_field else None, lf, lt, rf, rt])
            for name, town, lf, lt, rf, rt, vertices in STREETS]
    return memory_layer("LineString?crs=EPSG:32616&field=ST_NAME:string&field=TOWN:string&field=L_F_ADD:integer"
                        "&field=L_T_ADD:integer&field=R_F_ADD:integer&field=R_T_ADD:integer", rows, "streets")


def _box(town, ring):
    return QgsGeometry.fromPolygonXY([[at(town, x, y) for x, y in ring]])


def towns_layer(label="Orange Walk Town"):
    """Town polygons (names as a towns layer would write them)."""
    square = [(0, 0), (1000, 0), (1000, 1000), (0, 1000)]
    rows = [(_box("Orange Walk", square), [label]), (_box("San Roberto", square), ["San Roberto Village"])]
    return memory_layer("Polygon?crs=EPSG:32616&field=TOWN_NAME:string", rows, "towns")


def areas_layer():
    """Towns and a neighbourhood in one layer, nested."""
    square = [(-10, -10), (1010, -10), (1010, 1010), (-10, 1010)]
    rows = [(_box("Orange Walk", square), ["Orange Walk"]), (_box("San Roberto", square), ["San Roberto"])]
    rows += [(_box(town, ring), [name]) for name, (town, ring) in NEIGHBOURHOODS.items()]
    return memory_layer("Polygon?crs=EPSG:32616&field=AREA_NAME:string", rows, "areas")


def landmarks_layer():
    rows = [(QgsGeometry.fromPointXY(at(town, *point)), [name, kind]) for name, kind, point, town in LANDMARKS]
    return memory_layer("Point?crs=EPSG:32616&field=LM_NAME:string&field=TYPE:string", rows, "landmarks")


def register(addresses, towns=None):
    """A register table: ``Direccion`` (and ``Pueblo``, the register's own town column)."""
    rows = [(None, [a] + ([towns[i]] if towns else [])) for i, a in enumerate(addresses)]
    uri = "None?field=Direccion:string" + ("&field=Pueblo:string" if towns else "")
    return memory_layer(uri, rows, "register")
