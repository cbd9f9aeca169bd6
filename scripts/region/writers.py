"""Files of a region set: GeoPackage, register CSV and XLSX, ground truth, manifest.

Fixed timestamps and feature order, so the same seed gives the same content (and, with
the same GDAL and openpyxl, the same bytes).
"""

import csv
import datetime as dt
import io
import json
import re
import zipfile

from osgeo import gdal, ogr, osr

EPSG = 32616
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
GEOMETRY = {"line": ogr.wkbLineString, "polygon": ogr.wkbPolygon, "point": ogr.wkbPoint}
FIELD_TYPES = {"int": ogr.OFTInteger, "text": ogr.OFTString, "real": ogr.OFTReal}
TRUTH_HEADER = ["row", "licence_no", "answer_class", "form", "expect", "town", "tied_towns", "true_x", "true_y",
                "tolerance_m", "street", "street_2", "street_ids", "area", "area_layer", "area_id", "landmark",
                "address"]

gdal.UseExceptions()
ogr.UseExceptions()


def write_gpkg(path, layers, description):
    """``layers``: {name: (geometry kind, [(field, type)], [(shapely geometry, [values])])}."""
    if path.exists():
        path.unlink()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")
    try:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        for name, (kind, fields, features) in layers.items():
            lyr = ds.CreateLayer(name, srs, GEOMETRY[kind], options=[
                "FID=fid", "SPATIAL_INDEX=YES", f"DESCRIPTION={description}"])
            for fname, ftype in fields:
                lyr.CreateField(ogr.FieldDefn(fname, FIELD_TYPES[ftype]))
            ds.StartTransaction()
            defn = lyr.GetLayerDefn()
            setters = [{"int": "SetFieldInteger64", "text": "SetFieldString", "real": "SetField"}[t]
                       for _f, t in fields]
            for k, (geom, values) in enumerate(features, start=1):
                f = ogr.Feature(defn)
                f.SetFID(k)
                for i, (setter, value) in enumerate(zip(setters, values)):
                    if value is None:
                        f.SetFieldNull(i)
                    else:
                        getattr(f, setter)(i, value)
                f.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
                lyr.CreateFeature(f)
            ds.CommitTransaction()
        ds = None
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", None)


def write_register_csv(path, title, header, table, encoding, delimiter):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for line in title:
        writer.writerow([line] + [""] * (len(header) - 1))
    writer.writerow(header)
    writer.writerows(table)
    path.write_bytes(buf.getvalue().encode(encoding))


def write_register_xlsx(path, title, header, table, date_columns, sheet):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for k, line in enumerate(title, start=1):
        ws.cell(row=k, column=1, value=line or None)
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(header)
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for values in table:
        out = []
        for i, v in enumerate(values):
            if i in date_columns and isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", v):
                day, month, year = map(int, v.split("/"))
                out.append(dt.date(year, month, day))
            elif i == 0 and isinstance(v, str) and v.isdigit():
                out.append(int(v))
            else:
                out.append(v if v != "" else None)
        ws.append(out)
        for i in date_columns:
            cell = ws.cell(row=ws.max_row, column=i + 1)
            if isinstance(cell.value, dt.date):
                cell.number_format = "dd/mm/yyyy"
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"
    for i, width in enumerate([6, 16, 32, 26, 46, 14, 26, 12, 12, 26][: len(header)]):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    wb.properties.creator = "InfoSegura scripts/make_region.py"
    wb.properties.lastModifiedBy = "InfoSegura scripts/make_region.py"
    wb.properties.title = "Synthetic licence register (InfoSegura test region)"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)


def write_truth(path, rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, TRUTH_HEADER, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in TRUTH_HEADER})
    path.write_bytes(buf.getvalue().encode("utf-8"))


def write_manifest(path, manifest):
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
