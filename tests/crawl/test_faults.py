"""Faults a portal throws at the crawl, injected on the loopback server and run through the real
ingest flow (Prefect, a DuckDB file). For every fault: the run finishes, the failure is in the run
record under its URL, nothing stored is lost or duplicated, the next run picks up what failed, and no
request leaves the profile's host.

The faults share one "bad day": each hits its own article of one site in the same two runs (faulty,
then healed), which keeps the suite fast; each still has its own test and its own assertions."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows import ingest
from tests.crawl.conftest import Reply, Server, Site, article_path


def crawl(site: Site, db: Path, **options: Any) -> dict[str, Any]:
    """One real flow run; returns its row of the `runs` table, failures parsed."""
    summary = ingest(str(site.profile()), db=str(db), progress=lambda message: None, **options)
    with duckdb.connect(str(db), read_only=True) as con:
        cursor = con.execute("SELECT * FROM runs WHERE run_id = ?", [summary.run_id])
        row = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    row["failures"] = json.loads(row["failures"])
    return row


def stored(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
            "snapshots": con.execute("SELECT count(*) FROM snapshots").fetchone()[0],
            "facts": con.execute("SELECT count(*) FROM facts").fetchone()[0],
            "duplicate snapshots": con.execute(
                "SELECT count(*) FROM (SELECT article_id, text_sha256 FROM snapshots GROUP BY ALL HAVING count(*) > 1)"
            ).fetchone()[0],
        }


def assert_stayed_home(site: Site) -> None:
    """Every request went to the profile's host; the other host, linked from feed and articles, got none."""
    assert site.server.log, "the crawl sent nothing at all"
    assert {r.host for r in site.server.log} == {site.server.netloc}
    assert site.other.log == [], f"requests left the allowed hosts: {site.other.log}"


def cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese Windows wrote it: vowels with their hat, breve or horn
    precomposed, the tone mark as a combining character after them (the code page has no ế or ự)."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        vowel = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(vowel + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def good(site: Site, n: int) -> Reply:
    return Reply(body=site.html(n).encode(), headers={"Content-Type": "text/html; charset=UTF-8"})


@dataclass(frozen=True)
class Fault:
    replies: Callable[[Site, int], list[Reply]]  # what article n answers on the faulty day
    stage: str | None  # the failure the first run records; None: the crawl rides it out in the same run
    reason: str = ""  # regex the recorded reason matches
    requests: int | None = None  # requests article n gets in the first run, when that is the point
    robots: bool = False  # robots.txt disallows article n on the faulty day


FAULTS = {
    "500-then-200": Fault(lambda s, n: [Reply(500), good(s, n)], None, requests=2),
    "500-forever": Fault(lambda s, n: [Reply(500)], "fetch", r"^HTTP 500 \(after 3 attempts\)$", requests=3),
    "429-retry-after": Fault(lambda s, n: [Reply(429, headers={"Retry-After": "1"}), good(s, n)], None, requests=2),
    "slow-body": Fault(lambda s, n: [Reply(body=s.html(n).encode(), stall=1.0)], "fetch", r"ReadTimeout", requests=3),
    "connection-reset": Fault(lambda s, n: [Reply(reset=True)], "fetch", r"(RemoteProtocol|Read)Error.*3 attempts"),
    "truncated-body": Fault(lambda s, n: [Reply(body=s.html(n).encode(), truncate=200)], "fetch",
                            r"peer closed connection without sending complete message body"),
    "gzip-bomb": Fault(lambda s, n: [Reply(body=b"\0" * 20_000_000, gzip=True)], "fetch",
                       r"^body exceeds the cap of 100000 bytes once decompressed$", requests=1),
    "oversized-announced": Fault(lambda s, n: [Reply(body=b"x" * 300_000)], "fetch",
                                 r"^body of 300000 bytes exceeds the cap of 100000$", requests=1),
    "oversized-unannounced": Fault(lambda s, n: [Reply(body=b"x" * 300_000, length=False)], "fetch",
                                   r"^body exceeds the cap of 100000 bytes$", requests=1),
    "redirect-loop": Fault(lambda s, n: [Reply(302, headers={"Location": f"/loop/{n}/"})], "fetch",
                           r"^redirect loop: .*/loop/\d+/ -> ", requests=1),
    "redirect-to-other-host": Fault(lambda s, n: [Reply(301, headers={"Location": s.other.url(article_path(n))})],
                                    "fetch", r"^redirected to http://127\.0\.0\.1:\d+/2024/01/\d+/.* outside the "),
    "robots-disallow": Fault(lambda s, n: [good(s, n)], "fetch", r"^disallowed by robots\.txt$", requests=0,
                             robots=True),
    "non-utf8-page": Fault(lambda s, n: [Reply(body=cp1258(s.html(n).replace('<meta charset="utf-8">', "")),
                                               headers={"Content-Type": "text/html; charset=windows-1258"})], None),
    "malformed-html": Fault(lambda s, n: [Reply(body=b"<html><<div clas='entry-content'<p>N\xc4\x83m</b></i></td>")],
                            "parse", r"no element matches the body selector"),
}
NUMBER = {name: n for n, name in enumerate(FAULTS, 3)}  # articles 1 and 2 stay healthy


