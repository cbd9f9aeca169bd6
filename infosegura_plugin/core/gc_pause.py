"""Batch work without the cyclic garbage collector's pauses.

Reading a 100,000-row register or geocoding one builds a few hundred thousand to a few
million small objects (cells, parses, candidates, cache entries) next to the millions
QGIS already holds. Python's cyclic collector walks all of them every so often: a fifth
of an import and a third of a 20,000-row geocoding run went into those walks, which
find next to nothing (the work makes no reference cycles to speak of; reference
counting frees the rest). ``collector_paused`` switches the cyclic collector off for one
batch and back on after it, as it was. The switch is the interpreter's (every thread's):
meant for batches of seconds, not for work that waits on the user. Two runs that
overlap (two toolbox dialogs) leave it as the first found it: only a pause that found
it on turns it on again.
"""

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """The cyclic garbage collector off inside the block (reference counting still frees
    memory); on again after it when it was on before, whatever happens inside."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
