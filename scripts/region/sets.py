"""The region sets: development (tune on it), frozen test (measure only), national (scale).

Same generator, different seeds, corridors, village names and field names. The dev and
test regions are committed under tests/data/regions/; the national layer and the
20,000-row registers are rebuilt at bench time (a few seconds, deterministic).
"""

import datetime as dt
import random
from pathlib import Path

from . import names as pools
from .build import build_region
from .layers import SCHEMES, assign_ids, build_layers, geocoder_parameters
from .network import TownSpec, merge_regions
from .register import BULK_MIX, MIX, RegisterMaker
from .writers import write_gpkg, write_manifest, write_register_csv, write_register_xlsx, write_truth

ROOT = Path(__file__).resolve().parents[2]
SYNTHETIC = "SYNTHETIC test data (InfoSegura): invented streets, places, premises and people"

# corridor -> the real towns on it, in highway order: (name, style, size, twin)
CORRIDORS = {
    "north": [("Orange Walk", "grid", 1.2, None), ("Corozal", "bay", 1.1, None)],
    "west": [("Santa Elena", "river", 1.4, "San Ignacio"), ("Benque Viejo del Carmen", "irregular", 1.3, None)],
    "belize": [("Belize City", "grid", 2.6, None), ("Ladyville", "strung", 1.4, None),
               ("Orange Walk", "grid", 1.5, None), ("Corozal", "bay", 1.4, None)],
    "cayo": [("Hattieville", "strung", 1.3, None), ("Santa Elena", "river", 1.5, "San Ignacio"),
             ("Benque Viejo del Carmen", "irregular", 1.4, None)],
    "south": [("Dangriga", "grid", 1.4, None), ("Independence", "strung", 1.4, None),
              ("Punta Gorda", "bay", 1.3, None)],
}
HIGHWAY_OF = {"north": "north", "west": "west", "belize": "north", "cayo": "west", "south": "south"}
SETS = {
    "dev": {"seed": 20260811, "corridor": "north", "scheme": "dev", "villages": pools.VILLAGES[0::2], "rows": 700,
            "encoding": "utf-8-sig", "delimiter": ";", "spanish_share": 0.65, "range_share": 0.5,
            "headings": ["Nº", "No. de Licencia", "Nombre del Establecimiento", "Titular (Licensee)",
                         "Dirección del Establecimiento", "Distrito", "Tipo de Licencia", "Fecha de Emisión",
                         "Fecha de Vencimiento", "Observaciones"],
            "board": "JUNTA DE LICENCIAS DE LICOR - DISTRITOS DE ORANGE WALK Y COROZAL", "prefix": "OW"},
    "test": {"seed": 73310492, "corridor": "west", "scheme": "test", "villages": pools.VILLAGES[1::2], "rows": 700,
             "encoding": "cp1252", "delimiter": ";", "spanish_share": 0.75, "range_share": 0.45,
             "headings": ["No.", "Licencia", "Negocio / Premises", "Propietario(a)", "Dirección / Address",
                          "Distrito", "Clase de Licencia", "Emitida", "Vence", "Notas"],
             "board": "CAYO LIQUOR LICENSING BOARD / JUNTA DE LICENCIAS DEL DISTRITO CAYO", "prefix": "CY"},
}
NATIONAL = {"seed": 5170023, "corridors": ["belize", "cayo", "south"], "scheme": "national", "rows": 20_000,
            "headings": ["Row", "Licence No.", "Premises", "Licensee", "Address", "District", "Class",
                         "Issued", "Expires", "Remarks"]}
