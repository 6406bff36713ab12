#include "zhicu_version.h"
#include <string.h>
#include <unicode/uversion.h>

int32_t zh_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    int32_t length = (int32_t)strlen(text);
    if (capacity <= 0) return length;
    int32_t copied = length < capacity - 1 ? length : capacity - 1;
    memcpy(out, text, (size_t)copied);
    out[copied] = 0;
    return length;
}