@dataclass
class BadDay:
    site: Site
    db: Path
    first: dict[str, Any]
    second: dict[str, Any]
    first_log: int  # requests the server had seen when the first run ended
    stored_after_first: dict[str, int]

    def url(self, name: str) -> str:
        return self.site.server.url(article_path(NUMBER[name]))


@pytest.fixture(scope="module")
def bad_day(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BadDay]:
    server, other = Server(), Server()
    site = Site(server, other, tmp_path_factory.mktemp("bad-day"))
    site.publish(1, 2, *NUMBER.values())
    robots = "".join(f"Disallow: {article_path(NUMBER[k])}\n" for k, fault in FAULTS.items() if fault.robots)
    server.page("/robots.txt", f"User-agent: *\nDisallow: /wp-admin/\n{robots}", "text/plain")
    for name, n in NUMBER.items():
        server.script(article_path(n), *FAULTS[name].replies(site, n))
        server.script(f"/loop/{n}/", Reply(302, headers={"Location": article_path(n)}))
    db = site.tmp_path / "w.duckdb"
    first = crawl(site, db)
    first_log, stored_after_first = len(server.log), stored(db)
    site.publish(*site.articles)  # the portal heals
    server.page("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\n", "text/plain")
    second = crawl(site, db)
    yield BadDay(site, db, first, second, first_log, stored_after_first)
    server.close()
    other.close()


@pytest.mark.parametrize("name", FAULTS)
def test_fault_is_survived_recorded_and_healed(name: str, bad_day: BadDay) -> None:
    fault, url = FAULTS[name], bad_day.url(name)
    recorded = [f for f in bad_day.first["failures"] if f["url"] == url]
    with duckdb.connect(str(bad_day.db), read_only=True) as con:
        first_seen, snapshots = con.execute(
            "SELECT a.first_seen_run, count(*) FROM articles a JOIN snapshots s USING (article_id) WHERE a.url = ? "
            "GROUP BY ALL", [url]).fetchone()
    if fault.stage is None:
        assert recorded == [] and first_seen == bad_day.first["run_id"]
    else:
        assert [f["stage"] for f in recorded] == [fault.stage], bad_day.first["failures"]
        assert re.search(fault.reason, recorded[0]["reason"]), recorded[0]["reason"]
        assert first_seen == bad_day.second["run_id"], "the next run picks up what failed"
    assert snapshots == 1
    if fault.requests is not None:
        asked = [r for r in bad_day.site.server.log[: bad_day.first_log] if r.path == article_path(NUMBER[name])]
        assert len(asked) == fault.requests


def test_a_bad_day_loses_nothing_duplicates_nothing_and_stays_home(bad_day: BadDay) -> None:
    failing = sum(fault.stage is not None for fault in FAULTS.values())
    assert bad_day.first["status"] == "partial" and len(bad_day.first["failures"]) == failing
    assert (bad_day.second["status"], bad_day.second["failures"]) == ("completed", [])
    assert bad_day.second["articles_new"] == failing
    after = stored(bad_day.db)
    assert after["articles"] == 2 + len(FAULTS) == bad_day.stored_after_first["articles"] + failing
    assert after["snapshots"] == after["articles"] and after["duplicate snapshots"] == 0
    assert after["facts"] > bad_day.stored_after_first["facts"]
    assert_stayed_home(bad_day.site)


