"""Forgetting malformed records (``tracker forget``): the one deletion the ledger allows.

A malformed message is recorded so that a second import or poll skips it instead of reporting
it again; a file imported by mistake (a photo, a PDF named ``.eml``) would then stay listed as
malformed for ever. Its record can be dropped: it moved no row (a malformed message has no
event), so nothing else changes. Meta's messages are never forgotten here: the rows and the
audit trail are built from them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from sqlalchemy import ColumnElement, delete, func, or_, select

from tracker.errors import UserError
from tracker.i18n import _
from tracker.store import Store
from tracker.store.tables import MESSAGES

__all__ = ["forget_malformed"]


def _of_source(source: str) -> ColumnElement[bool]:
    """The records of ``source`` as it was given to `import` (the path itself, or ``PATH#N`` inside
    an mbox), typed the same way or as its absolute form (an import from another folder)."""
    m = MESSAGES.c
    forms = dict.fromkeys([source, os.path.abspath(source)])
    return or_(*(or_(m.source == s, m.source.startswith(f"{s}#", autoescape=True)) for s in forms))


def forget_malformed(store: Store, sources: Sequence[str] = (), mailbox: str | None = None) -> int:
    """Delete the malformed records of ``sources`` (every malformed record when there is none);
    how many. All or nothing: a source with no malformed record raises UserError and nothing is
    deleted, so a mistyped path never leaves half the work done."""
    m = MESSAGES.c
    base: ColumnElement[bool] = m.error.is_not(None)
    if mailbox is not None:
        base = base & (m.mailbox == mailbox)
    with store.batch() as b:
        conn = b.session.connection()
        if not sources:
            return int(conn.execute(delete(MESSAGES).where(base)).rowcount)
        forgotten = 0
        for source in sources:
            where = base & _of_source(source)
            if not conn.execute(select(func.count()).select_from(MESSAGES).where(where)).scalar_one():
                raise UserError(_("{source}: no malformed record (`tracker status` lists them at its end); "
                                  "nothing forgotten").format(source=source))
            forgotten += int(conn.execute(delete(MESSAGES).where(where)).rowcount)
        return forgotten
