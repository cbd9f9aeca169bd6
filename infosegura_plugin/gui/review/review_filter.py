"""Which rows the review list shows: chosen categories and a text filter."""

from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt

from .review_model import CATEGORY_ROLE
from .review_rows import LOW, TIED, UNMATCHED


class ReviewFilter(QSortFilterProxyModel):
    """Shows rows of the chosen categories whose address or note contains the text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.categories = {TIED, UNMATCHED, LOW}
        self.text = ""

    def set_categories(self, categories):
        self.categories = set(categories)
        self.invalidateFilter()

    def set_text(self, text: str):
        self.text = (text or "").strip().lower()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt API)
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, CATEGORY_ROLE) not in self.categories:
            return False
        if not self.text:
            return True
        row = model.rows[source_row]
        return self.text in row.address.lower() or self.text in row.note.lower()

    def lessThan(self, left, right):  # noqa: N802 (Qt API)
        if left.column() == 2:
            return float(left.data(Qt.DisplayRole) or 0) < float(right.data(Qt.DisplayRole) or 0)
        return super().lessThan(left, right)
