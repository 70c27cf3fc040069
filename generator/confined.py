"""Files of a project read without following a symbolic link anywhere on their path: a link planted in
``output/`` or ``regulations/`` (``polozhenie-1.1.docx`` → ``/etc/passwd``) is refused, not served."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NO_LINK = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def read_confined(root: Path, path: Path) -> bytes:
    """The bytes of the regular file ``path`` under ``root``, each folder on the way and the file itself
    opened with ``O_NOFOLLOW`` (no race between a check and the open). Raises ``OSError``: ``ELOOP`` for a
    link, ``ENOENT`` for a missing file, ``EXDEV`` for a path out of ``root``."""
    try:
        parts = path.absolute().relative_to(root.absolute()).parts
    except ValueError:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(path)) from None
    if not parts or ".." in parts:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(path))
    folder = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in parts[:-1]:
            inner = os.open(part, _NO_LINK | os.O_DIRECTORY, dir_fd=folder)
            os.close(folder)
            folder = inner
        descriptor = os.open(parts[-1], _NO_LINK, dir_fd=folder)
    finally:
        os.close(folder)
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise OSError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        return stream.read()


def link_out_of(root: Path, path: Path) -> str | None:
    """Where ``path`` really leads when a symbolic link on its way (below ``root``) leads out of ``root``;
    None for a path that is not written as one under ``root`` (msoko's own catalogs)."""
    base = root.resolve()
    current = root
    if not path.absolute().is_relative_to(root.absolute()):
        return None
    for part in path.absolute().relative_to(root.absolute()).parts:
        current = current / part
        if current.is_symlink():
            target = current.resolve()
            if not target.is_relative_to(base):
                return str(target)
    return None
