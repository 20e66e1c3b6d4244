"""The DuckDB file: runs as a load ledger, articles, snapshots with their raw bytes, and facts.

Each article is loaded in one transaction (article row, snapshot, facts), so a crash leaves
the file consistent and a rerun finishes the job; an article whose canonical text has not changed
gets no new snapshot, so a rerun over the same site adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import duckdb

from schemas import COMMON_FIELDS, Fact, FetchedPage, ParsedArticle
from warehouse.tables import SCHEMA_VERSION, ddl, fact_columns, quoted

Outcome = Literal["new", "changed", "unchanged"]


class WarehouseError(Exception):
    """The database file cannot be opened or is not a parfacts warehouse of this version."""


class SpanMismatch(ValueError):
    """A fact whose quote is not its snapshot's `text[start:end]`: never stored."""


@dataclass(frozen=True, slots=True)
class Known:
    """What the warehouse holds of an article: validators for a conditional GET, its text hash."""

    article_id: str
    etag: str | None
    last_modified: str | None
    text_sha256: str


def _digest(*parts: object, size: int = 16) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:size]


def article_id(url: str) -> str:
    return _digest(url)


def verify_spans(text: str, facts: Iterable[Fact]) -> None:
    for fact in facts:
        if text[fact.start : fact.end] != fact.quote:
            raise SpanMismatch(f"{fact.rule} at {fact.start}:{fact.end}: quote {fact.quote!r} is not the text there")


