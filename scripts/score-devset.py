#!/usr/bin/env python3
"""Scores zhnews on the development set (real portal pages with gold records).

Runs `zhnews extract` over <devset>/pages/*.html and compares each page's record with
<devset>/gold/<id>.json by the rules of the dev set's README:
  body     precision/recall/F1 over the multiset of CJK characters, letters and digits;
  title    exact match after collapsing whitespace;
  date     the date part must match (pages whose gold has a date);
  datetime the date and time must match where the gold has a time, at the gold's precision
           (a gold `18:57` is matched by `18:57:38`; seconds are compared when the gold has them;
           zones compared only when both state one);
  authors  set F1 over names (记者, 通讯员, 作者, 文 …; editors and the outlet are not authors),
           both empty counts as 1.
Per page and macro-averaged. The dev set is not part of the project: it is read from
../shared/data/devset (beside the project) or --devset; when absent the script says so and exits 0.

    scripts/score-devset.py [--zhnews .build/release/zhnews] [--devset DIR] [--quiet]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTHOR_ROLES = {"reporter", "correspondent", "special-correspondent", "intern", "author"}


FOLD = {}


def load_folding(devset):
    """Traditional → first simplified form, from OpenCC's TSCharacters beside the dev set."""
    path = os.path.join(devset, "..", "opencc", "TSCharacters.txt")
    if not os.path.exists(path):
        return False
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            FOLD[parts[0]] = parts[1].split(" ")[0]
    return True


def fold(text):
    """The text with scripts folded to simplified (the dev set's scoring rule)."""
    return "".join(FOLD.get(ch, ch) for ch in (text or ""))


def counted(text):
    """The multiset of CJK characters, letters and digits of a text, scripts folded."""
    return collections.Counter(ch for ch in fold(text) if ch.isalnum())


def f1(precision, recall):
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def body_scores(gold_paragraphs, text):
    gold, got = counted("".join(gold_paragraphs)), counted(text or "")
    overlap = sum((gold & got).values())
    precision = overlap / sum(got.values()) if got else (1.0 if not gold else 0.0)
    recall = overlap / sum(gold.values()) if gold else 1.0
    return precision, recall, f1(precision, recall)


def collapse(text):
    return re.sub(r"\s+", " ", fold(text)).strip()


DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)?)?$")


def date_scores(gold, got):
    """(date ok or None when not scored, datetime ok or None when not scored)."""
    if not gold:
        return None, None
    g = DATETIME.match(gold)
    r = DATETIME.match(got or "")
    date_ok = bool(r) and r.group(1) == g.group(1)
    if not g.group(2):
        return date_ok, None
    time_ok = date_ok and bool(r.group(2)) and r.group(2) == g.group(2)
    if time_ok and g.group(3):
        time_ok = (r.group(3) or "00") == g.group(3)
    if time_ok and g.group(4) and r.group(4):
        time_ok = g.group(4) == r.group(4)
    return date_ok, time_ok


