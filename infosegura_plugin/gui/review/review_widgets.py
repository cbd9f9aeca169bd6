"""The review panel's widgets, laid out (no behaviour: ``review_dock`` wires them)."""

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from .review_rows import LOW, REVIEWED, TIED, UNMATCHED


def hint_label(text: str) -> QLabel:
    """Small explanatory text, readable on any theme (not palette(mid) on white)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    label.setStyleSheet("color: palette(window-text); font-size: 90%;")
    return label


def leave_reasons():
    return [tr("outside the map"), tr("not a premises"), tr("licence lapsed"), tr("address unknown")]


class ReviewWidgets(QWidget):
    """Layer choice and filters, the rows, the candidates and the actions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        top = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setObjectName("reviewLayer")
        top.addRow(tr("Geocoded layer"), self.layer_combo)
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(0, 100)
        self.min_score.setDecimals(0)
        self.min_score.setValue(90)
        self.min_score.setToolTip(tr("Matched rows scoring below this are listed as 'low score' for checking."))
        top.addRow(tr("Check matches scoring below"), self.min_score)
        layout.addLayout(top)

        self.counts = QLabel()
        self.counts.setObjectName("reviewCounts")
        self.counts.setStyleSheet("font-weight: bold;")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)

        shown = QHBoxLayout()
        self.category_boxes = {}
        for category, label in ((TIED, tr("Tied")), (UNMATCHED, tr("Unmatched")), (LOW, tr("Low score")),
                                (REVIEWED, tr("Reviewed"))):
            box = QCheckBox(label)
            box.setChecked(category != REVIEWED)
            self.category_boxes[category] = box
            shown.addWidget(box)
        shown.addStretch(1)
        layout.addLayout(shown)
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(tr("Filter by address or note..."))
        self.filter_text.setClearButtonEnabled(True)
        layout.addWidget(self.filter_text)

        splitter = QSplitter(Qt.Vertical)
        splitter.setChildrenCollapsible(False)
        self.rows_view = _table()
        self.rows_view.setObjectName("reviewRows")
        self.rows_view.setMinimumHeight(140)
        splitter.addWidget(self.rows_view)
        candidates_box = QWidget()
        candidates_layout = QVBoxLayout(candidates_box)
        candidates_layout.setContentsMargins(0, 0, 0, 0)
        self.row_title = QLabel()
        self.row_title.setWordWrap(True)
        self.row_title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        candidates_layout.addWidget(self.row_title)
        self.candidates_view = _table()
        self.candidates_view.setObjectName("reviewCandidates")
        self.candidates_view.setMinimumHeight(90)
        candidates_layout.addWidget(self.candidates_view)
        splitter.addWidget(candidates_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        actions = QGroupBox(tr("Settle the selected row"))
        grid = QVBoxLayout(actions)
        line = QHBoxLayout()
        self.take_button = QPushButton(tr("Take (1-9)"))
        self.take_button.setToolTip(tr("Place the row at the selected candidate (keys 1-9: that candidate)"))
        self.place_button = QPushButton(tr("Place (P)"))
        self.place_button.setToolTip(tr("Click on the map where the premises is"))
        self.confirm_button = QPushButton(tr("Confirm (Enter)"))
        self.confirm_button.setToolTip(tr("The row is right where it is: confirm it"))
        for button in (self.take_button, self.place_button, self.confirm_button):
            button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
            line.addWidget(button)
        grid.addLayout(line)
        self.snap_box = QCheckBox(tr("Snap to streets when placing"))
        grid.addWidget(self.snap_box)
        line = QHBoxLayout()
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(tr("Corrected address"))
        self.retry_button = QPushButton(tr("Geocode again"))
        line.addWidget(self.address_edit, 1)
        line.addWidget(self.retry_button)
        grid.addLayout(line)
        line = QHBoxLayout()
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems(leave_reasons())
        self.leave_button = QPushButton(tr("Leave unmatched"))
        line.addWidget(self.reason_combo, 1)
        line.addWidget(self.leave_button)
        grid.addLayout(line)
        layout.addWidget(actions)

        self.save_button = QPushButton(tr("Save reviewed placements to the address memory"))
        self.save_button.setObjectName("reviewSaveMemory")
        layout.addWidget(self.save_button)
        layout.addWidget(hint_label(tr(
            "Keys in the list: Up/Down move, 1-9 take that candidate, P place on the map (Esc cancels), "
            "Enter confirm. Every change goes into the layer's edit buffer: Undo works; save the layer "
            "edits when you are done.")))


def _table() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.setWordWrap(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
    return view


def size_columns(view, stretch: int):
    """Short columns fit their text, column ``stretch`` takes the rest of the width."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.Stretch if column == stretch else QHeaderView.ResizeToContents)
