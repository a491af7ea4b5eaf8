// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "relaycommands.h"

#include "clisupport.h"
#include "exitcodes.h"
#include "profilecommands.h"

#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "relay/relayserver.h"
#include "settings/fields.h"
#include "text/keychaintext.h"
#include "text/relaytext.h"
#include "text/settingstext.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace selfmx::app {

namespace {

int g_stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_stopPipe[1], &byte, 1);
}

int runList(const QCommandLineParser &parser)
{
    const QString path =
        parser.isSet(QStringLiteral("queue")) ? parser.value(QStringLiteral("queue")) : relay::RelayServer::defaultQueuePath({});
    relay::Queue queue;
    QString problem;
    if (!queue.open(path, &problem)) {
        err() << "error: cannot open the queue " << path << ": " << problem << '\n';
        err().flush();
        return Usage;
    }
    relay::ListFilter filter;
    filter.limit = 100;
    qint64 total = 0;
    for (const relay::QueuedMessage &m : queue.list(filter, &total)) {
        out() << m.id << '\t' << relay::statusName(m.status) << '\t' << m.createdAt.toString(Qt::ISODate) << '\t' << m.sender << '\t'
              << m.recipients << '\t' << m.subject << '\n';
    }
    out() << total << " message(s)\n";
    out().flush();
    return Success;
}

} // namespace

int runRelayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run the local HTTP relay (SelfMX- and Resend-compatible) headless."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("Nothing to run the relay; \"list\" to show its queue."));
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Use the stored profile NAME (environment variables override it)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("queue"), QStringLiteral("The queue's SQLite file (default: in the per-user data directory)."),
                      QStringLiteral("FILE")});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"list")
        return runList(parser);
    if (!positional.isEmpty()) {
        err() << "error: unknown relay action \"" << positional.first()
              << "\"; use 'selfmx-console relay' or 'selfmx-console relay list'\n";
        err().flush();
        return Usage;
    }

    const settings::Groups groups = settings::Groups(settings::Group::Smtp) | settings::Group::Relay;
    const QHash<QString, QString> environment = settings::environmentValues(QProcessEnvironment::systemEnvironment(), groups);
    const QString profileName = parser.value(QStringLiteral("profile"));
    profile::ProfileResolver resolver(&profileStore());
    profile::ResolveJob *job = resolver.resolve(profileName, environment, groups);
    awaitSignal(job, &profile::ResolveJob::finished);
    for (const QString &line : text::SettingsText::describe(job->parsed().warnings, text::Audience::CommandLine))
        err() << "warning: " << line << '\n';
    switch (job->failure()) {
    case profile::ResolveJob::Failure::None: break;
    case profile::ResolveJob::Failure::NotFound:
        err() << "error: --profile: no profile \"" << profileName << "\"; see 'selfmx-console profile list'\n";
        err().flush();
        return Usage;
    case profile::ResolveJob::Failure::StoredValues:
    case profile::ResolveJob::Failure::Values:
        for (const QString &line : text::SettingsText::describe(job->issues(), text::Audience::CommandLine))
            err() << "error: " << line << '\n';
        err().flush();
        return Usage;
    case profile::ResolveJob::Failure::Keychain:
        err() << "error: " << text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::CommandLine) << '\n';
        err().flush();
        return Keychain;
    }
    settings::Configuration configuration = job->configuration();
    const profile::Profile stored = job->profile();

    if (configuration.relay.apiKey.isEmpty()) {
        if (stored.id.isEmpty()) {
            err() << text::RelayText::noKey(text::Audience::CommandLine) << '\n';
            err().flush();
            return Usage;
        }
        // First start for this profile: make the key and keep it in the keychain.
        // Saved through the store, so the profile records that it has a key and the next start
        // reads it instead of making another.
        const QString key = relay::RelayServer::makeApiKey();
        profile::ProfileJob *write = profileStore().saveWithSecrets(stored, {{QStringLiteral("API_KEY"), key}});
        awaitSignal(write, &profile::ProfileJob::finished);
        if (write->secretError() != profile::SecretError::None) {
            err() << "error: " << text::KeychainText::describe(write->secretError(), write->secretErrorText(), text::Audience::CommandLine)
                  << '\n';
            err().flush();
            return Keychain;
        }
        if (!write->succeeded()) {
            for (const QString &line : text::SettingsText::describe(write->issues(), text::Audience::CommandLine))
                err() << "error: " << line << '\n';
            err().flush();
            return Usage;
        }
        err() << text::RelayText::keyCreated(stored.name) << '\n' << key << '\n';
        err().flush();
        configuration.relay.apiKey = key;
    }

    // LOG_LEVEL: debug adds the delivery attempts; warn and error drop the request lines.
    const QString level = configuration.relay.logLevel;
    if (level == u"debug")
        QLoggingCategory::setFilterRules(QStringLiteral("selfmx.relay.debug=true"));
    else if (level == u"warn" || level == u"error")
        QLoggingCategory::setFilterRules(QStringLiteral("selfmx.relay.info=false"));

    relay::RelayOptions options;
    options.smtp = configuration.smtp;
    options.relay = configuration.relay;
    options.queuePath =
        parser.isSet(QStringLiteral("queue")) ? parser.value(QStringLiteral("queue")) : relay::RelayServer::defaultQueuePath(stored.id);
    options.version = QCoreApplication::applicationVersion();
    relay::RelayServer server(options);
    QString problem;
    if (!server.start(&problem)) {
        err() << text::RelayText::cannotStart(problem) << '\n';
        err().flush();
        return Usage;
    }
    if (!relay::RelayServer::isLoopback(options.relay.host))
        err() << text::RelayText::nonLoopbackWarning(options.relay.host, text::Audience::CommandLine) << '\n';
    out() << text::RelayText::listening(options.relay.host, server.port()) << '\n';
    out().flush();
    err().flush();

    // SIGTERM/SIGINT: stop accepting, let the SMTP transactions in progress end, exit 0.
    if (::pipe(g_stopPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, &server);
        QObject::connect(notifier, &QSocketNotifier::activated, &server, [notifier, &server]() {
            notifier->setEnabled(false);
            err() << text::RelayText::stopping() << '\n';
            err().flush();
            server.stop();
        });
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
    }
    awaitSignal(&server, &relay::RelayServer::stopped);
    err() << text::RelayText::stopped() << '\n';
    err().flush();
    return Success;
}

} // namespace selfmx::app
