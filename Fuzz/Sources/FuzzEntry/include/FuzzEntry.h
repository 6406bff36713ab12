#ifndef ZHNEWS_FUZZ_ENTRY_H
#define ZHNEWS_FUZZ_ENTRY_H
/* Entry points for the fuzz executables (see entry.c). */
#include <stddef.h>
#include <stdint.h>

int zhnews_fuzz_pipeline_main(int argc, char **argv);
int zhnews_fuzz_tree_main(int argc, char **argv);
int zhnews_fuzz_decoder_main(int argc, char **argv);

#endif
