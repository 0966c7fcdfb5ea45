"""Where the shared material lives: ../shared beside the repository (as CI lays it out)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRACKER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EXTRA = ROOT / "tests" / "corpus" / "extra"


def need_corpus() -> Path:
    """The shared corpus; under CI its absence is a failure, elsewhere a skip."""
    if not (CORPUS / "manifest.jsonl").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"shared corpus missing at {CORPUS}")
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS
