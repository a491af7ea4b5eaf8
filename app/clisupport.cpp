// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "clisupport.h"

#include "exitcodes.h"
#include "profile/profile.h"
#include "settings/fields.h"
#include "text/settingstext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

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

void CommandSpec::applyTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(m_description);
    if (m_helpOption)
        parser.addHelpOption();
    for (const Argument &argument : m_arguments)
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    parser.addOptions(m_options);
}

namespace {

// --- man pages (roff, man(7) macros) ---------------------------------------------------

// Text for a roff line: backslashes escaped, a dash that starts an option ("--from", "-h")
// is a minus sign, anything beyond ASCII is a named code point (groff and mandoc read
// \[uXXXX] whatever the page's encoding), and a line never starts with a control character.
QString roff(const QString &text)
{
    QString result;
    const QList<uint> codePoints = text.simplified().toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const uint c = codePoints.at(i);
        const bool optionDash = c == u'-'
                                && (i == 0 || codePoints.at(i - 1) == u' ' || codePoints.at(i - 1) == u'-' || codePoints.at(i - 1) == u'('
                                    || codePoints.at(i - 1) == u'[');
        if (c == u'\\')
            result += QStringLiteral("\\e");
        else if (optionDash)
            result += QStringLiteral("\\-");
        else if (c >= 0x80)
            result += QStringLiteral("\\[u") + QString::number(c, 16).toUpper().rightJustified(4, u'0') + u']';
        else
            result += QChar(char16_t(c));
    }
    if (result.startsWith(u'.') || result.startsWith(u'\''))
        result.prepend(QStringLiteral("\\&"));
    return result;
}

// A command or an option as typed: every dash a minus sign, so it can be copied.
QString code(const QString &text)
{
    return roff(text).replace(QStringLiteral("\\-"), QStringLiteral("-")).replace(u'-', QStringLiteral("\\-"));
}

// "--profile NAME" as roff: bold names, the value in italics.
QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(QStringLiteral("\\fB") + code((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name)
                     + QStringLiteral("\\fR"));
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QStringLiteral(" \\fI") + roff(option.valueName()) + QStringLiteral("\\fR");
    return term;
}

QList<QCommandLineOption> visibleOptions(const CommandSpec &spec)
{
    QList<QCommandLineOption> options;
    if (spec.hasHelpOption()) {
        QCommandLineParser parser;
        options.append(parser.addHelpOption());
        // addHelpOption() also adds --help-all, which it does not return; Qt's own words.
        options.append(QCommandLineOption(
            QStringLiteral("help-all"), QCoreApplication::translate("QCommandLineParser", "Displays help including Qt specific options.")));
    }
    for (const QCommandLineOption &option : spec.options()) {
        if (!option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            options.append(option);
    }
    return options;
}

void writeOptions(QTextStream &page, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options) {
        page << ".TP\n" << optionTerm(option) << '\n' << roff(option.description());
        if (!option.defaultValues().isEmpty())
            page << " Default: " << roff(option.defaultValues().join(QStringLiteral(", "))) << '.';
        page << '\n';
    }
}

QString optionNamesKey(const QCommandLineOption &option)
{
    return option.names().join(u',');
}

// What follows the command in a form's synopsis: its words, else its arguments.
QString formWords(const CommandDoc::Form &form)
{
    if (!form.words.isEmpty())
        return form.words;
    QStringList words;
    for (const CommandSpec::Argument &argument : form.spec.arguments())
        words.append(argument.syntax.isEmpty() ? argument.name.toUpper() : argument.syntax);
    return words.join(u' ');
}

void writeEnvironment(QTextStream &page, settings::Groups groups)
{
    for (const settings::Field *field : settings::fields(groups)) {
        page << ".TP\n.B " << roff(field->key) << '\n' << roff(text::SettingsText::help(*field));
        if (!field->defaultText.isEmpty())
            page << " Default: " << roff(field->defaultText) << '.';
        if (!field->option.isEmpty())
            page << " Stored with a profile by \\fBprofile add\\fR " << code(QStringLiteral("--") + field->option) << '.';
        page << '\n';
    }
}

QString pageName(const QString &command)
{
    return command.isEmpty() ? QStringLiteral("selfmx-console") : QStringLiteral("selfmx-console-") + command;
}

