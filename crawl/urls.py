"""One spelling per page: fragments and tracking parameters stripped, host lower-cased.

>>> clean_url("https://CCHC.backan.gov.vn/2021/06/04/a/?utm_source=fb&p=1#top")
'https://cchc.backan.gov.vn/2021/06/04/a/?p=1'
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "zarsrc", "mc_", "_ga", "ref_src")


def clean_url(url: str) -> str:
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith(_TRACKING_PREFIXES)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))
