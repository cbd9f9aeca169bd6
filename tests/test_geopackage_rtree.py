"""core.geopackage_rtree: the bulk-packed SQLite R*Tree answers every query exactly as
one built by SQLite's own inserts, passes SQLite's rtreecheck(), and keeps working when
rows are later inserted and deleted the ordinary way."""

import sqlite3

import numpy as np
import pytest

from infosegura_plugin.core.geopackage_rtree import bulk_load, str_order


@pytest.fixture
def memory_db():
    """``memory_db()``: a new in-memory SQLite database, closed after the test."""
    connections = []

    def _open():
        connections.append(sqlite3.connect(":memory:"))
        return connections[-1]

    yield _open
    for connection in connections:
        connection.close()


def rtree(connection, name="r"):
    connection.execute(f"CREATE VIRTUAL TABLE {name} USING rtree(id, minx, maxx, miny, maxy)")


def boxes_for(n, seed):
    rng = np.random.default_rng(seed)
    x = rng.random(n) * 1e5 + 3e5
    y = rng.random(n) * 1e5 + 1.9e6
    return np.column_stack([x, x + rng.random(n) * 80, y, y + rng.random(n) * 80])


QUERIES = [(3.2e5, 3.3e5, 1.95e6, 1.96e6), (3e5, 4e5, 1.9e6, 2e6), (3.5e5, 3.5e5, 1.95e6, 1.95e6),
           (0.0, 1.0, 0.0, 1.0)]


def answers(connection):
    return [sorted(r[0] for r in connection.execute(
        "SELECT id FROM r WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?", q)) for q in QUERIES]


@pytest.mark.parametrize("n", [0, 1, 50, 51, 52, 2_601, 20_000])
def test_bulk_loaded_tree_answers_like_sqlite_inserts(n, memory_db):
    boxes = boxes_for(n, n)
    ids = np.arange(1, n + 1) * 3
    packed, reference = memory_db(), memory_db()
    rtree(packed)
    rtree(reference)
    bulk_load(packed, "r", ids, boxes)
    reference.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)", zip(ids.tolist(), *boxes.T.tolist()))
    assert packed.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert answers(packed) == answers(reference)
    assert packed.execute("SELECT count(*) FROM r").fetchone()[0] == n
    # Stored boxes always contain the exact ones (float32 rounded outwards).
    stored = np.array(packed.execute("SELECT minx, maxx, miny, maxy FROM r ORDER BY id").fetchall()).reshape(-1, 4)
    if n:
        assert np.all(stored[:, [0, 2]] <= boxes[:, [0, 2]]) and np.all(stored[:, [1, 3]] >= boxes[:, [1, 3]])
    # Ordinary inserts and deletes afterwards keep the tree valid.
    packed.execute("INSERT INTO r VALUES (999999999, 3.2e5, 3.2e5 + 5, 1.95e6, 1.95e6 + 5)")
    packed.execute("DELETE FROM r WHERE id % 7 = 0")
    assert packed.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert 999999999 in answers(packed)[0]


def test_rows_written_in_packing_order_get_their_leaves_by_sql(memory_db):
    boxes = boxes_for(10_000, 1)
    order = str_order(boxes[:, 0], boxes[:, 2], 51)
    connection = memory_db()
    connection.execute("CREATE TABLE cells (fid INTEGER PRIMARY KEY, minx, maxx, miny, maxy)")
    rows = boxes[order]
    connection.executemany("INSERT INTO cells VALUES (?, ?, ?, ?, ?)",
                           zip(range(1, len(rows) + 1), *rows.T.tolist()))
    rtree(connection)
    bulk_load(connection, "r", np.arange(1, len(rows) + 1), rows, table="cells", fid_column="fid")
    assert connection.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    window = QUERIES[0]
    found = sorted(r[0] for r in connection.execute(
        "SELECT id FROM r WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?", window))
    exact = sorted(r[0] for r in connection.execute(
        "SELECT fid FROM cells WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?", window))
    assert found == exact and len(exact) > 50
