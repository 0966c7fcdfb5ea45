"""`tracker mark`: record by hand what happened without an e-mail.

A thin skin: the choices come from the vocabulary (the states a person may set are the keys of
the state machine's ``MARK_EVENT``, the platforms are :class:`tracker.model.Platform`), and which
(mailbox, platform, account) the mark applies to is the store's decision
(:func:`tracker.store.resolve_mark_group`).
"""

from __future__ import annotations

import click

from tracker.cli.app import PLATFORM_CHOICE, AppContext, check_round, cli, pass_app
from tracker.core.state import MARK_EVENT
from tracker.i18n import _
from tracker.model import State


@cli.command()
@click.argument("account")
@click.argument("state", type=click.Choice([s.value for s in MARK_EVENT]))
@click.option("--round", "round_", metavar="YYYY-MM-DD", callback=check_round,
              help="The round (default: the latest announced before --now, this account's or, for an account new "
                   "to tracker, any account's; unknown when there is none).")
@click.option("--platform", type=PLATFORM_CHOICE, help="Needed when the account has rows on several platforms.")
@click.option("--mailbox", metavar="NAME", help="Needed when the account is in several mailboxes.")
@click.option("--note", metavar="TEXT", help="Why (kept in the audit trail).")
@pass_app
def mark(app: AppContext, account: str, state: str, round_: str | None, platform: str | None,
         mailbox: str | None, note: str | None) -> None:
    """Record by hand what happened without an e-mail (e.g. you objected in the app).

    The event is dated --now (or the clock) and marked manual in the audit trail.

    \b
    Examples:
      tracker mark claire.martin@example.fr accepted --note "pop-up in the app"
      tracker mark me@example.org awaiting_answer --round 2025-05-27 --platform instagram
    """
    now = app.now()
    app.open_store().mark(account, MARK_EVENT[State(state)], now, platform=platform, mailbox=mailbox,
                          round_hint=round_, note=note)
    if round_:
        click.echo(_("recorded: {account} {state} (round {round})").format(account=account, state=state, round=round_))
    else:
        click.echo(_("recorded: {account} {state}").format(account=account, state=state))
