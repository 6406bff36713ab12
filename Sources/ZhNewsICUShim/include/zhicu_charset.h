#ifndef ZHICU_CHARSET_H
#define ZHICU_CHARSET_H
/* Character-set conversion and detection through ICU. Only <stdint.h> types cross this header:
 * Swift modules that import Foundation must never see ICU's own headers. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's canonical name for the charset `alias` (e.g. "gbk" -> "GBK") into `out`.
/// Returns the name's length, or -1 when ICU has no such converter.
int32_t zh_icu_charset_name(const char *alias, char *out, int32_t capacity);

/// Decodes `length` bytes in charset `charset` into UTF-16 `out` (capacity in code units; length + 2
/// always suffices). Invalid or unmappable sequences become U+FFFD and are counted in
/// `*replacements`. Returns the number of UTF-16 units written, or -1 when the charset is unknown
/// or decoding failed.
int32_t zh_icu_decode(const char *charset, const uint8_t *bytes, int32_t length,
                      uint16_t *out, int32_t capacity, int32_t *replacements);

/// Runs ICU's charset detector (ucsdet) over the bytes. Writes up to `max_matches` matches, best
/// first: names into `names` (each slot `name_stride` bytes, NUL-terminated) and confidences
/// (0–100) into `confidences`. Returns the number of matches written (0 when none).
int32_t zh_icu_detect(const uint8_t *bytes, int32_t length, char *names, int32_t name_stride,
                      int32_t *confidences, int32_t max_matches);

#ifdef __cplusplus
}
#endif
#endif
