"""Every failure the crawl reports, as one hierarchy the CLI turns into one-line messages."""

from __future__ import annotations


class CrawlError(Exception):
    """Base of everything the fetch side raises on purpose."""


class ProfileError(CrawlError):
    """A site profile that cannot be used; the message names the file and the field."""


class FetchError(CrawlError):
    """A URL that could not be fetched after the retries the politeness settings allow."""

    def __init__(self, url: str, reason: str, *, status: int | None = None, retryable: bool = True) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retryable = retryable


class Disallowed(FetchError):
    """robots.txt or the profile's host list forbids the URL; never retried."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(url, reason, retryable=False)


class Gone(FetchError):
    """The server says the page no longer exists (404, 410)."""

    def __init__(self, url: str, status: int) -> None:
        super().__init__(url, f"HTTP {status}", status=status, retryable=False)
