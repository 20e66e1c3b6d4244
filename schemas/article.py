"""What the crawl hands to extraction and load: a fetched page and the article parsed from it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """One HTTP response, with where it claims to be from and where the bytes really came from."""

    url: str  # the page's address on the portal (what provenance cites)
    fetched_from: str  # the address actually requested: the live URL, a loopback replay or an archive
    fetched_at: datetime
    status: int
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # where a redirect points
    archived_at: datetime | None = None  # capture time, when the bytes came from a web archive

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """The evidence of an article page: its canonical text and the metadata the page states."""

    canonical_url: str
    title: str
    published: date | None
    text: str  # canonical text (title, blank line, body); every fact's span points into it
    source_note: str | None = None  # the `Nguồn: …` line of a republished article
