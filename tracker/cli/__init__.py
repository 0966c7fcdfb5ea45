"""The command line: a thin skin over the package, one module per command family.

``app`` holds the group and the one error handler; importing the families registers their
commands. The work is elsewhere (``tracker.ingest``, ``tracker.output``, ``init.py``, ``doctor.py``).
"""

from tracker.cli import (  # noqa: F401  (registers the commands)
    auth,
    configuring,
    feeding,
    marking,
    reading,
    running,
    setup,
    viewing,
)
from tracker.cli.app import cli, main

__all__ = ["cli", "main"]
