"""Fixtures shared by every test: one Prefect test server per session, the repo's paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import flows  # noqa: F401  (sets Prefect's telemetry and logging defaults before Prefect is imported)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BACKAN_PROFILE = REPO / "sites" / "backan" / "profile.toml"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """Real Prefect flow runs against a temporary server and database, started once (~5 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
