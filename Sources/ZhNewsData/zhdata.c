/* Each data file from Data/ is embedded with C23 #embed; paths are relative to this file.
 * A trailing NUL is not added: callers use the count. */
#include "zhdata.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const uint8_t opencc_ts_characters[] = {
#embed "../../Data/opencc/TSCharacters.txt"
};
static const uint8_t opencc_ts_phrases[] = {
#embed "../../Data/opencc/TSPhrases.txt"
};
static const uint8_t gazetteer_divisions[] = {
#embed "../../Data/gazetteer/divisions.tsv"
};
static const uint8_t gazetteer_hubei_l5[] = {
#embed "../../Data/gazetteer/divisions-l5-hubei.tsv"
};
static const uint8_t gazetteer_aliases[] = {
#embed "../../Data/gazetteer/aliases-l1-3.tsv"
};
static const uint8_t gazetteer_world[] = {
#embed "../../Data/gazetteer/world.tsv"
};
static const uint8_t gazetteer_hk_mo_tw[] = {
#embed "../../Data/gazetteer/hk-mo-tw.tsv"
};
/* The precomputed gazetteer tables (made by scripts/build-gazetteer-index). When the file is
 * missing or empty, the count is 0 and the gazetteer is built from the TSVs above. */
#if __has_embed("../../Data/gazetteer/index.bin") == __STDC_EMBED_FOUND__
static const uint8_t gazetteer_index[] = {
#embed "../../Data/gazetteer/index.bin"
};
static const size_t gazetteer_index_count = sizeof gazetteer_index;
#else
static const uint8_t gazetteer_index[1] = {0};
static const size_t gazetteer_index_count = 0;
#endif

zh_data_blob zh_data_opencc_ts_characters(void) { return (zh_data_blob){opencc_ts_characters, sizeof opencc_ts_characters}; }
zh_data_blob zh_data_opencc_ts_phrases(void) { return (zh_data_blob){opencc_ts_phrases, sizeof opencc_ts_phrases}; }
zh_data_blob zh_data_gazetteer_divisions(void) { return (zh_data_blob){gazetteer_divisions, sizeof gazetteer_divisions}; }
zh_data_blob zh_data_gazetteer_hubei_l5(void) { return (zh_data_blob){gazetteer_hubei_l5, sizeof gazetteer_hubei_l5}; }
zh_data_blob zh_data_gazetteer_aliases(void) { return (zh_data_blob){gazetteer_aliases, sizeof gazetteer_aliases}; }
zh_data_blob zh_data_gazetteer_world(void) { return (zh_data_blob){gazetteer_world, sizeof gazetteer_world}; }
zh_data_blob zh_data_gazetteer_hk_mo_tw(void) { return (zh_data_blob){gazetteer_hk_mo_tw, sizeof gazetteer_hk_mo_tw}; }
zh_data_blob zh_data_gazetteer_index(void) { return (zh_data_blob){gazetteer_index, gazetteer_index_count}; }
