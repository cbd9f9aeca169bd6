"""A second core for a large register: part of its distinct addresses geocoded in a helper.

Geocoding is pure Python once the indexes are built, so one process uses one core. On
Linux, a register with many distinct addresses is split in two: a forked copy of the
process (it shares the built indexes, copy on write) geocodes the second half and sends
its results back (in memory), while this process geocodes the first half and then
takes the helper's addresses from the end, until the two meet. The answers are the same
as in one process: each address is geocoded by the same code against the same indexes,
and the results land in the geocoder's own cache.

The helper is only ever a help: this process never waits for it. It runs no Qt, GDAL or
file code of its own (the forked copy of a multi-threaded program must not), exits
without running any clean-up, and is stopped as soon as every address is answered. When
it fails or dies, this process simply geocodes what is left. Windows and macOS (no safe
fork) and small registers use one process. Set the environment variable
``INFOSEGURA_GEOCODE_PROCESSES=1`` to never fork.
"""

import os
import pickle
import re
import signal
import struct
import sys
import warnings
from typing import Callable, Optional, Sequence, Tuple

Key = Tuple[str, str]  # (address text, row's town or "")

# Below this many addresses to geocode, forking costs more than it saves.
MIN_KEYS = 2000
# The helper sends its results in frames of this many addresses.
FRAME_KEYS = 200
# This process looks for the helper's frames (and a cancel) every this many addresses.
CHECK_EVERY = 25
_HEADER = struct.Struct("<Q")
_ENV = "INFOSEGURA_GEOCODE_PROCESSES"
_DIGITS = re.compile(r"\d+")


