"""Where the shared material lives: ../shared beside the repository (as CI lays it out), or
``TRACKER_SHARED``. Every lookup in it goes through :func:`need_shared` (at run time) or
:func:`missing_shared` / :func:`shared_params` (at collection): a missing ../shared skips, with a
reason, on a developer's machine, and fails under CI (``TRACKER_REQUIRE_SHARED``, set by
``.ci/run``, or ``CI``), so that shared cases can never vanish from a green run."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRACKER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EXTRA = ROOT / "tests" / "corpus" / "extra"
#: Set by .ci/run: ../shared is part of the checkout there, and its absence a failure.
REQUIRE = "TRACKER_REQUIRE_SHARED"


def shared_required() -> bool:
    return bool(os.environ.get(REQUIRE) or os.environ.get("CI"))


def missing_shared(relative: str) -> str | None:
    """None when ``../shared/<relative>`` exists; else why not, for a skip. Under CI it fails
    instead (at collection, the module's collection fails: nothing of it runs green)."""
    path = SHARED / relative
    if path.exists():
        return None
    message = f"{path} not found (../shared beside the checkout, or TRACKER_SHARED)"
    if shared_required():
        pytest.fail(f"{message}; {REQUIRE} or CI is set, so this is a failure", pytrace=False)
    return message


def need_shared(relative: str) -> Path:
    """``../shared/<relative>``, or the test stops here: skipped, or failed under CI."""
    why = missing_shared(relative)
    if why is not None:
        pytest.skip(why)
    return SHARED / relative


def need_corpus() -> Path:
    """The shared corpus (its manifest at least)."""
    need_shared("corpus/manifest.jsonl")
    return CORPUS


def shared_params(params: list[Any], relative: str, width: int) -> list[Any]:
    """Parameters that include cases read from ``../shared/<relative>``: when it is missing, one
    skipped case says so (a parametrized test must not silently lose its shared cases)."""
    why = missing_shared(relative)
    if why is None:
        return params
    return [*params, pytest.param(*([None] * width), id="shared-missing", marks=pytest.mark.skip(reason=why))]
