#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>
/// Runs libFuzzer's driver (LLVMFuzzerRunDriver, in the runtime that -sanitize=fuzzer links)
/// with the command line and the target's test function. For executables whose `main` SwiftPM
/// renames to `<Target>_main` (debug builds on Linux): that function calls this.
int jobwright_fuzz_run_driver(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));
#endif
