"""The Fetcher and discovery against the scripted loopback server: politeness, Retry-After, caps,
redirects, robots.txt; and the page-level pieces the crawl leans on (charset, canonical URL)."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from crawl import Disallowed, Fetcher, FetchError, Gone, NotModified, ProfileError, discover, load_profile
from crawl.urls import clean_url
from parse.article import decode, parse_article
from tests.crawl.conftest import Reply, Site, article_path


class Sleeps(list[float]):
    """A `sleep` that records the waits asked for instead of sleeping them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def fetcher(site: Site, sleep: Sleeps | None = None, hosts: str = "", **politeness: object) -> Fetcher:
    return Fetcher(load_profile(site.profile(hosts, **politeness)), sleep=sleep if sleep is not None else Sleeps())


def test_user_agent_names_a_contact_and_the_operator_can_replace_it(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.publish(1)
    with fetcher(site) as f:
        f.get(site.server.url(article_path(1)))
    monkeypatch.setenv("PARFACTS_CONTACT", "https://ops.example.vn/crawler")
    with fetcher(site) as f:
        f.get(site.server.url(article_path(1)))
    agents = [r.headers["User-Agent"] for r in site.server.requests(article_path(1))]
    assert agents[0].startswith("parfacts/") and "+mailto:crawler-test@example.org;" in agents[0]
    assert "+https://ops.example.vn/crawler;" in agents[1]


def test_per_host_rate_limit_spaces_requests(site: Site) -> None:
    site.publish(1, 2, 3)
    with Fetcher(load_profile(site.profile(requests_per_second=10))) as f:
        for n in (1, 2, 3):
            f.get(site.server.url(article_path(n)))
    times = [r.at for r in site.server.log]  # robots.txt, then the three articles
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 4 and min(gaps) >= 0.09, gaps


def test_concurrency_cap_holds_per_host(site: Site) -> None:
    site.publish(*range(1, 7))
    for n in range(2, 7):
        site.server.script(article_path(n), Reply(body=site.html(n).encode(), delay=0.15))
    with fetcher(site, concurrency=2) as f:
        f.get(site.server.url(article_path(1)))  # robots.txt is read first
        workers = [threading.Thread(target=f.get, args=(site.server.url(article_path(n)),)) for n in range(2, 7)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    starts = sorted(r.at for r in site.server.log if r.path not in ("/robots.txt", article_path(1)))
    # Five callers at once, two slots, 0.15 s per answer: the third request waits for the first to end.
    assert len(starts) == 5 and starts[2] - starts[0] >= 0.14 and starts[4] - starts[0] >= 0.29, starts


def test_robots_crawl_delay_slows_the_host(site: Site) -> None:
    site.publish(1, 2)
    site.server.page("/robots.txt", "User-agent: parfacts\nCrawl-delay: 3\nDisallow:\n", "text/plain")
    sleeps = Sleeps()
    with fetcher(site, sleeps) as f:
        f.get(site.server.url(article_path(1)))
        f.get(site.server.url(article_path(2)))
    assert max(sleeps) >= 2.9, sleeps


@pytest.mark.parametrize(("robots", "allowed"), [(Reply(404), True), (Reply(403), True), (Reply(503), False)])
def test_unreadable_robots_txt(site: Site, robots: Reply, allowed: bool) -> None:
    """RFC 9309: a robots.txt that is not there allows everything; one the server fails to serve forbids it."""
    site.publish(1)
    site.server.script("/robots.txt", robots)
    with fetcher(site) as f:
        if allowed:
            assert f.get(site.server.url(article_path(1))).status == 200
        else:
            with pytest.raises(Disallowed, match=r"robots\.txt could not be read"):
                f.get(site.server.url(article_path(1)))
    assert len(site.server.requests(article_path(1))) == (1 if allowed else 0)


def test_retry_after_in_seconds_and_as_http_date_is_honoured(site: Site) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=40), usegmt=True)
    path = article_path(1)
    site.server.script(path, Reply(429, headers={"Retry-After": "30"}), Reply(503, headers={"Retry-After": when}),
                       Reply(body=site.html(1).encode()))
    sleeps = Sleeps()
    with fetcher(site, sleeps, max_retries=3) as f:
        assert f.get(site.server.url(path)).status == 200
    assert len(site.server.requests(path)) == 3
    assert 29.9 <= sleeps[0] <= 30 and 38 <= sleeps[1] <= 40.5, sleeps


def test_retry_after_beyond_the_cap_leaves_the_url_for_the_next_run(site: Site) -> None:
    site.server.script(article_path(1), Reply(503, headers={"Retry-After": "86400"}))
    sleeps = Sleeps()
    with fetcher(site, sleeps, max_retry_after=60) as f, pytest.raises(FetchError, match="Retry-After 86400 s"):
        f.get(site.server.url(article_path(1)))
    assert len(site.server.requests(article_path(1))) == 1 and sleeps == []


def test_backoff_grows_exponentially_with_jitter(site: Site) -> None:
    site.server.script(article_path(1), Reply(502))
    sleeps = Sleeps()
    with fetcher(site, sleeps, max_retries=4, backoff_base=1) as f, pytest.raises(FetchError, match="after 5 attempts"):
        f.get(site.server.url(article_path(1)))
    # Each wait is base * 2**attempt * (1 + jitter), jitter in [0, 1).
    assert len(sleeps) == 4
    for attempt, wait in enumerate(sleeps):
        assert 2**attempt <= wait < 2 ** (attempt + 1) + 0.01, sleeps


