"""Understanding one part of an address (the text between two commas).

``read_part`` takes a normalised part ("no 12 mahogany street") and says what it holds:
a house number, street(s), a landmark with its relation, a place, a town. The parser
combines the parts of a whole address. Everything here is cached: registers repeat.
Places (towns, villages, neighbourhoods) are recognised through a ``PlaceVocabulary``,
which is part of every cache key: the reference data decides which names are places.
"""

import re
from functools import lru_cache
from typing import NamedTuple, Optional, Tuple

from .landmark_nouns import canonical_landmark_tokens, has_landmark_noun
from .normalise import _leading_type_typo, canonical_street_tuple
from .places import (
    BUILTIN_VOCABULARY,
    MAX_NOISE_TOKENS,
    REGION_NOISE,
    PlaceVocabulary,
    is_place_suffix,
)
from .relations import (
    AND_WORDS,
    BETWEEN_WORDS,
    CORNER_WORDS,
    MID_RELATIONS,
    RELATION_OF,
    SPANISH_CORNER_WORDS,
    SPANISH_RELATION_WORDS,
)
from .street_types import CANONICAL_TYPES, DIRECTIONS, SPANISH_TYPE_WORDS, TYPE_WORD, TYPO_WORD


class Part(NamedTuple):
    """What one address part holds (immutable so it can be cached)."""

    house_number: Optional[int] = None
    house_suffix: str = ""
    house_number_to: Optional[int] = None
    lot: bool = False
    streets: Tuple[str, ...] = ()
    cross_streets: Tuple[str, ...] = ()
    intersection: bool = False
    relation: Optional[str] = None
    landmark: Optional[str] = None
    landmark_core: Optional[str] = None  # the landmark without a place it starts with
    landmark_town: Optional[str] = None  # that place ("Orange Walk Police Station")
    places: Tuple[str, ...] = ()
    towns: Tuple[str, ...] = ()  # canonical place keys named in the part
    marked_towns: Tuple[str, ...] = ()  # those written as places ("X Village", "Town of X")
    text: str = ""                 # the part without noise, normalised
    notes: Tuple[str, ...] = ()


_HOUSE_NUMBER_AT = Part._fields.index("house_number")
_TEXT_AT = Part._fields.index("text")


def with_part_number(part: Part, number: int, text: str) -> Part:
    """``part._replace(house_number=number, text=text)``, without its keyword machinery
    (the numbered template of a part is filled in for every address that uses it)."""
    values = list(part)
    values[_HOUSE_NUMBER_AT] = number
    values[_TEXT_AT] = text
    return Part._make(values)


_NUMBER = re.compile(r"^(\d{1,5})([a-z]?)$")
NUMBER_WORDS = frozenset({"no", "nr", "num", "number", "numero", "house", "casa", "h", "hse", "bldg", "n", "nro"})
UNIT_WORDS = frozenset({"apt", "apartment", "unit", "suite", "ste", "flat", "room", "rm", "stall",
                        "booth", "office", "apto", "local", "cuarto", "puesto"})
FLOOR_WORDS = frozenset({"upstairs", "downstairs", "upstair"})
# Floor words that are also parts of names ("San Vicente Abajo"): dropped only as a whole part.
PART_FLOOR_WORDS = frozenset({"arriba", "abajo", "altos", "bajos", "planta alta", "planta baja", "upstairs",
                              "downstairs", "ground floor", "first floor", "segundo piso", "primer piso"})
LOT_WORDS = frozenset({"lot", "lots", "plot", "lote", "parcel", "parcela", "solar", "lt", "plt"})
_LEAD_FILLERS = frozenset({"the", "on", "along", "in", "en", "at", "of", "located", "situated"})
_PLACE_PREFIXES = (("area", "of"), ("the", "area", "of"), ("barrio",), ("colonia",), ("col",),
                   ("residencial",), ("urbanizacion",), ("the",), ("sector",), ("zona",))
_PLACE_SUFFIXES = (("area",), ("neighbourhood",), ("neighborhood",), ("nbhd",), ("subdivision",),
                   ("sub", "division"), ("subdiv",), ("community",), ("zone",), ("sector",),
                   ("vicinity",), ("side",))
