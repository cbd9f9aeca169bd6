"""Personal data kept out of anything public: fields named like personal data (licensee,
owner, phone, e-mail, ID numbers, free-text notes; a configurable list, English and
Spanish) are dropped, and any text value that looks like a phone number or an e-mail
address is blanked, whatever field it is in."""

import re
import unicodedata
from typing import Iterable, List

# Matched against a field's name folded to lower-case ASCII words: a field is personal
# when one of its words (``licensee_name`` -> licensee, name) or its whole name is here.
DEFAULT_PERSONAL_FIELDS = (
    "licensee, licencee, licensee_name, holder, owner, proprietor, applicant, manager, contact, "
    "contact_person, person, phone, telephone, tel, mobile, cell, cellphone, fax, whatsapp, email, e_mail, "
    "mail, id_number, id_no, national_id, ssn, social_security, passport, dob, date_of_birth, birth_date, "
    "notes, note, remarks, remark, comments, comment, observations, memo, "
    "titular, propietario, dueno, solicitante, encargado, contacto, persona, telefono, celular, movil, "
    "correo, correo_electronico, cedula, dni, pasaporte, documento, fecha_de_nacimiento, notas, nota, "
    "observaciones, observacion, comentarios, comentario"
)

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+", re.UNICODE)
# A phone number: 7 to 15 digits, optionally with a + country code, in groups split by
# spaces, dots, hyphens or brackets (822-2345, +501 822 2345, (501) 610-1234, 6101234).
# Not: licence ids (BMP-2023-0009: letters and a 4+4 grouping), dates, decimals.
_PHONE = re.compile(
    r"(?<![\w.,/-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?"
    r"(?:\d{3}[\s.-]\d{4}|\d{3}[\s.-]\d{3}[\s.-]\d{4}|\d{7,15})(?![\w.,/-]*\d)(?!\w)"
)


def fold_name(text: str) -> str:
    folded = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


def parse_field_list(text: str) -> List[str]:
    return [fold_name(part) for part in re.split(r"[,;\n]", text or "") if fold_name(part)]


def personal_fields(field_names: Iterable[str], personal: Iterable[str]) -> List[str]:
    """The fields (original spelling) that hold personal data by their name."""
    terms = set(personal)
    found = []
    for name in field_names:
        folded = fold_name(name)
        words = set(folded.split("_"))
        if folded in terms or words & terms or any(t in folded for t in terms if "_" in t):
            found.append(name)
    return found


def looks_personal(value) -> bool:
    """A text value that holds a phone number or an e-mail address."""
    if not isinstance(value, str) or not value:
        return False
    return bool(_EMAIL.search(value) or _PHONE.search(value))
