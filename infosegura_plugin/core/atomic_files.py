"""Atomic outputs: every file the plugin writes is written somewhere else first and moved
into place only when complete, so a cancelled, failed or killed run leaves the user's
previous file (or GeoPackage table) intact and no half-written file behind.

* A whole file (``out.gpkg``, ``out.csv``, ``out.shp`` and its companions, a report):
  written in a private folder beside it (``.infosegura-tmp-<pid>-<random>/``, same
  file system) and renamed over the old one (:func:`os.replace` is atomic).
* One table of an existing GeoPackage (``ogr:dbname='x.gpkg' table="t"``): written into
  a GeoPackage in that private folder, then copied into ``x.gpkg`` in one SQLite
  transaction that also drops the old table: the file holds the old table or the new
  one, never half of it; other tables and open layers on the file are untouched.

While a run has staged outputs, SIGINT, SIGTERM and SIGHUP delete them before the
process goes on to its usual fate (:class:`SignalGuard`); a signal arriving while an
output is being moved into place waits until the move is done. Private folders left by
a process that died anyway (SIGKILL, power cut) are removed by the next run writing to
the same folder.
"""

import os
import re
import shutil
import signal
import sqlite3
import stat
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from ..i18n import tr

TEMP_PREFIX = ".infosegura-tmp-"
# The private folder of a whole run (infosegura:runanalysis): discarded when the run fails,
# moved into place when it succeeds, so what its steps write there needs no staging.
RUN_PREFIX = ".infosegura-run-"
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"(\d+)-[0-9a-f]+$")
_OGR_URI = re.compile(r"""^ogr:dbname='(?P<path>(?:[^']|'')+)'\s+table="(?P<table>(?:[^"]|"")+)"(?P<rest>.*)$""")
# Destinations that are not files the plugin could stage (layers in memory, databases).
_NOT_FILES = ("memory:", "postgres:", "postgresql:", "postgis:", "spatialite:", "mssql:", "oracle:", "ogr:",
              "TEMPORARY_OUTPUT")
SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
HANDLER_GRACE_S = 2.0


