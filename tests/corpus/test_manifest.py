"""Every labelled message, every field: the shared corpus and our own extra corpus (other
languages and layouts), one case per file, the kitinerary way. A mismatch shows a field diff."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.paths import CORPUS, EXTRA, shared_params
from tracker.core.classify import classify_bytes
from tracker.output.render import classification_json

FIELDS = ("kind", "platform", "language", "code", "deadline", "objection_url", "reference", "authentic")


def _cases(root: Path) -> list[Any]:
    manifest = root / "manifest.jsonl"
    if not manifest.is_file():
        return []
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(root, row, id=f"{root.name}/{Path(row['file']).name}") for row in rows]


CASES = shared_params(_cases(CORPUS), "corpus/manifest.jsonl", 2) + _cases(EXTRA)


def _checked(expected: dict[str, Any], got: dict[str, Any]) -> tuple[str, ...]:
    """Every field; but the contract lets unrelated mail's language be null (mail that cannot be
    Meta's is decided from its headers alone, as `classify` does), as the shared scorer does."""
    if expected["kind"] == "unrelated" and got["language"] is None:
        return tuple(f for f in FIELDS if f != "language")
    return FIELDS


@pytest.mark.parametrize(("root", "expected"), CASES)
def test_classify_matches_every_labelled_field(root: Path, expected: dict[str, Any]) -> None:
    raw = (root / expected["file"]).read_bytes()
    _, message_id, c = classify_bytes(raw)
    got = classification_json(expected["file"], message_id, c)
    diff = {f: (expected.get(f), got[f]) for f in _checked(expected, got) if got[f] != expected.get(f)}
    assert not diff, f"{expected['file']}: field: (expected, got) = {diff}; warnings={got['warnings']}"


def test_shared_corpus_is_present_for_ci() -> None:
    from tests.paths import need_corpus

    assert (need_corpus() / "mbox" / "sample.mbox").is_file()


def test_classify_json_over_the_mbox_gives_the_manifest_in_order() -> None:
    """The same messages as one mbox: sources are path#N in input order, fields as labelled."""
    from click.testing import CliRunner

    from tests.paths import need_corpus
    from tracker.cli import cli

    corpus = need_corpus()
    rows = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines() if line.strip()]
    mbox = corpus / "mbox" / "sample.mbox"
    result = CliRunner().invoke(cli, ["classify", "--json", str(mbox)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in out] == [f"{mbox}#{i}" for i in range(len(rows))]
    for o, r in zip(out, rows, strict=True):
        fields = _checked(r, o)
        assert {f: o[f] for f in fields} == {f: r[f] for f in fields}, r["file"]
