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

namespace selfmx::app {

QStringList prepareProgram(int argc, char *argv[], const QString &version)
{
    QCoreApplication::setOrganizationName(QStringLiteral("SelfMX"));
    QCoreApplication::setApplicationName(QStringLiteral("selfmx-console"));
    QCoreApplication::setApplicationVersion(version);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

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

namespace {
char **g_argv = nullptr;
} // namespace

void rememberArguments(char **argv)
{
    g_argv = argv;
}

int execHelperProgram(const QString &name)
{
    const QString path = helperProgramPath(name);
    if (path.isEmpty() || g_argv == nullptr) {
        std::fprintf(stderr, "selfmx-console: %s is not installed next to this program.\n", qPrintable(name));
        return 1;
    }
    const QByteArray program = QFile::encodeName(path);
    std::fflush(stdout);
    ::execv(program.constData(), g_argv);
    std::fprintf(stderr, "selfmx-console: cannot start %s: %s\n", program.constData(), std::strerror(errno));
    return 1;
}

} // namespace selfmx::app
