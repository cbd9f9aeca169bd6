"""Run a function with shapely 2 and with the no-shapely-2 fallback (core.geometry_backend),
for tests that check both give the same answer."""

import pytest

from infosegura_plugin.core import geometry_backend as gb


@pytest.fixture(autouse=True)
def restore_backend():
    """Import into a test module: every test there ends with shapely 2 switched back on."""
    previous = gb.use_shapely(True)
    yield
    gb.use_shapely(previous)


def both(function, *args, in_use=gb.using_shapely, **kwargs):
    """``(shapely 2 result, fallback result)`` of ``function(*args, **kwargs)``; ``in_use``
    tells whether the fast path is the one running (checked before each call)."""
    gb.use_shapely(True)
    assert in_use()
    fast = function(*args, **kwargs)
    gb.use_shapely(False)
    assert not in_use()
    try:
        slow = function(*args, **kwargs)
    finally:
        gb.use_shapely(True)
    return fast, slow
