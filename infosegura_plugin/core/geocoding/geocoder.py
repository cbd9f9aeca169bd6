"""The Geocoder: one free-text address -> GeocodeResult, level by level, best level first.

Levels: coordinates -> address memory -> house-number range -> intersection -> landmark
-> street -> area -> unmatched. The first level whose best candidate reaches the minimum
score decides, through the tie rule (``tie_rule.decide``). Built from plain data (see
``layers.py`` for QGIS layers); results are cached per address text for the run.
"""

import re
from dataclasses import replace
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from ...i18n import tr
from ..addresses import normalise_street_name, parse_address
from .area_index import AreaIndex
from .interpolation import interpolate_house
from .intersections import crossings
from .landmark_index import LandmarkIndex
from .mile_markers import MileMarkers
from .street_index import Street, StreetIndex
from .tie_rule import MATCHED, TIE_MARGIN, Candidate, GeocodeResult, decide, unmatched
from .wording import Wording

DEFAULT_MIN_SCORE = 80.0
# "#235 Forest Dr.": a leading house number of 1-4 digits and no other digit. Registers
# repeat the same street with many numbers, so such texts are parsed once per street
# wording (with a stand-in number) and the real number put back.
_LEADING_NUMBER = re.compile(r"^(\s*(?:#|no\.?|n[o\u00ba]\s*\.?)?\s*)(\d{1,4})(?=\s+[^\W\d])(\D*)$", re.IGNORECASE)
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
def _parse_template(text: str):
    return parse_address(text)


def parse_numbered(text: str):
    """``parse_address`` with one parse per street wording for leading-number addresses.

    Used only when parsing the wording with a stand-in number gives back exactly that
    number as the house number (so the number played no other part in the parse)."""
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return parse_address(text)
    template = _parse_template(f"{match.group(1)}{_STAND_IN}{match.group(3)}")
    if template.kind != "address" or template.house_number != _STAND_IN or template.house_number_to is not None:
        return parse_address(text)
    return replace(template, raw=text, house_number=int(match.group(2)),
                   normalised=template.normalised.replace(str(_STAND_IN), match.group(2), 1))


