"""Whose verdict counts, on each provider's delivered layout (tests/data/providers/, sources in
its README): genuine → authentic; receiving fail + a forged pass below the entry hop → not,
with the forgery reported; a receiving dmarc=fail → not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.core.classify import lexicon
from tracker.core.classify.authenticity import check_authenticity
from tracker.model import Sender

LEX = lexicon()
FB = Sender("Facebook", "notification@facebookmail.com")
LAYOUTS = Path(__file__).resolve().parents[1] / "data" / "providers"
FORGED = ("authentication-results", "mx.google.com; dkim=pass header.d=facebookmail.com; "
          "dmarc=pass header.from=facebookmail.com")


def trace(name: str) -> tuple[tuple[str, str], ...]:
    text = (LAYOUTS / f"{name}.txt").read_text()
    fields = re.split(r"\n(?=\S)", text.strip())
    return tuple((f.split(":", 1)[0].lower(), " ".join(f.split(":", 1)[1].split())) for f in fields
                 if f.split(":", 1)[0].lower() in ("received", "authentication-results", "arc-seal",
                                                   "arc-message-signature", "arc-authentication-results"))


def failing(t: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((n, re.sub(r"\b(dkim|dmarc)=pass", r"\1=fail", v)) if n == "authentication-results" else (n, v)
                 for n, v in t)


NAMES = sorted(p.stem for p in LAYOUTS.glob("*.txt"))


def test_every_provider_of_the_data_has_a_layout() -> None:
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_genuine_meta_mail_is_authentic(name: str) -> None:
    ok, warnings = check_authenticity(FB, trace(name), LEX)
    assert ok is True, warnings


@pytest.mark.parametrize("name", NAMES)
def test_a_forged_pass_below_the_entry_hop_is_reported_and_never_counts(name: str) -> None:
    forged = (*failing(trace(name)), FORGED) if name != "gmail" else (
        *failing(trace(name)), ("authentication-results", "mx.example.org; dmarc=pass header.from=facebookmail.com"))
    ok, warnings = check_authenticity(FB, forged, LEX)
    assert ok is False
    assert any("forged" in w for w in warnings), warnings


@pytest.mark.parametrize("name", NAMES)
def test_a_receiving_dmarc_fail_is_not_authentic(name: str) -> None:
    t = tuple((n, v.replace("dmarc=pass", "dmarc=fail")) if n == "authentication-results" else (n, v)
              for n, v in trace(name))
    assert check_authenticity(FB, t, LEX)[0] is False
