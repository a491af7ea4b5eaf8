// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "moduledirectory.h"

#include "runtime/moduletrust.h"

#include <QCoreApplication>
#include <QFile>

namespace selfmx::profile {

namespace {

QString decoded(const std::string &path)
{
    return QFile::decodeName(QByteArray::fromStdString(path));
}

} // namespace

QString moduleDirectory()
{
    return decoded(runtime::moduleDirectory(QFile::encodeName(QCoreApplication::applicationDirPath()).toStdString()));
}

ModuleFile findModule(const QString &fileName)
{
    const runtime::ModuleFile found =
        runtime::findModule(QFile::encodeName(moduleDirectory()).toStdString(), QFile::encodeName(fileName).toStdString());
    ModuleFile result;
    result.exists = found.exists;
    result.path = decoded(found.path);
    result.problem = decoded(found.problem);
    return result;
}

} // namespace selfmx::profile
