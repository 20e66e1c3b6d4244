"""The warehouse's tables, with the fact columns derived once from `schemas.facts`.

`facts` is one wide table (common columns, then every kind's fields); `rankings`, `documents`,
`dates` and `periods` are views that show each kind with just its own columns.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from schemas import FACT_TYPES, kind_fields

SCHEMA_VERSION = 1

_SQL_TYPES: dict[Any, str] = {int: "INTEGER", float: "DOUBLE", str: "VARCHAR", bool: "BOOLEAN"}
_VIEWS = {"ranking": "rankings", "document": "documents", "date": "dates", "period": "periods"}


def sql_type(annotation: Any) -> str:
    """DuckDB type of a fact field's annotation (`int | None` -> INTEGER, `Literal[...]` -> VARCHAR)."""
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    hints = typing.get_args(annotation) if union else (annotation,)
    for hint in hints:
        if hint is type(None):
            continue
        if typing.get_origin(hint) is typing.Literal:
            return "VARCHAR"
        if hint in _SQL_TYPES:
            return _SQL_TYPES[hint]
    raise TypeError(f"no DuckDB type for {annotation!r}")


def fact_columns() -> dict[str, str]:
    """Kind-specific fact columns in a stable order; a name two kinds share must share its type."""
    columns: dict[str, str] = {}
    for cls in FACT_TYPES.values():
        hints = typing.get_type_hints(cls)
        for f in kind_fields(cls.kind):
            typ = sql_type(hints[f.name])
            if columns.setdefault(f.name, typ) != typ:
                raise TypeError(f"fact field {f.name!r} has two types: {columns[f.name]} and {typ}")
    return columns


def quoted(name: str) -> str:
    return f'"{name}"'


def ddl() -> list[str]:
    kind_cols = ",\n    ".join(f"{quoted(name)} {typ}" for name, typ in fact_columns().items())
    statements = [
        """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status VARCHAR NOT NULL,              -- running, completed, partial, failed, interrupted
    site VARCHAR NOT NULL,
    mode VARCHAR NOT NULL,                -- live, offline, archive
    code_version VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    prefect_flow_run_id VARCHAR,
    articles_seen INTEGER DEFAULT 0,
    articles_new INTEGER DEFAULT 0,
    articles_changed INTEGER DEFAULT 0,
    articles_unchanged INTEGER DEFAULT 0,
    articles_gone INTEGER DEFAULT 0,      -- 404/410 for a stored article: kept, marked gone
    articles_skipped INTEGER DEFAULT 0,   -- published before --since
    articles_failed INTEGER DEFAULT 0,
    requests INTEGER DEFAULT 0,
    facts_new INTEGER DEFAULT 0,
    failures JSON                         -- [{"url": ..., "stage": ..., "reason": ...}]
)""",
        """CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,       -- sha256 of the canonical URL, first 16 hex digits
    url VARCHAR NOT NULL UNIQUE,          -- canonical URL on the portal
    site VARCHAR NOT NULL,
    first_seen_run VARCHAR NOT NULL,
    last_seen_run VARCHAR NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    status VARCHAR NOT NULL DEFAULT 'live' -- live, gone
)""",
        """CREATE TABLE IF NOT EXISTS snapshots (
    snapshot_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL REFERENCES articles (article_id),
    run_id VARCHAR NOT NULL REFERENCES runs (run_id),
    url VARCHAR NOT NULL,                 -- the article's address on the portal
    fetched_from VARCHAR NOT NULL,        -- where the bytes came from: live URL, loopback replay, archive
    fetched_at TIMESTAMPTZ NOT NULL,
    http_status INTEGER NOT NULL,
    content_type VARCHAR,
    etag VARCHAR,
    last_modified VARCHAR,
    sha256 VARCHAR NOT NULL,              -- of the raw body
    text_sha256 VARCHAR NOT NULL,         -- of the canonical text: decides whether the article changed
    raw_html BLOB NOT NULL,
    title VARCHAR,
    published DATE,
    source_note VARCHAR,                  -- the `Nguồn: …` line of a republished article
    text VARCHAR NOT NULL,                -- canonical text; every fact's span points into it
    archived_at TIMESTAMPTZ               -- capture time when fetched_from is a web archive, else NULL
)""",
        f"""CREATE TABLE IF NOT EXISTS facts (
    fact_id VARCHAR PRIMARY KEY,
    snapshot_id VARCHAR NOT NULL REFERENCES snapshots (snapshot_id),
    run_id VARCHAR NOT NULL REFERENCES runs (run_id),
    extractor_version VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,
    flags VARCHAR[] NOT NULL,
    {kind_cols}
)""",
    ]
    common = ["f.fact_id", "f.snapshot_id", "f.run_id", "f.kind", 'f."start"', 'f."end"', "f.quote", "f.rule",
              "f.flags"]
    provenance = ["s.url", "s.fetched_from", "s.fetched_at", "s.archived_at", "s.sha256", "s.published",
                  "s.title AS article_title"]
    for kind, view in _VIEWS.items():
        own = [f"f.{quoted(f.name)}" for f in kind_fields(kind)]  # type: ignore[arg-type]
        statements.append(
            f"CREATE OR REPLACE VIEW {view} AS SELECT {', '.join(common + own + provenance)} "
            f"FROM facts f JOIN snapshots s USING (snapshot_id) WHERE f.kind = '{kind}'"
        )
    return statements