def test_429_waits_for_retry_after(bad_day: BadDay) -> None:
    first, retry = bad_day.site.server.requests(article_path(NUMBER["429-retry-after"]))[:2]
    assert retry.at - first.at >= 0.95, "the retry came before the Retry-After the server asked for"


def test_non_utf8_page_is_decoded(bad_day: BadDay) -> None:
    """A windows-1258 page (Vietnamese with combining tone marks) declared only in its Content-Type."""
    url, n = bad_day.url("non-utf8-page"), NUMBER["non-utf8-page"]
    with duckdb.connect(str(bad_day.db), read_only=True) as con:
        text, raw = con.execute("SELECT text, raw_html FROM snapshots WHERE url = ?", [url]).fetchone()
        ranks = con.execute("SELECT rank FROM rankings WHERE url = ?", [url]).fetchall()
    assert b"k\xea\xect" in raw  # "kết" as ê + combining acute: the page really was windows-1258 on the wire
    assert text.startswith(f"Cải cách hành chính số {n}\n\nNăm 2023, Chỉ số CCHC của tỉnh xếp thứ {n}/63")
    assert ranks == [(n,)]


def test_vanished_article_is_marked_gone_and_kept(site: Site, tmp_path: Path, prefect_harness: None) -> None:
    db = tmp_path / "w.duckdb"
    vanishing = article_path(3)
    site.publish(1, 2, 3, 4)
    crawl(site, db)
    before = stored(db)
    site.server.script(vanishing, Reply(410))
    second = crawl(site, db, full=True)
    with duckdb.connect(str(db), read_only=True) as con:
        status = dict(con.execute("SELECT url, status FROM articles").fetchall())
    assert second["failures"] == [{"url": site.server.url(vanishing), "stage": "gone", "reason": "HTTP 410"}]
    assert status[site.server.url(vanishing)] == "gone"
    assert (second["articles_gone"], second["articles_unchanged"]) == (1, 3)
    assert sorted(status.values()) == ["gone", "live", "live", "live"]
    assert stored(db) == before  # its snapshot and facts stay as history
    asked = len(site.server.requests(vanishing))
    third = crawl(site, db)
    assert third["failures"] == []
    assert len(site.server.requests(vanishing)) == asked, "an incremental run does not ask for a gone article again"
    assert_stayed_home(site)


def test_failed_listing_page_is_walked_again(site: Site, tmp_path: Path, prefect_harness: None) -> None:
    """Page 2 of the listing fails: the next run walks the listing to its end even though page 1
    holds nothing new, so the articles only page 2 lists are not lost."""
    db = tmp_path / "w.duckdb"
    site.publish(*range(1, 9))  # feed: 8..4; listing: 8,7,6 | 5,4,3 | 2,1
    site.server.script("/category/tin/page/2/", Reply(503))
    first = crawl(site, db)
    page2 = site.server.url("/category/tin/page/2/")
    assert [(f["stage"], f["url"]) for f in first["failures"]] == [("discover", page2)]
    assert stored(db)["articles"] == 5  # 8..4 from the feed and page 1
    site.publish()
    second = crawl(site, db)
    assert (second["status"], second["articles_new"], stored(db)["articles"]) == ("completed", 3, 8)
    assert_stayed_home(site)


def test_failed_article_deep_in_a_listing_is_retried(site: Site, tmp_path: Path, prefect_harness: None) -> None:
    """Article 2 is only on listing page 3 and failed: the next run asks for it again although
    listing page 1 holds nothing new (the run record is the to-do list)."""
    db = tmp_path / "w.duckdb"
    site.publish(*range(1, 10))  # feed: 9..5; listing: 9,8,7 | 6,5,4 | 3,2,1
    site.server.script(article_path(2), Reply(503))
    first = crawl(site, db)
    assert [f["url"] for f in first["failures"]] == [site.server.url(article_path(2))]
    site.publish(2)
    mark = len(site.server.log)
    second = crawl(site, db)
    assert (second["status"], second["articles_new"], stored(db)["articles"]) == ("completed", 1, 9)
    assert "/category/tin/page/2/" not in [r.path for r in site.server.log[mark:]]  # found by the record, not a walk