void writeHeader(QTextStream &page, const QString &command, const QString &summary, const QString &version)
{
    const QString name = pageName(command);
    page << ".\\\" Generated by 'selfmx-console --man" << (command.isEmpty() ? QString() : u' ' + command)
         << "' from the options the command parses. Do not edit.\n"
         << ".TH " << roff(name.toUpper()) << " 1 \"\" \"selfmx-console " << roff(version)
         << "\" \"User Commands\"\n"
         // Names and options are not hyphenated, and lines are not stretched.
         << ".nh\n.ad l\n"
         << ".SH NAME\n"
         << roff(name) << " \\- " << roff(summary) << '\n';
}

struct ExitStatus {
    ExitCode code;
    const char *meaning;
};

// README, "Exit status".
const ExitStatus exitStatuses[] = {
    {Success, "success"},
    {Internal, "internal error"},
    {Usage, "usage or settings: nothing was attempted"},
    {Resolve, "resolve: the host name does not resolve"},
    {Connect, "connect: refused, unreachable or timed out"},
    {Greeting, "greeting: no greeting, or 421/554"},
    {Tls, "tls: STARTTLS not offered while required, handshake failed, certificate not verified"},
    {Ehlo, "ehlo: the server refused EHLO"},
    {Auth, "auth: credentials refused, mechanism unavailable, plaintext AUTH refused"},
    {Sender, "sender: MAIL FROM refused, message too large, SMTPUTF8/8BITMIME missing"},
    {Recipient, "recipient: every recipient refused, or only some accepted"},
    {Data, "data: the message was refused or the connection dropped during DATA"},
    {Quit, "quit: the server did not end the session cleanly"},
    {DomainNotReady, "check-domain, diagnose --check-domain: the sender domain is not ready (a finding of severity error)"},
    {Listen, "relay: the port is in use, another relay delivers from the same queue, or HOST is not (yet) an address of this "
             "machine (worth a restart)"},
    {Keychain, "keychain: no keychain available, locked or access denied (nothing was changed)"},
    {Cancelled, "cancelled (Ctrl-C)"},
};

QString mainPage(const QList<CommandDoc> &commands, const QString &version)
{
    QString text;
    QTextStream page(&text);
    writeHeader(page, QString(), QStringLiteral("test, troubleshoot and relay email delivery through SMTP"), version);
    page << ".SH SYNOPSIS\n"
            ".B selfmx\\-console\n.br\n"
            ".B selfmx\\-console\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n.br\n"
            ".B selfmx\\-console\n\\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR\n"
            ".SH DESCRIPTION\n"
            "Without a command, \\fBselfmx\\-console\\fR opens its window: profiles, a setup wizard, connection tests "
            "with a diagnosis of every failure, and the local relay. The commands below do the same headless. "
            "Passwords and API keys are kept only in the desktop's keychain (Secret Service).\n"
            ".SH COMMANDS\n";
    for (const CommandDoc &command : commands)
        page << ".TP\n.B " << code(command.name) << '\n'
             << roff(command.summary) << ". See \\fB" << code(pageName(command.name)) << "\\fR(1).\n";
    page << ".SH OPTIONS\n"
            ".TP\n\\fB\\-\\-version\\fR\nPrint the version, and the versions of Qt and of the TLS library in use.\n"
            ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nPrint the commands.\n"
            ".SH ENVIRONMENT\n"
            "The settings, read by \\fBtest\\fR, \\fBsend\\fR, \\fBdiagnose\\fR, \\fBdiscover\\fR and \\fBrelay\\fR. "
            "With \\fB\\-\\-profile\\fR \\fINAME\\fR, each one set overrides the stored field of the same name. "
            "The relay's own variables are in \\fBselfmx\\-console\\-relay\\fR(1).\n";
    writeEnvironment(page, settings::Group::Smtp);
    page << ".SH EXIT STATUS\n"
            "\\fBtest\\fR, \\fBsend\\fR and \\fBdiagnose\\fR exit with the stage that failed:\n";
    for (const ExitStatus &status : exitStatuses)
        page << ".TP\n.B " << int(status.code) << '\n' << roff(QString::fromLatin1(status.meaning)) << '\n';
    page << ".SH FILES\n"
            ".TP\n.I ~/.config/SelfMX/selfmx\\-console/profiles.ini\n"
            "The profiles, one key per setting under its variable name; no secret.\n"
            ".TP\n.I ~/.local/share/SelfMX/selfmx\\-console/relay\\-PROFILEID.sqlite\n"
            "The relay's durable queue for a profile.\n"
            ".SH SEE ALSO\n";
    QStringList seeAlso;
    for (const CommandDoc &command : commands)
        seeAlso.append(QStringLiteral("\\fB") + code(pageName(command.name)) + QStringLiteral("\\fR(1)"));
    page << seeAlso.join(QStringLiteral(",\n")) << ",\n\\fBsecret\\-tool\\fR(1)\n";
    page.flush();
    return text;
}

