"""Commands that sign a mailbox in with OAuth2: `auth login`, `auth status`, `auth logout`.

The work is in :mod:`tracker.mail.oauth` (tokens, refresh, stores) and
:mod:`tracker.mail.oauth_login` (the browser and device sign-ins); here the mailbox is chosen,
the token store checked before the person spends a minute signing in, and what happened said
in one line each. No token is ever printed.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from tracker.cli.app import AppContext, cli, pass_app
from tracker.errors import ConfigError, UserError
from tracker.i18n import _

if TYPE_CHECKING:
    from tracker.config import MailboxConfig

TOKEN_STORES = ("keyring", "file")


@cli.group()
def auth() -> None:
    """Sign a mailbox in with OAuth2 (Outlook.com, Hotmail, Microsoft 365, Gmail).

    Microsoft accepts no password over IMAP, app passwords included: a mailbox with
    oauth2_provider in the configuration signs in once with `tracker auth login`; tracker then
    keeps the access token fresh by itself.
    """


def _oauth_mailbox(app: AppContext, name: str | None) -> MailboxConfig:
    """The named mailbox, or the only one that uses OAuth2; it must use the built-in OAuth2."""
    cfg = app.config
    if name is not None:
        mb: MailboxConfig = cfg.mailbox(name)
    else:
        users = [m for m in cfg.mailboxes if m.oauth2_provider]
        if len(users) != 1:
            where = cfg.path or _("the configuration")
            names = ", ".join(m.name for m in users) or _("none")
            raise UserError(_("{where}: say which mailbox with --mailbox NAME (mailboxes with oauth2_provider: "
                              "{names})").format(where=where, names=names))
        mb = users[0]
    if not mb.oauth2_provider:
        raise ConfigError(_("mailbox {name!r} does not use OAuth2: add oauth2_provider = \"microsoft\" (or "
                            "\"google\") and oauth2_client_id to it in {where} (README: OAuth2)").format(
            name=mb.name, where=mb.config_path or _("the configuration")))
    return mb


def sign_in(mb: MailboxConfig, device: bool, store: str) -> str:
    """Sign ``mb`` in and keep the tokens; returns where they are kept (shared with ``init``)."""
    from tracker.mail.oauth import keyring_problem, provider_for, save_tokens, token_file
    from tracker.mail.oauth_login import login_with_browser, login_with_device

    provider = provider_for(mb)
    if store == "keyring":
        why = keyring_problem()
        if why is not None:
            raise UserError(_("mailbox {name!r}: no working keyring here ({why}); to keep the token in a private "
                              "file instead, run: tracker auth login --mailbox {name} --token-store file").format(
                name=mb.name, why=why))
    tokens = login_with_device(provider, click.echo) if device else \
        login_with_browser(provider, mb.username, click.echo)
    save_tokens(mb, tokens, store)
    if store == "file":
        return _("the file {path} (mode 0600: anyone who can read it as you can read this mailbox; prefer a "
                 "keyring where there is one)").format(path=token_file())
    return _("the system keyring (service {service!r})").format(service="tracker-oauth2")


@auth.command("login")
@click.option("--mailbox", "name", metavar="NAME", help="The mailbox to sign in (default: the only one with "
              "oauth2_provider).")
@click.option("--device", is_flag=True, help="No browser here (SSH, a server): print a code to enter on another "
              "device (Microsoft only).")
@click.option("--token-store", type=click.Choice(TOKEN_STORES), default="keyring", show_default=True,
              help="Where the refresh token goes: the system keyring, or a 0600 file in tracker's data folder "
              "(only where no keyring runs).")
@pass_app
def login(app: AppContext, name: str | None, device: bool, token_store: str) -> None:
    """Sign a mailbox in with OAuth2, in the browser or with a device code.

    Opens the provider's sign-in page in the browser ($BROWSER is honoured; the address is
    printed too) and receives the answer on a one-shot listener on 127.0.0.1. The refresh
    token goes to the system keyring, never to the configuration file.

    \b
    Examples:
      tracker auth login --mailbox outlook
      tracker auth login --mailbox outlook --device               over SSH
      tracker auth login --mailbox outlook --device --token-store file
    """
    mb = _oauth_mailbox(app, name)
    where = sign_in(mb, device, token_store)
    click.echo(_("Signed in: mailbox {name}; the refresh token is kept in {where}.").format(name=mb.name,
                                                                                          where=where))
    _try_imap(mb)


def _try_imap(mb: MailboxConfig) -> None:
    """Log in to IMAP with the new token, so that a wrong username or a server without OAuth2
    shows now rather than at the first poll (the sign-in stays: it was the provider's)."""
    from tracker.mail.imap import ImapConnection

    try:
        with ImapConnection(mb):
            pass
    except UserError as e:
        raise UserError(_("signed in, but the IMAP login failed: {why}").format(why=e)) from None
    click.echo(_("IMAP login OK ({host} as {user}).").format(host=mb.host, user=mb.username))


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).astimezone().strftime("%Y-%m-%d %H:%M %Z")


