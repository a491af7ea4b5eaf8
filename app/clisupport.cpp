// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "clisupport.h"

#include "exitcodes.h"

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace selfmx::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        //: %1: the command, e.g. "selfmx-console test"
        err() << Cli::tr("error: %1").arg(parser.errorText()) << '\n'
              << Cli::tr("Run '%1 --help' for its options.").arg(arguments.value(0)) << '\n';
        err().flush();
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Success;
    }
    return std::nullopt;
}

std::optional<QString> readPassword(bool fromStdin, const QString &prompt, QString *error)
{
    std::string line;
    if (fromStdin) {
        if (!std::getline(std::cin, line) && line.empty()) {
            *error = Cli::tr("--password-stdin: nothing to read on standard input");
            return std::nullopt;
        }
    } else {
        if (!::isatty(STDIN_FILENO)) {
            *error = Cli::tr("no terminal to ask for the password; pipe it in with --password-stdin");
            return std::nullopt;
        }
        err() << prompt;
        err().flush();
        termios saved{};
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, line);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << '\n';
        err().flush();
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace selfmx::app
