"""One licence-register row as the comparison sees it: its values, its place and the
normalised forms used to recognise the same premises in another year's register."""

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..addresses import normalise_text, parse_address
from ..register.categories import normalise_class

# The values shown side by side, in this order (field suffixes of the output).
COMPARED = ("licence_id", "premises", "licensee", "address", "licence_class", "category", "issued", "expiry")

_NOT_KEY = re.compile(r"[^0-9a-z]+")
_FLOAT_NUMBER = re.compile(r"^(\d+)\.0+$")


def licence_key(value) -> str:
    """A licence number compared without case, spaces or punctuation; "1040.0" (a number
    read from a spreadsheet) is "1040". Empty for a missing number."""
    text = "" if value is None else str(value).strip().lower()
    number = _FLOAT_NUMBER.match(text)
    if number:
        text = number.group(1)
    return _NOT_KEY.sub("", text)


@lru_cache(maxsize=65536)
def address_key(text: str) -> str:
    """What an address says, in one canonical text: house number, streets (street types in
    one English word, corners in a fixed order), landmark, places. Town names, case,
    accents, abbreviations and punctuation drop out: "#12 Cotton Tree Ave., Orange Walk" and
    "12 COTTON TREE AVENUE" give "12 cotton tree avenue". Empty for a blank or junk text."""
    parsed = parse_address(text or "")
    if parsed.kind != "address":
        return ""
    streets = sorted(parsed.streets) if parsed.intersection else list(parsed.streets)
    parts = []
    if parsed.house_number is not None:
        parts.append(f"{parsed.house_number}{parsed.house_suffix or ''}")
    parts += streets
    if parsed.landmark:
        parts += [parsed.landmark_relation or "", parsed.landmark]
    parts += list(parsed.places)
    if parsed.mile is not None:
        parts.append(f"mile {parsed.mile:g}")
    key = " ".join(p for p in parts if p)
    return key or parsed.normalised


@dataclass
class Premises:
    """One row of a register layer; ``x``/``y`` NaN when the row has no point."""

    fid: int
    licence_id: str = ""
    premises: str = ""
    licensee: str = ""
    address: str = ""
    licence_class: str = ""
    category: str = ""
    issued: str = ""
    expiry: str = ""
    x: float = math.nan
    y: float = math.nan
    # (issued, expiry) of every entry of this premises when it was entered more than once
    entries: tuple = ()
    key: str = field(default="", init=False)
    name_key: str = field(default="", init=False)
    licensee_key: str = field(default="", init=False)
    place_key: str = field(default="", init=False)
    class_key: str = field(default="", init=False)

    def __post_init__(self):
        self.key = licence_key(self.licence_id)
        self.name_key = normalise_text(self.premises or "")
        self.licensee_key = normalise_text(self.licensee or "")
        self.place_key = address_key(self.address or "")
        self.class_key = normalise_class(self.licence_class)

    @property
    def dates(self) -> set:
        """Every (issued, expiry) this premises was entered with."""
        return set(self.entries) | {(self.issued, self.expiry)}

    @property
    def located(self) -> bool:
        return math.isfinite(self.x) and math.isfinite(self.y)

    def value(self, name: str) -> str:
        return getattr(self, name)


def distance(a: Premises, b: Premises) -> Optional[float]:
    """Metres between the two places, None when either has no point."""
    if not (a.located and b.located):
        return None
    return math.hypot(a.x - b.x, a.y - b.y)
