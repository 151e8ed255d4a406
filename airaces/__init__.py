"""Shared code for the Many Races book.

The layers are: ``data/`` (the ledger) -> ``airaces`` (load, validate, chart,
glue) -> ``notebooks/`` (one chapter per theme) -> the built book.
"""

from airaces.ledger import Ledger, LedgerError, Violation, load, validate

__all__ = ["Ledger", "LedgerError", "Violation", "load", "validate"]
