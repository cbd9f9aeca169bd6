"""A tiny synthetic town (invented names, EPSG:32616) for geocoder tests.

Two neighbourhoods 1 km apart, each with its own unrelated "Church Street"; a boulevard
with address ranges and a bend; a ring road (open at the south) that the highway crosses twice; landmarks.
"""

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

X0, Y0 = 312000.0, 1907000.0

AREAS = [
    ("Salvapan", [(0, 0), (1000, 0), (1000, 1000), (0, 1000)]),
    ("San Martin", [(2000, 0), (3000, 0), (3000, 1000), (2000, 1000)]),
]
# name, alt_names, l_from, l_to, r_from, r_to, vertices
STREETS = [
    ("Church Street", None, 1, 39, 2, 40, [(100, 500), (900, 500)]),
    ("Church Street", None, None, None, None, None, [(2100, 500), (2900, 500)]),
    # bent: east then north; ranges 1-99 left (odd), 2-100 right (even)
    ("Mountain View Boulevard", "MV Blvd;Bulevar Vista", 1, 99, 2, 100, [(500, 100), (500, 300), (700, 300)]),
    ("Mountain View Boulevard", "MV Blvd;Bulevar Vista", 101, 199, 102, 200, [(700, 300), (700, 1000)]),
    ("Ring Road", None, None, None, None, None, [(50, 50), (50, 950), (2950, 950), (2950, 50)]),
    ("Hibiscus Street", None, None, None, None, None, [(300, 100), (300, 1000)]),
    ("Constitution Drive", None, None, None, None, None, [(2200, 100), (2200, 950)]),
    # crosses the ring road twice: at (50, 200) in Salvapan and (2950, 200) in San Martin
    ("Hummingbird Highway", "Hummingbird Hwy", None, None, None, None, [(-5000, -5000), (0, 200), (3000, 200)]),
]
# name, alt_names, kind, point
LANDMARKS = [
    ("Belmopan Market", "Mercado de Belmopan", "market", (520, 520)),
    ("St Martin Catholic Church", "Iglesia Catolica San Martin", "church", (2500, 520)),
    ("Anglican Church", None, "church", (2600, 100)),
    ("Police Station", "Estacion de Policia", "police", (320, 800)),
]


def shift(points):
    return [QgsPointXY(X0 + x, Y0 + y) for x, y in points]


def _layer(uri, name, rows):
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def streets_layer():
    rows = [(QgsGeometry.fromPolylineXY(shift(v)), [n, a, lf, lt, rf, rt]) for n, a, lf, lt, rf, rt, v in STREETS]
    return _layer("LineString?crs=EPSG:32616&field=name:string&field=alt_names:string&field=l_from:integer"
                  "&field=l_to:integer&field=r_from:integer&field=r_to:integer", "streets", rows)


def areas_layer():
    rows = [(QgsGeometry.fromPolygonXY([shift(ring)]), [name]) for name, ring in AREAS]
    return _layer("Polygon?crs=EPSG:32616&field=name:string", "neighbourhoods", rows)


def landmarks_layer():
    rows = [(QgsGeometry.fromPointXY(shift([p])[0]), [n, a, k]) for n, a, k, p in LANDMARKS]
    return _layer("Point?crs=EPSG:32616&field=name:string&field=alt_names:string&field=kind:string",
                  "landmarks", rows)


def register_table(addresses, with_fid=None):
    """A geometry-less table with an ``Address`` column (and optionally a ``fid`` column)."""
    uri = "None?field=Address:string" + ("&field=fid:integer" if with_fid is not None else "")
    rows = []
    for i, address in enumerate(addresses):
        attributes = [address] + ([with_fid[i]] if with_fid is not None else [])
        rows.append((QgsGeometry(), attributes))
    return _layer(uri, "register", rows)
