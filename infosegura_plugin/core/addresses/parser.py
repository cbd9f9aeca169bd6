"""``parse_address``: a free-text Belize licence address -> ``ParsedAddress``.

The text is cleaned (control characters, phone numbers, "Mile 49 1/2", "C/D", slashes),
split into parts at commas, a leading business name is set aside, each part is read by
``address_part.read_part`` and the parts are combined. Never raises; results are cached.
"""

import re
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from typing import List, Optional

from .address_part import LOT_WORDS, NUMBER_WORDS, read_part, split_places, strip_noise, with_part_number
from .normalise import has_street_type, normalise_text
from .places import BUILTIN_VOCABULARY, PlaceVocabulary

KINDS = ("address", "empty", "junk", "po_box", "phone")
MAX_CHARS = 1000


@dataclass
class ParsedAddress:
    """What a free-text address says; see docs of each field in the geocoder contract."""

    raw: str
    normalised: str = ""
    kind: str = "empty"
    house_number: Optional[int] = None
    house_suffix: str = ""
    lot: bool = False
    streets: List[str] = field(default_factory=list)
    intersection: bool = False
    landmark_relation: Optional[str] = None
    landmark: Optional[str] = None
    places: List[str] = field(default_factory=list)
    town: Optional[str] = None   # the first of ``towns``
    mile: Optional[float] = None
    business_name: Optional[str] = None
    notes: List[str] = field(default_factory=list)
    # additions to the contract
    house_number_to: Optional[int] = None   # 14 for "12-14 Mahogany St"
    cross_streets: List[str] = field(default_factory=list)  # "X between Y and Z" -> [Y, Z]
    towns: List[str] = field(default_factory=list)  # place keys (towns, villages, areas) named
    marked_towns: List[str] = field(default_factory=list)  # of them, written as places ("X Village")
    landmark_core: Optional[str] = None  # "police station" for "Orange Walk Police Station"
    landmark_town: Optional[str] = None  # "orange walk" there: a hint, never a rejection


_LIST_FIELDS = tuple(f.name for f in dataclass_fields(ParsedAddress) if f.default_factory is list)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_PO_BOX = re.compile(
    r"\b(?:p\s*\.?\s*o\s*\.?\s*box|post\s+office\s+box|apartado(?:\s+postal)?|casilla(?:\s+postal)?)"
    r"\s*(?:no\.?|#)?\s*\d+", re.IGNORECASE)
_PHONE_WORD = r"(?:tel|tele|telephone|phone|ph|cell|cel|mobile|mob|telefono|celular|contact)\b\.?\s*[:#]?\s*"
_PHONE = re.compile(
    rf"(?:\b{_PHONE_WORD}(?:\+?\(?501\)?[\s.-]*)?\d{{3}}[\s.-]?\d{{4}}\b"
    r"|(?:\+?\(?501\)?[\s.-]*)?\b\d{3}[.-]\d{4}\b"
    r"|\b\d{7}\b)", re.IGNORECASE)
_PHONE_SPACED = re.compile(r"^\s*(?:\+?\(?501\)?[\s.-]*)?\d{3}\s\d{4}\s*$")
_PHONE_LEFTOVER = re.compile(rf"(?:\b{_PHONE_WORD}|\bor\b|[\s,;/&+()-])", re.IGNORECASE)
_MILE = re.compile(
    r"\b(?:mile|mi|milla|mls?)\b\s*\.?\s*#?\s*(\d{1,3})"
    r"(?:\s*\.\s*(\d{1,2})\b|\s*-?\s*(\d)\s*/\s*(\d)\b|\s*([\u00bd\u00bc\u00be])"
    r"|\s+(?:y\s+media|and\s+a\s+half|&\s+a\s+half)\b(?P<half>))?", re.IGNORECASE)
_FRACTIONS = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}
_CD_SLASH = re.compile(r"\bc\s*/\s*d\b", re.IGNORECASE)
_BELIZE_CITY_SLASH = re.compile(r"\bb\s*/\s*city\b", re.IGNORECASE)
_WORD_SLASH = re.compile(r"(?<=[^\W\d_]|\.)\s*/\s*(?=[^\W_])")
_HASH_NUMBER = re.compile(r"#(?=\s*\d)|\bN\s*[\u00b0\u00ba]", re.IGNORECASE)  # "# 77", "N° 77": "No."; "St N 77": North
_INITIALS_SLASH = re.compile(r"\b([A-Za-z])\s*/\s*([A-Za-z])\b")  # "O/W": initials, not a corner
_NUMBER_DASH_LETTER = re.compile(r"\b(\d+)\s*-\s*([A-Za-z])\b")
_SPLIT = re.compile(r"[,;\n\r\t|()\[\]{}]+|\s[-\u2013\u2014]+\s")
_FIRST_NUMBER = re.compile(r"(?:#|\bno\b\.?\s*)?\s*\d")
_HAS_DIGIT = re.compile(r"\d")

