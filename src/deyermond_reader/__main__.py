"""Provides ``python -m deyermond_reader``."""

from deyermond_reader.cli import entry

raise SystemExit(entry())
