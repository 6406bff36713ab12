#!/usr/bin/env python3
"""Writes the WARC fixtures under Fixtures/warc/ (run from the package root).

  crawl.warc.gz  one gzip member per record, records 1–11 below
  crawl.warc     the same records 1–10, uncompressed, without the truncated record 11

Records, in order:
   1  warcinfo   (WARC/1.1)
   2  request    GET of the UTF-8 page
   3  response   Fixtures/html/jingchu-portal.html, UTF-8, Content-Type: text/html; charset=utf-8
   4  response   Fixtures/html/county-gbk.html: GBK bytes, no charset in the page,
                 Content-Type: text/html; charset=gbk (WARC/1.0)
   5  response   Fixtures/html/split-divs.html with Transfer-Encoding: chunked, no charset parameter
   6  response   Fixtures/html/wechat-article.html with Content-Encoding: gzip
   7  response   a 1×1 image/png (skipped)
   8  response   a 404 HTML page (skipped)
   9  metadata   application/warc-fields about record 3
  10  revisit    identical-payload-digest revisit of the UTF-8 page (HTTP headers only)
  11  response   Fixtures/html/long-related.html, its gzip member cut inside the body (.gz only)

The output is deterministic: fixed dates and UUIDs, gzip mtime 0, no randomness. URLs, dates and
crawler names are made up.
"""
import base64
import gzip
import hashlib
import pathlib
import struct
import zlib

HTML = pathlib.Path("Fixtures/html")
OUT = pathlib.Path("Fixtures/warc")


def record_id(number):
    return "<urn:uuid:00000000-0000-4000-8000-%012d>" % number


def digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_record(number, warc_type, fields, block, version="WARC/1.1"):
    """One record: version line, header fields, CRLF, block, CRLF CRLF."""
    header = [
        version,
        "WARC-Type: " + warc_type,
        "WARC-Record-ID: " + record_id(number),
        "WARC-Date: 2024-08-12T10:%02d:00Z" % number,
    ]
    header += ["%s: %s" % item for item in fields]
    header += ["WARC-Block-Digest: " + digest(block), "Content-Length: %d" % len(block)]
    return ("\r\n".join(header) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def http_response(status, headers, body):
    lines = ["HTTP/1.1 " + status] + ["%s: %s" % item for item in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def response(number, url, status, headers, body, version="WARC/1.1", payload=None):
    fields = [
        ("WARC-Target-URI", url),
        ("WARC-IP-Address", "192.0.2.%d" % number),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Payload-Digest", digest(payload if payload is not None else body)),
    ]
    return warc_record(number, "response", fields, http_response(status, headers, body), version)


def chunked(body, size):
    out = b""
    for index, start in enumerate(range(0, len(body), size)):
        piece = body[start:start + size]
        extension = ";name=value" if index == 1 else ""
        out += b"%x%s\r\n" % (len(piece), extension.encode()) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def png_1x1():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00", 9)) + chunk(b"IEND", b""))


def member(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def main():
    utf8_page = (HTML / "jingchu-portal.html").read_bytes()
    gbk_page = (HTML / "county-gbk.html").read_bytes()
    chunked_page = (HTML / "split-divs.html").read_bytes()
    gzip_page = (HTML / "wechat-article.html").read_bytes()
    cut_page = (HTML / "long-related.html").read_bytes()
    assert b"charset" not in gbk_page.lower(), "the GBK page must not declare its charset"
    gbk_page.decode("gbk")  # strict: the bytes are GBK

    server = [("Server", "nginx"), ("Date", "Mon, 12 Aug 2024 10:00:00 GMT")]
    url = "http://news.example.cn/2024/08/12/"
    info = b"software: zhnews-fixtures/1.0\r\nformat: WARC File Format 1.1\r\nisPartOf: zhnews-test-crawl\r\n"
    request = (b"GET /2024/08/12/jingchu-portal.html HTTP/1.1\r\nHost: news.example.cn\r\n"
               b"User-Agent: zhnews-fixtures\r\nAccept: text/html\r\n\r\n")
    not_found = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404</h1></body></html>\n"
    gzipped = member(gzip_page)
    revisit_head = http_response("200 OK", server + [("Content-Type", "text/html; charset=utf-8")], b"")
    metadata = ("via: " + url + "index.html\r\nfetchTimeMs: 123\r\noutlinks: 3\r\n").encode()

    records = [
        warc_record(1, "warcinfo", [("WARC-Filename", "crawl.warc.gz"), ("Content-Type", "application/warc-fields")], info),
        warc_record(2, "request", [("WARC-Target-URI", url + "jingchu-portal.html"),
                                   ("WARC-Concurrent-To", record_id(3)),
                                   ("Content-Type", "application/http; msgtype=request")], request),
        response(3, url + "jingchu-portal.html", "200 OK",
                 server + [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(utf8_page)))], utf8_page),
        response(4, url + "county-gbk.html", "200 OK",
                 server + [("Content-Type", "text/html; charset=gbk"), ("Content-Length", str(len(gbk_page)))], gbk_page,
                 version="WARC/1.0"),
        response(5, url + "split-divs.html", "200 OK",
                 server + [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], chunked(chunked_page, 2000),
                 payload=chunked_page),
        response(6, url + "wechat-article.html", "200 OK",
                 server + [("Content-Type", "text/html; charset=\"UTF-8\""), ("Content-Encoding", "gzip"),
                           ("Content-Length", str(len(gzipped)))], gzipped),
        response(7, url + "logo.png", "200 OK", server + [("Content-Type", "image/png")], png_1x1()),
        response(8, url + "missing.html", "404 Not Found", server + [("Content-Type", "text/html; charset=utf-8")], not_found),
        warc_record(9, "metadata", [("WARC-Target-URI", url + "jingchu-portal.html"), ("WARC-Refers-To", record_id(3)),
                                    ("Content-Type", "application/warc-fields")], metadata),
        warc_record(10, "revisit", [("WARC-Target-URI", url + "jingchu-portal.html"),
                                    ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
                                    ("WARC-Refers-To", record_id(3)), ("WARC-Payload-Digest", digest(utf8_page)),
                                    ("Content-Type", "application/http; msgtype=response")], revisit_head),
    ]
    cut_record = response(11, url + "long-related.html", "200 OK",
                          server + [("Content-Type", "text/html; charset=utf-8")], cut_page)
    cut_member = member(cut_record)
    # Cut the member where its inflated bytes reach past the HTTP header but not to the body's end.
    header_end = cut_record.index(b"\r\n\r\n", cut_record.index(b"HTTP/1.1")) + 4
    cut_at = len(cut_member) // 2
    inflated = zlib.decompressobj(16 + 15).decompress(cut_member[:cut_at])
    assert header_end < len(inflated) < len(cut_record) - len(cut_page) // 4, (header_end, len(inflated))

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "crawl.warc").write_bytes(b"".join(records))
    (OUT / "crawl.warc.gz").write_bytes(b"".join(member(record) for record in records) + cut_member[:cut_at])


if __name__ == "__main__":
    main()