MONTHS_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def corridor_stops(rng, corridor, villages, size=1.0, real_scale=1.0):
    """The highway's stops: the corridor's real towns with villages between and beyond."""
    real = CORRIDORS[corridor]
    stops, feeders = [], []

    def village(feeder=False):
        name = villages.pop()
        style = rng.choices(["strung", "irregular"], [0.65, 0.35])[0]
        return TownSpec(name, "Village", style, rng.uniform(0.6, 1.0) * (size ** 0.5), "", False, feeder=feeder)

    if rng.random() < 0.7:
        stops.append([village()])
    for k, (name, style, scale, twin) in enumerate(real):
        info = pools.REAL_TOWNS[name]
        scale *= real_scale
        group = [TownSpec(name, info["kind"], style, scale, info["district"], True, twin=twin)]
        if twin:
            group.append(TownSpec(twin, pools.REAL_TOWNS[twin]["kind"], style, scale, pools.REAL_TOWNS[twin]["district"], True))
        stops.append(group)
        if k + 1 < len(real):
            for _ in range(rng.randint(1, 3)):
                stops.append([village()])
    if rng.random() < 0.6:
        stops.append([village()])
    for _ in range(rng.randint(1, 2)):
        feeders.append(village(feeder=True))
    # a village takes the district of the real town nearest along the highway
    order = [g[0] for g in stops]
    for i, spec in enumerate(order):
        if not spec.real:
            near = min((j for j, s in enumerate(order) if s.real), key=lambda j: (abs(j - i), j))
            spec.district = order[near].district
    for spec in feeders:
        spec.district = pools.REAL_TOWNS[real[0][0]]["district"]
    return stops, feeders


def make_region(seed, corridor, villages, options):
    rng = random.Random(seed)
    pool = list(villages)
    rng.shuffle(pool)
    stops, feeders = corridor_stops(rng, corridor, pool)
    region = build_region(rng, HIGHWAY_OF[corridor], stops, feeders, options)
    return rng, region


def region_options(spec, scheme):
    return {"range_share": spec.get("range_share", 0.45), "spanish_share": spec.get("spanish_share", 0.7),
            "neighbourhoods": {"Town": 5, "City": 14}, "kinds": SCHEMES[scheme]["kinds"],
            "every_node": spec.get("every_node", False)}


def fill_register(rng, rows, spec, districts):
    """Licence numbers, premises, licensees, classes, dates and remarks; the register table."""
    classes = list(pools.CLASS_WEIGHTS)
    weights = [pools.CLASS_WEIGHTS[c] for c in classes]
    table = []
    year_counter = {}
    for k, (address, truth) in enumerate(rows, start=1):
        cls = rng.choices(classes, weights)[0]
        premises = rng.choice(pools.PREMISES[cls]).format(S=rng.choice(pools.S_WORDS), E=rng.choice(pools.E_WORDS))
        licensee = rng.choice(pools.COMPANIES) if rng.random() < 0.1 else f"{rng.choice(pools.FIRST)} {rng.choice(pools.LAST)}"
        issued = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
        expiry = dt.date(issued.year + 1, issued.month, min(issued.day, 28)) - dt.timedelta(days=1)
        year_counter[issued.year] = year_counter.get(issued.year, 0) + rng.randrange(1, 4)
        licence = f"{spec.get('prefix', 'BZ')}-{issued.year}-{year_counter[issued.year]:04d}"
        if rng.random() < 0.05:
            licence = f"{spec.get('prefix', 'BZ')}/{issued.strftime('%y')}/{year_counter[issued.year]:03d}"
        truth["row"], truth["licence_no"], truth["address"] = k, licence, address
        district = districts.get(truth["town"]) or rng.choice(sorted(set(districts.values())))
        table.append([str(k), licence, premises, licensee, address, district, cls, _date(rng, issued),
                      _date(rng, expiry) if rng.random() > 0.03 else "", rng.choice(pools.REMARKS)])
    return table


def _date(rng, d):
    if rng.random() < 0.06:
        return f"{d.day}-{MONTHS_ES[d.month - 1]}-{d.strftime('%y')}"
    return d.strftime("%d/%m/%Y")


