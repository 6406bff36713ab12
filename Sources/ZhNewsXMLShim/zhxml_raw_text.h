/* Internal to the shim: the fast path through script and style content (zhxml_raw_text.c).
 * Not a public header. */
#ifndef ZHXML_RAW_TEXT_H
#define ZHXML_RAW_TEXT_H
#include <stddef.h>
#include <libxml/HTMLparser.h>

/// The rest of a script or style element's content, found in one pass over the parser's input
/// instead of libxml2's character-at-a-time loop (htmlParseScript), ready to be skipped.
typedef struct {
    /// The content libxml2 has not read yet: from `start`, `length` bytes.
    const xmlChar *start;
    size_t length;
    /// Where the element's end tag (`</script`, `</style`) starts.
    const xmlChar *end_tag;
    /// Line feeds in the skipped bytes (libxml2 counts lines as it reads).
    int line_feeds;
} zh_raw_text_rest;

/// Called from the CDATA callback: when libxml2 is in the middle of a script or style element
/// (it hands over its content in 1,000-character blocks) and the rest of that content up to its
/// end tag is in the input buffer and is text libxml2 would pass on unchanged (valid UTF-8, no
/// control characters), fills `rest` and returns 1; else (the last block, an element without an
/// end tag, text libxml2 would alter, a libxml2 whose loop was not checked) returns 0.
int zh_raw_text_find_rest(htmlParserCtxtPtr ctxt, zh_raw_text_rest *rest);

/// Moves libxml2's reader to the end tag found by zh_raw_text_find_rest, as its loop would have
/// got there: the next character it reads is the `<` of the end tag.
void zh_raw_text_skip(htmlParserCtxtPtr ctxt, const zh_raw_text_rest *rest);

#endif
