"""Old Excel 97-2003 (.xls) workbooks, read through GDAL's XLS driver (FreeXL), which
the QGIS packages for Windows, macOS and Linux carry.

The driver is asked for every row as text, with no header (``OGR_XLS_HEADERS=DISABLE``,
``OGR_XLS_FIELD_TYPES=STRING``), so the register reader sees the title block and finds
the header itself, exactly as for .xlsx. FreeXL gives dates formatted as dates as ISO
text (``2025-07-05``), and numbers come back as numbers. Merged cells are not reported.
"""

import math
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

from ...i18n import tr
from . import limits as lim
from .problems import RegisterError
from .workbook import Sheet, Workbook

_CONFIG = {"OGR_XLS_HEADERS": "DISABLE", "OGR_XLS_FIELD_TYPES": "STRING"}


def xls_driver_available() -> bool:
    from osgeo import ogr

    return ogr.GetDriverByName("XLS") is not None


@contextmanager
def _xls_options():
    from osgeo import gdal

    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in _CONFIG}
    for key, value in _CONFIG.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


def _no_driver_error(path: Path) -> RegisterError:
    from osgeo import gdal

    return RegisterError(
        tr("{}: this is an old Excel 97-2003 (.xls) workbook, and the GDAL {} of this QGIS has no XLS driver "
           "to read it. Open it in Excel or LibreOffice and save it as .xlsx or .csv (or use a QGIS whose "
           "GDAL lists the XLS driver under Settings > Options > GDAL).").format(path.name, gdal.__version__)
    )


def _number_or_text(text: str):
    """A number cell back as a float: GDAL writes numbers as ``%.16g`` (-88.769 comes as
    "-88.76900000000001"). Text that reads the same as a formatted number cannot be told
    from one and reads the same either way; "0012" or "17.2510" stay text."""
    try:
        number = float(text)
    except ValueError:
        return text
    return number if math.isfinite(number) and f"{number:.16g}" == text else text


class XlsWorkbook(Workbook):
    kind = "xls"

    def __init__(self, path: Path, limits: lim.Limits = lim.DEFAULT_LIMITS):
        super().__init__(path, limits)
        from osgeo import gdal, ogr

        if ogr.GetDriverByName("XLS") is None:
            raise _no_driver_error(path)
        self._copy_folder: Optional[str] = None
        source = path
        if path.suffix.lower() != ".xls":
            # The driver recognises the file by its .xls name: read a copy so named.
            self._copy_folder = tempfile.mkdtemp(prefix="infosegura_xls_")
            source = Path(self._copy_folder) / "register.xls"
            shutil.copyfile(path, source)
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            with _xls_options():
                # None, or RuntimeError when another part of QGIS turned GDAL exceptions on.
                self._dataset = gdal.OpenEx(str(source), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["XLS"])
            detail = gdal.GetLastErrorMsg()
        except RuntimeError as error:
            self._dataset, detail = None, f"{error}"
        finally:
            gdal.PopErrorHandler()
        if self._dataset is None:
            self.close()
            raise RegisterError(
                tr("{}: this .xls workbook cannot be read ({}). If it is protected by a password, remove the "
                   "password; otherwise open it in Excel or LibreOffice and save it as .xlsx or .csv.").format(
                    path.name, detail or tr("GDAL's XLS driver refused it")
                )
            )
        try:
            self._names = [self._dataset.GetLayer(index).GetName() for index in range(self._dataset.GetLayerCount())]
        except RuntimeError as error:
            self.close()
            raise RegisterError(
                tr("{}: this .xls workbook cannot be read ({}). If it is protected by a password, remove the "
                   "password; otherwise open it in Excel or LibreOffice and save it as .xlsx or .csv.").format(
                    path.name, f"{error}")
            ) from error

    def close(self) -> None:
        self._dataset = None
        if self._copy_folder:
            shutil.rmtree(self._copy_folder, ignore_errors=True)
            self._copy_folder = None

    def __del__(self):
        self.close()

    def sheet_names(self) -> List[str]:
        return list(self._names)

    def sheet(self, sheet_name: str) -> Sheet:
        try:
            return self._read_sheet(sheet_name)
        except RuntimeError as error:  # GDAL with exceptions turned on
            raise RegisterError(
                tr("{}: this .xls workbook cannot be read ({}). If it is protected by a password, remove the "
                   "password; otherwise open it in Excel or LibreOffice and save it as .xlsx or .csv.").format(
                    self.path.name, f"{error}")
            ) from error

    def _read_sheet(self, sheet_name: str) -> Sheet:
        layer = self._dataset.GetLayerByName(sheet_name)
        budget = lim.ReadBudget(self.path, self.limits)
        rows = []
        with _xls_options():
            layer.ResetReading()
            count = layer.GetLayerDefn().GetFieldCount()
            row_number = 0
            for feature in layer:
                row_number += 1
                values: List[object] = []
                for index in range(count):
                    if feature.IsFieldSetAndNotNull(index):
                        text = feature.GetFieldAsString(index)
                        if text != "":
                            values.extend([""] * (index - len(values)))
                            values.append(_number_or_text(text))
                if values:
                    budget.add_rows(len(values))
                    rows.append((row_number, values))
        return Sheet(rows=rows)
