#ifndef ZHICU_TRANSLIT_H
#define ZHICU_TRANSLIT_H
/* ICU transliteration (utrans) and double-byte charset tables for the converter stage.
 * Only <stdint.h> types cross this header: Swift modules that import Foundation must never see
 * ICU's own headers. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opens ICU transliterator `id` (e.g. "Hant-Hans"), forward direction. Returns an opaque handle,
/// or NULL when ICU has no such transliterator. A handle is not thread-safe: use one per thread.
void *zh_icu_translit_open(const char *id);

/// Closes a handle from zh_icu_translit_open (NULL is ignored).
void zh_icu_translit_close(void *handle);

/// Transliterates `length` UTF-16 units into `out` (capacity in units). Returns the number of units
/// written, or -1 when the output does not fit or ICU fails. For Hant-Hans, `length` always fits.
int32_t zh_icu_translit_run(void *handle, const uint16_t *in, int32_t length,
                            uint16_t *out, int32_t capacity);

/// Decodes every two-byte sequence lead (0x81–0xFE) × trail (0x40–0xFE) of `charset` one by one and
/// writes the code point (or 0 when the pair is invalid, unassigned, decodes to a private-use
/// character or to more than one code point) into `out[(lead - 0x81) * 191 + (trail - 0x40)]`;
/// `out` must hold 126 * 191 entries. Returns the number of valid pairs, or -1 when the charset
/// is unknown.
int32_t zh_icu_double_byte_table(const char *charset, uint32_t *out);

#ifdef __cplusplus
}
#endif
#endif
