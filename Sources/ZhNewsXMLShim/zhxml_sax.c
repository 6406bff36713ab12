/* The production path: libxml2's HTML parser drives SAX callbacks that write the event stream
 * directly, so no libxml2 DOM is built and freed. The callbacks reproduce what libxml2's own
 * tree builder (SAX2.c) would have made of the same events, so the stream is the one the DOM
 * walk in zhxml_dom.c writes (the tests compare them on every fixture page):
 * - adjacent character callbacks form one text node, script content (CDATA) another; comments
 *   and processing instructions end them;
 * - "ignorable" white space is kept, as the tree builder keeps it (the parser reports it apart
 *   only when the tree it sees has no place for it: with no DOM, it sees none);
 * - text outside every element is dropped, and a top-level element after the first one is
 *   placed inside it, as the tree builder links them;
 * - a prefixed tag name (`wb:share`) is named by its local part, as xmlSplitQName splits it. */
#include "zhxml.h"
#include "zhxml_stream.h"
#include "zhxml_raw_text.h"
#include "zhxml_attribute_limit.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

enum { ZH_TOP_NONE = 0, ZH_TOP_ELEMENT = 1, ZH_TOP_OTHER = 2 };

typedef struct {
    zh_buffer out;
    htmlParserCtxtPtr ctxt;
    zh_name_set dropped_tags;
    zh_name_set kept_attributes;
    int32_t max_depth;
    int32_t depth;    /* elements open in the stream's tree (as the DOM walk counts them) */
    int32_t emitted;  /* of those, how many were written as OPEN events */
    int32_t skipping; /* > 0: inside a dropped or hidden subtree, its elements still open */
    /* The text node being written: where its u32 length sits, whether it is all blank. */
    size_t run_length_at;
    int run_open;
    int run_cdata; /* the node being written holds script content (a CDATA node in the tree) */
    int run_blank;
    int64_t open_count; /* elements open in the parser (the tree builder's ctxt->node chain) */
    /* The document's first top-level node; whether the first element (the root) has ended, or
     * was left out. */
    int top_first;
    int root_ended;
    int root_skipped;
    /* The time limit: CLOCK_MONOTONIC nanoseconds (0: none), checked every few callbacks; once
     * it has passed, the parser is stopped (xmlStopParser) and `stopped` is set. */
    uint64_t deadline_ns;
    uint32_t callbacks;
    int stopped;
} zh_sax_state;

static uint64_t zh_monotonic_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

/* Called at the start of every callback: once the deadline has passed, stops libxml2 (no
 * more callbacks come, and its loops end at the next check of the parser state) and ends the
 * input where it is, so that no loop of libxml2 reads on without callbacks. Returns 1 when the
 * callback must do nothing. */
static int zh_past_deadline(zh_sax_state *s) {
    if (s->stopped) return 1;
    if (s->deadline_ns == 0 || (++s->callbacks & 63) != 0) return 0;
    if (zh_monotonic_ns() < s->deadline_ns) return 0;
    s->stopped = 1;
    xmlStopParser(s->ctxt);
    if (s->ctxt->input != NULL && s->ctxt->input->end != NULL) s->ctxt->input->cur = s->ctxt->input->end;
    return 1;
}

/* Ends the text node being written, as one space when it is all white space. */
static void zh_end_text(zh_sax_state *s) {
    if (!s->run_open) return;
    s->run_open = 0;
    if (s->out.failed) return;
    size_t start = s->run_length_at + 4;
    if (s->run_blank) {
        s->out.length = start;
        s->out.data[s->out.length++] = ' ';
    }
    uint32_t n = (uint32_t)(s->out.length - start);
    memcpy(s->out.data + s->run_length_at, &n, 4);
}

/* Adds character data to the current element, as xmlSAX2Characters (`cdata` 0) or
 * xmlSAX2CDataBlock (1) would: appended to the node being written when that node is of the
 * same kind, else a new node. */
static void zh_character_data(zh_sax_state *s, const xmlChar *text, int length, int cdata) {
    if (length <= 0 || s->open_count == 0) return; /* the tree builder drops text outside elements */
    if (s->skipping) return;
    int blank = zh_is_blank(text, (size_t)length);
    if (s->run_open && s->run_cdata != cdata) zh_end_text(s);
    if (!s->run_open) {
        zh_put_u8(&s->out, ZH_XML_TEXT);
        s->run_length_at = s->out.length;
        zh_put_u32(&s->out, 0);
        s->run_open = 1;
        s->run_cdata = cdata;
        s->run_blank = 1;
    }
    s->run_blank = s->run_blank && blank;
    zh_reserve(&s->out, (size_t)length);
    if (s->out.failed) return;
    memcpy(s->out.data + s->out.length, text, (size_t)length);
    s->out.length += (size_t)length;
}

