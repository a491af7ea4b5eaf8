// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The relay command's spec, in both programs: selfmx-console-relay parses with it, and
// selfmx-console writes the man page and completions from it (--man relay, --completion).
#include "clisupport.h"
#include "relaycommands.h"

namespace selfmx::app {

CommandSpec relayCommand()
{
    CommandSpec parser(QStringLiteral("relay"));
    parser.setApplicationDescription(Cli::tr("Run the local HTTP relay (SelfMX- and Resend-compatible) headless."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Cli::tr("Nothing to run the relay; \"status\", \"list\", \"retry ID\" or \"cancel ID\" to read or "
                                         "change its queue (the running relay's, or the one it will deliver from); \"new-key\" "
                                         "(with --profile) to replace the profile's API key in the keychain and print the new one "
                                         "(a running relay keeps the old key until it is restarted)."),
                                 QStringLiteral("[status|list|retry ID|cancel ID|new-key]"));
    parser.addOption(
        {QStringLiteral("profile"), Cli::tr("Use the stored profile NAME (environment variables override it)."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("queue"), Cli::tr("The queue's SQLite file (default: in the per-user data directory)."), QStringLiteral("FILE")});
    return parser;
}

const QStringList &relayActions()
{
    static const QStringList actions = {QStringLiteral("status"), QStringLiteral("list"), QStringLiteral("retry"), QStringLiteral("cancel"),
                                        QStringLiteral("new-key")};
    return actions;
}

} // namespace selfmx::app