EMPTY_TEXTS = frozenset({
    "", "n a", "na", "n", "none", "nil", "null", "nan", "x", "xx", "xxx", "0", "00", "000",
    "blank", "empty", "no address", "not applicable", "not available", "no aplica",
    "sin direccion", "ninguna", "ninguno", "no", "nd", "n d",
})
JUNK_TEXTS = frozenset({
    "see file", "see attached", "see attachment", "see remarks", "see notes", "see above",
    "see below", "unknown", "not known", "n k", "nk", "tba", "tbc", "tbd", "to be advised",
    "to be confirmed", "same as above", "same", "as above", "ditto", "various", "pending",
    "test", "asdf", "desconocido", "desconocida", "no se sabe", "ver archivo", "ver expediente",
    "idem", "ok", "private", "confidential", "same address", "not found", "invalid", "address",
    "no fixed address", "nfa", "n f a", "in file", "on file", "refer to file",
})
_JUNK_START = re.compile(r"^(?:see|ver|refer to|check)\b")

BUSINESS_WORDS = frozenset({
    "bar", "bars", "restaurant", "restaurante", "rest", "cafe", "store", "stores", "shop", "club",
    "hotel", "inn", "lounge", "pub", "grill", "ltd", "limited", "co", "company", "enterprise",
    "enterprises", "supermarket", "grocery", "groceries", "minimart", "mart", "liquor",
    "liquors", "tienda", "cantina", "bakery", "panaderia", "pharmacy", "farmacia", "salon",
    "garage", "motel", "disco", "nightclub", "lodge", "kitchen", "diner", "taqueria",
    "pupuseria", "variety", "wholesale", "distributors", "trading", "canteen", "bistro",
    "tavern", "snack", "snacks", "sports", "brewery", "wines", "spirits", "mini",
})


def _mile_value(match) -> float:
    value = float(match.group(1))
    if match.group(2):
        value = float(f"{match.group(1)}.{match.group(2)}")
    elif match.group(3) and match.group(4) and int(match.group(4)):
        value += int(match.group(3)) / int(match.group(4))
    elif match.group(5):
        value += _FRACTIONS[match.group(5)]
    elif match.group("half") is not None:
        value += 0.5  # "Milla 49 y media", "Mile 49 and a half"
    return value


def _is_phone_only(text: str) -> bool:
    if _PHONE_SPACED.match(text):
        return True
    if not _PHONE.search(text):
        return False
    return not _PHONE_LEFTOVER.sub("", _PHONE.sub("", text))


def _is_business(tokens, raw_part: str) -> bool:
    return not BUSINESS_WORDS.isdisjoint(tokens) or "'s" in raw_part.lower() \
        or "\u2019s" in raw_part.lower()


def _split_business(raw_parts, vocabulary):
    """(business name or None, remaining raw parts)."""
    first = raw_parts[0]
    tokens = normalise_text(first).split()
    if not tokens or not _is_business(tokens, first):
        return None, raw_parts
    if not _HAS_DIGIT.search(first):
        # Only a business name and its town: the name is all there is to locate.
        rest = [p for p in raw_parts[1:] if split_places(normalise_text(p).split(), vocabulary)[0]]
        if rest:
            return first.strip(), raw_parts[1:]
        return None, raw_parts
    # "JOE'S BAR 23 Constitution Drive": the name runs up to the first number
    match = _FIRST_NUMBER.search(first)
    head = first[:match.start()]
    head_tokens = normalise_text(head).split()
    if head_tokens and _is_business(head_tokens, head) and head_tokens[-1] not in LOT_WORDS \
            and head_tokens[-1] not in NUMBER_WORDS and head_tokens[-1] != "mile" \
            and not has_street_type(head_tokens[-1:]):  # "Baker's Ln #2" is a street
        return head.strip(" -:"), [first[match.start():]] + list(raw_parts[1:])
    return None, raw_parts


