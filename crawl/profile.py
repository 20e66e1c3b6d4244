"""Site profiles: a portal described as config (where lists and feeds are, which selectors hold
the title, date and body, how politely to fetch), so a new portal needs a TOML file, not code."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from crawl.errors import ProfileError


@dataclass(frozen=True, slots=True)
class Listing:
    start: str  # first page of a category listing, absolute or relative to base_url
    next: str  # CSS selector of the "next page" link
    max_pages: int = 50


@dataclass(frozen=True, slots=True)
class Selectors:
    title: str
    published: str  # element whose `datetime` attribute or text holds the publish date
    body: str
    drop: tuple[str, ...] = ()  # elements inside the body that are chrome (share widgets, counters)


DEFAULT_CONTACT = "https://github.com/parfacts/parfacts"


@dataclass(frozen=True, slots=True)
class Politeness:
    """How hard one crawl may press one host; every number is a ceiling the fetcher never exceeds."""

    requests_per_second: float = 1.0  # per host; robots.txt `Crawl-delay` can only lower it
    concurrency: int = 2  # requests in flight per host
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # longest silence while reading headers or body
    fetch_deadline: float = 120.0  # whole response, so a server trickling bytes cannot hold a worker forever
    max_retries: int = 4
    backoff_base: float = 1.0  # seconds; doubled each retry, with jitter
    max_retry_after: float = 120.0  # a server asking for a longer pause gets it: the URL waits for the next run
    max_body_bytes: int = 5_000_000  # on the wire and again after decompression
    max_redirects: int = 5
    contact: str = DEFAULT_CONTACT  # in the User-Agent, so a site owner can reach us; env PARFACTS_CONTACT wins


@dataclass(frozen=True, slots=True)
class Archive:
    """A Wayback-style web archive holding the portal's old pages (portals closed in the 2025 merger
    live on there): its CDX index for discovery, its replay prefix for the original bytes."""

    cdx: str  # CDX index endpoint, e.g. https://web.archive.org/cdx/search/cdx
    replay: str  # replay prefix, e.g. https://web.archive.org/web/
    mode: Literal["fallback", "only"] = "fallback"  # only: the portal is gone, never ask it
    from_: str | None = None  # capture timestamps (yyyyMMddhhmmss, any prefix) bounding the captures used
    to: str | None = None

    @property
    def hosts(self) -> tuple[str, ...]:
        """The archive's hosts: the only ones an archive crawl may ask besides the portal's."""
        return tuple(dict.fromkeys(urlsplit(url).netloc.lower() for url in (self.cdx, self.replay)))


@dataclass(frozen=True, slots=True)
class SiteProfile:
    name: str
    base_url: str
    province: str | None
    allowed_hosts: tuple[str, ...]
    article_url: re.Pattern[str]  # matched against the URL path (with query) of an article page
    selectors: Selectors
    feeds: tuple[str, ...] = ()
    listings: tuple[Listing, ...] = ()
    politeness: Politeness = field(default_factory=Politeness)
    snapshot: Path | None = None  # bundled offline copy of the portal (a replay manifest's folder)
    archive: Archive | None = None
    path: Path | None = None

    def absolute(self, url: str) -> str:
        return urljoin(self.base_url, url)

    def allows(self, url: str) -> bool:
        """True for http(s) URLs on one of the profile's hosts: no request ever leaves them.

        A host listed as `host:port` allows that port only; a bare `host` allows any of its ports.
        """
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            return False
        host = parts.hostname or ""
        return parts.scheme in ("http", "https") and bool({host, f"{host}:{port}"} & set(self.allowed_hosts))

    def is_article(self, url: str) -> bool:
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.allows(url) and self.article_url.search(target) is not None


class _Fields:
    """Reads typed values out of a TOML table, naming `file: section.key` in every error."""

    def __init__(self, source: Path, table: dict[str, Any], prefix: str = "") -> None:
        self.source, self.table, self.prefix = source, table, prefix

    def _fail(self, key: str, problem: str) -> ProfileError:
        return ProfileError(f"{self.source}: {self.prefix}{key}: {problem}")

    def get(self, key: str, kind: type, default: Any = ..., *, required: bool = False) -> Any:
        if key not in self.table:
            if required or default is ...:
                raise self._fail(key, "missing")
            return default
        value = self.table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self._fail(key, f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, [])
        if not all(isinstance(v, str) and v for v in values):
            raise self._fail(key, "expected a list of non-empty strings")
        return tuple(values)

    def sub(self, key: str, *, required: bool = False) -> _Fields:
        return _Fields(self.source, self.get(key, dict, {}, required=required), f"{self.prefix}{key}.")

    def subs(self, key: str) -> list[_Fields]:
        tables = self.get(key, list, [])
        if not all(isinstance(t, dict) for t in tables):
            raise self._fail(key, "expected an array of tables ([[...]])")
        return [_Fields(self.source, t, f"{self.prefix}{key}[{i}].") for i, t in enumerate(tables)]

    def positive(self, key: str, kind: type, default: Any) -> Any:
        value = self.get(key, kind, default)
        if value <= 0:
            raise self._fail(key, "must be greater than 0")
        return value

    def unknown(self, known: set[str]) -> None:
        extra = sorted(set(self.table) - known)
        if extra:
            raise self._fail(extra[0], f"unknown field (known: {', '.join(sorted(known))})")


def load_profile(path: str | Path) -> SiteProfile:
    """Read and check a profile; every problem is a ProfileError naming the file and field."""
    source = Path(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"{source}: no such profile file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{source}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: not valid TOML ({exc})") from None

    top = _Fields(source, data)
    top.unknown({"name", "base_url", "province", "allowed_hosts", "snapshot", "discovery", "article", "politeness",
                 "archive"})
    base_url = top.get("base_url", str, required=True)
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).hostname:
        raise top._fail("base_url", f"not an http(s) URL: {base_url!r}")
    hosts = tuple(h.lower() for h in top.strings("allowed_hosts")) or (urlsplit(base_url).netloc.lower(),)

    disc = top.sub("discovery", required=True)
    disc.unknown({"feeds", "listings", "article_url"})
    pattern_text = disc.get("article_url", str, required=True)
    try:
        article_url = re.compile(pattern_text)
    except re.error as exc:
        raise disc._fail("article_url", f"not a regular expression ({exc})") from None
    listings = []
    for sub in disc.subs("listings"):
        sub.unknown({"start", "next", "max_pages"})
        listings.append(
            Listing(sub.get("start", str, required=True), sub.get("next", str, required=True),
                    sub.positive("max_pages", int, 50))
        )
    feeds = disc.strings("feeds")
    if not feeds and not listings:
        raise disc._fail("feeds", "a profile needs at least one feed or listing to discover articles")

    art = top.sub("article", required=True)
    art.unknown({"title", "published", "body", "drop"})
    selectors = Selectors(
        title=art.get("title", str, required=True),
        published=art.get("published", str, required=True),
        body=art.get("body", str, required=True),
        drop=art.strings("drop"),
    )

    pol = top.sub("politeness")
    defaults = Politeness()
    pol.unknown(set(Politeness.__dataclass_fields__))
    values: dict[str, Any] = {}
    for name in pol.table:
        default = getattr(defaults, name)
        values[name] = pol.get(name, str) if isinstance(default, str) else pol.positive(name, type(default), default)
    politeness = Politeness(**values)
    snapshot = top.get("snapshot", str, None)
    profile = SiteProfile(
        name=top.get("name", str, required=True),
        base_url=base_url,
        province=top.get("province", str, None),
        allowed_hosts=hosts,
        article_url=article_url,
        selectors=selectors,
        feeds=feeds,
        listings=tuple(listings),
        politeness=politeness,
        snapshot=(source.parent / snapshot) if snapshot else None,
        archive=_archive(top.sub("archive")) if "archive" in top.table else None,
        path=source,
    )
    if not profile.allows(base_url):
        raise top._fail("allowed_hosts", f"does not include the host of base_url {base_url!r}")
    return profile


_TIMESTAMP = re.compile(r"^\d{4,14}$")


def _archive(fields: _Fields) -> Archive:
    fields.unknown({"cdx", "replay", "mode", "from", "to"})
    urls = {key: fields.get(key, str, required=True) for key in ("cdx", "replay")}
    for key, url in urls.items():
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise fields._fail(key, f"not an http(s) URL: {url!r}")
    mode = fields.get("mode", str, "fallback")
    if mode not in ("fallback", "only"):
        raise fields._fail("mode", f"expected 'fallback' or 'only', got {mode!r}")
    bounds = {key: fields.get(key, str, None) for key in ("from", "to")}
    for key, value in bounds.items():
        if value is not None and not _TIMESTAMP.match(value):
            raise fields._fail(key, f"expected a capture timestamp like 20250701 (yyyyMMddhhmmss), got {value!r}")
    return Archive(urls["cdx"], urls["replay"], mode, bounds["from"], bounds["to"])
