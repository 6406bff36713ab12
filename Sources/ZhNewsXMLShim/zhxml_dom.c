/* The reference path: libxml2 builds its DOM (htmlReadMemory) and an iterative walk writes the
 * event stream from it. zh_xml_parse_html (zhxml_sax.c) must write the same stream without the
 * DOM; the tests compare the two on every fixture. Also the benchmark's floor, the bare parse. */
#include "zhxml.h"
#include "zhxml_stream.h"
#include "zhxml_attribute_limit.h"
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

static int zh_is_hidden(xmlNodePtr node) {
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        const xmlChar *value = (a->children != NULL) ? a->children->content : NULL;
        if (zh_attribute_hides(a->name, value)) return 1;
    }
    return 0;
}

static void zh_open_element(zh_buffer *b, xmlNodePtr node, const zh_name_set *kept_attributes) {
    zh_put_u8(b, ZH_XML_OPEN);
    zh_put_name(b, node->name);
    uint32_t count = 0;
    for (xmlAttrPtr a = node->properties; a; a = a->next) count += zh_name_set_contains(kept_attributes, a->name);
    zh_put_u32(b, count);
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (!zh_name_set_contains(kept_attributes, a->name)) continue;
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

int32_t zh_xml_parse_only(const uint8_t *utf8, int32_t length) {
    zh_xml_init_once();
    htmlDocPtr doc = htmlReadMemory((const char *)utf8, length, NULL, "UTF-8", zh_xml_options);
    if (doc == NULL) return -1;
    xmlFreeDoc(doc);
    return 0;
}

int32_t zh_xml_parse_html_via_dom(const uint8_t *utf8, int32_t length, int32_t max_depth,
                                  const char *dropped_tags, const char *kept_attributes,
                                  uint8_t **out, size_t *out_length) {
    zh_xml_init_once();
    *out = NULL;
    *out_length = 0;
    uint8_t *limited = NULL; /* as zh_xml_parse_html: excess attributes left out */
    size_t limited_length = 0;
    if (utf8 != NULL && length > 0 && zh_limit_attributes(utf8, (size_t)length, &limited, &limited_length)) {
        utf8 = limited;
        length = (int32_t)limited_length;
    }
    htmlDocPtr doc = htmlReadMemory((const char *)utf8, length, NULL, "UTF-8", zh_xml_options);
    free(limited);
    if (doc == NULL) return -1;

    zh_name_set dropped, kept;
    zh_name_set_init(&dropped, dropped_tags);
    zh_name_set_init(&kept, kept_attributes);
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
            if (zh_name_set_contains(&dropped, node->name) || zh_is_hidden(node)) break;  /* skip the subtree */
            if (depth < max_depth) {
                zh_open_element(&b, node, &kept);
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
                size_t n = strlen((const char *)node->content);
                zh_put_u8(&b, ZH_XML_TEXT);
                if (zh_is_blank(node->content, n)) zh_put_bytes(&b, " ", 1);
                else zh_put_bytes(&b, node->content, n);
            }
            break;
        default:
            break;  /* comments, DTDs, processing instructions: not page text */
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
