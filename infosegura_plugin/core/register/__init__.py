"""Licence registers (issue 3): read a board's CSV or workbook into normalised records."""

from .problems import ISSUE_CODES, RegisterError
from .reader import read_register
from .records import RegisterRecord, RegisterTable

__all__ = ["ISSUE_CODES", "RegisterError", "RegisterRecord", "RegisterTable", "read_register"]
