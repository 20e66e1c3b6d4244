"""The main job end to end: the bundled Bắc Kạn snapshot replayed on 127.0.0.1, the real Prefect
flow, a real DuckDB file. What the README promises an analyst and an auditor is checked here."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from flows import ingest
from tests.conftest import BACKAN_PROFILE
from warehouse import Warehouse

# Strings planted in the chrome of the snapshot's article pages (sites/backan/SOURCES.md): none may reach the evidence.
BAIT = ["Lượt xem", "29/44", "Views Today", "Giấy phép số 05/GP-TTĐT", "45/KH-UBND", "Tin nổi bật"]


@pytest.fixture(scope="module")
def first_run(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    db = tmp_path_factory.mktemp("ingest") / "parfacts.duckdb"
    summary = ingest(str(BACKAN_PROFILE), db=str(db), offline=True, progress=lambda message: None)
    return db, summary


def test_first_run_fills_the_warehouse(first_run: tuple[Path, object]) -> None:
    db, summary = first_run
    assert summary.status == "completed", summary.failures
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        facts = con.execute("SELECT count(*) FROM facts").fetchone()[0]
        kinds = dict(con.execute("SELECT kind, count(*) FROM facts GROUP BY kind").fetchall())
    assert articles >= 12
    assert facts >= 40
    assert set(kinds) == {"ranking", "document", "date", "period"}


def test_every_span_verifies_against_its_snapshot(first_run: tuple[Path, object]) -> None:
    db, _ = first_run
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute('SELECT s.text, f."start", f."end", f.quote FROM facts f JOIN snapshots s USING '
                           "(snapshot_id)").fetchall()
    assert rows
    for text, start, end, quote in rows:
        assert text[start:end] == quote


def test_provenance_names_the_portal_and_where_the_bytes_came_from(first_run: tuple[Path, object]) -> None:
    db, _ = first_run
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT url, fetched_from, sha256, raw_html, published FROM snapshots").fetchall()
    import hashlib

    for url, fetched_from, sha, raw, published in rows:
        assert url.startswith("https://cchc.backan.gov.vn/")
        assert fetched_from.startswith("http://127.0.0.1:")
        assert fetched_from.endswith(url.removeprefix("https://cchc.backan.gov.vn"))
        assert hashlib.sha256(raw).hexdigest() == sha
        assert published is not None


def test_chrome_never_yields_evidence(first_run: tuple[Path, object]) -> None:
    db, _ = first_run
    with duckdb.connect(str(db), read_only=True) as con:
        texts = [row[0] for row in con.execute("SELECT text FROM snapshots").fetchall()]
        raws = [bytes(row[0]).decode() for row in con.execute("SELECT raw_html FROM snapshots").fetchall()]
    assert all(any(bait in raw for raw in raws) for bait in BAIT), "the snapshot lost its bait"
    for text in texts:
        for bait in BAIT:
            assert bait not in text


def test_views_show_each_kind_with_its_own_columns(first_run: tuple[Path, object]) -> None:
    db, _ = first_run
    with duckdb.connect(str(db), read_only=True) as con:
        seed = con.execute(
            "SELECT year, rank, total, subject FROM rankings WHERE \"index\" = 'PAR_INDEX' AND url LIKE "
            "'%ket-qua-5-nam%' ORDER BY year"
        ).fetchall()
        documents = con.execute("SELECT DISTINCT ref FROM documents").fetchall()
        columns = [row[0] for row in con.execute("DESCRIBE periods").fetchall()]
    assert seed == [(2016, 60, 63, "Bắc Kạn"), (2017, 49, 63, "Bắc Kạn"), (2018, 49, 63, "Bắc Kạn"),
                    (2019, 55, 63, "Bắc Kạn")]
    assert ("07-NQ/TU",) in documents
    assert {"start_year", "end_year", "url", "fetched_at"} <= set(columns)
    assert "rank" not in columns


def test_second_run_adds_nothing_and_says_so(first_run: tuple[Path, object]) -> None:
    db, _ = first_run
    with Warehouse(db) as warehouse:
        before = warehouse.counts()
    # `full`: re-check every stored article (an incremental run would not ask for them at all).
    summary = ingest(str(BACKAN_PROFILE), db=str(db), offline=True, full=True, progress=lambda message: None)
    with Warehouse(db) as warehouse:
        after = warehouse.counts()
        run = warehouse.con.execute(
            "SELECT status, articles_new, articles_changed, articles_unchanged, facts_new, failures FROM runs "
            "WHERE run_id = ?", [summary.run_id]
        ).fetchone()
    assert after == {**before, "runs": before["runs"] + 1}
    status, new, changed, unchanged, facts_new, failures = run
    assert (status, new, changed, facts_new) == ("completed", 0, 0, 0)
    assert unchanged >= 10
    assert json.loads(failures) == []
