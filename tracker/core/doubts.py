"""The reasons for doubt the classifier gives (a message's warnings), as message ids.

Each is the English text of the contract's ``warnings`` with ``{names}`` for its values
(:class:`tracker.model.Doubt`). They are gathered here, not written where they are used,
so that the output can read a stored warning (English text) back into its id and values
and show it in the reader's language (:func:`tracker.output.words.doubt_text`).
"""

from __future__ import annotations

from typing import Final

from tracker.i18n import N_

NOT_AUTHENTICATED_BY_RECEIVER: Final = N_("not authenticated as Meta by the receiving server ({why})")
NOT_AUTHENTICATED: Final = N_("not authenticated as Meta by {authserv} ({why})")
DMARC_FAIL: Final = N_("DMARC fail for {domain}")
DKIM_FAIL: Final = N_("DKIM fail for {domain}")
NO_DMARC_OR_DKIM_RESULT: Final = N_("no DMARC or DKIM result")
LOOKALIKE_SENDER: Final = N_("look-alike sender domain {domain} ({reason})")
FORGED_BELOW: Final = N_("forged result below the receiving server's ({ids}): it came with the message and does not "
                         "count")
NO_SENDER_ADDRESS: Final = N_("no sender address")
NO_VERDICT: Final = N_("no verdict from the receiving server")
DISPLAY_NAME_CLAIMS: Final = N_("display name '{name}' claims {platform} but the address is {address}, not a Meta "
                                "domain")
NOT_META_DOMAIN: Final = N_("sender domain {domain} is not a Meta domain")
ARC_FIRST_HOP: Final = N_("authenticated by the first hop's ARC results ({authserv}), sealed by a trusted forwarder")
REPEATED_HEADER: Final = N_("more than one {headers} header: RFC 5322 allows one")
TOO_LONG: Final = N_("message too long: only its beginning was read")
CONFUSABLE_CHARACTERS: Final = N_("confusable characters")
META_NAME_INSIDE: Final = N_("Meta name '{name}' inside a foreign domain")
LETTERS_AWAY: Final = N_("one or two letters away from {name}")
LETTER_AWAY_INSIDE: Final = N_("one letter away from {name} inside a foreign domain")
FORGED_BELOW_NO_VERDICT: Final = N_("forged result below the receiving server's: no verdict from the receiving "
                                    "server")
NO_AUTH_RESULTS: Final = N_("no Authentication-Results header: cannot tell whether Meta sent it")
FORGED_PROVIDER: Final = N_("forged result: {authserv} names a provider the message did not enter through")
NO_TRUSTED_AUTH_RESULTS: Final = N_("no Authentication-Results header from the trusted server ({ids})")
MALFORMED_LINK: Final = N_("malformed link")
LINK_NOT_HTTPS: Final = N_("link is not https ({scheme})")
LINK_HIDDEN_HOST: Final = N_("link hides its real host behind '@' ({host})")
LINK_NOT_ASCII: Final = N_("link host {host} is not plain ASCII")
LINK_PORT: Final = N_("link uses port {port}")
LINK_OUTSIDE_META: Final = N_("link points outside Meta ({host})")
LINK_TOO_DEEP: Final = N_("objection link is unsafe: wrapped in more than {depth} redirects")
LINK_HIDDEN_BY_SERVICE: Final = N_("a mail-security service ({service}) hid the objection link: open the form from "
                                   "Meta's Privacy Centre (Settings > Privacy Centre) instead")
LINK_UNSAFE: Final = N_("objection link is unsafe: {problem}")

#: Every reason above, for reading a stored warning back.
ALL: Final = (NOT_AUTHENTICATED_BY_RECEIVER, NOT_AUTHENTICATED, DMARC_FAIL, DKIM_FAIL, NO_DMARC_OR_DKIM_RESULT,
              LOOKALIKE_SENDER, FORGED_BELOW, NO_SENDER_ADDRESS, NO_VERDICT, DISPLAY_NAME_CLAIMS, NOT_META_DOMAIN,
              ARC_FIRST_HOP, REPEATED_HEADER, TOO_LONG, CONFUSABLE_CHARACTERS, META_NAME_INSIDE, LETTERS_AWAY,
              LETTER_AWAY_INSIDE, FORGED_BELOW_NO_VERDICT, NO_AUTH_RESULTS, FORGED_PROVIDER, NO_TRUSTED_AUTH_RESULTS,
              MALFORMED_LINK, LINK_NOT_HTTPS, LINK_HIDDEN_HOST, LINK_NOT_ASCII, LINK_PORT, LINK_OUTSIDE_META,
              LINK_TOO_DEEP, LINK_HIDDEN_BY_SERVICE, LINK_UNSAFE)
