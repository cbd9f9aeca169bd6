"""How licensing clerks in the north and west of Belize write an address.

Written from registers' habits, not from any parser: abbreviations and initials for
towns, district words, numbers before or after the street ("Calle Real #45", "Lot 12
Main St"), corners with base names only, landmark phrases in English and Spanish,
fractional highway miles, typos, case and accents as they come.
"""

import re

from . import names as pools
from .plain_sum import plain_sum

ACCENTS = str.maketrans("áéíóúñüÁÉÍÓÚÑÜ", "aeiounuAEIOUNU")
EN_TYPES = {
    "Street": ["Street", "St.", "St", "Str.", "street", "St."], "Road": ["Road", "Rd.", "Rd", "road"],
    "Avenue": ["Avenue", "Ave.", "Ave", "Av.", "Av"], "Lane": ["Lane", "Ln.", "Ln"], "Alley": ["Alley", "Aly."],
    "Close": ["Close", "Cl."], "Crescent": ["Crescent", "Cres."], "Highway": ["Highway", "Hwy", "Hwy.", "Hiway"],
}
ES_TYPES = {
    "Calle": ["Calle", "C.", "Cll.", "calle", "Calle"], "Avenida": ["Avenida", "Av.", "Ave.", "Avda.", "Avenida"],
    "Callejón": ["Callejón", "Callejon", "Cjón.", "Callejón"], "Pasaje": ["Pasaje", "Psje.", "Pje."],
    "Prolongación": ["Prolongación", "Prol.", "Prolongacion"], "Calzada": ["Calzada", "Calz."],
    "Camino": ["Camino", "Cam."],
}
TRANSLATE = {"Street": "Calle", "Avenue": "Avenida", "Road": "Camino", "Alley": "Callejón",
             "Calle": "Street", "Avenida": "Avenue", "Camino": "Road", "Callejón": "Alley"}
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th) (Avenue|Street)( North| South)?$")


def weighted(rng, options):
    """options: [(weight, value)]"""
    total = plain_sum(w for w, _ in options)
    r = rng.random() * total
    for w, value in options:
        r -= w
        if r < 0:
            return value
    return options[-1][1]


def typo(rng, text):
    """One slip of the finger in the longest word (7+ letters) of a name."""
    words = text.split(" ")
    k = max(range(len(words)), key=lambda i: (len(words[i]) if words[i].isalpha() else 0, -i))
    w = words[k]
    if len(w) < 7 or not w.isalpha():
        return text
    i = rng.randrange(1, len(w) - 2)
    op = rng.randrange(3)
    if op == 0:
        w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w = w[:i] + w[i + 1:]
    else:
        w = w[:i] + w[i] + w[i:]
    words[k] = w
    return " ".join(words)


def street_text(rng, name, base_only=False, p_typo=0.1):
    """A street name as written: type abbreviated, dropped or translated, saints shortened."""
    m = _ORDINAL.match(name)
    if m:
        return _ordinal_text(rng, m, base_only)
    words = name.split(" ")
    first, last = words[0], words[-1]
    if first in ES_TYPES and len(words) > 1:
        base = " ".join(words[1:])
        if base_only:
            text = base
        elif rng.random() < 0.05 and first in TRANSLATE:
            text = f"{base} {TRANSLATE[first]}"
        else:
            text = f"{rng.choice(ES_TYPES[first])} {base}"
    elif last in EN_TYPES and len(words) > 1:
        base = " ".join(words[:-1])
        if base_only:
            text = base
        elif rng.random() < 0.05 and last in TRANSLATE:
            text = f"{TRANSLATE[last]} {base}"
        else:
            text = f"{base} {rng.choice(EN_TYPES[last])}"
    else:
        text = name
    text = _saints(rng, text)
    if rng.random() < p_typo:
        text = typo(rng, text)
    return text


