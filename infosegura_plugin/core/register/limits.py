"""How much a register may expand to while it is read, so a file of a few kilobytes
(a zip bomb, an .ods row "repeated" a million times, a gigabyte shared string) is
refused within seconds instead of taking all the memory.

The limits sit well above any real licence register (Belize's national register is a
few thousand rows of a dozen columns) and at or below what a spreadsheet can hold.
Every reader counts what it builds in a ``ReadBudget`` and stops at the first limit
passed, with a message naming the file and the limit.
"""

from dataclasses import dataclass
from pathlib import Path

from ...i18n import tr
from .problems import RegisterError

MAX_ROWS = 1_048_576  # Excel's and LibreOffice's last row
MAX_COLUMNS = 16_384  # column XFD, the last one a spreadsheet has
# Cells built (row width up to the last value, summed over the rows): 100,000 rows of
# 50 columns. Bounds the memory of a read to a few hundred megabytes.
MAX_CELLS = 5_000_000
MAX_CELL_CHARACTERS = 32_767  # Excel's limit for one cell
# Decompressed XML of a workbook's shared-strings part, and of any one part.
MAX_SHARED_STRINGS_BYTES = 128 * 1024 * 1024
MAX_PART_BYTES = 1024 * 1024 * 1024
# Spreadsheet XML compresses about 5-20 to 1; a zip bomb about 1,000 to 1. The ratio is
# checked once this much has been decompressed (small parts may compress very well).
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_AFTER = 16 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    rows: int = MAX_ROWS
    columns: int = MAX_COLUMNS
    cells: int = MAX_CELLS
    cell_characters: int = MAX_CELL_CHARACTERS
    shared_strings_bytes: int = MAX_SHARED_STRINGS_BYTES
    part_bytes: int = MAX_PART_BYTES
    compression_ratio: int = MAX_COMPRESSION_RATIO
    ratio_checked_after: int = RATIO_CHECKED_AFTER


DEFAULT_LIMITS = Limits()


def _refusal(path: Path, detail: str) -> RegisterError:
    return RegisterError(
        tr("{}: refused: {}. No licence register is that large: the file is damaged or was built to "
           "exhaust memory. If it is a real register, open it in Excel or LibreOffice, check the "
           "sheet, and save it again as .xlsx or .csv.").format(path.name, detail)
    )


def too_many_rows(path: Path, limits: Limits = DEFAULT_LIMITS) -> RegisterError:
    return _refusal(path, tr("it has more than {:,} rows").format(limits.rows))


def too_many_columns(path: Path, limits: Limits = DEFAULT_LIMITS) -> RegisterError:
    return _refusal(path, tr("it has a value beyond column {:,}, the last a spreadsheet has").format(limits.columns))


def too_many_cells(path: Path, limits: Limits = DEFAULT_LIMITS) -> RegisterError:
    return _refusal(path, tr("it expands to more than {:,} cells").format(limits.cells))


def cell_too_long(path: Path, limits: Limits = DEFAULT_LIMITS) -> RegisterError:
    return _refusal(path, tr("a cell holds more than {:,} characters, more than Excel allows").format(limits.cell_characters))


def shared_strings_too_large(path: Path, limits: Limits = DEFAULT_LIMITS) -> RegisterError:
    return _refusal(path, tr("its shared text expands to more than {:,} MB").format(limits.shared_strings_bytes // 2**20))


def part_too_large(path: Path, part: str, limits: Limits = DEFAULT_LIMITS) -> RegisterError:
    return _refusal(path, tr("its part '{}' expands to more than {:,} MB").format(part, limits.part_bytes // 2**20))


def compressed_too_well(path: Path, part: str, ratio: float) -> RegisterError:
    return _refusal(path, tr("its part '{}' expands {:,.0f} times (a zip bomb; real workbooks expand 5 to 20 times)").format(part, ratio))


class ReadBudget:
    """Counts the rows and cells one read builds; raises when a limit is passed.

    ``add_row(width)`` is called for every row built (``repeat`` times for a row that
    an .ods repeats), before the row is built, so nothing beyond a limit is made.
    """

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = path
        self.limits = limits
        self.rows = 0
        self.cells = 0

    def add_rows(self, width: int, repeat: int = 1) -> None:
        if width > self.limits.columns:
            raise too_many_columns(self.path, self.limits)
        self.rows += repeat
        self.cells += width * repeat
        if self.rows > self.limits.rows:
            raise too_many_rows(self.path, self.limits)
        if self.cells > self.limits.cells:
            raise too_many_cells(self.path, self.limits)

    def check_row_count(self, rows: int) -> None:
        """For text files, whose rows take no more memory than the file: only the count."""
        if rows > self.limits.rows:
            raise too_many_rows(self.path, self.limits)

    def check_row_number(self, row_number: int) -> None:
        """A value on a row past the last one a spreadsheet has."""
        if row_number > self.limits.rows:
            raise too_many_rows(self.path, self.limits)
