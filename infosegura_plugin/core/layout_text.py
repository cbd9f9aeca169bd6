"""Text styles of print layout items on every supported QGIS.

The QFont setters of layout labels (deprecated from QGIS 3.24) and legend styles (from
3.30) warn on QGIS 3.40; their QgsTextFormat replacements do not exist on 3.22. Scale
bars and attribute tables take a QgsTextFormat on every supported version.

Text drawn through a QgsTextFormat follows the export's text render format, which
defaults to outlines: a PDF exported with ``pdf_settings()`` keeps its words as text
(searchable, selectable, read by screen readers) on every version.
"""

from qgis.core import Qgis, QgsLayoutExporter, QgsLayoutItemLabel, QgsLegendStyle, QgsTextFormat, QgsUnitTypes
from qgis.PyQt.QtGui import QColor, QFont

FAMILY = "Sans Serif"
TEXT_COLOUR = "#202020"


def font(size: float, bold: bool = False, italic: bool = False, family: str = FAMILY) -> QFont:
    result = QFont(family)
    result.setPointSizeF(float(size))
    result.setBold(bold)
    result.setItalic(italic)
    return result


def text_format(size: float, bold: bool = False, italic: bool = False, colour: str = TEXT_COLOUR,
                family: str = FAMILY) -> QgsTextFormat:
    result = QgsTextFormat()
    result.setFont(font(size, bold, italic, family))
    result.setSize(float(size))
    result.setSizeUnit(QgsUnitTypes.RenderPoints)
    result.setColor(QColor(colour))
    return result


def style_label(label: QgsLayoutItemLabel, size: float, bold: bool = False, italic: bool = False,
                colour: str = TEXT_COLOUR, family: str = FAMILY) -> None:
    """Font, size and colour of a layout label."""
    if Qgis.QGIS_VERSION_INT >= 32400:
        label.setTextFormat(text_format(size, bold, italic, colour, family))
    else:
        label.setFont(font(size, bold, italic, family))
        label.setFontColor(QColor(colour))


def style_legend(style: QgsLegendStyle, size: float, bold: bool = False, family: str = FAMILY) -> None:
    """Font and size of one legend style (title, group, symbol label...)."""
    if Qgis.QGIS_VERSION_INT >= 33000:
        style.setTextFormat(text_format(size, bold, family=family))
    else:
        style.setFont(font(size, bold, family=family))


def pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    """PDF export settings whose text stays text (QGIS 3.22 drew labels as text whatever
    the setting; from 3.24 they follow it, and its default is outlines)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings
