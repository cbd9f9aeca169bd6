"""The output's field names: the register's own columns (verbatim, made unique) and the
added fields, whose names are a public contract."""

import re
from typing import List, Tuple

from .records import RegisterRecord

ADDED_FIELDS = (
    "licence_id", "premises", "licensee", "address", "licence_class", "category", "status",
    "issued_date", "expiry_date", "source_row", "issues",
)
DATE_FIELDS = {"issued_date", "expiry_date"}
INTEGER_FIELDS = {"source_row"}


def added_values(record: RegisterRecord) -> List[object]:
    """A record's added fields, in the order of ``ADDED_FIELDS``."""
    return [
        record.licence_id, record.premises, record.licensee, record.address, record.licence_class,
        record.category, record.status, record.issued, record.expiry, record.source_row,
        record.issues_text,
    ]


def output_field_names(headers: List[str]) -> Tuple[List[str], List[str]]:
    """``(original column names, added names)``, unique without regard to case (as a
    GeoPackage needs). An empty heading becomes ``column_<n>``; a heading that repeats
    gets ``_2``, ``_3``; one that is also an added field's name gets ``_original``."""
    taken = {name.lower() for name in ADDED_FIELDS}
    names = []
    for position, header in enumerate(headers, start=1):
        base = re.sub(r"\s+", " ", header).strip() or f"column_{position}"
        if base.lower() in {name.lower() for name in ADDED_FIELDS}:
            base = f"{base}_original"
        name, counter = base, 1
        while name.lower() in taken:
            counter += 1
            name = f"{base}_{counter}"
        taken.add(name.lower())
        names.append(name)
    return names, list(ADDED_FIELDS)
