#!/usr/bin/env python3
"""The Spark recipe's check (run by scripts/test-spark, inside .venv-spark with pyspark).

Builds requests from the bundled fixture pages (by path, inline html and text, with url and
encoding, one missing file), then compares `zhnews extract --stdin-jsonl` run locally with the
same requests run through scripts/spark/zhnews_spark.py in local mode (local[2]):
  1. spark-submit --files zhnews … --requests FILE --partitions 3 (binary found through SparkFiles.get);
  2. python zhnews_spark.py --zhnews PATH --pages DIRS --inline --partitions 2 (preinstalled binary).
The records must be the same lines in the same order (parallelize and textFile keep partition
order, and zhnews keeps order inside a partition). Exits 1 with a per-record diff otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
JOB = HERE / "zhnews_spark.py"
TIMEOUT = 240
SPARK_CONF = ["spark.ui.enabled=false", "spark.ui.showConsoleProgress=false"]


def fixture_requests() -> list[dict]:
    fixtures = ROOT / "Fixtures"
    groups = [sorted(fixtures.glob("*.txt"))] + [
        sorted(p for p in (fixtures / name).iterdir() if p.is_file()) for name in ("html", "flattened", "encoding", "mixed-dir")
    ]
    requests: list[dict] = []
    for path in (p for group in groups for p in group):
        requests.append({"id": f"path:{path.relative_to(ROOT)}", "path": str(path)})
    # Inline content (UTF-8 pages only: a JSON string cannot carry GBK or Big5 bytes).
    inline = sorted((fixtures / "html").iterdir()) + sorted(fixtures.glob("*.txt")) + sorted((fixtures / "flattened").iterdir())
    for path in (p for p in inline if p.is_file()):  # sub-folders (html/headers) are not pages
        try:
            content = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        if path.suffix == ".html":
            requests.append({"id": f"html:{path.name}", "url": f"https://news.example.cn/{path.stem}.html", "html": content})
        else:
            requests.append({"id": f"text:{path.relative_to(fixtures)}", "text": content})
    # The caller's charset, and a file that is not there.
    requests.append({"id": "encoding:county-gbk", "path": str(fixtures / "html" / "county-gbk.html"), "encoding": "gbk"})
    requests.append({"id": "encoding:taiwan-big5", "path": str(fixtures / "html" / "taiwan-big5.html"), "encoding": "big5"})
    requests.append({"id": "missing", "path": str(fixtures / "html" / "no-such-page.html")})
    return requests


def write_requests(requests: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for index, request in enumerate(requests):
            # Every third line ASCII-escaped, so both JSON spellings cross the pipe.
            out.write(json.dumps(request, ensure_ascii=index % 3 == 0, separators=(",", ":")) + "\n")


def local_run(zhnews: str, requests: Path) -> list[str]:
    with open(requests, "rb") as stdin:
        result = subprocess.run([zhnews, "extract", "--stdin-jsonl", "--quiet"], stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    if result.returncode not in (0, 1):
        raise SystemExit(f"test-spark: local zhnews extract --stdin-jsonl exited {result.returncode}: "
                         f"{result.stderr.decode('utf-8', 'replace')[-2000:]}")
    return result.stdout.decode("utf-8").splitlines()


def spark_run(command: list[str], cwd: Path, env: dict, log: Path) -> float:
    start = time.monotonic()
    with open(log, "wb") as out:
        result = subprocess.run(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, timeout=TIMEOUT)
    if result.returncode != 0:
        tail = log.read_text("utf-8", "replace").splitlines()[-40:]
        raise SparkJobError(f"exit status {result.returncode}; the log's last lines:\n    " + "\n    ".join(tail))
    return time.monotonic() - start


class SparkJobError(Exception):
    pass


def short(value, width: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def diff(expected: list[str], actual: list[str], limit: int = 30) -> list[str]:
    """A readable difference: lines missing, extra, or changed (by record id and key), then order."""
    def keyed(lines):
        table: dict[str, list[str]] = {}
        for line in lines:
            try:
                key = str(json.loads(line).get("id"))
            except (ValueError, AttributeError):
                key = f"<not JSON> {line[:60]}"
            table.setdefault(key, []).append(line)
        return table

    want, got = keyed(expected), keyed(actual)
    report: list[str] = [f"local run: {len(expected)} lines; Spark: {len(actual)} lines"]
    for key in list(want) + [k for k in got if k not in want]:
        if len(report) > limit:
            report.append("  …")
            break
        if key not in got:
            report.append(f"  only in the local run: {key}")
        elif key not in want:
            report.append(f"  only in Spark's output: {key}")
        elif want[key] != got[key]:
            if len(want[key]) != len(got[key]):
                report.append(f"  {key}: {len(want[key])} line(s) locally, {len(got[key])} from Spark")
                continue
            for line_want, line_got in zip(want[key], got[key]):
                a, b = json.loads(line_want), json.loads(line_got)
                for field in sorted(set(a) | set(b)):
                    if a.get(field) != b.get(field):
                        report.append(f"  {key} .{field}:\n      local: {short(a.get(field))}\n      spark: {short(b.get(field))}")
    if sorted(expected) == sorted(actual):
        first = next(i for i, (a, b) in enumerate(zip(expected, actual)) if a != b)
        report.append(f"  same lines, different order: first difference at line {first + 1}")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zhnews", required=True, help="the zhnews binary to test")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    zhnews = str(Path(args.zhnews).resolve())
    python = sys.executable
    bin_dir = Path(python).parent
    env = {k: v for k, v in os.environ.items() if k not in ("SPARK_HOME", "PYSPARK_SUBMIT_ARGS")}
    env.update(PYSPARK_PYTHON=python, PYSPARK_DRIVER_PYTHON=python, SPARK_LOCAL_IP="127.0.0.1")
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"

    temp = Path(tempfile.mkdtemp(prefix="zhnews-test-spark-"))
    passed = failed = 0
    try:
        conf = [arg for item in SPARK_CONF for arg in ("--conf", item)]

        # 1. spark-submit, the binary shipped with --files, requests from a JSON Lines file.
        requests = fixture_requests()
        requests_file = temp / "requests.jsonl"
        write_requests(requests, requests_file)
        expected = local_run(zhnews, requests_file)
        name = f"spark-submit --files zhnews, --requests ({len(requests)} requests), 3 partitions"
        shipped = temp / "ship" / "zhnews"  # the job looks for a shipped file named zhnews
        shipped.parent.mkdir()
        shutil.copy2(zhnews, shipped)
        try:
            seconds = spark_run([str(bin_dir / "spark-submit"), "--master", "local[2]", *conf, "--files", str(shipped), str(JOB),
                                 "--requests", f"file://{requests_file}", "--partitions", "3", "--collect", str(temp / "spark-1.jsonl")],
                                cwd=temp, env=env, log=temp / "spark-1.log")
            actual = (temp / "spark-1.jsonl").read_text("utf-8").splitlines()
            problems = [] if actual == expected else diff(expected, actual)
        except (SparkJobError, subprocess.TimeoutExpired) as error:
            problems, seconds = [f"the Spark job failed: {error}"], 0.0
        passed, failed = report(name, expected, problems, seconds, passed, failed)

        # 2. The job run by python, preinstalled binary, requests built from page directories.
        pages = [str(ROOT / "Fixtures" / "html"), str(ROOT / "Fixtures" / "flattened"), *map(str, sorted((ROOT / "Fixtures").glob("*.txt")))]
        requests_file_2 = temp / "requests-2.jsonl"
        name = "zhnews_spark.py --zhnews PATH --pages … --inline, 2 partitions"
        try:
            seconds = spark_run([python, str(JOB), "--master", "local[2]", *conf, "--zhnews", zhnews, "--pages", *pages, "--inline",
                                 "--partitions", "2", "--write-requests", str(requests_file_2), "--collect", str(temp / "spark-2.jsonl")],
                                cwd=temp, env=env, log=temp / "spark-2.log")
            expected = local_run(zhnews, requests_file_2)
            actual = (temp / "spark-2.jsonl").read_text("utf-8").splitlines()
            problems = [] if actual == expected else diff(expected, actual)
            if not expected:
                problems = ["no request was built from the pages"]
        except (SparkJobError, subprocess.TimeoutExpired) as error:
            problems, seconds, expected = [f"the Spark job failed: {error}"], 0.0, []
        passed, failed = report(name, expected, problems, seconds, passed, failed)
    finally:
        if args.keep:
            print(f"test-spark: kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    print(f"test-spark: {passed} passed, {failed} failed")
    return 1 if failed else 0


def report(name: str, expected: list[str], problems: list[str], seconds: float, passed: int, failed: int) -> tuple[int, int]:
    if problems:
        print(f"✘ {name}")
        for line in problems:
            print(f"  {line}")
        return passed, failed + 1
    errors = sum(1 for line in expected if json.loads(line).get("error"))
    print(f"✔ {name}: {len(expected)} lines ({errors} error records), identical to the local run and in order ({seconds:.0f} s)")
    return passed + 1, failed


if __name__ == "__main__":
    sys.exit(main())
