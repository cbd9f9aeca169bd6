"""A part (member) of a workbook's zip archive, decompressed as it is read, never more
than the limits allow: the total size and the compression ratio are checked on every
chunk, so a zip bomb is refused after a few megabytes instead of filling memory."""

import struct
import zipfile
import zlib
from pathlib import Path
from typing import Optional

from ...i18n import tr
from . import limits as lim
from .problems import RegisterError

_LOCAL_HEADER = b"PK\x03\x04"
_COMPRESSED_CHUNK = 1 << 16


def damaged(path: Path, detail: object) -> RegisterError:
    return RegisterError(tr("{}: the workbook is damaged and cannot be read ({}).").format(path.name, f"{detail}"))


class PartReader:
    """``read(size)`` over one member's decompressed bytes (stored or deflated; other
    methods go through ``zipfile`` with the same size check)."""

    def __init__(self, archive: zipfile.ZipFile, member: str, path: Path,
                 limits: lim.Limits = lim.DEFAULT_LIMITS, max_bytes: Optional[int] = None):
        self.path = path
        self.member = member
        self.limits = limits
        self.max_bytes = limits.part_bytes if max_bytes is None else max_bytes
        self.on_too_large = None  # a callable giving the RegisterError, when the caller names it better
        try:
            self.info = archive.getinfo(member)
        except KeyError as error:
            raise damaged(path, tr("part '{}' is missing").format(member)) from error
        if self.info.flag_bits & 0x1:
            raise RegisterError(
                tr("{}: the workbook is encrypted (protected by a password). Open it, remove the password and save it again.").format(path.name)
            )
        self.produced = 0
        self.consumed = 0
        self._crc = 0
        self._verified = False
        self._fallback = None
        self._file = None
        self._decompressor = None
        self._remaining = self.info.compress_size
        method = self.info.compress_type
        try:
            if method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                self._file = open(path, "rb")
                self._file.seek(self.info.header_offset)
                header = self._file.read(30)
                if len(header) != 30 or not header.startswith(_LOCAL_HEADER):
                    raise damaged(path, tr("part '{}' has no header").format(member))
                name_length, extra_length = struct.unpack("<HH", header[26:30])
                self._file.seek(self.info.header_offset + 30 + name_length + extra_length)
                if method == zipfile.ZIP_DEFLATED:
                    self._decompressor = zlib.decompressobj(-15)
            else:
                self._fallback = archive.open(member)
        except RegisterError:
            self.close()
            raise
        except (OSError, RuntimeError, ValueError, EOFError, zipfile.BadZipFile, struct.error) as error:
            # RuntimeError includes NotImplementedError: a compression method zipfile lacks.
            self.close()
            raise damaged(path, error) from error

    def close(self) -> None:
        for handle in (self._file, self._fallback):
            if handle is not None:
                handle.close()
        self._file = self._fallback = None

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        self.close()

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = 1 << 20
        try:
            data = self._read(size)
        except (zlib.error, OSError, EOFError, zipfile.BadZipFile, RuntimeError, ValueError) as error:
            raise damaged(self.path, error) from error
        if data:
            self.produced += len(data)
            self._crc = zlib.crc32(data, self._crc)
            self._check()
        elif self._fallback is None and not self._verified:
            if self.produced != self.info.file_size or self._crc != self.info.CRC:
                raise damaged(self.path, tr("part '{}' does not match its checksum").format(self.member))
            self._verified = True
        return data

    def _read(self, size: int) -> bytes:
        if self._fallback is not None:
            self.consumed = self.info.compress_size
            return self._fallback.read(size)
        if self._decompressor is None:  # stored
            data = self._file.read(min(size, self._remaining))
            self._remaining -= len(data)
            self.consumed += len(data)
            return data
        decompressor = self._decompressor
        while True:
            if decompressor.unconsumed_tail:
                data = decompressor.decompress(decompressor.unconsumed_tail, size)
            elif self._remaining > 0:
                chunk = self._file.read(min(_COMPRESSED_CHUNK, self._remaining))
                if not chunk:
                    raise EOFError(tr("part '{}' is cut short").format(self.member))
                self._remaining -= len(chunk)
                self.consumed += len(chunk)
                data = decompressor.decompress(chunk, size)
            else:
                return decompressor.flush() if not decompressor.eof else b""
            if data or decompressor.eof:
                return data

    def _check(self) -> None:
        if self.produced > self.max_bytes:
            if self.on_too_large is not None:
                raise self.on_too_large()
            raise lim.part_too_large(self.path, self.member, self.limits)
        if self.produced > self.limits.ratio_checked_after:
            ratio = self.produced / max(1, self.consumed)
            if ratio > self.limits.compression_ratio:
                raise lim.compressed_too_well(self.path, self.member, ratio)

    def read_all(self) -> bytes:
        parts = []
        while True:
            chunk = self.read(1 << 20)
            if not chunk:
                return b"".join(parts)
            parts.append(chunk)
