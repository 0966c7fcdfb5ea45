"""The command group, its options and context, and the one error handler: a known error becomes
one ``error: …`` line on stderr and exit 1; a bug becomes one line too, without locals."""

from __future__ import annotations

import errno
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from tracker import i18n
from tracker.cli.language import early_language, localize
from tracker.errors import TrackerError
from tracker.i18n import N_, _
from tracker.model import Platform, Trust
from tracker.output.sanitize import for_people

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
#: ``--platform`` of every command that takes one: the choices are the Platform enum's values.
PLATFORM_CHOICE = click.Choice([p.value for p in Platform])


def parse_now(text: str) -> datetime:
    """``--now`` as an aware datetime (a value without offset is local time); ValueError if malformed."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo else value.astimezone()


def _check_now(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A malformed ``--now`` is a usage error (exit 2), refused before any command runs."""
    if value is not None:
        try:
            parse_now(value)
        except ValueError:
            raise click.BadParameter(_("{value!r} is not an ISO-8601 date-time (e.g. 2025-05-20T08:00:00+02:00)")
                                     .format(value=value)) from None
    return value


def check_round(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--round`` is a date or ``unknown``: anything else is a usage error (exit 2)."""
    from datetime import date

    if value is not None and value != "unknown":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(_("{value!r} is not a date YYYY-MM-DD (or 'unknown')").format(value=value)) \
                from None
    return value


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
        return parse_now(self.now_text)  # checked when the option was parsed (_check_now)

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
            from tracker.ingest import reread_stale

            reread_stale(store, cfg.trust, self.now())
        return store

    def missing_database(self) -> Path | None:
        """The SQLite file that opening the store would create, or None (it exists, or lives on a server)."""
        from tracker.store.engine import resolve_url

        cfg = self.config
        _url, path = resolve_url(self.db, cfg.database_url, create_dir=False)
        return path if path is not None and not path.exists() else None

    def read_store(self) -> Any:
        """The database for a command that only reads: opened read-only, creating nothing (an
        empty one when there is none yet). Messages an older classifier decided are read again
        (as :meth:`open_store` does) where the database can be written, and left as they are where not."""
        from tracker.model import CLASSIFIER
        from tracker.store import Store

        cfg = self.config
        store = Store.open_read_only(self.db, cfg.database_url, cfg.account_groups)
        if store.writable and store.any_stale(CLASSIFIER):
            store.close()
            return self.open_store()
        return store


pass_app = click.make_pass_decorator(AppContext)


def discard_database(store: Any, path: Path) -> None:
    """Remove a database this command created and then failed to fill: a failed first import
    leaves no file behind (SQLite's journal and WAL files go with it)."""
    store.close()
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


def echo_problem(message: object, *, warning: bool = False) -> None:
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
        if not getattr(record, "tracker_spoken", False):
            # tracker's own lines are written as msgids (N_()): said in the person's language,
            # with the level as a word of that language ("avertissement", not "WARNING")
            record.tracker_spoken = True
            if isinstance(record.msg, str) and record.name.startswith("tracker"):
                record.msg = _(record.msg)
            record.levelname = _(_LEVELS.get(record.levelno, record.levelname))
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format: left to the handler, which reports it
            return True
        clean = for_people(message, one_line=True)
        if clean != message:
            record.msg, record.args = clean, None
        return True


#: Level names as people read them (the log format's first word).
_LEVELS = {logging.DEBUG: N_("debug"), logging.INFO: N_("info"), logging.WARNING: N_("warning"),
           logging.ERROR: N_("error"), logging.CRITICAL: N_("critical")}


def _install_log_filter() -> None:
    """Put :class:`_ForPeople` on every handler of the root logger (once each)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, _ForPeople) for f in handler.filters):
            handler.addFilter(_ForPeople())


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
            echo_problem(e)
            ctx.exit(1)


@click.group(cls=TrackerGroup, context_settings=CONTEXT)
@click.option("--config", envvar="TRACKER_CONFIG", metavar="FILE",
              help="Configuration file (default: ~/.config/tracker/config.toml; env TRACKER_CONFIG).")
@click.option("--db", metavar="URL", help="Database: a plain path or a SQLAlchemy URL (overrides the config).")
@click.option("--now", metavar="ISO-8601", callback=_check_now,
              help="The clock, for reproducible runs (e.g. 2025-05-20T08:00:00+02:00).")
@click.option("--lang", type=click.Choice(i18n.LANGUAGES), help="Language of the output (default: from the config "
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


def trusted_authserv(app: AppContext) -> Trust:
    """Whose authentication verdicts the configuration trusts (see tracker.core.classify.receiving)."""
    trust: Trust = app.config.trust
    return trust


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
        echo_problem(e)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as e:
        if e.errno == errno.EPIPE:
            sys.exit(0)
        echo_problem(e)
        sys.exit(1)
    except Exception as e:  # a bug: still one line, and no locals (they may hold secrets)
        logging.getLogger("tracker").debug("internal error", exc_info=True)
        click.echo(_("error: internal error ({name}); run with -vv for details and report it").format(
            name=type(e).__name__), err=True)
        sys.exit(1)

