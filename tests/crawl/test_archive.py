"""Crawling a closed portal through a web archive, against a loopback fake of the Wayback API
(CDX index + raw `id_` replay) that serves the Quảng Bình snapshot's files as its captures."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pytest

from crawl import SiteProfile, load_profile
from crawl.archive import ArchiveFetcher, Capture, cdx_query, discover_archived, parse_cdx
from crawl.errors import FetchError
from flows import ingest
from schemas import FetchedPage
from tests.conftest import REPO
from tests.crawl.conftest import Server

PROFILE = REPO / "sites" / "quangbinh" / "profile.toml"
SNAPSHOT = REPO / "sites" / "quangbinh" / "snapshot"
PORTAL = "sonoivu.quangbinh.gov.vn"
CAPTURED = "20250620101500"
OLDER = "20230105080000"  # an earlier capture of one article, with other text: the newest must win
UPDATED = "Nam-Dinh-tang-5-bac"  # the article whose older capture differs


def snapshot_pages() -> dict[str, bytes]:
    """The Quảng Bình snapshot's files by URL path."""
    manifest = json.loads((SNAPSHOT / "manifest.json").read_text(encoding="utf-8"))
    return {r["path"]: (SNAPSHOT / r["file"]).read_bytes() for r in manifest["routes"] if "file" in r}


class FakeArchive:
    """A Wayback-style archive on a loopback `Server`: captures are replay pages at
    `/web/<timestamp>id_/<original>`, and the CDX index answers the crawler's query for a host
    with every capture row, header row first, as the real one answers it."""

    def __init__(self, server: Server, profile: SiteProfile) -> None:
        assert profile.archive is not None
        self.server = server
        self.archive = replace(profile.archive, cdx=server.url("/cdx/search/cdx"), replay=server.url("/web/"))
        self.rows: list[list[str]] = [["timestamp", "original", "statuscode", "mimetype", "digest"]]

    def capture(self, timestamp: str, original: str, body: bytes) -> None:
        self.rows.append([timestamp, original, "200", "text/html", hashlib.sha1(body).hexdigest()])
        self.server.page(f"/web/{timestamp}id_/{original}", body)

    def index(self, host: str) -> None:
        query = urlsplit(cdx_query(self.archive, host))
        self.server.page(f"{query.path}?{query.query}", json.dumps(self.rows), "application/json")


@pytest.fixture
def archive(server: Server) -> FakeArchive:
    """Every snapshot page captured before the merger; one article also earlier, with other text."""
    fake = FakeArchive(server, load_profile(PROFILE))
    for number, (path, body) in enumerate(sorted(snapshot_pages().items())):
        # Archives record a URL as they found it: some with http and the default port.
        origin = f"http://{PORTAL}:80" if number % 2 else f"https://{PORTAL}"
        fake.capture(CAPTURED, origin + path, body)
        if UPDATED in path:
            fake.capture(OLDER, origin + path, body.replace(b"87,32", b"86,11"))
    fake.index(PORTAL)
    return fake