QString commandPage(const CommandDoc &command, const QString &version)
{
    QString text;
    QTextStream page(&text);
    writeHeader(page, command.name, command.summary, version);
    page << ".SH SYNOPSIS\n";
    for (qsizetype i = 0; i < command.forms.size(); ++i) {
        const CommandDoc::Form &form = command.forms.at(i);
        if (i > 0)
            page << ".br\n";
        page << ".B selfmx\\-console " << code(command.name) << '\n';
        const QString words = formWords(form);
        if (!words.isEmpty())
            page << roff(words) << '\n';
        page << "[\\fIOPTIONS\\fR]\n";
    }
    page << ".SH DESCRIPTION\n" << roff(command.forms.first().spec.description()) << '\n';
    const CommandDoc::Form &first = command.forms.first();
    if (command.forms.size() == 1 && !first.spec.arguments().isEmpty()) {
        page << ".SH ARGUMENTS\n";
        for (const CommandSpec::Argument &argument : first.spec.arguments())
            page << ".TP\n.I " << roff(argument.syntax.isEmpty() ? argument.name.toUpper() : argument.syntax) << '\n'
                 << roff(argument.description) << '\n';
    }
    page << ".SH OPTIONS\n";
    // Each option once. Where the options depend on the action (profile), the options every
    // action has come first, then each action's own under its synopsis, naming the earlier
    // action whose options it has too (edit has add's).
    QHash<QString, QString> documentedBy; // option -> the form that listed it ("" for all)
    if (command.forms.size() > 1) {
        QList<QCommandLineOption> common = visibleOptions(first.spec);
        for (const CommandDoc::Form &form : command.forms) {
            QStringList keys;
            for (const QCommandLineOption &option : visibleOptions(form.spec))
                keys.append(optionNamesKey(option));
            common.removeIf([&keys](const QCommandLineOption &option) { return !keys.contains(optionNamesKey(option)); });
        }
        writeOptions(page, common);
        for (const QCommandLineOption &option : std::as_const(common))
            documentedBy.insert(optionNamesKey(option), QString());
    }
    for (const CommandDoc::Form &form : command.forms) {
        QList<QCommandLineOption> fresh;
        QStringList earlierForms;
        for (const QCommandLineOption &option : visibleOptions(form.spec)) {
            const auto earlier = documentedBy.constFind(optionNamesKey(option));
            if (earlier == documentedBy.cend())
                fresh.append(option);
            else if (!earlier->isEmpty() && !earlierForms.contains(*earlier))
                earlierForms.append(*earlier);
        }
        if (fresh.isEmpty())
            continue;
        const QString formName = command.name + u' ' + formWords(form);
        if (command.forms.size() > 1) {
            page << ".SS " << roff(formName) << '\n';
            for (const QString &earlier : std::as_const(earlierForms))
                page << "The options of \\fB" << code(earlier) << "\\fR, and:\n";
        }
        writeOptions(page, fresh);
        for (const QCommandLineOption &option : std::as_const(fresh))
            documentedBy.insert(optionNamesKey(option), formName.section(u' ', 0, 1));
    }
    if (command.name == u"relay") {
        page << ".SH ENVIRONMENT\n"
                "The SMTP settings as in \\fBselfmx\\-console\\fR(1), and the relay's own:\n";
        writeEnvironment(page, settings::Group::Relay);
    } else {
        page << ".SH ENVIRONMENT\nThe SMTP settings: see \\fBselfmx\\-console\\fR(1).\n";
    }
    page << ".SH SEE ALSO\n\\fBselfmx\\-console\\fR(1)\n";
    page.flush();
    return text;
}

