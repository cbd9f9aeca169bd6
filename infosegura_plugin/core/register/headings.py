"""What each column of a register holds, from its heading in English or Spanish.

Headings are compared without accents, case or punctuation ("No. de Licencia",
"LIC #", "Dirección"). The rules are ordered from the most specific to the most
generic so that "Class of Licence" is a class and "Business Address" an address.
"""

import re
import unicodedata
from typing import Dict, List, Optional, Sequence, Tuple

LICENCE_ID = "licence_id"
PREMISES = "premises"
LICENSEE = "licensee"
ADDRESS = "address"
LICENCE_CLASS = "licence_class"
ISSUED = "issued"
EXPIRY = "expiry"
LATITUDE = "latitude"
LONGITUDE = "longitude"
EASTING = "easting"
NORTHING = "northing"
COORDINATES = "coordinates"

ROLES = (LICENCE_ID, PREMISES, LICENSEE, ADDRESS, LICENCE_CLASS, ISSUED, EXPIRY,
         LATITUDE, LONGITUDE, EASTING, NORTHING, COORDINATES)
# Roles the analyst can point at a column by hand (algorithm parameters *_FIELD).
OVERRIDABLE = (LICENCE_ID, PREMISES, ADDRESS, LICENCE_CLASS)

_RULES: Sequence[Tuple[Optional[str], str]] = (
    # Headings that look like a role but are something else ("Receipt No.", "Tel. No.").
    (None, r"phone|\btel\b|telefono|celular|\bcell\b|mobile|e ?mail|correo|\bfax\b|\bsocial\b|\btin\b"
           r"|receipt|recibo|\bfees?\b|amount|monto|remark|comment|observ|\bnotas?\b|\bnotes?\b|\bpaid\b"),
    (COORDINATES, r"^lat ?lon(g|gitude)?$|^lon(g)? ?lat$|^latitude longitude$|^longitude latitude$|coordinates"
                  r"|coordenadas|^gps$|^lat lng$"),
    (LICENCE_CLASS, r"\bclass\b|\bclase\b|\btype\b|\btipo\b|\bcategor"),
    (EXPIRY, r"expir|\bvence|vencimiento|valid (until|to|thru|through)|caduc|\bvigencia|\bends?\b|\bhasta\b"),
    (ISSUED, r"issue|\bemision|emitid|expedi|otorga|grant|\bdesde\b|\bfrom\b|start"),
    (LATITUDE, r"^lat\b|^latitud|\blatitude\b|\blat\b"),
    (LONGITUDE, r"^lon\b|^long\b|^lng\b|longitud|\blongitude\b|\blon\b|\blong\b|\blng\b"),
    (EASTING, r"^x$|^x utm|utm x|^coord(enada)? x|easting|^este$|^x coord"),
    (NORTHING, r"^y$|^y utm|utm y|^coord(enada)? y|northing|^norte$|^y coord"),
    (ADDRESS, r"address|\blocation\b|direccion|domicilio|ubicacion|\bstreet\b|\bcalle\b|\blocated\b|\bsitus\b"),
    (LICENSEE, r"licensee|licencee|\bowner|propietari|titular|holder|applicant|licenciatari|\bdueno|proprietor|\bpermit(t)?ee"),
    (PREMISES, r"premises|business|establecimiento|negocio|trade name|trading as|comercial|\blocal\b|establishment|outlet|\bbar name\b|^name$|^nombre$|name of (the )?(premises|business|establishment)"),
    (LICENCE_ID, r"\bno\b|\bnumber\b|\bnumero\b|\bid\b|^licen[cs]e$|^licencia$|^lic$|\bref\b|\bcode\b|\bcodigo\b"),
)
_COMPILED = [(role, re.compile(pattern)) for role, pattern in _RULES]


def normalise_heading(text: object) -> str:
    """Lower case, no accents, '#' and 'Nº' read as 'no', punctuation as spaces."""
    value = str(text or "").strip().lower()
    value = value.replace("nº", " no ").replace("n°", " no ").replace("#", " no ")
    value = unicodedata.normalize("NFKD", value)
    value = "".join(char for char in value if not unicodedata.combining(char))
    value = re.sub(r"[^a-z0-9]+", " ", value)
    return value.strip()


def heading_role(text: object) -> Optional[str]:
    """The role a heading names, or None."""
    heading = normalise_heading(text)
    if not heading:
        return None
    for role, pattern in _COMPILED:
        if pattern.search(heading):
            return role
    return None


def two_row_heading_role(upper: str, lower: str, grouped: bool = False) -> Optional[str]:
    """The role of a heading split over two rows ("Licence" over "No.", "Nombre del" over
    "establecimiento"): the two read as one, except that under a group heading (merged
    over several columns, such as "Coordinates" over "Lat" and "Long") the lower one names
    the column."""
    if not lower.strip():
        return heading_role(upper)
    if not upper.strip():
        return heading_role(lower)
    lower_role = heading_role(lower)
    if grouped and lower_role:
        return lower_role
    role = heading_role(f"{upper} {lower}")
    if role == COORDINATES and lower_role in (LATITUDE, LONGITUDE, EASTING, NORTHING):
        return lower_role
    return role


def longitude_first(heading: object) -> bool:
    """For a single coordinates column: True when its heading puts longitude first."""
    text = normalise_heading(heading)
    lon, lat = text.find("lon"), text.find("lat")
    return lon >= 0 and (lat < 0 or lon < lat)


def detect_roles(headers: Sequence[str]) -> Dict[str, int]:
    """Role -> column index; the first column naming a role wins."""
    roles: Dict[str, int] = {}
    for index, header in enumerate(headers):
        role = heading_role(header)
        if role and role not in roles:
            roles[role] = index
    return roles


def header_score(cells: Sequence[object]) -> int:
    """How many distinct roles a row's cells name: a header row names several."""
    return len({role for role in (heading_role(cell) for cell in cells if isinstance(cell, str)) if role})


def find_override(headers: Sequence[str], wanted: str) -> Optional[int]:
    """Column index of a heading the analyst named: exact first, then loosely."""
    wanted_clean = wanted.strip()
    for index, header in enumerate(headers):
        if header.strip() == wanted_clean:
            return index
    wanted_loose = normalise_heading(wanted_clean)
    for index, header in enumerate(headers):
        if wanted_loose and normalise_heading(header) == wanted_loose:
            return index
    return None


def row_mentions(cells: Sequence[object], names: List[str]) -> bool:
    texts = [str(cell) for cell in cells if isinstance(cell, str)]
    return bool(names) and all(find_override(texts, name) is not None for name in names)
