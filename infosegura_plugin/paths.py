"""Where the plugin's files are, both in the built plugin folder and in a source checkout."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def resources_dir() -> Path:
    """``resources/`` beside the package (built plugin) or at the repository root (source)."""
    return _first_existing(PLUGIN_DIR / "resources", PLUGIN_DIR.parent / "resources")


def i18n_dir() -> Path:
    return _first_existing(PLUGIN_DIR / "i18n", PLUGIN_DIR.parent / "i18n")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def icon_path(name: str) -> str:
    """Path of an SVG icon in ``resources/icons`` (``name`` without extension)."""
    return str(resource("icons", f"{name}.svg"))


def style_path(name: str) -> Path:
    """Path of a QML style in ``resources/styles`` (``name`` without extension)."""
    return resource("styles", f"{name}.qml")


def sample_path(*parts: str) -> Path:
    return resource("sample", *parts)
