"""Python's cycle collector paused while a register is read or written.

A 100,000-row register is a few million small objects that never form cycles (they are
freed by reference counting). With the collector on, every collection of the oldest
generation walks all of them again: about a fifth of the import time. The collector is
paused only if it was running, and resumed afterwards whatever happens.
"""

import gc
from contextlib import contextmanager


@contextmanager
def paused_garbage_collection():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
