"""The command line: a thin skin over the package. Errors become one line and exit 1."""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from tracker import i18n
from tracker.errors import MessageError, TrackerError, UserError
from tracker.i18n import _, ngettext
from tracker.model import Trust
from tracker.sanitize import for_people

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class AppContext:
    """The group's options, and the config/store opened lazily (a command opens only what it needs)."""

    def __init__(self, config: str | None, db: str | None, now: str | None, verbose: int, lang: str | None) -> None:
        self.config_path = config
        self.db = db
        self.now_text = now
        self.verbose = verbose
        self.lang_option = lang
        self._config: Any = None

    @property
    def config(self) -> Any:
        if self._config is None:
            from tracker.config import load_config

            self._config = load_config(Path(self.config_path) if self.config_path else None)
        return self._config

    def now(self) -> datetime:
        if not self.now_text:
            return datetime.now().astimezone()
        try:
            value = datetime.fromisoformat(self.now_text.strip().replace("Z", "+00:00"))
        except ValueError:
            raise UserError(_("--now: {value!r} is not an ISO-8601 date-time (e.g. 2025-05-20T08:00:00+02:00)")
                            .format(value=self.now_text)) from None
        return value if value.tzinfo else value.astimezone()

    def lang(self) -> str:
        """The language chosen before the command ran (see :func:`early_language`)."""
        return self.lang_option or i18n.language()

    def open_store(self) -> Any:
        """The database, upgraded, and every stored message an older classifier decided read
        again (a row it moves back from an outcome is announced by ``status`` and the daemon)."""
        from tracker.model import CLASSIFIER
        from tracker.store import Store

        cfg = self.config
        store = Store.open(self.db, cfg.database_url, cfg.account_groups)
        if store.any_stale(CLASSIFIER):  # the classifier is imported only when there is work for it
            from tracker.pipeline import reread_stale

            reread_stale(store, cfg.trust, self.now())
        return store


pass_app = click.make_pass_decorator(AppContext)


def _echo_problem(message: object, *, warning: bool = False) -> None:
    """One ``error: …`` (or ``warning: …``) line on stderr.

    Such messages quote file names, Maildir entries, folder names and parts of mail: they go
    through :func:`for_people` as one line, so a quoted value can neither act on the terminal
    nor start a line that looks like tracker's own.
    """
    template = _("warning: {message}") if warning else _("error: {message}")
    click.echo(template.format(message=for_people(str(message), one_line=True)), err=True)


class _ForPeople(logging.Filter):
    """Makes each log record's text safe (:func:`for_people`, one line) before a handler writes it.

    Log lines quote mail (a fake's warnings, which quote its display name; the sources of
    messages), and they end up in a terminal or the journal. One line: a newline from a mail
    would otherwise start what looks like a record of its own. The traceback of ``exc_info``
    is formatted apart, and stays as it is.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format: left to the handler, which reports it
            return True
        clean = for_people(message, one_line=True)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def _install_log_filter() -> None:
    """Put :class:`_ForPeople` on every handler of the root logger (once each)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, _ForPeople) for f in handler.filters):
            handler.addFilter(_ForPeople())


def early_language(argv: list[str], environ: dict[str, str] | None = None) -> str:
    """The language of this run, known before click parses anything (``--help`` is translated too).

    In order: ``--lang``, the config file's ``language`` (from ``--config``, ``TRACKER_CONFIG`` or
    the default path; a broken file is reported later by the command, in the language found so
    far), then the locale variables, then English.
    """
    env = dict(os.environ) if environ is None else environ
    config_path: str | None = env.get("TRACKER_CONFIG") or None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        for name in ("--lang", "--config"):
            value = None
            if arg == name and i + 1 < len(argv):
                value = argv[i + 1]
            elif arg.startswith(name + "="):
                value = arg.split("=", 1)[1]
            if value is None:
                continue
            if name == "--lang" and value in i18n.LANGUAGES:
                return value
            if name == "--config":
                config_path = value
    try:
        from tracker.config import load_config

        configured = load_config(Path(config_path).expanduser() if config_path else None).language
    except (TrackerError, OSError, ValueError):
        configured = None
    if configured in i18n.LANGUAGES:
        return str(configured)
    return i18n.language_from_env(env) or "en"