def test_incremental_run_costs_about_one_request_per_new_article(site: Site, tmp_path: Path,
                                                                 prefect_harness: None) -> None:
    db = tmp_path / "w.duckdb"
    site.publish(*range(1, 7))
    crawl(site, db)
    site.publish(7, 8)
    mark = len(site.server.log)
    run = crawl(site, db)
    sent = site.server.log[mark:]
    article_requests = [r for r in sent if re.match(r"^/\d{4}/", r.path)]
    discovery = [r.path for r in sent if not re.match(r"^/\d{4}/", r.path)]
    per_article = len(article_requests) / run["articles_new"]
    message = (f"incremental run: {run['articles_new']} new articles, {len(article_requests)} article requests "
               f"= {per_article:.2f} per new article, plus {len(discovery)} discovery requests {discovery}")
    print(message)
    assert run["articles_new"] == 2, message
    assert per_article <= 1.1, message
    assert sorted(discovery) == ["/category/tin/", "/category/tin/page/2/", "/feed/", "/robots.txt"], message
    assert run["requests"] == len(sent), "the run record counts every request the server saw"
    assert_stayed_home(site)


def test_full_run_uses_conditional_gets_and_stores_only_changes(site: Site, tmp_path: Path,
                                                                prefect_harness: None) -> None:
    db = tmp_path / "w.duckdb"
    site.publish(1, 2, 3)
    crawl(site, db)
    with duckdb.connect(str(db), read_only=True) as con:
        old_facts = con.execute("SELECT fact_id FROM facts f JOIN snapshots s USING (snapshot_id) WHERE s.url = ?",
                                [site.server.url(article_path(2))]).fetchall()
    site.server.page(article_path(2), site.html(2, extra="<p>Năm 2024 xếp thứ 1/63 tỉnh, thành phố.</p>"))
    mark = len(site.server.log)
    run = crawl(site, db, full=True)
    conditional = [r for r in site.server.log[mark:] if re.match(r"^/\d{4}/", r.path)]
    assert all("If-None-Match" in r.headers for r in conditional) and len(conditional) == 3
    assert (run["articles_changed"], run["articles_unchanged"], run["articles_new"]) == (1, 2, 0)
    with duckdb.connect(str(db), read_only=True) as con:
        snaps = con.execute("SELECT count(*) FROM snapshots WHERE url = ?", [site.server.url(article_path(2))])
        assert snaps.fetchone()[0] == 2
        kept = con.execute("SELECT fact_id FROM facts WHERE fact_id IN (SELECT unnest(?))",
                           [[f for (f,) in old_facts]]).fetchall()
    assert len(kept) == len(old_facts) > 0  # the old snapshot's facts stay as history
    assert stored(db)["snapshots"] == 4


def test_since_and_max_articles_limit_what_is_stored(site: Site, tmp_path: Path, prefect_harness: None) -> None:
    site.publish(1, 2, 3, 4, 5)
    since = crawl(site, tmp_path / "since.duckdb", since=date(2024, 1, 4))
    assert (since["articles_new"], since["articles_skipped"]) == (2, 3)
    assert stored(tmp_path / "since.duckdb")["articles"] == 2
    capped = crawl(site, tmp_path / "capped.duckdb", max_articles=2)
    assert (capped["articles_seen"], stored(tmp_path / "capped.duckdb")["articles"]) == (2, 2)


def test_an_article_the_rules_fail_on_fails_alone(
    site: Site, tmp_path: Path, prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    flow = sys.modules["flows.ingest"]  # the module (the package's `ingest` is the flow)
    real = flow.extract

    def failing_on_one(text: str, context: Any = None) -> Any:  # a rule's bug, injected on one article's text
        if "Cải cách hành chính số 2" in text:
            raise TypeError("'NoneType' object is not subscriptable")
        return real(text, context)

    monkeypatch.setattr(flow, "extract", failing_on_one)
    site.publish(1, 2, 3)
    db = tmp_path / "w.duckdb"
    run = crawl(site, db)
    assert [(f["stage"], f["url"]) for f in run["failures"]] == [("extract", site.server.url(article_path(2)))]
    assert "TypeError" in run["failures"][0]["reason"]
    assert stored(db)["articles"] == 2
    monkeypatch.setattr(flow, "extract", real)
    healed = crawl(site, db)
    assert healed["failures"] == [] and stored(db)["articles"] == 3