_CORNER_RE = "|".join(CORNER_WORDS)
_AND_RE = "|".join(AND_WORDS)
_CORNER_FIRST = re.compile(
    rf"^(?:(?:at|on|in|en|located at) )?(?:the |la |a |an )?(?:{_CORNER_RE})s?"
    rf"(?: (?:of|de|del|between|entre|at|on))? (?P<x>.+?) (?:{_AND_RE}|at) (?P<y>.+)$"
)
_CORNER_LAST = re.compile(
    rf"^(?:(?:at|on) )?(?:the )?(?P<x>.+?) (?:{_AND_RE}) (?P<y>.+?) (?:{_CORNER_RE})s?$"
)
_CORNER_MIDDLE = re.compile(
    rf"^(?:(?:at|on) )?(?:the )?(?P<x>.+?) (?:{_CORNER_RE}) (?:(?:of|with|de|con|y|and) )?(?P<y>.+)$"
)
_PLAIN_AND = re.compile(rf"^(?P<x>.+?) (?:{_AND_RE}) (?P<y>.+)$")
_BETWEEN = re.compile(
    rf"^(?P<x>.+?) (?:{'|'.join(BETWEEN_WORDS)}) (?P<y>.+?) (?:{_AND_RE}) (?P<z>.+)$"
)
_RELATION_START = re.compile(
    r"^(?:(?:it is|its|is|located|situated) )?(?P<rel>"
    + "|".join(sorted((re.escape(p) for p in RELATION_OF), key=len, reverse=True))
    + r") (?P<rest>.+)$"
)
_RELATION_MID = re.compile(
    r"^(?P<head>.+?) (?P<rel>" + "|".join(sorted(MID_RELATIONS, key=len, reverse=True)) + r") (?P<rest>.+)$"
)


def strip_noise(tokens):
    """Drop trailing district / country words ("Cayo District", "C.D.", "Belize") and a
    dangling preposition; they say nothing a map of Belize needs."""
    if not tokens or (tokens[-1] not in _NOISE_ENDS and tokens[-1] not in _DANGLING):
        return tokens  # the common case: nothing to drop
    changed = True
    while changed and tokens:
        changed = False
        for size in range(min(MAX_NOISE_TOKENS, len(tokens)), 0, -1):
            if tuple(tokens[-size:]) in REGION_NOISE:
                tokens = tokens[:-size]
                changed = True
                break
    while tokens and tokens[-1] in _DANGLING:
        tokens = tokens[:-1]
    return tokens


_NOISE_ENDS = frozenset(phrase[-1] for phrase in REGION_NOISE)  # the last word of every noise phrase
_DANGLING = ("in", "en", "of", "de")


def _starts_a_location(token: str) -> bool:
    return token[0].isdigit() or token in NUMBER_WORDS or token in LOT_WORDS or token == "#"


# Words written before a place: "Aldea X", "Sector X", "Ciudad de X"; and nouns that do so
# only with "of"/"de": "Village of X", "Town of X" ("Back-a-Town" keeps its "Town").
_PLACE_LEAD_WORDS = frozenset({"aldea", "pueblo", "ciudad", "comunidad", "the", "of", "de", "del", "in", "en",
                               "sector", "barrio", "bo", "colonia", "col", "zona"})
_PLACE_LEAD_NOUNS = frozenset({"village", "town", "city", "community", "villa", "area", "neighbourhood",
                               "neighborhood"})


def _strip_lead_words(before):
    linked = False
    while before and (before[-1] in _PLACE_LEAD_WORDS or before[-1] in ("aldee", "alde")
                      or (linked and before[-1] in _PLACE_LEAD_NOUNS)):
        linked = before[-1] in ("of", "de", "del")
        before = before[:-1]
    return before
# A place right after these is the name of a street: "Camino a Belize City", "Road to
# Hattieville", "Trapp Av. at Benque Viejo", "corner of Main and Santa Elena".
_STREET_CONTINUES = frozenset({"a", "to", "hacia", "para", "at", "y", "con", "and", "with", "between", "entre"})


def _names_the_street(before) -> bool:
    """The place follows a type word written first ("Calle", "Av.", "Calz. La"): it is the
    street's name. "Dock Av. San Rafael" is Dock Avenue, in San Rafael."""
    before = list(before)
    while len(before) > 1 and before[-1] in ("la", "el", "las", "los", "de", "del"):
        before.pop()  # "Calz. La Esperanza", "Calle de la Paz"
    last = before[-1]
    if not (last in SPANISH_TYPE_WORDS or last in ("av", "ave", "avenue", "avenida") or _leading_type_typo(last)):
        return False
    head = before[:-1]
    if head and _NUMBER.match(head[-1]) and any(_NUMBER.match(t) for t in head[:-1]):
        return False  # "Lot 69 7 Av. Czl.": 7th Avenue, in Corozal (but "Lot 435 Calz. La Esperanza")
    return not head or _NUMBER.match(head[-1]) or head[-1] in NUMBER_WORDS or head[-1] in LOT_WORDS \
        or head[-1] in ("#", "the", "la", "on", "en") or head[-1] in CORNER_WORDS or head[-1] in AND_WORDS