class AtomicWriteError(RuntimeError):
    """A finished output could not be moved into place; the message names the file."""


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep_stale(folder: Path) -> List[Path]:
    """Remove private folders that a dead process left in ``folder``; returns them."""
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match and entry.is_dir() and not pid_alive(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def private_folder(beside: Path) -> Path:
    """A new private folder in ``beside``'s folder (stale ones swept first)."""
    parent = Path(beside).parent
    if not parent.is_dir():
        raise AtomicWriteError(tr("The folder {} does not exist: choose an existing folder for {}.").format(
            parent, Path(beside).name))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise AtomicWriteError(tr("The folder {} is not writable: choose another place for {}.").format(
            parent, Path(beside).name))
    sweep_stale(parent)
    folder = parent / f"{TEMP_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:10]}"
    try:
        folder.mkdir()
    except OSError as error:
        raise AtomicWriteError(tr("Cannot write in the folder {}: {}").format(parent, error.strerror or error)) from error
    return folder


# ---------------------------------------------------------------- one staged output


@dataclass
class StagedOutput:
    """An output being written at ``temp_path``; :meth:`commit` moves it to ``path``."""

    path: Path
    temp_path: Path
    table: Optional[str] = None  # one table of a GeoPackage that may hold others
    committed: bool = False

    @property
    def folder(self) -> Path:
        return self.temp_path.parent

    def commit(self) -> None:
        if self.committed:
            return
        if self.table is not None and self.path.exists():
            replace_gpkg_table(self.temp_path, self.table, self.path)
        else:
            move_dataset(self.temp_path, self.path)
        self.committed = True
        self.discard()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fix")
# Files named after a dataset's full name (GeoTIFF side files, SQLite logs): an old one the
# new dataset lacks would describe the wrong data. Files named by the stem only (a .qml)
# are left alone: grid.gpkg and grid.tif may sit side by side.
NAME_SIDECARS = (".aux.xml", ".ovr", ".msk", "-wal", "-shm", "-journal")


def sidecars(path: Path) -> List[Path]:
    """The files that belong to dataset ``path`` alone (existing or not)."""
    path = Path(path)
    if path.suffix.lower() == ".shp":
        return [path.with_suffix(s) for s in SHAPEFILE_PARTS]
    return [path] + [Path(f"{path}{s}") for s in NAME_SIDECARS]


def move_dataset(source: Path, target: Path) -> None:
    """Move a finished dataset over ``target``: every file of its private folder (the
    dataset and whatever was written beside it: a shapefile's parts, a GeoTIFF's
    overviews, a style), the main file last; side files of the old dataset that the new
    one lacks are removed."""
    source, target = Path(source), Path(target)
    if not source.exists():
        raise AtomicWriteError(tr("The output {} was not written.").format(target))
    _checkpoint(source)
    parts = sorted((p for p in source.parent.iterdir() if p.is_file()), key=lambda p: p == source)
    moved = {target.parent / p.name for p in parts}
    try:
        for part in parts:
            os.replace(part, target.parent / part.name)
    except OSError as error:
        raise AtomicWriteError(tr("Could not move the finished output into place as {}: {}").format(
            target, error.strerror or error)) from error
    for part in sidecars(target):
        if part not in moved and part.exists():
            part.unlink()


def _checkpoint(path: Path) -> None:
    """Fold a GeoPackage's write-ahead log into the file, so the file alone is complete."""
    if Path(f"{path}-wal").exists():
        try:
            connection = sqlite3.connect(str(path))
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.execute("PRAGMA journal_mode=DELETE")
            finally:
                connection.close()
        except sqlite3.Error:
            pass


TEMP_TABLE_MARK = "__infosegura_tmp_"


def replace_gpkg_table(source_gpkg: Path, table: str, target_gpkg: Path) -> None:
    """Put ``table`` of ``source_gpkg`` into ``target_gpkg`` in place of its table of that
    name: copied under a private name first, then the old table dropped and the copy
    renamed (with the layer's stored styles) in one transaction."""
    from osgeo import ogr

    source = ogr.Open(str(source_gpkg), 0)
    layer = source.GetLayerByName(table) if source is not None else None
    if layer is None:
        raise AtomicWriteError(tr("The output table {} was not written.").format(table))
    target = ogr.Open(str(target_gpkg), 1)
    if target is None or target.GetDriver().GetName() != "GPKG":
        raise AtomicWriteError(tr(
            "{} is not a GeoPackage this plugin can write to (or it is read-only): choose another file."
        ).format(target_gpkg))
    try:
        _drop_stale_tables(target)
        private = f"{table}{TEMP_TABLE_MARK}{os.getpid()}"
        geometry_name = layer.GetGeometryColumn() or "geom"
        copied = target.CopyLayer(layer, private, [f"GEOMETRY_NAME={geometry_name}", "FID=fid"])
        if copied is None:
            raise AtomicWriteError(tr("Could not write the table {} into {}.").format(table, target_gpkg))
        copied = None
        if target.StartTransaction(True) != 0:
            raise AtomicWriteError(tr("Could not start writing to {}: is it open for editing elsewhere?").format(
                target_gpkg))
        try:
            _delete_layer(target, table)
            _rename_layer(target, private, table)
            _copy_styles(source, target, table)
            if target.CommitTransaction() != 0:
                raise AtomicWriteError(tr("Could not save the table {} into {}.").format(table, target_gpkg))
        except BaseException:
            target.RollbackTransaction()
            raise
    finally:
        if target is not None:
            _delete_layer(target, f"{table}{TEMP_TABLE_MARK}{os.getpid()}")
        layer = None
        source = None
        target = None


def _delete_layer(dataset, name: str) -> None:
    for index in range(dataset.GetLayerCount()):
        if dataset.GetLayer(index).GetName().lower() == name.lower():
            if dataset.DeleteLayer(index) != 0:
                raise AtomicWriteError(tr("Could not replace the table {}.").format(name))
            return


def _rename_layer(dataset, old: str, new: str) -> None:
    layer = dataset.GetLayerByName(old)
    if hasattr(layer, "Rename"):  # GDAL 3.5+
        if layer.Rename(new) != 0:
            raise AtomicWriteError(tr("Could not rename the table {} to {}.").format(old, new))
        return
    dataset.ExecuteSQL(f'ALTER TABLE "{old}" RENAME TO "{new}"')


def _drop_stale_tables(dataset) -> None:
    """Private tables a killed process left behind."""
    stale = []
    for index in range(dataset.GetLayerCount()):
        name = dataset.GetLayer(index).GetName()
        mark = name.rfind(TEMP_TABLE_MARK)
        pid = name[mark + len(TEMP_TABLE_MARK):] if mark >= 0 else ""
        if pid.isdigit() and not pid_alive(int(pid)):
            stale.append(name)
    for name in stale:
        _delete_layer(dataset, name)


def _copy_styles(source, target, table: str) -> None:
    from osgeo import ogr

    styles = source.ExecuteSQL(
        "SELECT styleName, styleQML, styleSLD, useAsDefault, description, owner, ui FROM layer_styles "
        f"WHERE f_table_name = '{_sql(table)}'") if source.GetLayerByName("layer_styles") else None
    rows = []
    if styles is not None:
        rows = [[feature.GetField(i) for i in range(7)] for feature in styles]
        source.ReleaseResultSet(styles)
    if target.GetLayerByName("layer_styles") is not None:
        target.ExecuteSQL(f"DELETE FROM layer_styles WHERE f_table_name = '{_sql(table)}'")
    if not rows:
        return
    styles_table = target.GetLayerByName("layer_styles")
    if styles_table is None:
        styles_table = target.CreateLayer("layer_styles", geom_type=ogr.wkbNone)
        for name, kind in (("f_table_catalog", ogr.OFTString), ("f_table_schema", ogr.OFTString),
                           ("f_table_name", ogr.OFTString), ("f_geometry_column", ogr.OFTString),
                           ("styleName", ogr.OFTString), ("styleQML", ogr.OFTString), ("styleSLD", ogr.OFTString),
                           ("useAsDefault", ogr.OFTInteger), ("description", ogr.OFTString),
                           ("owner", ogr.OFTString), ("ui", ogr.OFTString), ("update_time", ogr.OFTDateTime)):
            definition = ogr.FieldDefn(name, kind)
            if name == "useAsDefault":
                definition.SetSubType(ogr.OFSTBoolean)
            styles_table.CreateField(definition)
    geometry_column = target.GetLayerByName(table).GetGeometryColumn() or "geom"
    for row in rows:
        feature = ogr.Feature(styles_table.GetLayerDefn())
        for name, value in zip(("styleName", "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui"),
                               row):
            if value is not None:
                feature.SetField(name, value)
        feature.SetField("f_table_catalog", "")
        feature.SetField("f_table_schema", "")
        feature.SetField("f_table_name", table)
        feature.SetField("f_geometry_column", geometry_column)
        styles_table.CreateFeature(feature)


def _sql(text: str) -> str:
    return text.replace("'", "''")


# ---------------------------------------------------------------- destinations


def parse_destination(destination: str) -> Optional[Tuple[Path, Optional[str]]]:
    """``(file, table)`` of a Processing output destination the plugin can stage: a file
    path (``table`` None) or ``ogr:dbname='x.gpkg' table="t" ...``; None for anything
    else (memory layers, databases)."""
    text = (destination or "").strip()
    match = _OGR_URI.match(text)
    if match:
        path = match.group("path").replace("''", "'")
        if path.lower().endswith(".gpkg"):
            return Path(path), match.group("table").replace('""', '"')
        return None
    if not text or text.startswith(_NOT_FILES) or "|" in text or "://" in text:
        return None
    path = Path(text)
    return (path, None) if path.suffix else None


def check_destination(destination: str, what: str) -> None:
    """Refuse, before any work, a file destination whose folder is missing or not
    writable, or an existing file marked read-only. ``what``: the output's name."""
    parsed = parse_destination(destination)
    if parsed is None:
        return
    path = parsed[0]
    folder = path.parent
    if not folder.is_dir():
        raise AtomicWriteError(tr("{}: the folder {} does not exist. Choose an existing folder for {}.").format(
            what, folder, path.name))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise AtomicWriteError(tr("{}: the folder {} is not writable. Choose another folder for {}.").format(
            what, folder, path.name))
    if path.exists() and (path.is_dir() or not os.access(path, os.W_OK)
                          or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)):
        raise AtomicWriteError(tr("{}: {} is a folder or a read-only file. Choose another file name.").format(
            what, path))


