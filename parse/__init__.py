"""HTML pages to articles: decode, select the title, date and body by a profile's selectors, and
turn the body into canonical text. Only the body (and title) is evidence; chrome never is."""

from parse.article import GENERIC_SELECTORS, ParseError, parse_article, parse_html

__all__ = ["GENERIC_SELECTORS", "ParseError", "parse_article", "parse_html"]
