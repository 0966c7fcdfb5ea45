"""Files written for the person: created readable by them alone, replaced whole."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from tracker.errors import UserError
from tracker.i18n import _

#: Mode of every file tracker writes for the person (an export, a letter, the configuration).
FILE_MODE = 0o600


def write_private(path: Path, data: bytes, *, replace: bool = True, folder_mode: int | None = None) -> None:
    """Write ``path`` readable by the user alone (0600), new or not; one-line error when impossible.

    The data goes to a temporary file created 0600 beside the target, which then replaces it:
    an existing file that others can read (0644) never holds the new content, not even for a
    moment, and an interrupted export leaves the old file whole. A symbolic link is kept (what
    it points to is replaced); what is not a regular file (a FIFO, /dev/stdout) is written in
    place, as it cannot be replaced and its mode is not the export's to change.

    ``replace=False`` never touches an existing file: it raises :class:`FileExistsError` (the
    caller knows which option allows replacing), even when the file appears meanwhile.
    ``folder_mode`` creates a missing folder (and its parents) with that mode (0700 for the
    configuration's folder).
    """
    if folder_mode is not None and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, mode=folder_mode)
        except OSError as e:
            raise UserError(_("{folder}: cannot create the folder ({why})").format(
                folder=path.parent, why=e.strerror or e)) from None
    try:
        if not replace:
            _write_new(path, data)
            return
        target = path.resolve() if path.is_symlink() else path
        if target.exists() and not target.is_file():
            with target.open("wb") as f:
                f.write(data)
            return
        _replace(target, data)
    except FileExistsError:
        raise
    except OSError as e:
        raise UserError(_("{path}: cannot write ({why})").format(path=path, why=e.strerror or e)) from None


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` 0600 and write it; FileExistsError when something is there already."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as f:
        os.fchmod(fd, FILE_MODE)  # whatever the umask
        f.write(data)


def _replace(target: Path, data: bytes) -> None:
    """Write a 0600 temporary file beside ``target``, flush it to disk, and rename it over ``target``."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