def in_private_folder(path: Path) -> bool:
    """Whether ``path`` lies in a private folder (of an output being written, or of a
    whole run): nobody else sees it before it is moved into place."""
    return any(part.startswith((TEMP_PREFIX, RUN_PREFIX)) for part in Path(path).parent.parts)


def stage_destination(destination: str) -> Optional[Tuple[StagedOutput, str]]:
    """Stage a Processing output destination: ``(staged, temporary destination)`` to give
    the sink instead, or None when the destination is not a file (written as is)."""
    parsed = parse_destination(destination)
    if parsed is None or in_private_folder(parsed[0]):
        return None
    path, table = parsed
    folder = private_folder(path)
    temp_path = folder / path.name
    if table is None:
        return StagedOutput(path, temp_path), str(temp_path)
    escaped = str(temp_path).replace("'", "''")
    uri = _OGR_URI.match(destination.strip())
    rest = uri.group("rest") if uri else ""
    return StagedOutput(path, temp_path, table), f"ogr:dbname='{escaped}' table=\"{uri.group('table')}\"{rest}"


# ---------------------------------------------------------------- a run's outputs


@dataclass
class AtomicRun:
    """The staged outputs of one algorithm run."""

    outputs: List[StagedOutput] = field(default_factory=list)
    committing: bool = False
    pending_signal: Optional[int] = None
    interrupted: Optional[int] = None  # the signal that discarded the outputs

    def stage(self, destination: str) -> Optional[Tuple[StagedOutput, str]]:
        staged = stage_destination(destination)
        if staged is not None:
            self.outputs.append(staged[0])
        return staged

    def add(self, staged: StagedOutput) -> StagedOutput:
        self.outputs.append(staged)
        return staged

    def discard(self) -> None:
        for output in self.outputs:
            if not output.committed:
                output.discard()

    def commit(self) -> Dict[str, str]:
        """Move every output into place; returns {temporary path: final path}."""
        moved = {}
        if self.interrupted is not None:
            raise AtomicWriteError(tr("Interrupted (signal {}): nothing was written; the previous files are kept.").format(
                self.interrupted))
        self.committing = True
        try:
            for output in self.outputs:
                output.commit()
                moved[str(output.temp_path)] = str(output.path)
        finally:
            self.committing = False
            self.discard()
        return moved


