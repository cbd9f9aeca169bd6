"""The town a reviewed placement is remembered under (the address memory's town key)."""


from qgis.core import QgsCoordinateTransform, QgsGeometry

from ..addresses.normalise import normalise_text
from ..addresses.parser import parse_address
from ..addresses.places import BUILTIN_VOCABULARY, PlaceVocabulary, place_key


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value).strip()


class PlacementTowns:
    """Town of a placement: a town field value, else the town polygon holding the point,
    else the town the address names, else "" (not known)."""

    def __init__(self, towns_source=None, name_field: str = "name", crs=None, transform_context=None):
        self.polygons = []
        names = []
        if towns_source is not None:
            index = towns_source.fields().lookupField(name_field)
            transform = None
            if crs is not None and crs.isValid() and towns_source.sourceCrs() != crs:
                transform = QgsCoordinateTransform(towns_source.sourceCrs(), crs, transform_context)
            for feature in towns_source.getFeatures():
                name = _text(feature.attribute(index)) if index >= 0 else ""
                geometry = QgsGeometry(feature.geometry())
                if not name or geometry.isEmpty():
                    continue
                if transform is not None:
                    geometry.transform(transform)
                self.polygons.append((place_key(name), geometry))
                names.append(name)
        self.vocabulary = PlaceVocabulary(names) if names else BUILTIN_VOCABULARY

    def town_of(self, address: str, point, field_value=None) -> str:
        value = _text(field_value)
        if value:
            return self.vocabulary.lookup(normalise_text(value).split(), whole_part=True) or place_key(value)
        if point is not None:
            where = QgsGeometry.fromPointXY(point)
            for key, polygon in self.polygons:
                if polygon.contains(where):
                    return key
        towns = parse_address(address, self.vocabulary).towns
        return towns[0] if towns else ""
