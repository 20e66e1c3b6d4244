"""Prefect flows. Importing this package turns Prefect's telemetry off (unless the environment
says otherwise) before Prefect itself is imported, and quiets the temporary server's shutdown logs."""

import os

for _name, _value in {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_SERVER_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_LEVEL": "WARNING",  # our own progress lines say what happens
}.items():
    os.environ.setdefault(_name, _value)

from flows.ingest import Summary, ingest  # noqa: E402  (after the environment is set)

__all__ = ["Summary", "ingest"]
