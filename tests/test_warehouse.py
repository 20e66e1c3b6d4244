"""The warehouse on a real DuckDB file: columns from the schema, idempotent loads, history, rollback."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from extractors import Context, extract
from schemas import FACT_TYPES, FetchedPage, ParsedArticle, Ranking, kind_fields
from warehouse import SpanMismatch, Warehouse, WarehouseError, fact_columns

TEXT = (
    "Chỉ số CCHC của tỉnh Bắc Kạn\n\nChỉ số CCHC cấp tỉnh hằng năm được cải thiện, năm 2016 xếp thứ 60/63 tỉnh, "
    "thành phố; năm 2017 xếp thứ 49/63 tỉnh, thành phố. Nghị quyết số 07-NQ/TU ngày 26 tháng 4 năm 2016."
)
URL = "https://cchc.backan.gov.vn/2021/06/04/a/"


def page(body: bytes = b"<html>v1</html>") -> FetchedPage:
    return FetchedPage(url=URL, fetched_from="http://127.0.0.1:1" + URL[26:], fetched_at=datetime.now(UTC),
                       status=200, body=body, content_type="text/html", etag='"v1"')


def article(text: str = TEXT) -> ParsedArticle:
    return ParsedArticle(canonical_url=URL, title=text.split("\n")[0], published=date(2021, 6, 4), text=text)


@pytest.fixture
def warehouse(tmp_path: Path) -> Warehouse:
    with Warehouse(tmp_path / "w.duckdb") as w:
        yield w


def run(w: Warehouse) -> str:
    return w.start_run(site="backan", mode="offline", code_version="t", extractor_version="x")


def test_every_fact_field_of_the_schema_is_a_column_and_in_its_kind_view(warehouse: Warehouse) -> None:
    table = {row[0] for row in warehouse.con.execute("DESCRIBE facts").fetchall()}
    assert set(fact_columns()) <= table
    for kind, view in {"ranking": "rankings", "document": "documents", "date": "dates", "period": "periods"}.items():
        columns = {row[0] for row in warehouse.con.execute(f"DESCRIBE {view}").fetchall()}
        assert {f.name for f in kind_fields(kind)} <= columns, view
    assert set(FACT_TYPES) == {"ranking", "document", "date", "period"}


def test_same_text_twice_adds_one_snapshot_and_a_change_keeps_history(warehouse: Warehouse) -> None:
    facts = extract(TEXT, Context(province="Bắc Kạn"))
    first = warehouse.load_article(run(warehouse), "backan", "x", page(), article(), facts)
    # the view counter in the chrome changed the raw bytes, not the article: no new snapshot
    again = warehouse.load_article(run(warehouse), "backan", "x", page(b"<html>v1 views 2</html>"), article(), facts)
    changed_text = TEXT.replace("60/63", "59/63")
    changed = warehouse.load_article(run(warehouse), "backan", "x", page(b"<html>v2</html>"), article(changed_text),
                                     extract(changed_text, Context(province="Bắc Kạn")))
    assert first == ("new", len(facts)) and again == ("unchanged", 0) and changed[0] == "changed"
    counts = warehouse.counts()
    assert (counts["articles"], counts["snapshots"], counts["facts"]) == (1, 2, 2 * len(facts))
    ranks = warehouse.con.execute("SELECT rank FROM rankings WHERE year = 2016 ORDER BY fetched_at").fetchall()
    assert ranks == [(60,), (59,)]


def test_a_fact_whose_quote_is_not_the_text_there_is_refused(warehouse: Warehouse) -> None:
    wrong = Ranking(start=0, end=5, quote="xếp t", rule="ranking.test", index=None, year=None, rank=1)
    with pytest.raises(SpanMismatch):
        warehouse.load_article(run(warehouse), "backan", "x", page(), article(), [wrong])
    assert warehouse.counts()["snapshots"] == 0


def test_a_load_that_fails_midway_leaves_nothing_behind(warehouse: Warehouse) -> None:
    # a rank too large for INTEGER fails inside the transaction, after the snapshot row went in
    overflow = Ranking(start=0, end=6, quote=TEXT[:6], rule="ranking.test", index=None, year=None, rank=2**40)
    with pytest.raises(duckdb.Error):
        warehouse.load_article(run(warehouse), "backan", "x", page(), article(), [overflow])
    counts = warehouse.counts()
    assert (counts["articles"], counts["snapshots"], counts["facts"]) == (0, 0, 0)
    assert warehouse.load_article(run(warehouse), "backan", "x", page(), article(), [])[0] == "new"


def test_a_run_left_running_by_a_crash_is_marked_interrupted(warehouse: Warehouse) -> None:
    crashed = run(warehouse)
    run(warehouse)
    status = warehouse.con.execute("SELECT status FROM runs WHERE run_id = ?", [crashed]).fetchone()[0]
    assert status == "interrupted"


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database")
    with pytest.raises(WarehouseError, match=r"notes\.duckdb"):
        Warehouse(bogus)