class Geocoder:
    """Geocodes address texts against plain-data indexes, in one projected CRS."""

    def __init__(self, streets: StreetIndex, areas: Optional[AreaIndex] = None,
                 landmarks: Optional[LandmarkIndex] = None, mile_markers: Optional[MileMarkers] = None,
                 memory: Optional[Dict[str, Tuple[float, float, str]]] = None,
                 min_score: float = DEFAULT_MIN_SCORE):
        """``memory``: key (``address_memory.memory_key``) -> (x, y, provenance words)."""
        self.streets = streets
        self.areas = areas if areas is not None and len(areas) else None
        self.landmarks = landmarks if landmarks is not None and len(landmarks) else None
        self.mile_markers = mile_markers if mile_markers is not None and len(mile_markers) else None
        self.memory = memory or {}
        self.min_score = float(min_score)
        self.words = Wording(self.areas)
        self._cache: Dict[str, GeocodeResult] = {}
        self._crossings: Dict[Tuple[int, int], List[Tuple[float, float]]] = {}

    # -- entry point -------------------------------------------------------------------
    def geocode(self, text, coordinates: Optional[Tuple[float, float]] = None) -> GeocodeResult:
        """Never raises for any text; ``coordinates`` (working CRS) win when given."""
        if coordinates is not None:
            return GeocodeResult(MATCHED, 100.0, "coordinates", note=tr("Coordinates given in the register"),
                                 point=(float(coordinates[0]), float(coordinates[1])))
        text = "" if text is None else str(text)
        result = self._cache.get(text)
        if result is None:
            # Retyped repeats ("#12 FOREST DR", "#12 Forest Dr") share one answer: the
            # parser ignores case and spacing; punctuation (commas split parts) is kept.
            folded = " ".join(text.lower().split())
            result = self._cache.get(folded)
            if result is None:
                result = self._geocode_text(text)
                self._cache[folded] = result
            self._cache[text] = result
        return result

    def _geocode_text(self, text: str) -> GeocodeResult:
        if self.memory:
            from .address_memory import memory_key

            remembered = self.memory.get(memory_key(text))
            if remembered is not None:
                x, y, provenance = remembered
                return GeocodeResult(MATCHED, 100.0, "memory", note=tr("Remembered placement ({})").format(provenance),
                                     point=(x, y))
        parsed = parse_numbered(text)
        if parsed.kind != "address":
            return unmatched(self.words.not_an_address(parsed.kind))
        if parsed.town:
            return unmatched(tr("In another town ({}), outside the street layer").format(parsed.town.title()))
        areas, area_scores, leftover_places = self._areas_named(parsed.places)
        levels, no_corner = self._levels(parsed, areas, area_scores, leftover_places)
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
            return unmatched(self.words.nothing_found(parsed))
        note = tr("Best candidate {} scored {:.0f}, below the minimum {:.0f}").format(
            best_seen.label, best_seen.score, self.min_score)
        if best_seen.note:
            note += " (" + best_seen.note + ")"
        return unmatched(note, best_seen.score, [best_seen])

    # -- levels ------------------------------------------------------------------------
    def _levels(self, parsed, areas: List[int], area_scores: Dict[int, float], leftover_places: List[str]):
        """([(candidate pool, tie wording)] in the order tried, why a named corner has no candidate)."""
        levels = []
        street_pool: List[Candidate] = []
        no_corner = None

        def tie(candidates):
            return self.words.tie(candidates, bool(areas))

        if len(parsed.streets) == 1:
            street_pool = self._street_candidates(parsed, parsed.streets[0], areas)
        elif not parsed.streets:
            # A street written without its type word ("12 Mountain View") reads as a place.
            for place in leftover_places:
                street_pool = self._street_candidates(parsed, normalise_street_name(place), areas)
                if street_pool:
                    break
        ranged = [c.score for c in street_pool if c.type == "range"]
        if ranged and max(c.score for c in street_pool) == max(ranged):
            levels.append((street_pool, tie))
        if len(parsed.streets) >= 2:
            corners, no_corner = self._intersection_candidates(parsed.streets[0], parsed.streets[1], areas)
            levels.append((corners, tie))
        phrases = [parsed.landmark] if parsed.landmark else []
        phrases += [p for p in leftover_places if not parsed.streets]
        if phrases:
            levels.append((self._landmark_candidates(phrases, parsed.landmark_relation, areas), tie))
        levels.append((street_pool, tie))
        if areas:
            levels.append((self._area_candidates(areas, area_scores), tie))
        return levels, no_corner

    def _areas_named(self, places: Sequence[str]):
        """(area indices, their name scores, places that are no area) for the place phrases."""
        areas, scores, leftover = [], {}, []
        for place in places:
            found = self.areas.find(place) if self.areas is not None else ()
            if found:
                top = found[0][1]
                for area, score in found:
                    if score >= top and area not in scores:
                        areas.append(area)
                        scores[area] = score
            else:
                leftover.append(place)
        return areas, scores, leftover

    def _in_areas(self, pool: List[Candidate], areas: List[int]) -> List[Candidate]:
        """Keep the close candidates in a named area, when the address names one and any is in it."""
        if not areas or not pool:
            return pool
        top = max(c.score for c in pool)
        close = [c for c in pool if c.score >= top - 10.0 and c.areas & set(areas)]
        return close or pool

    def _street_candidates(self, parsed, query: str, areas: List[int]) -> List[Candidate]:
        pool = []
        number = parsed.house_number if not parsed.lot else None
        matches = self.streets.match_streets(query)
        # A street this far below the best name can neither win nor tie (the best one
        # loses at most NUMBER_NOT_IN_RANGES), so it is not placed at all.
        floor = matches[0][1] - NUMBER_NOT_IN_RANGES - TIE_MARGIN - 0.1 if matches else 0.0
        for street, score in matches:
            if score < floor:
                break
            if parsed.mile is not None:
                pool.append(self._mile_candidate(street, score, parsed.mile, areas))
                continue
            if number is not None:
                hit = self._range_hit(street, number, areas)
                if hit is not None:
                    point, area, side, start, end = hit
                    pool.append(Candidate("range", score, point, self.words.street_label(street, area), street.label,
                                          self.words.range_note(number, side, street.label, start, end),
                                          frozenset([area]) if area is not None else frozenset()))
                    continue
            pool.append(self._street_candidate(street, score, number, areas))
        return self._in_areas(pool, areas)

    def _street_candidate(self, street: Street, score: float, number, areas, penalty=None, note=None):
        area = next((a for a in areas if a in street.areas), None)
        if penalty is None:
            if number is None:
                penalty = 0.0
            else:
                penalty = NUMBER_NOT_IN_RANGES if street.has_ranges else NUMBER_WITHOUT_RANGES
        if note is None:
            note = self.words.street_note(street, number, area)
        return Candidate("street", max(0.0, score - penalty), self.streets.street_point(street, area),
                         self.words.street_label(street, area if area is not None else None), street.label, note,
                         frozenset(street.areas))

    def _range_hit(self, street: Street, number: int, areas: List[int]):
        hits = []
        for low, high, parity, i, side, start, end in self.streets.range_table(street):
            if low <= number <= high and (parity is None or number % 2 == parity):
                hits.append((self.streets.segments[i].area not in areas, i, 0 if side == "right" else 1, side, start, end))
        if not hits:
            return None
        _outside, i, _order, side, start, end = min(hits)
        segment = self.streets.segments[i]
        return interpolate_house(segment.polyline, number, start, end, side), segment.area, side, start, end

    def _mile_candidate(self, street: Street, score: float, mile: float, areas) -> Candidate:
        located, key = None, None
        if self.mile_markers is not None:
            # The address may use an alias ("Western Hwy"): markers carry the primary name.
            key = self.mile_markers.highway_key(street.key, normalise_street_name(street.label))
            located = self.mile_markers.locate(key, mile) if key else None
        if located is None and key is not None:
            first, last = self.mile_markers.span(key)
            if not first - 1 <= mile <= last + 1:
                # Miles far beyond the markers are another stretch of the highway, often
                # another town: never put them on this map's stretch.
                return self._street_candidate(
                    street, score, None, areas, MILE_BEYOND_MARKERS,
                    tr("Mile {:g} is beyond the mile markers of {} (miles {:g} to {:g}): not on this map").format(
                        mile, street.label, first, last))
        if located is None:
            return self._street_candidate(street, score, None, areas, MILE_WITHOUT_MARKER,
                                          tr("No mile marker for mile {:g} of {}; placed on the highway").format(
                                              mile, street.label))
        point, _key, exact = located
        note = (tr("Mile {:g} marker of {}") if exact else tr("Mile {:g} of {}, between two mile markers")).format(
            mile, street.label)
        return Candidate("range", score, point, tr("Mile {:g}, {}").format(mile, street.label), street.label, note)

    def _crossings_of(self, a: Street, b: Street):
        key = (min(a.id, b.id), max(a.id, b.id))
        if key not in self._crossings:
            self._crossings[key] = crossings(a.geometry, b.geometry)
        return self._crossings[key]

    def _intersection_candidates(self, query_a: str, query_b: str, areas: List[int]):
        """Corner candidates; when the named streets never meet, none (and a note why)."""
        matches_a = self._close_matches(query_a)
        matches_b = self._close_matches(query_b)
        pool = []
        for street_a, score_a in matches_a:
            for street_b, score_b in matches_b:
                if street_a.id == street_b.id:
                    continue
                for point in self._crossings_of(street_a, street_b):
                    area = self.areas.area_at_xy(*point) if self.areas is not None else None
                    label = self.words.corner_label(street_a.label, street_b.label, area)
                    pool.append(Candidate(
                        "intersection", min(score_a, score_b), point, label,
                        f"{street_a.label} & {street_b.label}",
                        tr("Corner of {} and {}").format(street_a.label, street_b.label),
                        frozenset([area]) if area is not None else frozenset()))
        no_corner = None
        if not pool and matches_a and matches_b:
            # Never a street-level guess: the address names a corner that does not exist.
            no_corner = tr("{} and {} do not meet").format(matches_a[0][0].label, matches_b[0][0].label)
        return self._in_areas(pool, areas), no_corner

    def _close_matches(self, query: str):
        matches = self.streets.match_streets(query)
        if not matches:
            return []
        top = matches[0][1]
        return [(s, score) for s, score in matches if score >= top - INTERSECTION_NAME_SPREAD]

    def _landmark_candidates(self, phrases: Sequence[str], relation, areas: List[int]) -> List[Candidate]:
        if self.landmarks is None:
            return []
        pool = []
        for phrase in phrases:
            for i, score in self.landmarks.find(phrase):
                point = self.landmarks.points[i]
                area = self.areas.area_at_xy(*point) if self.areas is not None else None
                name = self.landmarks.names[i]
                pool.append(Candidate("landmark", score, point, self.words.landmark_label(name, area), "",
                                      self.words.landmark_note(relation, name),
                                      frozenset([area]) if area is not None else frozenset()))
        return self._in_areas(pool, areas)

    def _area_candidates(self, areas: List[int], scores: Dict[int, float]) -> List[Candidate]:
        return [Candidate("area", scores[a], self.areas.inside_point(a), self.areas.names[a],
                          "", tr("Only the area {} is given; placed inside it").format(self.areas.names[a]),
                          frozenset([a])) for a in areas]