// --- shell completion --------------------------------------------------------------------

enum class ValueKind { None, File, Profile, Words };

struct ValueCompletion {
    ValueKind kind = ValueKind::None;
    QStringList words;
};

// What an option's value can be: a file, a profile's name, one of a field's choices, ...
ValueCompletion valueCompletion(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    if (name == u"profile")
        return {ValueKind::Profile, {}};
    if (name == u"provider") {
        QStringList keys;
        for (const profile::ProviderPreset &preset : profile::presets())
            keys.append(preset.key);
        return {ValueKind::Words, keys};
    }
    for (const settings::Field &field : settings::fields()) {
        if (field.option != name)
            continue;
        if (field.kind == settings::Kind::Boolean)
            return {ValueKind::Words, {QStringLiteral("true"), QStringLiteral("false")}};
        if (field.kind == settings::Kind::File)
            return {ValueKind::File, {}};
        if (field.kind == settings::Kind::Choice) {
            QStringList values;
            for (const settings::ChoiceValue &choice : field.choices)
                values.append(choice.value);
            return {ValueKind::Words, values};
        }
    }
    if (option.valueName().contains(QStringLiteral("FILE")))
        return {ValueKind::File, {}};
    return {};
}

QStringList optionWords(const CommandSpec &spec)
{
    QStringList words;
    for (const QCommandLineOption &option : visibleOptions(spec)) {
        for (const QString &name : option.names())
            words.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    }
    return words;
}

// Each value-taking option once (the same option means the same in every command).
QMap<QString, std::pair<QCommandLineOption, ValueCompletion>> valueOptions(const QList<CommandDoc> &commands)
{
    QMap<QString, std::pair<QCommandLineOption, ValueCompletion>> options;
    for (const CommandDoc &command : commands) {
        for (const CommandDoc::Form &form : command.forms) {
            for (const QCommandLineOption &option : form.spec.options()) {
                if (option.valueName().isEmpty())
                    continue;
                for (const QString &name : option.names())
                    options.insert((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name,
                                   std::pair(option, valueCompletion(option)));
            }
        }
    }
    return options;
}

// The action a form stands for (its first word), or nothing.
QString formAction(const CommandDoc::Form &form)
{
    return form.words.section(u' ', 0, 0);
}

QStringList formActions(const CommandDoc &command)
{
    QStringList actions;
    for (const CommandDoc::Form &form : command.forms)
        actions.append(formAction(form));
    return actions;
}

// What the argument after the action is: a profile's name or a file.
ValueKind formArgument(const CommandDoc::Form &form)
{
    const QString argument = form.words.section(u' ', 1, 1);
    if (argument.contains(QStringLiteral("FILE")))
        return ValueKind::File;
    if (argument.contains(QStringLiteral("NAME")))
        return ValueKind::Profile;
    return ValueKind::None;
}

// A word for a single-quoted shell string.
QString quoted(const QString &text)
{
    QString escaped = text;
    return u'\'' + escaped.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

} // namespace

QString manPage(const QList<CommandDoc> &commands, const QString &command, const QString &version)
{
    if (command.isEmpty())
        return mainPage(commands, version);
    for (const CommandDoc &doc : commands) {
        if (doc.name == command)
            return commandPage(doc, version);
    }
    return {};
}

QString bashCompletion(const QList<CommandDoc> &commands)
{
    QString text;
    QTextStream script(&text);
    QStringList names;
    for (const CommandDoc &command : commands)
        names.append(command.name);
    script << "# bash completion for selfmx-console. Generated by 'selfmx-console --completion bash' from the\n"
              "# options each command parses. Do not edit.\n\n"
              "_selfmx_console_profiles()\n{\n"
              "    selfmx-console profile list 2>/dev/null | awk 'NR > 1 { print $1 }'\n}\n\n"
              "_selfmx_console()\n{\n"
              "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
              "    local command=${COMP_WORDS[1]-} action=${COMP_WORDS[2]-} options= words= argument=\n"
              "    COMPREPLY=()\n"
              "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
              "        COMPREPLY=($(compgen -W "
           << quoted(names.join(u' ') + QStringLiteral(" --help --version")) << " -- \"$cur\"))\n"
           << "        return\n"
              "    fi\n"
              "    case $prev in\n";
    // Every value-taking option ends the completion at its value.
    const auto values = valueOptions(commands);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ValueCompletion &completion = it.value().second;
        script << "    " << it.key() << ") ";
        switch (completion.kind) {
        case ValueKind::Profile: script << "COMPREPLY=($(compgen -W \"$(_selfmx_console_profiles)\" -- \"$cur\")) ;"; break;
        case ValueKind::File: script << "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")) ;"; break;
        case ValueKind::Words: script << "COMPREPLY=($(compgen -W " << quoted(completion.words.join(u' ')) << " -- \"$cur\")) ;"; break;
        case ValueKind::None: break;
        }
        script << " return ;;\n";
    }
    script << "    esac\n";
    script << "    case $command in\n";
    for (const CommandDoc &command : commands) {
        script << "    " << command.name << ")\n";
        if (command.forms.size() > 1) {
            const QStringList actions = formActions(command);
            script << "        if [[ $COMP_CWORD -eq 2 ]]; then\n"
                      "            COMPREPLY=($(compgen -W "
                   << quoted(actions.join(u' ')) << " -- \"$cur\"))\n            return\n        fi\n"
                   << "        case $action in\n";
            for (const CommandDoc::Form &form : command.forms) {
                script << "        " << formAction(form) << ") options=" << quoted(optionWords(form.spec).join(u' '));
                if (formArgument(form) == ValueKind::File)
                    script << " argument=file";
                else if (formArgument(form) == ValueKind::Profile)
                    script << " argument=profile";
                script << " ;;\n";
            }
            script << "        esac\n        ;;\n";
        } else {
            script << "        options=" << quoted(optionWords(command.forms.first().spec).join(u' '));
            if (!command.firstWords.isEmpty())
                script << " words=" << quoted(command.firstWords.join(u' '));
            script << " ;;\n";
        }
    }
    script << "    esac\n"
              "    if [[ $cur == -* ]]; then\n"
              "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
              "    elif [[ -n $words && $COMP_CWORD -eq 2 ]]; then\n"
              "        COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
              "    elif [[ $argument == file && $COMP_CWORD -eq 3 ]]; then\n"
              "        compopt -o filenames 2>/dev/null\n"
              "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
              "    elif [[ $argument == profile && $COMP_CWORD -eq 3 ]]; then\n"
              "        COMPREPLY=($(compgen -W \"$(_selfmx_console_profiles)\" -- \"$cur\"))\n"
              "    fi\n"
              "}\n\n"
              "complete -F _selfmx_console selfmx-console\n";
    script.flush();
    return text;
}

