"""Street type words (English and Spanish) and their one canonical English token.

Keys are already in ``normalise_text`` form (lower case, no accents, no dots).
Misspellings seen in hand-typed registers are listed separately so the parser can
flag them as ``typo?``.
"""

STREET_TYPES = {
    "street": ("st", "str", "stre", "street", "calle", "cll"),
    "avenue": ("ave", "av", "avn", "avenue", "avenida", "avda", "aven"),
    "boulevard": ("blvd", "bvd", "blvrd", "boul", "boulevard", "boulevar", "bulevar"),
    "road": ("rd", "road", "camino"),
    "drive": ("dr", "drv", "drive"),
    "highway": ("hwy", "hway", "highway", "carretera", "carr", "autopista"),
    "lane": ("ln", "lane", "callejon", "callejuela"),
    "crescent": ("cres", "cresc", "crescent"),
    "place": ("pl", "place"),
    "parade": ("pde", "parade"),
    "court": ("ct", "crt", "court"),
    "walk": ("walk", "paseo"),
    "way": ("way",),
    "loop": ("loop", "lp"),
    "close": ("close",),
    "circle": ("cir", "circ", "circle", "circulo"),
    "terrace": ("tce", "terr", "terrace"),
    "alley": ("aly", "alley", "pasaje"),
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
}

# Spanish type words written before the name ("Calle Las Flores"): moved to the end.
LEADING_TYPE_WORDS = frozenset(
    {"calle", "cll", "avenida", "avda", "av", "ave", "bulevar", "boulevar", "camino", "carretera",
     "carr", "autopista", "callejon", "callejuela", "pasaje", "paseo", "circulo"}
)

SPANISH_TYPE_WORDS = frozenset(
    {"calle", "cll", "avenida", "avda", "bulevar", "boulevar", "camino", "carretera", "carr",
     "autopista", "callejon", "callejuela", "pasaje", "paseo", "circulo"}
)

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
