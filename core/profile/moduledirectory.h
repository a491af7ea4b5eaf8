// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QString>

namespace selfmx::profile {

// The one directory this program takes its modules from (the keychain's, the window's):
// SELFMX_MODULE_DIR when set (the test runner, debugging), else the place relative to the
// program that an installed tree and the build tree share, with no absolute path baked in:
// bin/ and the build's app/ (and tests/, bench/ one level down) look in ../lib/selfmx-console,
// the helper programs under libexec/selfmx-console/ two levels up. Never a second guess: a
// directory two levels above bin/ is another prefix's (/usr/local/bin -> /usr/lib).
QString moduleDirectory();

// A module file in moduleDirectory(), found and checked before anything loads it.
struct ModuleFile {
    QString path; // set only when the file exists and may be loaded
    bool exists = false;
    QString problem; // why not (not translated: a broken installation, said for a bug report)
};

// Code loaded into this process runs where passwords are read: only from a directory and a
// file that nobody but root or this user can change (owned by one of them, not writable by
// its group or by every user).
ModuleFile findModule(const QString &fileName);

} // namespace selfmx::profile
