"""Privacy, end to end: sensitive places planted under many spellings (categories, names,
flag fields, English and Spanish) go into the whole demo pipeline, and no output file the
demo writes, whatever tool wrote it, holds their names or their coordinates.

Output files are found by walking the demo's output folder, so tools added to the demo
later (bundles, atlases, public exports, ...) are covered without changing this test.
Archives (zip, xlsx, ods, docx) are opened and PDF streams inflated before searching.
"""

import io
import re
import sqlite3
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.conftest import ROOT, sample_gpkg_copy

# (category, name, flag field, flag value): every row is sensitive by exactly one rule.
PLANTED = [
    ("Women's Shelter", "Zafiro Haven Uno", None, None),
    ("Victim_Services", "Zafiro Haven Dos", None, None),
    ("Casas de Acogida", "Zafiro Haven Tres", None, None),
    ("safe-houses", "Zafiro Haven Cuatro", None, None),
    ("Centro de Atención a Víctimas", "Zafiro Haven Cinco", None, None),
    ("ALBERGUE", "Zafiro Haven Seis", None, None),
    ("refugios", "Zafiro Haven Siete", None, None),
    ("Domestic Violence Crisis Centre", "Zafiro Haven Ocho", None, None),
    ("school", "Zafiro Haven Nueve", "is_sensitive", "yes"),
    ("youth_centre", "Zafiro Haven Diez", "Confidencial", "sí"),
    ("playground", "Zafiro Haven Once", "restricted", "1"),
    ("police", "Zafiro Haven Doce", "private", "x"),
    ("community_centre", "Hope Women's Refuge Zafiro", None, None),
    ("School", "Casa Refugio Zafiro Trece", None, None),
]
FLAG_FIELDS = ("is_sensitive", "Confidencial", "restricted", "private")
# Near the sample's schools, youth centres and playgrounds (where the demo finds
# conflicts), a few odd centimetres off so the coordinates are unmistakable.
OFFSET = (3.14159265, -2.71828183)


def planted_places(tmp_path):
    """A GeoPackage of the planted places; returns it and their (name, x, y)."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    sample = sample_gpkg_copy()
    anchors = QgsVectorLayer(f"{sample}|layername=community_assets", "a", "ogr")
    points = [f.geometry().asPoint() for f in anchors.getFeatures()
              if f["category"] in ("school", "youth_centre", "playground")]
    assert len(points) >= len(PLANTED)
    fields = "&".join(["field=asset_id:string", "field=name:string", "field=category:string"]
                      + [f"field={f}:string" for f in FLAG_FIELDS])
    layer = QgsVectorLayer(f"Point?crs=EPSG:32616&{fields}", "planted", "memory")
    places, features = [], []
    for k, ((category, name, flag, value), anchor) in enumerate(zip(PLANTED, points)):
        x, y = anchor.x() + OFFSET[0] + k * 0.01, anchor.y() + OFFSET[1] - k * 0.01
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature["asset_id"] = f"ZAF-{k:04d}"
        feature["name"] = name
        feature["category"] = category
        if flag:
            feature[flag] = value
        features.append(feature)
        places.append((name, f"ZAF-{k:04d}", x, y))
    layer.dataProvider().addFeatures(features)
    path = tmp_path / "planted.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "planted"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    shelters = sample_shelters(sample)
    return path, places + shelters


def sample_shelters(sample):
    """The sample's own sensitive places (the demo's analysis input holds them too)."""
    connection = sqlite3.connect(str(sample))
    try:
        rows = connection.execute("SELECT name, asset_id, geom FROM community_assets WHERE sensitive = 1").fetchall()
    finally:
        connection.close()
    places = []
    for name, asset_id, blob in rows:
        # GeoPackage point: header (8 bytes + envelope) then little- or big-endian WKB.
        flags = blob[3]
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
        wkb = blob[8 + envelope:]
        endian = "<" if wkb[0] == 1 else ">"
        x, y = struct.unpack(endian + "dd", wkb[5:21])
        places.append((name, asset_id, x, y))
    assert places, "the sample has sensitive places"
    return places


def needles(places):
    """What must never appear: names and ids (any case) and coordinates (as doubles in
    both byte orders, and as text to 1, 2 and 3 decimals)."""
    texts, binary = set(), set()
    for name, asset_id, x, y in places:
        texts.update({name.lower(), asset_id.lower()})
        for value in (x, y):
            binary.update({struct.pack("<d", value), struct.pack(">d", value)})
            texts.update({f"{value:.1f}", f"{value:.2f}", f"{value:.3f}", repr(value)})
    return texts, binary


def unpacked(path: Path):
    """``(label, bytes)`` for a file and for what it holds: archive members, PDF streams."""
    data = path.read_bytes()
    yield str(path), data
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.namelist():
                inner = archive.read(member)
                yield f"{path}!{member}", inner
                if member.lower().endswith(".pdf"):
                    yield from _pdf_streams(f"{path}!{member}", inner)
    if data[:5] == b"%PDF-":
        yield from _pdf_streams(str(path), data)


def _pdf_streams(label, data):
    for k, match in enumerate(re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)):
        try:
            yield f"{label}#stream{k}", zlib.decompress(match.group(1))
        except zlib.error:
            continue


def leaks(folder: Path, places):
    texts, binary = needles(places)
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        for label, data in unpacked(path):
            lower = data.lower()
            found += [(label, t) for t in texts if t.encode("utf-8") in lower or t.encode("utf-16-le") in lower]
            found += [(label, "coordinate (binary)") for b in binary if b in data]
    return found


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("privacy")
    planted, places = planted_places(folder)
    out = folder / "out"
    completed = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"), "--out", str(out),
                                "--plant", str(planted)], capture_output=True, text=True, timeout=900)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return out, places, completed.stdout


def test_the_planted_places_reach_the_analysis(demo_run):
    _out, _places, stdout = demo_run
    # The conflicts tool met them (they sit next to schools and playgrounds) and hid them.
    assert re.search(r"warning: \d+ outlets are closer than the distance to a shelter or other sensitive site; "
                     r"these pairs are not written", stdout), stdout[-3000:]


def test_no_output_file_holds_a_sensitive_name_or_coordinate(demo_run):
    out, places, _stdout = demo_run
    files = [p for p in out.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".gpkg", ".png", ".html"}
    assert leaks(out, places) == []


def test_the_search_would_find_a_leak(demo_run, tmp_path):
    """The search itself works: a copy of an output with one planted name and one planted
    coordinate written into it is caught."""
    _out, places, _stdout = demo_run
    name, _asset_id, x, _y = places[0]
    leaky = tmp_path / "leaky"
    leaky.mkdir()
    (leaky / "report.html").write_text(f"<p>{name.upper()}</p>", encoding="utf-8")
    with zipfile.ZipFile(leaky / "bundle.zip", "w") as archive:
        archive.writestr("inner/table.bin", b"\x00" + struct.pack("<d", x) + b"\x00")
    found = leaks(leaky, places)
    assert (str(leaky / "report.html"), name.lower()) in found
    assert (f"{leaky / 'bundle.zip'}!inner/table.bin", "coordinate (binary)") in found
