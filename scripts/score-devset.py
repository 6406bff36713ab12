#!/usr/bin/env python3
"""Scores zhnews on the development set (real portal pages with gold records): a thin wrapper
over `zhnews score`, which holds the scoring rules (the dev set README's: body bag-of-characters
P/R/F1 with scripts folded by OpenCC's TSCharacters, title exact, date, date+time at the gold's
precision, author F1; per page, per family and macro-averaged).

The dev set is not part of the project: it is read from ../shared/data/devset (beside the
project) or --devset; when absent the script says so and exits 0.

    scripts/score-devset.py [--zhnews .build/release/zhnews] [--devset DIR] [--quiet]
                            [--flat | --flat-dir DIR] [--extra ARG]… [--json FILE]

is `zhnews score --gold DIR/gold [--quiet] [ARG…] DIR/pages/*.html` (or `DIR/flat/*.txt`, or the
`.txt` pages of --flat-dir); --extra passes an option of the extraction (`--extra=--script
--extra=keep`); --json also writes the scores as JSON (`zhnews score --json`) to FILE.
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zhnews", default=os.path.join(ROOT, ".build", "release", "zhnews"))
    parser.add_argument("--devset", default=os.path.join(ROOT, "..", "shared", "data", "devset"))
    parser.add_argument("--quiet", action="store_true", help="print only the averages")
    parser.add_argument("--json", help="also write the scores as JSON to this file")
    parser.add_argument("--flat", action="store_true", help="score the flattened pages (<devset>/flat/*.txt)")
    parser.add_argument("--flat-dir", help="score flattened pages from this folder instead (a second renderer)")
    parser.add_argument("--extra", action="append", default=[], help="an extra option for the extraction")
    args = parser.parse_args()

    pages_dir, gold_dir = os.path.join(args.devset, "pages"), os.path.join(args.devset, "gold")
    if not os.path.isdir(pages_dir):
        print(f"dev set not found at {args.devset}: skipped")
        return 0
    if not os.access(args.zhnews, os.X_OK):
        print(f"zhnews binary not found at {args.zhnews} (build with: swift build -c release)", file=sys.stderr)
        return 2
    suffix = ".html"
    if args.flat or args.flat_dir:
        pages_dir, suffix = args.flat_dir or os.path.join(args.devset, "flat"), ".txt"
    pages = [os.path.join(pages_dir, p) for p in sorted(os.listdir(pages_dir)) if p.endswith(suffix)]
    command = [args.zhnews, "score", "--gold", gold_dir] + args.extra
    status = subprocess.run(command + (["--quiet"] if args.quiet else []) + pages).returncode
    if args.json and status in (0, 1):
        with open(args.json, "w", encoding="utf-8") as out:
            status = max(status, subprocess.run(command + ["--json"] + pages, stdout=out).returncode)
    return status


if __name__ == "__main__":
    sys.exit(main())
