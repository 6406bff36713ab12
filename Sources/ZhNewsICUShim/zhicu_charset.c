#include "zhicu_charset.h"
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

int32_t zh_icu_charset_name(const char *alias, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(alias, &status);
    if (U_FAILURE(status) || converter == NULL) return -1;
    const char *name = ucnv_getName(converter, &status);
    int32_t length = -1;
    if (U_SUCCESS(status) && name != NULL) {
        length = (int32_t)strlen(name);
        if (length >= capacity) length = capacity - 1;
        memcpy(out, name, (size_t)length);
        out[length] = 0;
    }
    ucnv_close(converter);
    return length;
}

/* To-Unicode callback: write U+FFFD for every illegal, irregular or unassigned sequence and count it. */
static void zh_count_and_replace(const void *context, UConverterToUnicodeArgs *args,
                                 const char *code_units, int32_t length,
                                 UConverterCallbackReason reason, UErrorCode *status) {
    (void)code_units;
    (void)length;
    if (reason > UCNV_IRREGULAR) return; /* reset, close, clone: nothing to replace */
    int32_t *count = (int32_t *)context;
    if (count != NULL) (*count)++;
    static const UChar replacement = 0xFFFD;
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

int32_t zh_icu_decode(const char *charset, const uint8_t *bytes, int32_t length,
                      uint16_t *out, int32_t capacity, int32_t *replacements) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t count = 0;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status) || converter == NULL) return -1;
    ucnv_setToUCallBack(converter, zh_count_and_replace, &count, NULL, NULL, &status);
    if (U_FAILURE(status)) {
        ucnv_close(converter);
        return -1;
    }
    int32_t written = ucnv_toUChars(converter, (UChar *)out, capacity, (const char *)bytes, length, &status);
    ucnv_close(converter);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    if (U_FAILURE(status)) return -1;
    if (replacements != NULL) *replacements = count;
    return written;
}

int32_t zh_icu_detect(const uint8_t *bytes, int32_t length, char *names, int32_t name_stride,
                      int32_t *confidences, int32_t max_matches) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return 0;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    int32_t written = 0;
    if (U_SUCCESS(status) && matches != NULL) {
        for (int32_t i = 0; i < found && written < max_matches; i++) {
            UErrorCode match_status = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &match_status);
            int32_t confidence = ucsdet_getConfidence(matches[i], &match_status);
            if (U_FAILURE(match_status) || name == NULL) continue;
            char *slot = names + (size_t)written * (size_t)name_stride;
            strncpy(slot, name, (size_t)name_stride - 1);
            slot[name_stride - 1] = 0;
            confidences[written] = confidence;
            written++;
        }
    }
    ucsdet_close(detector);
    return written;
}
