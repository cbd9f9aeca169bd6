"""What the places named in an address mean for the reference data.

A covered town (street town field, town polygon, an area that is a town, the street
layer's own town) *narrows* every level to that town. A neighbourhood *prefers* the
candidates in it. A recognised place that the layers do not cover ("Belize City" when
they hold Cayo) makes the row "in another town". Anything else is a phrase left for the
street and landmark levels ("12 Mountain View": a street written without its type).
"""

from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional

from ..addresses.normalise import normalise_street_name
from ..addresses.places import BELIZE_PLACES, place_key
from .tie_rule import Candidate

# Candidates this close to the best one may be preferred for lying in a named area.
AREA_PREFERENCE_SPREAD = 10.0
# A phrase that names a street or landmark of the data this well is that, not a town.
DATA_NAME_SCORE = 92.0


@dataclass
class Qualifiers:
    towns: FrozenSet[int] = frozenset()  # covered towns named: a hard filter
    areas: List[int] = field(default_factory=list)  # neighbourhoods named: a preference
    area_scores: Dict[int, float] = field(default_factory=dict)
    leftover: List[str] = field(default_factory=list)  # phrases that are neither
    uncovered: List[str] = field(default_factory=list)  # places outside the reference layers
    landmark_town: Optional[int] = None  # "Orange Walk Police Station": the town, if covered

    @property
    def outside(self) -> bool:
        """The address names only places the reference layers do not hold."""
        return bool(self.uncovered) and not self.towns

    def in_towns(self, pool: List[Candidate]) -> List[Candidate]:
        """The candidates in a named town; those of unknown town only when none is."""
        if not self.towns or not pool:
            return pool
        inside = [c for c in pool if c.towns & self.towns]
        return inside or [c for c in pool if not c.towns]

    def in_areas(self, pool: List[Candidate]) -> List[Candidate]:
        """The close candidates in a named area, when any is in one."""
        if not self.areas or not pool:
            return pool
        top = max(c.score for c in pool)
        wanted = set(self.areas)
        close = [c for c in pool if c.score >= top - AREA_PREFERENCE_SPREAD and c.areas & wanted]
        return close or pool

    def narrow(self, pool: List[Candidate]) -> List[Candidate]:
        return self.in_areas(self.in_towns(pool))


class PlaceResolver:
    """Turns a parsed address's places into ``Qualifiers`` for one set of reference data."""

    def __init__(self, towns, areas=None, streets=None, landmarks=None, vocabulary=None):
        self.vocabulary = vocabulary
        self.towns = towns
        self.areas = areas
        self.streets = streets
        self.landmarks = landmarks

    def resolve(self, parsed, town_hint: Optional[str] = None) -> Qualifiers:
        q = Qualifiers()
        towns = set()
        keys = list(parsed.towns)
        hint_key = self._hint_key(town_hint) if town_hint else ""
        if hint_key and hint_key not in keys:
            keys.append(hint_key)
        # "Cotton Tree" alone may be Cotton Tree Avenue; "Port Loyola, Hattieville" names a town.
        only_places = not (parsed.streets or parsed.landmark or parsed.places or parsed.mile is not None) \
            and len(keys) == 1
        for key in keys:
            if self._take_town_or_area(key, q, towns, exact=True):
                continue
            if key in BELIZE_PLACES and (key in parsed.marked_towns or not (only_places and self._names_data(key))):
                q.uncovered.append(key)
            elif key == hint_key:
                fuzzy = self.towns.find_fuzzy(key)
                if fuzzy is not None:
                    towns.add(fuzzy)
                else:
                    q.uncovered.append(key)
            else:
                q.leftover.append(key)
        for place in parsed.places:
            if not self._take_town_or_area(place, q, towns, exact=False):
                fuzzy = self.towns.find_fuzzy(place)
                if fuzzy is not None:
                    towns.add(fuzzy)
                else:
                    q.leftover.append(place)
        if parsed.landmark and q.uncovered and self.landmarks is not None:
            # "la Iglesia Católica Santa Cruz": the place is the end of the landmark's name.
            for key in list(q.uncovered):
                found = self.landmarks.find(f"{parsed.landmark} {key}")
                if found and found[0][1] >= DATA_NAME_SCORE:
                    q.uncovered.remove(key)
                    q.leftover.append(f"{parsed.landmark} {key}")
        if parsed.landmark_town:
            q.landmark_town = self.towns.find(parsed.landmark_town)
            if q.landmark_town is None and parsed.landmark_town in BELIZE_PLACES \
                    and not self._names_data(parsed.landmark):
                q.uncovered.append(parsed.landmark_town)  # "Corozal Police Station", Corozal not mapped
        q.towns = frozenset(towns)
        return q

    def _hint_key(self, hint: str) -> str:
        """The place a register's town column names ("OW", "Orange Walk Town", "Sta. Elena")."""
        from ..addresses.normalise import normalise_text

        tokens = normalise_text(hint).split()
        found = self.vocabulary.lookup(tokens, whole_part=True) if self.vocabulary is not None else None
        return found or place_key(hint)

    def _take_town_or_area(self, phrase: str, q: Qualifiers, towns: set, exact: bool) -> bool:
        town = self.towns.find(place_key(phrase))
        if town is not None:
            towns.add(town)
            return True
        found = self.areas.find(phrase) if self.areas is not None else ()
        if not found or (exact and found[0][1] < 100.0):
            return False
        top = found[0][1]
        for area, score in found:
            if score < top:
                break
            if self.areas.is_town[area]:
                towns.update(self.areas.towns[area])
            elif area not in q.area_scores:
                q.areas.append(area)
                q.area_scores[area] = score
        return True

    def _names_data(self, key: str) -> bool:
        """True when a built-in place name is also a street or landmark of the data
        ("Cotton Tree" for Cotton Tree Avenue): then it is that, not another town."""
        if self.streets is not None:
            matches = self.streets.match_names(normalise_street_name(key))
            if matches and matches[0][1] >= DATA_NAME_SCORE:
                return True
        if self.landmarks is not None:
            found = self.landmarks.find(key)
            if found and found[0][1] >= DATA_NAME_SCORE:
                return True
        return False
