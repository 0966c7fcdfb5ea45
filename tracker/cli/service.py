"""The systemd --user service: its unit file, and log lines the journal understands."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from tracker.errors import UserError
from tracker.i18n import _


def install_service(no_enable: bool) -> None:
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

