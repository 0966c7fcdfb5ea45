"""Files written for the person: created readable by them alone, replaced whole."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from tracker.errors import UserError
from tracker.i18n import _


def write_private(path: Path, data: bytes) -> None:
    """Write ``path`` readable by the user alone (0600), new or not; one-line error when impossible.

    The data goes to a temporary file created 0600 beside the target, which then replaces it:
    an existing file that others can read (0644) never holds the new content, not even for a
    moment, and an interrupted export leaves the old file whole. A symbolic link is kept (what
    it points to is replaced); what is not a regular file (a FIFO, /dev/stdout) is written in
    place, as it cannot be replaced and its mode is not the export's to change.
    """
    try:
        target = path.resolve() if path.is_symlink() else path
        if target.exists() and not target.is_file():
            with target.open("wb") as f:
                f.write(data)
            return
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
    except OSError as e:
        raise UserError(_("{path}: cannot write ({why})").format(path=path, why=e.strerror or e)) from None