def _ends_a_name(tokens) -> bool:
    return _ends_a_name_cached(tuple(tokens[-3:]))


@lru_cache(maxsize=65536)
def _ends_a_name_cached(tokens) -> bool:
    """The tokens end with a street type word, a compass word after one, a house number, an
    area word or a landmark noun ("... st", "... st n", "... 321c", "... area", "... iglesia")."""
    last = tokens[-1]
    if last in TYPE_WORD or last in TYPO_WORD or _NUMBER.match(last) or last in ("area", "sector", "barrio"):
        return True
    if last in DIRECTIONS and len(tokens) > 1 and tokens[-2] in TYPE_WORD:
        return True
    return any(has_landmark_noun(canonical_landmark_tokens(tokens[-size:])[0]) for size in (1, 2, 3)
               if size <= len(tokens))


def split_places(tokens, vocabulary: PlaceVocabulary):
    """(tokens without the places around them, place keys): "12 Main St Orange Walk Town",
    "Orange Walk 12 Main St" (a place first, then a number), "Sta. Elena" alone.

    A place is never taken right after a Spanish type word ("Calle Santa Elena") nor as
    the name of a street ("Roaring Creek Street" ends in a type word, so it is no place)."""
    places = []
    marked = []
    tokens = strip_noise(list(tokens))
    whole = len(tokens)

    seen = {}

    def after_name(head):
        head = tuple(head)
        found = seen.get(head)
        if found is None:
            found = seen[head] = _ends_a_name(head) or any(
                _is_street(head[-size:]) for size in (2, 3, 4) if size <= len(head)) or vocabulary.at_end(head) is not None
        return found

    while tokens:
        found = vocabulary.at_end(tokens)
        if found is None and len(tokens) > 1:
            # "Main St OW", "Avenida Independencia OW", "Police Station SI": joined initials
            # right after a street, a landmark or another place.
            key = vocabulary.joined_initials.get((tokens[-1],))
            if key and after_name(tokens[:-1]):
                found = (1, key)
        if found is None:
            # "Cz Town", "Coro Town", "CZL" after a street, "Oragne Walk" alone: the data's own places
            street_like = len(tokens) == whole and _is_street(tokens)
            found = vocabulary.shortened(tokens, whole_part=len(tokens) == whole and not street_like,
                                         after_name=after_name)
            if found is None and street_like:
                # A whole part that reads as a street ("Oragne Walk": "walk" is a type word) but
                # is one of the data's places misspelt.
                key = vocabulary.misspelt_whole(tokens)
                found = (len(tokens), key) if key else None
        if found is None:
            break
        size, key = found
        before = tokens[:-size]
        if before and _names_the_street(before):
            break  # "Calle Santa Elena", "12 Av. Corozal": a street named after a place
        if before and before[-1] in _STREET_CONTINUES:
            break  # "Camino a Belize City", "Trapp Av. at Benque Viejo": the place names a street
        if before and before[-1] in CORNER_WORDS and not any(t in AND_WORDS for t in before):
            break  # "Commerce Corner Santa Ana": the second street; "X and Y corner, Town" is a town
        stripped = _strip_lead_words(before)  # "Aldea San Roberto", "Queen St, Village of San Roberto"
        if len(stripped) < len(before) or is_place_suffix(tokens[-1]):
            marked.append(key)
        before = stripped
        places.insert(0, key)
        tokens = strip_noise(before)
    found = vocabulary.at_start(tokens) if len(tokens) > 1 else None
    if found is not None:
        size, key = found
        rest = tokens[size:]
        if rest and _starts_a_location(rest[0]):
            places.insert(0, key)
            tokens = rest
    return tokens, tuple(dict.fromkeys(places)), tuple(marked)


def _strip_fillers(tokens):
    while len(tokens) > 1 and tokens[0] in _LEAD_FILLERS:
        tokens = tokens[1:]
    return tokens


