"""The systemd --user service: its unit file, and log lines the journal understands."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from tracker.errors import UserError
from tracker.i18n import _


def install_service(no_enable: bool, config: str | None = None, db: str | None = None) -> None:
    """The body of `tracker service install` (also offered at the end of `tracker init`).

    The unit starts the daemon with the ``--config`` and ``--db`` this command was given (made
    absolute: the service does not start in this folder), so the service watches what the
    person just set up, not the defaults.
    """
    import shutil
    import subprocess
    from importlib import resources

    from platformdirs import user_config_path

    exe: list[str] = [found] if (found := shutil.which("tracker")) else [sys.executable, "-m", "tracker"]
    unit = (resources.files("tracker").joinpath("systemd/tracker.service").read_text()
            .replace("{exec_start}", exec_start(exe, _absolute(config), _absolute(db, url_ok=True)))
            .replace("{documentation}", _documentation()))
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


def exec_start(command: str | Sequence[str], config: str | None, db: str | None) -> str:
    """The unit's ``ExecStart=`` value: ``tracker [--config FILE] [--db URL] daemon``.

    systemd splits the line itself and expands ``%`` specifiers and ``$VARIABLES`` in it
    (systemd.service, "Command lines"; systemd.unit, "Specifiers"): a path holding a space, a
    ``%`` or a ``$`` must reach the daemon as it is.
    """
    words = [command] if isinstance(command, str) else list(command)
    if config:
        words += ["--config", config]
    if db:
        words += ["--db", db]
    return " ".join(_systemd_word(w) for w in [*words, "daemon"])


def _systemd_word(word: str) -> str:
    escaped = word.replace("%", "%%").replace("$", "$$")
    if word and not any(c.isspace() or c in "\\\"';" for c in word):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _absolute(value: str | None, *, url_ok: bool = False) -> str | None:
    """A path as the service will need it (absolute); a database URL as it is."""
    if not value or (url_ok and "://" in value):
        return value
    return os.path.abspath(os.path.expanduser(value))


def _documentation() -> str:
    """``Documentation=``: the README installed with this tracker, as a ``file:`` URI (systemd
    takes URIs only there), so `systemctl --user help tracker` opens the version that runs."""
    from importlib import resources

    readme = Path(str(resources.files("tracker").joinpath("data/README.md")))
    return readme.absolute().as_uri() if readme.is_file() else "man:systemd.service(5)"


def journal_logging(verbose: int) -> None:
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

