"""tracker: know, at a glance and in time, where each Meta account stands in the GDPR objection
to AI training, by reading the person's own mailbox (read-only)."""

__version__ = "0.1.0"
