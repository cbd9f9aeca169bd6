"""The season-to-season part of the synthetic Belmopan sample (called by make_sample.py).

Adds, without touching the files the rest of the sample writes:

* ``resources/sample/licence_register_2026q2.csv``: the same board's register one quarter
  later (reference date 2026-04-01), in the same messy format as the first one. Built from
  the first register with its own seed: some premises closed (most occasional licences,
  ~7 % of the others), some moved to another address, some changed class, licences that
  had lapsed mostly renewed (a third of them under a new licence number), some addresses
  re-typed (other abbreviations, capitals, town tails) and some premises names mistyped,
  a few new licensees, and new premises (licence numbers ``BMP-2026-nnnn``).
* ``tests/data/belmopan_register_2026q2_truth.csv``: for every premises of either register
  the change a reader of both registers should find (new, closed, moved, class_changed,
  renewed, unchanged), the licence numbers on both sides and the true new location.
* ``resources/sample/belmopan_history.gpkg``, layer ``incidents_history``: simulated
  incidents over twelve quarters (2023-Q2 ... 2026-Q1) with ``reported`` dates: a steady
  background drawn like the sample's incidents (outlets, bus terminal, market, police),
  plus scenario clusters (a 60 m Gaussian scatter around a point) with a known course:
  steady (Salvapan), growing every quarter (Las Palmas), fading but still there (Maya
  Mopan), gone in the final quarter (Tiger Run), and one around a premises of the later
  register that appears in the final quarter only (2026-Q1, when it opened).

Everything is invented; a fixed seed gives the same content every run.
"""

import csv
import datetime as dt
import io
import math
import random
import re

import numpy as np
from osgeo import ogr
from shapely.geometry import Point

SEASON_SEED = 20260401
REFERENCE_2 = dt.date(2026, 4, 1)
QUARTERS = [(2023, q) for q in (2, 3, 4)] + [(2024, q) for q in (1, 2, 3, 4)] + [(2025, q) for q in (1, 2, 3, 4)] + [
    (2026, 1)]
CHANGE_CLASS = {
    "Restaurant": "Publican's General", "Shop": "Publican's Restricted", "Beer": "Publican's General",
    "Publican's Restricted": "Publican's General", "Publican's General": "Night Club", "Hotel": "Restaurant",
    "Night Club": "Publican's General",
}
RETYPE = [
    (r"\bStreet\b", "St."), (r"\bSt\.?(?=\s|,|$)", "Street"), (r"\bAvenue\b", "Ave."), (r"\bAve?\.?(?=\s|,|$)", "Avenue"),
    (r"\bBoulevard\b", "Blvd"), (r"\bBlvd\.?(?=\s|,|$)", "Boulevard"), (r"\bDrive\b", "Dr."), (r"\bRoad\b", "Rd"),
]


def _retype(rng, address):
    """The same address written again by another clerk."""
    text = address
    for pattern, replacement in RETYPE:
        if re.search(pattern, text) and rng.random() < 0.7:
            text = re.sub(pattern, replacement, text, count=1)
            break
    r = rng.random()
    if r < 0.25:
        text = text.upper()
    elif r < 0.35:
        text = text.lower()
    if rng.random() < 0.4:
        text = re.sub(r",?\s*(Belmopan|Cayo District|C\.D\.|Cayo)(,\s*Cayo District|,\s*Cayo)?\s*$", "", text).strip()
        if rng.random() < 0.5:
            text += ", Belmopan"
    return text if text.strip() else address


def _mistype(rng, name):
    """One slip in the longest word of five letters or more (swap or double a letter)."""
    words = name.split()
    k = max(range(len(words)), key=lambda i: (len(words[i]), -i))
    word = words[k]
    if len(word) < 5 or not word.isalpha():
        return name
    i = rng.randrange(1, len(word) - 2)
    words[k] = word[:i] + word[i + 1] + word[i] + word[i + 2:] if rng.random() < 0.5 else word[:i] + word[i] + word[i:]
    return " ".join(words)