static void zh_sax_characters(void *context, const xmlChar *text, int length) {
    zh_sax_state *s = ((htmlParserCtxtPtr)context)->_private;
    if (zh_past_deadline(s)) return;
    zh_character_data(s, text, length, 0);
}

/* Script and style content, in blocks; after a full block, the rest of the element's content
 * is taken in one piece when zhxml_raw_text.c can find it (then libxml2 reads on from the end tag). */
static void zh_sax_cdata(void *context, const xmlChar *text, int length) {
    htmlParserCtxtPtr ctxt = context;
    if (zh_past_deadline(ctxt->_private)) return;
    zh_character_data(ctxt->_private, text, length, 1);
    zh_raw_text_rest rest;
    if (!zh_raw_text_find_rest(ctxt, &rest)) return;
    zh_character_data(ctxt->_private, rest.start, (int)rest.length, 1);
    zh_raw_text_skip(ctxt, &rest);
}

/* A comment, PI or DTD: ends the text node; before any element, it is the first top-level node. */
static void zh_other_node(zh_sax_state *s) {
    zh_end_text(s);
    if (s->open_count == 0 && s->top_first == ZH_TOP_NONE) s->top_first = ZH_TOP_OTHER;
}

static void zh_sax_comment(void *context, const xmlChar *value) {
    (void)value;
    zh_sax_state *s = ((htmlParserCtxtPtr)context)->_private;
    if (zh_past_deadline(s)) return;
    zh_other_node(s);
}

static void zh_sax_pi(void *context, const xmlChar *target, const xmlChar *data) {
    (void)target;
    (void)data;
    zh_sax_state *s = ((htmlParserCtxtPtr)context)->_private;
    if (zh_past_deadline(s)) return;
    zh_other_node(s);
}

/* A DOCTYPE: the tree builder links it to the document (xmlCreateIntSubset), never into an
 * element, so one met inside the page does not end the text node being written there. */
static void zh_sax_internal_subset(void *context, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name;
    (void)external_id;
    (void)system_id;
    zh_sax_state *s = ((htmlParserCtxtPtr)context)->_private;
    if (zh_past_deadline(s) || s->open_count > 0) return;
    zh_other_node(s);
}

/* The element name the tree builder keeps: the part after the first colon, unless the name
 * starts or ends with that colon (xmlSplitQName). Attribute names are kept whole in HTML. */
static const xmlChar *zh_local_name(const xmlChar *name) {
    if (name == NULL || name[0] == ':') return name;
    const xmlChar *colon = (const xmlChar *)strchr((const char *)name, ':');
    if (colon == NULL || colon[1] == 0) return name;
    return colon + 1;
}

static int zh_hidden(const xmlChar **attributes) {
    if (attributes == NULL) return 0;
    for (const xmlChar **a = attributes; a[0] != NULL; a += 2) {
        if (zh_attribute_hides(a[0], a[1])) return 1;
    }
    return 0;
}

static void zh_write_open(zh_sax_state *s, const xmlChar *name, const xmlChar **attributes) {
    zh_put_u8(&s->out, ZH_XML_OPEN);
    zh_put_name(&s->out, name);
    uint32_t count = 0;
    if (attributes != NULL) {
        for (const xmlChar **a = attributes; a[0] != NULL; a += 2) count += zh_name_set_contains(&s->kept_attributes, a[0]);
    }
    zh_put_u32(&s->out, count);
    if (count == 0) return;
    for (const xmlChar **a = attributes; a[0] != NULL; a += 2) {
        if (!zh_name_set_contains(&s->kept_attributes, a[0])) continue;
        zh_put_name(&s->out, a[0]);
        zh_put_string(&s->out, a[1]);
    }
}

