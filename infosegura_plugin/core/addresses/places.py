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

from typing import Dict, Iterable, Optional, Tuple

from .normalise import normalise_text

# Belize towns and villages: canonical name -> spellings seen in registers (besides the
# generic ones every name gets: initials, "Sta." for Santa, "Town"/"Village" after it).
BELIZE_PLACES = {
    "belize city": ("belize city", "bze city", "bz city", "b city", "belize cty", "bze cty", "ciudad de belice",
                    "belice ciudad"),
    "belmopan": ("belmopan", "belmopan city", "city of belmopan", "bmp", "ciudad de belmopan"),
    "san ignacio": ("san ignacio", "s ignacio", "sn ignacio"),
    "santa elena": ("santa elena",),
    "benque viejo": ("benque viejo", "benque viejo del carmen", "benque"),
    "orange walk": ("orange walk", "ow town", "o w town", "orangewalk"),
    "corozal": ("corozal",),
    "dangriga": ("dangriga", "stann creek town"),
    "punta gorda": ("punta gorda", "pg town", "p g town"),
    "san pedro": ("san pedro", "ambergris caye", "san pedro ambergris caye"),
    "caye caulker": ("caye caulker",),
    "placencia": ("placencia",),
    "hopkins": ("hopkins",),
    "independence": ("independence", "mango creek"),
    "ladyville": ("ladyville",),
    "burrell boom": ("burrell boom",),
    "hattieville": ("hattieville",),
    "sandhill": ("sandhill", "sand hill"),
    "crooked tree": ("crooked tree",),
    "bermudian landing": ("bermudian landing",),
    "la democracia": ("la democracia", "democracia"),
    "gales point": ("gales point",),
    "roaring creek": ("roaring creek",),
    "camalote": ("camalote",),
    "teakettle": ("teakettle", "tea kettle"),
    "ontario": ("ontario",),
    "blackman eddy": ("blackman eddy",),
    "georgeville": ("georgeville",),
    "esperanza": ("esperanza",),
    "unitedville": ("unitedville",),
    "spanish lookout": ("spanish lookout",),
    "valley of peace": ("valley of peace",),
    "armenia": ("armenia",),
    "bullet tree falls": ("bullet tree falls", "bullet tree"),
    "cristo rey": ("cristo rey",),
    "san jose succotz": ("san jose succotz", "succotz"),
    "san antonio": ("san antonio",),
    "santa familia": ("santa familia",),
    "cotton tree": ("cotton tree",),
    "more tomorrow": ("more tomorrow",),
    "sarteneja": ("sarteneja",),
    "chunox": ("chunox",),
    "progresso": ("progresso",),
    "copper bank": ("copper bank",),
    "consejo": ("consejo",),
    "calcutta": ("calcutta",),
    "san narciso": ("san narciso",),
    "san estevan": ("san estevan",),
    "august pine ridge": ("august pine ridge",),
    "guinea grass": ("guinea grass",),
    "trial farm": ("trial farm",),
    "carmelita": ("carmelita",),
    "yo creek": ("yo creek",),
    "san lazaro": ("san lazaro",),
    "blue creek": ("blue creek",),
    "indian church": ("indian church",),
    "sittee river": ("sittee river",),
    "seine bight": ("seine bight",),
    "monkey river": ("monkey river",),
    "barranco": ("barranco",),
    "big creek": ("big creek",),
    "maskall": ("maskall",),
    "san felipe": ("san felipe",),
    "shipyard": ("shipyard",),
    "san roman": ("san roman",),
    "xaibe": ("xaibe",),
    "patchakan": ("patchakan",),
    "san joaquin": ("san joaquin",),
    "libertad": ("libertad",),
    "ranchito": ("ranchito",),
    "san victor": ("san victor",),
    "louisville": ("louisville",),
    "biscayne": ("biscayne",),
    "double head cabbage": ("double head cabbage",),
    "flowers bank": ("flowers bank",),
    "lords bank": ("lords bank",),
    "gardenia": ("gardenia",),
    "sand creek": ("sand creek",),
    "silk grass": ("silk grass",),
    "pomona": ("pomona",),
    "middlesex": ("middlesex",),
    "san luis": ("san luis",),
    "barton creek": ("barton creek",),
    "billy white": ("billy white",),
    "san marcos": ("san marcos",),
    "santa cruz": ("santa cruz",),
    "san jose": ("san jose",),
    "santa ana": ("santa ana",),
    "trinidad": ("trinidad",),
    "douglas": ("douglas",),
    "san pablo": ("san pablo",),
    "san carlos": ("san carlos",),
    "bella vista": ("bella vista",),
    "san miguel": ("san miguel",),
    "golden stream": ("golden stream",),
    "san pedro columbia": ("san pedro columbia",),
    "jalacte": ("jalacte",),
    "forest home": ("forest home",),
    "cowpen": ("cowpen",),
    "maya center": ("maya center", "maya centre"),
    "red bank": ("red bank",),
}
# Left out on purpose: "August", "San Martin" (villages, but far more often street or
# neighbourhood names; the reference data's own places are recognised anyway).

DISTRICTS = ("belize", "cayo", "orange walk", "corozal", "stann creek", "toledo")

# Generic words that may follow a place name ("Orange Walk Town", "Bullet Tree Village").
PLACE_SUFFIXES = ("town", "village", "vill", "vlg", "pueblo", "aldea", "comunidad", "community", "city")
# Abbreviations inside place names: "Sta. Elena", "Sn. Ignacio".
PLACE_ABBREVIATIONS = {"sta": "santa", "sto": "santo", "sn": "san", "snta": "santa", "sta.": "santa"}
_NAME_LINKS = frozenset({"of", "de", "del", "la", "el", "los", "las", "the"})


def _noise_phrases():
    phrases = {
        "belize", "belice", "c a", "central america", "centroamerica", "centro america", "belize c a",
        "belize central america", "district", "dist", "distrito", "cd", "c d",
    }
    for district in DISTRICTS:
        initials = "".join(word[0] for word in district.split())
        for form in (f"{district} district", f"{district} dist", f"{district} distr", f"distrito de {district}",
                     f"distrito {district}", f"{district} belize", f"{initials} d", f"{initials}d",
                     f"{' '.join(initials)} d"):
            phrases.add(form)
    for district in ("cayo", "toledo", "stann creek"):
        phrases.add(district)  # districts that are no town: "San Ignacio, Cayo"
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
