"""The Geocoder: one free-text address -> GeocodeResult, level by level, best level first.

Levels: coordinates -> address memory -> house-number range -> intersection -> landmark
-> street -> area -> unmatched. The first level whose best candidate reaches the minimum
score decides, through the tie rule (``tie_rule.decide``). A covered town named in the
address (or given by the register's town column) narrows every level to that town; a
place the reference layers do not cover makes the row "in another town". Built from plain
data (see ``layers.py`` for QGIS layers); results are cached per address text and town.
"""

import re
from dataclasses import replace
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from ...i18n import tr
from ..addresses import normalise_street_name, parse_address
from ..addresses.places import PlaceVocabulary, place_key
from .area_index import AreaIndex
from .interpolation import interpolate_house
from .intersections import SNAP_TOLERANCE_M, crossings
from .landmark_index import LandmarkIndex
from .mile_markers import MileMarkers
from .qualifiers import PlaceResolver, Qualifiers
from .street_index import Street, StreetIndex
from .tie_rule import MATCHED, TIE_MARGIN, Candidate, GeocodeResult, decide, unmatched
from .town_index import TownIndex
from .wording import Wording

DEFAULT_MIN_SCORE = 80.0
# "#235 Forest Dr.", "Calle Real 45, OW", "No.52 Cll. X", "Back St. 4, Town": registers
# repeat the same street with many numbers, so a text with one plain number (1-4 digits;
# no letter, slash or dash against it, not part of a decimal or of 1,500, not a mile) is
# parsed once per wording, with a stand-in number, and the real number put back when the
# stand-in came out as the house number.
_PLAIN_NUMBER = re.compile(r"(?:(?<![\w.,/-])|(?<=\bno\.))(\d{1,4})(?![\w/-]|[.,]\d|\s*[-/]\s*\d|\s+de\b)",
                           re.IGNORECASE)
_MILE_BEFORE = re.compile(r"\b(?:mile|mi|milla|mls?)\W*$", re.IGNORECASE)
_STAND_IN = 7777
# Score taken off a street-level placement when the address gave a house number: more
# when the street has ranges that do not hold it (evidence against) than when it has none.
NUMBER_NOT_IN_RANGES = 10.0
NUMBER_WITHOUT_RANGES = 5.0
MILE_WITHOUT_MARKER = 10.0
MILE_BEYOND_MARKERS = 40.0  # far below any sensible MIN_SCORE: reported, never placed
# Only names this close to the best-scoring name are tried for an intersection.
INTERSECTION_NAME_SPREAD = 15.0


@lru_cache(maxsize=65536)
def _parse_template(text: str, vocabulary: Optional[PlaceVocabulary]):
    return parse_address(text, vocabulary)


def parse_numbered(text: str, vocabulary: Optional[PlaceVocabulary] = None):
    """``parse_address`` with one parse per street wording for numbered addresses.

    Used only when parsing the wording with a stand-in number gives back exactly that
    number as the house number (so the number played no other part in the parse)."""
    numbers = [m for m in _PLAIN_NUMBER.finditer(text) if not _MILE_BEFORE.search(text, 0, m.start())]
    if len(numbers) != 1:
        return parse_address(text, vocabulary)
    match = numbers[0]
    template = _parse_template(f"{text[:match.start()]}{_STAND_IN}{text[match.end():]}", vocabulary)
    if template.kind != "address" or template.house_number != _STAND_IN or template.house_number_to is not None:
        return parse_address(text, vocabulary)
    return with_number(template, text, int(match.group(1)),
                       template.normalised.replace(str(_STAND_IN), match.group(1), 1))


def with_number(template, raw: str, number: int, normalised: str):
    """The template's parse with its own text and house number (what ``dataclasses.replace``
    gives, lists shared alike, without running ``__init__`` again: a shallow copy)."""
    parsed = object.__new__(type(template))
    parsed.__dict__.update(template.__dict__)
    parsed.raw, parsed.house_number, parsed.normalised = raw, number, normalised
    return parsed


