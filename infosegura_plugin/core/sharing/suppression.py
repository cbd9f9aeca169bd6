"""Small-count suppression for published incident counts.

* Primary: every count below ``min_count`` (0 included: showing zeros would tell which
  withheld areas hold at least one incident) is withheld.
* Complementary: anyone may know the total, so the withheld counts of a table must not
  be worked out from it: at least two are withheld, and together they hold at least
  ``min_count`` incidents; otherwise the smallest published counts are withheld too.

Withheld counts are published as NULL with ``suppressed`` = 1 and the label ``<5``,
the same for both kinds, so a reader cannot tell a complementary one from a small one.
"""

from dataclasses import dataclass
from typing import List, Optional, Sequence


@dataclass
class Suppressed:
    values: List[Optional[int]]   # None where withheld
    suppressed: List[bool]
    primary: int                  # withheld because small
    complementary: int            # withheld to protect the small ones


def suppress(counts: Sequence[int], min_count: int) -> Suppressed:
    counts = [int(c) for c in counts]
    hidden = [c < min_count for c in counts]
    primary = sum(hidden)
    complementary = 0
    if primary:
        shown = sorted((c, i) for i, c in enumerate(counts) if not hidden[i])
        while shown and (sum(hidden) < 2 or sum(c for c, h in zip(counts, hidden) if h) < min_count):
            _count, index = shown.pop(0)
            hidden[index] = True
            complementary += 1
    values = [None if h else c for c, h in zip(counts, hidden)]
    return Suppressed(values, hidden, primary, complementary)


def label(value: Optional[int], min_count: int) -> str:
    return f"<{min_count}" if value is None else str(value)
