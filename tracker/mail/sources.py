"""Files → a stream of :class:`~tracker.model.RawMessage`: one ``.eml``, a folder of them, an mbox, a Maildir.

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
from tracker.i18n import _
from tracker.model import RawMessage

__all__ = ["detect_format", "iter_messages"]

# "From sender@example.org Mon Jun  3 10:00:00 2024": a separator even without a blank line before it.
_SEPARATOR = re.compile(rb"^From \S+ +\S.*\d{4}\s*$")


def detect_format(path: Path) -> str:
    """``"maildir"``, ``"folder"`` (of .eml files), ``"mbox"`` or ``"eml"``; raises InputError for anything else."""
    try:
        if path.is_dir():
            if (path / "cur").is_dir() or (path / "new").is_dir():
                return "maildir"
            if _eml_files(path):
                return "folder"
            raise InputError(_("{path}: a directory with no .eml file, and not a Maildir (no cur/ or new/ inside)")
                             .format(path=path))
        with path.open("rb") as f:
            head = f.read(5)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(_("{path}: no such file or directory").format(path=path)) from None
    except PermissionError:
        raise InputError(_("{path}: permission denied").format(path=path)) from None
    except OSError as e:
        raise InputError(_("{path}: cannot read ({why})").format(path=path, why=e.strerror or e)) from None
    if not head:
        raise InputError(_("{path}: empty file").format(path=path))
    return "mbox" if head == b"From " else "eml"


def iter_messages(path: Path) -> Iterator[RawMessage]:
    """Every message under ``path``, in file order."""
    fmt = detect_format(path)
    if fmt == "maildir":
        yield from _maildir(path)
    elif fmt == "folder":
        for eml in _eml_files(path):
            yield _eml(eml)
    elif fmt == "mbox":
        yield from _mbox(path)
    else:
        yield _eml(path)


def _eml(path: Path) -> RawMessage:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(_("{path}: cannot read ({why})").format(path=path, why=e.strerror or e)) from None
    return RawMessage(source=str(path), data=data)


def _eml_files(folder: Path) -> list[Path]:
    """The ``.eml`` files of a plain folder, in name order: what a mail client's "save as" leaves.

    Only that suffix (any case): a folder of saved messages often holds other files too (notes,
    attachments saved beside them), and reading those as mail would report them as malformed.
    Hidden files are editors' and sync tools' own. Not recursive: a sub-folder is another export.
    """
    try:
        names = sorted(os.listdir(folder))
    except OSError as e:
        raise InputError(_("{path}: cannot list ({why})").format(path=folder, why=e.strerror or e)) from None
    return [folder / n for n in names
            if not n.startswith(".") and n.lower().endswith(".eml") and (folder / n).is_file()]


def _maildir(path: Path) -> Iterator[RawMessage]:
    for sub in ("new", "cur"):
        folder = path / sub
        if not folder.is_dir():
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError as e:
            raise InputError(_("{path}: cannot list ({why})").format(path=folder, why=e.strerror or e)) from None
        for name in names:
            if name.startswith("."):
                continue
            p = folder / name
            try:
                data = p.read_bytes()
            except OSError as e:
                raise InputError(_("{path}: cannot read ({why})").format(path=p, why=e.strerror or e)) from None
            yield RawMessage(source=str(p), data=data)


_CHUNK = 1 << 20
_FROM_QUOTED = re.compile(rb"^>(>*From )", re.MULTILINE)


def _mbox(path: Path) -> Iterator[RawMessage]:
    """Split an mbox on ``From `` separator lines, undoing the ``>From`` quoting (mboxrd).

    Reads 1 MiB at a time and finds separators with ``bytes.find``: a 100 kB attachment is
    scanned in C, not line by line, and memory stays at one message plus one chunk.
    """
    try:
        f = path.open("rb")
    except OSError as e:
        raise InputError(_("{path}: cannot read ({why})").format(path=path, why=e.strerror or e)) from None
    with f:
        buf = f.read(_CHUNK)
        eof = not buf
        while b"\n" not in buf and not eof:
            more = f.read(_CHUNK)
            eof = not more
            buf += more
        if not buf.startswith(b"From "):
            return
        first = buf.find(b"\n")
        start = pos = first + 1 if first >= 0 else len(buf)
        index = 0
        while True:
            i = buf.find(b"\nFrom ", pos)
            if i >= 0:
                line_end = buf.find(b"\n", i + 1)
                if line_end < 0 and not eof:
                    more = f.read(_CHUNK)  # the separator candidate's line is cut: read on
                    eof = not more
                    buf += more
                    continue
                if line_end < 0:
                    line_end = len(buf)
                blank_before = i == start - 1 or buf[i - 1 : i] == b"\n" or buf[i - 2 : i] == b"\n\r"
                if blank_before or _SEPARATOR.match(buf[i + 1 : line_end]):
                    yield RawMessage(source=f"{path}#{index}", data=_unquote(_trim(buf[start : i + 1])))
                    index += 1
                    buf = buf[line_end + 1 :]
                    start = pos = 0
                else:
                    pos = i + 1
                continue
            if eof:
                if buf[start:].strip():
                    # A complete mbox ends with a newline; without one the file was cut mid-message.
                    problem = None if buf.endswith(b"\n") else _("the mbox ends in the middle of this message "
                                                                  "(truncated file?)")
                    yield RawMessage(source=f"{path}#{index}", data=_unquote(_trim(buf[start:])), problem=problem)
                return
            pos = max(start, len(buf) - 6)  # a "\nFrom " may straddle the chunk boundary
            more = f.read(_CHUNK)
            eof = not more
            buf += more


def _unquote(data: bytes) -> bytes:
    return _FROM_QUOTED.sub(rb"\1", data) if b">From " in data else data


def _trim(data: bytes) -> bytes:
    # The blank line before the next separator belongs to the mbox, not to the message.
    if data.endswith(b"\r\n\r\n"):
        return data[:-2]
    if data.endswith(b"\n\n"):
        return data[:-1]
    return data