def _ordinal_text(rng, m, base_only):
    k, kind, direction = int(m.group(1)), m.group(3), (m.group(4) or "").strip()
    es_dir = {"North": "Norte", "South": "Sur", "": ""}[direction]
    if base_only:     # "4th" alone is ambiguous where avenues and streets are both numbered
        short = {"Avenue": "Ave", "Street": "St"}[kind]
        return f"{k}{m.group(2)} {short} {direction[:1]}".strip() if direction else f"{k}{m.group(2)} {short}"
    abbrev = rng.choice(EN_TYPES[kind])
    forms = [(5, f"{k}{m.group(2)} {abbrev}"), (2, f"{pools.ORDINAL_WORDS[k - 1]} {kind}"), (1, f"{k} {abbrev}")]
    if kind == "Avenue":
        forms += [(2, f"{pools.SPANISH_ORDINALS[k - 1]} Avenida"), (1, f"{pools.SPANISH_ORDINAL_WORDS[k - 1]} Avenida")]
    else:
        forms += [(1, f"{pools.SPANISH_ORDINALS[k - 1]} Calle")]
    text = weighted(rng, forms)
    if direction:
        tail = rng.choice([direction, direction[0], direction[0] + "."]) if "Calle" not in text else es_dir
        text = f"{text} {tail}"
    return text


def _saints(rng, text):
    if text.startswith("San ") and rng.random() < 0.3:
        return rng.choice(["Sn. ", "S. ", "Sn "]) + text[4:]
    if text.startswith("Santa ") and rng.random() < 0.4:
        return rng.choice(["Sta. ", "Sta "]) + text[6:]
    for prefix in ("Calle ", "Avenida ", "C. ", "Av. "):
        if text.startswith(prefix + "Santa ") and rng.random() < 0.4:
            return prefix + "Sta. " + text[len(prefix) + 6:]
    return text


def town_text(rng, town, p_typo=0.03):
    """The town as written: its name, initials, 'Town'/'Village', 'Sta.' for Santa..."""
    name, _kind = town.name, town.spec.kind
    real = pools.REAL_TOWNS.get(name)
    if real:
        if rng.random() < p_typo:
            return rng.choice(real["typos"])
        return weighted(rng, [(5, name)] + [(1, w) for w in real["written"] if w != name])
    forms = [(6, name), (3, f"{name} Village"), (1, f"{name} Vill."), (1, f"Aldea {name}"), (1, f"Village of {name}"),
             (1, f"{name} Vlg")]
    if name.startswith("Santa "):
        forms += [(3, "Sta. " + name[6:]), (1, "Sta " + name[6:] + " Village")]
    if name.startswith("San "):
        forms += [(2, "Sn. " + name[4:]), (1, "S. " + name[4:])]
    text = weighted(rng, forms)
    if rng.random() < p_typo:
        text = typo(rng, text) if len(max(text.split(), key=len)) >= 7 else text.replace("a", "e", 1)
    return text


def district_text(rng, district):
    return rng.choice(pools.DISTRICTS[district])


def attach_town(rng, core, town_written, district_written=None):
    """Where the town goes: after a comma, straight after the street, in brackets, first."""
    place = town_written if district_written is None else f"{town_written}{rng.choice([', ', ' ', ' - '])}{district_written}"
    return weighted(rng, [
        (55, f"{core}, {place}"), (22, f"{core} {place}"), (4, f"{core} - {place}"), (4, f"{core} ({place})"),
        (5, f"{place}, {core}"), (3, f"{core},{place}"), (2, f"{core}. {place}"),
    ])


NUMBER_FORMS = [(24, "#{n}"), (5, "# {n}"), (12, "No. {n}"), (3, "No.{n}"), (3, "Nº {n}"), (2, "N° {n}"),
                (24, "{n}"), (9, "Lot {n}"), (3, "Lot #{n}"), (4, "Plot {n}"), (4, "Lote {n}"), (2, "Casa {n}"),
                (2, "{n}{L}"), (1, "{n}-{L}"), (2, "Lot No. {n}")]


