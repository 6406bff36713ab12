#include "zhicu_wordbreak.h"
#include <string.h>
#include <unicode/ubrk.h>

zh_word_breaker *zh_icu_word_breaker_open(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (iterator != NULL) ubrk_close(iterator);
        return NULL;
    }
    return (zh_word_breaker *)iterator;
}

void zh_icu_word_breaker_close(zh_word_breaker *breaker) {
    if (breaker != NULL) ubrk_close((UBreakIterator *)breaker);
}

int32_t zh_icu_word_boundaries(zh_word_breaker *breaker, const uint16_t *text, int32_t length, uint8_t *boundaries) {
    if (length < 0) return -1;
    UBreakIterator *iterator = (UBreakIterator *)breaker;
    UErrorCode status = U_ZERO_ERROR;
    if (iterator != NULL) ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (iterator == NULL || U_FAILURE(status)) {
        memset(boundaries, 1, (size_t)length + 1);
        return -1;
    }
    memset(boundaries, 0, (size_t)length + 1);
    for (int32_t position = ubrk_first(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) {
        if (position >= 0 && position <= length) boundaries[position] = 1;
    }
    boundaries[0] = 1;
    boundaries[length] = 1;
    return 0;
}
