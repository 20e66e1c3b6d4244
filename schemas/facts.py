"""The fact contract (shared/spec/facts.md) as Python types: one class per kind.

Extractors build these, `parfacts extract` prints them, and the warehouse derives the columns of its
`facts` table from them (`warehouse/tables.py`), so a field added here lands everywhere at once.

>>> d = Date(start=0, end=10, quote="26/04/2016", rule="date.numeric", value="2016-04-26", precision="day")
>>> d.to_dict()["kind"], d.to_dict()["value"]
('date', '2016-04-26')
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

Kind = Literal["ranking", "document", "date", "period"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Fact:
    """Fields every kind has: the evidence span, the rule that found it, data-quality flags."""

    kind: ClassVar[Kind]
    start: int
    end: int
    quote: str
    rule: str
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the spec: `kind` first, flags as a list."""
        out: dict[str, Any] = {"kind": self.kind}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    def with_flags(self, *flags: str) -> Fact:
        merged = tuple(dict.fromkeys((*self.flags, *flags)))
        return dataclasses.replace(self, flags=merged)


@dataclass(frozen=True, kw_only=True, slots=True)
class Ranking(Fact):
    """A position of a subject on a named index (or of a unit among others) in a year."""

    kind: ClassVar[Kind] = "ranking"
    index: str | None
    year: int | None
    rank: int
    total: int | None = None
    score: float | None = None
    score_unit: Literal["percent", "points"] | None = None
    rank_change: int | None = None
    subject: str | None = None
    component: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Document(Fact):
    """A reference to a numbered legal, party or administrative document."""

    kind: ClassVar[Kind] = "document"
    doc_type: str
    ref: str
    number: str
    year: int | None = None
    issuer: str | None = None
    issued_on: str | None = None
    title: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Date(Fact):
    """A calendar date or month; `value` is partial ISO when the source lost a part."""

    kind: ClassVar[Kind] = "date"
    value: str
    precision: Literal["day", "month", "year"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Period(Fact):
    """A span of years such as `giai đoạn 2016 – 2020`."""

    kind: ClassVar[Kind] = "period"
    start_year: int
    end_year: int


FACT_TYPES: dict[Kind, type[Fact]] = {cls.kind: cls for cls in (Ranking, Document, Date, Period)}
COMMON_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Fact))


def kind_fields(kind: Kind) -> tuple[dataclasses.Field[Any], ...]:
    """The fields a kind adds to the common ones, in declaration order."""
    return tuple(f for f in dataclasses.fields(FACT_TYPES[kind]) if f.name not in COMMON_FIELDS)


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Rebuild a fact from its JSON shape (the inverse of `Fact.to_dict`)."""
    cls = FACT_TYPES[data["kind"]]
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    values["flags"] = tuple(values.get("flags") or ())
    return cls(**values)


__all__ = [
    "COMMON_FIELDS",
    "FACT_TYPES",
    "Date",
    "Document",
    "Fact",
    "Kind",
    "Period",
    "Ranking",
    "fact_from_dict",
    "kind_fields",
]
