"""Qt table models over the rows to review and over the selected row's candidates."""

from typing import List, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QColor

from ...i18n import tr
from .review_rows import LOW, REVIEWED, TIED, UNMATCHED, Candidate, ReviewRow

CATEGORY_ROLE = Qt.UserRole + 1
FID_ROLE = Qt.UserRole + 2
_COLOURS = {TIED: "#E69F00", UNMATCHED: "#D55E00", LOW: "#0072B2", REVIEWED: "#009E73"}



def category_label(category: str) -> str:
    return {TIED: tr("tied"), UNMATCHED: tr("unmatched"), LOW: tr("low score"),
            REVIEWED: tr("reviewed")}.get(category, category)


class ReviewRowsModel(QAbstractTableModel):
    """One line per row to review: address, status, score, note."""

    COLUMNS = ("address", "category", "score", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: List[ReviewRow] = []

    def set_rows(self, rows: List[ReviewRow]):
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_for_fid(self, fid: int) -> Optional[int]:
        return next((i for i, row in enumerate(self.rows) if row.fid == fid), None)

    def replace_row(self, new: ReviewRow):
        """Refresh one row after an edit; a row stays listed once it was to review."""
        index = self.row_for_fid(new.fid)
        if index is None:
            return
        if not new.category:
            new.category = self.rows[index].category
        self.rows[index] = new
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt API)
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (tr("Address"), tr("Status"), tr("Score"), tr("Note"))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            if column == "address":
                return row.address or tr("(no address)")
            if column == "category":
                return category_label(row.category)
            if column == "score":
                return f"{row.score:.0f}"
            return row.note
        if role == Qt.ToolTipRole:
            return f"{row.address}\n{row.note}"
        if role == Qt.ForegroundRole and column == "category":
            return QColor(_COLOURS.get(row.category, "#000000"))
        if role == Qt.TextAlignmentRole and column == "score":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == CATEGORY_ROLE:
            return row.category
        if role == FID_ROLE:
            return row.fid
        return None


class CandidatesModel(QAbstractTableModel):
    """The selected row's candidates, numbered 1..n as on the map."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.candidates: List[Candidate] = []

    def set_candidates(self, candidates: List[Candidate]):
        self.beginResetModel()
        self.candidates = list(candidates)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt API)
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return ("#", tr("Candidate"), tr("Type"), tr("Score"))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        candidate = self.candidates[index.row()]
        if role == Qt.DisplayRole:
            return (str(index.row() + 1), candidate.label, candidate.type, f"{candidate.score:.0f}")[index.column()]
        if role == Qt.ToolTipRole:
            return f"{candidate.label} ({candidate.x:.1f}, {candidate.y:.1f})"
        return None
