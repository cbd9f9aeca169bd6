"""Score a geocoded register against a synthetic region's ground truth (issue 8 targets).

Used by benchmarks/bench_geocode_regions.py and tests/geocoding/test_unseen_town.py.
Reads the region's own files (region.json, region.gpkg, truth.csv) with OGR and shapely;
the geocoded rows come in as plain ``Outcome`` tuples (``outcomes_from_layer`` reads
them from a QGIS layer).

What counts as correct (docs/test_regions.md):
  house, corner       matched, <= 40 m from the true point
  landmark            matched, <= 150 m from the true point
  mile                matched, <= 100 m from the true point on the highway
  street              matched on the right street in the right town: within 30 m of one
                      of that street's segments in that town, and gc_street is its name
                      or one of its other names (when gc_street is filled)
  area                matched, inside the neighbourhood
  town_only           matched inside the town polygon, or unmatched as too coarse to
                      place (but not as "another town")
  expect == tied      the row comes out tied (the address fits several towns equally
                      and the register gives no town anywhere else)
  other_town, junk,   not matched (other_town should also say "another town" in gc_note)
  unlocatable
"""

import csv
import json
import math
import re
from collections import Counter, namedtuple
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import ogr
from shapely import wkb
from shapely.geometry import Point

TARGETS = {"answerable_correct": 0.95, "matched_wrong": 0.02, "junk_matched": 0.05, "rows_per_s": 5000}
STREET_DISTANCE_M = 30.0
ANSWERABLE = ("house", "street", "corner", "landmark", "area", "town_only", "mile")
UNANSWERABLE = ("other_town", "junk", "unlocatable")
ANOTHER_TOWN = re.compile(r"another town|other town|otra (localidad|ciudad|poblaci)|outside", re.IGNORECASE)

Outcome = namedtuple("Outcome", "row status x y street note")


def fold(text):
    return " ".join(str(text or "").casefold().replace("á", "a").replace("é", "e").replace("í", "i")
                    .replace("ó", "o").replace("ú", "u").replace("ñ", "n").split())


def load_manifest(folder):
    return json.loads((Path(folder) / "region.json").read_text(encoding="utf-8"))


def read_truth(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_register(folder, manifest=None, csv_name=None):
    """[(row number, address)] from the register CSV as the board wrote it (title block,
    its encoding and delimiter), in file order."""
    manifest = manifest or load_manifest(folder)
    reg = manifest["register"]
    name = csv_name or reg["csv"]
    bulk = csv_name is not None and csv_name != reg["csv"]
    encoding = "utf-8" if bulk else reg["encoding"]
    delimiter = "," if bulk else reg["delimiter"]
    skip = 0 if bulk else reg["title_lines"]
    with open(Path(folder) / name, encoding=encoding, newline="") as handle:
        lines = list(csv.reader(handle, delimiter=delimiter))[skip:]
    header = lines[0]
    i_row, i_address = header.index(reg["row_column"]), header.index(reg["address_column"])
    return [(int(line[i_row]), line[i_address]) for line in lines[1:]]


class Reference:
    """The region's geometry the truth points at: street segments, areas and towns by id."""

    def __init__(self, folder, manifest=None):
        manifest = manifest or load_manifest(folder)
        params, layers, ids = manifest["parameters"], manifest["layers"], manifest["ids"]
        ds = ogr.Open(str(Path(folder) / manifest["gpkg"]))
        self.segments = {}
        for f in ds.GetLayerByName(layers["streets"]):
            names = {fold(f.GetField(params["STREET_NAME_FIELD"]))}
            alias = f.GetField(params["STREET_ALIAS_FIELD"])
            if alias:
                names |= {fold(a) for a in alias.split(";")}
            self.segments[f.GetField(ids["streets"])] = (names, wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())))
        self.areas = {f.GetField(ids["areas"]): wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))
                      for f in ds.GetLayerByName(layers["areas"])}
        self.towns = {f.GetField(ids["towns"]): wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))
                      for f in ds.GetLayerByName(layers["towns"])}
        ds = None


def outcomes_from_layer(layer, row_field):
    """Outcome tuples from a geocoded QGIS layer (every feature, in layer order)."""
    out = []
    for f in layer.getFeatures():
        g = f.geometry()
        point = None if g is None or g.isNull() or g.isEmpty() else g.asPoint()
        out.append(Outcome(int(f[row_field]), str(f["gc_status"]), point.x() if point else None,
                           point.y() if point else None, _text(f["gc_street"]), _text(f["gc_note"])))
    return out


def _text(value):
    return "" if value is None or str(value) == "NULL" else str(value)


