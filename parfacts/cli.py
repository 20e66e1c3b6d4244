"""The `parfacts` command: `extract` prints facts of files, `ingest` crawls a portal into DuckDB."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from extractors import Context, canonicalize, extract


class InputError(Exception):
    """A user's input that cannot be read; its message is one line naming the input."""


def _read_article(path: Path) -> str:
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

        return parse_html(raw).text
    return canonicalize(raw).text


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    context = Context(published=args.published, province=args.province)
    failed = 0
    out = sys.stdout
    for name in args.files:
        try:
            text = _read_article(Path(name))
        except InputError as exc:
            print(f"parfacts extract: {exc}", file=sys.stderr)
            failed += 1
            continue
        for fact in extract(text, context):
            out.write(json.dumps({**fact.to_dict(), "source": name}, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parfacts", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the facts of article files as JSON lines")
    ex.add_argument("files", nargs="+", metavar="FILE", help=".txt article text or .html page")
    ex.add_argument("--published", type=_iso_date, help="publish date YYYY-MM-DD (year of `ngày 22/4`)")
    ex.add_argument("--province", help="the province a bare `tỉnh` means")
    ex.set_defaults(func=cmd_extract)
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