def build_season(ms, rows, areas, lines, segments, landmarks, assets, to_wgs84, sample_dir, truth_dir):
    """``ms``: the make_sample module (its helpers and word lists); ``rows``: the first
    register's rows as make_sample built them."""
    rng = random.Random(SEASON_SEED)
    first, seen = [], set()
    for r in rows:  # a re-entered row (same number, premises and address) is one premises
        key = (r["licence"], r["premises"], r["address"])
        if key not in seen:
            seen.add(key)
            first.append(r)
    pool = ms.build_register(rng, areas, lines, segments, landmarks, to_wgs84)
    placeable = [r for r in pool if r["truth"]["answerable"] and r["truth"]["form"] in ("range", "street", "intersection")]
    rng.shuffle(placeable)

    later, truth = [], []
    counter = 0
    for r in first:
        klass = r["class"]
        occasional = klass == "Occasional"
        if (occasional and rng.random() < 0.8) or (not occasional and rng.random() < 0.07):
            truth.append({"change": "closed", "old": r["licence"], "new": "", "row": None, "pt": None})
            continue
        new = dict(r)
        new["truth"] = dict(r["truth"])
        change = "unchanged"
        answerable_form = r["truth"]["answerable"] and r["truth"]["form"] in ("range", "street", "intersection")
        roll = rng.random()
        if answerable_form and roll < 0.06 and placeable:
            moved_to = placeable.pop()
            new["address"] = moved_to["address"]
            new["truth"] = dict(moved_to["truth"])
            new["lat"] = new["lon"] = ""
            change = "moved"
        elif klass in CHANGE_CLASS and roll < 0.11:
            new["class"] = klass = CHANGE_CLASS[klass]
            new["class_text"] = klass
            change = "class_changed"
        elif isinstance(r["expiry"], dt.date) and r["expiry"] < REFERENCE_2 and rng.random() < 0.75:
            start = max(r["expiry"] + dt.timedelta(days=1), dt.date(2025, 4, 1))
            new["issued"] = start + dt.timedelta(days=rng.randrange(0, 30))
            new["expiry"] = dt.date(new["issued"].year + 1, new["issued"].month, min(new["issued"].day, 28)) - \
                dt.timedelta(days=1)
            if rng.random() < 0.33:
                counter += rng.randrange(1, 4)
                new["licence"] = f"BMP-2026-{counter:04d}"
            change = "renewed"
        if change in ("renewed", "class_changed") and new["issued"] == r["issued"]:
            new["remarks"] = rng.choice(["", "", "Inspected", "Paid"])
        if change != "moved" and rng.random() < 0.3 and new["address"].strip():
            new["address"] = _retype(rng, new["address"])
        if rng.random() < 0.1:
            new["premises"] = _mistype(rng, new["premises"])
        if rng.random() < 0.05:
            new["licensee"] = f"{rng.choice(ms.FIRST)} {rng.choice(ms.LAST)}"
        new["issued_fmt"] = new["expiry_fmt"] = "dmy"
        later.append(new)
        truth.append({"change": change, "old": r["licence"], "new": new["licence"], "row": new,
                      "pt": new["truth"]["pt"]})

    used = {r["premises"] for r in later}
    new_rows = []
    for form_row in placeable[:24]:
        klass = ms.weighted(rng, [c for c, _w in ms.CLASS_WEIGHTS if c != "Occasional"],
                            [w for c, w in ms.CLASS_WEIGHTS if c != "Occasional"])
        for _ in range(20):
            name = rng.choice(ms.CLASS_TEMPLATES[klass]).format(X=rng.choice(ms.X_WORDS), S=rng.choice(ms.S_WORDS))
            if name not in used:
                break
        used.add(name)
        issued = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randrange(0, 85))
        counter += rng.randrange(1, 4)
        row = {"truth": form_row["truth"], "address": form_row["address"], "lat": "", "lon": "", "class": klass,
               "class_text": klass, "premises": name, "licensee": f"{rng.choice(ms.FIRST)} {rng.choice(ms.LAST)}",
               "issued": issued, "expiry": dt.date(issued.year + 1, issued.month, min(issued.day, 28))
               - dt.timedelta(days=1), "remarks": rng.choice(["", "", "New licence", "Inspected"]),
               "licence": f"BMP-2026-{counter:04d}", "issued_fmt": "dmy", "expiry_fmt": "dmy"}
        new_rows.append(row)
        truth.append({"change": "new", "old": "", "new": row["licence"], "row": row, "pt": row["truth"]["pt"]})
    later += new_rows
    later.sort(key=lambda r: (r["issued"] if isinstance(r["issued"], dt.date) else dt.date(2000, 1, 1), r["premises"]))
    for k, r in enumerate(later, start=1):
        r["source_row_2"] = k

    table = ms.register_table(rng, later)
    ms.write_csv(sample_dir / "licence_register_2026q2.csv", table)
    _write_truth(truth_dir / "belmopan_register_2026q2_truth.csv", truth)
    on_premise_new = [r["truth"]["pt"] for r in new_rows if r["class"] in ms.ON_PREMISE and r["truth"]["pt"]]
    incidents = simulate_history(rng, ms, segments, areas, rows, assets, on_premise_new)
    _write_history(ms, sample_dir / "belmopan_history.gpkg", incidents)
    return {"register_2026q2_rows": len(later), "incidents_history": len(incidents)}