class SignalGuard:
    """While active (main thread only), SIGINT/SIGTERM/SIGHUP first delete the staged
    outputs of the active runs, then do what they would have done.

    Python runs signal handlers only between bytecodes: a process stuck in a C call (a
    lock wait, a long GDAL write) would never obey SIGTERM. A watchdog thread hears the
    signal through :func:`signal.set_wakeup_fd`; when the handler has not run within
    :data:`HANDLER_GRACE_S`, it deletes the staged outputs and ends the process itself
    (exit status 128 + the signal), as the default action would have."""

    _lock = threading.Lock()
    _runs: List[AtomicRun] = []
    _previous: Dict[int, object] = {}
    _handled = threading.Event()

    def __init__(self, run: AtomicRun):
        self.run = run
        self.installed = False
        self._watchdog = None

    def __enter__(self):
        with self._lock:
            SignalGuard._runs.append(self.run)
        if threading.current_thread() is threading.main_thread() and not SignalGuard._previous:
            for number in SIGNALS:
                try:
                    if signal.getsignal(number) == signal.SIG_IGN:
                        continue  # a signal the process ignores (a background job's SIGINT) changes nothing
                    SignalGuard._previous[number] = signal.signal(number, SignalGuard._handle)
                except (ValueError, OSError):
                    pass
            self.installed = bool(SignalGuard._previous)
            if self.installed:
                SignalGuard._handled.clear()
                self._start_watchdog()
        return self

    def _start_watchdog(self):
        try:
            read_end, write_end = os.pipe()
            os.set_blocking(write_end, False)
            old = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        except (ValueError, OSError, AttributeError):
            return
        thread = threading.Thread(target=SignalGuard._watch, args=(read_end,), name="infosegura-signals",
                                  daemon=True)
        thread.start()
        self._watchdog = (read_end, write_end, old, thread)

    def _stop_watchdog(self):
        if self._watchdog is None:
            return
        read_end, write_end, old, thread = self._watchdog
        self._watchdog = None
        signal.set_wakeup_fd(old)
        try:
            os.write(write_end, b"\0")  # wakes the watchdog: done
        except OSError:
            pass
        thread.join(timeout=5)
        for fd in (write_end, read_end):
            try:
                os.close(fd)
            except OSError:
                pass

    @staticmethod
    def _watch(read_end):
        while True:
            try:
                data = os.read(read_end, 64)
            except OSError:
                return
            if not data or 0 in data:
                return
            for number in data:
                if number not in SIGNALS:
                    continue
                previous = SignalGuard._previous.get(number, signal.SIG_DFL)
                if previous not in (signal.SIG_DFL, signal.default_int_handler):
                    continue  # someone else's handler decides
                if SignalGuard._handled.wait(HANDLER_GRACE_S):
                    continue
                while any(run.committing for run in list(SignalGuard._runs)):
                    if SignalGuard._handled.wait(0.05):
                        break
                if SignalGuard._handled.is_set():
                    continue
                for run in list(SignalGuard._runs):
                    run.interrupted = number
                    run.discard()
                os._exit(128 + number)

    def __exit__(self, *exc):
        with self._lock:
            if self.run in SignalGuard._runs:
                SignalGuard._runs.remove(self.run)
        self._stop_watchdog()
        if self.installed:
            for number, previous in SignalGuard._previous.items():
                signal.signal(number, previous)
            SignalGuard._previous.clear()
        pending = self.run.pending_signal
        if pending is not None:
            os.kill(os.getpid(), pending)
        return False

    @staticmethod
    def _handle(number, frame):
        SignalGuard._handled.set()
        for run in list(SignalGuard._runs):
            if run.committing:
                run.pending_signal = number  # finish moving into place, then obey
                return
        for run in list(SignalGuard._runs):
            run.interrupted = number
            run.discard()
        previous = SignalGuard._previous.get(number, signal.SIG_DFL)
        for other, handler in SignalGuard._previous.items():
            signal.signal(other, handler)
        SignalGuard._previous.clear()
        if previous is signal.default_int_handler:
            # Ctrl+C: stop the run with a message rather than a KeyboardInterrupt traceback.
            from qgis.core import QgsProcessingException

            raise QgsProcessingException(tr("Interrupted: nothing was written; the previous files are kept."))
        if callable(previous):
            previous(number, frame)
            return
        if previous == signal.SIG_IGN:
            return
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)


