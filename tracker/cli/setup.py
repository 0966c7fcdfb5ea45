"""Commands that set tracker up and check it: `init`, `doctor` (their work is in init.py and doctor.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tracker.cli.app import AppContext, cli, pass_app
from tracker.cli.service import install_service
from tracker.config import TLS_MODES
from tracker.i18n import _, ngettext
from tracker.output.sanitize import for_people


@cli.command()
@click.option("--email", metavar="ADDRESS", help="Your e-mail address (proposes the server from its domain).")
@click.option("--host", metavar="HOST", help="IMAP server (default: the preset for the address's domain).")
@click.option("--port", type=click.IntRange(1, 65535), help="IMAP port (default: 993 for ssl, 143 otherwise).")
@click.option("--tls", type=click.Choice(TLS_MODES), help="Encryption (none: loopback only).")
@click.option("--username", metavar="LOGIN", help="Login name (default: the e-mail address).")
@click.option("--password-env", metavar="NAME", help="Read the password from this environment variable.")
@click.option("--password-command", metavar="CMD", help="Run this command to get the password (e.g. 'pass show "
              "mail').")
@click.option("--keyring", "use_keyring", is_flag=True, help="Keep the password in the system keyring (the default "
              "when it works; the password is read hidden, or from standard input).")
@click.option("--oauth2/--no-oauth2", "oauth2", default=None, help="Sign in with OAuth2 in the browser (default: "
              "where the provider needs it: always for Outlook.com, Hotmail, Live, MSN; first choice for Gmail).")
@click.option("--client-id", metavar="ID", help="The OAuth2 client ID you registered (README: OAuth2).")
@click.option("--client-secret", metavar="SECRET", help="The OAuth2 client secret, where the provider requires one "
              "(Google \"Desktop app\").")
@click.option("--device", is_flag=True, help="OAuth2 without a browser here: print a code to enter on another "
              "device (Microsoft only).")
@click.option("--token-store", type=click.Choice(["keyring", "file"]), default="keyring", show_default=True,
              help="Where the OAuth2 refresh token goes: the keyring, or a 0600 file (where no keyring runs).")
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
         oauth2: bool | None, client_id: str | None, client_secret: str | None, device: bool, token_store: str,
         folders: tuple[str, ...], mailbox_name: str | None, ca_file: str | None, no_login_check: bool,
         no_service: bool, trust_server: bool | None, yes: bool, force: bool) -> None:
    """Set tracker up: your address, its IMAP server, a login test, a private config file.

    Proposes the server from the address's domain (Gmail, Outlook, Yahoo, iCloud, GMX,
    Orange, Free, SFR, La Poste, Proton Bridge...). Where the provider needs OAuth2 (Outlook.com,
    Hotmail, Live, MSN, Microsoft 365; Gmail by choice) it signs you in in the browser (or with
    a code: --device) and keeps the token in the keyring; else it asks for the password (hidden)
    and stores it in the keyring (or explains password_env / password_command where there is
    none). It tries the login, writes the configuration (0600; --config chooses where) and
    offers to install the service. With enough flags it asks nothing.

    \b
    Examples:
      tracker init
      tracker init --email me@gmail.com
      tracker init --email me@outlook.com --client-id 00000000-0000-0000-0000-000000000000
      tracker --config ./config.toml init --email me@example.org --host imap.example.org \\
          --password-env MAIL_PASSWORD --no-service --yes
    """
    from tracker.cli.init import InitOptions, run_init
    from tracker.config import default_config_path

    path = Path(app.config_path).expanduser() if app.config_path else default_config_path()
    options = InitOptions(
        config_path=path, email=email, host=host, port=port, tls=tls, username=username, password_env=password_env,
        password_command=password_command, keyring=use_keyring, folders=folders, mailbox_name=mailbox_name,
        ca_file=ca_file, login_check=not no_login_check, service=not no_service, yes=yes, force=force,
        default_config=default_config_path(), trust_server=trust_server, oauth2=oauth2, client_id=client_id,
        client_secret=client_secret, device=device, token_store=token_store,
    )
    run_init(options, lambda: install_service(no_enable=False, config=app.config_path, db=app.db))


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
    from tracker.cli.doctor import run_checks

    problems = 0
    for check in run_checks(Path(app.config_path).expanduser() if app.config_path else None, app.db):
        detail = for_people(check.detail, one_line=True)  # may quote a server's greeting or error
        if check.info:
            click.echo(_("INFO     {check}: {detail}; {advice}").format(check=check.name, detail=detail,
                                                                    advice=check.advice))
        elif check.ok:
            click.echo(_("OK       {check}: {detail}").format(check=check.name, detail=detail))
        else:
            problems += 1
            click.echo(_("PROBLEM  {check}: {detail}. Fix: {advice}").format(check=check.name, detail=detail,
                                                                            advice=check.advice))
    if problems:
        click.echo(ngettext("{n} problem found.", "{n} problems found.", problems).format(n=problems))
        sys.exit(1)
    click.echo(_("Everything looks right."))

