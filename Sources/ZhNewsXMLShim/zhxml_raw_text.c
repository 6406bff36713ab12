/* Script and style content read in one pass instead of libxml2's character-at-a-time loop.
 *
 * libxml2 2.9's htmlParseScript reads a script or style element's content one character at a
 * time (decoding, range-checking and copying each) and hands it to the CDATA callback in blocks
 * of 1,000 characters, until it sees `</` followed by the element's name (case-insensitive; in
 * recovery mode nothing else ends the element). Script and style are a third of a typical
 * portal page's bytes, and that loop is a sixth of the parse.
 *
 * When the callback gets a full block, the reader (ctxt->input->cur) points at the last
 * character of that block, which the loop will step over (NEXTL) before reading the next. If
 * the end tag is further on in the input buffer and every byte up to it is text the loop would
 * copy unchanged, the callback can take that text directly and move the reader so that the
 * loop's step lands on the end tag: the events, and the parser's state, are what the loop would
 * have produced. The check below decides conservatively; anything else is left to libxml2.
 *
 * Verified against the loop of libxml2 2.9.14 (HTMLparser.c: htmlParseScript, htmlCurrentChar,
 * NEXTL); enabled only when the library that runs is a release listed below, its hits are
 * counted (zh_xml_raw_text_hits, asserted by a test), and the tests compare the
 * resulting tree with libxml2's own DOM on every fixture and dev-set page. */
#include "zhxml_raw_text.h"
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlversion.h>

/* Is the library that runs one whose htmlParseScript loop this file mirrors? Decided once. */
static pthread_once_t zh_raw_text_once = PTHREAD_ONCE_INIT;
static int zh_raw_text_version_checked;

/* The libxml2 releases whose htmlParseScript loop this file was checked against, as
 * xmlParserVersion numbers. Any other release parses without the fast path. */
static const int zh_raw_text_tested_versions[] = {20914};

static void zh_raw_text_check_version(void) {
    int version = atoi(xmlParserVersion);
    for (size_t i = 0; i < sizeof zh_raw_text_tested_versions / sizeof zh_raw_text_tested_versions[0]; i++) {
        if (version == zh_raw_text_tested_versions[i]) zh_raw_text_version_checked = 1;
    }
}

/* How many times the fast path has skipped content, over the process (tests assert it runs). */
static _Atomic int64_t zh_raw_text_hits;

int64_t zh_xml_raw_text_hits(void) { return zh_raw_text_hits; }

int32_t zh_xml_parser_version(void) { return (int32_t)atoi(xmlParserVersion); }

static int zh_raw_text_supported(void) {
    pthread_once(&zh_raw_text_once, zh_raw_text_check_version);
    return zh_raw_text_version_checked;
}

/* The UTF-8 length libxml2 gives the character starting with `lead` (valid input). */
static size_t zh_utf8_length(xmlChar lead) {
    if (lead < 0x80) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

/* Do the bytes match `name` case-insensitively (ASCII), with `name` of `n` bytes? */
static int zh_matches_name(const xmlChar *bytes, const xmlChar *end, const xmlChar *name, size_t n) {
    if ((size_t)(end - bytes) < n) return 0;
    for (size_t i = 0; i < n; i++) {
        xmlChar a = bytes[i], b = name[i];
        if (a >= 'A' && a <= 'Z') a = (xmlChar)(a + 32);
        if (b >= 'A' && b <= 'Z') b = (xmlChar)(b + 32);
        if (a != b) return 0;
    }
    return 1;
}

/* The first `</name` at or after `from`, or NULL. */
static const xmlChar *zh_find_end_tag(const xmlChar *from, const xmlChar *end, const xmlChar *name, size_t n) {
    const xmlChar *p = from;
    while (p < end) {
        p = memchr(p, '<', (size_t)(end - p));
        if (p == NULL) return NULL;
        if (p + 1 < end && p[1] == '/' && zh_matches_name(p + 2, end, name, n)) return p;
        p++;
    }
    return NULL;
}

/* Would htmlParseScript copy every byte unchanged? Valid UTF-8 of characters it accepts
 * (IS_CHAR: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF), no NUL (which it
 * turns into a space). Counts line feeds on the way. Returns -1 when it would not. */
static int zh_plain_text_line_feeds(const xmlChar *p, const xmlChar *end) {
    int line_feeds = 0;
    while (p < end) {
        xmlChar c = *p;
        if (c < 0x80) {
            if (c < 0x20) {
                if (c == '\n') line_feeds++;
                else if (c != '\t' && c != '\r') return -1;
            }
            p++;
            continue;
        }
        size_t n = c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (n == 0 || (size_t)(end - p) < n) return -1;
        uint32_t value = c & (0x7F >> n);
        for (size_t i = 1; i < n; i++) {
            if ((p[i] & 0xC0) != 0x80) return -1;
            value = (value << 6) | (p[i] & 0x3F);
        }
        if (n == 3 && (value < 0x800 || (value >= 0xD800 && value <= 0xDFFF) || value >= 0xFFFE)) return -1;
        if (n == 4 && (value < 0x10000 || value > 0x10FFFF)) return -1;
        p += n;
    }
    return line_feeds;
}

int zh_raw_text_find_rest(htmlParserCtxtPtr ctxt, zh_raw_text_rest *rest) {
    if (!zh_raw_text_supported()) return 0;
    xmlParserInputPtr input = ctxt->input;
    if (input == NULL || input->cur == NULL || input->end == NULL || ctxt->name == NULL) return 0;
    if (!ctxt->recovery || ctxt->disableSAX || ctxt->instate == XML_PARSER_EOF || ctxt->token != 0) return 0;
    const xmlChar *cur = input->cur, *end = input->end;
    if (cur >= end) return 0; /* the block before the end of the input */
    const xmlChar *name = ctxt->name;
    size_t name_length = strlen((const char *)name);
    /* At the end tag already: the loop has stopped and this is its last block. */
    if (cur[0] == '<' && cur + 1 < end && cur[1] == '/' && zh_matches_name(cur + 2, end, name, name_length)) return 0;
    const xmlChar *start = cur + zh_utf8_length(cur[0]);
    if (start > end) return 0;
    const xmlChar *end_tag = zh_find_end_tag(start, end, name, name_length);
    if (end_tag == NULL) return 0;
    int line_feeds = zh_plain_text_line_feeds(start, end_tag);
    if (line_feeds < 0) return 0;
    rest->start = start;
    rest->length = (size_t)(end_tag - start);
    rest->end_tag = end_tag;
    rest->line_feeds = line_feeds;
    return 1;
}

void zh_raw_text_skip(htmlParserCtxtPtr ctxt, const zh_raw_text_rest *rest) {
    zh_raw_text_hits++;
    xmlParserInputPtr input = ctxt->input;
    /* The loop's step adds the current character's length to `cur`: leave `cur` that far
     * before the end tag. Its line count follows the skipped line feeds; the column restarts
     * (libxml2 reports columns only in error messages, which the shim silences). */
    size_t step = zh_utf8_length(input->cur[0]);
    const xmlChar *landing = rest->end_tag - step;
    int line_feeds = rest->line_feeds;
    if (landing >= rest->start && *landing == '\n') line_feeds--; /* the step counts that one */
    if (line_feeds > 0) {
        input->line += line_feeds;
        input->col = 1;
    }
    input->cur = landing;
}
