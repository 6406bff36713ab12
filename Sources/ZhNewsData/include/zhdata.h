#ifndef ZHDATA_H
#define ZHDATA_H
/* Data files from Data/ compiled into the binary (so a single copied executable is complete). */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The bytes of one embedded data file and their count. The memory is static; never freed.
typedef struct {
    const uint8_t *bytes;
    size_t count;
} zh_data_blob;

/// OpenCC's TSCharacters.txt (Apache-2.0).
zh_data_blob zh_data_opencc_ts_characters(void);
/// OpenCC's TSPhrases.txt (Apache-2.0).
zh_data_blob zh_data_opencc_ts_phrases(void);
/// NBS divisions, levels 1–4 (divisions.tsv).
zh_data_blob zh_data_gazetteer_divisions(void);
/// NBS divisions, level 5 for Hubei (divisions-l5-hubei.tsv).
zh_data_blob zh_data_gazetteer_hubei_l5(void);
/// Short and former names, levels 1–3 (aliases-l1-3.tsv).
zh_data_blob zh_data_gazetteer_aliases(void);
/// Countries and major foreign cities with ISO 3166-1 alpha-2 codes (world.tsv).
zh_data_blob zh_data_gazetteer_world(void);
/// Hong Kong, Macau and Taiwan divisions, names only (hk-mo-tw.tsv).
zh_data_blob zh_data_gazetteer_hk_mo_tw(void);
/// The gazetteer's tables, precomputed from the three TSVs (index.bin; little-endian, alignment 1:
/// copy out, never cast to wider types). `count` is 0 when the file was missing at build time.
zh_data_blob zh_data_gazetteer_index(void);

#ifdef __cplusplus
}
#endif
#endif
