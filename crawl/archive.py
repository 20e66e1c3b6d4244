"""A portal's pages from a Wayback-style web archive: discovery from its CDX index, the original
bytes from its raw (`id_`) replay, and provenance naming the archive address and the capture time.

Portals closed in the 2025 province merger live on only there. The fetcher still speaks in portal
URLs, so the profile's hosts still decide what may be asked for; the archive router turns each one
into the replay address of its newest capture, on the archive the profile declares and nowhere else.

>>> capture = Capture("http://sonoivu.quangbinh.gov.vn:80/vi/news/a-1.html", "20240417091500")
>>> capture.archived_at.isoformat()
'2024-04-17T09:15:00+00:00'
>>> replay_url(Archive("https://web.archive.org/cdx/search/cdx", "https://web.archive.org/web/"), capture)
'https://web.archive.org/web/20240417091500id_/http://sonoivu.quangbinh.gov.vn:80/vi/news/a-1.html'
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit, urlunsplit

from crawl.discover import Discovery, discover
from crawl.errors import Disallowed, FetchError, ProfileError
from crawl.fetch import Fetcher, NotModified, Router, Sleep
from crawl.profile import Archive, Politeness, SiteProfile
from crawl.urls import clean_url
from schemas import FetchedPage

_TIMESTAMP_FORMAT = "%Y%m%d%H%M%S"
_FIELDS = "timestamp,original,statuscode,mimetype,digest"


@dataclass(frozen=True, slots=True)
class Capture:
    """One archived copy of a page: the URL as the archive recorded it, and when (UTC)."""

    original: str
    timestamp: str  # yyyyMMddhhmmss

    @property
    def archived_at(self) -> datetime:
        return datetime.strptime(self.timestamp, _TIMESTAMP_FORMAT).replace(tzinfo=UTC)


def replay_url(archive: Archive, capture: Capture) -> str:
    """The capture's raw replay: `id_` asks for the original bytes, without the archive's banner
    and rewritten links, so the page parses exactly as the portal served it."""
    return f"{archive.replay.rstrip('/')}/{capture.timestamp}id_/{capture.original}"


def cdx_query(archive: Archive, host: str) -> str:
    """Every 200 capture under the host, one row per distinct content of a URL.

    `collapse=digest` rather than `collapse=urlkey`: the latter keeps the first row of each URL,
    which is its oldest capture, and the newest is the one that shows what the portal last said."""
    params = {"url": f"{host}/*", "output": "json", "filter": "statuscode:200", "collapse": "digest", "fl": _FIELDS}
    params |= {key: value for key, value in (("from", archive.from_), ("to", archive.to)) if value}
    return f"{archive.cdx}?{urlencode(params, safe='/*:,')}"


def parse_cdx(url: str, body: bytes) -> list[Capture]:
    """Captures of a JSON CDX answer (a header row naming the fields, then one row per capture);
    rows with a timestamp that is not a full yyyyMMddhhmmss are skipped."""
    try:
        rows = json.loads(body) if body.strip() else []
        if not rows:  # no capture at all: an empty answer, without even the header row
            return []
        header, *data = rows
        timestamp, original = header.index("timestamp"), header.index("original")
    except (ValueError, TypeError, AttributeError) as exc:
        raise FetchError(url, f"not a JSON CDX answer with timestamp and original ({exc})", retryable=False) from None
    captures = []
    for row in data:
        capture = Capture(str(row[original]), str(row[timestamp]))
        try:
            capture.archived_at  # noqa: B018  (validates the timestamp)
        except ValueError:
            continue
        captures.append(capture)
    return captures


def portal_url(profile: SiteProfile, original: str) -> str:
    """A recorded URL in the profile's own spelling: archives keep `http://host:80/...` and
    `https://host/...` apart; the warehouse must see one article."""
    parts = urlsplit(clean_url(original))
    return clean_url(urlunsplit((urlsplit(profile.base_url).scheme, parts.netloc, parts.path, parts.query, "")))


def newest_captures(profile: SiteProfile, captures: list[Capture]) -> dict[str, Capture]:
    """The newest capture of each article URL (and of robots.txt, which the replay honours), by portal URL."""
    newest: dict[str, Capture] = {}
    for capture in captures:
        url = portal_url(profile, capture.original)
        wanted = profile.is_article(url) or (profile.allows(url) and urlsplit(url).path == "/robots.txt")
        if wanted and (url not in newest or capture.timestamp > newest[url].timestamp):
            newest[url] = capture
    return newest


def archive_router(archive: Archive, captures: dict[str, Capture]) -> Router:
    """Portal URL -> replay address of its newest capture. A URL never captured has no address on
    the archive, so no request is made for it."""

    def route(url: str) -> str:
        capture = captures.get(url)
        if capture is None:
            raise FetchError(url, "no capture in the web archive", status=404, retryable=False)
        return replay_url(archive, capture)

    return route


class ArchiveFetcher:
    """The fetcher of a profile with an `[archive]`: in mode `only` every page comes from the archive
    (the portal is gone and never asked); in `fallback` the live portal is asked first and a page it
    no longer serves comes from its newest capture. Pages from the archive carry `archived_at`.

    Requests go to the profile's hosts (live) and to the archive's declared hosts (CDX, replay) only:
    the CDX index is fetched under a profile allowing just the archive's hosts, and the replay router
    only ever answers with addresses under the declared replay prefix."""

    def __init__(
        self, profile: SiteProfile, *, politeness: Politeness | None = None, sleep: Sleep = time.sleep
    ) -> None:
        if profile.archive is None:
            raise ProfileError(f"{profile.path}: no [archive] section to fetch through")
        self.archive = profile.archive
        self.politeness = politeness or profile.politeness
        self.captures: dict[str, Capture] = {}  # filled by `discover_archived`, read by the router
        index_profile = replace(profile, base_url=self.archive.cdx, allowed_hosts=self.archive.hosts, archive=None)
        self.index = Fetcher(index_profile, politeness=self.politeness, sleep=sleep)
        self.replay = Fetcher(profile, router=archive_router(self.archive, self.captures), politeness=self.politeness,
                              sleep=sleep)
        fallback = self.archive.mode == "fallback"
        self.live = Fetcher(profile, politeness=self.politeness, sleep=sleep) if fallback else None

    @property
    def requests(self) -> int:
        return sum(f.requests for f in (self.index, self.replay, self.live) if f is not None)

    def close(self) -> None:
        for fetcher in (self.index, self.replay, self.live):
            if fetcher is not None:
                fetcher.close()

    def __enter__(self) -> ArchiveFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchedPage | NotModified:
        """The live page (fallback mode) or else the newest capture's bytes, stamped with its capture time."""
        if self.live is not None:
            try:
                return self.live.get(url, etag=etag, last_modified=last_modified)
            except FetchError as exc:
                # robots.txt or the host list said no: the owner's word stands, the archive is no way round it.
                if isinstance(exc, Disallowed) or url not in self.captures:
                    raise
        page = self.replay.get(url)  # no validators: a capture never changes, and the text hash decides
        assert isinstance(page, FetchedPage)  # an unconditional GET is never answered 304
        return replace(page, archived_at=self.captures[url].archived_at)

    def index_captures(self, profile: SiteProfile, failures: dict[str, str]) -> int:
        """Ask the CDX index for each of the profile's hosts; returns how many answers came back."""
        answers: list[Capture] = []
        pages = 0
        for host in profile.allowed_hosts:
            query = cdx_query(self.archive, host)
            try:
                page = self.index.get(query)
                assert isinstance(page, FetchedPage)
                answers += parse_cdx(query, page.body)
                pages += 1
            except FetchError as exc:
                failures[query] = exc.reason
        self.captures.update(newest_captures(profile, answers))
        return pages


def discover_archived(
    fetcher: ArchiveFetcher,
    profile: SiteProfile,
    *,
    is_known: Callable[[str], bool] = lambda url: False,
    full: bool = False,
    progress: Callable[[str], None] = lambda message: None,
) -> Discovery:
    """Article URLs of a portal with an archive: its live feeds and listings first (fallback mode),
    then every captured article they no longer list, newest capture first."""
    found = discover(fetcher.live, profile, is_known=is_known, full=full, progress=progress) if fetcher.live \
        else Discovery()
    found.pages += fetcher.index_captures(profile, found.failures)
    articles = [url for url in fetcher.captures if profile.is_article(url)]
    added = sum(found.add(url) for url in sorted(articles, key=lambda u: fetcher.captures[u].timestamp, reverse=True))
    progress(f"web archive {fetcher.archive.cdx}: {len(articles)} captured articles, {added} not listed live")
    return found
