"""Files → a stream of :class:`~tracker.model.RawMessage`: one ``.eml``, an mbox, a Maildir.

mbox files and Maildirs are streamed, one message in memory at a time, so memory stays
flat whatever the number of messages. Path problems raise :class:`InputError` naming the
path; a message's own problems are for the parser to report.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from tracker.errors import InputError
from tracker.model import RawMessage

__all__ = ["detect_format", "iter_messages"]

# "From sender@example.org Mon Jun  3 10:00:00 2024": a separator even without a blank line before it.
_SEPARATOR = re.compile(rb"^From \S+ +\S.*\d{4}\s*$")


def detect_format(path: Path) -> str:
    """``"maildir"``, ``"mbox"`` or ``"eml"``; raises InputError for anything else."""
    try:
        if path.is_dir():
            if (path / "cur").is_dir() or (path / "new").is_dir():
                return "maildir"
            raise InputError(f"{path}: a directory that is not a Maildir (no cur/ or new/ inside)")
        with path.open("rb") as f:
            head = f.read(5)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    if not head:
        raise InputError(f"{path}: empty file")
    return "mbox" if head == b"From " else "eml"


def iter_messages(path: Path) -> Iterator[RawMessage]:
    """Every message under ``path``, in file order."""
    fmt = detect_format(path)
    if fmt == "maildir":
        yield from _maildir(path)
    elif fmt == "mbox":
        yield from _mbox(path)
    else:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
        yield RawMessage(source=str(path), data=data)


def _maildir(path: Path) -> Iterator[RawMessage]:
    for sub in ("new", "cur"):
        folder = path / sub
        if not folder.is_dir():
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError as e:
            raise InputError(f"{folder}: cannot list ({e.strerror or e})") from None
        for name in names:
            if name.startswith("."):
                continue
            p = folder / name
            try:
                data = p.read_bytes()
            except OSError as e:
                raise InputError(f"{p}: cannot read ({e.strerror or e})") from None
            yield RawMessage(source=str(p), data=data)


def _mbox(path: Path) -> Iterator[RawMessage]:
    """Split an mbox on ``From `` separator lines, undoing the ``>From`` quoting (mboxrd)."""
    index = 0
    lines: list[bytes] = []
    try:
        f = path.open("rb")
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    with f:
        prev_blank = True
        for line in f:
            if line.startswith(b"From ") and (prev_blank or _SEPARATOR.match(line)):
                if lines:
                    yield RawMessage(source=f"{path}#{index}", data=_join(lines))
                    index += 1
                lines = []
                prev_blank = False
                continue
            prev_blank = line in (b"\n", b"\r\n")
            if line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
                line = line[1:]
            lines.append(line)
        if lines:
            yield RawMessage(source=f"{path}#{index}", data=_join(lines))


def _join(lines: list[bytes]) -> bytes:
    data = b"".join(lines)
    # The blank line before the next separator belongs to the mbox, not to the message.
    if data.endswith(b"\r\n"):
        return data[:-2] if data.endswith(b"\r\n\r\n") else data
    return data[:-1] if data.endswith(b"\n\n") else data