def _remove_tokens(tokens, sub):
    n = len(sub)
    for i in range(len(tokens) - n + 1):
        if tokens[i:i + n] == sub:
            return tokens[:i] + tokens[i + n:]
    return tokens


def _clean(text: str):
    """(cleaned text, notes) before splitting into parts."""
    notes = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        notes.append("truncated")
    if not text.isprintable() and _CONTROL.search(text):  # every character it finds is unprintable
        text = _CONTROL.sub(" ", text)
        notes.append("control_characters")
    return text, notes


def _result(raw, kind, notes, normalised="", **fields):
    return dict(raw=raw, kind=kind, notes=notes, normalised=normalised, **fields)


_DIGITS = str.maketrans("", "", "0123456789")


def _may_hold(text: str, ascii_lower: Optional[str], *words: str) -> bool:
    """False only when the regex cannot match: an ASCII text without any of ``words`` (lower
    case). Other texts (case folding beyond ASCII) always go to the regex."""
    if ascii_lower is None:
        return True
    for word in words:
        if word in ascii_lower:
            return True
    return False


def _may_be_phone(text: str) -> bool:
    """False only when ``_PHONE`` / ``_PHONE_SPACED`` cannot match: an ASCII text with fewer
    than the seven digits every phone form has."""
    return not text.isascii() or len(text) - len(text.translate(_DIGITS)) >= 7


@lru_cache(maxsize=65536)
def _parse(raw: str, vocabulary: PlaceVocabulary):
    text, notes = _clean(raw)
    flat = normalise_text(text)
    if not flat or flat in EMPTY_TEXTS:
        return _result(raw, "empty", notes, flat)
    if flat in JUNK_TEXTS or _JUNK_START.match(flat):
        return _result(raw, "junk", notes, flat)
    # Each pattern below is tried only when its literal characters are in the text.
    low = text.lower() if text.isascii() else None
    if _may_hold(text, low, "box", "apartado", "casilla") and _PO_BOX.search(text):
        return _result(raw, "po_box", notes + ["po_box"], flat)
    if _may_be_phone(text):
        if _is_phone_only(text):
            return _result(raw, "phone", notes + ["phone"], flat)
        if _PHONE.search(text):
            text = _PHONE.sub(" , ", text)
            notes.append("phone_removed")

    mile = None
    mile_tokens = None
    match = _MILE.search(text) if _may_hold(text, low, "mi", "ml") else None
    if match:
        mile = _mile_value(match)
        canonical = f"mile {mile:g}"
        mile_tokens = normalise_text(canonical).split()
        text = text[:match.start()] + " " + canonical + " " + text[match.end():]
        notes.append("mile")
    if "/" in text:
        text = _CD_SLASH.sub(" , ", text)
        text = _BELIZE_CITY_SLASH.sub(" belize city ", text)
        text = _INITIALS_SLASH.sub(r"\1\2", text)
    if "#" in text or "\u00b0" in text or "\u00ba" in text:
        text = _HASH_NUMBER.sub(" no ", text)
    if "/" in text:
        text = _WORD_SLASH.sub(" & ", text)
    if "-" in text:
        text = _NUMBER_DASH_LETTER.sub(r"\1\2", text)

    raw_parts = [p for p in _SPLIT.split(text) if p and not p.isspace()]
    business = None
    if raw_parts:
        business, raw_parts = _split_business(raw_parts, vocabulary)
        if business:
            notes.append("business_name")

    fields = dict(house_number=None, house_suffix="", house_number_to=None, lot=False,
                  streets=[], cross_streets=[], intersection=False, landmark_relation=None,
                  landmark=None, landmark_core=None, landmark_town=None, places=[], towns=[], marked_towns=[], town=None, mile=mile,
                  business_name=business)
    kept = []
    for raw_part in raw_parts:
        tokens = normalise_text(raw_part).split()
        if mile_tokens:
            tokens = _remove_tokens(tokens, mile_tokens)
        kept.extend(strip_noise(tokens))
        if not tokens:
            continue
        _merge(fields, _read_numbered_part(tokens, "&" in raw_part, vocabulary), notes)
    if mile_tokens:
        kept = mile_tokens + kept if not _contains(kept, mile_tokens) else kept
    _finish(fields, notes)
    fields["town"] = fields["towns"][0] if fields["towns"] else None
    useful = (fields["streets"] or fields["places"] or fields["landmark"] or fields["towns"]
              or mile is not None)
    kind = "address" if useful else "junk"
    return _result(raw, kind, _unique(notes), " ".join(kept), **fields)


