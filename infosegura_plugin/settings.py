"""One typed view of the plugin's settings (QgsSettings under ``infosegura/``)."""

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings

_PREFIX = "infosegura/"


def _profile_dir() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath())


@dataclass
class Settings:
    """Typed settings; ``load()`` reads them, ``save()`` writes them back."""

    address_memory_path: str = ""
    last_register_dir: str = ""
    min_geocode_score: int = 80
    street_layer: str = ""  # name or id of the street layer the locator bar searches
    # Added to the shipped sensitive terms and flag fields (comma-separated; never removes one).
    sensitive_categories: str = ""
    sensitive_flag_fields: str = ""

    @classmethod
    def load(cls) -> "Settings":
        qs = QgsSettings()
        defaults = cls()
        return cls(
            address_memory_path=str(qs.value(_PREFIX + "address_memory_path", defaults.address_memory_path)),
            last_register_dir=str(qs.value(_PREFIX + "last_register_dir", defaults.last_register_dir)),
            min_geocode_score=int(qs.value(_PREFIX + "min_geocode_score", defaults.min_geocode_score)),
            street_layer=str(qs.value(_PREFIX + "street_layer", defaults.street_layer) or ""),
            sensitive_categories=str(qs.value(_PREFIX + "sensitive_categories", "") or ""),
            sensitive_flag_fields=str(qs.value(_PREFIX + "sensitive_flag_fields", "") or ""),
        )

    def save(self) -> None:
        qs = QgsSettings()
        qs.setValue(_PREFIX + "address_memory_path", self.address_memory_path)
        qs.setValue(_PREFIX + "last_register_dir", self.last_register_dir)
        qs.setValue(_PREFIX + "min_geocode_score", int(self.min_geocode_score))
        qs.setValue(_PREFIX + "street_layer", self.street_layer)
        qs.setValue(_PREFIX + "sensitive_categories", self.sensitive_categories)
        qs.setValue(_PREFIX + "sensitive_flag_fields", self.sensitive_flag_fields)

    def resolved_address_memory_path(self) -> Path:
        """The address memory store: the configured path, else one in the QGIS profile."""
        if self.address_memory_path:
            return Path(self.address_memory_path)
        return _profile_dir() / "infosegura" / "address_memory.gpkg"
