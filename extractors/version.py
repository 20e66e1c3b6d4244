"""A fingerprint of the rules: it changes whenever any extractor source or vocabulary changes,
so every fact records which rules made it and stored snapshots can be re-extracted when it moves."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