def _street(tokens, notes):
    """Canonical street string for a token list (fillers dropped)."""
    out, street_notes = canonical_street_tuple(tuple(_strip_fillers(list(tokens))))
    notes.extend(street_notes)
    return " ".join(out)


def _is_street(tokens) -> bool:
    return _is_street_cached(tuple(tokens))


@lru_cache(maxsize=131072)
def _is_street_cached(tokens) -> bool:
    out, _ = canonical_street_tuple(tuple(_strip_fillers(tokens)))
    return len(out) > 1 and out[-1] in CANONICAL_TYPES


def _names_a_landmark(tokens) -> bool:
    return has_landmark_noun(canonical_landmark_tokens(tokens)[0])


def _intersection(text, notes, symbol_and=False):
    """Part for "corner of X and Y" forms, or None. A plain "X and Y" needs a street type
    on one side; "X & Y" / "X/Y" (``symbol_and``) only needs two names that are not landmarks."""
    for pattern, needs_type in ((_CORNER_FIRST, False), (_CORNER_LAST, False),
                                (_CORNER_MIDDLE, False), (_PLAIN_AND, not symbol_and)):
        match = pattern.match(text)
        if not match:
            continue
        x, y = match.group("x").split(), match.group("y").split()
        y = strip_noise(y)
        if not x or not y:
            continue
        if needs_type and not (_is_street(x) or _is_street(y)):
            continue
        if pattern is _PLAIN_AND and any(_names_a_landmark(side) and not _is_street(side) for side in (x, y)):
            continue  # "Bar and Grill", "the market and the church"; "Church St & Main St" is a corner
        if not needs_type and any(w in SPANISH_CORNER_WORDS for w in text.split()):
            notes.append("spanish")
        first, second = _street(x, notes), _street(y, notes)
        if first == second or not first or not second:
            continue
        notes.append("intersection")
        return Part(streets=(first, second), intersection=True, text=text, notes=tuple(notes))
    return None


