"""Polite, resilient GETs inside one site profile's hosts.

The fetcher speaks in portal URLs; a `Router` decides where the bytes really come from (the live
host, a loopback replay of a bundled snapshot, later a web archive), so provenance can record both.
Every request: identifying User-Agent, robots.txt, a per-host rate limit, connect/read timeouts,
retries with exponential backoff and jitter (honouring Retry-After), a body-size cap enforced while
streaming (after decompression), and redirects followed only within the profile's hosts.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from crawl.errors import Disallowed, FetchError, Gone
from crawl.profile import Politeness, SiteProfile
from parfacts import __version__
from schemas import FetchedPage

USER_AGENT = f"parfacts/{__version__} (+https://github.com/parfacts/parfacts; public-administration research crawler)"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 120.0

Router = Callable[[str], str]


def live(url: str) -> str:
    return url


def replay_router(portal_base: str, server: str) -> Router:
    """Send requests for the portal's host to a loopback replay of its snapshot."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(portal_base))

    def route(url: str) -> str:
        return server + url[len(origin) :] if url.startswith(origin) else url

    return route


@dataclass(frozen=True, slots=True)
class NotModified:
    """A conditional GET answered 304: the stored snapshot is still current."""

    url: str


class _RateLimiter:
    """At most one request per `interval` seconds, shared by every thread of a crawl."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            time.sleep(delay)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


class Fetcher:
    """GETs for one site. Thread-safe: a crawl shares one fetcher between its workers."""

    def __init__(
        self,
        profile: SiteProfile,
        *,
        router: Router = live,
        politeness: Politeness | None = None,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.profile = profile
        self.router = router
        self.politeness = politeness or profile.politeness
        self.sleep = sleep
        self.requests = 0  # every request sent, retries and robots.txt included
        self._lock = threading.Lock()  # guards the request counter
        self._robots_lock = threading.Lock()
        p = self.politeness
        self.client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Language": "vi,en;q=0.5"},
            timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
            limits=httpx.Limits(max_connections=p.concurrency),
            follow_redirects=False,
        )
        self._robots: RobotFileParser | None = None
        self._limiter = _RateLimiter(1.0 / p.requests_per_second)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def robots(self) -> RobotFileParser:
        """The site's robots.txt, read once; a missing or broken one allows everything."""
        with self._robots_lock:
            if self._robots is None:
                parser = RobotFileParser()
                try:
                    page = self._get(self.profile.absolute("/robots.txt"), {}, check_robots=False)
                    lines = page.body.decode("utf-8", "replace").splitlines() if page.status == 200 else []
                except FetchError:
                    lines = []
                parser.parse(lines)
                delay = parser.crawl_delay("*")
                if delay:
                    self._limiter.interval = max(self._limiter.interval, float(delay))
                self._robots = parser
            return self._robots

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchedPage | NotModified:
        """Fetch a portal URL; conditional when validators of a stored snapshot are given."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        page = self._get(url, headers, check_robots=True)
        return NotModified(url) if page.status == 304 else page

    def _get(self, url: str, headers: dict[str, str], *, check_robots: bool) -> FetchedPage:
        for _hop in range(self.politeness.max_redirects + 1):
            if not self.profile.allows(url):
                raise Disallowed(url, "outside the profile's allowed hosts")
            if check_robots and not self.robots.can_fetch(self.client.headers["User-Agent"], url):
                raise Disallowed(url, "disallowed by robots.txt")
            page = self._with_retries(url, headers)
            if page.status in (301, 302, 303, 307, 308):
                url = urljoin(url, page.location or "")
                continue
            if page.status in (404, 410):
                raise Gone(url, page.status)
            if page.status not in (200, 304):
                raise FetchError(url, f"HTTP {page.status}", status=page.status, retryable=page.status >= 500)
            return page
        raise FetchError(url, f"more than {self.politeness.max_redirects} redirects", retryable=False)

    def _with_retries(self, url: str, headers: dict[str, str]) -> FetchedPage:
        p = self.politeness
        for attempt in range(p.max_retries + 1):
            wait: float | None = None
            try:
                page, wait = self._once(url, headers)
            except (httpx.TransportError, FetchError) as exc:
                if isinstance(exc, FetchError) and not exc.retryable:
                    raise
                if attempt == p.max_retries:
                    reason = exc.reason if isinstance(exc, FetchError) else f"{type(exc).__name__}: {exc}"
                    raise FetchError(url, f"{reason} (after {attempt + 1} attempts)") from None
            else:
                if page.status not in _RETRY_STATUS:
                    return page
                if attempt == p.max_retries:
                    raise FetchError(url, f"HTTP {page.status} (after {attempt + 1} attempts)", status=page.status)
            backoff = p.backoff_base * 2**attempt * (1 + random.random())
            self.sleep(min(_MAX_RETRY_AFTER, max(backoff, wait or 0.0)))
        raise AssertionError("unreachable: the loop returns or raises")

    def _once(self, url: str, headers: dict[str, str]) -> tuple[FetchedPage, float | None]:
        self._limiter.wait()
        target = self.router(url)
        with self._lock:
            self.requests += 1
        cap = self.politeness.max_body_bytes
        with self.client.stream("GET", target, headers=headers) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cap:
                raise FetchError(url, f"body of {declared} bytes exceeds the cap of {cap}", retryable=False)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError(url, f"body exceeds the cap of {cap} bytes", retryable=False)
                chunks.append(chunk)
        status = response.status_code
        page = FetchedPage(
            url=url,
            fetched_from=target,
            fetched_at=datetime.now(UTC),
            status=status,
            body=b"".join(chunks),
            content_type=response.headers.get("Content-Type"),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            location=response.headers.get("Location"),
        )
        return page, _retry_after(response) if status in _RETRY_STATUS else None