def describe(mb: MailboxConfig) -> tuple[bool, str]:
    """(signed in, one line on the mailbox's OAuth2 state: store, validity, expiry; never a token)."""
    from tracker.mail.oauth import provider_for, relogin_hint, token_info

    if mb.oauth2_token_command:
        return True, _("OAuth2 through oauth2_token_command (its tokens are that command's business)")
    try:
        provider = provider_for(mb)
        info = token_info(mb)
    except UserError as e:
        return False, str(e)
    store = _("keyring") if info.store == "keyring" else _("file")
    head = f"OAuth2 ({provider.name}, {provider.mechanism}, {store})"
    if not info.signed_in:
        return False, _("{head}: not signed in; run: {command}").format(head=head, command=relogin_hint(mb))
    if info.access_valid and info.expires_at is not None:
        return True, _("{head}: signed in; access token valid until {when}").format(head=head,
                                                                                    when=_when(info.expires_at))
    return True, _("{head}: signed in; access token expired, refreshed at the next connection").format(head=head)


@auth.command("status")
@pass_app
def status(app: AppContext) -> None:
    """Which mailboxes use OAuth2, whether they are signed in, until when (never a token).

    Reads the token store only: no network. `tracker doctor` checks that the refresh works.
    Exit status 1 when a mailbox with oauth2_provider is not signed in.

    \b
    Example:
      tracker auth status
    """
    missing = False
    for mb in app.config.mailboxes:
        if mb.oauth2_provider or mb.oauth2_token_command:
            ok, line = describe(mb)
            missing = missing or not ok
        else:
            line = _("password (no OAuth2)")
        click.echo(f"{mb.name}: {line}")
    if not app.config.mailboxes:
        click.echo(_("No mailbox configured."))
    if missing:
        sys.exit(1)


@auth.command("logout")
@click.option("--mailbox", "name", metavar="NAME", help="The mailbox to sign out (default: the only one with "
              "oauth2_provider).")
@pass_app
def logout(app: AppContext, name: str | None) -> None:
    """Forget a mailbox's OAuth2 tokens, revoking them at the provider where it can.

    \b
    Example:
      tracker auth logout --mailbox outlook
    """
    from tracker.mail.oauth import provider_for, revoke

    mb = _oauth_mailbox(app, name)
    stored, revoked = revoke(mb)
    if not stored:
        click.echo(_("Mailbox {name}: no OAuth2 token was stored.").format(name=mb.name))
        return
    if revoked:
        click.echo(_("Mailbox {name}: signed out; the provider revoked the token and it is forgotten here.")
                   .format(name=mb.name))
        return
    hint: Any = _("withdraw tracker's access in your account's security settings (Microsoft: account.microsoft.com "
                  "→ Privacy → Apps and services)") if not provider_for(mb).revoke_url else \
        _("the provider did not confirm the revocation")
    click.echo(_("Mailbox {name}: signed out; the token is forgotten here ({hint}).").format(name=mb.name, hint=hint))
