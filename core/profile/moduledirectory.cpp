// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "moduledirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace selfmx::profile {

namespace {

bool trusted(const QFileInfo &info, QString *why)
{
#ifdef Q_OS_UNIX
    if (info.ownerId() != 0 && info.ownerId() != uint(::geteuid())) {
        *why = QStringLiteral("%1 belongs to another user; not loaded").arg(info.filePath());
        return false;
    }
    if (info.permissions().testFlag(QFileDevice::WriteOther)) {
        *why = QStringLiteral("%1 is writable by every user; not loaded").arg(info.filePath());
        return false;
    }
    // A group member could replace the module as well as anyone could: refused the same way,
    // even where the group is the owner's private one (umask 002), as we cannot tell who else
    // has it as primary group without walking the whole user database.
    if (info.permissions().testFlag(QFileDevice::WriteGroup)) {
        *why = QStringLiteral("%1 is writable by its group; not loaded").arg(info.filePath());
        return false;
    }
#else
    Q_UNUSED(info)
    Q_UNUSED(why)
#endif
    return true;
}

} // namespace

QString moduleDirectory()
{
    if (QString fromEnvironment = qEnvironmentVariable("SELFMX_MODULE_DIR"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString program = QCoreApplication::applicationDirPath();
    const bool helper = program.endsWith(QLatin1String("/libexec/selfmx-console"));
    return QDir::cleanPath(program + (helper ? QStringLiteral("/../../lib/selfmx-console") : QStringLiteral("/../lib/selfmx-console")));
}

ModuleFile findModule(const QString &fileName)
{
    ModuleFile result;
    const QFileInfo dir(moduleDirectory());
    const QFileInfo file(QDir(dir.filePath()).filePath(fileName));
    result.exists = file.isFile();
    if (!result.exists) {
        result.problem = QStringLiteral("%1 does not exist").arg(file.filePath());
        return result;
    }
    // The module directory and the file, not the chain of parents up to /: the prefix the
    // program itself was installed in (or built in) is trusted as much as the program is, and
    // who may replace bin/selfmx-console may replace its modules anyway. Only the two places a
    // module is put in, which a careless install or umask can open, are checked.
    if (trusted(dir, &result.problem) && trusted(file, &result.problem))
        result.path = file.filePath();
    return result;
}

} // namespace selfmx::profile
