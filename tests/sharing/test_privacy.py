"""Personal data by field name and by value."""

import pytest

from infosegura_plugin.core.sharing.privacy import (
    DEFAULT_PERSONAL_FIELDS,
    looks_personal,
    parse_field_list,
    personal_fields,
)

PERSONAL = parse_field_list(DEFAULT_PERSONAL_FIELDS)


@pytest.mark.parametrize("value, personal", [
    ("822-2345", True), ("+501 822 2345", True), ("(501) 610-1234", True), ("6101234", True),
    ("call 610 1234 after 5", True), ("Tel: 610-1234.", True), ("ana.perez@example.org", True),
    ("maría_lópez+bar@correo.bz", True),
    ("BMP-2023-0009", False), ("2024-01-02", False), ("17.25668", False), ("-88.75230", False),
    ("311268.82", False), ("Mile 47, Hummingbird Highway", False), ("12 Constitution Drive", False),
    ("CA-023", False), ("", False), (None, False), (610, False),
])
def test_values_that_look_like_a_phone_or_an_email(value, personal):
    assert looks_personal(value) is personal


def test_fields_named_like_personal_data_in_english_and_spanish():
    names = ["licence_id", "premises", "licensee", "Licensee Name", "Phone No", "E-mail", "owner_phone", "name",
             "asset_name", "Remarks", "Teléfono", "correo_electronico", "address", "category", "Observaciones",
             "Propietario", "Cédula", "outlet_name"]
    assert personal_fields(names, PERSONAL) == [
        "licensee", "Licensee Name", "Phone No", "E-mail", "owner_phone", "Remarks", "Teléfono",
        "correo_electronico", "Observaciones", "Propietario", "Cédula"]


def test_the_list_is_extendable():
    assert personal_fields(["alias", "premises"], PERSONAL + parse_field_list("alias; apodo")) == ["alias"]
