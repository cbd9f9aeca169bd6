"""Recognising place names (towns, villages, neighbourhoods) in address text.

Which places exist *on the map* is data: the towns of the street layer, the town polygons
and the areas. This module only helps to *recognise* a word as a place: the reference
data's own place names, plus a built-in list of Belize towns and villages with the
spellings registers use (so "Belize City" is known to be a town even when no layer holds
it, and such an address can be reported as outside the reference layers). The built-in
list never decides whether a place is covered, and no place here is "home".

Everything is in ``normalise_text`` form. A ``PlaceVocabulary`` maps spellings (token
tuples) to a canonical place key; the parser asks it for a place at the end or at the
start of an address part.
"""

import csv
from typing import Dict, Iterable, Optional, Tuple

from .normalise import normalise_text


def _rows(name: str):
    """Rows of a CSV in ``resources/places`` (lines starting with # are comments)."""
    from ...paths import resource

    with open(resource("places", name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


# Belize towns and villages: canonical name -> other spellings seen in registers (besides
# the generic ones every name gets: initials, "Sta." for Santa, "Town"/"Village" after it).
# Data, not code: resources/places/belize_places.csv.
BELIZE_PLACES = {
    row["place"].strip(): tuple(s.strip() for s in (row["other_spellings"] or "").split(";") if s.strip())
    for row in _rows("belize_places.csv")
}
_REGIONS = _rows("regions.csv")
DISTRICTS = tuple(r["name"] for r in _REGIONS if r["kind"] in ("district", "district_only"))
_DISTRICTS_ALONE = tuple(r["name"] for r in _REGIONS if r["kind"] == "district_only")
_COUNTRY = tuple(r["name"] for r in _REGIONS if r["kind"] == "country")

# Generic words that may follow a place name ("Orange Walk Town", "Bullet Tree Village").
PLACE_SUFFIXES = ("town", "village", "vill", "vlg", "pueblo", "aldea", "comunidad", "community", "city")
# Abbreviations inside place names: "Sta. Elena", "Sn. Ignacio".
PLACE_ABBREVIATIONS = {"sta": "santa", "sto": "santo", "sn": "san", "snta": "santa", "sta.": "santa"}
_NAME_LINKS = frozenset({"of", "de", "del", "la", "el", "los", "las", "the"})


def _noise_phrases():
    phrases = set(_COUNTRY) | {"district", "dist", "distrito"}
    for district in DISTRICTS:
        initials = "".join(word[0] for word in district.split())
        for form in (f"{district} district", f"{district} dist", f"{district} distr", f"distrito de {district}",
                     f"distrito {district}", f"{district} belize", f"{initials} d", f"{initials}d",
                     f"{' '.join(initials)} d"):
            phrases.add(form)
    phrases.update(_DISTRICTS_ALONE)  # districts that are no town: "San Ignacio, Cayo"
    return frozenset(tuple(p.split()) for p in phrases)


# Token sequences that only say which district or country: dropped wherever a part ends.
REGION_NOISE = _noise_phrases()
MAX_NOISE_TOKENS = max(len(p) for p in REGION_NOISE)


def fold_place_tokens(tokens) -> Tuple[str, ...]:
    """Abbreviations inside place names expanded: ("sta", "elena") -> ("santa", "elena")."""
    return tuple(PLACE_ABBREVIATIONS.get(t, t) for t in tokens)


def place_key(name: str) -> str:
    """The canonical key of a place name: "ORANGE WALK TOWN" -> "orange walk",
    "Sta. Elena" -> "santa elena", "Belize City" -> "belize city" (a built-in spelling)."""
    tokens = list(fold_place_tokens(normalise_text(name or "").split()))
    if not tokens:
        return ""
    builtin = BUILTIN_SPELLINGS.get(tuple(tokens))
    if builtin is not None:
        return builtin
    while len(tokens) > 1 and tokens[-1] in PLACE_SUFFIXES:
        tokens.pop()
        builtin = BUILTIN_SPELLINGS.get(tuple(tokens))
        if builtin is not None:
            return builtin
    return " ".join(tokens)


def _initials(key: str) -> Optional[str]:
    words = [w for w in key.split() if w not in _NAME_LINKS]
    if len(words) < 2 or len(words) > 4:
        return None
    return "".join(w[0] for w in words)


BUILTIN_SPELLINGS: Dict[Tuple[str, ...], str] = {}
for _canonical, _spellings in BELIZE_PLACES.items():
    for _spelling in (_canonical, *_spellings):
        BUILTIN_SPELLINGS[tuple(_spelling.split())] = _canonical
del _canonical, _spellings, _spelling


class PlaceVocabulary:
    """Spellings -> canonical place key, for the built-in Belize places and the reference
    data's own places. Immutable once built; hashed by identity (parse caches key on it)."""

    def __init__(self, data_places: Iterable[str] = ()):
        """``data_places``: names of the towns and areas of the reference layers."""
        spellings: Dict[Tuple[str, ...], str] = {}
        data_keys = []
        for name in data_places:
            key = place_key(name)
            if key and key not in data_keys:
                data_keys.append(key)
        self.data_keys = frozenset(data_keys)
        # Built-in spellings first; the data's own names win where they differ.
        spellings.update(BUILTIN_SPELLINGS)
        for key in data_keys:
            spellings[tuple(key.split())] = key
            raw = tuple(normalise_text(key).split())
            spellings.setdefault(raw, key)
        # Initials ("O.W.", "SI") of data places, and of built-in ones nobody else shares:
        # spaced ("o w") anywhere a place may stand, joined ("ow") only as a whole part,
        # since short words like "ct" or "st" are street types.
        by_initials: Dict[str, set] = {}
        for key in set(spellings.values()):
            short = _initials(key)
            if short:
                by_initials.setdefault(short, set()).add(key)
        self.joined_initials: Dict[Tuple[str, ...], str] = {}
        for short, keys in by_initials.items():
            covered = keys & self.data_keys
            chosen = covered if covered else keys
            if len(chosen) != 1:
                continue
            key = next(iter(chosen))
            spellings.setdefault(tuple(short), key)
            self.joined_initials[(short,)] = key
        self.spellings = spellings
        self.max_tokens = max((len(k) for k in spellings), default=1)

    def lookup(self, tokens, whole_part: bool = False) -> Optional[str]:
        """Canonical key when ``tokens`` (exactly) spell a place, "Town"/"Village" allowed
        after it; ``whole_part``: the tokens are a whole address part (joined initials allowed)."""
        tokens = fold_place_tokens(tokens)
        found = self.spellings.get(tokens)
        if found is None and len(tokens) > 1 and tokens[-1] in PLACE_SUFFIXES:
            found = self.spellings.get(tokens[:-1])
            if found is None:
                found = self.joined_initials.get(tokens[:-1])  # "OW Town"
        if found is None and whole_part:
            found = self.joined_initials.get(tokens)
        return found

    def at_end(self, tokens) -> Optional[Tuple[int, str]]:
        """(number of tokens, key) of the longest place spelled by the last tokens."""
        tokens = tuple(tokens)
        suffix = 1 if len(tokens) > 1 and tokens[-1] in PLACE_SUFFIXES else 0
        for size in range(min(self.max_tokens + suffix, len(tokens)), 0, -1):
            found = self.lookup(tokens[-size:], whole_part=size == len(tokens))
            if found is not None:
                return size, found
        return None

    def at_start(self, tokens) -> Optional[Tuple[int, str]]:
        """(number of tokens, key) of the longest place spelled by the first tokens."""
        tokens = tuple(tokens)
        for size in range(min(self.max_tokens + 1, len(tokens)), 0, -1):
            found = self.lookup(tokens[:size], whole_part=size == len(tokens))
            if found is not None:
                return size, found
        return None

    def is_builtin(self, key: str) -> bool:
        return key in BELIZE_PLACES


BUILTIN_VOCABULARY = PlaceVocabulary()