def helper_allowed() -> bool:
    """Whether a helper process may be forked here: Linux, two cores or more, not disabled."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    wanted = os.environ.get(_ENV, "").strip()
    if wanted:
        try:
            return int(wanted) > 1
        except ValueError:
            return False
    return (_cores() or 1) > 1


def _cores() -> Optional[int]:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count()


class HelperReport:
    """What happened to the helper: for tests and the log."""

    def __init__(self):
        self.forked = False
        self.keys_sent = 0      # addresses given to the helper
        self.keys_returned = 0  # of those, answered by it (the rest were geocoded here)
        self.stopped = ""       # "canceled", or "failed" when it ended or broke before its share


def wording(text: str) -> str:
    """A sort key: texts that differ only in their numbers sort together (one parse of
    their wording serves them all, so they are best done in the same process)."""
    return _DIGITS.sub("#", text.casefold())


def _wording(key: Key) -> Tuple[str, str]:
    return wording(key[0]), key[1]


def geocode_keys(geocode: Callable[[Key], object], keys: Sequence[Key], remember: Callable[[Key, object], None],
                 is_canceled: Callable[[], bool] = lambda: False,
                 progress: Callable[[float], None] = lambda fraction: None,
                 meanwhile: Optional[Callable[[], bool]] = None) -> HelperReport:
    """Geocode ``keys`` (each once), part of them in a helper process when allowed.

    ``geocode(key)`` answers one address (this process, or the helper's copy of it);
    ``remember(key, result)`` is called here for each address the helper answered. The
    caller then geocodes every row as usual: the answers are cached. Returns early (with
    ``stopped == "canceled"``) when ``is_canceled()``. ``meanwhile()``: work only this
    process can do (making the rows of the addresses answered so far), done in turns once
    its own share is answered, before taking the helper's; it returns whether it did any."""
    report = HelperReport()
    if len(keys) < MIN_KEYS or not helper_allowed():
        return report
    keys = sorted(keys, key=_wording)
    half = len(keys) // 2
    mine, theirs = keys[:half], keys[half:]
    helper = Helper.start(geocode, theirs)
    if helper is None:
        return report
    report.forked, report.keys_sent = True, len(theirs)
    try:
        total = len(keys)
        done = 0
        # This process's half first, then the helper's from its end, until the two meet.
        end = len(theirs)
        while done < len(mine) or end > helper.done:
            if done % CHECK_EVERY == 0:
                if is_canceled():
                    report.stopped = "canceled"
                    return report
                helper.receive(lambda index, result: remember(theirs[index], result), end)
                progress((min(done, len(mine)) + min(helper.done, end) + len(theirs) - end) / total)
                if done >= len(mine) and end <= helper.done:
                    break
            if done < len(mine):
                geocode(mine[done])
            elif meanwhile is not None and meanwhile():
                pass
            else:
                end -= 1
                geocode(theirs[end])
            done += 1
        report.keys_returned = min(helper.done, end)
        if helper.failed():
            report.stopped = "failed"
        return report
    finally:
        helper.stop()


class Helper:
    """A forked copy of this process applying ``work`` to ``items`` in order.

    It sends its results in frames (length, then pickled ``(first index, results)``)
    through an anonymous in-memory file, so it never waits for this process to read. This
    process takes the frames complete so far whenever it likes (``receive``), and stops
    the helper when it no longer needs it (``stop``: always call it)."""

    def __init__(self, pid: int, fd: int, size: int):
        self.pid, self.fd, self.size = pid, fd, size
        self.done = 0         # the first ``done`` items are answered (and were received)
        self.broken = False   # a frame could not be read: nothing after it is taken
        self._offset = 0
        self._status: Optional[int] = None  # exit status once reaped

    @classmethod
    def start(cls, work: Callable[[object], object], items: Sequence) -> Optional["Helper"]:
        """Fork the helper; None when this system cannot."""
        fd = _channel()
        if fd is None:
            return None
        try:
            with warnings.catch_warnings():
                # Python 3.12+ warns that a forked multi-threaded process may deadlock: the
                # helper runs no code that takes another thread's locks, and nobody waits for it.
                warnings.simplefilter("ignore", DeprecationWarning)
                pid = os.fork()
        except OSError:
            os.close(fd)
            return None
        if pid == 0:
            _serve(work, items, fd)
        return cls(pid, fd, len(items))

    def receive(self, take: Callable[[int, object], None], end: Optional[int] = None) -> None:
        """``take(index, result)`` for each result sent since the last call (of the items
        before ``end`` only: the others were done here)."""
        end = self.size if end is None else end
        while not self.broken:
            header = os.pread(self.fd, _HEADER.size, self._offset)
            if len(header) < _HEADER.size:
                return
            (size,) = _HEADER.unpack(header)
            payload = os.pread(self.fd, size, self._offset + _HEADER.size)
            if len(payload) < size:
                return  # still being written
            try:
                start, results = pickle.loads(payload)
            except Exception:  # noqa: BLE001 - a damaged frame: the rest is done here
                self.broken = True
                return
            if start != self.done:
                self.broken = True
                return
            self._offset += _HEADER.size + size
            for index, result in enumerate(results, start):
                if index < end:
                    take(index, result)
            self.done = start + len(results)

    def failed(self) -> bool:
        """Whether the helper broke or ended before answering all its items."""
        return self.broken or (self._exited() and self.done < self.size)

    def _exited(self) -> bool:
        if self._status is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                pid, status = self.pid, -1
            if pid == 0:
                return False
            self._status = status
        return True

    def stop(self) -> None:
        """Stop the helper if it still runs, reap it (no zombie left) and free the frames."""
        if not self._exited():
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ChildProcessError, ProcessLookupError, OSError):
                pass
            self._status = -1
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _channel() -> Optional[int]:
    """An anonymous file in memory (no address text is ever written to disk)."""
    try:
        return os.memfd_create("infosegura-helper", getattr(os, "MFD_CLOEXEC", 0))
    except (AttributeError, OSError):
        return None


def _serve(work, items: Sequence, fd: int) -> None:
    """The forked helper: apply ``work`` to ``items`` and append the results in frames;
    never returns."""
    code = 0
    try:
        for start in range(0, len(items), FRAME_KEYS):
            results = [work(item) for item in items[start:start + FRAME_KEYS]]
            payload = pickle.dumps((start, results), pickle.HIGHEST_PROTOCOL)
            _write_all(fd, _HEADER.pack(len(payload)) + payload)
    except BaseException:  # noqa: BLE001 - whatever happens, the helper ends here
        code = 1
    finally:
        os._exit(code)  # no clean-up code of the parent (Qt, GDAL, atexit) runs twice


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
