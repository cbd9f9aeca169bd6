"""Where a register's header is: the row, among the first non-blank ones, that names the
most column roles (a title block above it names none), or two rows when the headings
are split over two ("Licence" over "No.", "Nombre del" over "establecimiento", a merged
"Coordinates" over "Latitude" and "Longitude")."""

from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Sequence

from . import headings as h
from .records import cell_text
from .workbook import Row, Span

HEADER_SEARCH_ROWS = 30
_HEADING_CHARACTERS = 60
# Words a heading cut in two ends its first half with.
_CONNECTORS = {"of", "the", "for", "and", "de", "del", "la", "las", "los", "el", "para", "y"}


@dataclass
class Header:
    index: int  # position in the rows of the last heading row
    first_row: int  # row (line) number of the first heading row
    last_row: int
    upper: List[str]  # the heading of each column; with one heading row, all ""
    lower: List[str]
    grouped: FrozenSet[int] = field(default_factory=frozenset)

    @property
    def rows(self) -> int:
        return self.last_row - self.first_row + 1

    @property
    def headings(self) -> List[str]:
        return [" ".join(part for part in (upper, lower) if part) for upper, lower in zip(self.upper, self.lower)]

    def roles(self) -> Dict[str, int]:
        """Role -> column index; the first column naming a role wins."""
        found: Dict[str, int] = {}
        for index, role in enumerate(self._column_roles()):
            if role and role not in found:
                found[role] = index
        return found

    def _column_roles(self) -> List[Optional[str]]:
        return [h.two_row_heading_role(upper, lower, index in self.grouped)
                for index, (upper, lower) in enumerate(zip(self.upper, self.lower))]

    def score(self) -> int:
        return len({role for role in self._column_roles() if role})


def _texts(cells: Sequence[object]) -> List[str]:
    return [cell_text(cell).strip() for cell in cells]


def find_header(rows: List[Row], overrides: Dict[str, str], spans: Sequence[Span] = ()) -> Optional[Header]:
    """The header of ``rows``, or None when none of the first non-blank rows has one."""
    single = _best_single_row(rows, list(overrides.values()))
    if single is None:
        return None
    index = single
    best = _one_row(rows, index)
    candidates = []
    if index > 0:
        candidates.append(_two_rows(rows, index - 1, spans, upper_is_extra=True))
    if index + 1 < len(rows):
        candidates.append(_two_rows(rows, index, spans, upper_is_extra=False))
    for candidate in candidates:
        # _two_rows only gives a pair that reads as one header; it wins ties with one row.
        if candidate is not None and (candidate.score() > best.score() or
                                      (best.rows == 1 and candidate.score() == best.score())):
            best = candidate
    return best


def _best_single_row(rows: List[Row], names: List[str]) -> Optional[int]:
    best, best_score = None, 0
    seen = 0
    for index, (_number, cells) in enumerate(rows):
        texts = _texts(cells)
        filled = sum(1 for text in texts if text)
        if not filled:
            continue
        seen += 1
        if seen > HEADER_SEARCH_ROWS:
            break
        score = h.header_score(cells)
        if names and h.row_mentions(cells, names):
            score += 10
        acceptable = score >= 2 or (score >= 1 and (filled >= 2 or seen == 1))
        if acceptable and score > best_score:
            best, best_score = index, score
    return best


def _one_row(rows: List[Row], index: int) -> Header:
    number, cells = rows[index]
    texts = _texts(cells)
    return Header(index=index, first_row=number, last_row=number, upper=texts, lower=[""] * len(texts))


def _looks_like_headings(cells: Sequence[object]) -> bool:
    """Short text without a digit (a data row nearly always has a number or a date)."""
    filled = 0
    for cell in cells:
        if cell is None or cell == "":
            continue
        if not isinstance(cell, str):
            return False
        text = cell.strip()
        if not text:
            continue
        filled += 1
        if len(text) > _HEADING_CHARACTERS or any(char.isdigit() for char in text):
            return False
    return filled > 0


def _two_rows(rows: List[Row], upper_index: int, spans: Sequence[Span], upper_is_extra: bool) -> Optional[Header]:
    """The header made of rows ``upper_index`` and the next, when they read as one."""
    (upper_number, upper_cells), (lower_number, lower_cells) = rows[upper_index], rows[upper_index + 1]
    if lower_number != upper_number + 1:
        return None
    extra_cells = upper_cells if upper_is_extra else lower_cells
    if not _looks_like_headings(extra_cells):
        return None
    width = max(len(upper_cells), len(lower_cells))
    upper = _texts(upper_cells) + [""] * (width - len(upper_cells))
    lower = _texts(lower_cells) + [""] * (width - len(lower_cells))
    grouped = set()
    for span in spans:
        # A heading merged across several columns is a group heading over each of them.
        if span.first_row == upper_number and span.last_column > span.first_column and span.first_column < width:
            text = upper[span.first_column]
            for column in range(span.first_column, min(span.last_column, width - 1) + 1):
                upper[column] = text
                grouped.add(column)
    header = Header(index=upper_index + 1, first_row=upper_number, last_row=lower_number,
                    upper=upper, lower=lower, grouped=frozenset(grouped))
    extra_texts = [text for text in (upper if upper_is_extra else lower) if text]
    if upper_is_extra and len(extra_texts) < 2:
        return None  # a title line above the header, not half of it
    single_score = _one_row(rows, upper_index + (1 if upper_is_extra else 0)).score()
    if header.score() > single_score:
        return header
    # As many roles either way: two rows only when every extra heading names a role alone
    # ("Licence" / "No."), which a data row never does, or when an upper heading is cut
    # after "of" or "de" ("Class of" / "Licence") and goes on below.
    if all(h.heading_role(text) for text in extra_texts):
        return header
    if any(_dangling(top) and bottom for top, bottom in zip(upper, lower)):
        return header
    return None


def _dangling(text: str) -> bool:
    words = h.normalise_heading(text).split()
    return bool(words) and words[-1] in _CONNECTORS
