#ifndef ZHXML_H
#define ZHXML_H
/* HTML parsing through libxml2. Only <stdint.h>/<stddef.h> types cross this header: the tree is
 * copied out as a flat byte stream, and no libxml2 pointer outlives a call. */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Event codes in the flat stream written by zh_xml_parse_html.
enum {
    ZH_XML_OPEN = 1,    /* u32 name length, name, u32 attribute count, then per attribute: u32 len, name, u32 len, value */
    ZH_XML_TEXT = 2,    /* u32 length, UTF-8 text */
    ZH_XML_CLOSE = 3,   /* closes the innermost open element */
    ZH_XML_COMMENT = 4, /* u32 length, UTF-8 text */
};

/// Parses UTF-8 HTML with libxml2 (recover, no network, no errors printed) and writes the
/// document as a flat stream of events (see the enum above), depth first, in document order.
/// The stream is written from libxml2's SAX events as its tree builder would link them, without
/// building the DOM: the same stream as zh_xml_parse_html_via_dom, at less cost.
/// - Elements nested deeper than `max_depth` are flattened into their ancestor at that depth.
/// - Elements named in `dropped_tags`, and hidden ones (`hidden`, `aria-hidden="true"`, a style
///   with `display:none`), are left out with their subtrees. (`visibility:hidden` is not: pages
///   hide their article that way until a script reveals it.)
/// - Only attributes named in `kept_attributes` are written.
/// - Text that is only white space is written as one space.
/// Both lists are lowercase names separated by NUL and ended by an empty name ("a\0b\0\0"),
/// at most 64 names each.
/// - `time_limit_seconds` > 0: once that long has passed (checked every 64 SAX callbacks), the
///   parser is stopped (xmlStopParser) and the stream holds the document read so far, with every
///   open element closed. 0 or less: no limit.
/// On success returns 0 (1 when stopped by the time limit) and sets `*out`/`*out_length` to a
/// buffer the caller frees with zh_xml_free. Returns -1 when libxml2 produced no document.
int32_t zh_xml_parse_html(const uint8_t *utf8, int32_t length, int32_t max_depth,
                          const char *dropped_tags, const char *kept_attributes, double time_limit_seconds,
                          uint8_t **out, size_t *out_length);

/// The reference for zh_xml_parse_html: libxml2 builds its DOM (htmlReadMemory) and a walk of
/// the DOM writes the stream. Same arguments (no time limit), results and buffer ownership.
int32_t zh_xml_parse_html_via_dom(const uint8_t *utf8, int32_t length, int32_t max_depth,
                                  const char *dropped_tags, const char *kept_attributes,
                                  uint8_t **out, size_t *out_length);

/// Parses UTF-8 HTML with the same options as zh_xml_parse_html and frees the document at once:
/// the bare cost of libxml2's parse, the floor the benchmark compares the pipeline with.
/// Returns 0 when libxml2 produced a document.
int32_t zh_xml_parse_only(const uint8_t *utf8, int32_t length);

/// Frees a buffer returned by zh_xml_parse_html or zh_xml_parse_html_via_dom.
void zh_xml_free(uint8_t *buffer);

/// The running libxml2's version as a number (`20914` for 2.9.14, from xmlParserVersion).
int32_t zh_xml_parser_version(void);

/// How many times, in this process, script or style content was taken in one piece by the
/// fast path (zhxml_raw_text.c); it runs only on the libxml2 releases it was checked against.
int64_t zh_xml_raw_text_hits(void);

#ifdef __cplusplus
}
#endif
#endif