_PART_STAND_IN = "7777"


def _read_numbered_part(tokens, symbol_and, vocabulary):
    """``read_part``, once per wording for parts with one plain number ("#123 Main St",
    "Main St 45"): parsed with a stand-in number, the real one put back when the stand-in
    came out as the house number (it played no other part)."""
    numbers = [i for i, t in enumerate(tokens) if t.isdigit() and len(t) <= 4]
    if len(numbers) != 1:
        return read_part(" ".join(tokens), symbol_and, vocabulary)
    i = numbers[0]
    template = read_part(" ".join(tokens[:i] + [_PART_STAND_IN] + tokens[i + 1:]), symbol_and, vocabulary)
    if template.house_number != int(_PART_STAND_IN) or template.house_number_to is not None \
            or _PART_STAND_IN in " ".join(template.streets + template.places + template.towns) \
            or (template.landmark and _PART_STAND_IN in template.landmark):
        return read_part(" ".join(tokens), symbol_and, vocabulary)
    return with_part_number(template, int(tokens[i]), template.text.replace(_PART_STAND_IN, tokens[i], 1))


def _contains(tokens, sub):
    return len(_remove_tokens(tokens, sub)) != len(tokens)


def _merge(fields, part, notes):
    if part.house_number is not None and fields["house_number"] is None:
        fields["house_number"] = part.house_number
        fields["house_suffix"] = part.house_suffix
        fields["house_number_to"] = part.house_number_to
        fields["lot"] = part.lot
    for street in part.streets:
        if street not in fields["streets"]:
            fields["streets"].append(street)
    fields["cross_streets"].extend(part.cross_streets)
    fields["intersection"] = fields["intersection"] or part.intersection
    if part.landmark and fields["landmark"] is None:
        fields["landmark"] = part.landmark
        fields["landmark_core"] = part.landmark_core
        fields["landmark_town"] = part.landmark_town
        fields["landmark_relation"] = part.relation
    for place in part.places:
        if place and place not in fields["places"]:
            fields["places"].append(place)
    for town in part.towns:
        if town not in fields["towns"]:
            fields["towns"].append(town)
    for town in part.marked_towns:
        if town not in fields["marked_towns"]:
            fields["marked_towns"].append(town)
    notes.extend(part.notes)


def _finish(fields, notes):
    streets = fields["streets"]
    if fields["mile"] is not None and not streets and fields["places"]:
        # "Mile 47 Hummingbird": the place is the highway
        streets.append(fields["places"].pop(0) + " highway")
    if len(streets) == 2 and not fields["intersection"] and fields["house_number"] is None \
            and not fields["cross_streets"]:
        fields["intersection"] = True
        notes.append("two_streets")
    if len(streets) > 2:
        del streets[2:]
        notes.append("extra_streets_dropped")
    if fields["intersection"] and len(streets) != 2:
        fields["intersection"] = False


def _unique(items):
    return list(dict.fromkeys(items))


def parse_address(text: Optional[str], vocabulary: Optional[PlaceVocabulary] = None) -> ParsedAddress:
    """Parse a free-text address; never raises (None, '', huge or binary text included).

    ``vocabulary``: the place names to recognise (the reference data's towns and areas,
    see ``places.PlaceVocabulary``); the built-in Belize places when None."""
    if text is None:
        return ParsedAddress(raw="", kind="empty")
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception:  # noqa: BLE001 - a broken __str__ must not stop a batch
            return ParsedAddress(raw="", kind="junk", notes=["unreadable"])
    try:
        fields = _parse(text, vocabulary or BUILTIN_VOCABULARY)
    except Exception:  # noqa: BLE001 - defensive: one odd address must not stop a batch
        return ParsedAddress(raw=text, kind="junk", normalised=normalise_text(text[:MAX_CHARS]),
                             notes=["parser_error"])
    parsed = ParsedAddress(**fields)
    for name in _LIST_FIELDS:  # lists of its own: the cached parse stays as it is
        setattr(parsed, name, list(getattr(parsed, name)))
    return parsed


def kind_label(kind: str) -> str:
    """User-visible name of a ParsedAddress.kind."""
    from ...i18n import tr

    labels = {
        "address": tr("address"),
        "empty": tr("blank"),
        "junk": tr("not an address"),
        "po_box": tr("P.O. box"),
        "phone": tr("phone number"),
    }
    return labels.get(kind, kind)