def is_correct(outcome, truth, reference):
    expect = truth["expect"]
    if expect == "tied":
        return outcome.status == "tied"
    if expect == "unmatched":
        return outcome.status != "matched"
    if outcome.status != "matched" or outcome.x is None:
        return False
    cls = truth["answer_class"]
    if cls in ("house", "corner", "landmark", "mile"):
        d = math.hypot(outcome.x - float(truth["true_x"]), outcome.y - float(truth["true_y"]))
        return d <= float(truth["tolerance_m"])
    point = Point(outcome.x, outcome.y)
    if cls == "street":
        segs = [reference.segments[int(i)] for i in truth["street_ids"].split(";")]
        names = set().union(*(s[0] for s in segs))
        if outcome.street and fold(outcome.street) not in names:
            return False
        return min(s[1].distance(point) for s in segs) <= STREET_DISTANCE_M
    if cls == "area":
        return reference.areas[int(truth["area_id"])].covers(point)
    if cls == "town_only":
        return reference.towns[int(truth["area_id"])].covers(point)
    return False


def town_only_correct(outcome, truth, reference):
    """A bare town: placed inside it, or left unmatched as too coarse to place, but never
    sent to 'another town' (the town must be recognised as covered)."""
    if outcome.status == "unmatched":
        return not ANOTHER_TOWN.search(outcome.note or "")
    return is_correct(outcome, truth, reference)


@dataclass
class Score:
    rows_in: int = 0
    rows_out: int = 0
    missing: int = 0
    duplicated: int = 0
    answerable: int = 0
    correct: int = 0
    matched: int = 0
    matched_wrong: int = 0
    junk: int = 0
    junk_matched: int = 0
    other_town: int = 0
    other_town_matched: int = 0
    other_town_noted: int = 0
    unlocatable: int = 0
    unlocatable_matched: int = 0
    by_class: dict = field(default_factory=dict)     # class -> Counter(n, correct, matched, tied, unmatched)
    by_form: dict = field(default_factory=dict)      # form -> Counter(n, correct)
    wrong: list = field(default_factory=list)        # (truth, outcome) of answerable rows not correct

    @property
    def every_row_once(self):
        return self.rows_in == self.rows_out and not self.missing and not self.duplicated

    def rate(self, part, whole):
        return part / whole if whole else 0.0

    @property
    def answerable_rate(self):
        return self.rate(self.correct, self.answerable)

    @property
    def matched_wrong_rate(self):
        return self.rate(self.matched_wrong, self.matched)

    @property
    def junk_matched_rate(self):
        return self.rate(self.junk_matched, self.junk)

    def meets(self):
        return {"answerable_correct": self.answerable_rate >= TARGETS["answerable_correct"],
                "matched_wrong": self.matched_wrong_rate <= TARGETS["matched_wrong"],
                "junk_matched": self.junk_matched_rate <= TARGETS["junk_matched"],
                "every_row_once": self.every_row_once}


def score(outcomes, truth_rows, reference):
    s = Score(rows_in=len(truth_rows), rows_out=len(outcomes))
    by_row = {}
    counts = Counter(o.row for o in outcomes)
    s.duplicated = sum(1 for c in counts.values() if c > 1)
    for o in outcomes:
        by_row.setdefault(o.row, o)
    for t in truth_rows:
        o = by_row.get(int(t["row"]))
        if o is None:
            s.missing += 1
            o = Outcome(int(t["row"]), "missing", None, None, "", "")
        cls = t["answer_class"]
        ok = town_only_correct(o, t, reference) if cls == "town_only" else is_correct(o, t, reference)
        c = s.by_class.setdefault(cls, Counter())
        c["n"] += 1
        c["correct"] += ok
        c[o.status] += 1
        if t["expect"] == "tied":
            c["expect_tied"] += 1
        f = s.by_form.setdefault(t["form"], Counter())
        f["n"] += 1
        f["correct"] += ok
        if o.status == "matched":
            s.matched += 1
            s.matched_wrong += not ok
        if cls in ANSWERABLE:
            s.answerable += 1
            s.correct += ok
            if not ok:
                s.wrong.append((t, o))
        elif cls == "junk":
            s.junk += 1
            s.junk_matched += o.status == "matched"
        elif cls == "other_town":
            s.other_town += 1
            s.other_town_matched += o.status == "matched"
            s.other_town_noted += o.status == "unmatched" and bool(ANOTHER_TOWN.search(o.note or ""))
        elif cls == "unlocatable":
            s.unlocatable += 1
            s.unlocatable_matched += o.status == "matched"
    return s


def class_table(score_):
    """Lines: per answer class, rows, % correct and the statuses they came out with."""
    lines = [f"    {'class':<12}{'rows':>6}{'correct':>9}{'matched':>9}{'tied':>6}{'unmatched':>10}  (expected tied)"]
    for cls in ANSWERABLE + UNANSWERABLE:
        c = score_.by_class.get(cls)
        if not c:
            continue
        lines.append(f"    {cls:<12}{c['n']:>6}{c['correct'] / c['n']:>9.1%}{c['matched']:>9}{c['tied']:>6}"
                     f"{c['unmatched'] + c['missing']:>10}  ({c['expect_tied']})")
    return lines
