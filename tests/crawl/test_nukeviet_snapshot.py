"""The second bundled portal, a NukeViet site, ingested offline by the same code as the WordPress one:
the profile alone tells the two apart, and the NukeViet chrome never yields evidence."""

from __future__ import annotations

import duckdb
import pytest

from flows import ingest
from tests.conftest import REPO

PROFILE = REPO / "sites" / "quangbinh" / "profile.toml"
# Planted in the chrome of every article page (sites/quangbinh/SOURCES.md); none may reach the evidence.
BAIT = ["Lượt xem", "29/44", "Tin liên quan", "28/63", "1987/KH-UBND", "2345/QĐ-UBND", "202/2025/QH15",
        "19/GP-TTĐT", "Thứ Tư, 25/06/2025", "Back To Top", "Tổng lượt truy cập"]


def test_the_nukeviet_snapshot_ingests_offline_with_facts_only_from_bodies(
    prefect_harness: None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    db = tmp_path_factory.mktemp("nukeviet") / "parfacts.duckdb"
    summary = ingest(str(PROFILE), db=str(db), offline=True, progress=lambda message: None)
    assert summary.status == "completed", summary.failures
    with duckdb.connect(str(db), read_only=True) as con:
        snapshots = con.execute("SELECT url, published, text, raw_html, archived_at FROM snapshots").fetchall()
        facts = con.execute('SELECT s.text, f."start", f."end", f.quote FROM facts f JOIN snapshots s '
                            "USING (snapshot_id)").fetchall()
    assert len(snapshots) >= 6
    for url, published, text, raw, archived_at in snapshots:
        assert url.startswith("https://sonoivu.quangbinh.gov.vn/vi/news/") and url.endswith(".html")
        assert published is not None and archived_at is None
        assert text.rstrip().split("\n")[-1].startswith("Nguồn: ")  # the republished source line is kept
        page = bytes(raw).decode()
        assert all(bait in page for bait in BAIT), "the snapshot lost its bait"
        assert not [bait for bait in BAIT if bait in text], url
    assert len(facts) >= 20
    assert all(text[start:end] == quote for text, start, end, quote in facts)
