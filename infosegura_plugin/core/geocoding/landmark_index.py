"""Landmarks by name, alias and kind, with common nouns matched across English and Spanish.

Layer names and register phrases both pass through ``canonical_landmark`` ("Mercado
Central" -> "central market", "la iglesia católica" -> "catholic church"), so comparison
happens in one language. A phrase made of common words ("the market", "the church") fits
every landmark of that kind: when several fit, the caller's tie rule reports a tie.
"""

from collections import defaultdict
from typing import Dict, List, Sequence, Set, Tuple

from ..addresses.fuzzy import close_matches
from ..addresses.landmark_nouns import canonical_landmark
from ..addresses.normalise import normalise_text
from .memo import remembered

# Layer `kind` values -> the canonical noun a register would use for them.
KIND_NOUNS = {
    "market": "market", "church": "church", "school": "school", "police": "police station",
    "hospital": "hospital", "bus_terminal": "bus terminal", "park": "park", "bank": "bank",
    "gas_station": "gas station", "store": "store", "supermarket": "supermarket store",
    "health_centre": "health centre", "clinic": "clinic", "stadium": "stadium",
    "library": "library", "post_office": "post office", "fire_station": "fire station",
    "community_centre": "community centre", "youth_centre": "youth centre", "hotel": "hotel",
    "restaurant": "restaurant", "bar": "bar", "pharmacy": "pharmacy", "embassy": "embassy",
    "ministry": "ministry", "city_hall": "town hall", "roundabout": "roundabout",
    "university": "university", "cemetery": "cemetery", "playground": "park",
    "fuel_station": "gas station", "petrol_station": "gas station", "police_post": "police station",
    "health_facility": "health centre hospital clinic", "health_post": "health centre clinic",
    "town_hall": "town hall", "municipality": "town hall",
    "sports_field": "football field", "football_field": "football field", "government": "government office",
}
_ARTICLES = frozenset({"la", "el", "los", "las", "the", "lo"})


def _generic_words():
    from ..addresses.landmark_nouns import LANDMARK_NOUNS

    words = {w for noun in LANDMARK_NOUNS for w in (noun if isinstance(noun, tuple) else noun.split())}
    words |= set(" ".join(KIND_NOUNS.values()).split())
    return frozenset(words | {"de", "del", "la", "las", "el", "los", "the", "of", "municipal", "central", "main",
                              "public", "national", "town", "city", "village", "new", "old", "nuevo", "viejo"})


_GENERIC_WORDS = _generic_words()
# Every word of the phrase is in the landmark's name or kind ("the market" and "Las Flores
# Farmers Market"): more than the tie margin below an exact name or alias, so a landmark
# whose alias IS the phrase ("the market") wins, and several merely containing it tie.
CONTAINED_SCORE = 90.0
# ... every word in its names and its kind ("hospital" for a Health Facility): a little less.
KIND_SCORE = 86.0
MIN_LANDMARK_SCORE = 70.0
FIND_CACHE_SIZE = 4096


