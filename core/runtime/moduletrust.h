// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

// Where this program takes the code it loads into its own process from, and the rule that
// code must pass first. Without Qt: selfmx-console's launcher (app/launcher.cpp) decides with
// it what to load before any Qt library is mapped; core/profile/moduledirectory.h gives the
// same to Qt code.
#include <string>

namespace selfmx::runtime {

// The directory of the running program's file (/proc/self/exe), symbolic links resolved;
// empty if the system does not say.
std::string programDirectory();

// The one directory the modules (the keychain's, the window's) come from, for a program in
// `programDir`: SELFMX_MODULE_DIR when set (the test runner, debugging), else the place
// relative to the program that an installed tree and the build tree share, with no absolute
// path baked in: bin/ and the build's app/ (and tests/, bench/ one level down) look in
// ../lib/selfmx-console, the helper programs under libexec/selfmx-console/ two levels up.
// Never a second guess: a directory two levels above bin/ is another prefix's
// (/usr/local/bin -> /usr/lib).
std::string moduleDirectory(const std::string &programDir);

// A module file found and checked before anything loads it.
struct ModuleFile {
    std::string path; // set only when the file exists and may be loaded
    bool exists = false;
    std::string problem; // why not (not translated: a broken installation, said for a bug report)
};

// `fileName` in `directory`. Code loaded into this process runs where passwords are read:
// only from a directory and a file that nobody but root or this user can change (owned by
// one of them, not writable by its group or by every user). The directory and the file, not
// the chain of parents up to /: the prefix the program itself was installed in (or built in)
// is trusted as much as the program is, and who may replace bin/selfmx-console may replace
// its modules anyway. Only the places a module is put in, which a careless install or umask
// can open, are checked.
ModuleFile findModule(const std::string &directory, const std::string &fileName);

} // namespace selfmx::runtime
