"""References to numbered documents, linked to the issue date written right after them."""

from __future__ import annotations

import re

from extractors.context import ArticleText
from extractors.vocab.documents import DOC_TYPES, SYMBOL_TYPES
from schemas import Date, Document

_TYPE_WORDS = "|".join(sorted(map(re.escape, DOC_TYPES), key=len, reverse=True))
_SYMBOLS = "|".join(sorted(map(re.escape, SYMBOL_TYPES), key=len, reverse=True))
_REF = re.compile(
    rf"(?:(?P<word>{_TYPE_WORDS})\s+(?:số\s+)?)?"
    rf"(?P<ref>(?P<number>\d+[a-z]?)(?:(?P<party>\s*-\s*)|/(?:(?P<year>\d{{4}})/)?)"
    rf"(?P<symbol>{_SYMBOLS})(?:\s*[-/]\s*)(?P<issuer>[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*))"
)


def find_documents(article: ArticleText, dates: list[Date]) -> list[Document]:
    facts: list[Document] = []
    starts = {d.start: d for d in dates}
    for m in _REF.finditer(article.text):
        doc_type = DOC_TYPES[m["word"]][0] if m["word"] else SYMBOL_TYPES[m["symbol"]]
        sep = "-" if m["party"] is not None else "/"
        year = f"{m['year']}/" if m["year"] else ""
        ref = f"{m['number']}{sep}{year}{m['symbol']}{'/' if sep == '-' else '-'}{m['issuer']}"
        following = starts.get(m.end() + 1)
        facts.append(
            Document(start=m.start(), end=m.end(), quote=m.group(), rule="document.numbered",
                     doc_type=doc_type, ref=ref, number=m["number"],
                     year=int(m["year"]) if m["year"] else None, issuer=m["issuer"],
                     issued_on=following.value if following else None)
        )
    return facts
