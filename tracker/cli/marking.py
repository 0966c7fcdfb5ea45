"""`tracker mark`: record by hand what happened without an e-mail."""

from __future__ import annotations

import click

from tracker.cli.app import AppContext, cli, pass_app
from tracker.errors import UserError
from tracker.i18n import _


@cli.command()
@click.argument("account")
@click.argument("state", type=click.Choice(["action_needed", "code_received", "awaiting_answer", "accepted",
                                            "refused"]))
@click.option("--round", "round_", metavar="YYYY-MM-DD", help="The round (default: the latest before now).")
@click.option("--platform", type=click.Choice(["facebook", "instagram", "messenger", "whatsapp", "meta"]),
              help="Needed when the account has rows on several platforms.")
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
    from datetime import date

    from tracker.core.state import MARK_EVENT
    from tracker.model import State

    if round_ is not None and round_ != "unknown":
        try:
            date.fromisoformat(round_)
        except ValueError:
            raise UserError(_("--round: {value!r} is not a date YYYY-MM-DD (or 'unknown')").format(value=round_)) \
                from None
    now = app.now()
    store = app.open_store()
    with store.batch() as b:
        groups = b.groups_of(account)
        if platform:
            groups = [g for g in groups if g[1] == platform]
        if mailbox:
            groups = [g for g in groups if g[0] == mailbox]
        if not groups:
            if not (platform and account):
                known = ", ".join(store.accounts()) or _("none")
                raise UserError(_("unknown account {account!r} (known: {known}); give --platform (and --mailbox) "
                                  "to start tracking it by hand").format(account=account, known=known))
            groups = [(mailbox or "default", platform, account.lower())]
        if len(groups) > 1:
            choices = "; ".join(f"--mailbox {m} --platform {p}" for m, p, _ in groups)
            raise UserError(_("{account} is tracked in several places: add one of: {choices}").format(
                account=account, choices=choices))
        b.add_event(group=groups[0], kind=MARK_EVENT[State(state)], at=now, sort_key=f"manual:{now.isoformat()}",
                    manual=True, round_hint=round_, note=note)
    if round_:
        click.echo(_("recorded: {account} {state} (round {round})").format(account=account, state=state, round=round_))
    else:
        click.echo(_("recorded: {account} {state}").format(account=account, state=state))

