#include "zhxml_stream.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/globals.h>

/* Implied html/head/body stay on (no HTML_PARSE_NOIMPLIED): a page stored without an <html>
 * start tag (`<head>…</head><body>…`, as saved pages and archives keep them) must give the
 * document a browser gives. With implied elements off, libxml2 made the <head> the root and
 * linked the <body> inside it, and the whole page was read as head. */
const int zh_xml_options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT |
                           /* No 256-level depth cut (which drops the rest of the page): both walks
                            * are iterative and flatten below max_depth. Entities still never load
                            * (no DTD loading, NONET). */
                           XML_PARSE_HUGE;

static pthread_once_t zh_xml_once = PTHREAD_ONCE_INIT;

static void zh_xml_silence(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* libxml2 2.9 keeps the generic error handler per thread: xmlSetGenericErrorFunc silences only
 * the calling thread, and threads started later copy the thread default. So the default is set
 * once, and each parsing thread sets its own on its first parse (a worker of the batch pool may
 * have touched libxml2 before the default was set). */
static void zh_xml_init(void) {
    xmlInitParser();
    xmlThrDefSetGenericErrorFunc(NULL, zh_xml_silence);
}

static __thread int zh_xml_thread_silenced;

void zh_xml_init_once(void) {
    pthread_once(&zh_xml_once, zh_xml_init);
    if (!zh_xml_thread_silenced) {
        xmlSetGenericErrorFunc(NULL, zh_xml_silence);
        zh_xml_thread_silenced = 1;
    }
}

void zh_reserve(zh_buffer *b, size_t extra) {
    if (b->failed || b->length + extra <= b->capacity) return;
    size_t capacity = b->capacity ? b->capacity : 4096;
    while (capacity < b->length + extra) capacity *= 2;
    uint8_t *grown = realloc(b->data, capacity);
    if (grown == NULL) {
        b->failed = 1;
        return;
    }
    b->data = grown;
    b->capacity = capacity;
}

void zh_put_u8(zh_buffer *b, uint8_t v) {
    zh_reserve(b, 1);
    if (b->failed) return;
    b->data[b->length++] = v;
}

void zh_put_u32(zh_buffer *b, uint32_t v) {
    zh_reserve(b, 4);
    if (b->failed) return;
    memcpy(b->data + b->length, &v, 4);
    b->length += 4;
}

void zh_put_bytes(zh_buffer *b, const void *bytes, size_t n) {
    uint32_t n32 = (uint32_t)n;
    zh_reserve(b, 4 + n);
    if (b->failed) return;
    memcpy(b->data + b->length, &n32, 4);
    b->length += 4;
    if (n) memcpy(b->data + b->length, bytes, n);
    b->length += n;
}

void zh_put_string(zh_buffer *b, const xmlChar *s) {
    zh_put_bytes(b, s, s ? strlen((const char *)s) : 0);
}

void zh_put_name(zh_buffer *b, const xmlChar *s) {
    size_t n = s ? strlen((const char *)s) : 0;
    zh_put_u32(b, (uint32_t)n);
    zh_reserve(b, n);
    if (b->failed) return;
    for (size_t i = 0; i < n; i++) {
        xmlChar c = s[i];
        b->data[b->length++] = (c >= 'A' && c <= 'Z') ? (xmlChar)(c + 32) : c;
    }
}

void zh_name_set_init(zh_name_set *set, const char *list) {
    set->count = 0;
    memset(set->first_bytes, 0, sizeof set->first_bytes);
    if (list == NULL) return;
    for (const char *item = list; *item && set->count < 64; item += strlen(item) + 1) {
        size_t n = strlen(item);
        if (n > 255) continue;
        set->names[set->count] = item;
        set->lengths[set->count] = (uint8_t)n;
        uint8_t first = (uint8_t)item[0];
        set->first_bytes[first >> 6] |= (uint64_t)1 << (first & 63);
        set->count++;
    }
}

static xmlChar zh_lower(xmlChar c) { return (c >= 'A' && c <= 'Z') ? (xmlChar)(c + 32) : c; }

int zh_name_set_contains(const zh_name_set *set, const xmlChar *name) {
    if (name == NULL || name[0] == 0) return 0;
    xmlChar first = zh_lower(name[0]);
    if (!(set->first_bytes[first >> 6] & ((uint64_t)1 << (first & 63)))) return 0;
    size_t n = strlen((const char *)name);
    if (n > 255) return 0;
    for (int i = 0; i < set->count; i++) {
        if (set->lengths[i] != n || (xmlChar)set->names[i][0] != first) continue;
        size_t k = 1;
        while (k < n && (xmlChar)set->names[i][k] == zh_lower(name[k])) k++;
        if (k == n) return 1;
    }
    return 0;
}

/* Does the text contain `needle` once spaces are ignored? (first 511 other bytes, lowercased) */
static int zh_contains_ignoring_spaces(const xmlChar *text, const char *needle) {
    char compact[512];
    size_t n = 0;
    for (const xmlChar *c = text; *c && n + 1 < sizeof compact; c++) {
        if (*c != ' ' && *c != '\t') compact[n++] = (char)((*c >= 'A' && *c <= 'Z') ? *c + 32 : *c);
    }
    compact[n] = 0;
    return strstr(compact, needle) != NULL;
}

int zh_attribute_hides(const xmlChar *name, const xmlChar *value) {
    if (name == NULL) return 0;
    xmlChar first = zh_lower(name[0]);
    if (first != 'h' && first != 'a' && first != 's') return 0; /* hidden, aria-hidden, style */
    if (xmlStrcasecmp(name, (const xmlChar *)"hidden") == 0) return 1;
    if (value == NULL) return 0;
    if (xmlStrcasecmp(name, (const xmlChar *)"aria-hidden") == 0 && xmlStrcasecmp(value, (const xmlChar *)"true") == 0) return 1;
    /* Only display:none hides for good: WeChat and others ship the article with
     * visibility:hidden and reveal it from script. */
    if (xmlStrcasecmp(name, (const xmlChar *)"style") == 0 && zh_contains_ignoring_spaces(value, "display:none")) return 1;
    return 0;
}

int zh_is_blank(const xmlChar *text, size_t n) {
    for (size_t i = 0; i < n; i++) {
        xmlChar c = text[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return 0;
    }
    return 1;
}