class LandmarkIndex:
    """Points with names (and ';'-separated aliases) and an optional kind."""

    def __init__(self, points: Sequence[Tuple[float, float]], names: Sequence[str],
                 aliases: Sequence[Sequence[str]] = (), kinds: Sequence[str] = ()):
        self.points = [(float(x), float(y)) for x, y in points]
        self.names = [str(n or "").strip() for n in names]
        aliases = list(aliases) or [()] * len(self.names)
        kinds = list(kinds) or [""] * len(self.names)
        self.forms: List[Tuple[str, ...]] = []  # canonical names of each landmark
        self.name_words: List[frozenset] = []  # every word of its names
        self.words: List[frozenset] = []  # every word of its names and kind noun
        for name, alias_list, kind in zip(self.names, aliases, kinds):
            forms = []
            for text in (name, *alias_list):
                form = canonical_landmark(text or "")
                if form and form not in forms:
                    forms.append(form)
            kind_key = normalise_text(kind or "").replace(" ", "_")
            noun = KIND_NOUNS.get(kind_key, kind_key.replace("_", " "))
            name_words = set()
            for form in forms:
                name_words.update(form.split())
            self.forms.append(tuple(forms))
            self.name_words.append(frozenset(name_words))
            self.words.append(frozenset(name_words | set(noun.split())))
        # TownIndex ids of each landmark (filled by the geocoder's builder).
        self.towns = [frozenset()] * len(self.points)
        self._found: dict = {}
        # Every name of every landmark in one list (scored against a phrase in one call),
        # and the landmarks by the words of their names and kind.
        self._form_list: List[str] = []
        self._form_owner: List[int] = []
        self._form_ids: List[List[int]] = [[] for _ in self.forms]
        for i, forms in enumerate(self.forms):
            self._add_forms(i, forms)
        self._by_word: Dict[str, Set[int]] = defaultdict(set)
        for i, words in enumerate(self.words):
            for word in words:
                self._by_word[word].add(i)

    def __len__(self):
        return len(self.points)

    def _add_forms(self, i: int, forms) -> None:
        for form in forms:
            self._form_ids[i].append(len(self._form_list))
            self._form_list.append(form)
            self._form_owner.append(i)

    def add_town_free_forms(self, i: int, town_keys) -> None:
        """Also know landmark ``i`` by its names without its town's name ("Banco Atlántico
        Belize City" -> "atlantico bank"), so a misspelt name with the town said apart fits."""
        extra = []
        for form in self.forms[i]:
            words = form.split()
            for key in town_keys:
                town = key.split()
                for start in range(len(words) - len(town) + 1):
                    if words[start:start + len(town)] == town and len(words) > len(town):
                        rest = words[:start] + words[start + len(town):]
                        stripped = " ".join(rest)
                        # "Atlantic Bank" yes; "market" no: a bare noun would beat every market.
                        if any(w not in _GENERIC_WORDS for w in rest) and stripped not in self.forms[i] \
                                and stripped not in extra:
                            extra.append(stripped)
        if extra:
            self.forms[i] = self.forms[i] + tuple(extra)
            self._add_forms(i, extra)
            self._found.clear()

    def _score(self, i: int, phrase: str, tokens: frozenset, close: Dict[int, float]) -> float:
        """The landmark's score for a phrase, from ``close`` (its names' similarities of at
        least MIN_LANDMARK_SCORE): below that score, scores are not told apart."""
        if phrase in self.forms[i]:
            return 100.0
        best = max((close[k] for k in self._form_ids[i] if k in close), default=0.0)
        if tokens and tokens <= self.name_words[i]:
            best = max(best, CONTAINED_SCORE)
        elif tokens and tokens <= self.words[i]:
            best = max(best, KIND_SCORE)  # only its kind says so: a name saying it comes first
        return best

    def find(self, phrase: str) -> Tuple[Tuple[int, float], ...]:
        """((landmark index, score), ...) best first, for a canonical landmark phrase (cached)."""
        return remembered(self._found, phrase, self._find, FIND_CACHE_SIZE)

    def _find(self, phrase: str) -> Tuple[Tuple[int, float], ...]:
        phrase = canonical_landmark(phrase)
        if not phrase:
            return ()
        found = self._scored(phrase)
        words = phrase.split()
        if not found and len(words) > 1 and words[0] in _ARTICLES:
            found = self._scored(" ".join(words[1:]))  # "la Esso", "la Uno": an article before a brand
        return found

    def _scored(self, phrase: str) -> Tuple[Tuple[int, float], ...]:
        tokens = frozenset(phrase.split())
        close = close_matches(phrase, self._form_list, MIN_LANDMARK_SCORE)
        # Only a landmark with a name that close, or with every word of the phrase in its
        # names and kind, can reach the minimum score.
        candidates = {self._form_owner[k] for k in close}
        if tokens:
            candidates |= set.intersection(*(self._by_word.get(word, set()) for word in tokens))
        scored = []
        for i in sorted(candidates):
            score = self._score(i, phrase, tokens, close)
            if score >= MIN_LANDMARK_SCORE:
                scored.append((i, round(score, 1)))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return tuple(scored)