LOT_FORMS = {"Lot {n}", "Lot #{n}", "Plot {n}", "Lote {n}", "Lot No. {n}"}


def number_text(rng, n):
    """(text, is a lot number): 'Lot 12' is a land parcel, not a number on the street's range."""
    form = weighted(rng, NUMBER_FORMS)
    return form.format(n=n, L=rng.choice("ABC")), form in LOT_FORMS


def house_text(rng, number, street):
    """(a house number with its street, before or after it; whether it is a lot number)."""
    num, lot = number_text(rng, number)
    spanish = street.split(" ")[0] in ES_TYPES or street.split(" ")[0] in ("C.", "Av.", "Avda.", "Cll.")
    after = 0.55 if spanish else 0.3
    pattern = weighted(rng, [
        (1 - after, "{num} {street}"), (after, "{street} {num}"), (0.05, "{street}, {num}"),
        (0.05, "{num}, {street}"), (0.02, "Unit {unit}, {num} {street}"), (0.02, "Upstairs {num} {street}"),
        (0.02, "{n}-{n2} {street}"), (0.02, "{num} {street} (altos)"),
    ])
    text = pattern.format(num=num, street=street, unit=rng.randrange(1, 6), n=number, n2=number + 2)
    return text, lot and "{num}" in pattern


CORNERS_EN = ["corner of {A} and {B}", "cnr {A} & {B}", "Cor. {A}/{B}", "{A} & {B}", "{A} and {B} corner",
              "{A} at {B}", "{A} at {B}", "corner of {A} at {B}", "{A}/{B}", "corner {A} & {B}", "junction of {A} and {B}", "{A} cnr {B}",
              "Cnr. {A} and {B}", "{A} corner {B}"]
CORNERS_ES = ["esq. {A} y {B}", "esquina {A} con {B}", "{A} esquina {B}", "{A} con {B}", "{A} y {B}",
              "esquina de {A} y {B}", "{A} esq. {B}", "{A} esq {B}", "Esq. {A} con {B}"]


def corner_text(rng, a, b, spanish):
    pattern = rng.choice(CORNERS_ES if spanish else CORNERS_EN)
    return pattern.format(A=a, B=b)


RELATIONS_EN = ["opposite", "opp.", "across from", "next to", "beside", "behind", "near", "in front of", "by",
                "a few doors from", "adjacent to", "across the street from"]
RELATIONS_ES = ["frente a", "enfrente de", "al lado de", "junto a", "detrás de", "atrás de", "cerca de",
                "diagonal a", "a un costado de"]
NOUNS_EN = {
    "police": ["the police station", "police station", "the Police", "police HQ"],
    "market": ["the market", "market", "the Market"], "church": ["the Catholic church", "the RC church",
                                                                 "Catholic Church", "the church"],
    "hall": ["the Town Hall", "town hall"], "hall_village": ["the village council hall", "the community hall"],
    "health": ["the polyclinic", "the hospital"], "health_village": ["the health post", "the clinic"],
    "park": ["the central park", "the park", "Central Park"], "bus": ["the bus terminal", "bus station"],
    "bank": ["Atlantic Bank", "the bank"], "field": ["the football field", "the ball field"],
    "school": ["the RC school"],
}
NOUNS_ES = {
    "police": ["la estación de policía", "la policía", "la Estación de Policía"], "market": ["el mercado"],
    "church": ["la iglesia católica", "la iglesia"], "hall": ["el palacio municipal", "la alcaldía"],
    "hall_village": ["la casa comunal"], "health": ["la policlínica", "el hospital"],
    "health_village": ["el centro de salud", "el puesto de salud"], "park": ["el parque central", "el parque"],
    "bus": ["la terminal de buses", "la terminal"], "bank": ["el Banco Atlántico"], "field": ["la cancha"],
    "school": ["la escuela católica"],
}