def reading_of(parsed) -> tuple:
    """What the levels below read of a parsed address (all of it but the raw text, the
    notes, the business name and the like): addresses that read the same get the same
    answer. Any field a level starts to read must be added here."""
    return (parsed.house_number, parsed.lot, tuple(parsed.streets), parsed.landmark, parsed.landmark_core,
            parsed.landmark_relation, parsed.landmark_town, tuple(parsed.places), tuple(parsed.towns),
            tuple(parsed.marked_towns), parsed.mile,
            None if parsed.streets else parsed.normalised)  # bare corners ("Main y Hidalgo") read it


def _place_names(towns: TownIndex, areas: Optional[AreaIndex]):
    return [town.label for town in towns.towns], areas.names if areas is not None and len(areas) else []


def vocabulary_of(towns: TownIndex, areas: Optional[AreaIndex]) -> PlaceVocabulary:
    """The place names a geocoder's parser recognises: its towns' and its areas'."""
    return PlaceVocabulary(*_place_names(towns, areas))


def vocabulary_keys(towns: TownIndex, areas: Optional[AreaIndex]):
    """``vocabulary_of(towns, areas).keys`` without making the vocabulary."""
    return PlaceVocabulary.keys_of(*_place_names(towns, areas))


class Geocoder:
    """Geocodes address texts against plain-data indexes, in one projected CRS."""

    def __init__(self, streets: StreetIndex, areas: Optional[AreaIndex] = None,
                 landmarks: Optional[LandmarkIndex] = None, mile_markers: Optional[MileMarkers] = None,
                 memory: Optional[Dict[str, List[Tuple[str, float, float, str]]]] = None,
                 min_score: float = DEFAULT_MIN_SCORE, towns: Optional[TownIndex] = None,
                 vocabulary: Optional[PlaceVocabulary] = None):
        """``memory``: key (``address_memory.memory_key``) -> [(town key, x, y, provenance words)];
        ``vocabulary``: ``vocabulary_of(towns, areas)`` when already made."""
        self.streets = streets
        self.areas = areas if areas is not None and len(areas) else None
        self.landmarks = landmarks if landmarks is not None and len(landmarks) else None
        self.mile_markers = mile_markers if mile_markers is not None and len(mile_markers) else None
        self.memory = memory or {}
        self.min_score = float(min_score)
        self.towns = towns if towns is not None else TownIndex()
        self._crossings: Dict[Tuple[int, int], List[Tuple[float, float]]] = {}
        self._point_areas: Dict[Tuple[float, float], Tuple[int, ...]] = {}
        self._range_hits: Dict[tuple, Optional[tuple]] = {}
        self.vocabulary = None
        self._refresh(vocabulary)

    def _refresh(self, vocabulary: Optional[PlaceVocabulary] = None):
        """(Re)build what depends on the covered places; empties the result cache."""
        if vocabulary is None or vocabulary is not self.vocabulary:
            self._parsed: Dict[str, object] = {}  # texts parsed ahead (``adopt_parses``)
        self.vocabulary = vocabulary or vocabulary_of(self.towns, self.areas)
        self.places = PlaceResolver(self.towns, self.areas, self.streets, self.landmarks, self.vocabulary)
        self.words = Wording(self.areas, self.towns)
        self._cache: Dict[Tuple[str, str], GeocodeResult] = {}
        self._readings: Dict[tuple, GeocodeResult] = {}
        self._resolved: Dict[tuple, Qualifiers] = {}
        self._town_matches: Dict[tuple, List[Tuple[Street, float]]] = {}
        # Corner and landmark candidates depend on the names and the places said, not on the
        # rest of the row: made once per such combination (registers repeat them).
        self._corners: Dict[tuple, tuple] = {}
        self._landmark_pools: Dict[tuple, List[Candidate]] = {}
        self._close: Dict[str, list] = {}  # the streets closest to a name, per name

    def adopt_town(self, name: str) -> None:
        """Take ``name`` as the town of every street, area and landmark that has none (a
        street layer of one town, told by the user or by the register)."""
        town_id = self.towns.add(name)
        if town_id is None:
            return
        self.towns.finish()
        town = frozenset([town_id])
        for segment in self.streets.segments:
            segment.towns = segment.towns or town
        for street in self.streets.streets:
            street.towns = street.towns or town
        if self.areas is not None:
            self.areas.towns = [found or town for found in self.areas.towns]
        if self.landmarks is not None:
            self.landmarks.towns = [found or town for found in self.landmarks.towns]
        # A town the parser already recognises keeps the vocabulary (and what it parsed).
        known = place_key(name) in set(self.vocabulary.spellings.values())
        self._refresh(self.vocabulary if known else None)

    def parse(self, text: str):
        """The address as this reference data reads it (its own place names recognised)."""
        parsed = self._parsed.get(text)
        return parsed if parsed is not None else parse_numbered(text, self.vocabulary)

    def adopt_parses(self, vocabulary: PlaceVocabulary, parsed: Dict[str, object]) -> None:
        """Take ``parsed`` (text -> ``parse_numbered(text, vocabulary)``, made elsewhere,
        e.g. by ``parse_ahead``) when ``vocabulary`` is still this geocoder's."""
        if vocabulary is self.vocabulary:
            self._parsed.update(parsed)

    # -- entry point -------------------------------------------------------------------
    def geocode(self, text, coordinates: Optional[Tuple[float, float]] = None,
                town: Optional[str] = None) -> GeocodeResult:
        """Never raises for any text; ``coordinates`` (working CRS) win when given;
        ``town``: the row's town from elsewhere (a register column), a qualifier like a
        town written in the address."""
        if coordinates is not None:
            return GeocodeResult(MATCHED, 100.0, "coordinates", note=tr("Coordinates given in the register"),
                                 point=(float(coordinates[0]), float(coordinates[1])))
        text = "" if text is None else str(text)
        town = "" if town is None else str(town).strip()
        result = self._cache.get((text, town))
        if result is None:
            # Retyped repeats ("#12 FOREST DR", "#12 Forest Dr") share one answer: the
            # parser ignores case and spacing; punctuation (commas split parts) is kept.
            folded = (" ".join(text.lower().split()), place_key(town) if town else "")
            result = self._cache.get(folded)
            if result is None:
                result = self._geocode_text(text, town or None)
                self._cache[folded] = result
            self._cache[(text, town)] = result
        return result

    def knows(self, text: str, town: str = "") -> bool:
        """Whether ``geocode(text, town=town)`` is already cached."""
        return (text, town) in self._cache

    def geocode_key(self, key: Tuple[str, str]) -> GeocodeResult:
        """``geocode`` of a key (address text, the row's stripped town or ""), as
        ``helper_process.geocode_keys`` asks."""
        text, town = key
        return self.geocode(text, town=town)

    def remember(self, key: Tuple[str, str], result: GeocodeResult) -> None:
        """Take ``result`` as the answer for ``key`` (text, stripped town): one that this
        geocoder's copy in another process gave (``helper_process``)."""
        text, town = key
        folded = (" ".join(text.lower().split()), place_key(town) if town else "")
        self._cache.setdefault(folded, result)
        self._cache[key] = self._cache[folded]

    def _geocode_text(self, text: str, town: Optional[str]) -> GeocodeResult:
        parsed = self.parse(text)
        if parsed.kind != "address":
            return unmatched(self.words.not_an_address(parsed.kind))
        if self.memory:
            remembered = self._remembered(text, self._qualifiers(parsed, town))
            if remembered is not None:
                return remembered
        # "#15 Calle X, Town" and "Cll. X No. 15 - TOWN" read the same: one answer per reading.
        key = (reading_of(parsed), town)
        result = self._readings.get(key)
        if result is None:
            result = self._readings[key] = self._geocode_parsed(parsed, town)
        return result

    def _qualifiers(self, parsed, town: Optional[str]) -> Qualifiers:
        """``places.resolve``, once per combination of what it reads: the places, towns and
        landmark said, whether a street or a mile is, the row's town (never changed after)."""
        key = (tuple(parsed.towns), tuple(parsed.places), tuple(parsed.marked_towns), parsed.landmark,
               parsed.landmark_town, bool(parsed.streets), parsed.mile is None, town)
        q = self._resolved.get(key)
        if q is None:
            q = self._resolved[key] = self.places.resolve(parsed, town)
        return q

    def _geocode_parsed(self, parsed, town: Optional[str]) -> GeocodeResult:
        q = self._qualifiers(parsed, town)
        if q.outside:
            return unmatched(self.words.another_town(q.uncovered))
        levels, no_corner = self._levels(parsed, q)
        best_seen: Optional[Candidate] = None
        for pool, tie_note in levels:
            if not pool:
                continue
            top = max(pool, key=lambda c: c.score)
            if best_seen is None or top.score > best_seen.score:
                best_seen = top
            if top.score >= self.min_score:
                return decide(pool, tie_note)
        if best_seen is None and no_corner:
            return unmatched(no_corner)
        if best_seen is None:
            if q.towns and not (q.areas or q.leftover or parsed.streets or parsed.landmark or parsed.mile is not None):
                return self._town_only(q)
            return unmatched(self.words.nothing_found(parsed, q.towns))
        note = tr("Best candidate {} scored {:.0f}, below the minimum {:.0f}").format(
            best_seen.label, best_seen.score, self.min_score)
        if best_seen.note:
            note += " (" + best_seen.note + ")"
        return unmatched(note, best_seen.score, [best_seen])

    def _remembered(self, text: str, q: Qualifiers) -> Optional[GeocodeResult]:
        if not self.memory:
            return None
        from .address_memory import memory_key

        entries = self.memory.get(memory_key(text))
        if not entries:
            return None
        if q.towns:
            named = {self.towns.towns[t].key for t in q.towns}
            entries = [e for e in entries if not e[0] or e[0] in named]
        pool = [Candidate("memory", 100.0, (x, y), text, "", tr("Remembered placement ({})").format(provenance))
                for _town, x, y, provenance in entries]
        if not pool:
            return None
        return decide(pool, lambda tied: tr("Remembered at {} places: {}").format(
            len(tied), "; ".join(c.note for c in tied)))

    def _town_only(self, q: Qualifiers) -> GeocodeResult:
        """Only a town: too coarse for a premises map. Unmatched, with the town for review."""
        pool = []
        for town_id in sorted(q.towns):
            point = self.towns.point_of(town_id)  # its polygon's point, when it has one
            if point is None:
                point = self.towns.point_of(town_id, self._street_points(town_id))
            if point is not None:
                pool.append(Candidate("town", 0.0, point, self.towns.label(town_id), "", "", frozenset(),
                                      frozenset([town_id])))
        return unmatched(self.words.town_only(q.towns), 0.0, pool)

    def _street_points(self, town_id: int) -> List[Tuple[float, float]]:
        points = []
        for street in self.streets.streets:
            if town_id in street.towns:
                if street._middle is None:
                    self.streets.street_point(street)
                points.append(street._middle)
        return points

    # -- levels ------------------------------------------------------------------------
    def _levels(self, parsed, q: Qualifiers):
        """([(candidate pool, tie wording)] in the order tried, why a named corner has no candidate)."""
        levels = []
        street_pool: List[Candidate] = []
        no_corner = None

        def tie(candidates):
            return self.words.tie(candidates, bool(q.areas), bool(q.towns))

        if len(parsed.streets) == 1:
            street_pool = self._street_candidates(parsed, parsed.streets[0], q)
        elif not parsed.streets:
            # A street written without its type word ("12 Mountain View") reads as a place.
            for place in q.leftover:
                street_pool = self._street_candidates(parsed, normalise_street_name(place), q)
                if street_pool:
                    break
        ranged = [c.score for c in street_pool if c.type == "range"]
        if ranged and max(c.score for c in street_pool) == max(ranged):
            levels.append((street_pool, tie))
        if len(parsed.streets) >= 2:
            corners, no_corner = self._intersection_candidates(parsed.streets[0], parsed.streets[1], q)
            levels.append((corners, tie))
        elif not parsed.streets:
            # "Main y Hidalgo", "Main at Church", "Main & Church" (read as a landmark, for
            # "church"): two bare names that are both streets here.
            for place in q.leftover + ([parsed.landmark] if parsed.landmark else []) + [parsed.normalised]:
                corners = self._bare_corner(place, q)
                if corners:
                    levels.append((corners, tie))
                    break
        if parsed.landmark or (q.leftover and not parsed.streets):
            levels.append((self._landmark_candidates(parsed, q), tie))
        levels.append((street_pool, tie))
        if q.areas:
            levels.append((self._area_candidates(q), tie))
        return levels, no_corner

    def _street_candidates(self, parsed, query: str, q: Qualifiers) -> List[Candidate]:
        pool = []
        number = parsed.house_number if not parsed.lot else None
        matches = self._matches_in_towns(query, q.towns)
        for street, score in matches:
            if parsed.mile is not None:
                pool.append(self._mile_candidate(street, score, parsed.mile, q))
                continue
            if number is not None:
                hit = self._range_hit(street, number, q.areas)
                if hit is not None:
                    point, segment, side, start, end = hit
                    area = next((a for a in segment.areas if a in q.areas), segment.area)
                    pool.append(Candidate("range", score, point, self.words.street_label(street, area), street.label,
                                          self.words.range_note(number, side, street.label, start, end),
                                          frozenset(segment.areas), segment.towns))
                    continue
            pool.append(self._street_candidate(street, score, number, q))
        if not q.towns and parsed.mile is None and len(pool) > 1:
            pool = self._one_name_several_towns(pool, matches)
        return q.narrow(pool)

    @staticmethod
    def _one_name_several_towns(pool: List[Candidate], matches) -> List[Candidate]:
        """The same street name in several towns and no town said: a house number that fits
        one town's ranges does not decide (ranges differ from town to town), so those
        candidates are made to tie with the best one."""
        best_name = matches[0][1]
        top = max(pool, key=lambda c: c.score)
        named = {s.label: score for s, score in matches if score >= best_name - TIE_MARGIN}
        if not top.towns or top.street not in named:
            return pool
        out = []
        for candidate in pool:
            other_town = candidate.towns and not (candidate.towns & top.towns)
            if other_town and candidate.street in named and candidate.score < top.score - TIE_MARGIN:
                candidate = replace(candidate, score=round(top.score - TIE_MARGIN, 1))
            out.append(candidate)
        return out

    def _matches_in_towns(self, query: str, towns) -> List[Tuple[Street, float]]:
        """``match_streets`` without streets of other towns than those named, best first,
        down to the last one worth placing (cached)."""
        key = (query, towns)
        found = self._town_matches.get(key)
        if found is None:
            found = self._town_matches[key] = []
            floor = None
            for street, score in self.streets.match_streets(query):
                if towns and street.towns and not street.towns & towns:
                    continue
                if floor is None:
                    # A street this far below the best name can neither win nor tie (the best
                    # one loses at most NUMBER_NOT_IN_RANGES), so it is not placed at all.
                    floor = score - NUMBER_NOT_IN_RANGES - TIE_MARGIN - 0.1
                elif score < floor:
                    break
                found.append((street, score))
        return found

    @staticmethod
    def _town_ok(towns, q: Qualifiers) -> bool:
        """Cheap pre-filter: a street in another town than the one named is never scored."""
        return not q.towns or not towns or bool(towns & q.towns)

    def _street_candidate(self, street: Street, score: float, number, q: Qualifiers, penalty=None, note=None):
        area = next((a for a in q.areas if a in street.areas), None)
        if penalty is None:
            if number is None:
                penalty = 0.0
            else:
                penalty = NUMBER_NOT_IN_RANGES if street.has_ranges else NUMBER_WITHOUT_RANGES
        if note is None:
            note = self.words.street_note(street, number, area)
        return Candidate("street", max(0.0, score - penalty), self.streets.street_point(street, area, q.towns),
                         self.words.street_label(street, area), street.label, note,
                         frozenset(street.areas), street.towns)

    def _range_hit(self, street: Street, number: int, areas: List[int]):
        """(point, segment, side, from, to) of the range holding ``number``, or None;
        the same house is often written several ways: each is placed once."""
        key = (street.id, number, tuple(areas))
        if key not in self._range_hits:
            self._range_hits[key] = self._place_house(street, number, areas)
        return self._range_hits[key]

    def _place_house(self, street: Street, number: int, areas: List[int]):
        hits = []
        wanted = set(areas)
        for _low, _high, _parity, i, side, start, end in self.streets.ranges_holding(street, number):
            outside = not (wanted & set(self.streets.segments[i].areas))
            hits.append((outside, i, 0 if side == "right" else 1, side, start, end))
        if not hits:
            return None
        _outside, i, _order, side, start, end = min(hits)
        segment = self.streets.segments[i]
        return interpolate_house(segment.polyline, number, start, end, side), segment, side, start, end

    def _mile_candidate(self, street: Street, score: float, mile: float, q: Qualifiers) -> Candidate:
        located, key = None, None
        if self.mile_markers is not None:
            # The address may use an alias ("Western Hwy", "Northern Highway") and the town
            # its local name: the markers carry one of the highway's names.
            names = (street.key, normalise_street_name(street.label), *self.streets.related_keys.get(street.key, ()))
            key = self.mile_markers.highway_key(*dict.fromkeys(names))
            located = self.mile_markers.locate(key, mile) if key else None
        if located is None and key is not None:
            first, last = self.mile_markers.span(key)
            if not first - 1 <= mile <= last + 1:
                # Miles far beyond the markers are another stretch of the highway, often
                # another town: never put them on this map's stretch.
                return self._street_candidate(
                    street, score, None, q, MILE_BEYOND_MARKERS,
                    tr("Mile {:g} is beyond the mile markers of {} (miles {:g} to {:g}): not on this map").format(
                        mile, street.label, first, last))
        if located is None:
            return self._street_candidate(street, score, None, q, MILE_WITHOUT_MARKER,
                                          tr("No mile marker for mile {:g} of {}; placed on the highway").format(
                                              mile, street.label))
        point, _key, exact = located
        note = (tr("Mile {:g} marker of {}") if exact else tr("Mile {:g} of {}, between two mile markers")).format(
            mile, street.label)
        # The markers belong to the highway, not to one town: a town named does not move them
        # (the candidate keeps the towns of the stretch that matched, to pass a town filter).
        return Candidate("range", score, point, tr("Mile {:g}, {}").format(mile, street.label), street.label, note,
                         frozenset(), street.towns)

    def _crossings_of(self, a: Street, b: Street):
        ax0, ay0, ax1, ay1 = a.bounds
        bx0, by0, bx1, by1 = b.bounds
        reach = SNAP_TOLERANCE_M
        if bx0 > ax1 + reach or ax0 > bx1 + reach or by0 > ay1 + reach or ay0 > by1 + reach:
            return ()  # most pairs (the same names in other towns): no need to remember them
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        found = self._crossings.get(key)
        if found is None:
            found = self._crossings[key] = crossings(a.geometry, b.geometry)
        return found

    def _areas_at(self, point) -> Tuple[int, ...]:
        """Areas holding a candidate's point (cached: labels ask for the same points often)."""
        if self.areas is None:
            return ()
        found = self._point_areas.get(point)
        if found is None:
            found = self._point_areas[point] = self.areas.areas_at_xy(*point)
        return found

    def _intersection_candidates(self, query_a: str, query_b: str, q: Qualifiers):
        """Corner candidates; when the named streets never meet, none (and a note why)."""
        key = (query_a, query_b, q.towns, tuple(q.areas))
        found = self._corners.get(key)
        if found is None:
            found = self._corners[key] = self._corner_candidates(query_a, query_b, q)
        return found

    def _corner_candidates(self, query_a: str, query_b: str, q: Qualifiers):
        matches_a = [m for m in self._close_matches(query_a) if self._town_ok(m[0].towns, q)]
        matches_b = [m for m in self._close_matches(query_b) if self._town_ok(m[0].towns, q)]
        pool = []
        for street_a, score_a in matches_a:
            for street_b, score_b in matches_b:
                if street_a.id == street_b.id:
                    continue
                points = self._crossings_of(street_a, street_b)
                if not points:
                    continue
                towns = (street_a.towns & street_b.towns) or (street_a.towns | street_b.towns)
                for point in points:
                    areas = self._areas_at(point)
                    area = areas[0] if areas else None
                    label = self.words.corner_label(street_a.label, street_b.label, area, towns)
                    pool.append(Candidate(
                        "intersection", min(score_a, score_b), point, label,
                        f"{street_a.label} & {street_b.label}",
                        tr("Corner of {} and {}").format(street_a.label, street_b.label),
                        frozenset(areas), towns))
        no_corner = None
        if not pool and matches_a and matches_b:
            # Never a street-level guess: the address names a corner that does not exist.
            no_corner = tr("{} and {} do not meet").format(matches_a[0][0].label, matches_b[0][0].label)
        return q.narrow(pool), no_corner

    def _bare_corner(self, place: str, q: Qualifiers) -> List[Candidate]:
        """A corner written as two bare names ("Hidalgo y Juarez", "Main at Church"), tried
        only when both names are streets of the data."""
        words = place.split()
        for i, word in enumerate(words):
            if word not in _BARE_CORNER_WORDS or i == 0 or i == len(words) - 1:
                continue
            first, second = " ".join(words[:i]), " ".join(words[i + 1:])
            if self._is_street_name(first) and self._is_street_name(second):
                corners, _none = self._intersection_candidates(
                    normalise_street_name(first), normalise_street_name(second), q)
                return corners
        return []

    def _is_street_name(self, phrase: str) -> bool:
        matches = self.streets.match_names(normalise_street_name(phrase))
        return bool(matches) and matches[0][1] >= self.min_score

    def _close_matches(self, query: str):
        found = self._close.get(query)
        if found is None:
            matches = self.streets.match_streets(query)
            top = matches[0][1] if matches else 0.0
            found = self._close[query] = [(s, score) for s, score in matches
                                          if score >= top - INTERSECTION_NAME_SPREAD]
        return found

    def _landmark_candidates(self, parsed, q: Qualifiers) -> List[Candidate]:
        if self.landmarks is None:
            return []
        key = (parsed.landmark, bool(parsed.streets), tuple(q.leftover), parsed.landmark_core, q.landmark_town,
               parsed.landmark_relation, q.towns, tuple(q.areas))
        found = self._landmark_pools.get(key)
        if found is None:
            found = self._landmark_pools[key] = self._landmark_pool(parsed, q)
        return found

    def _landmark_pool(self, parsed, q: Qualifiers) -> List[Candidate]:
        best: Dict[int, float] = {}
        phrases = [parsed.landmark] if parsed.landmark else []
        phrases += [p for p in q.leftover if not parsed.streets]
        for phrase in phrases:
            for i, score in self.landmarks.find(phrase):
                best[i] = max(best.get(i, 0.0), score)
        if parsed.landmark_core and q.landmark_town is not None:
            # "Orange Walk Police Station": the police station of Orange Walk.
            for i, score in self.landmarks.find(parsed.landmark_core):
                if q.landmark_town in self.landmarks.towns[i]:
                    best[i] = max(best.get(i, 0.0), score)
        pool = []
        for i, score in best.items():
            point = self.landmarks.points[i]
            areas = self._areas_at(point)
            area = areas[0] if areas else None
            name = self.landmarks.names[i]
            towns = self.landmarks.towns[i]
            pool.append(Candidate("landmark", score, point, self.words.landmark_label(name, area, towns), "",
                                  self.words.landmark_note(parsed.landmark_relation, name),
                                  frozenset(areas), towns))
        return q.narrow(pool)

    def _area_candidates(self, q: Qualifiers) -> List[Candidate]:
        pool = [Candidate("area", q.area_scores[a], self.areas.inside_point(a), self.areas.names[a],
                          "", tr("Only the area {} is given; placed inside it").format(self.areas.names[a]),
                          frozenset([a]), self.areas.towns[a]) for a in q.areas]
        return q.in_towns(pool)


# Words joining two bare street names into a corner ("Hidalgo y Juarez", "Main at Church").
_BARE_CORNER_WORDS = frozenset({"y", "con", "at", "and", "e"})
