"""Rule-based extraction: normalise the text, find facts of each kind, link them.

The public surface: `canonicalize` for raw text, `extract` for facts, `Context` for what a site
knows about an article. Everything here is pure; fetching and storing live in `crawl` and `warehouse`.
"""

from extractors.context import ArticleText, Context
from extractors.normalize import Canonical, canonicalize
from extractors.pipeline import extract
from extractors.version import extractor_version

__all__ = ["ArticleText", "Canonical", "Context", "canonicalize", "extract", "extractor_version"]
