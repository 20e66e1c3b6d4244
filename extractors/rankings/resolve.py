"""Resolve: one fact per ranking the article states, however often it states it.

A headline announces what the body then says in full (`Quảng Ninh đứng đầu trên cả 4 bảng xếp hạng …`
over `Năm 2023, Quảng Ninh xuất sắc xếp vị trí quán quân ở trên cả 4 bảng …`); the body's statement is
the evidence, with its score and its context, so a title ranking the body restates is dropped. A ranking
whose index was read off a list (`PAR INDEX và SIPAS 2023: Bộ Tư pháp dẫn đầu`, flag `index_ambiguous`) is
dropped when another statement of the article gives the same rank of the same subject in the same year.
"""

from __future__ import annotations

from extractors.context import ArticleText
from schemas import Ranking


def _key(fact: Ranking) -> tuple:
    return fact.index, fact.year, fact.rank, fact.subject


def _same_subject(headline: str | None, body: str | None) -> bool:
    """Whether the headline names the body's subject, maybe without its level word (`Bảo Yên`, `huyện Bảo Yên`)."""
    if headline is None or body is None:
        return headline == body
    return headline == body or body.endswith(f" {headline}") or headline.endswith(f" {body}")


def resolve(article: ArticleText, facts: list[Ranking]) -> list[Ranking]:
    _, title_end = article.title
    in_body: dict[tuple, list[str | None]] = {}
    for f in facts:
        if f.start >= title_end:
            in_body.setdefault(_key(f)[:3], []).append(f.subject)
    stated = {_key(f)[1:] for f in facts if "index_ambiguous" not in f.flags}
    kept: list[Ranking] = []
    seen: set[tuple] = set()
    for fact in facts:
        if fact.start < title_end and any(_same_subject(fact.subject, s) for s in in_body.get(_key(fact)[:3], [])):
            continue
        if "index_ambiguous" in fact.flags and _key(fact)[1:] in stated:
            continue
        key = (fact.start, *_key(fact), fact.component)
        if key not in seen:
            seen.add(key)
            kept.append(fact)
    return kept
