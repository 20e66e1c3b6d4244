"""The fetch side: site profiles, polite resilient GETs, discovery of article URLs, snapshot replay.

Discovery (`discover`) is separate from fetching (`Fetcher`); where the bytes come from is a
`Router` (live, or a loopback replay of a bundled snapshot), so provenance can tell the two apart.
"""

from crawl.discover import Discovery, discover, feed_links
from crawl.errors import CrawlError, Disallowed, FetchError, Gone, ProfileError
from crawl.fetch import Fetcher, NotModified, Router, live, replay_router, user_agent
from crawl.profile import Listing, Politeness, Selectors, SiteProfile, load_profile
from crawl.urls import clean_url

__all__ = [
    "CrawlError",
    "Disallowed",
    "Discovery",
    "FetchError",
    "Fetcher",
    "Gone",
    "Listing",
    "NotModified",
    "Politeness",
    "ProfileError",
    "Router",
    "Selectors",
    "SiteProfile",
    "clean_url",
    "discover",
    "feed_links",
    "live",
    "load_profile",
    "replay_router",
    "user_agent",
]
