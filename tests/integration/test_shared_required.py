"""Tests that need ../shared skip with a reason on a machine without it, and fail under CI
(``TRACKER_REQUIRE_SHARED``, set by .ci/run): shared cases never vanish from a green run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Modules that draw cases or files from ../shared, one per way of looking it up.
MODULES = ["tests/corpus/test_manifest.py", "tests/integration/test_scenarios.py", "tests/unit/test_properties.py",
           "tests/unit/test_recipes.py"]


def pytest_run(tmp_path: Path, *, required: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "TRACKER_REQUIRE_SHARED")}
    env["TRACKER_SHARED"] = str(tmp_path / "no-shared-here")
    if required:
        env["TRACKER_REQUIRE_SHARED"] = "1"
    # Only the cases that look at ../shared run (the rest is collected, not run).
    select = "shared or corpus or contract or mbox or truncated or mutated"
    args = ["-q", "-rfEs", "-p", "no:cacheprovider", "--continue-on-collection-errors", "-k", select, *MODULES]
    return subprocess.run([sys.executable, "-m", "pytest", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)


def test_without_shared_the_shared_cases_are_skipped_with_a_reason(tmp_path: Path) -> None:
    r = pytest_run(tmp_path, required=False)
    assert r.returncode == 0, r.stdout[-3000:]
    assert "no-shared-here" in r.stdout  # the skip reasons name the missing folder
    assert "shared-missing" in r.stdout or "SKIPPED" in r.stdout
    assert " failed" not in r.stdout


def test_under_ci_a_missing_shared_folder_fails(tmp_path: Path) -> None:
    r = pytest_run(tmp_path, required=True)
    assert r.returncode != 0
    out = r.stdout + r.stderr
    for module in MODULES:
        assert module in out, f"{module} did not fail without ../shared"
    assert "TRACKER_REQUIRE_SHARED or CI is set, so this is a failure" in out
