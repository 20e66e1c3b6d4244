"""Scanning text fast with Python's regex engine.

Python's matcher finds a pattern that opens with a literal (`tháng`, `o`) by a tight loop to the next
occurrence of it. A pattern that opens with a class or with alternatives that start differently (`[oOuU]`,
`19|20|21`) costs a set test at every character, and one that opens with a look-behind or `\\b` a whole
match attempt at every character: several times slower on Vietnamese text, where `t`, `h` and `o` are
everywhere. The patterns of the rules open with a literal where they can; these helpers keep word lists
and alternations that way.

>>> alternation(["mười", "mười một", "một"])
'm(?:ười(?:\\\\ một)?|ột)'
>>> [m.group() for m in Alternatives(r"19\\d\\d", r"20\\d\\d").finditer("1998, 2016 và 2021")]
['1998', '2016', '2021']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, the longest where several match (`mười một` over `mười`).

    Written as a trie (`m(?:ười(?: một)?|ột)`), not as `mười một|mười|một`: the matcher tries the
    alternatives of a flat alternation one after another, so a list of a hundred province names cost a
    hundred tries per capital letter; a trie costs one per letter read. Its top-level branches stay bare,
    like a flat alternation's (callers group it): each opens with a literal, from which the matcher builds
    the set of first letters it skips ahead to.
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return "|".join(_branches(trie))


def _branches(node: dict) -> list[str]:
    return [re.escape(char) + _rest(child) for char, child in sorted(node.items()) if char]


def _rest(node: dict) -> str:
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def starts_word(text: str, pos: int) -> bool:
    """Whether a word starts at `pos`: what a leading `(?<![\\w])` would check, which costs a pattern its fast scan."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


class Alternatives:
    """The alternation `part|part|…` of patterns that each open with a literal, scanned part by part.

    `finditer` gives what the compiled alternation's `finditer` would: leftmost matches, at one position
    the first part that matches, none overlapping. Each part is searched with its own fast literal scan,
    where the alternation would test every character against the set of the parts' first characters.
    """

    __slots__ = ("parts",)

    def __init__(self, *parts: str) -> None:
        self.parts = tuple(re.compile(part) for part in parts)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        parts = self.parts
        upcoming = [part.search(text, start, end) for part in parts]  # each part's next match
        while True:
            best = None
            for m in upcoming:  # the leftmost; at one position the earlier part, as in an alternation
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            resume = best.end() if best.end() > best.start() else best.start() + 1
            for i, m in enumerate(upcoming):
                if m is not None and m.start() < resume:
                    upcoming[i] = parts[i].search(text, resume, end)
