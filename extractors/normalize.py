"""Canonical text: what every fact's span points into.

The stored article text is the canonical text; `Canonical.to_raw` maps a canonical offset back to
the raw text it came from, so a fact can be highlighted in what was published.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_SAME_LENGTH = str.maketrans({"\u00d0": "\u0110", "\u00a0": " ", "\u2013": "–"})


@dataclass(frozen=True, slots=True)
class Canonical:
    text: str
    raw: str

    def to_raw(self, pos: int) -> int:
        return pos


def canonicalize(raw: str) -> Canonical:
    return Canonical(text=unicodedata.normalize("NFC", raw).translate(_SAME_LENGTH), raw=raw)