namespace {

// An option as _arguments(1zsh) describes it: '--profile=[description]:NAME:action'.
QString zshOption(const QString &name, const QCommandLineOption &option)
{
    QString description = option.description();
    description.replace(u'\\', QStringLiteral("\\\\")).replace(u'[', QStringLiteral("\\[")).replace(u']', QStringLiteral("\\]"));
    const bool isLong = name.size() > 1;
    const QString flag = (isLong ? QStringLiteral("--") : QStringLiteral("-")) + name;
    if (option.valueName().isEmpty())
        return quoted(flag + u'[' + description + u']');
    const ValueCompletion completion = valueCompletion(option);
    QString action;
    switch (completion.kind) {
    case ValueKind::Profile: action = QStringLiteral("_selfmx_console_profiles"); break;
    case ValueKind::File: action = QStringLiteral("_files"); break;
    case ValueKind::Words: action = u'(' + completion.words.join(u' ') + u')'; break;
    case ValueKind::None: action = QStringLiteral(" "); break;
    }
    QString valueName = option.valueName();
    valueName.replace(u':', u'_');
    return quoted(u'*' + flag + (isLong ? QStringLiteral("=") : QStringLiteral("+")) + u'[' + description + QStringLiteral("]:") + valueName
                  + u':' + action);
}

QStringList zshOptions(const CommandSpec &spec)
{
    QStringList specs;
    for (const QCommandLineOption &option : visibleOptions(spec)) {
        for (const QString &name : option.names())
            specs.append(zshOption(name, option));
    }
    return specs;
}

void writeZshArguments(QTextStream &script, const QStringList &options, const QString &positional, const QString &indent)
{
    script << indent << "_arguments -s";
    for (const QString &option : options)
        script << " \\\n" << indent << "  " << option;
    if (!positional.isEmpty())
        script << " \\\n" << indent << "  " << positional;
    script << '\n';
}

} // namespace

