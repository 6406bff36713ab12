#include "zhxml_attribute_limit.h"
#include <stdlib.h>
#include <string.h>

static int zh_is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
static int zh_is_letter(uint8_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Does `p` (with `left` bytes) start with `word`, ASCII case ignored? */
static int zh_starts_with_ci(const uint8_t *p, size_t left, const char *word) {
    size_t n = strlen(word);
    if (left < n) return 0;
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != (uint8_t)word[i]) return 0;
    }
    return 1;
}

/* One pass over the input. With `out` NULL it only tells whether a tag is over the limit;
 * with `out`, it writes the copy (bytes of attributes past the limit left out). */
static int zh_scan(const uint8_t *s, size_t n, uint8_t *out, size_t *out_length) {
    size_t i = 0, o = 0;
    int over = 0;
#define EMIT(from, to)                                 \
    do {                                               \
        if (out) {                                     \
            memcpy(out + o, s + (from), (to) - (from)); \
            o += (to) - (from);                        \
        }                                              \
    } while (0)
    size_t copied = 0; /* bytes [0, copied) are handled */
    while (i < n) {
        if (s[i] != '<') { /* text: jump to the next '<' */
            const uint8_t *next = memchr(s + i, '<', n - i);
            i = next ? (size_t)(next - s) : n;
            continue;
        }
        if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') { /* a comment */
            const uint8_t *end = NULL;
            for (size_t j = i + 4; j + 2 < n; j++) {
                if (s[j] == '-' && s[j + 1] == '-' && s[j + 2] == '>') { end = s + j + 3; break; }
            }
            i = end ? (size_t)(end - s) : n;
            continue;
        }
        if (i + 1 >= n || !zh_is_letter(s[i + 1])) { i++; continue; }
        /* A start tag: its name, then attributes up to '>'. */
        size_t name_start = i + 1, j = i + 1;
        while (j < n && !zh_is_space(s[j]) && s[j] != '>' && s[j] != '/') j++;
        int raw = (j - name_start == 6 && zh_starts_with_ci(s + name_start, 6, "script")) ||
                  (j - name_start == 5 && zh_starts_with_ci(s + name_start, 5, "style"));
        const char *raw_end = (j - name_start == 6) ? "</script" : "</style";
        size_t count = 0;
        while (j < n && s[j] != '>') {
            if (zh_is_space(s[j]) || s[j] == '/') { j++; continue; }
            size_t attribute_start = j;
            while (j < n && !zh_is_space(s[j]) && s[j] != '>' && s[j] != '=' && !(s[j] == '/' && j + 1 < n && s[j + 1] == '>')) j++;
            size_t k = j;
            while (k < n && zh_is_space(s[k])) k++;
            if (k < n && s[k] == '=') {
                k++;
                while (k < n && zh_is_space(s[k])) k++;
                if (k < n && (s[k] == '"' || s[k] == '\'')) {
                    uint8_t quote = s[k++];
                    const uint8_t *closing = memchr(s + k, quote, n - k);
                    k = closing ? (size_t)(closing - s) : n;
                    if (k < n) k++;
                } else {
                    while (k < n && !zh_is_space(s[k]) && s[k] != '>') k++;
                }
                j = k;
            }
            if (j == attribute_start) j++; /* no progress: a stray byte */
            if (++count == ZH_MAX_ATTRIBUTES + 1) {
                over = 1;
                if (!out) { *out_length = 0; return 1; }
                EMIT(copied, attribute_start); /* the tag up to its excess attributes */
                while (j < n && s[j] != '>') {  /* skip to the end of the tag, quotes respected */
                    if (s[j] == '"' || s[j] == '\'') {
                        uint8_t quote = s[j++];
                        while (j < n && s[j] != quote) j++;
                    }
                    if (j < n) j++;
                }
                copied = j; /* the '>' is copied with what follows */
                break;
            }
        }
        i = j < n ? j + 1 : n;
        if (raw) { /* script or style content: no tags until its end tag */
            while (i < n) {
                const uint8_t *next = memchr(s + i, '<', n - i);
                if (next == NULL) { i = n; break; }
                i = (size_t)(next - s);
                if (zh_starts_with_ci(s + i, n - i, raw_end)) break;
                i++;
            }
        }
    }
    EMIT(copied, n);
    if (out_length) *out_length = o;
#undef EMIT
    return over;
}

int zh_limit_attributes(const uint8_t *html, size_t length, uint8_t **out, size_t *out_length) {
    *out = NULL;
    *out_length = 0;
    if (html == NULL || !zh_scan(html, length, NULL, out_length)) return 0;
    uint8_t *copy = malloc(length > 0 ? length : 1);
    if (copy == NULL) return 0; /* parse as it is: slow, but correct */
    zh_scan(html, length, copy, out_length);
    *out = copy;
    return 1;
}
