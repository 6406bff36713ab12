/* Internal to the shim: a guard against one start tag with a huge number of attributes, which
 * libxml2 2.9 parses in quadratic time (each attribute name is compared with every earlier one,
 * inside one call, with no SAX callback in which a deadline could stop it). */
#ifndef ZHXML_ATTRIBUTE_LIMIT_H
#define ZHXML_ATTRIBUTE_LIMIT_H
#include <stddef.h>
#include <stdint.h>

/// Most attributes kept on one start tag (real pages use a few dozen at most).
enum { ZH_MAX_ATTRIBUTES = 512 };

/// When some start tag of `html` has more than ZH_MAX_ATTRIBUTES attributes, returns 1 and a
/// malloc'ed copy (`*out`, `*out_length`; the caller frees it) in which each such tag keeps its
/// first ZH_MAX_ATTRIBUTES attributes; otherwise returns 0 and leaves `*out` NULL (the input is
/// parsed as it is). Start tags are found as HTML's tokenizer finds them: not inside comments,
/// nor inside script and style content; attribute values may be quoted with ' or ".
/// Linear in the input.
int zh_limit_attributes(const uint8_t *html, size_t length, uint8_t **out, size_t *out_length);

#endif
