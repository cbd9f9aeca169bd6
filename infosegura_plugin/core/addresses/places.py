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

from .fuzzy import similarity
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
PLACE_SUFFIXES = ("town", "twn", "village", "vill", "vlg", "pueblo", "aldea", "comunidad", "community", "city")
# Abbreviations inside place names: "Sta. Elena", "Sn. Ignacio".
PLACE_ABBREVIATIONS = {"sta": "santa", "sto": "santo", "sn": "san", "snta": "santa", "s": "san"}
_ABBREVIATED = frozenset(PLACE_ABBREVIATIONS)
_NAME_LINKS = frozenset({"of", "de", "del", "la", "el", "los", "las", "the"})


def _noise_phrases():
    phrases = set(_COUNTRY) | {"district", "dist", "distrito"}
    for district in DISTRICTS:
        initials = "".join(word[0] for word in district.split())
        spaced = " ".join(initials)
        for form in (f"{district} district", f"{district} dist", f"{district} distr", f"distrito de {district}",
                     f"distrito {district}", f"{district} belize", f"{initials} d", f"{initials}d",
                     f"{spaced} d", f"{initials} dist", f"{initials} district", f"{spaced} dist",
                     f"{spaced} district", f"{initials} distr"):
            phrases.add(form)
    phrases.update(_DISTRICTS_ALONE)  # districts that are no town: "San Ignacio, Cayo"
    return frozenset(tuple(p.split()) for p in phrases)


# Token sequences that only say which district or country: dropped wherever a part ends.
REGION_NOISE = _noise_phrases()
MAX_NOISE_TOKENS = max(len(p) for p in REGION_NOISE)


# Words after a neighbourhood's name: "Sheep Bank Area", "Buena Vista neighbourhood".
AREA_SUFFIXES = frozenset({"area", "neighbourhood", "neighborhood", "nbhd", "subdivision", "sector", "zone", "zona"})
_SUFFIX_TYPOS = frozenset({"villge", "vilage", "villag", "villgae", "vilagge", "villlage", "villeage", "vllage",
                           "viilage", "twon", "tonw", "towm", "townn", "aldee", "alde", "aldeaa"})


def is_place_suffix(token: str) -> bool:
    """"Town", "Village", "Vill.", "Area" and common typos ("Villge", "Twon", "Viillage")."""
    if token in PLACE_SUFFIXES or token in _SUFFIX_TYPOS or token in AREA_SUFFIXES:
        return True
    return len(token) >= 6 and token[0] == "v" and _near_village(token)


def _near_village(token: str) -> bool:
    return similarity(token, "village") >= 85.0


def fold_place_tokens(tokens) -> Tuple[str, ...]:
    """Abbreviations inside place names expanded: ("sta", "elena") -> ("santa", "elena"),
    ("s", "abundio") -> ("san", "abundio"); never the last word."""
    tokens = tuple(tokens)
    if _ABBREVIATED.isdisjoint(tokens[:-1]):
        return tokens
    return tuple(PLACE_ABBREVIATIONS.get(t, t) if i < len(tokens) - 1 else t for i, t in enumerate(tokens))


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


def _not_initials():
    from .street_types import DIRECTIONS, TYPE_WORD, TYPO_WORD

    common = {"rc", "po", "pm", "am", "sda", "no", "nr", "ok", "id", "tv", "bz", "ca", "us", "uk", "hq", "co",
              "ltd", "inc", "dist", "de", "la", "el", "lo", "mi", "ml"}
    return frozenset(common | set(TYPE_WORD) | set(TYPO_WORD) | set(DIRECTIONS))


# Words that are never a place's initials, whatever places the data holds.
_NOT_INITIALS = _not_initials()


def _not_a_place_end():
    from .street_types import TYPE_WORD

    return frozenset(set(TYPE_WORD) - {"walk", "way", "row", "close", "place", "square"})


# A part ending with one of these ends with a street (not a place): "walk", "place" and a
# few others stay possible ("Orange Walk").
_NOT_A_PLACE_END = _not_a_place_end()
# A whole address part this close to one of the data's places is that place ("Oragne Walk").
MISSPELT_PLACE_SCORE = 85.0
# ... and at the end of a longer part, after a street, a number or an area word: stricter.
MISSPELT_TAIL_SCORE = 88.0
# ... and after anything else ("la Texaco Corozl"): very close only.
MISSPELT_ANYWHERE_SCORE = 91.0


