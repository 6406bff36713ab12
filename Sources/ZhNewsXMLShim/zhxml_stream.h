/* Internal to the shim: the event-stream writer and the filters both walks share (the SAX
 * builder in zhxml_sax.c and the DOM walk in zhxml_dom.c). Not a public header. */
#ifndef ZHXML_STREAM_H
#define ZHXML_STREAM_H
#include <stddef.h>
#include <stdint.h>
#include <libxml/xmlstring.h>

/// A growable byte buffer; `failed` is set once an allocation fails and every write after it
/// is dropped.
typedef struct {
    uint8_t *data;
    size_t length;
    size_t capacity;
    int failed;
} zh_buffer;

void zh_reserve(zh_buffer *b, size_t extra);
void zh_put_u8(zh_buffer *b, uint8_t v);
void zh_put_u32(zh_buffer *b, uint32_t v);
/// u32 length, then the bytes.
void zh_put_bytes(zh_buffer *b, const void *bytes, size_t n);
/// A NUL-terminated string as zh_put_bytes (NULL writes an empty string).
void zh_put_string(zh_buffer *b, const xmlChar *s);
/// A tag or attribute name, ASCII-lowercased, as zh_put_bytes.
void zh_put_name(zh_buffer *b, const xmlChar *s);

/// A list of names to test element and attribute names against (the first 64 of the list).
typedef struct {
    const char *names[64];
    uint8_t lengths[64];
    int count;
    /// Bit per (lowercased) first byte of the names: most tested names are rejected by it alone.
    uint64_t first_bytes[4];
} zh_name_set;

/// Reads a list of NUL-separated lowercase names ended by an empty name ("a\0b\0\0").
void zh_name_set_init(zh_name_set *set, const char *list);
/// Is `name` in the set? (ASCII case-insensitive)
int zh_name_set_contains(const zh_name_set *set, const xmlChar *name);
/// Does one attribute hide its element (`hidden`, `aria-hidden="true"`, a style with
/// `display:none`)? `value` may be NULL (an attribute written without a value).
int zh_attribute_hides(const xmlChar *name, const xmlChar *value);
/// Is the text only white space (space, tab, CR, LF, FF)? Looks at `n` bytes.
int zh_is_blank(const xmlChar *text, size_t n);

/// libxml2 set up once per process (errors silenced).
void zh_xml_init_once(void);
/// The parser options both walks use.
extern const int zh_xml_options;

#endif
