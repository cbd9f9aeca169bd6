"""Licence register rows with their ground truth.

Each row first gets a true location (a house on a ranged segment, a street, a corner, a
landmark, a neighbourhood, a town, a highway mile) and then an address written from it
the clerk's way (clerk.py). Rows whose words fit several towns equally (a bare "Main
Street" when three towns have one) are expected to come out ``tied``.

Answer classes: house, street, corner, landmark, area, town_only, mile (answerable);
other_town (a place outside the layers: expected unmatched, "another town"), junk
(blank, phone numbers, P.O. boxes...: expected unmatched), unlocatable (a street the
layers do not have, in a covered town: expected not matched).
"""

import math

from . import clerk
from . import names as pools
from .build import highway_point
from .places import side_point

MIX = {"house": 30, "street": 14, "corner": 12, "landmark": 12, "area": 6, "town_only": 3, "mile": 4,
       "other_town": 7, "junk": 9, "unlocatable": 3}
BULK_MIX = {"house": 58, "street": 9, "corner": 11, "landmark": 6, "area": 3, "town_only": 1, "mile": 3,
            "other_town": 4, "junk": 3, "unlocatable": 2}
TOLERANCE = {"house": 40.0, "corner": 40.0, "landmark": 150.0, "mile": 100.0}
P_TOWN = 0.72          # how often a clerk writes the town
WEIGHT = {"Main": 3.0, "Highway": 2.0, "Local": 1.0, "Alley": 0.5, "Rural": 0.5, "Track": 0.0}  # premises per street
OTHER_PLACES = ["Belmopan", "Belmopan City", "San Pedro Town", "San Pedro, Ambergris Caye", "Caye Caulker",
                "Roaring Creek", "Placencia Village", "Burrell Boom", "Ladyville", "Dangriga Town", "Belize City",
                "Punta Gorda", "Hattieville", "Independence Village", "Hopkins Village"]


def fold(text):
    return " ".join(text.casefold().translate(clerk.ACCENTS).split())


