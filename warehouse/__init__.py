"""The DuckDB warehouse: tables derived from `schemas`, loads in transactions, one run ledger."""

from warehouse.store import Known, Outcome, SpanMismatch, Warehouse, WarehouseError, article_id, verify_spans
from warehouse.tables import ddl, fact_columns

__all__ = [
    "Known",
    "Outcome",
    "SpanMismatch",
    "Warehouse",
    "WarehouseError",
    "article_id",
    "ddl",
    "fact_columns",
    "verify_spans",
]
