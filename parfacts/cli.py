"""The `parfacts` command: `extract` prints facts of files, `ingest` crawls a portal into DuckDB."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from extractors import Context, canonicalize, extract

DEFAULT_PROFILE = Path(__file__).resolve().parent.parent / "sites" / "backan" / "profile.toml"


class InputError(Exception):
    """A user's input that cannot be read; its message is one line naming the input."""


def _read_article(path: Path) -> tuple[str, date | None]:
    """The canonical text of a file, and the publish date an HTML page states about itself."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{path}: empty file")
    if path.suffix.lower() in (".html", ".htm"):
        from parse import parse_html

        article = parse_html(raw)
        return article.text, article.published
    return canonicalize(raw).text, None


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    out = sys.stdout
    for name in args.files:
        try:
            text, page_published = _read_article(Path(name))
        except InputError as exc:
            print(f"parfacts extract: {exc}", file=sys.stderr)
            failed += 1
            continue
        # --published wins; a page's own publish date stands in when the flag is absent
        context = Context(published=args.published or page_published, province=args.province)
        try:
            facts = extract(text, context)
        except Exception as exc:  # a rule's bug on one article must not cost the batch the others' facts
            print(f"parfacts extract: {name}: the rules failed on this article, no facts from it (a bug: please "
                  f"report it with the file): {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        for fact in facts:
            out.write(json.dumps({**fact.to_dict(), "source": name}, ensure_ascii=False) + "\n")
    return 1 if failed else 0  # an input error is the user's to fix; a rule's failure is reported, not fatal


def cmd_ingest(args: argparse.Namespace) -> int:
    from crawl import CrawlError, load_profile
    from warehouse import Warehouse, WarehouseError

    started = time.perf_counter()
    try:
        # A user's mistake is caught here, before Prefect starts, so it costs no server and no traceback.
        profile = load_profile(args.profile or DEFAULT_PROFILE)
        if args.offline and (profile.snapshot is None or not (profile.snapshot / "manifest.json").is_file()):
            raise CrawlError(f"{profile.path}: --offline needs the profile's bundled snapshot (snapshot = ...)")
        Warehouse(args.db).close()
    except (CrawlError, WarehouseError) as exc:
        print(f"parfacts ingest: {exc}", file=sys.stderr)
        return 2

    from flows import ingest

    summary = ingest(
        str(profile.path), db=str(args.db), offline=args.offline, full=args.full,
        max_articles=args.max_articles, since=args.since,
    )
    for line in summary.lines(total_seconds=time.perf_counter() - started):
        print(line)
    return 0 if summary.status == "completed" else 1


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parfacts", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the facts of article files as JSON lines")
    ex.add_argument("files", nargs="+", metavar="FILE", help=".txt article text or .html page")
    ex.add_argument("--published", type=_iso_date, help="publish date YYYY-MM-DD (year of `ngày 22/4`)")
    ex.add_argument("--province", help="the province a bare `tỉnh` means")
    ex.set_defaults(func=cmd_extract)
    ing = sub.add_parser("ingest", help="crawl a portal into the DuckDB warehouse")
    ing.add_argument("--offline", action="store_true", help="replay the profile's bundled snapshot on 127.0.0.1")
    ing.add_argument("--db", type=Path, default=Path("parfacts.duckdb"), help="DuckDB file (default ./parfacts.duckdb)")
    ing.add_argument("--profile", type=Path, help="site profile TOML (default: the bundled Bắc Kạn profile)")
    ing.add_argument("--full", action="store_true",
                     help="page every listing to its end and re-check every stored article (conditional GET)")
    ing.add_argument("--max-articles", type=_positive_int, metavar="N", help="fetch at most N articles")
    ing.add_argument("--since", type=_iso_date, metavar="DATE", help="store only articles published on/after DATE")
    ing.set_defaults(func=cmd_ingest)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("parfacts: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
