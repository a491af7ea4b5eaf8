// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "helperprogram.h"

#include "clisupport.h"
#include "profile/moduledirectory.h"
#include "runtime/moduletrust.h"

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
        //: %1: a program's file name, e.g. selfmx-console-relay
        err() << Cli::tr("selfmx-console: %1 is not installed next to this program; reinstall the package.").arg(name) << '\n';
        err().flush();
        return 1;
    }
    const QByteArray program = QFile::encodeName(path);
    out().flush();
    std::fflush(stdout);
    ::execv(program.constData(), g_argv);
    //: %1: the program's path; %2: the system's reason (e.g. "Permission denied")
    err() << Cli::tr("selfmx-console: cannot start %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))) << '\n';
    err().flush();
    return 1;
}

WindowEntry loadWindowModule()
{
    // The keychain module's directory and rule (core/profile/moduledirectory.h): the window's
    // code runs where passwords are read, so it too is taken only from a directory and a file
    // nobody but root or this user can change.
    const profile::ModuleFile module = profile::findModule(QStringLiteral(SELFMX_WINDOW_MODULE_FILE));
    if (!module.exists)
        return nullptr;
    if (module.path.isEmpty()) {
        // Not translated: a broken installation, said in the loader's words for a bug report.
        std::fprintf(stderr, "selfmx-console: %s; starting selfmx-console-gui instead\n", module.problem.toLocal8Bit().constData());
        return nullptr;
    }
    return openWindowModule(QFile::encodeName(module.path));
}

WindowEntry openWindowModule(const QByteArray &path)
{
    std::string why;
    const WindowEntry entry = runtime::openModule(path.toStdString(), "selfmx_window_main", &why);
    if (entry == nullptr)
        std::fprintf(stderr, "selfmx-console: %s; starting selfmx-console-gui instead\n", why.c_str());
    return entry;
}

} // namespace selfmx::app
