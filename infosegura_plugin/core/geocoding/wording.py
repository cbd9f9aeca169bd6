"""The words of ``gc_note`` and of candidate labels: why a row got its result."""

from typing import List, Optional

from ...i18n import tr
from .tie_rule import TIE_DISTANCE_M, TIE_MARGIN


class Wording:
    def __init__(self, areas=None, towns=None):
        self.areas = areas
        self.towns = towns
        # Town names go into labels only when the data holds more than one town.
        self.several_towns = towns is not None and len(towns) > 1

    def _area_name(self, area: Optional[int]) -> str:
        if area is None or self.areas is None:
            return ""
        return self.areas.names[area]

    def _where(self, area: Optional[int], towns) -> str:
        """"Santa Ana, Orange Walk": the area and, when there are several, the town."""
        parts = []
        name = self._area_name(area)
        if name:
            parts.append(name)
        if self.several_towns and towns:
            town = self.towns.labels(towns)
            if town and town not in parts:
                parts.append(town)
        return ", ".join(parts)

    def street_label(self, street, area: Optional[int] = None) -> str:
        if area is None and len(street.areas) == 1:
            area = street.areas[0]
        if area is not None and self.areas is not None and self.areas.is_town[area]:
            area = None  # the town is said once, below
        where = self._where(area, street.towns)
        return tr("{} ({})").format(street.label, where) if where else street.label

    def corner_label(self, label_a: str, label_b: str, area: Optional[int], towns=()) -> str:
        where = self._where(area, towns)
        if where:
            return tr("{} & {} ({})").format(label_a, label_b, where)
        return tr("{} & {}").format(label_a, label_b)

    def landmark_label(self, name: str, area: Optional[int], towns=()) -> str:
        where = self._where(area, towns)
        return tr("{} ({})").format(name, where) if where else name

    def range_note(self, number: int, side: str, street: str, start: int, end: int) -> str:
        if side == "left":
            return tr("No. {} on the left side of {} (range {}-{})").format(number, street, start, end)
        return tr("No. {} on the right side of {} (range {}-{})").format(number, street, start, end)

    def street_note(self, street, number, area: Optional[int]) -> str:
        if number is None:
            note = tr("Placed on {}: the address gives no house number").format(street.label)
        elif street.has_ranges:
            note = tr("No. {} is outside the address ranges of {}; placed on the street").format(number, street.label)
        else:
            note = tr("{} has no address ranges; placed on the street").format(street.label)
        name = self._area_name(area)
        if name:
            note = tr("{}, in {}").format(note, name)
        return note

    def landmark_note(self, relation: Optional[str], name: str) -> str:
        if relation == "opposite":
            return tr("Opposite {} (placed at the landmark)").format(name)
        if relation == "behind":
            return tr("Behind {} (placed at the landmark)").format(name)
        if relation == "next_to":
            return tr("Next to {} (placed at the landmark)").format(name)
        if relation == "near":
            return tr("Near {} (placed at the landmark)").format(name)
        return tr("At {}").format(name)

    def not_an_address(self, kind: str) -> str:
        if kind == "empty":
            return tr("Blank address")
        if kind == "po_box":
            return tr("A post office box, not a place")
        if kind == "phone":
            return tr("A phone number, not an address")
        return tr("Not an address")

    def another_town(self, keys: List[str]) -> str:
        names = ", ".join(key.title() for key in keys)
        return tr("In another town ({}), outside the reference layers").format(names)

    def town_only(self, towns) -> str:
        return tr("Only the town {} is given: too coarse to place a premises; place it by hand").format(
            self.towns.labels(towns))

    def nothing_found(self, parsed, towns=()) -> str:
        if parsed.streets:
            if len(parsed.streets) >= 2:
                note = tr("No streets named like {} and {}").format(parsed.streets[0], parsed.streets[1])
            else:
                note = tr("No street named like {}").format(parsed.streets[0])
        elif parsed.landmark:
            note = tr("No landmark fits {}").format(parsed.landmark)
        elif parsed.places:
            note = tr("No area or landmark named {}").format(", ".join(parsed.places))
        else:
            return tr("Nothing in the address to locate")
        if towns:
            note = tr("{} in {}").format(note, self.towns.labels(towns))
        return note

    def tie(self, candidates: List, area_given: bool, town_given: bool = False) -> str:
        """Why a row is tied, in words, listing the candidates."""
        best = candidates[0]
        listing = "; ".join(c.label for c in candidates)
        same_type = all(c.type == best.type for c in candidates)
        streets_only = all(c.type in ("street", "range") for c in candidates)
        towns = set().union(*(c.towns for c in candidates))
        if streets_only and len({c.street for c in candidates}) == 1:
            if len(towns) > 1 and not town_given:
                return tr("{} streets named {}, in {}; no town given").format(
                    len(candidates), best.street, self.towns.labels(towns))
            if area_given or town_given:
                return tr("{} streets named {}; the area given does not decide").format(len(candidates), best.street)
            return tr("{} streets named {}; no area given").format(len(candidates), best.street)
        if same_type and best.type == "intersection" and len({c.street for c in candidates}) == 1:
            if len(towns) > 1 and not town_given:
                return tr("{} meet at {} places, in {}; no town given").format(
                    best.street, len(candidates), self.towns.labels(towns))
            if area_given or town_given:
                return tr("{} meet at {} places; the area given does not decide").format(best.street, len(candidates))
            return tr("{} meet at {} places; no area given").format(best.street, len(candidates))
        if same_type and best.type == "landmark":
            if len(towns) > 1 and not town_given:
                return tr("{} landmarks fit, in {}; no town given: {}").format(
                    len(candidates), self.towns.labels(towns), listing)
            return tr("{} landmarks fit: {}").format(len(candidates), listing)
        return tr("{} candidates within {:.0f} points of each other and over {:.0f} m apart: {}").format(
            len(candidates), TIE_MARGIN, TIE_DISTANCE_M, listing)