_MSGIDS: dict[int, tuple[str | None, str | None]] = {}


def localize(command: click.Command) -> None:
    """Translate the help of ``command`` and its subcommands in place, for the current language.

    The English originals are kept (they are the msgids), so one process can run commands in
    several languages one after another.
    """
    import inspect

    if hasattr(command, "_help_option"):
        command._help_option = None  # click caches its --help option, help text included: rebuild it
    objs: list[Any] = [command, *command.params]
    for obj in objs:
        key = id(obj)
        if key not in _MSGIDS:
            _MSGIDS[key] = (getattr(obj, "help", None), getattr(obj, "short_help", None))
        text, short = _MSGIDS[key]
        if text:
            obj.help = _(inspect.cleandoc(text))
        if short:
            obj.short_help = _(inspect.cleandoc(short))
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            localize(sub)


class TrackerGroup(click.Group):
    """Speaks the chosen language, and turns a known error into one line on stderr and exit 1."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        with i18n.speaking(early_language(argv)):
            localize(self)
            return super().main(argv, prog_name, complete_var, standalone_mode, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as e:
            _echo_problem(e)
            ctx.exit(1)


@click.group(cls=TrackerGroup, context_settings=CONTEXT)
@click.option("--config", envvar="TRACKER_CONFIG", metavar="FILE",
              help="Configuration file (default: ~/.config/tracker/config.toml; env TRACKER_CONFIG).")
@click.option("--db", metavar="URL", help="Database: a plain path or a SQLAlchemy URL (overrides the config).")
@click.option("--now", metavar="ISO-8601", help="The clock, for reproducible runs (e.g. 2025-05-20T08:00:00+02:00).")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of the output (default: from the config "
              "or LANG).")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.version_option(package_name="tracker")
@click.pass_context
def cli(ctx: click.Context, config: str | None, db: str | None, now: str | None, lang: str | None,
        verbose: int) -> None:
    """Know where each of your Meta accounts stands in the objection to AI training.

    tracker reads your mailbox (read-only), recognises Meta's objection e-mails in every
    EU language, and tells you per account and per round what to do next, and by when.

    \b
    Quick start:
      tracker classify message.eml            what is this e-mail?
      tracker import ~/Mail/inbox.mbox        feed a mailbox export
      tracker status                          where each account stands
    """
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    _install_log_filter()
    # imapclient logs whole server responses at DEBUG, confirmation codes included.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    ctx.obj = AppContext(config, db, now, verbose, lang)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message (JSON Lines), in input order.")
@click.option("--explain", is_flag=True, help="Show the evidence behind each result: the sender, the language, the "
              "phrases behind the kind, the candidate dates, codes and links, the reference, whose verdict counted.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_app
def classify(app: AppContext, as_json: bool, explain: bool, paths: tuple[Path, ...]) -> None:
    """Say what each message is, without touching the database.

    PATH is a .eml file, an mbox file or a Maildir folder. Reads only; writes nothing.
    A message that cannot be read is reported on stderr (file and #index) and skipped;
    the exit status is then 1. With --explain, each message is followed by the evidence
    that decided its kind and each field (with --json: an "explain" list, in English).

    \b
    Examples:
      tracker classify ~/Downloads/meta.eml
      tracker classify --json ~/Mail/export.mbox | jq .kind
      tracker classify ~/Maildir
      tracker classify --explain ~/Downloads/meta.eml     why this kind, this deadline?
    """
    from tracker.classify import Explain, classify_bytes
    from tracker.render import classification_json, classification_line, dumps, explanation_lines
    from tracker.sources import iter_messages

    failed = False
    trusted = _trusted_authserv(app)
    for path in paths:
        try:
            for raw in iter_messages(path):
                why = Explain() if explain else None
                try:
                    if raw.problem:
                        raise MessageError(raw.problem)
                    # Mail that cannot be Meta's is decided from its headers alone (its language stays null)
                    _parsed, message_id, c = classify_bytes(raw.data, trusted, need_language=False, explain=why)
                except MessageError as e:
                    _echo_problem(f"{raw.source}: {e}")
                    failed = True
                    continue
                if as_json:
                    obj = classification_json(raw.source, message_id, c)
                    if why is not None:
                        obj["explain"] = why.as_json()
                    click.echo(dumps(obj))
                else:
                    click.echo(classification_line(raw.source, c))
                    if why is not None:
                        click.echo("\n".join(explanation_lines(why)))
        except UserError as e:
            _echo_problem(e)
            failed = True
    if failed:
        sys.exit(1)


def _trusted_authserv(app: AppContext) -> Trust:
    """Whose authentication verdicts the configuration trusts (see tracker.classify.receiving)."""
    trust: Trust = app.config.trust
    return trust


@cli.command("import")
@click.option("--mailbox", default="default", show_default=True, metavar="NAME",
              help="Name the messages' mailbox (any name; rows are grouped by it).")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_app
def import_(app: AppContext, mailbox: str, paths: tuple[Path, ...]) -> None:
    """Feed messages from files into the database, as a poll would.

    PATH is a .eml file, an mbox file or a Maildir folder. Meta's messages are recorded
    (other mail is only counted), the state of each account is updated, and importing the
    same message twice changes nothing. Malformed messages are recorded and reported.

    \b
    Examples:
      tracker import ~/Downloads/meta-notice.eml
      tracker import --mailbox perso ~/Mail/export.mbox
      tracker --db /tmp/test.db import ~/Maildir
    """
    from tracker.pipeline import IngestStats, ingest_many
    from tracker.sources import iter_messages

    store = app.open_store()
    now = app.now()
    trusted = _trusted_authserv(app)
    stats = IngestStats()
    failed = False
    show_progress = sys.stderr.isatty()
    for path in paths:
        try:
            messages = iter_messages(path)
            if show_progress:
                messages = _progress(messages, path)
            ingest_many(store, messages, mailbox, now, trusted, stats=stats)
        except UserError as e:
            _echo_problem(e)
            failed = True
    for line in stats.errors:
        _echo_problem(line)
    click.echo(stats.summary())
    if failed or stats.malformed:
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
@click.option("--json", "as_json", is_flag=True, help="The contract's JSON array (stable across versions).")
@pass_app
def status(app: AppContext, as_json: bool) -> None:
    """Where each Meta account stands, per round, and what to do next.

    Reads the database only. Days left and the deadline_passed state follow --now (or the
    clock). Messages that pretend to be Meta's are listed apart, with why they are suspect.

    \b
    Examples:
      tracker status
      tracker status --json | jq '.[] | select(.state == "action_needed")'
      tracker --now 2025-05-20T08:00:00+02:00 status
    """
    from tracker.render import dumps, status_json
    from tracker.status import status_of

    now = app.now()
    store = app.open_store()
    rows = [status_of(r, now) for r in store.rows()]
    lang = app.lang()
    if as_json:
        click.echo(dumps(status_json(rows, lang)))
        return
    from datetime import timedelta

    from tracker.render_human import print_status

    print_status(rows, store.suspicious(), store.malformed(), lang,
                 rereads=store.rereads(since=now - timedelta(days=30)))


@cli.command()
@click.argument("account", required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_app
def history(app: AppContext, account: str | None, as_json: bool) -> None:
    """The audit trail: which message (or manual mark) moved which row, from what to what.

    \b
    Examples:
      tracker history
      tracker history claire.martin@example.fr
    """
    store = app.open_store()
    lines = store.history(account)
    if account and not lines and account.lower() not in store.accounts():
        raise UserError(_("unknown account {account!r} (known: {known})").format(
            account=account, known=", ".join(store.accounts()) or _("none")))
    from tracker.render_human import print_history

    print_history(lines, store.suspicious() if not account else [], app.lang(), as_json)


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

    from tracker.model import State
    from tracker.state import MARK_EVENT

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
    from tracker.sync import sync_mailbox

    cfg = app.config
    if not cfg.mailboxes:
        where = cfg.path or _("the configuration")
        raise UserError(_("{where}: no [[mailbox]] configured (see config.example.toml)").format(where=where))
    boxes = [cfg.mailbox(only)] if only else list(cfg.mailboxes)
    store = app.open_store()
    now = app.now()
    failed = False
    for mb in boxes:
        try:
            with _sync_progress(mb.name) as progress:
                result = sync_mailbox(store, mb, now, cfg.trust, progress)
        except UserError as e:
            _echo_problem(e)
            failed = True
            continue
        click.echo(f"{mb.name}: {result.stats.summary()}")
        for line in result.stats.errors:
            _echo_problem(line, warning=True)
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
    from tracker.imap import ImapConnection

    mb = app.config.mailbox(name)
    with ImapConnection(mb) as conn:
        for folder in conn.folders():
            click.echo(for_people(folder, one_line=True))  # the server's name for it


@cli.command()
@click.option("--email", metavar="ADDRESS", help="Your e-mail address (proposes the server from its domain).")
@click.option("--host", metavar="HOST", help="IMAP server (default: the preset for the address's domain).")
@click.option("--port", type=click.IntRange(1, 65535), help="IMAP port (default: 993 for ssl, 143 otherwise).")
@click.option("--tls", type=click.Choice(["ssl", "starttls", "none"]), help="Encryption (none: loopback only).")
@click.option("--username", metavar="LOGIN", help="Login name (default: the e-mail address).")
@click.option("--password-env", metavar="NAME", help="Read the password from this environment variable.")
@click.option("--password-command", metavar="CMD", help="Run this command to get the password (e.g. 'pass show "
              "mail').")
@click.option("--keyring", "use_keyring", is_flag=True, help="Keep the password in the system keyring (the default "
              "when it works; the password is read hidden, or from standard input).")
@click.option("--folder", "folders", multiple=True, metavar="NAME", help="A folder to watch (repeatable; default: "
              "the preset's, else INBOX).")
@click.option("--mailbox-name", metavar="NAME", help="Short name of the mailbox (default: from the domain).")
@click.option("--ca-file", metavar="FILE", help="A CA certificate file to trust (self-hosted servers).")
@click.option("--no-login-check", is_flag=True, help="Do not try the login before writing the file.")
@click.option("--no-service", is_flag=True, help="Do not offer to install the systemd --user service.")
@click.option("--trust-server-id/--no-trust-server-id", "trust_server", default=None, help="Write (or not) the id "
              "your server signs its verdicts with, read from the latest messages, into trusted_authserv_ids "
              "(default: ask; yes with --yes).")
@click.option("-y", "--yes", is_flag=True, help="Accept every proposed value; ask only what has no default.")
@click.option("--force", is_flag=True, help="Replace an existing configuration file.")
@pass_app
def init(app: AppContext, email: str | None, host: str | None, port: int | None, tls: str | None,
         username: str | None, password_env: str | None, password_command: str | None, use_keyring: bool,
         folders: tuple[str, ...], mailbox_name: str | None, ca_file: str | None, no_login_check: bool,
         no_service: bool, trust_server: bool | None, yes: bool, force: bool) -> None:
    """Set tracker up: your address, its IMAP server, a login test, a private config file.

    Proposes the server from the address's domain (Gmail, Outlook, Yahoo, iCloud, GMX,
    Orange, Free, SFR, La Poste, Proton Bridge...), asks for the password (hidden), tries the
    login, stores the password in the keyring (or explains password_env / password_command
    where there is none), writes the configuration (0600; --config chooses where) and offers
    to install the service. With enough flags it asks nothing.

    \b
    Examples:
      tracker init
      tracker init --email me@gmail.com
      tracker --config ./config.toml init --email me@example.org --host imap.example.org \\
          --password-env MAIL_PASSWORD --no-service --yes
    """
    from tracker.config import default_config_path
    from tracker.setup_wizard import InitOptions, run_init

    path = Path(app.config_path).expanduser() if app.config_path else default_config_path()
    options = InitOptions(
        config_path=path, email=email, host=host, port=port, tls=tls, username=username, password_env=password_env,
        password_command=password_command, keyring=use_keyring, folders=folders, mailbox_name=mailbox_name,
        ca_file=ca_file, login_check=not no_login_check, service=not no_service, yes=yes, force=force,
        default_config=default_config_path(), trust_server=trust_server,
    )
    run_init(options, lambda: _install_service(no_enable=False))


@cli.command()
@pass_app
def doctor(app: AppContext) -> None:
    """Check the whole set-up, one line per check, each problem with what to do.

    Checks the configuration, the database file (0600, in a 0700 folder, a known schema),
    each mailbox (DNS, connection, TLS, login, every folder), the keyring, the session bus
    and the notification server. Changes nothing. Exit status 1 when a problem is found.

    \b
    Examples:
      tracker doctor
      tracker --config ./config.toml --db ./tracker.db doctor
    """
    from tracker.doctor import run_checks

    problems = 0
    for check in run_checks(Path(app.config_path).expanduser() if app.config_path else None, app.db):
        detail = for_people(check.detail, one_line=True)  # may quote a server's greeting or error
        if check.ok:
            click.echo(_("OK       {check}: {detail}").format(check=check.name, detail=detail))
        else:
            problems += 1
            click.echo(_("PROBLEM  {check}: {detail}. Fix: {advice}").format(check=check.name, detail=detail,
                                                                            advice=check.advice))
    if problems:
        click.echo(ngettext("{n} problem found.", "{n} problems found.", problems).format(n=problems))
        sys.exit(1)
    click.echo(_("Everything looks right."))


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
        raise UserError(_("{where}: no [[mailbox]] configured (see config.example.toml)").format(
            where=cfg.path or _("the configuration")))
    _journal_logging(app.verbose)
    store = app.open_store()
    clock = _clock(app)

    def reload() -> Any:
        return load_config(Path(app.config_path) if app.config_path else None)

    sys.exit(Daemon(reload, store, clock, lambda c: app.lang() if app.lang_option else _lang_of(c)).run())


def _lang_of(cfg: Any) -> str:
    """The notifications' language after a reload: the new config's, else the locale's."""
    if cfg.language in i18n.LANGUAGES:
        return str(cfg.language)
    return i18n.language_from_env() or "en"


