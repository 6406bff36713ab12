#ifndef ZHICU_WORDBREAK_H
#define ZHICU_WORDBREAK_H
/* ICU's dictionary word break iterator (CJ dictionary) over short UTF-16 windows.
 * Only <stdint.h> types (and an opaque pointer) cross this header. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An open word break iterator (opaque). One per thread at a time: not thread-safe.
typedef struct zh_word_breaker zh_word_breaker;

/// Opens an iterator (about 45 µs: done once per text, not per window); NULL when ICU fails.
zh_word_breaker *zh_icu_word_breaker_open(void);
void zh_icu_word_breaker_close(zh_word_breaker *breaker);

/// Marks the word boundaries ICU finds in `text` (UTF-16, `length` units): `boundaries[i]` is set
/// to 1 when a word starts or ends before unit `i` (`boundaries` holds `length + 1` bytes; 0 and
/// `length` are always boundaries). Returns 0 on success, -1 when ICU fails (then every position
/// is marked, so a caller that vetoes on a missing boundary vetoes nothing).
int32_t zh_icu_word_boundaries(zh_word_breaker *breaker, const uint16_t *text, int32_t length, uint8_t *boundaries);

#ifdef __cplusplus
}
#endif
#endif