def spanish_join(relation, noun):
    """'frente a' + 'el mercado' -> 'frente al mercado'; 'cerca de' + 'el' -> 'cerca del'."""
    if noun.startswith("el "):
        if relation.endswith(" a"):
            return f"{relation[:-2]} al {noun[3:]}"
        if relation.endswith(" de"):
            return f"{relation[:-3]} del {noun[3:]}"
    return f"{relation} {noun}"


def landmark_text(rng, landmark, village, town_written, spanish, mode):
    """mode 'noun': 'opposite the police station'; 'name': 'next to Corozal Police Station';
    'noun_town': 'frente al mercado de Corozal' (the town inside the phrase)."""
    cat = landmark["category"]
    if cat == "fuel":
        brand = landmark["name"].split(" ")[0]
        noun = rng.choice([f"la gasolinera {brand}", f"la {brand}"] if spanish else
                          [f"{brand}", f"the {brand} station", f"{brand} gas station", f"{brand} Service Station"])
    elif mode == "name":
        noun = rng.choice([landmark["name"]] + landmark["aliases"][:1])
        if rng.random() < 0.1:
            noun = typo(rng, noun)
        noun = ("la " + noun) if spanish and noun.startswith(("Estación", "Iglesia", "Policlínica", "Casa",
                                                            "Terminal", "Cancha", "Escuela")) else noun
    else:
        key = cat + "_village" if village and cat + "_village" in NOUNS_EN else cat
        noun = rng.choice((NOUNS_ES if spanish else NOUNS_EN)[key])
        if mode == "noun_town":
            noun = f"{noun} de {town_written}" if spanish else _english_town_inside(rng, noun, town_written)
    relation = rng.choice(RELATIONS_ES if spanish else RELATIONS_EN)
    return spanish_join(relation, noun) if spanish else f"{relation} {noun}"


def _english_town_inside(rng, noun, town_written):
    if noun.startswith("the "):
        return f"the {town_written} {noun[4:]}"
    return f"{town_written} {noun}" if rng.random() < 0.5 else f"{noun} in {town_written}"


FRACTIONS = {0.25: ["1/4", "¼", ".25"], 0.5: ["1/2", "½", ".5", " 1/2"], 0.75: ["3/4", "¾", ".75"]}


def mile_text(rng, mile, highway_forms):
    """'Mile 49 1/2 Northern Highway', 'Mi. 49½ PG Hwy', 'Milla 49.5 Carretera Norte'."""
    whole = int(mile)
    frac = round(mile - whole, 2)
    if frac:
        form = rng.choice(FRACTIONS[frac])
        number = f"{whole}{form}" if form.startswith(".") or form in "¼½¾" else f"{whole} {form.strip()}"
    else:
        number = str(whole)
    highway = rng.choice(highway_forms)
    spanish_hw = highway.startswith(("Carr", "Ctra"))
    return weighted(rng, [
        (5, f"Mile {number} {highway}"), (2, f"Mi. {number} {highway}"), (2, f"{highway}, Mile {number}"),
        (1, f"Mile {number}, {highway}"), (2 if spanish_hw else 0.5, f"Milla {number} {highway}"),
        (1, f"{highway} Mi {number}"), (1, f"Mile {number} on the {highway}"),
    ])


def noise(rng, text):
    """Case, accents and spacing as they come out of a busy office."""
    r = rng.random()
    if r < 0.35:
        text = text.translate(ACCENTS)
    r = rng.random()
    if r < 0.17:
        text = text.upper()
    elif r < 0.25:
        text = text.lower()
    elif r < 0.28:
        text = text.title()
    r = rng.random()
    if r < 0.05:
        text = text.replace(" ", "  ", 1)
    elif r < 0.08:
        text = text.replace(", ", " , ", 1)
    elif r < 0.11:
        text = text + "."
    elif r < 0.14:
        text = f" {text} "
    return text
