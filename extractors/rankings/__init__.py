"""Rankings: a subject's place on a named index in a year.

Three steps over spans of the canonical text: `find` the phrases that state a rank, `attach` what the
text around each says (index, year, subject, score, change, sub-index), `resolve` restatements.

>>> from extractors.context import ArticleText
>>> text = "Chỉ số CCHC của tỉnh Bắc Kạn năm 2019 xếp thứ 55/63 tỉnh, thành phố, tăng 6 bậc."
>>> [(f.index, f.year, f.rank, f.total, f.rank_change, f.subject) for f in find_rankings(ArticleText(text))]
[('PAR_INDEX', 2019, 55, 63, 6, 'Bắc Kạn')]
"""

from __future__ import annotations

from extractors.context import ArticleText
from extractors.rankings import attach
from extractors.rankings.find import LIST_RULES, NOTE_RULE, ROW_RULES, TITLE_RULES, Mention, Place, find_mentions
from extractors.rankings.patterns import PREFILTER
from extractors.rankings.resolve import resolve
from schemas import Ranking

__all__ = ["find_rankings"]


def find_rankings(article: ArticleText) -> list[Ranking]:
    folded = article.folded
    if not PREFILTER.search(folded):
        return []  # most articles: no sentence splitting, no province lookup
    mentions = find_mentions(article.text, folded, article.sentence_at)
    if not mentions:
        return []
    ev = attach.Evidence(article, folded, [(m.start, m.end) for m in mentions])
    facts: list[Ranking] = []
    for mention, scope in zip(mentions, attach.scopes(ev, mentions), strict=True):
        facts.extend(_facts(ev, mention, scope))
    return resolve(article, facts)


def _facts(ev: attach.Evidence, mention: Mention, scope: attach.Scope) -> list[Ranking]:
    # a row of a table is on the index its header or caption names (`Điểm DDCI`), else on the text's around it
    found = [mention.cells.index] if mention.cells and mention.cells.index else attach.index_of(ev, scope, mention)
    year, inferred = attach.year_of(ev, scope, mention, found[0])
    if mention.rule in ROW_RULES and found == [None]:
        return []  # a row of a table with no index anywhere near ranks something else
    if mention.rule in LIST_RULES:
        return _respectively(ev, mention, scope, year, inferred, found[0])
    if mention.rule in ROW_RULES or mention.rule == NOTE_RULE:
        change = None
        if mention.cells:
            subject, score = attach.cells_of(ev, mention.cells)
            change = attach.cell_change(ev, mention.cells)
        elif mention.rule == NOTE_RULE:
            subject, score = attach.name_before_bracket(ev, scope), None
        else:
            subject, score = attach.row_of(ev, mention, scope.sentence[1])
        if subject is None:
            return []  # `Thứ 2: họp giao ban`, `giao ban (thứ 2)`: a row or a note names whom it ranks
        # a row may rank in several years, one column each (`Xếp hạng 2020 | Xếp hạng 2019`); the score is the first's
        return [
            fact
            for i, place in enumerate(mention.places)
            for fact in _fact(
                ev, mention, place, mention.rule, found[0], place.year or year, inferred and not place.year, subject,
                scope, None if i else score, None if i else change,
            )
        ]
    subject = attach.subject_of(ev, scope, mention)
    found = [attach.units_index(ev, code, subject, mention) for code in found]
    if mention.rule in TITLE_RULES and found == [None]:
        return []  # `dẫn đầu` with no index anywhere near leads something else (a delegation, a movement)
    if mention.rule in TITLE_RULES and (each := attach.subjects_leading_respectively(ev, scope, mention)):
        # `Sở Tư pháp và huyện Gia Lâm lần lượt dẫn đầu khối sở và khối huyện`: each leads its own field
        return [
            fact
            for name in each
            for fact in _fact(ev, mention, mention.places[0], mention.rule,
                              attach.units_index(ev, found[0], name, mention), year, inferred, name, scope)
        ]
    if len(found) > 1:
        place = mention.places[0]
        return [
            fact
            for index in found
            for fact in _fact(ev, mention, place, "ranking.multi_index", index, year, inferred, subject, scope)
        ]
    facts = [
        fact
        for stated in ([year] if inferred else attach.listed_years(ev, scope, mention, year))
        for place in mention.places
        for fact in _fact(ev, mention, place, mention.rule, found[0], stated, inferred, subject, scope)
    ]
    if attach.index_from_list(ev, scope, mention):
        return [fact.with_flags("index_ambiguous") for fact in facts]
    return facts


