"""Commands that feed the database: `import` (files), `forget` (a wrong import), `poll` (IMAP, once),
`folders`, and `demo`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Final

import click

from tracker.cli.app import AppContext, cli, discard_database, echo_problem, pass_app, trusted_authserv
from tracker.errors import UserError
from tracker.i18n import _, ngettext
from tracker.output.sanitize import for_people


@cli.command("import")
@click.option("--mailbox", default="default", show_default=True, metavar="NAME",
              help="Name the messages' mailbox (any name; rows are grouped by it).")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_app
def import_(app: AppContext, mailbox: str, paths: tuple[Path, ...]) -> None:
    """Feed messages from files into the database, as a poll would.

    PATH is a .eml file, a folder of .eml files, an mbox file or a Maildir folder. Meta's
    messages are recorded (other mail is only counted), the state of each account is updated,
    and importing the same message twice changes nothing. Malformed messages are recorded and
    reported (`tracker forget` drops the record of a file imported by mistake).

    \b
    Examples:
      tracker import ~/Downloads/meta-notice.eml
      tracker import --mailbox perso ~/Mail/export.mbox
      tracker --db /tmp/test.db import ~/Maildir
    """
    from tracker.ingest import IngestStats, ingest
    from tracker.mail.sources import iter_messages

    fresh = app.missing_database()
    store = app.open_store()
    now = app.now()
    trusted = trusted_authserv(app)
    stats = IngestStats()
    failed = False
    show_progress = sys.stderr.isatty()
    for path in paths:
        try:
            messages = iter_messages(path)
            if show_progress:
                messages = _progress(messages, path)
            ingest(store, messages, mailbox, now, trusted, stats=stats)
        except UserError as e:
            echo_problem(e)
            failed = True
    for line in stats.errors:
        echo_problem(line)
    click.echo(stats.summary())
    if failed or stats.malformed:
        if fresh is not None and not stats.meta:
            discard_database(store, fresh)
        sys.exit(1)


def _progress(messages: Any, path: Path) -> Any:
    """A progress line on long imports (only when stderr is a terminal)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True) as progress:
        task = progress.add_task(_("importing {name}").format(name=path.name), total=None)
        for m in messages:
            yield m
            progress.advance(task)


@cli.command()
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
@click.option("--malformed", "every", is_flag=True, help="Forget every malformed record.")
@click.option("--mailbox", metavar="NAME", help="Only in this mailbox (the --mailbox of `import`).")
@pass_app
def forget(app: AppContext, sources: tuple[str, ...], every: bool, mailbox: str | None) -> None:
    """Forget the malformed record of a file imported by mistake.

    A message that cannot be read is recorded, so that the next import skips it; a file that
    was never mail (a photo, a PDF) would stay listed as malformed. SOURCE is the path as
    `tracker status` lists it (an mbox path forgets all of its messages); --malformed forgets
    every malformed record. Meta's messages are never forgotten: they make the rows.

    \b
    Examples:
      tracker forget ~/Downloads/photo.eml
      tracker forget --malformed
    """
    from tracker.store.forget import forget_malformed

    if bool(sources) == every:
        raise click.UsageError(_("give either SOURCE... or --malformed"))
    n = forget_malformed(app.open_store(), sources, mailbox)
    click.echo(ngettext("forgot {n} malformed record", "forgot {n} malformed records", n).format(n=n))


