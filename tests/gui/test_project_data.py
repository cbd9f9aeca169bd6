"""Project data: guessed fields, stored in the .qgz, settings fallback, pre-filled steps."""

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings

from infosegura_plugin.gui.dock import InfoSeguraDock
from infosegura_plugin.gui.project_data import ProjectData, guess_role
from tests.layers import memory_layer


@pytest.mark.parametrize("names, role, expected", [
    (["OBJECTID", "ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "CITY"], "street_name", "ST_NAME"),
    (["OBJECTID", "ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "CITY"], "right_to", "R_T_ADD"),
    (["OBJECTID", "ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "CITY"], "town", "CITY"),
    (["FULLNAME", "LFROMADD", "LTOADD", "RFROMADD", "RTOADD"], "left_to", "LTOADD"),
    (["STREET", "FROMLEFT", "TOLEFT", "FROMRIGHT", "TORIGHT", "Village"], "town", "Village"),
    (["name", "POP_2020"], "population", None),
    (["name", "Pop"], "population", "Pop"),
    (["name", "area_km2"], "town_name", "name"),
    (["Town_Name", "pop"], "town_name", "Town_Name"),
])
def test_dock_roles_use_the_geocoder_rules_plus_population_and_town_name(names, role, expected):
    assert guess_role(names, role) == expected


def test_numeric_roles_only_take_numeric_fields_and_one_field_plays_one_role():
    assert guess_role(["l_from", "L_F_ADD"], "left_from", numeric=["L_F_ADD"]) == "L_F_ADD"
    assert guess_role(["name", "town"], "street_name", taken=["name"]) is None


@pytest.fixture()
def project_layers(plugin):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    streets = memory_layer("LineString?crs=EPSG:32616&field=ST_NAME:string&field=L_F_ADD:integer&field=L_T_ADD:integer"
                           "&field=R_F_ADD:integer&field=R_T_ADD:integer&field=CITY:string", [], "roads")
    areas = memory_layer("Polygon?crs=EPSG:32616&field=NEIGHBORHOOD:string&field=POP:integer", [], "hoods")
    assets = memory_layer("Point?crs=EPSG:32616&field=name:string&field=category:string", [], "assets")
    project.addMapLayers([streets, areas, assets])
    yield project, streets, areas, assets
    ProjectData().save(project)
    project.removeAllMapLayers()


def test_guessed_fields_for_chosen_layers(project_layers):
    project, streets, areas, _assets = project_layers
    data = ProjectData(streets=streets.id(), areas=areas.id()).with_guessed_fields(project)
    assert (data.street_name_field, data.left_from_field, data.left_to_field, data.right_from_field,
            data.right_to_field, data.street_town_field) == ("ST_NAME", "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD", "CITY")
    assert (data.area_name_field, data.population_field) == ("NEIGHBORHOOD", "POP")


def test_project_data_travels_with_the_project_file(project_layers, tmp_path):
    project, streets, areas, assets = project_layers
    ProjectData(streets=streets.id(), street_name_field="ST_NAME", areas=areas.id(), assets=assets.id(),
                asset_category_field="category", min_score=75.0, use_memory=False).save(project)
    path = tmp_path / "workshop.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    data = ProjectData.load(project)
    assert project.mapLayer(data.streets).name() == "roads"
    assert (data.street_name_field, data.asset_category_field, data.min_score, data.use_memory) == (
        "ST_NAME", "category", 75.0, False)


def test_a_new_project_falls_back_to_the_last_choice_in_the_settings(project_layers):
    project, streets, _areas, _assets = project_layers
    ProjectData(streets=streets.id(), street_name_field="ST_NAME", min_score=70.0).save(project)
    project.clear()  # a new project: no entries of its own
    again = memory_layer("LineString?crs=EPSG:32616&field=ST_NAME:string", [], "roads")
    project.addMapLayer(again)
    data = ProjectData.load(project)
    assert data.streets == again.id()  # found again by name
    assert (data.street_name_field, data.min_score) == ("ST_NAME", 70.0)
    QgsSettings().remove("infosegura/project_data")


def test_parameters_for_fill_every_step_and_only_parameters_it_has(project_layers):
    project, streets, areas, assets = project_layers
    geocoded = memory_layer("Point?crs=EPSG:32616&field=address:string&field=gc_status:string", [], "premises")
    project.addMapLayer(geocoded)
    data = ProjectData(streets=streets.id(), areas=areas.id(), assets=assets.id(), study_area=areas.id(),
                       geocoded=geocoded.id(), min_score=85.0).with_guessed_fields(project)
    geocode = data.parameters_for("infosegura:geocodeaddresses", project)
    assert geocode["STREETS"] == streets.id() and geocode["STREET_NAME_FIELD"] == "ST_NAME"
    assert geocode["LEFT_FROM_FIELD"] == "L_F_ADD" and geocode["AREA_NAME_FIELD"] == "NEIGHBORHOOD"
    assert geocode["MIN_SCORE"] == 85.0 and geocode["USE_MEMORY"] is True
    assert "INPUT" not in geocode  # no register imported yet
    algorithm = QgsApplication.processingRegistry().algorithmById("infosegura:geocodeaddresses")
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    assert set(geocode) <= names
    assert geocode["STREET_TOWN_FIELD"] == "CITY"  # the geocoder's town parameters are passed
    data.towns, data.town_name_field, data.default_town = areas.id(), "NEIGHBORHOOD", "Orange Walk"
    geocode = data.parameters_for("infosegura:geocodeaddresses", project)
    assert (geocode["TOWNS"], geocode["TOWN_NAME_FIELD"], geocode["DEFAULT_TOWN"]) == (
        areas.id(), "NEIGHBORHOOD", "Orange Walk")
    risk = data.parameters_for("infosegura:riskterrain", project)
    assert (risk["OUTLETS"], risk["ASSETS"], risk["ASSET_CATEGORY_FIELD"], risk["STUDY_AREA"]) == (
        geocoded.id(), assets.id(), "category", areas.id())
    assert data.parameters_for("infosegura:proximityconflicts", project)["OUTLETS"] == geocoded.id()
    remember = data.parameters_for("infosegura:rememberplacements", project)
    assert remember["INPUT"] == geocoded.id() and "ADDRESS_FIELD" not in remember
    data.address_field = "address"
    assert data.parameters_for("infosegura:rememberplacements", project)["ADDRESS_FIELD"] == "address"


def test_dock_opens_each_step_pre_filled_and_chains_the_outputs(project_layers, qgis_iface):
    project, streets, areas, assets = project_layers
    ProjectData(streets=streets.id(), areas=areas.id(), assets=assets.id(), study_area=areas.id()) \
        .with_guessed_fields(project).save(project)
    register = memory_layer("NoGeometry?field=address:string", [], "licence_register")
    geocoded = memory_layer("Point?crs=EPSG:32616&field=address:string&field=gc_status:string&field=gc_score:double"
                            "&field=gc_type:string&field=gc_note:string&field=gc_candidates:string", [], "premises")
    grid = memory_layer("Polygon?crs=EPSG:32616&field=risk_score:double", [], "risk grid")
    opened = []
    outputs = {"infosegura:importregister": {"OUTPUT": register},
               "infosegura:geocodeaddresses": {"OUTPUT": geocoded, "TIED": 0, "UNMATCHED": 0},
               "infosegura:riskterrain": {"OUTPUT": grid}}

    def dialog(algorithm_id, parameters):
        opened.append((algorithm_id, dict(parameters)))
        result = dict(outputs.get(algorithm_id, {}))
        if "OUTPUT" in result:  # the dialog loads its output into the project
            project.addMapLayer(result["OUTPUT"])
            result["OUTPUT"] = result["OUTPUT"].id()
        return result

    dock = InfoSeguraDock(qgis_iface, open_dialog=dialog)
    dock.step_buttons["infosegura:importregister"].click()
    dock.step_buttons["infosegura:geocodeaddresses"].click()
    assert opened[-1][1]["INPUT"] == register.id()  # the register just imported
    assert opened[-1][1]["ADDRESS_FIELD"] == "address"
    assert opened[-1][1]["STREETS"] == streets.id()
    dock.step_buttons["infosegura:proximityconflicts"].click()
    assert opened[-1][1]["OUTLETS"] == geocoded.id() and opened[-1][1]["ASSETS"] == assets.id()
    dock.step_buttons["infosegura:riskterrain"].click()
    assert opened[-1][1]["OUTLETS"] == geocoded.id() and opened[-1][1]["STUDY_AREA"] == areas.id()
    dock.step_buttons["infosegura:hotspots"].click()
    assert opened[-1][1]["INPUT"] == grid.id()  # the risk grid goes into hot spots
    dock.step_buttons["infosegura:communityprofiles"].click()
    assert opened[-1][1]["RISK_GRID"] == grid.id() and opened[-1][1]["AREAS"] == areas.id()
    dock.unload()
    dock.deleteLater()


def test_geocoding_with_rows_to_settle_opens_the_review_panel(project_layers, qgis_iface):
    project, streets, _areas, _assets = project_layers
    from tests.gui.review_fixtures import review_layer

    geocoded = review_layer()

    def dialog(algorithm_id, parameters):
        return {"OUTPUT": geocoded.id(), "TIED": 1, "UNMATCHED": 2}

    dock = InfoSeguraDock(qgis_iface, open_dialog=dialog)
    dock.step_buttons["infosegura:geocodeaddresses"].click()
    assert dock.review_dock is not None and dock.review_dock.layer is geocoded
    assert dock.review_dock.counts()["tied"] == 1
    dock.unload()
    dock.deleteLater()


def test_the_panel_guesses_fields_when_a_layer_is_chosen(project_layers, qgis_iface):
    project, streets, _areas, _assets = project_layers
    dock = InfoSeguraDock(qgis_iface, open_dialog=lambda *args: {})
    dock.project_panel.layer_combos["streets"].setLayer(streets)
    assert dock.project_panel.field_combos["street_name_field"].currentField() == "ST_NAME"
    assert dock.project_panel.field_combos["right_to_field"].currentField() == "R_T_ADD"
    saved = ProjectData.load(project)
    assert (saved.streets, saved.street_name_field, saved.street_town_field) == (streets.id(), "ST_NAME", "CITY")
    dock.unload()
    dock.deleteLater()
