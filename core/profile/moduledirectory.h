// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QString>

namespace selfmx::profile {

// runtime/moduletrust.h's directory and rule, for Qt code: the directory the modules (the
// keychain's, the window's) come from, for this program.
QString moduleDirectory();

// A module file in moduleDirectory(), found and checked before anything loads it.
struct ModuleFile {
    QString path; // set only when the file exists and may be loaded
    bool exists = false;
    QString problem; // why not (not translated: a broken installation, said for a bug report)
};

// Only from a directory and a file that nobody but root or this user can change
// (runtime::findModule says why).
ModuleFile findModule(const QString &fileName);

} // namespace selfmx::profile
