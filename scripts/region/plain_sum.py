"""Float sums that give the same bits on every Python.

Python 3.12 made ``sum()`` of floats compensated (Neumaier summation): its last bits
differ from 3.11's left-to-right sum, and where a value sits on a rounding edge (an
address range that starts exactly at a number step) the generated data would differ
between Debian 12 and 13. The committed regions were made with the plain sum; keep it.
"""


def plain_sum(values) -> float:
    """``sum(values)`` added left to right, as Python <= 3.11 did."""
    total = 0
    for value in values:
        total = total + value
    return total
