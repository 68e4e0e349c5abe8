"""Data zones on any fsspec filesystem (a local folder by default, `s3://…`, `memory://…`), with
atomic writes: a file is written aside and moved into place, so no reader sees half of it."""

from __future__ import annotations

import posixpath
import uuid
from dataclasses import dataclass

import fsspec
from fsspec.implementations.local import LocalFileSystem


class DamagedFile(Exception):
    """A stored file that cannot be read back (truncated, garbled, missing): its path and why."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Zone:
    """A folder on a filesystem: the data dir, or its `raw/` or `curated/` part."""

    fs: fsspec.AbstractFileSystem
    root: str

    @classmethod
    def at(cls, url: str) -> Zone:
        """Open a zone from a local path or an fsspec URL."""
        fs, root = fsspec.core.url_to_fs(str(url))
        if isinstance(fs, LocalFileSystem):
            root = fs._strip_protocol(root)
        return cls(fs, root.rstrip("/") or "/")

    def path(self, *parts: str) -> str:
        return posixpath.join(self.root, *parts)

    def child(self, *parts: str) -> Zone:
        return Zone(self.fs, self.path(*parts))

    def exists(self, *parts: str) -> bool:
        return self.fs.exists(self.path(*parts))

    def read_bytes(self, *parts: str) -> bytes:
        return self.fs.cat_file(self.path(*parts))

    def write_atomic(self, data: bytes, *parts: str) -> str:
        """Write `data` at `parts` so that the file appears whole or not at all."""
        final = self.path(*parts)
        parent = posixpath.dirname(final)
        self.fs.makedirs(parent, exist_ok=True)
        tmp = posixpath.join(parent, f".{posixpath.basename(final)}.{uuid.uuid4().hex}.tmp")
        try:
            with self.fs.open(tmp, "wb") as f:
                f.write(data)
            self.fs.mv(tmp, final)
        except BaseException:
            # a failed write leaves nothing behind; only a hard kill can leave a hidden .tmp
            if self.fs.exists(tmp):
                self.fs.rm(tmp)
            raise
        return final

    def listdir(self, *parts: str) -> list[str]:
        """Names (not paths) in a folder; empty when it does not exist."""
        path = self.path(*parts)
        if not self.fs.exists(path):
            return []
        return sorted(posixpath.basename(p.rstrip("/")) for p in self.fs.ls(path, detail=False))
