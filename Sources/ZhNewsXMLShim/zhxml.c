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

static void zh_put_u32(zh_buffer *b, uint32_t v) {
    zh_reserve(b, 4);
    if (b->failed) return;
    memcpy(b->data + b->length, &v, 4);
    b->length += 4;
}

static void zh_open_element(zh_buffer *b, xmlNodePtr node) {
    zh_put_u8(b, ZH_XML_OPEN);
    zh_put_string(b, node->name);
    uint32_t count = 0;
    for (xmlAttrPtr a = node->properties; a; a = a->next) count++;
    zh_put_u32(b, count);
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        zh_put_string(b, a->name);
        xmlChar *value = xmlNodeListGetString(node->doc, a->children, 1);
        zh_put_string(b, value);
        if (value) xmlFree(value);
    }
}

static const int zh_xml_options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                  HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED;

int32_t zh_xml_parse_only(const uint8_t *utf8, int32_t length) {
    pthread_once(&zh_xml_once, zh_xml_init);
    htmlDocPtr doc = htmlReadMemory((const char *)utf8, length, NULL, "UTF-8", zh_xml_options);
    if (doc == NULL) return -1;
    xmlFreeDoc(doc);
    return 0;
}

int32_t zh_xml_parse_html(const uint8_t *utf8, int32_t length, int32_t max_depth,
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
            if (depth < max_depth) {
                zh_open_element(&b, node);
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
                zh_put_string(&b, node->content);
            }
            break;
        case XML_COMMENT_NODE:
            zh_put_u8(&b, ZH_XML_COMMENT);
            zh_put_string(&b, node->content);
            break;
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
