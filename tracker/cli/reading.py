"""`tracker classify`: what each message is, without the database."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tracker.cli.app import AppContext, cli, echo_problem, pass_app, trusted_authserv
from tracker.errors import MessageError, UserError


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message (JSON Lines), in input order.")
@click.option("--explain", is_flag=True, help="Show the evidence behind each result: the sender, the language, the "
              "phrases behind the kind, the candidate dates, codes and links, the reference, whose verdict counted.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_app
def classify(app: AppContext, as_json: bool, explain: bool, paths: tuple[Path, ...]) -> None:
    """Say what each message is, without touching the database.

    PATH is a .eml file, a folder of .eml files (in name order), an mbox file or a Maildir
    folder. Reads only; writes nothing. A message that cannot be read is reported on stderr
    (file and #index) and skipped; the exit status is then 1. With --explain, each message
    is followed by the evidence that decided its kind and each field (with --json: an
    "explain" list, in English).

    \b
    Examples:
      tracker classify ~/Downloads/meta.eml
      tracker classify --json ~/Mail/export.mbox | jq .kind
      tracker classify ~/Maildir
      tracker classify --explain ~/Downloads/meta.eml     why this kind, this deadline?
    """
    from tracker.core.classify import Explain, classify_bytes
    from tracker.mail.sources import iter_messages
    from tracker.output.render import classification_json, classification_line, dumps, explanation_lines

    failed = False
    trusted = trusted_authserv(app)
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
                    echo_problem(f"{raw.source}: {e}")
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
            echo_problem(e)
            failed = True
    if failed:
        sys.exit(1)

