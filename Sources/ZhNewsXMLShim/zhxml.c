#include "zhxml.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

static pthread_once_t zh_xml_once = PTHREAD_ONCE_INIT;

static void zh_xml_silence(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void zh_xml_init(void) {
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, zh_xml_silence);
}

typedef struct {
    uint8_t *data;
    size_t length;
    size_t capacity;
    int failed;
} zh_buffer;

static void zh_reserve(zh_buffer *b, size_t extra) {
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

static void zh_put_u8(zh_buffer *b, uint8_t v) {
    zh_reserve(b, 1);
    if (b->failed) return;
    b->data[b->length++] = v;
}

static void zh_put_bytes(zh_buffer *b, const void *bytes, size_t n) {
    uint32_t n32 = (uint32_t)n;
    zh_reserve(b, 4 + n);
    if (b->failed) return;
    memcpy(b->data + b->length, &n32, 4);
    b->length += 4;
    if (n) memcpy(b->data + b->length, bytes, n);
    b->length += n;
}

static void zh_put_string(zh_buffer *b, const xmlChar *s) {
    zh_put_bytes(b, s, s ? strlen((const char *)s) : 0);
}

/* A tag or attribute name, ASCII-lowercased (libxml2's HTML parser lowercases most already). */
static void zh_put_name(zh_buffer *b, const xmlChar *s) {
    size_t n = s ? strlen((const char *)s) : 0;
    uint32_t n32 = (uint32_t)n;
    zh_reserve(b, 4 + n);
    if (b->failed) return;
    memcpy(b->data + b->length, &n32, 4);
    b->length += 4;
    for (size_t i = 0; i < n; i++) {
        xmlChar c = s[i];
        b->data[b->length++] = (c >= 'A' && c <= 'Z') ? (xmlChar)(c + 32) : c;
    }
}

static void zh_put_u32(zh_buffer *b, uint32_t v) {
    zh_reserve(b, 4);
    if (b->failed) return;
    memcpy(b->data + b->length, &v, 4);
    b->length += 4;
}

/* Is `name` in a list of NUL-separated names ended by an empty name? (ASCII case-insensitive) */
static int zh_in_list(const char *list, const xmlChar *name) {
    if (list == NULL || name == NULL) return 0;
    for (const char *item = list; *item; item += strlen(item) + 1) {
        if (xmlStrcasecmp((const xmlChar *)item, name) == 0) return 1;
    }
    return 0;
}

/* Does the text (up to n bytes, NUL-terminated) contain `needle` once spaces are ignored? */
static int zh_contains_ignoring_spaces(const xmlChar *text, const char *needle) {
    char compact[512];
    size_t n = 0;
    for (const xmlChar *c = text; *c && n + 1 < sizeof compact; c++) {
        if (*c != ' ' && *c != '\t') compact[n++] = (char)((*c >= 'A' && *c <= 'Z') ? *c + 32 : *c);
    }
    compact[n] = 0;
    return strstr(compact, needle) != NULL;
}

static int zh_is_hidden(xmlNodePtr node) {
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (a->children == NULL || a->children->content == NULL) {
            if (xmlStrcasecmp(a->name, (const xmlChar *)"hidden") == 0) return 1;
            continue;
        }
        const xmlChar *value = a->children->content;
        if (xmlStrcasecmp(a->name, (const xmlChar *)"hidden") == 0) return 1;
        if (xmlStrcasecmp(a->name, (const xmlChar *)"aria-hidden") == 0 && xmlStrcasecmp(value, (const xmlChar *)"true") == 0) return 1;
        /* Only display:none hides for good: WeChat and others ship the article with
         * visibility:hidden and reveal it from script. */
        if (xmlStrcasecmp(a->name, (const xmlChar *)"style") == 0 && zh_contains_ignoring_spaces(value, "display:none")) return 1;
    }
    return 0;
}