@cli.command()
@click.option("--mailbox", "only", metavar="NAME", help="Poll only this configured mailbox.")
@pass_app
def poll(app: AppContext, only: str | None) -> None:
    """One synchronisation of every configured IMAP mailbox, then exit.

    Read-only: folders are EXAMINEd and messages fetched with BODY.PEEK[], so no flag ever
    changes. The first sync searches the server for Meta senders within backfill_days; later
    polls fetch only what arrived since. One line per mailbox; exit 1 if any failed.

    \b
    Examples:
      tracker poll
      tracker poll --mailbox perso
      TRACKER_PASSWORD=... tracker --config ./config.toml poll
    """
    from tracker.ingest import sync_mailbox

    cfg = app.config
    if not cfg.mailboxes:
        where = cfg.path or _("the configuration")
        raise UserError(_("{where}: no [[mailbox]] configured (run `tracker init`, or start from `tracker config "
                          "example`)").format(where=where))
    boxes = [cfg.mailbox(only)] if only else list(cfg.mailboxes)
    store = app.open_store()
    now = app.now()
    failed = False
    for mb in boxes:
        try:
            with _sync_progress(mb.name) as progress:
                result = sync_mailbox(store, mb, now, cfg.trust, progress)
        except UserError as e:
            echo_problem(e)
            failed = True
            continue
        click.echo(f"{mb.name}: {result.stats.summary()}")
        for line in result.stats.errors:
            echo_problem(line, warning=True)
    if failed:
        sys.exit(1)


@contextmanager
def _sync_progress(name: str) -> Iterator[Any]:
    """A progress bar for long first syncs, only on a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(folder: str, done: int, total: int) -> None:
            if folder not in tasks:
                tasks[folder] = bar.add_task(f"{name}/{folder}", total=total)
            bar.update(tasks[folder], completed=done)

        yield update


@cli.command()
@click.option("--mailbox", "name", required=True, metavar="NAME", help="A configured mailbox.")
@pass_app
def folders(app: AppContext, name: str) -> None:
    """List the folders of a configured mailbox (to choose `folders = [...]` in the config).

    \b
    Example:
      tracker folders --mailbox perso
    """
    from tracker.mail.imap import ImapConnection

    mb = app.config.mailbox(name)
    with ImapConnection(mb) as conn:
        for folder in conn.folders():
            click.echo(for_people(folder, one_line=True))  # the server's name for it


#: The demo's clock: the day after the bundled sample's last message, so that `tracker demo`
#: prints the same table whatever day it runs (the sample's rounds would drift past otherwise).
DEMO_NOW: Final = datetime(2026, 12, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


@cli.command()
@click.option("--keep", type=click.Path(path_type=Path), help="Keep the demo database at this path.")
@pass_app
def demo(app: AppContext, keep: Path | None) -> None:
    """Show tracker at work on the bundled sample mailbox (no server, no config needed).

    Imports the sample mailbox shipped with tracker into a fresh database (temporary
    unless --keep is given), then prints the status. The sample runs up to 19 December 2026:
    the demo reads it on 20 December 2026 (10:00, UTC+1), so it prints the same on any day;
    --now reads it at another moment.

    \b
    Examples:
      tracker demo
      tracker --now 2025-05-20T08:00:00+02:00 demo
    """
    import tempfile
    from importlib import resources

    from tracker.ingest import ingest
    from tracker.mail.sources import iter_messages
    from tracker.store import Store

    if keep is not None and keep.exists():  # the sample accounts would mix with the person's own
        raise UserError(_("{path} already exists: --keep writes the demo to a new file only").format(path=keep))
    with tempfile.TemporaryDirectory() as tmp:
        db = keep or Path(tmp) / "demo.db"
        store = Store.open(str(db))
        sample = resources.files("tracker").joinpath("sample/sample.mbox")
        now = app.now() if app.now_text else DEMO_NOW
        with resources.as_file(sample) as path:
            stats = ingest(store, iter_messages(path), "sample", now)
        click.echo(_("sample mailbox: {summary}").format(summary=stats.summary()) + "\n")
        from tracker.core.status import status_of
        from tracker.output.render_human import print_status

        print_status([status_of(r, now) for r in store.rows()], store.suspicious(), store.malformed(), app.lang(),
                     now=now)
        store.close()
    click.echo("\n" + _("To follow your own mail: `tracker init` (your address, a login test, the configuration),"))
    click.echo(_("then `tracker daemon`, or `tracker service install` to keep it running in the background."))

