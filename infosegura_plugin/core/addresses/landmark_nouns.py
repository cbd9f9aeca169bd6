"""Common nouns of landmarks (English and Spanish) and their canonical English form.

``canonical_landmark`` turns "la iglesia catolica" into "catholic church" and
"Orange Walk Police Stn" into "orange walk police station", so a register phrase and a
landmark layer name (both passed through it) compare equal.
"""

from functools import lru_cache

from .normalise import normalise_text

# Spanish noun phrases (token tuples, longest first when matched) -> English noun.
SPANISH_NOUNS = {
    "estacion de policia": "police station",
    "puesto de policia": "police station",
    "subestacion de policia": "police station",
    "puesto de salud": "health centre",
    "policlinica": "clinic",
    "palacio municipal": "town hall",
    "casa comunal": "community centre",
    "ingenio": "sugar mill",
    "estacion de policias": "police station",
    "estacion policial": "police station",
    "estacion de la policia": "police station",
    "policia": "police station",
    "comisaria": "police station",
    "estacion de bomberos": "fire station",
    "bomberos": "fire station",
    "terminal de buses": "bus terminal",
    "terminal de autobuses": "bus terminal",
    "terminal de bus": "bus terminal",
    "estacion de buses": "bus terminal",
    "terminal": "bus terminal",
    "parada de bus": "bus stop",
    "parada de buses": "bus stop",
    "estacion de gasolina": "gas station",
    "bomba de gasolina": "gas station",
    "gasolinera": "gas station",
    "centro de salud": "health centre",
    "centro comunitario": "community centre",
    "centro juvenil": "youth centre",
    "oficina de correos": "post office",
    "correo": "post office",
    "correos": "post office",
    "mercado": "market",
    "iglesia": "church",
    "templo": "church",
    "catedral": "cathedral",
    "escuela": "school",
    "colegio": "school",
    "universidad": "university",
    "hospital": "hospital",
    "clinica": "clinic",
    "banco": "bank",
    "parque": "park",
    "supermercado": "supermarket",
    "super": "supermarket",
    "tienda": "store",
    "farmacia": "pharmacy",
    "estadio": "stadium",
    "cancha": "football field",
    "campo de futbol": "football field",
    "cementerio": "cemetery",
    "biblioteca": "library",
    "panaderia": "bakery",
    "restaurante": "restaurant",
    "cantina": "bar",
    "embajada": "embassy",
    "ministerio": "ministry",
    "alcaldia": "town hall",
    "municipalidad": "town hall",
    "ayuntamiento": "town hall",
    "rotonda": "roundabout",
    "redondel": "roundabout",
    "glorieta": "roundabout",
    "puente": "bridge",
    "aeropuerto": "airport",
    "gimnasio": "gym",
    "lavanderia": "laundry",
    "salon del reino": "kingdom hall",
}

# English spellings -> canonical English (matched anywhere in the phrase).
ENGLISH_SYNONYMS = {
    "police station": "police station",
    "police": "police station",
    "police stn": "police station",
    "police sta": "police station",
    "police dept": "police station",
    "police department": "police station",
    "police headquarters": "police station",
    "police hq": "police station",
    "cop station": "police station",
    "petrol station": "gas station",
    "filling station": "gas station",
    "service station": "gas station",
    "gas stn": "gas station",
    "gas sta": "gas station",
    "bus station": "bus terminal",
    "bus depot": "bus terminal",
    "bus term": "bus terminal",
    "market place": "market",
    "marketplace": "market",
    "super market": "supermarket",
    "health center": "health centre",
    "community center": "community centre",
    "youth center": "youth centre",
    "center": "centre",
    "roman catholic": "catholic",
    "rc church": "catholic church",
    "r c church": "catholic church",
    "rc school": "catholic school",
    "r c school": "catholic school",
    "rc": "catholic",
    "fuel station": "gas station",
    "city hall": "town hall",
    "city council": "town hall",
    "town council": "town hall",
    "ball field": "football field",
    "ballfield": "football field",
    "ball park": "football field",
    "sports field": "football field",
    "playing field": "football field",
    "football pitch": "football field",
    "police post": "police station",
    "police sub station": "police station",
    "police substation": "police station",
    "health post": "health centre",
    "polyclinic": "clinic",
    "sda church": "adventist church",
    "seventh day adventist": "adventist",
    "chiney shop": "chinese store",
    "chinese shop": "chinese store",
    "chiney store": "chinese store",
    "hosp": "hospital",
    "sch": "school",
    "sec school": "secondary school",
    "high school": "secondary school",
    "p o": "post office",
    "post ofc": "post office",
}

