"""Alembic migration scripts of tracker (installed as the ``tracker_migrations`` package)."""