def build_set(name, folder, rows=None):
    """Write one region set into ``folder``; returns its manifest."""
    spec = SETS[name]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    scheme = SCHEMES[spec["scheme"]]
    rng, region = make_region(spec["seed"], spec["corridor"], spec["villages"], region_options(spec, spec["scheme"]))
    assign_ids(rng, region, 0.5)
    layers = build_layers(region, scheme)
    write_gpkg(folder / "region.gpkg", layers, SYNTHETIC)
    maker = RegisterMaker(rng, region)
    register_rows = maker.rows(rows or spec["rows"], MIX)
    districts = {t.name: t.spec.district for t in region.towns}
    table = fill_register(rng, register_rows, spec, districts)
    boards = sorted({t.spec.district for t in region.towns})
    title = [spec["board"], f"Registro de licencias 2024-2025 - {SYNTHETIC}", ""]
    write_register_csv(folder / "register.csv", title, spec["headings"], table, spec["encoding"], spec["delimiter"])
    write_register_xlsx(folder / "register.xlsx", title, spec["headings"], table, {7, 8}, "Registro")
    write_truth(folder / "truth.csv", [t for _a, t in register_rows])
    manifest = _manifest(name, spec, scheme, region, len(table), boards)
    write_manifest(folder / "region.json", manifest)
    return manifest


def _manifest(name, spec, scheme, region, rows, districts):
    L = scheme["layers"]
    return {
        "name": name, "seed": spec["seed"], "synthetic": SYNTHETIC, "gpkg": "region.gpkg",
        "layers": L, "parameters": geocoder_parameters(scheme),
        "ids": {"streets": scheme["street"]["id"], "areas": scheme["area"]["id"], "towns": scheme["town"]["id"]},
        "register": {"csv": "register.csv", "xlsx": "register.xlsx", "encoding": spec.get("encoding", "utf-8"),
                     "delimiter": spec.get("delimiter", ","), "title_lines": 3, "row_column": spec["headings"][0],
                     "address_column": spec["headings"][4], "rows": rows},
        "truth": "truth.csv",
        "towns": sorted(t.name for t in region.towns), "districts": districts,
        "segments": len(region.segments),
    }


def build_national(folder, rows=None):
    """The national layer (>= 20 towns, >= 20,000 segments) and a 20,000-row register."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(NATIONAL["seed"])
    villages = list(pools.VILLAGES)
    rng.shuffle(villages)
    regions = []
    for corridor in NATIONAL["corridors"]:
        sub = random.Random(rng.random())
        stops, feeders = corridor_stops(sub, corridor, villages, size=1.4, real_scale=1.7)
        options = region_options({"every_node": True, "range_share": 0.4}, "national")
        regions.append(build_region(sub, HIGHWAY_OF[corridor], stops, feeders, options))
    region = merge_regions(regions)
    scheme = SCHEMES["national"]
    assign_ids(rng, region, 0.5)
    write_gpkg(folder / "region.gpkg", build_layers(region, scheme), SYNTHETIC)
    spec = dict(NATIONAL, prefix="BZ")
    register_rows = RegisterMaker(rng, region).rows(rows or NATIONAL["rows"], BULK_MIX)
    districts = {t.name: t.spec.district for t in region.towns}
    table = fill_register(rng, register_rows, spec, districts)
    write_register_csv(folder / "register.csv", [], NATIONAL["headings"], table, "utf-8", ",")
    write_truth(folder / "truth.csv", [t for _a, t in register_rows])
    manifest = _manifest("national", dict(spec, encoding="utf-8", delimiter=","), scheme, region, len(table),
                         sorted({t.spec.district for t in region.towns}))
    manifest["register"]["title_lines"] = 0
    write_manifest(folder / "region.json", manifest)
    return manifest


def build_bulk_register(name, folder, rows=20_000):
    """A 20,000-row, mostly distinct register on a set's region (speed), with its truth."""
    spec = SETS[name]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng, region = make_region(spec["seed"], spec["corridor"], spec["villages"], region_options(spec, spec["scheme"]))
    assign_ids(rng, region, 0.5)
    bulk = random.Random(spec["seed"] + 1)
    register_rows = RegisterMaker(bulk, region).rows(rows, BULK_MIX)
    districts = {t.name: t.spec.district for t in region.towns}
    table = fill_register(bulk, register_rows, spec, districts)
    write_register_csv(folder / "register_bulk.csv", [], spec["headings"], table, "utf-8", ",")
    write_truth(folder / "truth_bulk.csv", [t for _a, t in register_rows])
    return {"csv": "register_bulk.csv", "truth": "truth_bulk.csv", "rows": len(table),
            "address_column": spec["headings"][4], "row_column": spec["headings"][0]}