def _clock(app: AppContext) -> Any:
    """The real clock, or --now moving forward from the given instant."""
    import time

    if not app.now_text:
        return lambda: datetime.now().astimezone()
    start, t0 = app.now(), time.monotonic()
    from datetime import timedelta

    return lambda: start + timedelta(seconds=time.monotonic() - t0)


def _journal_logging(verbose: int) -> None:
    """Under systemd (JOURNAL_STREAM set), prefix lines with syslog priorities the journal understands."""
    if not os.environ.get("JOURNAL_STREAM"):
        return
    prio = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}

    class JournalFormatter(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            return f"<{prio.get(record.levelno, 6)}>{record.name}: {record.getMessage()}"

    for h in logging.getLogger().handlers:
        h.setFormatter(JournalFormatter())
    logging.getLogger().setLevel(logging.INFO if verbose < 2 else logging.DEBUG)


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
    from tracker.render import note

    lang = app.lang()
    n = Notifier()
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
    raise UserError(_("not delivered: {why}; the daemon would write notifications to its log instead").format(
        why=result.detail))


@cli.group()
def service() -> None:
    """Run tracker as a systemd --user service."""


@service.command("install")
@click.option("--no-enable", is_flag=True, help="Only write the unit file.")
def service_install(no_enable: bool) -> None:
    """Write ~/.config/systemd/user/tracker.service and enable it (systemctl --user).

    \b
    Example:
      tracker service install && journalctl --user -u tracker -f
    """
    _install_service(no_enable)


def _install_service(no_enable: bool) -> None:
    """The body of `tracker service install` (also offered at the end of `tracker init`)."""
    import shutil
    import subprocess
    from importlib import resources

    from platformdirs import user_config_path

    exe = shutil.which("tracker") or str(Path(sys.argv[0]).resolve())
    unit = resources.files("tracker").joinpath("systemd/tracker.service").read_text().replace("{executable}", exe)
    target = user_config_path("systemd", appauthor=False) / "user" / "tracker.service"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(unit)
    click.echo(_("wrote {path}").format(path=target))
    if no_enable:
        return
    if not shutil.which("systemctl"):
        raise UserError(_("systemctl not found: start `tracker daemon` another way (the unit file is written)"))
    for cmd in (["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", "--now", "tracker"]):
        r = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if r.returncode != 0:
            why = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"
            raise UserError(_("{command} failed: {why}").format(command=" ".join(cmd), why=why))
    click.echo(_("enabled and started: journalctl --user -u tracker -f shows its log"))


@cli.command()
@click.option("--ics", "ics_file", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="Calendar: an all-day event on the last day to object of every open row, with the reminders "
                   "as alarms.")
@click.option("--csv", "csv_file", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="The status table to FILE and the audit trail to FILE-history (export.csv → "
                   "export-history.csv). '-': both to stdout, the status first, then an empty line.")
@click.option("--json", "json_file", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help='{"status": [...], "history": [...]}: the contract\'s status objects and the audit trail.')
@pass_app
def export(app: AppContext, ics_file: str | None, csv_file: str | None, json_file: str | None) -> None:
    """Export the deadlines to a calendar, and the status and audit trail to CSV or JSON.

    Give one or several of --ics, --csv, --json; FILE '-' is stdout (one of them at most).
    Reads the database only; the files are created readable by you alone (they hold your
    addresses).

    The calendar has one all-day event per open row (action needed, or a confirmation code
    not yet used) on the LAST DAY TO OBJECT (the day before Meta's deadline), saying what to do,
    with the objection form as its URL and one alarm per reminder of [reminders] (days_before,
    hour) still ahead at --now. Each event's UID comes from (mailbox, platform, account,
    round): importing a newer export updates the events instead of duplicating them. Rows that
    are closed (accepted, awaiting an answer...) have no event: delete theirs by hand, or
    subscribe to the file so that the calendar follows it.

    \b
    Examples:
      tracker export --ics ~/meta-deadlines.ics
      tracker export --csv status.csv          status.csv and status-history.csv
      tracker export --json - | jq '.status[] | select(.state == "refused")'
      tracker --lang fr export --ics echeances.ics --json sauvegarde.json
    """
    from tracker.export import export_json, history_csv, history_path, ics_calendar, status_csv
    from tracker.status import status_of

    if not (ics_file or csv_file or json_file):
        raise click.UsageError(_("give at least one of --ics FILE, --csv FILE, --json FILE"))
    if [ics_file, csv_file, json_file].count("-") > 1:
        raise click.UsageError(_("only one of --ics, --csv, --json can write to stdout ('-')"))
    now = app.now()
    lang = app.lang()
    store = app.open_store()
    stored = store.rows()
    lines = store.history()
    to_stdout = "-" in (ics_file, csv_file, json_file)
    written: list[str] = []

    def put(target: str, data: bytes, what: str) -> None:
        if target == "-":
            click.echo(data, nl=False)
            return
        _write_private(Path(target), data)
        written.append(f"{target} ({what})")

    if ics_file:
        cfg = app.config
        ics = ics_calendar(stored, lines, now, lang, cfg.reminder_days, cfg.reminder_hour)
        put(ics_file, ics.data, ngettext("{n} event", "{n} events", ics.events).format(n=ics.events))
    rows = [status_of(r, now) for r in stored]
    if csv_file:
        if csv_file == "-":
            put("-", (status_csv(rows, lang) + "\r\n" + history_csv(lines)).encode(), "")
        else:
            put(csv_file, status_csv(rows, lang).encode(), _rows(len(rows)))
            put(str(history_path(Path(csv_file))), history_csv(lines).encode(), _lines(len(lines)))
    if json_file:
        put(json_file, export_json(rows, lines, lang).encode(), f"{_rows(len(rows))}, {_lines(len(lines))}")
    for line in written:
        click.echo(_("wrote {path}").format(path=line), err=to_stdout)


def _rows(n: int) -> str:
    return ngettext("{n} row", "{n} rows", n).format(n=n)


def _lines(n: int) -> str:
    return ngettext("{n} history line", "{n} history lines", n).format(n=n)


def _write_private(path: Path, data: bytes) -> None:
    """Write ``path`` readable by the user alone (0600), new or not; one-line error when impossible.

    The data goes to a temporary file created 0600 beside the target, which then replaces it:
    an existing file that others can read (0644) never holds the new content, not even for a
    moment, and an interrupted export leaves the old file whole. A symbolic link is kept (what
    it points to is replaced); what is not a regular file (a FIFO, /dev/stdout) is written in
    place, as it cannot be replaced and its mode is not the export's to change.
    """
    import contextlib
    import tempfile

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


@cli.command()
@click.argument("account")
@click.option("--round", "round_", metavar="YYYY-MM-DD", help="The round (default: the account's latest).")
@click.option("--platform", type=click.Choice(["facebook", "instagram", "messenger", "whatsapp", "meta"]),
              help="Needed when the account has rows on several platforms.")
@click.option("--mailbox", metavar="NAME", help="Needed when the account is in several mailboxes.")
@click.option("--country", metavar="CC", help="Data-protection authority for the complaint draft, by country code "
              "(FR, BE, DE, IE, ...; default: the account's domain when it is a country's, else FR in French, "
              "IE in English).")
@pass_app
def letter(app: AppContext, account: str, round_: str | None, platform: str | None, mailbox: str | None,
           country: str | None) -> None:
    """The text to paste into Meta's objection form and, after a refusal, a complaint draft.

    Prints a statement (Art. 21 GDPR) of how the processing affects you, in French or
    English (--lang), with the account and platform filled in: make it yours before sending.
    When Meta refused that objection or asked for more information (the row is refused, or
    its audit trail holds a refusal), also prints a draft complaint to a data-protection
    authority, with the dates and reference numbers of Meta's e-mails, and says which
    authority and why (--country to choose another; the list is tracker/data/authorities.toml).

    \b
    Examples:
      tracker letter claire.martin@example.fr
      tracker --lang en letter me@example.org --platform instagram --round 2025-05-27
      tracker letter me@example.org --country BE > plainte.txt
    """
    from datetime import UTC

    from tracker.letter import letter as letter_text
    from tracker.letter import select_row
    from tracker.status import status_of

    now = app.now()
    store = app.open_store()
    row = select_row(store.rows(), account, round_, platform, mailbox)
    tz = now.tzinfo or UTC
    state = status_of(row, now).state.value
    click.echo(letter_text(row, store.history(row.account), app.lang(), tz, country, state), nl=False)


@cli.command()
@click.option("--keep", type=click.Path(path_type=Path), help="Keep the demo database at this path.")
@pass_app
def demo(app: AppContext, keep: Path | None) -> None:
    """Show tracker at work on the bundled sample mailbox (no server, no config needed).

    Imports the sample mailbox shipped with tracker into a fresh database (temporary
    unless --keep is given), then prints the status.

    \b
    Examples:
      tracker demo
      tracker --now 2025-05-20T08:00:00+02:00 demo
    """
    import tempfile
    from importlib import resources

    from tracker.pipeline import ingest_many
    from tracker.sources import iter_messages
    from tracker.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = keep or Path(tmp) / "demo.db"
        store = Store.open(str(db))
        sample = resources.files("tracker").joinpath("sample/sample.mbox")
        with resources.as_file(sample) as path:
            stats = ingest_many(store, iter_messages(path), "sample", app.now())
        click.echo(_("sample mailbox: {summary}").format(summary=stats.summary()) + "\n")
        from tracker.render_human import print_status
        from tracker.status import status_of

        now = app.now()
        print_status([status_of(r, now) for r in store.rows()], store.suspicious(), store.malformed(), app.lang())
        store.close()


def main(argv: list[str] | None = None) -> None:
    """Entry point: known errors → ``error: ...`` and exit 1; quiet on broken pipes and Ctrl-C."""
    args = list(sys.argv[1:] if argv is None else argv)
    with i18n.speaking(early_language(args)):  # usage errors are shown after cli.main returns
        _main(args)


def _main(argv: list[str]) -> None:
    try:
        code = cli.main(args=argv, prog_name="tracker", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except click.exceptions.Abort:
        click.echo(_("aborted"), err=True)
        sys.exit(1)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except TrackerError as e:
        _echo_problem(e)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as e:
        if e.errno == errno.EPIPE:
            sys.exit(0)
        _echo_problem(e)
        sys.exit(1)
    except Exception as e:  # a bug: still one line, and no locals (they may hold secrets)
        logging.getLogger("tracker").debug("internal error", exc_info=True)
        click.echo(_("error: internal error ({name}); run with -vv for details and report it").format(
            name=type(e).__name__), err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
