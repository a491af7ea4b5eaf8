// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "helperprogram.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace selfmx::app {

QString helperProgramPath(const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {dir + u'/' + name, dir + QStringLiteral("/../" SELFMX_HELPER_LIBEXEC_DIR "/") + name};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

int execHelperProgram(const QString &name, const QStringList &arguments)
{
    const QString path = helperProgramPath(name);
    if (path.isEmpty()) {
        std::fprintf(stderr, "selfmx-console: %s is not installed next to this program.\n", qPrintable(name));
        return 1;
    }
    const QByteArray program = QFile::encodeName(path);
    std::vector<QByteArray> encoded;
    encoded.reserve(arguments.size());
    for (const QString &argument : arguments)
        encoded.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    argv.reserve(encoded.size() + 1);
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    ::execv(program.constData(), argv.data());
    std::fprintf(stderr, "selfmx-console: cannot start %s: %s\n", program.constData(), std::strerror(errno));
    return 1;
}

} // namespace selfmx::app
