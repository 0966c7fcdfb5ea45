"""The README's two commands, scripts/demo.sh and scripts/test.sh, run in a copy of the project
whose tools are stand-ins (a `python` that plays pip and pytest, a `lint-imports` that breaks a
contract on demand): set-up is quiet when it works and loud when it fails, and a broken import
contract fails the test script with its report."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Each stand-in logs its arguments, then plays its part (the environment says which).
STUBS = {
    ".venv/bin/python": """
case "$*" in
  *"-m pip"*)
    echo "Collecting chatter"; echo "WARNING: Running pip as the 'root' user" >&2
    echo "SetuptoolsDeprecationWarning: a box of stars" >&2
    if [ -n "${STUB_PIP_FAIL:-}" ]; then echo "ERROR: No matching distribution found for boom" >&2; exit 1; fi ;;
  *"-m pytest"*) echo "pytest ran"; [ -z "${TRACKER_REQUIRE_SHARED:-}" ] || echo "../shared required" ;;
esac""",
    ".venv/bin/tracker": 'echo "the demo\'s table"',
    ".venv/bin/ruff": 'echo "All checks passed!"',
    ".venv/bin/mypy": 'echo "Success: no issues found"',
    ".venv/bin/lint-imports": """
echo "Contracts: 3 kept, ${STUB_LINT_BROKEN:-0} broken."
if [ -n "${STUB_LINT_BROKEN:-}" ]; then echo "tracker.core.status -> tracker.store (l.12)"; exit 1; fi""",
    "bin/python3": "exit 0",
    "bin/dovecot": "exit 0",
    "bin/dbus-daemon": "exit 0",
    "bin/openssl": "exit 0",
    "bin/initdb": "exit 0",
    "bin/apt-get": 'echo "apt-get must not run" >&2; exit 1',
}


def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "scripts", root / "scripts", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    shutil.copytree(ROOT / ".ci", root / ".ci")
    for name, body in STUBS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'#!/bin/sh\necho "{name} $*" >> "{root}/calls.log"\n{body}\n')
        path.chmod(0o755)
    return root


def run(root: Path, script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith("STUB_") and k not in ("CI", "TRACKER_REQUIRE_SHARED")}
    path = f"{root / 'bin'}:/usr/bin:/bin"
    return subprocess.run(["bash", script if "/" in script else f"scripts/{script}", *args], cwd=root,
                          capture_output=True, text=True, timeout=60, env={**clean, "PATH": path, **env})


@pytest.fixture
def root(tmp_path: Path) -> Path:
    if shutil.which("bash") is None:
        pytest.fail("bash is needed to run the README's scripts")
    return project(tmp_path)


def test_demo_set_up_is_quiet_when_it_works(root: Path) -> None:
    r = run(root, "demo.sh")
    assert (r.returncode, r.stdout, r.stderr) == (0, "the demo's table\n", "")
    assert "-m pip install" in (root / "calls.log").read_text()


def test_demo_set_up_shows_pips_error_when_it_fails(root: Path) -> None:
    r = run(root, "demo.sh", STUB_PIP_FAIL="1")
    assert r.returncode != 0
    assert "ERROR: No matching distribution found for boom" in r.stderr
    assert "the demo's table" not in r.stdout


def test_test_script_runs_every_check_quietly(root: Path) -> None:
    r = run(root, "test.sh", "-x")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stderr == ""
    assert r.stdout.endswith("pytest ran\n")
    assert "Collecting" not in r.stdout


def test_a_broken_import_contract_fails_the_test_script_with_its_report(root: Path) -> None:
    r = run(root, "test.sh", STUB_LINT_BROKEN="1")
    assert r.returncode != 0
    assert "tracker.core.status -> tracker.store (l.12)" in r.stdout + r.stderr
    assert "pytest ran" not in r.stdout
    assert "kept" not in r.stdout.splitlines()


def test_ci_runs_the_test_script_with_shared_required(root: Path) -> None:
    """CI has ../shared beside the checkout: a test that cannot find it must fail there, not skip."""
    r = run(root, ".ci/run")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.endswith("pytest ran\n../shared required\n")
    assert "../shared required" not in run(root, "test.sh").stdout
