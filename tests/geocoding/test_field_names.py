"""Usual field names of street, area and landmark layers are recognised."""

import pytest

from infosegura_plugin.core.field_names import guess_field, guess_layer_fields


@pytest.mark.parametrize("fields, role, expected", [
    (["fid", "ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "TOWN"], "street_name", "ST_NAME"),
    (["fid", "ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "TOWN"], "left_from", "L_F_ADD"),
    (["fid", "ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "TOWN"], "right_to", "R_T_ADD"),
    (["fid", "ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "TOWN"], "town", "TOWN"),
    (["FULLNAME", "LFROMADD", "LTOADD", "RFROMADD", "RTOADD", "CITY"], "street_name", "FULLNAME"),
    (["FULLNAME", "LFROMADD", "LTOADD", "RFROMADD", "RTOADD", "CITY"], "left_to", "LTOADD"),
    (["FULLNAME", "LFROMADD", "LTOADD", "RFROMADD", "RTOADD", "CITY"], "town", "CITY"),
    (["STREET", "FROMLEFT", "TOLEFT", "FROMRIGHT", "TORIGHT", "Village"], "right_from", "FROMRIGHT"),
    (["STREET", "FROMLEFT", "TOLEFT", "FROMRIGHT", "TORIGHT", "Village"], "town", "Village"),
    (["Nombre", "Pueblo"], "street_name", "Nombre"),
    (["Nombre", "Pueblo"], "town", "Pueblo"),
    (["id", "geom_len"], "street_name", None),
    (["Licence No.", "Dirección"], "address", "Dirección"),
])
def test_usual_names_are_recognised(fields, role, expected):
    assert guess_field(fields, role) == expected


def test_a_field_plays_one_role():
    chosen = guess_layer_fields(["name", "alt_name"], ["street_name", "street_alias", "town"])
    assert chosen == {"street_name": "name", "street_alias": "alt_name", "town": None}
