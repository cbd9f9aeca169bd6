"""Results, candidates and the rule that turns candidates into matched / tied / unmatched.

The "no silent guess" rule: the best candidate is rejected as a match when another one
scores within ``TIE_MARGIN`` points of it yet lies more than ``TIE_DISTANCE_M`` away.
Candidates closer than that are the same place for a premises map (a corner drawn twice,
two segments of one block) and do not make a tie.
"""

import math
from dataclasses import dataclass, field
from typing import FrozenSet, List, Optional, Tuple

TIE_MARGIN = 5.0
TIE_DISTANCE_M = 250.0

MATCHED, TIED, UNMATCHED = "matched", "tied", "unmatched"
TYPES = ("range", "street", "intersection", "landmark", "area", "town", "memory", "coordinates", "manual")


@dataclass
class Candidate:
    type: str
    score: float
    point: Tuple[float, float]
    label: str  # what it is, for people: "Church Street (Salvapan)"
    street: str = ""  # the street name(s) for gc_street
    note: str = ""
    areas: FrozenSet[int] = frozenset()
    towns: FrozenSet[int] = frozenset()  # TownIndex ids; empty when the data does not say

    def distance(self, other: "Candidate") -> float:
        return math.hypot(self.point[0] - other.point[0], self.point[1] - other.point[1])

    def sort_key(self):
        return (-self.score, self.label, self.point)


@dataclass
class GeocodeResult:
    status: str
    score: float
    type: Optional[str]
    street: str = ""
    note: str = ""
    candidates: List[Candidate] = field(default_factory=list)
    point: Optional[Tuple[float, float]] = None

    @property
    def matched(self) -> bool:
        return self.status == MATCHED


def unmatched(note: str, score: float = 0.0, candidates=()) -> GeocodeResult:
    return GeocodeResult(UNMATCHED, round(float(score), 1), None, note=note, candidates=list(candidates))


def rivals_of(pool: List[Candidate]) -> List[Candidate]:
    """Candidates that tie with the best one (pool sorted best first), one per place."""
    best = pool[0]
    rivals: List[Candidate] = []
    for candidate in pool[1:]:
        if best.score - candidate.score > TIE_MARGIN:
            break
        if candidate.distance(best) <= TIE_DISTANCE_M:
            continue
        if any(candidate.distance(r) <= TIE_DISTANCE_M for r in rivals):
            continue
        rivals.append(candidate)
    return rivals


def decide(pool: List[Candidate], tie_note) -> GeocodeResult:
    """Matched with the best candidate, or tied with it and its rivals.

    ``tie_note(candidates) -> str`` words the tie. A tied row keeps the best candidate's
    point so it can be reviewed on the map; its status says it is not a match."""
    single = len(pool) == 1  # the common case: nothing to sort, no rival
    pool = pool if single else sorted(pool, key=Candidate.sort_key)
    best = pool[0]
    rivals = () if single else rivals_of(pool)
    if rivals:
        tied = [best, *rivals]
        return GeocodeResult(TIED, round(best.score, 1), best.type, street=best.street,
                             note=tie_note(tied), candidates=tied, point=best.point)
    return GeocodeResult(MATCHED, round(best.score, 1), best.type, street=best.street,
                         note=best.note, candidates=[best], point=best.point)