class Warehouse:
    """One open DuckDB file. Not shared between threads: the flow loads from one thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.con = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            raise WarehouseError(f"{self.path}: cannot open as a DuckDB database ({exc})") from None
        self._columns = list(fact_columns())
        self._ensure_schema()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        with self.transaction():
            for statement in ddl():
                self.con.execute(statement)
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            elif row[0] != str(SCHEMA_VERSION):
                raise WarehouseError(f"{self.path}: schema version {row[0]}, this parfacts writes {SCHEMA_VERSION}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- runs ---------------------------------------------------------------------------------

    def start_run(
        self, *, site: str, mode: str, code_version: str, extractor_version: str, flow_run_id: str | None = None
    ) -> str:
        """Record a run; runs a crash left `running` are marked `interrupted` first."""
        run_id = uuid.uuid4().hex
        with self.transaction():
            self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            self.con.execute(
                "INSERT INTO runs (run_id, started_at, status, site, mode, code_version, extractor_version,"
                " prefect_flow_run_id, failures) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, '[]')",
                [run_id, datetime.now(UTC), site, mode, code_version, extractor_version, flow_run_id],
            )
        return run_id

    def finish_run(self, run_id: str, *, status: str, counts: dict[str, int], failures: list[dict[str, str]]) -> None:
        allowed = {"articles_seen", "articles_new", "articles_changed", "articles_unchanged", "articles_gone",
                   "articles_skipped", "articles_failed", "requests", "facts_new"}
        sets = ", ".join(f"{name} = ?" for name in counts if name in allowed)
        values = [v for name, v in counts.items() if name in allowed]
        with self.transaction():
            self.con.execute(
                f"UPDATE runs SET finished_at = ?, status = ?, failures = ?{', ' + sets if sets else ''}"
                " WHERE run_id = ?",
                [datetime.now(UTC), status, json.dumps(failures, ensure_ascii=False), *values, run_id],
            )

    # -- articles -------------------------------------------------------------------------------

    def known(self, site: str) -> dict[str, Known]:
        """Every stored article of a site with its latest snapshot's validators, by URL."""
        rows = self.con.execute(
            """SELECT a.url, a.article_id, s.etag, s.last_modified, s.text_sha256
               FROM articles a JOIN snapshots s USING (article_id)
               WHERE a.site = ?
               QUALIFY row_number() OVER (PARTITION BY a.article_id ORDER BY s.fetched_at DESC) = 1""",
            [site],
        ).fetchall()
        return {url: Known(aid, etag, lm, sha) for url, aid, etag, lm, sha in rows}

    def last_failures(self, site: str) -> list[dict[str, str]]:
        """The failures of the site's last finished run: what the next run tries again."""
        row = self.con.execute(
            "SELECT failures FROM runs WHERE site = ? AND finished_at IS NOT NULL ORDER BY started_at DESC LIMIT 1",
            [site],
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else []

    def touch(self, run_id: str, url: str) -> None:
        """An article seen again unchanged (304, or the same canonical text)."""
        self.con.execute(
            "UPDATE articles SET last_seen_run = ?, last_seen_at = ?, status = 'live' WHERE url = ?",
            [run_id, datetime.now(UTC), url],
        )

    def mark_gone(self, run_id: str, url: str) -> None:
        """The portal answered 404/410 for a stored article: keep everything, say it is gone."""
        self.con.execute(
            "UPDATE articles SET status = 'gone', last_seen_run = ?, last_seen_at = ? WHERE url = ?",
            [run_id, datetime.now(UTC), url],
        )

    def load_article(
        self, run_id: str, site: str, extractor_version: str, page: FetchedPage, article: ParsedArticle,
        facts: list[Fact],
    ) -> tuple[Outcome, int]:
        """Store a fetched article and its facts in one transaction; returns what happened and
        how many facts were added. Same canonical text as the latest snapshot: nothing is added."""
        verify_spans(article.text, facts)
        text_sha = hashlib.sha256(article.text.encode()).hexdigest()
        url = article.canonical_url
        aid = article_id(url)
        now = datetime.now(UTC)
        with self.transaction():
            latest = self.con.execute(
                "SELECT text_sha256 FROM snapshots WHERE article_id = ? ORDER BY fetched_at DESC LIMIT 1", [aid]
            ).fetchone()
            if latest is not None and latest[0] == text_sha:
                self.touch(run_id, url)
                return "unchanged", 0
            outcome: Outcome = "new" if latest is None else "changed"
            if latest is None:
                self.con.execute(
                    "INSERT INTO articles (article_id, url, site, first_seen_run, last_seen_run, last_seen_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [aid, url, site, run_id, run_id, now],
                )
            else:
                self.touch(run_id, url)
            snapshot_id = _digest(aid, run_id, text_sha, size=20)
            self.con.execute(
                "INSERT INTO snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [snapshot_id, aid, run_id, url, page.fetched_from, page.fetched_at, page.status, page.content_type,
                 page.etag, page.last_modified, page.sha256, text_sha, page.body, article.title, article.published,
                 article.source_note, article.text, page.archived_at],
            )
            if facts:
                self.con.executemany(self._fact_insert, [self._fact_row(snapshot_id, run_id, extractor_version, f)
                                                         for f in facts])
        return outcome, len(facts)

    @property
    def _fact_insert(self) -> str:
        names = ["fact_id", "snapshot_id", "run_id", "extractor_version", "kind", *COMMON_FIELDS, *self._columns]
        return f"INSERT INTO facts ({', '.join(map(quoted, names))}) VALUES ({', '.join('?' * len(names))})"

    def _fact_row(self, snapshot_id: str, run_id: str, extractor_version: str, fact: Fact) -> list[Any]:
        values = fact.to_dict()
        fact_id = _digest(snapshot_id, extractor_version, json.dumps(values, sort_keys=True, ensure_ascii=False),
                          size=20)
        return [fact_id, snapshot_id, run_id, extractor_version, fact.kind, *(values[c] for c in COMMON_FIELDS),
                *(values.get(c) for c in self._columns)]

    def facts_by_kind(self, run_id: str) -> Counter[str]:
        rows = self.con.execute("SELECT kind, count(*) FROM facts WHERE run_id = ? GROUP BY kind", [run_id]).fetchall()
        return Counter(dict(rows))

    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries and tests."""
        return {
            table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("runs", "articles", "snapshots", "facts")
        }
