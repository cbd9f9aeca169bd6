"""Places that are not Belmopan, and the words that only repeat "Belmopan".

All entries are in ``normalise_text`` form. A town is only recognised at the end of an
address part and never right after a Spanish street type word ("Calle Santa Elena") or
right before one ("Roaring Creek Street"), so a street named after a town is not lost.
"""

# canonical town name -> spellings seen in registers
OTHER_TOWNS = {
    "belize city": ("belize city", "bze city", "bz city", "b city", "belize cty", "ciudad de belice"),
    "san ignacio": ("san ignacio", "san ignacio town", "s ignacio"),
    "santa elena": ("santa elena", "santa elena town"),
    "benque viejo": ("benque viejo", "benque viejo del carmen", "benque"),
    "orange walk": ("orange walk", "orange walk town", "ow town"),
    "corozal": ("corozal", "corozal town"),
    "dangriga": ("dangriga", "dangriga town", "stann creek town"),
    "punta gorda": ("punta gorda", "punta gorda town", "pg town"),
    "san pedro": ("san pedro", "san pedro town", "ambergris caye"),
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
    # Roaring Creek and Camalote are villages right next to Belmopan (a few km east /
    # south-east), yet a separate place: an address there is outside the city's street
    # layer, so they count as another town.
    "roaring creek": ("roaring creek",),
    "camalote": ("camalote",),
    "teakettle": ("teakettle", "tea kettle"),
    "ontario": ("ontario", "ontario village"),
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
}
# Deliberately absent: "cotton tree" (a Cayo village, but also a Belmopan street name),
# "san martin", "las flores", "salvapan", "maya mopan", "las palmas" (Belmopan areas).

TOWN_SPELLINGS = {}
for _town, _spellings in OTHER_TOWNS.items():
    for _spelling in _spellings:
        TOWN_SPELLINGS[tuple(_spelling.split())] = _town
del _town, _spellings, _spelling
MAX_TOWN_TOKENS = max(len(key) for key in TOWN_SPELLINGS)

# Token sequences that only say "Belmopan, Cayo District, Belize": stripped as noise.
HOME_NOISE = frozenset(
    tuple(phrase.split())
    for phrase in (
        "belmopan", "belmopan city", "city of belmopan", "bmp", "belmopan cayo",
        "cayo", "cayo district", "cayo dist", "distrito cayo", "distrito de cayo", "district",
        "c d", "cd", "c a", "central america", "centroamerica", "centro america",
        "belize", "belice", "belize c a", "belize central america",
    )
)
MAX_NOISE_TOKENS = max(len(key) for key in HOME_NOISE)