class RegisterMaker:
    def __init__(self, rng, region):
        self.rng, self.region = rng, region
        self.towns = [t for t in region.towns]
        self._choices, self._cache = {}, {}
        self.weights = [sum(len(st.segments) for st in t.streets.values()) ** 0.8 for t in self.towns]
        self.name_towns = {}      # folded name or alias -> towns having such a street
        self.meets = {}           # town -> {(street a, street b): [node]}
        for town in self.towns:
            for st in town.streets.values():
                if st.name:
                    for variant in [st.name] + st.alias:
                        self.name_towns.setdefault(fold(variant), set()).add(town.name)
            self.meets[town.name] = _meetings(town)
        self.pair_towns = {}
        for town in self.towns:
            for a, b in self.meets[town.name]:
                for va in [a.name] + a.alias:
                    for vb in [b.name] + b.alias:
                        self.pair_towns.setdefault(frozenset((fold(va), fold(vb))), set()).add(town.name)
        self.category_towns, self.alias_towns = {}, {}
        for town in self.towns:
            for lm in town.landmarks:
                key = lm["name"].split(" ")[0] if lm["category"] == "fuel" else lm["category"]
                self.category_towns.setdefault((lm["category"], key), set()).add(town.name)
                for variant in [lm["name"]] + lm["aliases"]:
                    self.alias_towns.setdefault(fold(variant), set()).add(town.name)
        self.nb_towns = {}
        for town in self.towns:
            for name, _poly in town.neighbourhoods:
                self.nb_towns.setdefault(name, set()).add(town.name)
        bases = {_base(n) for n in self.name_towns}
        self.missing = [n for n in pools.MISSING_STREETS if _base(fold(n)) not in bases]

    # ------------------------------------------------------------------ helpers
    def pick_town(self, where=None):
        key = where.__name__ if where else None
        if key not in self._choices:
            towns = [t for t in self.towns if where is None or where(t)]
            self._choices[key] = (towns, [self.weights[self.towns.index(t)] for t in towns])
        towns, weights = self._choices[key]
        return self.rng.choices(towns, weights)[0]

    def cached(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def truth(self, cls, form, town=None, **kw):
        t = {"answer_class": cls, "form": form, "expect": "matched", "town": town.name if town else "",
             "tied_towns": "", "true_x": "", "true_y": "", "tolerance_m": TOLERANCE.get(cls, ""), "street": "",
             "street_2": "", "street_ids": "", "area": "", "area_layer": "", "area_id": "", "landmark": ""}
        t.update(kw)
        return t

    def tie(self, truth, towns_with_it):
        if len(towns_with_it) > 1:
            truth["expect"] = "tied"
            truth["tied_towns"] = ";".join(sorted(towns_with_it))
            truth["town"] = ""
        return truth

    def with_town(self, core, town, allow_district=True):
        if self.rng.random() < 0.1 and allow_district:
            return clerk.attach_town(self.rng, core, clerk.town_text(self.rng, town), clerk.district_text(self.rng, town.spec.district))
        return clerk.attach_town(self.rng, core, clerk.town_text(self.rng, town))

    def point(self, pt):
        return {"true_x": f"{pt[0]:.2f}", "true_y": f"{pt[1]:.2f}"}

    # ------------------------------------------------------------------ classes
    def house(self):
        rng = self.rng
        town = self.pick_town(_has_ranges)
        streets, weights = self.cached(("ranged", town.name), lambda: _weighted_streets(town, True))
        st = rng.choices(streets, weights)[0]
        segs = [s for s in st.segments if s.has_range()]
        seg = rng.choice(segs)
        side = rng.choice([s for s, v in (("R", seg.r_from), ("L", seg.l_from)) if v is not None])
        lo, hi = (seg.r_from, seg.r_to) if side == "R" else (seg.l_from, seg.l_to)
        step = 2 if hi >= lo else -2
        n = lo + step * rng.randrange(abs(hi - lo) // 2 + 1)
        f = 0.5 if hi == lo else (n - lo) / (hi - lo)
        length = seg.geom.length
        f = min(1.0, max(0.0, f + rng.uniform(-3, 3) / length))
        pt = side_point(seg.coords, f, side, rng.uniform(9, 15))
        text, lot = clerk.house_text(rng, n, clerk.street_text(rng, st.name))
        # a lot number is a land parcel: the street is the answer, the house point a bonus
        truth = self.truth("street" if lot else "house", "lot_number" if lot else "house", town, street=st.name,
                           street_ids=";".join(str(s.sid) for s in st.segments), **self.point(pt))
        return self._place(text, truth, town, self.name_towns[fold(st.name)])

    def street(self):
        rng = self.rng
        town = self.pick_town()
        streets, weights = self.cached(("named", town.name), lambda: _weighted_streets(town, False))
        st = rng.choices(streets, weights)[0]
        written_name = st.name
        if st.alias and rng.random() < 0.25:
            written_name = rng.choice(st.alias)
        unranged = not st.ranged and rng.random() < 0.35 and st.cls != "Highway"
        written = clerk.street_text(rng, written_name)
        seg = rng.choice(st.segments)
        pt = side_point(seg.coords, rng.uniform(0.2, 0.8), rng.choice("LR"), 12.0)
        form = "street"
        if unranged:   # a house number on a street without ranges: the street is the answer
            written, _lot = clerk.house_text(rng, rng.randrange(1, 160), written)
            form = "house_no_range"
        truth = self.truth("street", form, town, street=st.name,
                           street_ids=";".join(str(s.sid) for s in st.segments), **self.point(pt))
        must_town = st.cls == "Highway"
        return self._place(written, truth, town, self.name_towns[fold(written_name)], must_town=must_town)

    def corner(self):
        rng = self.rng
        town = self.pick_town(self._has_corners)
        pairs, weights = self.cached(("pairs", town.name), lambda: self._weighted_pairs(town))
        (a, b), nodes = rng.choices(pairs, weights)[0]
        if rng.random() < 0.5:
            a, b = b, a
        na = rng.choice([a.name] + a.alias) if a.alias and rng.random() < 0.3 else a.name
        nb = rng.choice([b.name] + b.alias) if b.alias and rng.random() < 0.3 else b.name
        base = rng.random() < 0.4
        wa = clerk.street_text(rng, na, base_only=base and rng.random() < 0.8)
        wb = clerk.street_text(rng, nb, base_only=base)
        either = na.split(" ")[0] in clerk.ES_TYPES or nb.split(" ")[0] in clerk.ES_TYPES
        spanish = rng.random() < (0.6 if either else 0.2)
        text = clerk.corner_text(rng, wa, wb, spanish)
        truth = self.truth("corner", "corner_base" if base else "corner", town, street=a.name, street_2=b.name,
                           **self.point(nodes[0]))
        return self._place(text, truth, town, self.pair_towns[frozenset((fold(na), fold(nb)))])

    def landmark(self):
        rng = self.rng
        town = self.pick_town(_has_landmarks)
        lm = rng.choice(town.landmarks)
        village = town.spec.kind == "Village"
        spanish = rng.random() < 0.5
        special = lm["category"] in ("industry", "bridge")
        mode = "name" if special else clerk.weighted(rng, [(45, "noun"), (30, "name"), (25, "noun_town")])
        if lm["category"] == "fuel":
            mode = "noun"
        ang, dist = rng.uniform(0, 2 * math.pi), rng.uniform(20, 60)
        pt = (lm["pt"][0] + dist * math.cos(ang), lm["pt"][1] + dist * math.sin(ang))
        truth = self.truth("landmark", f"landmark_{mode}", town, landmark=lm["name"], **self.point(pt))
        if mode == "noun_town":
            text = clerk.landmark_text(rng, lm, village, clerk.town_text(rng, town), spanish, mode)
            return clerk.noise(rng, text), truth
        text = clerk.landmark_text(rng, lm, village, None, spanish, mode)
        if mode == "name":
            towns = self.alias_towns.get(fold(lm["name"]), {town.name})
            if town.name.casefold() in lm["name"].casefold():
                return clerk.noise(rng, text), truth
        else:
            key = lm["name"].split(" ")[0] if lm["category"] == "fuel" else lm["category"]
            towns = self.category_towns[(lm["category"], key)]
        return self._place(text, truth, town, towns)

    def area(self):
        rng = self.rng
        town = self.pick_town(_has_neighbourhoods)
        name, _poly = rng.choice(town.neighbourhoods)
        forms = [(4, "{N}"), (3, "{N} area"), (1, "{N} Area"), (1, "{N} neighbourhood"), (1, "Sector {N}")]
        if not name.startswith(("Barrio", "Colonia")):
            forms += [(2, "Barrio {N}"), (1, "Bo. {N}"), (1, "Col. {N}")]
        text = clerk.weighted(rng, forms).format(N=name)
        truth = self.truth("area", "area", town, area=name, area_layer="areas",
                           area_id=self.region.area_ids[(town.name, name)])
        return self._place(text, truth, town, self.nb_towns[name], p_town=0.65)

    def town_only(self):
        rng = self.rng
        town = self.pick_town()
        text = clerk.town_text(rng, town)
        if rng.random() < 0.3:
            text = f"{text}{rng.choice([', ', ' '])}{clerk.district_text(rng, town.spec.district)}"
        truth = self.truth("town_only", "town_only", town, area=town.name, area_layer="towns",
                           area_id=self.region.town_ids[town.name])
        return clerk.noise(rng, text), truth

    def mile(self):
        rng = self.rng
        road = rng.choice(self.region.highways)
        miles = [m for m, _pt in road.markers]
        mile = round(rng.uniform(miles[0], miles[-1]) * 4) / 4
        pt = highway_point(road, mile, rng.choice([-15.0, 15.0]))
        forms = [road.name] + road.alias + road.written
        text = clerk.mile_text(rng, mile, forms)
        inside = next((t for t in self.towns if t.polygon.contains(_pt(pt))), None)
        truth = self.truth("mile", "mile", inside, **self.point(pt))
        if inside is not None and rng.random() < 0.5:
            text = clerk.attach_town(rng, text, clerk.town_text(rng, inside))
        return clerk.noise(rng, text), truth

    def other_town(self):
        rng = self.rng
        region_names = {t.name for t in self.towns}
        places = [p for p in OTHER_PLACES if not any(p.startswith(n) for n in region_names)]
        places += [w for n, v in pools.REAL_TOWNS.items() if n not in region_names for w in v["written"][:2]]
        place = rng.choice(places)
        common = self.cached("common", lambda: sorted({st.name for t in self.towns for st in t.streets.values()
                                                       if st.name in pools.COMMON_STREETS}))
        name = rng.choice(common) if common and rng.random() < 0.6 else rng.choice(pools.COMMON_STREETS)
        core = clerk.weighted(rng, [
            (4, clerk.house_text(rng, rng.randrange(1, 90), clerk.street_text(rng, name))[0]),
            (3, clerk.street_text(rng, name)),
            (2, clerk.landmark_text(rng, {"category": rng.choice(["police", "market", "church"]), "name": "",
                                      "aliases": []}, False, None, rng.random() < 0.5, "noun")),
            (1, f"{rng.choice(self.region.highways).name}"),
        ])
        if rng.random() < 0.15 and self.nb_towns:
            core = rng.choice(sorted(self.nb_towns))
        text = clerk.attach_town(rng, core, place)
        return clerk.noise(rng, text), self.truth("other_town", "other_town", None, expect="unmatched", area=place)

    def junk(self):
        rng = self.rng
        town = self.pick_town()
        d = rng.randrange
        text = clerk.weighted(rng, [
            (3, ""), (2, " "), (2, "N/A"), (1, "n/a"), (2, "see file"), (2, "Ver expediente"), (1, "VER ARCHIVO"),
            (3, f"Tel. {d(200, 899)}-{d(1000, 9999)}"), (3, f"Cel: 6{d(10, 70)}-{d(1000, 9999)}"),
            (2, f"{d(600, 699)}-{d(1000, 9999)}"), (3, f"P.O. Box {d(1, 999)}, {clerk.town_text(rng, town)}"),
            (2, f"Apartado Postal {d(1, 500)}"), (2, "TBA"), (1, "Por definir"), (2, "same as above"), (1, "ídem"),
            (1, "-"), (1, "--"), (1, "???"), (1, "mobile vendor"), (1, "Vendedor ambulante"),
            (1, "various locations"), (1, "varios"), (2, f"Lot {d(1, 400)}"), (1, f"Block {d(1, 40)}"),
            (1, f"c/o {rng.choice(pools.FIRST)} {rng.choice(pools.LAST)}"), (1, f"{rng.choice(pools.S_WORDS)}"),
        ])
        return text, self.truth("junk", "junk", None, expect="unmatched")

    def unlocatable(self):
        rng = self.rng
        town = self.pick_town()
        name = rng.choice(self.missing)
        core = clerk.street_text(rng, name, p_typo=0)
        if rng.random() < 0.5:
            core = clerk.house_text(rng, rng.randrange(1, 120), core)[0]
        text = self.with_town(core, town) if rng.random() < 0.8 else core
        return clerk.noise(rng, text), self.truth("unlocatable", "unlocatable", town, expect="unmatched", street=name)

    def _has_corners(self, town):
        return bool(self.meets[town.name])

    def _weighted_pairs(self, town):
        """Pairs that are a corner in several towns come up more: the ties to catch."""
        pairs = sorted(self.meets[town.name].items(), key=lambda kv: (kv[0][0].name, kv[0][1].name))
        weights = [20 if len(self.pair_towns[frozenset((fold(a.name), fold(b.name)))]) > 1 else 1
                   for (a, b), _n in pairs]
        return pairs, weights

    # ------------------------------------------------------------------ the row
    def _place(self, core, truth, town, towns_with_it, p_town=P_TOWN, must_town=False):
        """Write the town (or not); without it, a name found in several towns is a tie."""
        if must_town or self.rng.random() < p_town:
            return clerk.noise(self.rng, self.with_town(core, town)), truth
        if len(towns_with_it) == 1 and self.rng.random() < 0.15:   # the district alone
            district = clerk.district_text(self.rng, town.spec.district)
            return clerk.noise(self.rng, f"{core}, {district}"), truth
        return clerk.noise(self.rng, core), self.tie(truth, towns_with_it)

    def rows(self, count, mix):
        classes = [c for c in mix for _ in range(round(mix[c] * count / sum(mix.values())))]
        while len(classes) < count:
            classes.append("house")
        classes = classes[:count]
        self.rng.shuffle(classes)
        return [getattr(self, cls)() for cls in classes]


def _has_ranges(town):
    return any(st.ranged for st in town.streets.values())


def _has_landmarks(town):
    return bool(town.landmarks)


def _has_neighbourhoods(town):
    return bool(town.neighbourhoods)


def _weighted_streets(town, ranged):
    streets = sorted((st for st in town.streets.values() if st.name and st.cls != "Track"
                      and (st.ranged or not ranged)), key=lambda s: s.name)
    return streets, [WEIGHT[s.cls] for s in streets]


def _base(folded):
    """A street name without its type word: 'calle tzalam' -> 'tzalam'."""
    words = folded.split(" ")
    if words[0] in {fold(t) for t in clerk.ES_TYPES} and len(words) > 1:
        return " ".join(words[1:])
    if words[-1] in {fold(t) for t in clerk.EN_TYPES} and len(words) > 1:
        return " ".join(words[:-1])
    return folded


def _pt(pt):
    from shapely.geometry import Point

    return Point(pt)


def _meetings(town):
    """Pairs of named streets of a town that meet at exactly one junction: {(a, b): [node]}."""
    at, ends = {}, {}
    for st in town.streets.values():
        for seg in st.segments:
            for end in (seg.coords[0], seg.coords[-1]):
                ends[end] = ends.get(end, 0) + 1
                if st.name:
                    at.setdefault(end, set()).add(id(st))
    by_id = {id(st): st for st in town.streets.values()}
    pairs = {}
    for node, ids in at.items():
        if ends[node] < 3:      # where one street changes its name: not a corner
            continue
        streets = sorted((by_id[i] for i in ids), key=lambda s: s.name)
        for i, a in enumerate(streets):
            for b in streets[i + 1:]:
                pairs.setdefault((a, b), []).append(node)
    return {pair: nodes for pair, nodes in pairs.items() if len(nodes) == 1}

