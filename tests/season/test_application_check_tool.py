"""The dock's "Check a licence application" step: a click on a real map canvas or a typed
address opens the check with the place filled in (pytest-qgis canvas and iface)."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest


@pytest.fixture
def dock(plugin, qgis_iface, qgis_canvas):
    from infosegura_plugin.gui.dock import InfoSeguraDock

    opened = []
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32616"))
    qgis_canvas.resize(400, 400)
    qgis_canvas.setExtent(QgsRectangle(312_000, 1_908_000, 313_000, 1_909_000))
    widget = InfoSeguraDock(qgis_iface, open_dialog=lambda alg, params: opened.append((alg, params)))
    yield widget, opened, qgis_canvas
    widget.deleteLater()


def test_the_step_and_its_panel_are_in_the_dock(dock):
    widget, _opened, _canvas = dock
    assert "infosegura:checkapplication" in widget.step_buttons
    assert "infosegura:compareregisters" in widget.step_buttons
    assert "infosegura:emerginghotspots" in widget.step_buttons
    assert widget.application_panel.pick_button.text() == "Click the place on the map"


def test_a_click_on_the_map_opens_the_check_at_that_place(dock):
    widget, opened, canvas = dock
    panel = widget.application_panel
    panel.pick_button.click()
    assert canvas.mapTool() is panel.tool
    pixel = QPoint(100, 300)
    expected = canvas.getCoordinateTransform().toMapCoordinates(pixel)
    canvas.show()
    QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.NoModifier, pixel)
    assert len(opened) == 1
    algorithm, parameters = opened[0]
    assert algorithm == "infosegura:checkapplication"
    x, rest = parameters["LOCATION"].split(",")
    y, crs = rest.split(" ")
    assert QgsPointXY(float(x), float(y)).distance(expected) < 0.01
    assert crs == "[EPSG:32616]"
    assert not panel.pick_button.isChecked()


def test_a_typed_address_opens_the_check_with_it(dock):
    widget, opened, _canvas = dock
    panel = widget.application_panel
    panel.address.setText("  #12 Cotton Tree Ave  ")
    panel.address.returnPressed.emit()
    assert opened == [("infosegura:checkapplication", {"ADDRESS": "#12 Cotton Tree Ave"})]
    panel.address.setText("")
    panel.address_button.click()
    assert len(opened) == 1   # nothing typed: nothing opened
