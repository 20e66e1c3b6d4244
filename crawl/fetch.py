"""Polite, resilient GETs inside one site profile's hosts.

The fetcher speaks in portal URLs; a `Router` decides where the bytes really come from (the live
host, a loopback replay of a bundled snapshot, later a web archive), so provenance can record both.
Every request: identifying User-Agent with a contact, robots.txt (with `Crawl-delay`), a per-host
rate limit and concurrency cap, connect/read timeouts and a whole-response deadline, retries with
exponential backoff and jitter (honouring Retry-After), a body-size cap enforced while streaming and
again after decompression, and redirects followed only within the profile's hosts.
"""

from __future__ import annotations

import os
import random
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from crawl.errors import Disallowed, FetchError, Gone
from crawl.profile import Politeness, SiteProfile
from parfacts import __version__
from schemas import FetchedPage

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})

Router = Callable[[str], str]
Sleep = Callable[[float], None]


def user_agent(contact: str) -> str:
    """The User-Agent a site owner sees in their logs; `PARFACTS_CONTACT` (the operator's own
    address) wins over the profile's contact."""
    return f"parfacts/{__version__} (+{os.environ.get('PARFACTS_CONTACT') or contact}; public-administration research)"


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


class _Host:
    """One host's share of politeness: its rate limit, its concurrency cap and its robots.txt.

    The pause after a 429 or 5xx is the host's, not the failing thread's: every worker waits it out.
    """

    def __init__(self, interval: float, concurrency: int, sleep: Sleep) -> None:
        self.interval = interval
        self.slots = threading.BoundedSemaphore(concurrency)
        self.robots: RobotFileParser | None = None
        self.robots_lock = threading.Lock()
        self._sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            self._sleep(delay)

    def defer(self, seconds: float) -> None:
        with self._lock:
            self._next = max(self._next, time.monotonic() + seconds)


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds a 429/503 asks us to wait: delta-seconds or an HTTP-date."""
    value = (response.headers.get("Retry-After") or "").strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError, IndexError):
        return None


def _read_body(response: httpx.Response, url: str, p: Politeness, deadline: float) -> bytes:
    """The decoded body, refused as soon as it passes the cap: on the wire, and inflated (a gzip bomb
    of a few kilobytes must not become gigabytes in memory before anyone counts)."""
    cap = p.max_body_bytes
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchError(url, f"body of {declared} bytes exceeds the cap of {cap}", retryable=False)
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflate = zlib.decompressobj()
    elif encoding in ("identity", ""):
        inflate = None
    else:
        raise FetchError(url, f"unsupported Content-Encoding {encoding!r}", retryable=False)
    body = bytearray()
    wire = 0
    for chunk in response.iter_raw():
        wire += len(chunk)
        if wire > cap:
            raise FetchError(url, f"body exceeds the cap of {cap} bytes", retryable=False)
        if time.monotonic() > deadline:
            raise FetchError(url, f"body not complete after {p.fetch_deadline:g} s")
        while chunk:
            # max_length bounds what one step may inflate; the rest waits in unconsumed_tail.
            body += inflate.decompress(chunk, cap + 1 - len(body)) if inflate else chunk
            if len(body) > cap:
                raise FetchError(url, f"body exceeds the cap of {cap} bytes once decompressed", retryable=False)
            chunk = inflate.unconsumed_tail if inflate else b""
    if inflate is not None and not inflate.eof:
        raise FetchError(url, f"{encoding} body ends before its compressed stream does")
    return bytes(body)


class Fetcher:
    """GETs for one site. Thread-safe: a crawl shares one fetcher between its workers."""

    def __init__(
        self,
        profile: SiteProfile,
        *,
        router: Router = live,
        politeness: Politeness | None = None,
        sleep: Sleep = time.sleep,
    ) -> None:
        self.profile = profile
        self.router = router
        self.politeness = p = politeness or profile.politeness
        self.sleep = sleep
        self.requests = 0  # every request sent, retries and robots.txt included
        self.user_agent = user_agent(p.contact)
        self._lock = threading.Lock()  # guards the request counter and the host table
        self._hosts: dict[str, _Host] = {}
        self.client = httpx.Client(
            # Only what `_read_body` can inflate under its cap.
            headers={"User-Agent": self.user_agent, "Accept-Language": "vi,en;q=0.5",
                     "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
            # The per-host semaphores do the limiting; the pool only has to hold every host's share.
            limits=httpx.Limits(max_connections=p.concurrency * max(2, len(profile.allowed_hosts))),
            follow_redirects=False,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc
        with self._lock:
            if key not in self._hosts:
                p = self.politeness
                self._hosts[key] = _Host(1.0 / p.requests_per_second, p.concurrency, self.sleep)
            return self._hosts[key]

    def _robots(self, url: str) -> RobotFileParser:
        """The robots.txt of the URL's origin, read once per crawl (RFC 9309): a 4xx one allows
        everything; one that cannot be read (5xx, network) forbids everything until the next run."""
        host = self._host(url)
        with host.robots_lock:
            if host.robots is None:
                parser = RobotFileParser()
                try:
                    page = self._get(urljoin(url, "/robots.txt"), {}, check_robots=False)
                    parser.parse(page.body.decode("utf-8", "replace").splitlines())
                except FetchError as exc:
                    if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                        parser.allow_all = True
                    else:
                        parser.disallow_all = True
                delay = parser.crawl_delay(self.user_agent)
                if delay:
                    host.interval = max(host.interval, float(delay))
                host.robots = parser
            return host.robots

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
        first = url
        hops = [url]
        if not self.profile.allows(url):
            raise Disallowed(url, f"{url} is outside the profile's allowed hosts")
        while True:
            robots = self._robots(url) if check_robots else None
            if robots is not None and not robots.can_fetch(self.user_agent, url):
                reason = "robots.txt could not be read" if robots.disallow_all else "disallowed by robots.txt"
                raise Disallowed(first, reason + (f" ({url})" if url != first else ""))
            page = self._with_retries(url, headers)
            if page.status not in _REDIRECT_STATUS:
                break
            if not page.location:
                raise FetchError(first, f"HTTP {page.status} without a Location", status=page.status, retryable=False)
            url = urldefrag(urljoin(url, page.location)).url
            if url in hops:
                raise FetchError(first, "redirect loop: " + " -> ".join([*hops, url]), retryable=False)
            hops.append(url)
            if len(hops) > self.politeness.max_redirects + 1:
                raise FetchError(first, f"more than {self.politeness.max_redirects} redirects", retryable=False)
            if not self.profile.allows(url):
                raise Disallowed(first, f"redirected to {url}, outside the profile's allowed hosts")
        if page.status in (404, 410):
            raise Gone(first, page.status)
        if page.status not in (200, 304):
            raise FetchError(first, f"HTTP {page.status}", status=page.status, retryable=False)
        return page

    def _with_retries(self, url: str, headers: dict[str, str]) -> FetchedPage:
        p = self.politeness
        host = self._host(url)
        for attempt in range(p.max_retries + 1):
            status = asked = None
            try:
                page, asked = self._once(url, headers, host)
            except httpx.TransportError as exc:  # connect error, timeout, reset, truncated body
                reason = f"{type(exc).__name__}: {exc}"
            else:
                if page.status not in _RETRY_STATUS:
                    return page
                status, reason = page.status, f"HTTP {page.status}"
            if asked is not None and asked > p.max_retry_after:
                raise FetchError(url, f"{reason} with Retry-After {asked:g} s, more than the cap of "
                                 f"{p.max_retry_after:g} s", status=status)
            if attempt == p.max_retries:
                raise FetchError(url, f"{reason} (after {attempt + 1} attempts)", status=status)
            backoff = min(p.max_retry_after, p.backoff_base * 2**attempt * (1 + random.random()))
            host.defer(max(backoff, asked or 0.0))
        raise AssertionError("unreachable: the loop returns or raises")

    def _once(self, url: str, headers: dict[str, str], host: _Host) -> tuple[FetchedPage, float | None]:
        target = self.router(url)
        with host.slots:
            host.wait()
            with self._lock:
                self.requests += 1
            deadline = time.monotonic() + self.politeness.fetch_deadline
            with self.client.stream("GET", target, headers=headers) as response:
                body = _read_body(response, url, self.politeness, deadline)
        status = response.status_code
        page = FetchedPage(
            url=url,
            fetched_from=target,
            fetched_at=datetime.now(UTC),
            status=status,
            body=body,
            content_type=response.headers.get("Content-Type"),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            location=response.headers.get("Location"),
        )
        return page, _retry_after(response) if status in _RETRY_STATUS else None