# Spanish adjectives that follow the noun ("iglesia catolica") -> English, put before it.
SPANISH_ADJECTIVES = {
    "catolica": "catholic",
    "catolico": "catholic",
    "anglicana": "anglican",
    "metodista": "methodist",
    "bautista": "baptist",
    "adventista": "adventist",
    "evangelica": "evangelical",
    "pentecostal": "pentecostal",
    "nazarena": "nazarene",
    "menonita": "mennonite",
    "central": "central",
    "municipal": "municipal",
    "nacional": "national",
    "principal": "main",
    "primaria": "primary",
    "secundaria": "secondary",
    "publica": "public",
    "publico": "public",
    "privada": "private",
    "nueva": "new",
    "nuevo": "new",
    "vieja": "old",
    "viejo": "old",
    "grande": "big",
    "china": "chinese",
    "chino": "chinese",
    "general": "general",
    "comunitario": "community",
}

ARTICLES = frozenset({"the", "a", "an"})
SPANISH_ARTICLES = frozenset({"la", "el", "los", "las", "al", "del", "lo", "un", "una"})
SPANISH_LINKS = frozenset({"de", "del", "la", "los", "las", "el"})

# Canonical nouns that say "this phrase names a landmark", as token tuples.
LANDMARK_NOUNS = frozenset(
    tuple(noun.split())
    for noun in set(SPANISH_NOUNS.values())
    | set(ENGLISH_SYNONYMS.values())
    | {
        "market", "church", "school", "police", "station", "hospital", "bank", "park",
        "supermarket", "store", "shop", "bar", "restaurant", "hotel", "club", "clinic",
        "pharmacy", "plaza", "mall", "stadium", "library", "cemetery", "embassy", "ministry",
        "office", "building", "complex", "centre", "terminal", "roundabout", "bridge",
        "garage", "bakery", "hall", "field", "university", "college", "mosque", "temple",
        "cathedral", "chapel", "tower", "pool", "gym", "laundry", "bus stop", "compound",
    }
)

_SPANISH_KEYS = sorted((tuple(k.split()) for k in SPANISH_NOUNS), key=len, reverse=True)
_SPANISH_FIRST = {key[0] for key in _SPANISH_KEYS}
_ENGLISH_KEYS = sorted((tuple(k.split()) for k in ENGLISH_SYNONYMS), key=len, reverse=True)
_ENGLISH_FIRST = {key[0] for key in _ENGLISH_KEYS}


def _spanish_noun_at(tokens, start):
    """(english noun, tokens used) when a Spanish noun phrase starts at ``start``."""
    if tokens[start] not in _SPANISH_FIRST:
        return None, 0
    for key in _SPANISH_KEYS:
        if tuple(tokens[start:start + len(key)]) == key:
            return SPANISH_NOUNS[" ".join(key)], len(key)
    return None, 0


def _apply_english_synonyms(tokens):
    out = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _ENGLISH_FIRST:
            for key in _ENGLISH_KEYS:
                if tuple(tokens[i:i + len(key)]) == key:
                    out.extend(ENGLISH_SYNONYMS[" ".join(key)].split())
                    i += len(key)
                    break
            else:
                out.append(tokens[i])
                i += 1
        else:
            out.append(tokens[i])
            i += 1
    return out


def _translate_spanish(tokens):
    """Spanish "NOUN [adjectives] [de NAME]" -> "NAME adjectives NOUN"; else unchanged."""
    noun, used = _spanish_noun_at(tokens, 0)
    if noun is None:
        return tokens, False
    rest = tokens[used:]
    adjectives = []
    while rest and rest[0] in SPANISH_ADJECTIVES:
        adjectives.append(SPANISH_ADJECTIVES[rest[0]])
        rest = rest[1:]
    while rest and rest[0] in SPANISH_LINKS:
        rest = rest[1:]
    name = [SPANISH_ADJECTIVES.get(t, t) for t in rest]
    return name + adjectives + noun.split(), True


def canonical_landmark_tokens(tokens):
    """(canonical token list, used_spanish) for an already normalised landmark phrase."""
    tokens = list(tokens)
    while len(tokens) > 1 and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    # A Spanish article is only dropped in front of a noun: "las flores" stays a name.
    while len(tokens) > 1 and tokens[0] in SPANISH_ARTICLES and _spanish_noun_at(tokens, 1)[0]:
        tokens = tokens[1:]
    tokens, spanish = _translate_spanish(tokens)
    return _apply_english_synonyms(tokens), spanish


def has_landmark_noun(tokens) -> bool:
    """True when the canonical tokens contain a common landmark noun ("market", "bar" ...)."""
    for size in (2, 1):
        for i in range(len(tokens) - size + 1):
            if tuple(tokens[i:i + size]) in LANDMARK_NOUNS:
                return True
    return False


@lru_cache(maxsize=65536)
def canonical_landmark(text: str) -> str:
    """A landmark phrase or layer name in canonical form: "La Iglesia Católica" -> "catholic church"."""
    tokens, _ = canonical_landmark_tokens(normalise_text(text).split())
    return " ".join(tokens)
