"""Which article URLs a site has now: its feeds, then its category listings page by page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from crawl.errors import FetchError
from crawl.fetch import Fetcher, NotModified
from crawl.profile import SiteProfile
from crawl.urls import clean_url


@dataclass
class Discovery:
    urls: list[str] = field(default_factory=list)  # article URLs, first seen first, no repeats
    pages: int = 0  # feed and listing pages fetched
    failures: dict[str, str] = field(default_factory=dict)  # URL -> reason

    def add(self, url: str) -> bool:
        if url in self.urls:
            return False
        self.urls.append(url)
        return True


def feed_links(xml: bytes) -> list[str]:
    """Item links of an RSS 2.0 or Atom feed."""
    soup = BeautifulSoup(xml, "xml")
    links = [item.link.get_text(strip=True) for item in soup.find_all("item") if item.link]
    links += [entry.link.get("href", "") for entry in soup.find_all("entry") if entry.link]
    return [link for link in links if link]


def page_links(html: bytes, base: str) -> tuple[BeautifulSoup, list[str]]:
    soup = BeautifulSoup(html, "lxml")
    return soup, [urljoin(base, a["href"]) for a in soup.find_all("a", href=True)]


def discover(
    fetcher: Fetcher,
    profile: SiteProfile,
    *,
    is_known: Callable[[str], bool] = lambda url: False,
    full: bool = False,
    progress: Callable[[str], None] = lambda message: None,
) -> Discovery:
    """Article URLs from feeds and listings. A listing is paged only while its pages hold
    articles not stored yet (`is_known`), unless `full` asks for every page."""
    found = Discovery()

    def fetch(url: str) -> tuple[str, bytes] | None:
        """The page's final address (after redirects) and body; None once its failure is recorded."""
        try:
            page = fetcher.get(url)
        except FetchError as exc:
            found.failures[url] = exc.reason
            return None
        found.pages += 1
        return None if isinstance(page, NotModified) else (page.url, page.body)

    for feed in profile.feeds:
        fetched = fetch(profile.absolute(feed))
        for link in feed_links(fetched[1]) if fetched else ():
            url = clean_url(link)
            if profile.is_article(url):
                found.add(url)
    for listing in profile.listings:
        url: str | None = profile.absolute(listing.start)
        visited: set[str] = set()  # a "next" link pointing back must not page in a circle
        for number in range(1, listing.max_pages + 1):
            if url is None or url in visited:
                break
            visited.add(url)
            fetched = fetch(url)
            if fetched is None:
                break
            base, body = fetched
            soup, links = page_links(body, base)
            articles = [link for link in map(clean_url, links) if profile.is_article(link)]
            new = {a for a in articles if not is_known(a)}
            for article in articles:
                found.add(article)
            progress(f"listing {listing.start} page {number}: {len(set(articles))} articles, {len(new)} new")
            if not new and not full:
                break
            nxt = soup.select_one(listing.next)
            url = clean_url(urljoin(base, nxt["href"])) if nxt and nxt.get("href") else None
            if url and not profile.allows(url):
                found.failures[url] = "next page is outside the profile's allowed hosts"
                break
    return found
