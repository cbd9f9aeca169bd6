"""The offline user guide: which local page (and place in it) a Help button opens.

The built plugin has ``help/user_guide.html`` (English) and ``help/guia_usuario.html``
(Spanish), made from docs/ by ``make plugin``. A source checkout falls back to the
built folder, then to the Markdown guides themselves.
"""

from pathlib import Path

from qgis.PyQt.QtCore import QLocale, QSettings, QUrl

from .paths import PLUGIN_DIR

PAGES = {"es": "guia_usuario"}
DEFAULT_PAGE = "user_guide"


def user_language() -> str:
    """The QGIS interface language, as the plugin's translator picks it."""
    return str(QSettings().value("locale/userLocale", QLocale().name()) or "en")[:2].lower()


def help_page(language: str = "") -> Path:
    """The guide for ``language`` (default: the user's), as a local file."""
    name = PAGES.get(language or user_language(), DEFAULT_PAGE)
    for folder in (PLUGIN_DIR / "help", PLUGIN_DIR.parent / "build" / PLUGIN_DIR.name / "help"):
        page = folder / f"{name}.html"
        if page.exists():
            return page
    return PLUGIN_DIR.parent / "docs" / f"{name}.md"


def help_url(anchor: str = "", language: str = "") -> str:
    """``file://`` URL of the guide, at ``anchor`` (an algorithm name or a chapter id)."""
    url = QUrl.fromLocalFile(str(help_page(language)))
    if anchor:
        url.setFragment(anchor)
    return url.toString()
