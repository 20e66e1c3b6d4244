"""One article page to a `ParsedArticle`: decoded, its body selected, its chrome left behind."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import UnicodeDammit

from crawl.profile import Selectors
from crawl.urls import clean_url
from extractors import canonicalize
from schemas import ParsedArticle

# For pages of no known site (`parfacts extract page.html`): the usual CMS containers, best first.
GENERIC_SELECTORS = Selectors(
    title="h1.entry-title, h1.title, h1",
    published="time[datetime], time, .entry-date, .date",
    body="div.entry-content, article .content, article, main, #content, body",
    drop=(
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
        ".sharedaddy", ".share", ".social", ".related", ".post-views", ".breadcrumb", ".comments",
    ),
)

_BLOCKS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "figure", "blockquote",
    "section", "article", "header", "footer", "pre",
})
_CELL = "\x1f"  # between the cells of a table row until the row's whitespace is collapsed, then a tab
_CELL_GAP = re.compile(rf" ?{_CELL} ?")
_CHARSET = re.compile(r"charset=([\w-]+)", re.I)
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_SOURCE_LINE = re.compile(r"^Nguồn\s*:", re.I)


class ParseError(Exception):
    """A page that holds no article body under the profile's selectors."""


def decode(body: bytes, content_type: str | None = None) -> str:
    """Text of a page: charset from the header, then BOM or `<meta charset>`, then a safe guess."""
    declared = _CHARSET.search(content_type or "")
    dammit = UnicodeDammit(
        body,
        known_definite_encodings=[declared.group(1)] if declared else [],
        user_encodings=["utf-8", "windows-1258"],
        is_html=True,
    )
    return dammit.unicode_markup if dammit.unicode_markup is not None else body.decode("utf-8", "replace")


def _first(soup: BeautifulSoup | Tag, selector: str) -> Tag | None:
    """The first match of the first selector in a comma list that matches: a priority list."""
    for candidate in selector.split(","):
        found = soup.select_one(candidate.strip())
        if found is not None:
            return found
    return None


def block_text(element: Tag) -> str:
    """Visible text with one blank line between blocks and `<br>` kept as a line break."""
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, CDATA or doctype
                    parts.append(str(child))
            elif child.name == "br":
                parts.append("\n")
            elif child.name == "table":
                parts.append(f"\n\n{_table_text(child)}\n\n")
            elif child.name in _BLOCKS:
                parts.append("\n\n")
                walk(child)
                parts.append("\n\n")
            else:
                walk(child)

    walk(element)
    paragraphs = []
    for block in "".join(parts).split("\n\n"):
        lines = [_collapse(line) for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _collapse(line: str) -> str:
    """A line with its runs of whitespace as one space; a table row's cells apart by a tab."""
    return _CELL_GAP.sub("\t", re.sub(r"[ \t\r\f\v]+", " ", line)).strip()


def _table_text(table: Tag) -> str:
    """A table as one paragraph: a line per row, its cells apart by a tab (`1\\tSở Tư pháp\\t93,41\\t1`), the text of
    a cell on one line."""
    rows = (
        _CELL.join(" ".join(cell.get_text(" ").split()) for cell in row.find_all(("td", "th"), recursive=False))
        for row in table.find_all("tr")
    )
    return "\n".join(row for row in rows if row.strip())


def parse_published(element: Tag | None) -> date | None:
    """The date of a `datetime`/`content` attribute or of text like `Thứ Ba, 24/11/2026 14:30`."""
    if element is None:
        return None
    for attr in ("datetime", "content"):
        value = element.get(attr)
        if isinstance(value, str) and value:
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
            except ValueError:
                pass
    found = _DMY.search(element.get_text(" "))
    if found:
        try:
            return date(int(found[3]), int(found[2]), int(found[1]))
        except ValueError:
            return None
    return None


def parse_article(body: bytes | str, url: str, selectors: Selectors, content_type: str | None = None) -> ParsedArticle:
    """The article of a page; its text is canonical: title, a blank line, the body paragraphs."""
    html = decode(body, content_type) if isinstance(body, bytes) else body
    soup = BeautifulSoup(html, "lxml")
    container = _first(soup, selectors.body)
    if container is None:
        raise ParseError(f"{url}: no element matches the body selector {selectors.body!r}")
    for selector in selectors.drop:
        for junk in container.select(selector):
            junk.decompose()
    title_tag = _first(soup, selectors.title)
    title = block_text(title_tag) if title_tag else ""
    if title_tag is not None and container in title_tag.parents:
        title_tag.decompose()  # the headline is the text's first line, not a body paragraph too
    body_text = block_text(container)
    if not body_text:
        raise ParseError(f"{url}: the body under {selectors.body!r} is empty")
    canonical = soup.select_one('link[rel="canonical"][href]')
    canonical_url = clean_url(urljoin(url, canonical["href"])) if canonical else clean_url(url)
    if urlsplit(canonical_url).hostname != urlsplit(url).hostname:
        canonical_url = clean_url(url)  # a canonical link onto another host is not this page's address
    source = next((p for p in reversed(body_text.split("\n\n")) if _SOURCE_LINE.match(p)), None)
    text = canonicalize(f"{title}\n\n{body_text}" if title else body_text).text
    return ParsedArticle(
        canonical_url=canonical_url,
        title=canonicalize(title).text,
        published=parse_published(_first(soup, selectors.published)),
        text=text,
        source_note=source,
    )


def parse_html(html: str, url: str = "file:///article.html") -> ParsedArticle:
    """An article from a page of no known site, with the usual CMS containers."""
    return parse_article(html, url, GENERIC_SELECTORS)
