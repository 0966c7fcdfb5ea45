"""Commands that run in the background: `daemon`, `notify --test`, `service install`."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from tracker import i18n
from tracker.cli.app import AppContext, cli, pass_app
from tracker.cli.service import install_service, journal_logging
from tracker.errors import UserError
from tracker.i18n import _
from tracker.output.sanitize import for_people


@cli.command()
@pass_app
def daemon(app: AppContext) -> None:
    """Run in the background: IMAP IDLE on every folder, reminders, desktop notifications.

    Polls where IDLE is missing, reconnects with backoff, notifies once per event (a code,
    an acceptance, a refusal, a fake) and reminds before each deadline (see [reminders] in
    the config). SIGTERM/SIGINT stop it cleanly, SIGHUP reloads the configuration. Logs go to
    stderr (the journal, under systemd).

    \b
    Examples:
      tracker daemon
      tracker -v daemon                 more detail
      tracker service install           run it as a systemd --user service
    """
    from tracker.config import load_config
    from tracker.daemon import Daemon

    cfg = app.config
    if not cfg.mailboxes:
        raise UserError(_("{where}: no [[mailbox]] configured (run `tracker init`, or start from `tracker config "
                          "example`)").format(where=cfg.path or _("the configuration")))
    journal_logging(app.verbose)
    store = app.open_store()
    clock = _clock(app)

    def reload() -> Any:
        return load_config(Path(app.config_path) if app.config_path else None)

    # The notifications' language after a reload: --lang, else the new config's, else the locale's.
    sys.exit(Daemon(reload, store, clock,
                    lambda c: app.lang() if app.lang_option else i18n.resolve_language(c.language)).run())


def _clock(app: AppContext) -> Any:
    """The real clock, or --now moving forward from the given instant."""
    import time

    if not app.now_text:
        return lambda: datetime.now().astimezone()
    start, t0 = app.now(), time.monotonic()
    from datetime import timedelta

    return lambda: start + timedelta(seconds=time.monotonic() - t0)


@cli.command()
@click.option("--test", "test", is_flag=True, required=True, help="Send a test notification.")
@pass_app
def notify(app: AppContext, test: bool) -> None:
    """Send a test desktop notification and report what happened.

    \b
    Example:
      tracker notify --test
    """
    from tracker.notify import Notification, Notifier
    from tracker.output.render import note

    lang = app.lang()
    n = Notifier(log_fallback=False)
    result = n.send(Notification(summary=note(lang, "test.summary"), body=note(lang, "test.body")))
    if result.delivered:
        try:
            server = n.server_info()
        except Exception:
            server = None
        if server:  # the server's own words: one safe line
            click.echo(_("delivered (notification id {id}, server {server})").format(
                id=result.notification_id, server=for_people(server, one_line=True)))
        else:
            click.echo(_("delivered (notification id {id})").format(id=result.notification_id))
        n.close()
        return
    n.close()
    if result.advice:
        raise UserError(_("no notification shown: {why}; {advice}").format(why=result.detail, advice=result.advice))
    raise UserError(_("no notification shown: {why}").format(why=result.detail))


@cli.group()
def service() -> None:
    """Run tracker as a systemd --user service."""


@service.command("install")
@click.option("--no-enable", is_flag=True, help="Only write the unit file.")
@pass_app
def service_install(app: AppContext, no_enable: bool) -> None:
    """Write ~/.config/systemd/user/tracker.service and enable it (systemctl --user).

    The service runs `tracker daemon` with the --config and --db given here.

    \b
    Examples:
      tracker service install && journalctl --user -u tracker -f
      tracker --config ~/work/tracker.toml service install
    """
    install_service(no_enable, app.config_path, app.db)

