"""Files written whole or not at all: the work happens in a hidden folder beside the
destination, under the destination's own file name, and is moved into place at the end.

Building under the final name matters for a GeoPackage that stores a QGIS project: QGIS
keeps the project's layer paths relative to the file, name included.
"""

import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path

SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


@contextmanager
def replacing(final):
    """``with replacing(path) as work:`` write ``work``; on success it replaces ``path``.

    On any error (or cancel raised as an exception) ``path`` is left as it was and the
    work folder is removed."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".infosegura-", dir=final.parent))
    work = folder / final.name
    try:
        yield work
        if work.suffix.lower() == ".gpkg":
            _checkpoint(work)
        for sidecar in SQLITE_SIDECARS:  # of the previous file: they would corrupt the new one
            stale = Path(f"{final}{sidecar}")
            if stale.exists():
                stale.unlink()
        os.replace(work, final)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _checkpoint(path: Path) -> None:
    """Fold a SQLite write-ahead log into the file, so the file alone holds everything."""
    if not Path(f"{path}-wal").exists():
        return
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