def archive_profile(tmp_path: Path, archive: FakeArchive, *, mode: str, base_url: str | None = None) -> Path:
    """The bundled Quảng Bình profile, its [archive] on the fake (and its portal elsewhere, if asked)."""
    text = PROFILE.read_text(encoding="utf-8").split("[politeness]")[0].replace('snapshot = "snapshot"', "")
    if base_url:
        text = text.replace(f"https://{PORTAL}/", base_url).replace(f'["{PORTAL}"]', f'["{urlsplit(base_url).netloc}"]')
    text += (f'[politeness]\nrequests_per_second = 1000\n[archive]\ncdx = "{archive.archive.cdx}"\n'
             f'replay = "{archive.archive.replay}"\nmode = "{mode}"\nto = "{archive.archive.to}"\n')
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_closed_portal_is_ingested_from_its_archive(prefect_harness: None, archive: FakeArchive,
                                                      tmp_path: Path) -> None:
    db = tmp_path / "parfacts.duckdb"
    summary = ingest(str(archive_profile(tmp_path, archive, mode="only")), db=str(db), progress=lambda message: None)
    assert summary.status == "completed", summary.failures
    assert summary.articles["new"] == 8
    with duckdb.connect(str(db), read_only=True) as con:
        snapshots = con.execute("SELECT url, fetched_from, archived_at, text FROM snapshots").fetchall()
        facts = con.execute('SELECT s.text, f."start", f."end", f.quote FROM facts f JOIN snapshots s '
                            "USING (snapshot_id)").fetchall()
        mode, requests = con.execute("SELECT mode, requests FROM runs").fetchone()
    for url, fetched_from, archived_at, text in snapshots:
        path = urlsplit(url).path
        assert url.startswith(f"https://{PORTAL}/vi/news/")
        assert fetched_from in (archive.server.url(f"/web/{CAPTURED}id_/{origin}{path}")
                                for origin in (f"https://{PORTAL}", f"http://{PORTAL}:80"))
        assert archived_at == datetime(2025, 6, 20, 10, 15, tzinfo=UTC)
        if UPDATED in url:
            assert "87,32" in text and "86,11" not in text  # the newest capture, not the older one
    assert facts and all(text[start:end] == quote for text, start, end, quote in facts)
    assert any(quote.startswith("xếp thứ 29/63") for _, _, _, quote in facts)  # read from the original page
    # Every request the crawl sent reached the fake archive: none went to the portal or anywhere else.
    log = archive.server.requests()
    assert (mode, requests, summary.requests) == ("archive", len(log), len(log))
    assert {r.host for r in log} == {archive.server.netloc}
    assert not any(r.path.startswith("/vi/") for r in log)
    cdx = [r.path for r in log if r.path.startswith("/cdx/")]
    assert len(cdx) == 1 and "filter=statuscode:200" in cdx[0] and "to=20250701" in cdx[0]


def test_fallback_takes_from_the_archive_only_what_the_portal_no_longer_serves(
    other_server: Server, archive: FakeArchive, tmp_path: Path
) -> None:
    portal = other_server
    pages = snapshot_pages()
    articles = sorted(p for p in pages if p.endswith(".html") and p.startswith("/vi/news/"))
    alive, dead = articles[0], articles[1]
    portal.page(alive, pages[alive])
    for path in (dead, *articles[2:]):
        archive.capture(CAPTURED, portal.url(path), pages[path])
    archive.index(portal.netloc)
    profile = load_profile(archive_profile(tmp_path, archive, mode="fallback", base_url=portal.origin + "/"))
    with ArchiveFetcher(profile) as fetcher:
        found = discover_archived(fetcher, profile)
        assert set(articles[1:]) <= {urlsplit(url).path for url in found.urls}
        live_page = fetcher.get(portal.url(alive))
        archived_page = fetcher.get(portal.url(dead))
        with pytest.raises(FetchError):
            fetcher.get(portal.url("/vi/news/Cai-cach-hanh-chinh/Khong-co-1.html"))  # neither live nor captured
    assert isinstance(live_page, FetchedPage) and isinstance(archived_page, FetchedPage)
    assert (live_page.fetched_from, live_page.archived_at) == (portal.url(alive), None)
    assert archived_page.url == portal.url(dead)
    assert archived_page.fetched_from == archive.server.url(f"/web/{CAPTURED}id_/{portal.url(dead)}")
    assert archived_page.archived_at == datetime(2025, 6, 20, 10, 15, tzinfo=UTC)
    assert archived_page.body == pages[dead]


def test_a_cdx_answer_is_read_by_its_header_row() -> None:
    body = json.dumps([["original", "timestamp"], ["https://a.gov.vn/x-1.html", "20240101020304"],
                       ["https://a.gov.vn/y-2.html", "2024"]]).encode()
    assert parse_cdx("cdx", body) == [Capture("https://a.gov.vn/x-1.html", "20240101020304")]
    assert parse_cdx("cdx", b"[]") == parse_cdx("cdx", b"") == []
    with pytest.raises(FetchError):
        parse_cdx("cdx", b"<html>rate limited</html>")
