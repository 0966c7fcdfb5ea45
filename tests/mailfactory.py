"""Build Meta-like test mail in code: own wordings (not the corpus's sentences), any date,
recipient, platform and authenticity, so that timelines of any shape can be tested."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

_counter = itertools.count(1)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

SENDERS = {
    "facebook": ("Facebook", "notification@facebookmail.com", "facebookmail.com"),
    "instagram": ("Instagram", "no-reply@mail.instagram.com", "mail.instagram.com"),
}

BODIES = {
    "notice": ("Changes to how we use your information for AI at Meta",
               "Hello,\n\nWe are updating our Privacy Policy. We will rely on legitimate interests to use your "
               "public information to develop AI at Meta. You have the right to object.\n\n"
               "This update takes effect on {deadline_long}.\n\nRight to object: {url}\n"),
    "code": ("Your confirmation code",
             "Hello,\n\nEnter the code below to confirm the email address on your objection request:\n\n"
             "{code}\n\nThe code expires in one hour.\n"),
    "received": ("We received your request",
                 "Hello,\n\nWe have received your objection to the use of your information for AI at Meta. We "
                 "will review it.\n\nReference number: {ref}\n"),
    "accepted": ("About your objection",
                 "Hello,\n\nWe reviewed your request and we will honour your objection. We won't use your public "
                 "information to develop generative AI models for AI at Meta.\n\nReference: {ref}\n"),
    "refused": ("About your objection",
                "Hello,\n\nWe reviewed your request. We're unable to process your objection with the information "
                "provided. Please submit a new request explaining how this processing affects you.\n\n"
                "Reference: {ref}\n"),
    "login": ("Your login code", "Hello,\n\nSomeone tried to log in to your account. Your security code is:\n\n"
              "{code}\n"),
}


def meta_mail(kind: str, *, to: str = "alice@example.org", sent: datetime, platform: str = "facebook",
              deadline: date | None = None, code: str = "123456", ref: str | None = None,
              authentic: bool = True, message_id: str | None = "auto", url: str | None = None) -> bytes:
    name, address, domain = SENDERS[platform]
    n = next(_counter)
    subject, body = BODIES[kind]
    deadline = deadline or date(2026, 12, 16)
    url = url or f"https://www.{'instagram' if platform == 'instagram' else 'facebook'}.com/privacy/genai/objection/"
    msg = EmailMessage()
    verdict = (f"mx.test; dkim=pass header.d={domain}; dmarc=pass header.from={domain}" if authentic
               else f"mx.test; dkim=fail header.d={domain}; dmarc=fail header.from={domain}")
    msg["Authentication-Results"] = verdict
    msg["From"] = f"{name} <{address}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    if message_id == "auto":
        msg["Message-ID"] = f"<t{n}.{int(sent.timestamp())}@{domain}>"
    elif message_id:
        msg["Message-ID"] = message_id
    month = MONTHS[deadline.month - 1]
    msg.set_content(body.format(deadline_long=f"{deadline.day} {month} {deadline.year}",
                                url=url, code=code, ref=ref or f"{n:016d}"))
    return bytes(msg)


def personal_mail(i: int, to: str = "alice@example.org") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Friend {i} <friend{i}@example.net>"
    msg["To"] = to
    msg["Subject"] = f"Dinner {i}"
    msg["Date"] = "Mon, 03 Jun 2024 10:00:00 +0000"
    msg["Message-ID"] = f"<friend-{i}@example.net>"
    msg.set_content("Shall we meet on Saturday?\n")
    return bytes(msg)


def authentic_text_mail(subject: str, body: str, *, sent: str = "Tue, 05 May 2026 10:00:00 +0000",
                        sender: str = "Facebook <notification@facebookmail.com>") -> bytes:
    """A plain-text message from a Meta address with a passing verdict: the wording is the test's."""
    msg = EmailMessage()
    msg["Authentication-Results"] = ("mx.test; dkim=pass header.d=facebookmail.com; "
                                      "dmarc=pass header.from=facebookmail.com")
    msg["From"] = sender
    msg["To"] = "someone@example.org"
    msg["Subject"] = subject
    msg["Date"] = sent
    msg["Message-ID"] = f"<text-{next(_counter)}@facebookmail.com>"
    msg.set_content(body)
    return bytes(msg)