def _respectively(
    ev: attach.Evidence,
    mention: Mention,
    scope: attach.Scope,
    year: int | None,
    inferred: bool,
    index: str | None,
) -> list[Ranking]:
    """`A, B và C lần lượt xếp thứ 1, 2 và 3` (or without `lần lượt`): ranks paired in order with the indices or
    the subjects listed before, whichever list is as long as the ranks; otherwise each rank keeps the phrase's own
    subject. Years listed before (`năm 2021, 2022, 2023 xếp thứ 30, 25 và 18`), scores and changes listed after pair
    the same way."""
    places = mention.places
    listed_indices = [code for _, _, code in ev.indices(scope.clause[0], mention.core)]
    start, end = scope.before[0], mention.core
    listed = [
        attach.listed_subjects(ev, start, end),
        attach.subjects(ev, start, end),
        attach.subjects_referred(ev, scope, mention, len(places)),
    ]
    fallback = attach.subject_of(ev, scope, mention)
    if len(listed_indices) == len(places):
        pairs = [(code, fallback) for code in listed_indices]
    elif subjects := next((names for names in listed if len(names) == len(places)), None):
        pairs = [(attach.units_index(ev, index, name, mention), name) for name in subjects]
    else:
        pairs = [(attach.units_index(ev, index, fallback, mention), fallback)] * len(places)
    scores = attach.listed_scores(ev, scope, len(places)) or [None] * len(places)
    changes = attach.listed_changes(ev, scope, len(places)) or [None] * len(places)
    years = attach.years_listed_before(ev, scope, mention, len(places))
    stated = [(found, False) for found in years] if years else [(year, inferred)] * len(places)
    return [
        fact
        for place, (code, name), score, change, (own_year, guessed) in zip(
            places, pairs, scores, changes, stated, strict=True
        )
        for fact in _fact(ev, mention, place, mention.rule, code, own_year, guessed, name, scope, score, change)
    ]


def _fact(
    ev: attach.Evidence,
    mention: Mention,
    place: Place,
    rule: str,
    index: str | None,
    year: int | None,
    inferred: bool,
    subject: str | None,
    scope: attach.Scope,
    given_score: attach.Score | None = None,
    given_change: int | None = None,
) -> list[Ranking]:
    """The ranking `place` states, one per sub-index when several share it; a score or change given is one a list
    pairs with it."""
    if given_change is not None:
        change = given_change
    else:
        change = None if place.earlier else attach.change_of(ev, scope) or _from_to_change(mention, place)
    flags: tuple[str, ...] = ("year_inferred",) if inferred else ()
    if place.earlier:
        year, flags = _earlier_year(ev, scope, place, year)
    facts = []
    pairs = attach.components_of(ev, scope, index) if rule != "ranking.multi_index" else [(None, index)]
    for component, code in pairs:
        score = given_score if given_score or rule in ROW_RULES or place.earlier else attach.score_of(ev, scope, code)
        facts.append(Ranking(
            start=mention.start,
            end=mention.end,
            quote=ev.text[mention.start : mention.end],
            rule=rule,
            flags=flags,
            index=code,
            year=year,
            rank=place.rank,
            total=place.total,
            score=score.value if score else None,
            score_unit=score.unit if score else None,
            rank_change=change,
            subject=subject,
            component=component,
        ))
    return facts


def _from_to_change(mention: Mention, place: Place) -> int | None:
    """`từ vị trí 53 lên 46` says the change even when no `tăng 7 bậc` does."""
    earlier = [p.rank for p in mention.places if p.earlier]
    return earlier[0] - place.rank if earlier else None


def _earlier_year(
    ev: attach.Evidence, scope: attach.Scope, place: Place, year: int | None
) -> tuple[int | None, tuple[str, ...]]:
    """The `từ` half of `từ vị trí 53 lên 46`: its own year, else the compared year, else the year before."""
    if place.year:
        return place.year, ()
    compared = attach.compared_year(ev, scope)
    if compared:
        return compared, ()
    return (year - 1, ("year_inferred",)) if year else (None, ())
