"""Each dock test starts from no project data: none left in the project or in the
QgsSettings fallback by the test before (other test folders see a clean profile too)."""

import pytest


@pytest.fixture(autouse=True)
def no_project_data_left_behind():
    yield
    from qgis.core import QgsProject, QgsSettings

    QgsProject.instance().removeEntry("infosegura", "/")
    QgsSettings().remove("infosegura/project_data")
