"""One spelling per page: fragments, tracking parameters and default ports stripped, host lower-cased.

>>> clean_url("https://CCHC.backan.gov.vn:443/2021/06/04/a/?utm_source=fb&p=1&fbclid=x#top")
'https://cchc.backan.gov.vn/2021/06/04/a/?p=1'
>>> clean_url("http://127.0.0.1:8080")
'http://127.0.0.1:8080/'
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "zarsrc", "mc_", "_ga", "ref_src")
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}


def clean_url(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = parts.netloc.lower().removesuffix(_DEFAULT_PORTS.get(scheme, "\0"))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith(_TRACKING_PREFIXES)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))
