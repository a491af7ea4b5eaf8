// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
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

// What a command accepts, described once: its description, positional arguments and
// options. The command builds its parser from its spec (applyTo), and the man pages and
// shell completions are made from the same specs (selfmx-console --man, --completion), so
// they cannot drift from what the command parses. The describing calls are
// QCommandLineParser's own, so a spec reads like the parser it makes.
class CommandSpec
{
public:
    struct Argument {
        QString name;
        QString description;
        QString syntax;
    };

    // `name`: the command as typed after selfmx-console, e.g. "test" or "profile add".
    explicit CommandSpec(const QString &name)
        : m_name(name)
    {
    }

    void setApplicationDescription(const QString &description) { m_description = description; }
    void addHelpOption() { m_helpOption = true; }
    void addOption(const QCommandLineOption &option) { m_options.append(option); }
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = QString())
    {
        m_arguments.append({name, description, syntax});
    }
    void applyTo(QCommandLineParser &parser) const;

    const QString &name() const { return m_name; }
    const QString &description() const { return m_description; }
    bool hasHelpOption() const { return m_helpOption; }
    const QList<QCommandLineOption> &options() const { return m_options; }
    const QList<Argument> &arguments() const { return m_arguments; }

private:
    QString m_name;
    QString m_description;
    bool m_helpOption = false;
    QList<QCommandLineOption> m_options;
    QList<Argument> m_arguments;
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
// Parses a command's arguments; on a usage error (an unknown option, a missing value, more
// than `maxPositional` positional arguments) prints it and returns Usage (exit 2); on
// --help prints the help and returns Success; otherwise nullopt.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, qsizetype maxPositional);

// A command as its man page and the shell completions describe it.
struct CommandDoc {
    struct Form {
        QString words; // what follows the command in this form ("add NAME"); empty: the spec's arguments
        CommandSpec spec;
    };
    QString name;           // "profile"
    QString summary;        // one line, for the man page's NAME and the list of commands
    QList<Form> forms;      // one, or one per action where the options depend on it (profile)
    QStringList firstWords; // the words the first argument can be (relay: status, list, ...)
};

// Made from the commands' specs, deterministic, in English when run with LC_ALL=C (the
// build does). manPage: selfmx-console(1) for an empty `command`, else
// selfmx-console-COMMAND(1); empty for an unknown command.
QString manPage(const QList<CommandDoc> &commands, const QString &command, const QString &version);
QString bashCompletion(const QList<CommandDoc> &commands);
QString zshCompletion(const QList<CommandDoc> &commands);

// A password from stdin (first line) or, on a terminal, from a prompt without echo.
// Never from an argument: those show up in `ps` and shell history.
std::optional<QString> readPassword(bool fromStdin, const QString &prompt, QString *error);

} // namespace selfmx::app
