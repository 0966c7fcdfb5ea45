"""`tracker config example`: the commented example configuration, from the installed package.

Every message that says "see the example" (a config without a mailbox, doctor's advice, the
header of the file `tracker init` writes) points here: a wheel installed with pip has no
source tree beside it, so the example travels as package data (``tracker/data``).
"""

from __future__ import annotations

import click

from tracker.cli.app import cli


@cli.group("config")
def config_group() -> None:
    """The configuration file: an example to start from."""


@config_group.command("example")
def config_example() -> None:
    """Print the example configuration, every key explained, to copy and edit.

    \b
    Example:
      tracker config example > ~/.config/tracker/config.toml
    """
    from importlib import resources

    click.echo(resources.files("tracker").joinpath("data/config.example.toml").read_text(encoding="utf-8"),
               nl=False)