def test_redirects_within_the_host_are_followed_up_to_the_limit(site: Site) -> None:
    site.publish(1)
    hops = [f"/hop/{i}/" for i in range(7)]
    for here, there in zip(hops, [*hops[1:], article_path(1)], strict=True):
        site.server.script(here, Reply(301, headers={"Location": there}))
    with fetcher(site) as f:
        page = f.get(site.server.url(hops[-2]))  # two hops to the article
        assert page.url == site.server.url(article_path(1)) and page.status == 200
        with pytest.raises(FetchError, match="more than 5 redirects"):
            f.get(site.server.url(hops[0]))
    # The second call stops after five hops, before asking /hop/6/ (asked once, by the first call).
    assert [len(site.server.requests(hop)) for hop in hops] == [1, 1, 1, 1, 1, 2, 1]


def test_a_url_off_the_profile_is_never_requested(site: Site) -> None:
    """Bare `127.0.0.1` allows every port of it; `127.0.0.1:<port>` (the default from base_url) just that one."""
    site.other.page("/x/", "<p>elsewhere</p>")
    with fetcher(site) as f, pytest.raises(Disallowed, match="outside the profile's allowed hosts"):
        f.get(site.other.url("/x/"))
    assert site.other.log == []
    with fetcher(site, hosts='allowed_hosts = ["127.0.0.1"]') as f:
        assert f.get(site.other.url("/x/")).status == 200


def test_conditional_get_and_gone(site: Site) -> None:
    site.publish(1)
    with fetcher(site) as f:
        page = f.get(site.server.url(article_path(1)))
        again = f.get(site.server.url(article_path(1)), etag=page.etag)
        with pytest.raises(Gone, match="HTTP 404"):
            f.get(site.server.url("/2024/02/02/khong-co/"))
    assert isinstance(again, NotModified)
    assert site.server.requests(article_path(1))[1].headers["If-None-Match"] == page.etag


def test_a_slow_body_hits_the_deadline_not_the_read_timeout(site: Site) -> None:
    """Every piece arriving within the read timeout does not let a response take forever."""
    site.server.script(article_path(1), Reply(body=b"x" * 10, stall=0.3))
    with fetcher(site, read_timeout=5, fetch_deadline=0.1) as f, pytest.raises(FetchError, match=r"after 0\.1 s"):
        f.get(site.server.url(article_path(1)))
    assert len(site.server.requests(article_path(1))) == 1  # not retried within the run: the next run tries


def test_discovery_stops_paging_when_a_listing_page_holds_nothing_new(site: Site) -> None:
    site.publish(*range(1, 10))  # listing: 9,8,7 | 6,5,4 | 3,2,1
    known = {site.server.url(article_path(n)) for n in (6, 5, 4, 3, 2, 1)}
    with fetcher(site) as f:
        found = discover(f, f.profile, is_known=known.__contains__)
        walked = discover(f, f.profile, is_known=known.__contains__, full=True)
    listing_pages = [r.path for r in site.server.log if r.path.startswith("/category/")]
    assert listing_pages == ["/category/tin/", "/category/tin/page/2/",
                             "/category/tin/", "/category/tin/page/2/", "/category/tin/page/3/"]
    assert len(found.urls) == 6 and len(walked.urls) == 9
    assert site.other.url(article_path(99)) not in found.urls  # the feed's off-host item is data, not work


def test_charset_from_header_meta_and_bom() -> None:
    text = "Cải cách hành chính"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "text/html").lstrip("\ufeff") == text
    assert decode(b"\xff\xfe" + text.encode("utf-16-le")).lstrip("\ufeff") == text
    latin = "<meta charset='iso-8859-1'><p>Café</p>".encode("latin-1")
    assert "Café" in decode(latin)
    assert "Café" in decode("<p>Café</p>".encode("latin-1"), "text/html; charset=ISO-8859-1")
    assert "Cải" in decode(text.encode("utf-8"), "text/html; charset=bogus-charset")  # a safe fallback


def test_canonical_url_is_resolved_and_stripped_of_tracking(site: Site) -> None:
    profile = load_profile(site.profile())
    url = site.server.url(article_path(4))
    article = parse_article(site.html(4).encode(), url + "?fbclid=abc", profile.selectors, "text/html")
    assert article.canonical_url == url
    assert clean_url("HTTPS://Cchc.Backan.gov.vn:443/a/?utm_medium=x&p=2#c") == "https://cchc.backan.gov.vn/a/?p=2"


@pytest.mark.parametrize(
    ("line", "message"),
    [('allowed_hosts = ["other.gov.vn"]', "allowed_hosts: does not include the host of base_url"),
     ("", "politeness.contact: expected str")],
)
def test_profile_mistakes_name_the_field(site: Site, line: str, message: str) -> None:
    path = site.profile(line, **({} if line else {"contact": 5}))
    with pytest.raises(ProfileError, match=message):
        load_profile(path)


def test_timeouts_are_applied(site: Site) -> None:
    site.server.script(article_path(1), Reply(body=b"late", delay=0.5))
    started = time.monotonic()
    with fetcher(site, read_timeout=0.1, max_retries=1) as f, pytest.raises(FetchError, match="ReadTimeout"):
        f.get(site.server.url(article_path(1)))
    assert time.monotonic() - started < 1.0
