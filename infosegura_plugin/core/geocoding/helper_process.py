"""A second core for a large register: part of its distinct addresses geocoded in a helper.

Geocoding is pure Python once the indexes are built, so one process uses one core. On
Linux, a register with many distinct addresses is split in two: a forked copy of the
process (it shares the built indexes, copy on write) geocodes the second half and sends
its results back through a pipe, while this process geocodes the first half and then
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
from typing import Callable, List, Optional, Sequence, Tuple

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


def _wording(key: Key) -> Tuple[str, str]:
    """Addresses that differ only in their numbers sort together (one parse of their
    wording serves them all, so they are best geocoded in the same process)."""
    return _DIGITS.sub("#", key[0].casefold()), key[1]


def geocode_keys(geocode: Callable[[str, str], object], keys: Sequence[Key], remember: Callable[[Key, object], None],
                 is_canceled: Callable[[], bool] = lambda: False,
                 progress: Callable[[float], None] = lambda fraction: None) -> HelperReport:
    """Geocode ``keys`` (each once), part of them in a helper process when allowed.

    ``geocode(text, town)`` answers one address (this process, or the helper's copy of it);
    ``remember(key, result)`` is called here for each address the helper answered. The
    caller then geocodes every row as usual: the answers are cached. Returns early (with
    ``stopped == "canceled"``) when ``is_canceled()``."""
    report = HelperReport()
    if len(keys) < MIN_KEYS or not helper_allowed():
        return report
    keys = sorted(keys, key=_wording)
    half = len(keys) // 2
    mine, theirs = keys[:half], keys[half:]
    read_end, write_end = os.pipe()
    try:
        with warnings.catch_warnings():
            # Python 3.12+ warns that a forked multi-threaded process may deadlock: the
            # helper runs no code that takes another thread's locks, and nobody waits for it.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return report
    if pid == 0:  # the helper
        _helper(geocode, theirs, read_end, write_end)
    os.close(write_end)
    report.forked, report.keys_sent = True, len(theirs)
    reader = _FrameReader(read_end, theirs, remember)
    try:
        total = len(keys)
        done = 0
        # This process's half first, then the helper's from its end, until the two meet.
        end = len(theirs)
        while done < len(mine) or end > reader.keys_in:
            if done % CHECK_EVERY == 0:
                if is_canceled():
                    report.stopped = "canceled"
                    return report
                reader.drain(end)
                progress((min(done, len(mine)) + min(reader.keys_in, end) + len(theirs) - end) / total)
                if done >= len(mine) and end <= reader.keys_in:
                    break
            if done < len(mine):
                geocode(*mine[done])
            else:
                end -= 1
                geocode(*theirs[end])
            done += 1
        report.keys_returned = min(reader.keys_in, end)
        if reader.broken or (reader.ended and reader.keys_in < len(theirs)):
            report.stopped = "failed"
        return report
    finally:
        reader.close()
        _end(pid)


def _helper(geocode, keys: List[Key], read_end: int, write_end: int) -> None:
    """The forked helper: geocode ``keys`` and send the results in frames; never returns."""
    code = 0
    try:
        os.close(read_end)
        for start in range(0, len(keys), FRAME_KEYS):
            results = [geocode(text, town) for text, town in keys[start:start + FRAME_KEYS]]
            payload = pickle.dumps((start, results), pickle.HIGHEST_PROTOCOL)
            _write_all(write_end, _HEADER.pack(len(payload)) + payload)
    except BaseException:  # noqa: BLE001 - whatever happens, the helper ends here
        code = 1
    finally:
        os._exit(code)  # no clean-up code of the parent (Qt, GDAL, atexit) runs twice


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class _FrameReader:
    """This process's end of the pipe: reads without blocking, remembers whole frames."""

    def __init__(self, fd: int, keys: List[Key], remember: Callable[[Key, object], None]):
        self.fd, self.keys, self.remember = fd, keys, remember
        os.set_blocking(fd, False)
        self.buffer = bytearray()
        self.ended = False   # the helper closed its end (finished, failed or died)
        self.broken = False  # a frame could not be read: nothing after it is taken
        self.keys_in = 0     # the helper's first ``keys_in`` addresses are answered

    def drain(self, end: int) -> None:
        """Take what the helper sent; ``end``: its addresses from there on are done here."""
        while not self.ended:
            try:
                chunk = os.read(self.fd, 1 << 20)
            except BlockingIOError:
                break
            if not chunk:
                self.ended = True
                break
            self.buffer += chunk
        while not self.broken and len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            if len(self.buffer) < _HEADER.size + size:
                break
            payload = bytes(self.buffer[_HEADER.size:_HEADER.size + size])
            del self.buffer[:_HEADER.size + size]
            try:
                start, results = pickle.loads(payload)
            except Exception:  # noqa: BLE001 - a damaged frame: the rest is geocoded here
                self.broken = self.ended = True
                break
            if start != self.keys_in:
                self.broken = self.ended = True
                break
            for index, result in enumerate(results, start):
                if index < end:
                    self.remember(self.keys[index], result)
            self.keys_in = start + len(results)

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


def _end(pid: int) -> None:
    """Stop the helper if it still runs, and reap it (no zombie left behind)."""
    try:
        finished, _status = os.waitpid(pid, os.WNOHANG)
        if finished == 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError, OSError):
        pass