def _write_truth(path, truth):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["source_row", "change", "old_licence_id", "new_licence_id", "true_x", "true_y"])
    ordered = sorted(truth, key=lambda t: (t["row"] is None, t["row"]["source_row_2"] if t["row"] else 0, t["old"]))
    for t in ordered:
        pt = t["pt"]
        writer.writerow([t["row"]["source_row_2"] if t["row"] else "", t["change"], t["old"], t["new"],
                         f"{pt[0]:.2f}" if pt else "", f"{pt[1]:.2f}" if pt else ""])
    path.write_bytes(buf.getvalue().encode("utf-8"))


# --------------------------------------------------------------------------- incidents over time
def simulate_history(rng, ms, segments, areas, rows, assets, new_outlets):
    """Background incidents per quarter plus three scenario clusters with a known course."""
    boundary = ms.BOUNDARY
    outlets = sorted({r["truth"]["pt"] for r in rows if r["class"] in ms.ON_PREMISE and r["truth"]["answerable"]
                      and r["truth"]["pt"]})

    def near(pt, pts, d):
        return any(math.hypot(pt[0] - q[0], pt[1] - q[1]) <= d for q in pts)

    bus = [a["pt"] for a in assets if a["category"] == "bus_terminal"]
    market = [a["pt"] for a in assets if a["category"] == "market"]
    police = [a["pt"] for a in assets if a["category"] == "police"]

    def log_lambda(pt):
        return (1.10 * near(pt, outlets, 200) + 0.70 * near(pt, bus, 300) + 0.30 * near(pt, market, 200)
                - 0.25 * near(pt, police, 300))

    lmax = 2.10
    pool = [s for s in segments if s.nb is not None]
    lengths = np.cumsum([s.geom.length for s in pool])
    centre = {name: poly.centroid for name, poly in areas}
    anchor = {name: ms.snap_near_street(pool, (c.x, c.y))[0] for name, c in centre.items()}
    opened = new_outlets[0] if new_outlets else anchor["Belama"]
    scenarios = [  # anchor, incidents per quarter (12 quarters, oldest first)
        (anchor["Salvapan"], [8] * 12),                                       # persistent
        (anchor["Las Palmas"], [5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]),   # intensifying
        (anchor["Maya Mopan"], [16, 15, 14, 13, 12, 11, 10, 9, 8, 8, 7, 7]),  # diminishing
        (anchor["Tiger Run"], [9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0]),         # historical
        (opened, [0] * 11 + [14]),                                            # new: the premises opened in 2026-Q1
    ]
    types = ["assault", "disorderly conduct", "theft", "robbery", "harm", "drunk and disorderly", "fight"]
    type_w = [25, 20, 18, 10, 10, 10, 7]
    result = []
    for q, (year, quarter) in enumerate(QUARTERS):
        first_day = dt.date(year, 3 * quarter - 2, 1)
        days = (dt.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - first_day).days
        count = 0
        while count < 36:
            r = rng.random() * lengths[-1]
            s = pool[int(np.searchsorted(lengths, r, side="right"))]
            pt = ms.side_point(s.geom, rng.random(), "R", rng.gauss(0, 10))
            if not boundary.contains(Point(pt)) or rng.random() >= math.exp(log_lambda(pt) - lmax):
                continue
            count += 1
            result.append((q, first_day + dt.timedelta(days=rng.randrange(days)), pt))
        for anchor, per_quarter in scenarios:
            for _ in range(per_quarter[q]):
                angle, dist = rng.uniform(0, 2 * math.pi), abs(rng.gauss(0, 60))
                pt = (anchor[0] + dist * math.cos(angle), anchor[1] + dist * math.sin(angle))
                result.append((q, first_day + dt.timedelta(days=rng.randrange(days)), pt))
    result.sort(key=lambda item: (item[1], round(item[2][0], 2), round(item[2][1], 2)))
    out = []
    for k, (q, day, pt) in enumerate(result, start=1):
        year, quarter = QUARTERS[q]
        out.append({"id": f"INH-{day.year}-{k:05d}", "period": q + 1, "quarter": f"{year}-Q{quarter}",
                    "reported": day.isoformat(), "pt": (round(pt[0], 2), round(pt[1], 2)),
                    "type": ms.weighted(rng, types, type_w)})
    return out


def _write_history(ms, path, incidents):
    ms.write_gpkg(path, [(
        "incidents_history", ogr.wkbPoint,
        [("incident_id", "text"), ("period", "int"), ("quarter", "text"), ("reported", "text"),
         ("incident_type", "text")],
        [(Point(i["pt"]), [i["id"], i["period"], i["quarter"], i["reported"], i["type"]]) for i in incidents],
    )])
