// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

// Where this program takes the code it loads into its own process from, the rule that code
// must pass first, and how it is loaded. Without Qt: selfmx-console's launcher
// (app/launcher.cpp) decides with it what to load before any Qt library is mapped;
// core/profile/moduledirectory.h gives the same to Qt code.
#include <string>

namespace selfmx::runtime {

// The running program's file, absolute, symbolic links resolved: /proc/self/exe, else (no
// /proc) `argv0` as Qt's applicationFilePath() finds it: a path with a slash from the current
// directory, a bare name through PATH. Empty when neither says.
std::string programFile(const char *argv0);
// The same search from what is given (the part that needs no /proc, for the tests).
std::string locateProgram(const std::string &argv0, const std::string &currentDir, const std::string &path);

// The one directory the modules (the keychain's, the window's) come from, for a program in
// `programDir` (absolute): SELFMX_MODULE_DIR when set (the test runner, debugging), else the
// place relative to the program that an installed tree and the build tree share, with no
// absolute path baked in: bin/ and the build's app/ (and tests/, bench/ one level down) look
// in ../lib/selfmx-console, the helper programs under libexec/selfmx-console/ two levels up.
// Never a second guess: a directory two levels above bin/ is another prefix's
// (/usr/local/bin -> /usr/lib). Empty when `programDir` is not absolute and the variable is
// not set: never a directory relative to wherever the program was started from.
std::string moduleDirectory(const std::string &programDir);

// A module file found and checked before anything loads it.
struct ModuleFile {
    std::string path; // set only when the file exists and may be loaded
    bool exists = false;
    std::string problem; // why not (not translated: a broken installation, said for a bug report)
};

// `fileName` in `directory`. Code loaded into this process runs where passwords are read:
// only from a directory and a file that nobody but root, this user or the owner of the
// program's own file can change (owned by one of them, not writable by its group or by every
// user). The directory and the file, not the chain of parents up to /: the prefix the
// program itself was installed in (or built in) is trusted as much as the program is, and
// who may replace bin/selfmx-console may replace its modules anyway (so `sudo` on a tree a
// user built works as the program itself does). Only the places a module is put in, which a
// careless install or umask can open, are checked.
ModuleFile findModule(const std::string &directory, const std::string &fileName);

// Opens a module found by findModule and returns its entry point `entryName`, or null and
// why (the loader's words). RTLD_LOCAL: the module's symbols stay its own. RTLD_LAZY: the
// system libraries under it bind their functions as under a program of their own, on first
// call unless linked to bind at once; Qt's are, and so are this project's modules, so a
// function missing from them still fails here. (RTLD_NOW bound every function of ICU,
// fontconfig, HarfBuzz and GLib before the window's first paint: about 4 % of its start.)
// Bound deep when bindsModulesDeep() says so.
using ModuleEntry = int (*)(int argc, char *argv[]);
ModuleEntry openModule(const std::string &path, const char *entryName, std::string *why);

// Defined in a sanitizer build (AddressSanitizer, ThreadSanitizer, MemorySanitizer, with GCC
// or Clang): bindsModulesDeep() says no there, and its tests know it.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SELFMX_SANITIZED_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SELFMX_SANITIZED_BUILD 1
#endif
#endif

// Whether openModule binds deep (glibc's RTLD_DEEPBIND): the module and the libraries it
// brings look a symbol up among themselves first and in the program after. Loaded into
// selfmx-console, which has only the C and C++ runtimes, the window module's Qt and the ~50
// libraries under it otherwise look each of their ~14,000 symbols up in those six first:
// about 3 M instructions, and the window's first paint about 2 ms sooner under X in
// alternating runs (README, "Window start"). Not when a library is preloaded (LD_PRELOAD,
// /etc/ld.so.preload: a malloc replacement, a debugging or tracing tool must keep taking the
// calls it takes from every library), nor in a sanitizer build (its runtime interposes from
// the program). selfmx-console keeps no copy of a library's variable and exports no
// variable (a test reads its relocations and symbols); the few functions it exports are
// copies of std::string's, which libstdc++ has too and which hold no state.
bool bindsModulesDeep();

} // namespace selfmx::runtime
