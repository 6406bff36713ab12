#include "zhicu_calendar.h"
#include <unicode/ucal.h>
#include <unicode/ustring.h>

int32_t zh_icu_lunar_to_gregorian(int32_t year, int32_t lunar_month, int32_t lunar_day,
                                  int32_t *out_year, int32_t *out_month, int32_t *out_day) {
    if (lunar_month < 1 || lunar_month > 12 || lunar_day < 1 || lunar_day > 30) return -1;
    UChar zone[16];
    u_charsToUChars("Asia/Shanghai", zone, 14);
    UErrorCode status = U_ZERO_ERROR;
    UCalendar *chinese = ucal_open(zone, -1, "zh@calendar=chinese", UCAL_DEFAULT, &status);
    UCalendar *gregorian = ucal_open(zone, -1, "zh@calendar=gregorian", UCAL_GREGORIAN, &status);
    int32_t result = -1;
    if (U_SUCCESS(status)) {
        /* The Chinese year current on 1 July of `year` began in January or February of `year`. */
        ucal_clear(gregorian);
        ucal_setDateTime(gregorian, year, UCAL_JULY, 1, 12, 0, 0, &status);
        UDate mid_year = ucal_getMillis(gregorian, &status);
        ucal_setMillis(chinese, mid_year, &status);
        int32_t extended = ucal_get(chinese, UCAL_EXTENDED_YEAR, &status);
        ucal_clear(chinese);
        ucal_set(chinese, UCAL_EXTENDED_YEAR, extended);
        ucal_set(chinese, UCAL_MONTH, lunar_month - 1);
        ucal_set(chinese, UCAL_IS_LEAP_MONTH, 0);
        ucal_set(chinese, UCAL_DATE, lunar_day);
        ucal_set(chinese, UCAL_HOUR_OF_DAY, 12);
        ucal_setAttribute(chinese, UCAL_LENIENT, 0);
        UDate day = ucal_getMillis(chinese, &status);
        if (U_SUCCESS(status)) {
            ucal_setMillis(gregorian, day, &status);
            *out_year = ucal_get(gregorian, UCAL_YEAR, &status);
            *out_month = ucal_get(gregorian, UCAL_MONTH, &status) + 1;
            *out_day = ucal_get(gregorian, UCAL_DATE, &status);
            if (U_SUCCESS(status)) result = 0;
        }
    }
    if (chinese != NULL) ucal_close(chinese);
    if (gregorian != NULL) ucal_close(gregorian);
    return result;
}