QString zshCompletion(const QList<CommandDoc> &commands)
{
    QString text;
    QTextStream script(&text);
    script << "#compdef selfmx-console\n"
              "# zsh completion for selfmx-console. Generated by 'selfmx-console --completion zsh' from the\n"
              "# options each command parses. Do not edit.\n\n"
              "_selfmx_console_profiles() {\n"
              "  local -a names\n"
              "  names=(${(f)\"$(selfmx-console profile list 2>/dev/null | awk 'NR > 1 { print $1 }')\"})\n"
              "  compadd -a names\n"
              "}\n\n"
              "_selfmx_console() {\n"
              "  local -a commands\n"
              "  commands=(\n";
    for (const CommandDoc &command : commands)
        script << "    " << quoted(command.name + u':' + command.summary) << '\n';
    script << "  )\n"
              "  if (( CURRENT == 2 )); then\n"
              "    _describe -t commands 'selfmx-console command' commands\n"
              "    return\n"
              "  fi\n"
              "  shift words; (( CURRENT-- ))\n"
              "  case $words[1] in\n";
    for (const CommandDoc &command : commands) {
        script << "  " << command.name << ")\n";
        if (command.forms.size() > 1) {
            const QStringList actions = formActions(command);
            script << "    if (( CURRENT == 2 )); then\n"
                      "      compadd "
                   << actions.join(u' ') << "\n      return\n    fi\n"
                   << "    shift words; (( CURRENT-- ))\n"
                   << "    case $words[1] in\n";
            for (const CommandDoc::Form &form : command.forms) {
                script << "    " << formAction(form) << ")\n";
                QString positional;
                if (formArgument(form) == ValueKind::File)
                    positional = QStringLiteral("'1:file:_files'");
                else if (formArgument(form) == ValueKind::Profile)
                    positional = QStringLiteral("'1:profile:_selfmx_console_profiles'");
                writeZshArguments(script, zshOptions(form.spec), positional, QStringLiteral("      "));
                script << "      ;;\n";
            }
            script << "    esac\n    ;;\n";
        } else {
            const CommandSpec &spec = command.forms.first().spec;
            QString positional;
            if (!command.firstWords.isEmpty())
                positional = QStringLiteral("'1:action:(") + command.firstWords.join(u' ') + QStringLiteral(")'");
            else if (!spec.arguments().isEmpty())
                positional = quoted(QStringLiteral("1:") + spec.arguments().first().name
                                    + (spec.arguments().first().name == u"host" ? QStringLiteral(":_hosts") : QStringLiteral(": ")));
            writeZshArguments(script, zshOptions(spec), positional, QStringLiteral("    "));
            script << "    ;;\n";
        }
    }
    script << "  esac\n"
              "}\n\n"
              "_selfmx_console \"$@\"\n";
    script.flush();
    return text;
}

namespace {

// "selfmx-console send" as the user types it: the program's name, not the path it ran from
// (arguments' first word is "PATH send"; Qt's help names argv[0], the path alone).
QString shownCommand(const QStringList &arguments)
{
    const QString program = QCoreApplication::arguments().value(0);
    QString command = arguments.value(0);
    if (!program.isEmpty() && command.startsWith(program))
        return QFileInfo(program).fileName() + command.mid(program.size());
    return command;
}

} // namespace

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, qsizetype maxPositional)
{
    QString problem;
    if (!parser.parse(arguments))
        problem = parser.errorText();
    else if (!parser.isSet(QStringLiteral("help")) && parser.positionalArguments().size() > maxPositional)
        // A stray word is refused, not ignored: "send --attach a.pdf b.pdf" must not send
        // without b.pdf. %1: the first argument the command does not take
        problem = Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(maxPositional));
    if (!problem.isEmpty()) {
        err() << Cli::tr("error: %1").arg(problem)
              << '\n'
              //: %1: the command, e.g. "selfmx-console test"
              << Cli::tr("Run '%1 --help' for its options.").arg(shownCommand(arguments)) << '\n';
        err().flush();
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's "Usage: /usr/bin/selfmx-console [options]" becomes "Usage: selfmx-console send [options]".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program); at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), shownCommand(arguments));
        out() << help;
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