def _abbreviates(token: str, key: str) -> bool:
    letters = key.replace(" ", "")
    if not letters or token[0] != letters[0]:
        return False
    position = 0
    for char in token:
        position = letters.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


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

    def __init__(self, data_places: Iterable[str] = (), data_areas: Iterable[str] = ()):
        """``data_places``: names of the towns of the reference layers; ``data_areas``: of
        its areas (kept whole: "Back-a-Town" is a neighbourhood, not "Back-a"). Only which
        places they name counts, not their order or spelling variants (``keys_of``)."""
        spellings: Dict[Tuple[str, ...], str] = {}
        self.keys = self.keys_of(data_places, data_areas)
        town_keys, area_keys = self.keys
        data_keys = town_keys + area_keys
        self.town_keys = frozenset(town_keys)  # shortened forms name towns before neighbourhoods
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
            if short in _NOT_INITIALS:
                continue  # "Rd" is Road, not Rancho Dolores; "RC" is Roman Catholic
            covered = keys & self.data_keys
            chosen = (keys & self.town_keys) or covered or keys  # "BV": Benque Viejo before Bella Vista
            if len(chosen) != 1:
                continue
            key = next(iter(chosen))
            spellings.setdefault(tuple(short), key)  # "O. W.", "S. I.": dots say initials
            if covered:
                self.joined_initials[(short,)] = key  # "OW": only for the data's own places
        self.spellings = spellings
        self.max_tokens = max((len(k) for k in spellings), default=1)
        self._end_cache: Dict[Tuple[str, ...], Optional[Tuple[int, str]]] = {}
        self._abbreviations: Dict[tuple, Optional[str]] = {}
        self._misspellings: Dict[tuple, Optional[str]] = {}
        self._keys_by_letter: Dict[str, list] = {}
        for key in self.data_keys:
            self._keys_by_letter.setdefault(key[0], []).append(key)
        # Every word (and initial) a place may be spelled with, folded: a part with none is no place.
        spelled = {word for spelling in spellings for word in spelling}
        self._words = spelled | set(PLACE_ABBREVIATIONS)
        # Words that may stand before the last word of a spelling ("sta" for "santa"): a run of
        # them bounds the longest spelling that can end (or start) at a place in a part.
        self._placey = frozenset(spelled | {short for short, full in PLACE_ABBREVIATIONS.items() if full in spelled})
        self._by_rest: Dict[Tuple[str, ...], list] = {}
        self._by_head: Dict[Tuple[str, ...], list] = {}
        for spelling, key in spellings.items():
            if len(spelling) > 1:
                self._by_rest.setdefault(spelling[1:], []).append((spelling[0], key))
                self._by_head.setdefault(spelling[:-1], []).append((spelling[-1], key))
        # The last word of every such tail and head: a part ending otherwise has none at its end.
        self._rest_ends = frozenset(rest[-1] for rest in self._by_rest)
        self._head_ends = frozenset(head[-1] for head in self._by_head)

    @staticmethod
    def keys_of(data_places: Iterable[str] = (), data_areas: Iterable[str] = ()) -> Tuple[Tuple[str, ...], ...]:
        """(town keys, other area keys), each sorted: all a vocabulary is made of (two
        vocabularies with the same keys read every address the same)."""
        town_keys = {place_key(name) for name in data_places} - {""}
        area_keys = {key for name in data_areas for key in (place_key(name), normalise_text(name))}  # "Back-a-Town", "Back-a"
        return tuple(sorted(town_keys)), tuple(sorted(area_keys - town_keys - {""}))

    def lookup(self, tokens, whole_part: bool = False) -> Optional[str]:
        """Canonical key when ``tokens`` (exactly) spell a place, "Town"/"Village" allowed
        after it; ``whole_part``: the tokens are a whole address part (joined initials allowed)."""
        raw = tuple(tokens)
        tokens = fold_place_tokens(raw)
        found = self.spellings.get(tokens)
        if found is None and tokens != raw:
            found = self.spellings.get(raw)  # "S. R.": initials, not "San R."
        if found is None and len(tokens) > 1 and is_place_suffix(tokens[-1]):
            found = self.spellings.get(tokens[:-1])
            if found is None:
                found = self.joined_initials.get(tokens[:-1])  # "OW Town"
        if found is None and whole_part:
            found = self.joined_initials.get(tokens)
        return found

    def at_end(self, tokens) -> Optional[Tuple[int, str]]:
        """(number of tokens, key) of the longest place spelled by the last tokens."""
        tokens = tuple(tokens)
        if tokens in self._end_cache:
            return self._end_cache[tokens]
        found = self._end_cache[tokens] = self._at_end(tokens)
        return found

    def _at_end(self, tokens) -> Optional[Tuple[int, str]]:
        if self._words.isdisjoint(tokens) and not is_place_suffix(tokens[-1]):
            return self._first_word_shortened_any(tokens)
        suffix = 1 if len(tokens) > 1 and tokens[-1] in PLACE_SUFFIXES else 0
        # Every word of a spelling but its last is one of ``_placey`` (or the spelling is
        # joined initials, one word, maybe with "Town" after it): longer tails cannot match.
        run = 0
        for token in reversed(tokens[:-1]):
            if token not in self._placey:
                break
            run += 1
        for size in range(min(self.max_tokens + suffix, len(tokens), max(run + 1, 2)), 0, -1):
            found = self.lookup(tokens[-size:], whole_part=size == len(tokens))
            if found is not None:
                return size, found
        return self._first_word_shortened_any(tokens)

    def _first_word_shortened_any(self, tokens) -> Optional[Tuple[int, str]]:
        if tokens[-1] not in self._rest_ends and (len(tokens) < 2 or tokens[-2] not in self._head_ends):
            return None  # no spelling's tail ends with the last word, no head with the one before
        for size in (4, 3, 2):  # "Sp. Lookout", "Benq. Viejo": the first word shortened
            if size <= len(tokens) and tokens[-size + 1:] in self._by_rest:
                found = self._first_word_shortened(tokens[-size:])
                if found is not None:
                    return size, found
            if size <= len(tokens) and tokens[-size:-1] in self._by_head:  # "Belize C."
                found = self._last_word_shortened(tokens[-size:])
                if found is not None:
                    return size, found
        return None

    def _first_word_shortened(self, tokens) -> Optional[str]:
        head, rest = tokens[0], tuple(tokens[1:])
        if len(head) < 2 or not head.isalpha() or not rest:
            return None
        fits = {key for first, key in self._by_rest.get(rest, ()) if first != head and first.startswith(head)}
        return next(iter(fits)) if len(fits) == 1 else None

    def _last_word_shortened(self, tokens) -> Optional[str]:
        """"Belize C." for Belize City: the other words whole, the last one cut short."""
        head, last = tuple(tokens[:-1]), tokens[-1]
        if not head or not last.isalpha():
            return None
        fits = {key for final, key in self._by_head.get(head, ()) if final != last and final.startswith(last)}
        return next(iter(fits)) if len(fits) == 1 else None

    def at_start(self, tokens) -> Optional[Tuple[int, str]]:
        """(number of tokens, key) of the longest place spelled by the first tokens."""
        tokens = tuple(tokens)
        if self._words.isdisjoint(tokens):
            return None
        run = 0  # as in _at_end: only a run of _placey words can begin a spelling
        for token in tokens[:-1]:
            if token not in self._placey:
                break
            run += 1
        for size in range(min(self.max_tokens + 1, len(tokens), max(run + 1, 2)), 0, -1):
            found = self.lookup(tokens[:size], whole_part=size == len(tokens))
            if found is not None:
                return size, found
            if size >= 2 and (tokens[:size - 1] in self._by_head):
                found = self._last_word_shortened(tokens[:size])  # "Belize C. Market"
                if found is not None:
                    return size, found
        return None

    def shortened(self, tokens, whole_part: bool, after_name) -> Optional[Tuple[int, str]]:
        """(number of tokens, key) for a shortened or misspelt name of one of the DATA's
        places at the end of ``tokens``: "Cz Town", "Coro Town", "Czl" right after a street
        or landmark, or a whole part that is a typo ("Oragne Walk"). Only one place may fit."""
        tokens = tuple(tokens)
        if not tokens or tokens[-1] in _NOT_A_PLACE_END or tokens[-1][0].isdigit():
            return None  # "... Main Street", "... 45": a street or a number ends the part
        if len(tokens) >= 2 and (is_place_suffix(tokens[-1]) or tokens[-1] == "tn"):
            key = self._abbreviation(tokens[-2])
            if key is not None:
                return 2, key
            for size in (3, 2):  # "Peso Cedral Vill.": a misspelt name, then "Village"
                if len(tokens) > size:
                    key = self._misspelt(" ".join(fold_place_tokens(tokens[-size - 1:-1])), MISSPELT_TAIL_SCORE)
                    if key is not None:
                        return size + 1, key
        last = tokens[-1] if tokens else ""
        if len(tokens) >= 2 and len(last) >= 3:
            key = self._abbreviation(last, strict=True)  # "CZL", "Dga", "L'ville" after a street
            if key is not None and after_name(tokens[:-1]):
                return 1, key
        if whole_part and len(tokens) == 1 and len(last) >= 3:
            key = self._abbreviation(last, strict=True)  # "Czl.", "Dga", "Coro" as a part of their own
            if key is not None:
                return 1, key
        if whole_part and 1 <= len(tokens) <= 4:
            key = self._misspelt(" ".join(fold_place_tokens(tokens)))
            if key is not None:
                return len(tokens), key
        for size in (3, 2, 1):  # "... 321C Orang Walk", "Pueblo Viejo area Orange Wlak", "... 94 Dangrigua"
            if len(tokens) > size and len(" ".join(tokens[-size:])) >= 6:
                phrase = " ".join(fold_place_tokens(tokens[-size:]))
                # The stricter threshold finds a place only where the looser one does (the
                # same one): what came before is looked at only when the looser one finds it.
                if self._misspelt(phrase, MISSPELT_TAIL_SCORE) is None:
                    continue
                named = after_name(tokens[:-size])
                key = self._misspelt(phrase, MISSPELT_TAIL_SCORE if named else MISSPELT_ANYWHERE_SCORE)
                if key is not None:
                    return size, key
        return None

    def misspelt_whole(self, tokens) -> Optional[str]:
        """A whole address part that is one of the data's places misspelt (strict); never
        "<place> Road" (a street named after a place)."""
        if not 1 <= len(tokens) <= 4 or (len(tokens) > 1 and self.lookup(tokens[:-1]) is not None):
            return None
        return self._misspelt(" ".join(fold_place_tokens(tokens)), MISSPELT_TAIL_SCORE)

    def _prefix(self, token: str) -> bool:
        return any(key.startswith(token) for key in self.data_keys)

    def _abbreviation(self, token: str, strict: bool = False) -> Optional[str]:
        """The one data place whose name ``token`` abbreviates: same first letter, its
        letters in order ("cz", "czl", "coro" for Corozal; "ow" for Orange Walk; "dga" for
        Dangriga). ``strict`` (a token standing alone or after a street): also consonants
        only, or the name's own last letter, or the start of the name."""
        if len(token) < 2 or not token.isalpha():
            return None
        cached = self._abbreviations.get((token, strict), False)
        if cached is not False:
            return cached
        fits = [key for key in self._keys_by_letter.get(token[0], ()) if _abbreviates(token, key)
                and token not in key.split() and (
                    not strict or not any(c in "aeiouy" for c in token) or key.replace(" ", "")[-1] == token[-1]
                    or key.split()[0].startswith(token))]
        towns = [key for key in fits if key in self.town_keys]  # "Czl": Corozal before a neighbourhood
        fits = towns if towns else fits
        found = self._abbreviations[(token, strict)] = fits[0] if len(fits) == 1 else None
        return found

    def _misspelt_candidates(self, phrase: str) -> list:
        """The data's place names ``_misspelt`` scores ``phrase`` against."""
        if len(phrase) < 5:
            return []
        size = len(phrase)
        return [key for key in self._keys_by_letter.get(phrase[0], ()) if 0.7 * size <= len(key) <= 1.4 * size]

    def _misspelt(self, phrase: str, threshold: float = 0.0) -> Optional[str]:
        if len(phrase) < 5:
            return None
        threshold = threshold or MISSPELT_PLACE_SCORE
        cached = self._misspellings.get((phrase, threshold), False)
        if cached is not False:
            return cached
        # A typo rarely changes the first letter, and a similarity >= 85 needs lengths
        # within a third of each other: score only those names.
        keys = self._misspelt_candidates(phrase)
        scored = sorted(((similarity(phrase, key), key) for key in keys), reverse=True)
        found = None
        if scored and scored[0][0] >= threshold and (len(scored) == 1 or scored[1][0] < scored[0][0] - 5):
            found = scored[0][1]
        self._misspellings[(phrase, threshold)] = found
        return found

    def is_builtin(self, key: str) -> bool:
        return key in BELIZE_PLACES


BUILTIN_VOCABULARY = PlaceVocabulary()
