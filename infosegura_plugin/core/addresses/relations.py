"""Words that place an address relative to a landmark, or at a street corner (EN + ES).

Phrases are in ``normalise_text`` form. "in front of" / "al frente de" count as 'at':
the premises are at the landmark's own front, not across the street from it.
"""

RELATION_PHRASES = {
    "opposite": (
        "opposite", "opposite to", "opposite of", "opp", "across from", "across the street from",
        "across the road from", "directly opposite", "right opposite",
        "frente a", "frente al", "frente de", "frente del", "enfrente de", "enfrente del",
        "enfrente a", "enfrente al", "en frente de", "en frente del", "en frente a", "en frente al",
        "diagonal a", "diagonal al", "diagonal de", "en diagonal a", "en diagonal al", "diagonally opposite",
        "diagonally across from", "catty corner from",
    ),
    "behind": (
        "behind", "back of", "at the back of", "in back of", "rear of", "at the rear of",
        "right behind", "just behind",
        "detras de", "detras del", "atras de", "atras del", "por detras de", "por detras del",
    ),
    "next_to": (
        "next to", "next door to", "nxt to", "beside", "besides", "adjacent to", "adjacent",
        "adj to", "alongside", "right next to", "just next to",
        "al lado de", "al lado del", "a lado de", "a lado del", "junto a", "junto al",
        "a la par de", "a la par del", "contiguo a", "contiguo al", "pegado a", "pegado al",
        "a un costado de", "a un costado del", "al costado de", "al costado del", "costado de", "costado del",
        "a few doors from", "few doors from", "a few doors down from", "two doors from", "doors from",
        "a door from", "next door from",
    ),
    "near": (
        "near", "near to", "nr", "close to", "nearby", "by", "around", "not far from",
        "in the vicinity of", "vicinity of", "down the road from", "up the road from",
        "cerca de", "cerca del", "cerca a", "cerca al", "por el", "por la", "cercano a",
        "cercano al", "a una cuadra de", "a una cuadra del", "a media cuadra de", "a media cuadra del",
        "a pocos metros de", "a pocos metros del", "a unos metros de", "a unos metros del", "one block from",
        "a block from", "half a block from", "around the corner from",
    ),
    "at": (
        "at", "inside", "within", "in front of", "infront of", "located at", "located in",
        "situated at", "dentro de", "dentro del", "al frente de", "al frente del",
        "en el", "en la",
    ),
}

# Relations safe to find in the middle of a part ("12 Mahogany St opposite the market"):
# short words like "at" or "by" are not, they occur inside names.
MID_RELATIONS = (
    "opposite", "across from", "behind", "next to", "next door to", "beside", "adjacent to",
    "near", "close to", "in front of", "frente a", "frente al", "enfrente de", "enfrente del",
    "detras de", "detras del", "al lado de", "al lado del", "junto a", "junto al",
    "cerca de", "cerca del", "a few doors from", "a un costado de", "a un costado del", "diagonal a",
    "diagonal al", "a una cuadra de", "a media cuadra de", "a pocos metros de",
)

SPANISH_RELATION_WORDS = frozenset(
    {"frente", "enfrente", "detras", "atras", "lado", "junto", "par", "contiguo", "pegado",
     "cerca", "cercano", "dentro", "por", "en", "costado", "diagonal", "cuadra"}
)

CORNER_WORDS = ("corner", "cnr", "crnr", "cor", "crn", "junction", "jct", "intersection",
                "esquina", "esq", "esqu", "cruce")
SPANISH_CORNER_WORDS = frozenset({"esquina", "esq", "esqu", "cruce"})
AND_WORDS = ("and", "y", "con", "with", "e")
BETWEEN_WORDS = ("between", "btw", "btwn", "entre")

RELATION_OF = {}
for _relation, _phrases in RELATION_PHRASES.items():
    for _phrase in _phrases:
        RELATION_OF[_phrase] = _relation
del _relation, _phrases, _phrase
