"""A deprecated call in our code fails the tests; other packages' deprecations do not.

pytest.ini turns a DeprecationWarning (or PendingDeprecationWarning) attributed to a module
of infosegura_plugin or of the tests into an error, on every QGIS the tests run on (3.22
here, 3.40 in `make check-ltr`), and ignores the ones raised inside QGIS, numpy and co.
"""

import warnings

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer


@pytest.mark.parametrize("category", [DeprecationWarning, PendingDeprecationWarning])
@pytest.mark.parametrize("module", ["infosegura_plugin", "infosegura_plugin.core.fields",
                                    "tests", "tests.risk.test_risk_terrain_outputs"])
def test_a_deprecation_in_our_code_fails(module, category):
    with pytest.raises(category, match="old API"):
        warnings.warn_explicit("old API", category, "x.py", 1, module=module)


@pytest.mark.parametrize("module", ["numpy.lib", "qgis.core", "processing.core", "osgeo.gdal",
                                    "infosegura_plugin_other", "testsuite"])
def test_a_deprecation_in_another_package_is_ignored(module):
    with warnings.catch_warnings(record=True) as caught:
        warnings.warn_explicit("old API", DeprecationWarning, "x.py", 1, module=module)
    # Nothing raised; and with the ini filters (not "always") the warning is not even kept.
    assert caught == []


def test_a_deprecated_qgis_method_called_from_our_code_fails(qgis_app, tmp_path):
    """QGIS (sip) attributes its deprecation warnings to the caller: writeAsVectorFormatV2 is
    deprecated on 3.22 and on 3.40 (writeAsVectorFormatV3, from 3.20, is not)."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    with pytest.raises(DeprecationWarning, match="writeAsVectorFormatV2"):
        QgsVectorFileWriter.writeAsVectorFormatV2(
            layer, str(tmp_path / "v2.gpkg"), QgsCoordinateTransformContext(), options)
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(tmp_path / "v3.gpkg"), QgsCoordinateTransformContext(), options)
    assert result[0] == QgsVectorFileWriter.NoError
