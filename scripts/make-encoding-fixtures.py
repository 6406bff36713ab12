#!/usr/bin/env python3
"""Writes the byte-level fixtures under Fixtures/encoding/ (run from the package root).

Each fixture is a small news page whose bytes exercise one decoding rule. The text is taken
from the seed pages in Fixtures/, so no outside material is needed.
"""
import pathlib
import random

OUT = pathlib.Path("Fixtures/encoding")
OUT.mkdir(parents=True, exist_ok=True)

SIMPLIFIED_TITLE = "十堰市张湾区红卫街道践行共同缔造理念"
SIMPLIFIED_BODY = [
    "在十堰市张湾区红卫街道，“共同缔造”理念正深刻地融入社会治理的各个方面。",
    "西城佳苑小区作为红卫街道界牌社区老旧小区改造的典范，正以其焕然一新的面貌展现着共同缔造理念的生动实践。",
    "该服务中心位于小区内，总面积近1000平方米，涵盖日间照料室、长者食堂、健身活动、图书阅览等多功能区域。",
]
TRADITIONAL_TITLE = "凱旋社區黨建引領基層治理"
TRADITIONAL_BODY = [
    "自凱旋社區成立以來，社區始終堅持以黨建為引領，秉承多元共治的理念，匯聚各方力量，共同推進社區治理。",
    "紅衛街道凱旋社區通過醫療資源整合和服務創新，實現了從傳統門診服務向主動上門服務的轉變。",
    "展望未來，凱旋社區將繼續深化黨建引領基層治理，不斷創新工作機制，為居民創造更加宜居的生活環境。",
]


def page(title, body, head_extra=""):
    paragraphs = "\n".join(f"    <p>{p}</p>" for p in body)
    return (
        f"<!DOCTYPE html>\n<html>\n<head>{head_extra}\n<title>{title}_荆楚网</title>\n</head>\n<body>\n"
        f"<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/news\">新闻</a></div>\n"
        f"<h1>{title}</h1>\n<div class=\"info\">发布时间：2024-08-12 17:55 来源：荆楚网</div>\n"
        f"<div class=\"article-content\">\n{paragraphs}\n</div>\n"
        f"<div class=\"footer\">Copyright &copy; 2001-2024 All Rights Reserved</div>\n</body>\n</html>\n"
    )


def write(name, data):
    (OUT / name).write_bytes(data)


# GBK bytes and no charset declaration anywhere: detection must find GB18030.
write("gbk-undeclared.html", page(SIMPLIFIED_TITLE, SIMPLIFIED_BODY).encode("gbk"))
# Big5 bytes with no declaration, traditional text.
write("big5-undeclared.html", page(TRADITIONAL_TITLE, TRADITIONAL_BODY).replace("荆楚网", "荊楚網").replace("首页", "首頁").replace("新闻", "新聞").replace("发布时间", "發佈時間").replace("来源", "來源").encode("big5"))
# Declares gb2312 but the bytes are UTF-8 (common on real portals).
write("declared-gb2312-is-utf8.html", page(SIMPLIFIED_TITLE, SIMPLIFIED_BODY, '\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("utf-8"))
# A flattened text page in UTF-8 with a byte-order mark.
write("utf8-bom.txt", ("\ufeff" + SIMPLIFIED_TITLE + "\n\n" + "\n\n".join(SIMPLIFIED_BODY) + "\n").encode("utf-8"))
# UTF-8 with invalid bytes in the middle of the second paragraph.
good = ("\n\n".join(SIMPLIFIED_BODY) + "\n").encode("utf-8")
cut = good.index("西城".encode("utf-8"))
write("invalid-utf8-middle.txt", good[:cut] + b"\xff\xfe\xc3" + good[cut:])
# An empty file.
write("empty.txt", b"")
# Random bytes under a page name (seeded, so the file is stable).
rng = random.Random(20241112)
write("random-bytes.html", bytes(rng.randrange(256) for _ in range(2048)))
# A directory with a good page, a bad one, an empty one and a file that is not a page, for the
# command-line test "every input accounted for, exit status 1".
MIXED = pathlib.Path("Fixtures/mixed-dir")
MIXED.mkdir(parents=True, exist_ok=True)
(MIXED / "good.html").write_bytes((OUT / "gbk-undeclared.html").read_bytes())
(MIXED / "bad.html").write_bytes((OUT / "random-bytes.html").read_bytes())
(MIXED / "empty.txt").write_bytes(b"")
(MIXED / "notes.md").write_text("not a page\n")
print("wrote", sorted(p.name for p in OUT.iterdir()), "and", sorted(p.name for p in MIXED.iterdir()))
