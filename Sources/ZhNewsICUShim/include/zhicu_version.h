#ifndef ZHICU_VERSION_H
#define ZHICU_VERSION_H
/* The running ICU's version. Only <stdint.h> types cross this header. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the running ICU's version ("72.1") into `out` (NUL-terminated); returns its length.
int32_t zh_icu_version(char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
