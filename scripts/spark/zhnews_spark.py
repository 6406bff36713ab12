#!/usr/bin/env python3
"""zhnews on Apache Spark: an RDD of request lines piped through `zhnews extract --stdin-jsonl`.

Each element of the RDD is one JSON request line, {"id":…, "url"?:…, "html"|"text"|"path":…,
"encoding"?:…}; every partition is piped through one `zhnews extract --stdin-jsonl --quiet`
process (RDD.pipe), which answers each request, in order, with its records (ids `id` or `id#k`)
or one error record. Records come back in request order: partitions keep their order, and
zhnews keeps the order inside a partition.

Where the binary comes from:
  --zhnews PATH      a zhnews installed at PATH on every node (or the local machine);
  (no --zhnews)      shipped with the job: `spark-submit --files /path/to/zhnews …` (a file
                     named zhnews, or give --shipped-name), or --ship PATH, which calls
                     SparkContext.addFile. Spark marks fetched files
                     executable; the job finds the copy with SparkFiles.get("zhnews"), which in
                     local mode is the driver's copy and on an executor is ./zhnews in the
                     executor's working directory, where the command runs.

Inputs:
  --requests FILE    JSON Lines of requests, read with SparkContext.textFile (so any path Spark
                     reads: local, hdfs://, s3a://, …); blank lines are skipped;
  --pages PATH …     files or directories (recursively: .html .htm .shtml .xhtml .txt) on the
                     driver; each becomes {"id": PATH, "path": ABSOLUTE PATH}. Paths are read by
                     the zhnews processes, so on a cluster they must be on a file system every
                     node mounts at the same place, unless --inline;
  --inline           with --pages, the driver reads each page and sends its content in the
                     request ("html", or "text" for .txt files); pages that are not UTF-8 stay
                     path requests (a JSON string cannot carry their bytes).

Outputs: --collect FILE (default -, standard output) or --output DIR (saveAsTextFile, one part
file per partition). A summary goes to standard error; with --collect the job exits 1 when some
request got no line back (e.g. a zhnews process died).

Examples:
  spark-submit --master yarn --files /opt/zhnews/bin/zhnews zhnews_spark.py \\
      --requests hdfs:///crawl/requests.jsonl --output hdfs:///crawl/records
  spark-submit --master 'local[2]' zhnews_spark.py --zhnews /usr/local/bin/zhnews \\
      --pages crawl/ --collect records.jsonl
  python3 zhnews_spark.py --master 'local[2]' --zhnews .build/release/zhnews --pages pages/ --inline
See docs/SCALING.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path

PAGE_EXTENSIONS = {".html", ".htm", ".shtml", ".xhtml", ".txt"}
BINARY_NAME = "zhnews"


def expand_pages(paths: list[str]) -> list[Path]:
    """Files as given; directories recursively, page extensions only, sorted."""
    pages: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pages.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_EXTENSIONS))
        else:
            pages.append(path)
    return pages


def page_request(path: Path, inline: bool) -> dict:
    """The request for one page: by path, or (inline) with its UTF-8 content."""
    request = {"id": str(path), "path": str(path.resolve())}
    if inline:
        try:
            content = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return request
        return {"id": str(path), "text" if path.suffix.lower() == ".txt" else "html": content}
    return request


def request_line(request: dict) -> str:
    """One request as one line of JSON (newlines inside strings are escaped by JSON)."""
    return json.dumps(request, ensure_ascii=False, separators=(",", ":"))


def zhnews_command(binary: str, extra_args: str = "") -> str:
    return f"{shlex.quote(binary)} extract --stdin-jsonl --quiet {extra_args}".strip()


def extract(rdd, command: str):
    """The records of an RDD of request lines, in request order (RDD.pipe, one zhnews per partition).

    checkCode stays off: zhnews exits 1 when some request gave an error record, which is an
    answer, not a failure; a request that got no answer at all is found by `missing_ids`.
    """
    return rdd.pipe(command, checkCode=False)


def missing_ids(request_ids: list[str], record_lines: list[str]) -> list[str]:
    """Request ids with no record or error record among the output lines."""
    wanted = set(request_ids)
    answered: set[str] = set()
    for line in record_lines:
        try:
            record_id = json.loads(line).get("id")
        except (ValueError, AttributeError):
            continue
        if not isinstance(record_id, str):
            continue
        if record_id in wanted:
            answered.add(record_id)
        else:
            base, _, part = record_id.rpartition("#")
            if base in wanted and part.isdigit():
                answered.add(base)
    return [i for i in request_ids if i not in answered]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--requests", help="JSON Lines file of requests (any path SparkContext.textFile reads)")
    source.add_argument("--pages", nargs="+", help="page files or directories on the driver")
    parser.add_argument("--inline", action="store_true", help="with --pages: send UTF-8 page contents in the requests")
    binary = parser.add_mutually_exclusive_group()
    binary.add_argument("--zhnews", help="path of a zhnews binary present at that path on every node")
    binary.add_argument("--ship", help="ship this local zhnews binary with the job (SparkContext.addFile)")
    binary.add_argument("--shipped-name", default=BINARY_NAME, help="name of the binary shipped with spark-submit --files (default zhnews)")
    parser.add_argument("--zhnews-args", default="", help="more options for `zhnews extract`, e.g. '--parallel 1 --script keep'")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions (default: Spark's default parallelism)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--collect", default="-", help="write the collected records to this file (default -: standard output)")
    output.add_argument("--output", help="save the records with saveAsTextFile to this directory instead")
    parser.add_argument("--write-requests", help="also write the request lines to this local file (for checks)")
    parser.add_argument("--master", help="Spark master when not started by spark-submit, e.g. 'local[2]'")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="Spark configuration (repeatable)")
    args = parser.parse_args(argv)

    from pyspark import SparkConf, SparkContext, SparkFiles

    conf = SparkConf().setAppName("zhnews extract")
    if args.master:
        conf.setMaster(args.master)
    for item in args.conf:
        key, _, value = item.partition("=")
        conf.set(key, value)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    try:
        if args.zhnews:
            command_binary = args.zhnews
        else:
            if args.ship:
                sc.addFile(str(Path(args.ship).resolve()))
            name = Path(args.ship).name if args.ship else args.shipped_name
            # Local mode: the driver's copy is the one the tasks see. Elsewhere SparkFiles.get
            # answers, on each executor, <its working directory>/zhnews; the pipe runs there.
            command_binary = SparkFiles.get(name) if sc.master.startswith("local") else f"./{name}"
            if sc.master.startswith("local") and not os.path.exists(command_binary):
                raise SystemExit(f"zhnews_spark: no {name} among the job's files: give --zhnews PATH, --ship PATH or spark-submit --files PATH")
        command = zhnews_command(command_binary, args.zhnews_args)

        partitions = args.partitions or sc.defaultParallelism
        if args.requests:
            lines_rdd = sc.textFile(args.requests, minPartitions=partitions).filter(lambda line: line.strip() != "")
            request_lines = None
        else:
            request_lines = [request_line(page_request(p, args.inline)) for p in expand_pages(args.pages)]
            lines_rdd = sc.parallelize(request_lines, numSlices=min(partitions, max(1, len(request_lines))))
        if args.write_requests:
            lines = request_lines if request_lines is not None else lines_rdd.collect()
            Path(args.write_requests).write_text("".join(line + "\n" for line in lines), encoding="utf-8")

        records = extract(lines_rdd, command)
        print(f"zhnews_spark: {command} over {lines_rdd.getNumPartitions()} partitions", file=sys.stderr)
        if args.output:
            records.saveAsTextFile(args.output)
            print(f"zhnews_spark: records saved under {args.output}", file=sys.stderr)
            return 0
        collected = records.collect()
        text = "".join(line + "\n" for line in collected)
        if args.collect == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            Path(args.collect).write_text(text, encoding="utf-8")
        if request_lines is None:
            request_lines = lines_rdd.collect()
        ids = []
        for line in request_lines:
            try:
                ids.append(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                pass  # a malformed request is answered by an error record with a stdin:N id
        errors = sum(1 for line in collected if '"error":{' in line)
        missing = missing_ids(ids, collected)
        print(f"zhnews_spark: {len(request_lines)} requests, {len(collected)} lines ({errors} error records)"
              + (f", NO ANSWER for {len(missing)}: {', '.join(missing[:10])}" if missing else ""), file=sys.stderr)
        return 1 if missing else 0
    finally:
        sc.stop()


if __name__ == "__main__":
    sys.exit(main())
