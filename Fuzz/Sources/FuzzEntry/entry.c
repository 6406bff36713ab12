/* `main` for the fuzz executables.
 *
 * SwiftPM links every executable on Linux with `--defsym main=<module>_main` (so that tests can
 * link executables), and with -parse-as-library the Swift module defines no `<module>_main`. The
 * functions below take that name and hand control to libFuzzer's driver with the target's
 * LLVMFuzzerTestOneInput (defined in Swift with @_cdecl). All of them link into each
 * executable; only the one `main` is defined as runs. */
#include "FuzzEntry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int zhnews_fuzz_pipeline_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}

int zhnews_fuzz_tree_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}

int zhnews_fuzz_decoder_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
