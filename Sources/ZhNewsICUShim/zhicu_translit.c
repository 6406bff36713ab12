#include "zhicu_translit.h"
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>

void *zh_icu_translit_open(const char *id) {
    UChar uid[64];
    int32_t n = (int32_t)strlen(id);
    if (n >= 64) return NULL;
    u_charsToUChars(id, uid, n);
    uid[n] = 0;
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return NULL;
    return t;
}

void zh_icu_translit_close(void *handle) {
    if (handle != NULL) utrans_close((UTransliterator *)handle);
}

int32_t zh_icu_translit_run(void *handle, const uint16_t *in, int32_t length,
                            uint16_t *out, int32_t capacity) {
    if (handle == NULL || length > capacity) return -1;
    memcpy(out, in, (size_t)length * sizeof(uint16_t));
    int32_t text_length = length;
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars((UTransliterator *)handle, (UChar *)out, &text_length, capacity, 0, &limit, &status);
    if (U_FAILURE(status) || text_length > capacity) return -1;
    return text_length;
}

int32_t zh_icu_double_byte_table(const char *charset, uint32_t *out) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status) || converter == NULL) return -1;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    int32_t valid = 0;
    for (int lead = 0x81; lead <= 0xFE; lead++) {
        for (int trail = 0x40; trail <= 0xFE; trail++) {
            uint32_t *slot = out + (lead - 0x81) * 191 + (trail - 0x40);
            *slot = 0;
            char bytes[2] = {(char)lead, (char)trail};
            UChar units[4];
            status = U_ZERO_ERROR;
            ucnv_resetToUnicode(converter);
            int32_t n = ucnv_toUChars(converter, units, 4, bytes, 2, &status);
            if (U_FAILURE(status) || n <= 0 || n > 2) continue;
            UChar32 c;
            int32_t i = 0;
            U16_NEXT(units, i, n, c);
            if (i != n) continue;                      /* more than one code point */
            if (c < 0x80 || c == 0xFFFD) continue;      /* split into bytes or replaced */
            if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) continue; /* private use */
            *slot = (uint32_t)c;
            valid++;
        }
    }
    ucnv_close(converter);
    return valid;
}
