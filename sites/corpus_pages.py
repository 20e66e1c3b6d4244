"""Corpus texts as the articles of a bundled portal snapshot, for the generators in `sites/*/`.

A text is read with its `NAME.meta.json`, cut after its `Nguồn:` line (or given one from the meta's
URL, as a republished article ends), split into a title and body blocks, and written back as the
HTML an editor's paste would be. Every portal's snapshot carries the same verbatim texts this way,
whatever CMS chrome its generator wraps around them.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CorpusText:
    title: str
    blocks: tuple[str, ...]  # blank-line separated paragraphs, verbatim
    source_url: str  # where the text was first published


def esc(text: str) -> str:
    """Escape text for an HTML text node; non-breaking spaces become ``&nbsp;`` as CMS editors write them."""
    return html.escape(text, quote=False).replace("\u00a0", "&nbsp;")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def split_text(text: str, title: str | None, meta: dict[str, str]) -> tuple[str, str]:
    """Return (title, body text): cut the page chrome after the source line, add the source line if absent.
    ``title`` is None when the text's first line is its headline."""
    note = meta.get("source_note")
    if note and note in text:
        text = text[: text.index(note) + len(note)]
    else:
        text = text.rstrip("\n") + f"\n\nNguồn: {meta['url']}"
    if title is not None:
        return title, text
    first, _, rest = text.partition("\n")
    return first, rest


def read_text(path: Path, title: str | None) -> CorpusText:
    meta = json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))
    title, body = split_text(path.read_text(encoding="utf-8"), title, meta)
    blocks = tuple(re.split(r"\n{2,}", body.strip("\n")))
    return CorpusText(title, blocks, meta.get("url") or meta["source_note"].removeprefix("Nguồn: "))


def paragraph(block: str) -> str:
    """One body block as a paragraph: single line breaks as ``<br>``, a blank-looking block as ``&nbsp;``."""
    if not block.strip():
        return "<p>&nbsp;</p>"
    return "<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>"


def route(path: str, file: str, content_type: str, modified: str) -> dict[str, object]:
    """One entry of a snapshot's `manifest.json` (see crawl/replay.py)."""
    return {"path": path, "file": file, "content_type": content_type, "last_modified": modified}


def manifest(site: str, base_url: str, captured_at: str, note: str, routes: list[dict[str, object]]) -> str:
    """A snapshot's `manifest.json`: the portal's base URL and its routes, for crawl/replay.py."""
    data = {"site": site, "base_url": base_url, "captured_at": captured_at, "note": note, "routes": routes}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(out: Path, file: str, text: str) -> None:
    target = out / file
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def generate(
    folder: Path,
    description: str,
    load: Callable[[Path], list[Any]],
    build: Callable[[Path, list[Any]], list[dict[str, object]]],
    manifest: Callable[[list[dict[str, object]]], str],
    sources: Callable[[list[Any]], str],
) -> None:
    """A generator's command line, `python sites/<name>/make_snapshot.py [CORPUS]`: loads the corpus
    articles, rebuilds `<folder>/snapshot` from scratch, and writes its manifest and `SOURCES.md`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", type=Path, default=folder.parents[1] / "../shared/corpus/dev",
                        help="corpus folder with NAME.txt and NAME.meta.json (default: ../shared/corpus/dev)")
    articles = load(parser.parse_args().corpus)
    out = folder / "snapshot"
    shutil.rmtree(out, ignore_errors=True)
    routes = build(out, articles)
    write(out, "manifest.json", manifest(routes))
    write(folder, "SOURCES.md", sources(articles))
    print(f"wrote {len(routes)} routes, {len(articles)} articles to {out}")