static void zh_sax_start(void *context, const xmlChar *qualified_name, const xmlChar **attributes) {
    zh_sax_state *s = ((htmlParserCtxtPtr)context)->_private;
    if (zh_past_deadline(s)) return;
    const xmlChar *name = zh_local_name(qualified_name);
    zh_end_text(s);
    int top_level = s->open_count == 0;
    s->open_count++;
    if (top_level && s->top_first == ZH_TOP_NONE) {
        s->top_first = ZH_TOP_ELEMENT; /* the root */
    } else if (top_level && s->top_first == ZH_TOP_ELEMENT && s->root_skipped) {
        s->skipping = 1; /* placed inside a root that was left out: left out too */
        return;
    }
    if (s->skipping) {
        s->skipping++;
        return;
    }
    if (zh_name_set_contains(&s->dropped_tags, name) || zh_hidden(attributes)) {
        s->skipping = 1;
        if (top_level && s->top_first == ZH_TOP_ELEMENT && !s->root_ended) s->root_skipped = 1;
        return;
    }
    if (s->depth < s->max_depth) {
        zh_write_open(s, name, attributes);
        s->emitted++;
    }
    s->depth++;
}

static void zh_sax_end(void *context, const xmlChar *name) {
    (void)name;
    zh_sax_state *s = ((htmlParserCtxtPtr)context)->_private;
    if (zh_past_deadline(s)) return;
    zh_end_text(s);
    if (s->open_count > 0) s->open_count--;
    if (s->skipping) {
        s->skipping--;
        return;
    }
    if (s->open_count == 0 && s->top_first == ZH_TOP_ELEMENT && !s->root_ended) {
        /* The root stays open in the stream: later top-level elements go inside it. */
        s->root_ended = 1;
        return;
    }
    s->depth--;
    if (s->depth < s->emitted) {
        zh_put_u8(&s->out, ZH_XML_CLOSE);
        s->emitted--;
    }
}

int32_t zh_xml_parse_html(const uint8_t *utf8, int32_t length, int32_t max_depth,
                          const char *dropped_tags, const char *kept_attributes, double time_limit_seconds,
                          uint8_t **out, size_t *out_length) {
    zh_xml_init_once();
    *out = NULL;
    *out_length = 0;
    if (utf8 == NULL || length <= 0) return -1;
    uint8_t *limited = NULL; /* the page with excess attributes left out, when it has any */
    size_t limited_length = 0;
    if (zh_limit_attributes(utf8, (size_t)length, &limited, &limited_length)) {
        utf8 = limited;
        length = (int32_t)limited_length;
    }
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt((const char *)utf8, length);
    free(limited); /* the context holds its own copy */
    if (ctxt == NULL) return -1;

    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.internalSubset = zh_sax_internal_subset;
    sax.startElement = zh_sax_start;
    sax.endElement = zh_sax_end;
    sax.characters = zh_sax_characters;
    sax.cdataBlock = zh_sax_cdata;
    sax.ignorableWhitespace = zh_sax_characters; /* as htmlDefaultSAXHandler: kept */
    sax.comment = zh_sax_comment;
    sax.processingInstruction = zh_sax_pi;
    sax.initialized = 1;
    memcpy(ctxt->sax, &sax, sizeof sax);

    zh_sax_state s;
    memset(&s, 0, sizeof s);
    s.ctxt = ctxt;
    zh_name_set_init(&s.dropped_tags, dropped_tags);
    zh_name_set_init(&s.kept_attributes, kept_attributes);
    s.max_depth = max_depth;
    if (time_limit_seconds > 0 && time_limit_seconds < 1e9) s.deadline_ns = zh_monotonic_ns() + (uint64_t)(time_limit_seconds * 1e9);
    zh_reserve(&s.out, (size_t)length / 2 + 1024);
    ctxt->_private = &s;
    ctxt->userData = ctxt;

    /* What htmlReadMemory(…, "UTF-8", options) does before it parses. */
    htmlCtxtUseOptions(ctxt, zh_xml_options);
    xmlCharEncodingHandlerPtr utf8_handler = xmlFindCharEncodingHandler("UTF-8");
    if (utf8_handler != NULL) {
        xmlSwitchToEncoding(ctxt, utf8_handler);
        if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
        ctxt->input->encoding = xmlStrdup((const xmlChar *)"UTF-8");
    }
    htmlParseDocument(ctxt);
    zh_end_text(&s);
    while (s.emitted > 0 && !s.out.failed) { /* the root, and anything a halted parse left open */
        zh_put_u8(&s.out, ZH_XML_CLOSE);
        s.emitted--;
    }
    if (ctxt->myDoc != NULL) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    if (s.out.failed) {
        free(s.out.data);
        return -1;
    }
    *out = s.out.data;
    *out_length = s.out.length;
    return s.stopped ? 1 : 0;
}
