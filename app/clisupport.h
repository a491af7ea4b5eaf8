// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

#include <optional>

namespace selfmx::app {

// The command line's sentences: Cli::tr("…") is translated in the context "selfmx::app"
// (translations/selfmx-console_XX.ts). Command and option names, SMTP_* variables and the
// server's own words stay as they are.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(selfmx::app)
};

QTextStream &out();
QTextStream &err();

// Runs the event loop until `object` emits `signal` (the command line's way to wait for
// one asynchronous core operation; core itself never blocks).
template<typename Object, typename Signal>
void awaitSignal(Object *object, Signal signal)
{
    const QMetaObject::Connection connection = QObject::connect(
        object, signal, qApp, []() { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    QObject::disconnect(connection);
}

// Parses a command's arguments. QCommandLineParser::process() exits with 1 on an unknown
// option or a missing value; the README's table says 2 (usage, nothing attempted). Returns
// the exit status when the command should end now (an error: 2; --help: 0), else nothing.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// A password from stdin (first line) or, on a terminal, from a prompt without echo.
// Never from an argument: those show up in `ps` and shell history.
std::optional<QString> readPassword(bool fromStdin, const QString &prompt, QString *error);

} // namespace selfmx::app
