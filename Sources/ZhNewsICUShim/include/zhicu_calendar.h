#ifndef ZHICU_CALENDAR_H
#define ZHICU_CALENDAR_H
/* ICU's Chinese calendar (ucal with @calendar=chinese) for the festival dates of the date mentions.
 * Only <stdint.h> types cross this header: Swift modules must never see ICU's own headers. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The Gregorian date of day `lunar_day` of lunar month `lunar_month` (1–12, never a leap month) of
/// the Chinese year whose first day (正月初一) falls in Gregorian year `year`. Writes the Gregorian
/// year, month (1–12) and day; returns 0, or -1 when ICU fails or the day does not exist.
int32_t zh_icu_lunar_to_gregorian(int32_t year, int32_t lunar_month, int32_t lunar_day,
                                  int32_t *out_year, int32_t *out_month, int32_t *out_day);

#ifdef __cplusplus
}
#endif
#endif