def staged_location(text: str) -> str:
    """``text`` (a path or layer URI) naming an output that a running algorithm is still
    writing aside: the staged path instead, so code that adds to an output after its
    sink is closed (a stored style) writes into what will be moved into place."""
    if not text:
        return text
    match = re.search(r'\|layername=([^|]+)|table="((?:[^"]|"")+)"', text)
    table = (match.group(1) or match.group(2).replace('""', '"')).lower() if match else None
    for run in list(SignalGuard._runs):
        for output in run.outputs:
            same_table = output.table is None or table is None or output.table.lower() == table
            if not output.committed and same_table and str(output.path) in text:
                return text.replace(str(output.path), str(output.temp_path))
    return text


# ---------------------------------------------------------------- plain files


@contextmanager
def replacing(path, make_folder: bool = False) -> Iterator[Path]:
    """``with replacing(path) as work:`` write ``work`` (a private path under ``path``'s own
    name, which matters for a GeoPackage holding a QGIS project: its layer paths are kept
    relative to the file, name included). When the block ends without an error ``work``
    replaces ``path``; on any error, cancel or interrupt ``path`` is left as it was.
    ``make_folder`` creates ``path``'s folder first, instead of refusing a missing one."""
    path = Path(path)
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    run = AtomicRun()
    staged = run.add(StagedOutput(path, private_folder(path) / path.name))
    with SignalGuard(run):
        try:
            yield staged.temp_path
            run.commit()
        except BaseException:
            run.discard()
            raise


def write_file_atomically(path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result to ``path`` when it returns."""
    with replacing(path) as temporary:
        write(temporary)
    return Path(path)


def write_text_atomically(path, text: str, encoding: str = "utf-8") -> Path:
    """``Path(path).write_text(text)``, atomically."""
    return write_file_atomically(path, lambda temp: temp.write_text(text, encoding=encoding))