MONTHS = frozenset({"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                    "setiembre", "octubre", "noviembre", "diciembre"})


def _corner_at(tokens, notes):
    """"Calle Carranza at Lowgood Close": a corner when both sides are streets."""
    i = tokens.index("at", 1)
    x, y = tokens[:i], tokens[i + 1:]
    if x and y and _is_street(x) and _is_street(y):
        first, second = _street(x, notes), _street(y, notes)
        if first != second:
            notes.append("intersection")
            return Part(streets=(first, second), intersection=True, text=" ".join(tokens), notes=tuple(notes))
    return None


def _number_names_the_street(tokens, i) -> bool:
    """"4 Str. N. No. 325": a number right before a type word, then only a compass word
    and another (house) number, is the street's name (4th Street North)."""
    rest = tokens[i + 1:]
    if not rest or not (rest[0] in TYPE_WORD or rest[0] in TYPO_WORD):
        return False
    tail = [t for t in rest[1:] if t not in DIRECTIONS]
    if not tail:
        return len(rest) > 1  # "4 St. S": 4th Street South ("5 Ave" alone: see _street_or_place)
    if _NUMBER.match(tail[0]) and len(tail) == 1:
        return True  # "4 Avenue 38", "5 Street S. 155"; not "35 Ave. 10 de Septiembre"
    return tail[0] in NUMBER_WORDS | LOT_WORDS | {"#"} and any(_NUMBER.match(t) for t in tail[1:])


def _starts_a_date(tokens, i) -> bool:
    """The number at ``i`` begins a street named after a date: "21 de Septiembre Ave"."""
    return i + 2 < len(tokens) and tokens[i + 1] == "de" and tokens[i + 2] in MONTHS


def _take_number(tokens, notes):
    """(number, suffix, number_to, lot, remaining tokens) from the start or the end."""
    lot = False
    i = 0
    if tokens and tokens[0] in LOT_WORDS:
        lot = True
        i = 1
    while i < len(tokens) and tokens[i] in NUMBER_WORDS:
        i += 1
    if i < len(tokens) and not (i == 0 and _number_names_the_street(tokens, i)) and not _starts_a_date(tokens, i):
        match = _NUMBER.match(tokens[i])
        if match:
            number_to = None
            j = i + 1
            second = _NUMBER.match(tokens[j]) if j + 1 < len(tokens) else None
            if second and int(second.group(1)) > int(match.group(1)) and not match.group(2) \
                    and not _starts_a_date(tokens, j):  # "1 20 de Noviembre St": house 1, not 1-20
                # "12-14 Main St"; not "1A 2 St." (house 1A on 2nd Street)
                number_to = int(second.group(1))  # "12-14 Mahogany St"
                notes.append("range")
                j += 1
            return int(match.group(1)), match.group(2).upper(), number_to, lot, tokens[j:]
    # number after the street: "mountain view boulevard 12", "calle x casa 5", "... lot 5"
    if tokens:
        match = _NUMBER.match(tokens[-1])
        if match and len(tokens) > 1:
            k = len(tokens) - 1
            while k > 0 and tokens[k - 1] in NUMBER_WORDS and not (
                    tokens[k - 1] in DIRECTIONS and k > 1 and tokens[k - 2] in TYPE_WORD):
                k -= 1  # "No. 12" ("N° 12" is "no 12" by now); but "St. N 701": that N is North
            if k > 0 and tokens[k - 1] in LOT_WORDS:
                lot = True
                k -= 1
            if k > 0:
                notes.append("number_after")
                return int(match.group(1)), match.group(2).upper(), None, lot, tokens[:k]
    return None, "", None, False, tokens


def _strip_place_words(tokens):
    for prefix in _PLACE_PREFIXES:
        if len(tokens) > len(prefix) and tuple(tokens[:len(prefix)]) == prefix:
            tokens = tokens[len(prefix):]
            break
    for suffix in _PLACE_SUFFIXES:
        if len(tokens) > len(suffix) and tuple(tokens[-len(suffix):]) == suffix:
            tokens = tokens[:-len(suffix)]
            break
    return tokens


def _landmark_part(relation, tokens, notes, vocabulary, **fields):
    canonical, spanish = canonical_landmark_tokens(tokens)
    if spanish:
        notes.append("spanish")
    landmark = " ".join(canonical)
    places = ()
    if not has_landmark_noun(canonical):
        notes.append("landmark_unknown_noun")
        places = (" ".join(_strip_place_words(list(tokens))),)
    notes.append("landmark")
    core, town = None, None
    # "Orange Walk Police Station", "the Tres Cruces Vill. RC school", "Czl. Atlantic Bank":
    # the town, then the landmark (the whole phrase may also be the landmark's own name,
    # "San Ignacio Market": the geocoder tries both).
    bare = list(tokens)
    while len(bare) > 1 and bare[0] in ("the", "la", "el", "los", "las"):
        bare = bare[1:]
    for lead in (("ciudad", "de"), ("town", "of"), ("village", "of"), ("city", "of"), ("aldea",), ("pueblo", "de")):
        if len(bare) > len(lead) + 1 and tuple(bare[:len(lead)]) == lead:
            bare = bare[len(lead):]  # "Ciudad de Corozal town hall"
            break
    leading = vocabulary.at_start(bare) if len(bare) > 1 else None
    if leading is None and len(bare) > 1 and (bare[0],) in vocabulary.joined_initials:
        leading = (1, vocabulary.joined_initials[(bare[0],)])  # "the OW RC school"
    if leading is None and len(bare) > 2 and is_place_suffix(bare[1]):
        leading = vocabulary.shortened(bare[:2], whole_part=True, after_name=lambda head: False)  # "Coro Town"
    if leading is None and len(bare) > 1:
        short = vocabulary.shortened(bare[:1], whole_part=True, after_name=lambda head: False)
        leading = short if short is not None and not any(c in "aeiouy" for c in bare[0]) else None
    if leading is not None:
        rest, _ = canonical_landmark_tokens(bare[leading[0]:])
        if has_landmark_noun(rest):
            core, town = " ".join(rest), leading[1]
    return Part(relation=relation, landmark=landmark, landmark_core=core, landmark_town=town, places=places,
                notes=tuple(notes), **fields)


def _relation_part(relation, rest, notes, text, vocabulary):
    rest_tokens = strip_noise(rest.split())
    if not rest_tokens:
        return None
    if rest_tokens[0] in CORNER_WORDS or (rest_tokens[0] in ("the", "la") and len(rest_tokens) > 1
                                          and rest_tokens[1] in CORNER_WORDS):
        return _intersection(" ".join(rest_tokens), notes)
    canonical, _ = canonical_landmark_tokens(rest_tokens)
    if _is_street(rest_tokens) and not has_landmark_noun(canonical):
        notes.append("near_street")
        return Part(streets=(_street(rest_tokens, notes),), text=text, notes=tuple(notes))
    if relation == "at" and rest_tokens and _NUMBER.match(rest_tokens[0]):
        return None  # "at 12 Mahogany St": an address
    return _landmark_part(relation, rest_tokens, notes, vocabulary, text=text)


@lru_cache(maxsize=65536)
def read_part(text: str, symbol_and: bool = False, vocabulary: PlaceVocabulary = BUILTIN_VOCABULARY) -> Part:
    """What a normalised address part holds (see module docstring)."""
    notes = []
    if text in PART_FLOOR_WORDS:
        return Part(text=text, notes=("unit",))  # "(altos)", ", upstairs,"
    tokens, towns, marked = split_places(text.split(), vocabulary)
    if towns:
        notes.append("town")
    if not tokens:
        return Part(towns=towns, marked_towns=marked, notes=tuple(notes))
    text = " ".join(tokens)
    part = _read_tokens(text, tokens, notes, symbol_and, vocabulary)
    if towns:
        part = part._replace(towns=towns + tuple(t for t in part.towns if t not in towns), marked_towns=marked)
    return part


def _read_tokens(text, tokens, notes, symbol_and, vocabulary):
    if any(t in SPANISH_RELATION_WORDS for t in tokens):
        notes.append("spanish")
    match = _RELATION_START.match(text)
    if match:
        relation = RELATION_OF[match.group("rel")]
        part = _relation_part(relation, match.group("rest"), list(notes), text, vocabulary)
        if part is not None:
            return part._replace(text=text)
    if any(t in BETWEEN_WORDS for t in tokens):
        match = _BETWEEN.match(text)
        if match:
            notes.append("between")
            return Part(
                streets=(_street(match.group("x").split(), notes),),
                cross_streets=(_street(match.group("y").split(), notes),
                               _street(match.group("z").split(), notes)),
                text=text, notes=tuple(notes))
    if any(t in CORNER_WORDS or t in AND_WORDS for t in tokens):
        part = _intersection(text, list(notes), symbol_and)
        if part is not None:
            return part
    if "at" in tokens[1:-1]:
        part = _corner_at(tokens, list(notes))
        if part is not None:
            return part
    match = _RELATION_MID.match(text)
    if match:
        head = _read_tokens(match.group("head"), match.group("head").split(), list(notes), False, vocabulary)
        relation = RELATION_OF.get(match.group("rel"), "near")
        tail = _relation_part(relation, match.group("rest"), list(notes), text, vocabulary)
        if tail is not None and tail.landmark:
            return head._replace(relation=tail.relation, landmark=tail.landmark, landmark_core=tail.landmark_core,
                                 landmark_town=tail.landmark_town, text=text, places=head.places + tail.places,
                                 notes=head.notes + tail.notes)
    return _street_or_place(text, tokens, notes, vocabulary)


def _drop_units(tokens, notes):
    """Remove "apt 3", "unit 2", "stall 12", "upstairs", "2nd floor": not part of a location."""
    out = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in UNIT_WORDS and i + 1 < len(tokens) and _NUMBER.match(tokens[i + 1]):
            i += 2
            notes.append("unit")
            continue
        if token in FLOOR_WORDS or (token == "floor" and out):
            if token == "floor":
                out.pop()
            i += 1
            notes.append("unit")
            continue
        out.append(token)
        i += 1
    return out


def _street_or_place(text, tokens, notes, vocabulary):
    tokens = _drop_units(tokens, notes)
    if not tokens:
        return Part(text=text, notes=tuple(notes))
    number, suffix, number_to, lot, rest = _take_number(tokens, notes)
    rest = _strip_fillers(rest)
    if number is not None and rest and all(t in TYPE_WORD or t in TYPO_WORD for t in rest):
        # "5a avenida", "calle 5": the number is the street's name
        number, suffix, number_to, lot, rest = None, "", None, False, tokens
    if lot:
        notes.append("lot")
    fields = dict(house_number=number, house_suffix=suffix, house_number_to=number_to, lot=lot,
                  text=text)
    if not rest:
        return Part(notes=tuple(notes), **fields)
    if _is_street(rest):
        return Part(streets=(_street(rest, notes),), notes=tuple(notes), **fields)
    canonical, _ = canonical_landmark_tokens(rest)
    if has_landmark_noun(canonical) and number is None:
        return _landmark_part("at", rest, notes, vocabulary, **fields)
    place = _strip_place_words(list(rest))
    return Part(places=(" ".join(place),), notes=tuple(notes), **fields)
