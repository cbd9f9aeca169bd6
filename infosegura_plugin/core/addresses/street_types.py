"""Street type words (English and Spanish) and their one canonical English token.

Keys are already in ``normalise_text`` form (lower case, no accents, no dots).
Misspellings seen in hand-typed registers are listed separately so the parser can
flag them as ``typo?``.
"""

STREET_TYPES = {
    "street": ("st", "str", "stre", "street", "calle", "cll", "strt"),
    "avenue": ("ave", "av", "avn", "avenue", "avenida", "avda", "aven"),
    "boulevard": ("blvd", "bvd", "blvrd", "boul", "boulevard", "boulevar", "bulevar"),
    "road": ("rd", "road", "camino", "cam", "cno"),
    "drive": ("dr", "drv", "drive"),
    "highway": ("hwy", "hway", "highway", "carretera", "carr", "autopista"),
    "lane": ("ln", "lane", "callejon", "callejuela", "cjon", "cjn", "callej"),
    "crescent": ("cres", "cresc", "crescent"),
    "place": ("pl", "place"),
    "parade": ("pde", "parade"),
    "court": ("ct", "crt", "court"),
    "walk": ("walk", "paseo"),
    "way": ("way",),
    "loop": ("loop", "lp"),
    "close": ("close", "cls", "cl"),
    "circle": ("cir", "circ", "circle", "circulo"),
    "terrace": ("tce", "terr", "terrace"),
    "alley": ("aly", "alley", "pasaje", "pje", "psje", "pje", "pj", "pasj"),
    "extension": ("extension", "ext", "prolongacion", "prol", "prolong"),
    "causeway": ("causeway", "cswy", "calzada", "calz"),
    "square": ("sq", "square"),
    "row": ("row",),
}

# Misspelt type words: canonicalised like the others but noted as a possible typo.
STREET_TYPE_TYPOS = {
    "street": ("stret", "steet", "sreet", "streat", "stree", "strt", "streeet", "sttreet"),
    "avenue": ("avenu", "avnue", "avenuw", "avanue", "aveune"),
    "boulevard": ("blv", "blvr", "bulevard", "boulavard", "boulvard", "boulevad", "boulevrd", "bolevard"),
    "road": ("raod", "roa", "rod"),
    "drive": ("driv", "drve", "dirve", "drivw"),
    "highway": ("hiway", "higway", "highwy", "highay", "hihgway", "hgwy"),
    "lane": ("lan",),
    "crescent": ("cescent", "cresent", "crecent", "crescnt", "cresc", "crsnt"),
}

# Spanish type words written before the name ("Calle Las Flores"): moved to the end.
LEADING_TYPE_WORDS = frozenset(
    {"calle", "cll", "avenida", "avda", "av", "ave", "bulevar", "boulevar", "camino", "carretera",
     "carr", "autopista", "callejon", "callejuela", "pasaje", "paseo", "circulo", "cam", "cno", "cjon", "cjn",
     "callej", "pje", "psje", "pj", "pasj", "prolongacion", "prol", "prolong", "calzada", "calz", "c"}
)
# Only ever a type word when written first: "C. Caoba" is Calle Caoba.
LEADING_ONLY_TYPES = {"c": "street"}

SPANISH_TYPE_WORDS = frozenset(
    {"calle", "cll", "avenida", "avda", "bulevar", "boulevar", "camino", "carretera", "carr",
     "autopista", "callejon", "callejuela", "pasaje", "paseo", "circulo", "cam", "cno", "cjon", "cjn",
     "callej", "pje", "psje", "pj", "pasj", "prolongacion", "prol", "prolong", "calzada", "calz", "c"}
)

# Ordinal words and abbreviations (English and Spanish) -> the number they stand for, so
# "Fourth Street", "4th St", "4 St", "Cuarta Calle" and "4ta Calle" compare equal.
ORDINALS = {}
for _number, _words in enumerate((
        ("first", "1st", "primera", "primero", "primer", "1ra", "1ro", "1era", "1er", "1a", "1o"),
        ("second", "2nd", "segunda", "segundo", "2da", "2do", "2a", "2o"),
        ("third", "3rd", "tercera", "tercero", "tercer", "3ra", "3ro", "3era", "3er", "3a", "3o"),
        ("fourth", "4th", "cuarta", "cuarto", "4ta", "4to", "4a", "4o"),
        ("fifth", "5th", "quinta", "quinto", "5ta", "5to", "5a", "5o"),
        ("sixth", "6th", "sexta", "sexto", "6ta", "6to", "6a", "6o"),
        ("seventh", "7th", "septima", "septimo", "setima", "7ma", "7mo", "7a", "7o"),
        ("eighth", "8th", "octava", "octavo", "8va", "8vo", "8a", "8o"),
        ("ninth", "9th", "novena", "noveno", "9na", "9no", "9a", "9o"),
        ("tenth", "10th", "decima", "decimo", "10ma", "10mo", "10a", "10o"),
        ("eleventh", "undecima", "undecimo", "onceava", "onceavo", "decimoprimera", "decimoprimero"),
        ("twelfth", "duodecima", "duodecimo", "doceava", "doceavo", "decimosegunda", "decimosegundo"),
        ("thirteenth", "decimotercera", "decimotercero", "treceava"),
        ("fourteenth", "decimocuarta", "decimocuarto", "catorceava"),
        ("fifteenth", "decimoquinta", "decimoquinto", "quinceava"),
        ("sixteenth", "decimosexta", "decimosexto"), ("seventeenth", "decimoseptima", "decimoseptimo"),
        ("eighteenth", "decimoctava", "decimoctavo"), ("nineteenth", "decimonovena", "decimonoveno"),
        ("twentieth", "vigesima", "vigesimo")), start=1):
    for _word in _words:
        ORDINALS[_word] = str(_number)
del _number, _words, _word

# "4th", "11va", "3ra", "2nd", "21st": a number with an ordinal ending is that number.
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th", "ra", "ro", "da", "do", "ta", "to", "va", "vo", "ma", "mo", "na", "no",
                    "er", "era", "a", "o")


def ordinal_number(token: str):
    """"11va" -> "11", "fourth" -> "4"; None when the token is no ordinal."""
    if token in ORDINALS:
        return ORDINALS[token]
    digits = len(token) - len(token.lstrip("0123456789"))
    if 0 < digits <= 3 and token[digits:] in ORDINAL_SUFFIXES:
        return str(int(token[:digits]))
    return None


# Compass words after a street name: "4th St N.", "Calle 2 Sur" -> one English word.
DIRECTIONS = {
    "n": "north", "north": "north", "norte": "north", "nte": "north",
    "s": "south", "south": "south", "sur": "south",
    "e": "east", "east": "east", "este": "east", "ote": "east", "oriente": "east",
    "w": "west", "west": "west", "oeste": "west", "pte": "west", "poniente": "west",
    "ne": "northeast", "nw": "northwest", "se": "southeast", "sw": "southwest",
}

# Words dropped right after a leading Spanish type word: "Calle de la Paz" -> "la paz street".
SPANISH_LINKS = frozenset({"de", "del"})

CANONICAL_TYPES = frozenset(STREET_TYPES)

TYPE_WORD = {}
for _canonical, _variants in STREET_TYPES.items():
    for _variant in _variants:
        TYPE_WORD[_variant] = _canonical
TYPO_WORD = {}
for _canonical, _variants in STREET_TYPE_TYPOS.items():
    for _variant in _variants:
        if _variant not in TYPE_WORD:
            TYPO_WORD[_variant] = _canonical
del _canonical, _variants, _variant
