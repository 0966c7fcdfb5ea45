"""The language of a run, known before click parses anything, and the help translated into it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from tracker import i18n
from tracker.errors import TrackerError
from tracker.i18n import _


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
    return i18n.resolve_language(configured, env)


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