def author_f1(gold, record):
    names = {fold(b["name"]) for b in record.get("bylines", []) if b["role"] in AUTHOR_ROLES}
    gold = {fold(name) for name in gold}
    if not gold and not names:
        return 1.0
    overlap = len(gold & names)
    precision = overlap / len(names) if names else 0.0
    recall = overlap / len(gold) if gold else 0.0
    return f1(precision, recall)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zhnews", default=os.path.join(ROOT, ".build", "release", "zhnews"))
    parser.add_argument("--devset", default=os.path.join(ROOT, "..", "shared", "data", "devset"))
    parser.add_argument("--quiet", action="store_true", help="print only the averages")
    parser.add_argument("--json", help="also write the per-page scores to this file")
    parser.add_argument("--flat", action="store_true", help="score the flattened pages (<devset>/flat/*.txt)")
    parser.add_argument("--flat-dir", help="score flattened pages from this folder instead (a second renderer)")
    parser.add_argument("--extra", action="append", default=[], help="an extra argument for zhnews extract")
    args = parser.parse_args()

    pages_dir, gold_dir = os.path.join(args.devset, "pages"), os.path.join(args.devset, "gold")
    if not os.path.isdir(pages_dir):
        print(f"dev set not found at {args.devset}: skipped")
        return 0
    if not os.access(args.zhnews, os.X_OK):
        print(f"zhnews binary not found at {args.zhnews} (build with: swift build -c release)", file=sys.stderr)
        return 2

    if not load_folding(args.devset):
        print("note: OpenCC TSCharacters not found beside the dev set: scripts not folded", file=sys.stderr)
    suffix = ".html"
    if args.flat or args.flat_dir:
        pages_dir, suffix = args.flat_dir or os.path.join(args.devset, "flat"), ".txt"
    pages = sorted(f for f in os.listdir(pages_dir) if f.endswith(suffix))
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        subprocess.run([args.zhnews, "extract", "--quiet", "-o", out.name] + args.extra + [os.path.join(pages_dir, p) for p in pages], check=False)
        records = {}
        for line in open(out.name, encoding="utf-8"):
            record = json.loads(line)
            page = os.path.basename(record["id"].split("#")[0])
            records.setdefault(page, record)  # the first article of a page

    rows = []
    for page in pages:
        gold = json.load(open(os.path.join(gold_dir, page[:-len(suffix)] + ".json"), encoding="utf-8"))
        record = records.get(page, {})
        if "error" in record:
            record = {}
        precision, recall, body = body_scores(gold["body"], record.get("text"))
        date_ok, time_ok = date_scores(gold.get("published"), record.get("published"))
        rows.append({
            "page": page[:-len(suffix)], "body_p": precision, "body_r": recall, "body_f1": body,
            "title": collapse(gold["title"]) == collapse(record.get("title")),
            # A renderer that drops the space between two Chinese characters (w3m) cannot give
            # the exact title: this figure tells that apart from a wrong line.
            "title_nospace": re.sub(r"\s+", "", fold(gold["title"])) == re.sub(r"\s+", "", fold(record.get("title") or "")),
            "date": date_ok, "datetime": time_ok, "authors": author_f1(gold.get("authors", []), record),
            "got_title": record.get("title"), "got_published": record.get("published"),
            "got_authors": sorted({b["name"] for b in record.get("bylines", []) if b["role"] in AUTHOR_ROLES}),
            "gold_title": gold["title"], "gold_published": gold.get("published"), "gold_authors": gold.get("authors", []),
        })

    def mean(key):
        values = [r[key] for r in rows if r[key] is not None]
        return sum(values) / len(values) if values else float("nan"), len(values)

    if not args.quiet:
        print(f"{'page':24} {'body P':>7} {'body R':>7} {'F1':>6} {'title':>5} {'date':>5} {'d+t':>5} {'auth':>5}")
        mark = lambda v: "-" if v is None else ("ok" if v else "NO")
        for r in rows:
            print(f"{r['page']:24} {r['body_p']:7.3f} {r['body_r']:7.3f} {r['body_f1']:6.3f} {mark(r['title']):>5} {mark(r['date']):>5} {mark(r['datetime']):>5} {r['authors']:5.2f}")
            if not r["title"]:
                print(f"{'':24}   title: got {r['got_title']!r}, gold {r['gold_title']!r}")
            if r["date"] is False or r["datetime"] is False:
                print(f"{'':24}   published: got {r['got_published']!r}, gold {r['gold_published']!r}")
            if r["authors"] < 1:
                print(f"{'':24}   authors: got {r['got_authors']}, gold {r['gold_authors']}")
    body_p, n = mean("body_p")
    body_r, _ = mean("body_r")
    body_f1, _ = mean("body_f1")
    title, _ = mean("title")
    title_nospace, _ = mean("title_nospace")
    date, nd = mean("date")
    datetime, nt = mean("datetime")
    authors, _ = mean("authors")
    families = sorted({r["page"].split("-")[0] for r in rows})
    print(f"{'family':8} {'pages':>5} {'body F1':>7} {'min':>6} {'title':>6} {'date':>6} {'d+t':>6} {'auth':>6} {'empty':>5}")
    for family in families + ["all"]:
        subset = [r for r in rows if family == "all" or r["page"].split("-")[0] == family]
        def avg(key):
            values = [r[key] for r in subset if r[key] is not None]
            return f"{sum(values) / len(values):6.3f}" if values else f"{'-':>6}"
        empty = sum(1 for r in subset if r["body_r"] == 0)
        print(f"{family:8} {len(subset):5} {avg('body_f1'):>7} {min(r['body_f1'] for r in subset):6.3f} {avg('title')} "
              f"{avg('date')} {avg('datetime')} {avg('authors')} {empty:5}")
    print(f"pages {n}: body P {body_p:.3f} R {body_r:.3f} F1 {body_f1:.3f} | title exact {title:.3f} | "
          f"date {date:.3f} ({nd}) | date+time {datetime:.3f} ({nt}) | author F1 {authors:.3f} | title without spaces {title_nospace:.3f}")
    if args.json:
        json.dump(rows, open(args.json, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