static void zh_open_element(zh_buffer *b, xmlNodePtr node, const char *kept_attributes) {
    zh_put_u8(b, ZH_XML_OPEN);
    zh_put_name(b, node->name);
    uint32_t count = 0;
    for (xmlAttrPtr a = node->properties; a; a = a->next) count += zh_in_list(kept_attributes, a->name);
    zh_put_u32(b, count);
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (!zh_in_list(kept_attributes, a->name)) continue;
        zh_put_name(b, a->name);
        if (a->children != NULL && a->children->next == NULL && a->children->type == XML_TEXT_NODE) {
            zh_put_string(b, a->children->content);  /* the common case: no copy */
        } else {
            xmlChar *value = xmlNodeListGetString(node->doc, a->children, 1);
            zh_put_string(b, value);
            if (value) xmlFree(value);
        }
    }
}

static int zh_is_blank(const xmlChar *text) {
    for (const xmlChar *c = text; *c; c++) {
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r' && *c != '\f') return 0;
    }
    return 1;
}

static const int zh_xml_options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                  HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED |
                                  /* No 256-level depth cut (which drops the rest of the page): the
                                   * walk below is iterative and flattens below max_depth. Entities
                                   * still never load (no DTD loading, NONET). */
                                  XML_PARSE_HUGE;

int32_t zh_xml_parse_only(const uint8_t *utf8, int32_t length) {
    pthread_once(&zh_xml_once, zh_xml_init);
    htmlDocPtr doc = htmlReadMemory((const char *)utf8, length, NULL, "UTF-8", zh_xml_options);
    if (doc == NULL) return -1;
    xmlFreeDoc(doc);
    return 0;
}

int32_t zh_xml_parse_html(const uint8_t *utf8, int32_t length, int32_t max_depth,
                          const char *dropped_tags, const char *kept_attributes,
                          uint8_t **out, size_t *out_length) {
    pthread_once(&zh_xml_once, zh_xml_init);
    *out = NULL;
    *out_length = 0;
    htmlDocPtr doc = htmlReadMemory((const char *)utf8, length, NULL, "UTF-8", zh_xml_options);
    if (doc == NULL) return -1;

    zh_buffer b = {0};
    zh_reserve(&b, (size_t)length + 1024);
    /* Iterative depth-first walk: no recursion, so deep nesting cannot exhaust the stack. */
    xmlNodePtr node = doc->children;
    int32_t depth = 0;   /* elements currently open in the walk */
    int32_t emitted = 0; /* of those, how many were written as OPEN events */
    while (node != NULL && !b.failed) {
        int descend = 0;
        switch (node->type) {
        case XML_ELEMENT_NODE:
            if (zh_in_list(dropped_tags, node->name) || zh_is_hidden(node)) break;  /* skip the subtree */
            if (depth < max_depth) {
                zh_open_element(&b, node, kept_attributes);
                emitted++;
            }
            depth++;
            if (node->children) descend = 1;
            else {
                depth--;
                if (depth < emitted) {
                    zh_put_u8(&b, ZH_XML_CLOSE);
                    emitted--;
                }
            }
            break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (node->content && node->content[0]) {
                zh_put_u8(&b, ZH_XML_TEXT);
                if (zh_is_blank(node->content)) zh_put_bytes(&b, " ", 1);
                else zh_put_string(&b, node->content);
            }
            break;
        case XML_COMMENT_NODE:
            break;  /* comments are not page text */
        default:
            break;
        }
        if (descend) {
            node = node->children;
            continue;
        }
        /* Move to the next sibling, closing elements on the way up. */
        while (node != NULL && node->next == NULL) {
            node = node->parent;
            if (node == NULL || node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE) {
                node = NULL;
                break;
            }
            depth--;
            if (depth < emitted) {
                zh_put_u8(&b, ZH_XML_CLOSE);
                emitted--;
            }
        }
        if (node != NULL) node = node->next;
    }
    xmlFreeDoc(doc);
    if (b.failed) {
        free(b.data);
        return -1;
    }
    *out = b.data;
    *out_length = b.length;
    return 0;
}

void zh_xml_free(uint8_t *buffer) { free(buffer); }
