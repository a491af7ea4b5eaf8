// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "relaycommands.h"

#include "clisupport.h"
#include "exitcodes.h"
#include "profilecommands.h"

#include "mime/message.h"
#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "relay/relayserver.h"
#include "settings/fields.h"
#include "text/keychaintext.h"
#include "text/relaytext.h"
#include "text/settingstext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace selfmx::app {

namespace {

int g_stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_stopPipe[1], &byte, 1);
}

// The running relay's log on stderr, LOG_FORMAT and LOG_LEVEL applied to every line: the
// relay's own messages (Qt's, through relayLogHandler) and the command's (say()). With
// `json`, each line is one JSON object {"time","level","category","message"} (a message that
// is a JSON object itself, the request lines, gives its fields instead of "message"), so a
// log collector reads every line; the command's own lines are in the relay's category and
// say their level in "level" alone. With `text`, lines read as before, for people: the
// command's own warnings and errors start "warning: " / "error: ", like the other commands'.
struct RelayLog {
    bool json = false;
    int minimum = 1; // severity(): 0 debug, 1 info, 2 warning, 3 error
};
RelayLog g_log;

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg:
    case QtFatalMsg: return 3;
    }
    return 1;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warn";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

// The category of the command's own lines (the relay's: they are about its start and stop).
constexpr char kCommandCategory[] = "selfmx.relay";

// always: a line LOG_LEVEL does not drop (where the first start's API key was put).
// own: a line of the command's (say()), not one of Qt's messages.
void writeLogLine(QtMsgType type, const char *category, const QString &message, bool always = false, bool own = false)
{
    if (!always && severity(type) < g_log.minimum)
        return;
    if (own)
        category = kCommandCategory;
    const bool named = category && *category && std::strcmp(category, "default") != 0;
    QByteArray line;
    if (g_log.json) {
        QJsonObject object;
        if (!own && message.startsWith(u'{')) {
            const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8());
            if (doc.isObject())
                object = doc.object();
        }
        if (object.isEmpty())
            object.insert(QStringLiteral("message"), message);
        object.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("level"), QString::fromLatin1(levelName(type)));
        if (named)
            object.insert(QStringLiteral("category"), QString::fromLatin1(category));
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else if (own) {
        line = (type == QtWarningMsg                          ? Cli::tr("warning: %1").arg(message)
                : type == QtCriticalMsg || type == QtFatalMsg ? Cli::tr("error: %1").arg(message)
                                                              : message)
                   .toUtf8();
    } else {
        line = named ? QByteArray(category) + ": " + message.toUtf8() : message.toUtf8();
    }
    line += '\n';
    // Whatever the command wrote before comes first. The handler also runs on libmicrohttpd's
    // and the delivery thread; err() belongs to this one, and one fwrite() is one locked write.
    if (const QCoreApplication *app = QCoreApplication::instance(); app && QThread::currentThread() == app->thread())
        err().flush();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void relayLogHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    writeLogLine(type, context.category, message);
}

// A line of the command's own (settings warnings, start-up errors, the new key, stopping,
// stopped) in the log's format; `text` without a "warning: "/"error: " of its own.
void say(QtMsgType type, const QString &text, bool always = false)
{
    writeLogLine(type, nullptr, text, always, true);
}

// The queue the inspecting actions read: --queue FILE, else the profile's (--profile NAME),
// else the environment-only relay's.
std::optional<QString> queuePathFor(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("queue")))
        return parser.value(QStringLiteral("queue"));
    const QString name = parser.value(QStringLiteral("profile"));
    if (name.isEmpty())
        return relay::RelayServer::defaultQueuePath({});
    const std::optional<profile::Profile> stored = profileStore().find(name);
    if (!stored) {
        err() << Cli::tr("error: --profile: no profile \"%1\"; see 'selfmx-console profile list'").arg(name) << '\n';
        err().flush();
        return std::nullopt;
    }
    return relay::RelayServer::defaultQueuePath(stored->id);
}

// "(1 of 2 recipients refused)": the envelope's recipients (to, cc and bcc, each address
// once, as they were sent) from the stored request; "(1 recipient refused)" when the request
// no longer names them.
QString partialDelivery(const relay::QueuedMessage &m, int refused)
{
    const QJsonObject request = m.requestObject();
    mime::Message message;
    for (auto [key, list] : {std::pair{"to", &message.to}, std::pair{"cc", &message.cc}, std::pair{"bcc", &message.bcc}}) {
        const QJsonValue value = request.value(QLatin1String(key));
        const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue item : items)
            *list += mime::parseAddressList(item.toString()).mailboxes;
    }
    const auto all = mime::MessageBuilder::envelopeRecipients(message).size();
    if (all <= refused)
        //: `relay list`, before the refused addresses of a message delivered to some of its recipients only; %n: how many were refused
        return Cli::tr("(%n recipient(s) refused)", nullptr, refused);
    // At least one was accepted, so %2 is 2 or more: always the plural.
    //: `relay list`, before the refused addresses of a message delivered to some of its recipients only; %1: how many were refused, %2: of how many (2 or more)
    return Cli::tr("(%1 of %2 recipients refused)").arg(refused).arg(all);
}

// `relay list|status|retry ID|cancel ID`: read or change the queue, whether or not a relay
// delivers from it (SQLite's WAL lets both in; a running relay looks again within seconds).
int runQueueAction(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString &action = positional.first();
    const bool needsId = action == u"retry" || action == u"cancel";
    if (positional.size() != (needsId ? 2 : 1)) {
        //: %1: the action with its argument, e.g. "retry ID"
        err() << Cli::tr("error: usage: selfmx-console relay %1 [--profile NAME | --queue FILE]")
                     .arg(needsId ? action + QStringLiteral(" ID") : action)
              << '\n';
        err().flush();
        return Usage;
    }
    const std::optional<QString> path = queuePathFor(parser);
    if (!path)
        return Usage;
    if (action == u"status") {
        const std::optional<qint64> owner = relay::Queue::runningOwner(*path);
        out() << (owner ? text::RelayText::running(*owner) : text::RelayText::notRunning()) << '\n'
              << text::RelayText::queueFile(*path) << '\n';
    }
    if (!QFileInfo::exists(*path)) {
        if (action == u"status" || action == u"list") {
            out() << Cli::tr("%n message(s)", nullptr, 0) << '\n';
            out().flush();
            return Success;
        }
        const QString &id = positional.at(1);
        const QString notFound = QStringLiteral("not_found");
        err() << (action == u"retry" ? text::RelayText::cannotRetry(id, notFound, {}, text::Audience::CommandLine)
                                     : text::RelayText::cannotCancel(id, notFound, {}, text::Audience::CommandLine))
              << '\n';
        err().flush();
        return Usage;
    }
    relay::Queue queue;
    QString problem;
    if (!queue.open(*path, &problem, relay::Queue::Mode::Inspect)) {
        err() << Cli::tr("error: cannot open the queue %1: %2").arg(*path, text::RelayText::queueProblem(problem)) << '\n';
        err().flush();
        return Usage;
    }
    if (action == u"status") {
        const QHash<relay::MessageStatus, qint64> counts = queue.counts();
        for (const relay::MessageStatus status :
             {relay::MessageStatus::Queued, relay::MessageStatus::Scheduled, relay::MessageStatus::Sending, relay::MessageStatus::Delivered,
              relay::MessageStatus::Failed, relay::MessageStatus::Canceled})
            out() << relay::statusName(status) << '\t' << counts.value(status) << '\n';
        out().flush();
        return Success;
    }
    if (action == u"list") {
        relay::ListFilter filter;
        filter.limit = 100;
        qint64 total = 0;
        for (const relay::QueuedMessage &m : queue.list(filter, &total)) {
            // The state word alone (the API's, untranslated: scripts filter on it).
            const QString status = relay::statusName(m.status);
            QString detail = m.lastError;
            // A partial accept, as GET /emails/{id} has it in failed_recipients: where the last
            // error goes, the count, then each refused address with the server's words.
            if (const QJsonArray refused = QJsonDocument::fromJson(m.failedRecipients.toUtf8()).array();
                m.status == relay::MessageStatus::Delivered && !refused.isEmpty()) {
                QStringList words;
                for (const QJsonValue r : refused)
                    words.append(r[QStringLiteral("address")].toString() + QStringLiteral(": ") + r[QStringLiteral("reply")].toString());
                detail = partialDelivery(m, int(refused.size())) + u' ' + words.join(QStringLiteral("; "));
            }
            out() << m.id << '\t' << status << '\t' << m.createdAt.toString(Qt::ISODate) << '\t' << m.sender << '\t' << m.recipients << '\t'
                  << m.subject;
            if (!detail.isEmpty())
                out() << '\t' << detail;
            out() << '\n';
        }
        out() << Cli::tr("%n message(s)", nullptr, int(total)) << '\n';
        out().flush();
        return Success;
    }
    const QString &id = positional.at(1);
    std::optional<relay::MessageStatus> current;
    const bool retry = action == u"retry";
    const bool done = retry ? queue.retry(id, QDateTime::currentDateTimeUtc(), &current) : queue.cancel(id, &current);
    if (!done) {
        const QString code = current ? QStringLiteral("wrong_state") : QStringLiteral("not_found");
        const QString state = current ? relay::statusName(*current) : QString();
        err() << (retry ? text::RelayText::cannotRetry(id, code, state, text::Audience::CommandLine)
                        : text::RelayText::cannotCancel(id, code, state, text::Audience::CommandLine))
              << '\n';
        err().flush();
        return Usage;
    }
    out() << (retry ? text::RelayText::retried(id) : text::RelayText::canceled(id)) << '\n';
    out().flush();
    return Success;
}

// `relay new-key --profile NAME`: a new API key for the profile, made as the first start
// makes it, written to the keychain through the store; the key alone on stdout (for a
// script: KEY=$(selfmx-console relay new-key --profile work)), the rest on stderr. A relay
// already running keeps the key it started with until it is restarted.
int runNewKey(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString name = parser.value(QStringLiteral("profile"));
    if (positional.size() != 1 || name.isEmpty() || parser.isSet(QStringLiteral("queue"))) {
        err() << Cli::tr("error: usage: selfmx-console relay new-key --profile NAME") << '\n';
        err().flush();
        return Usage;
    }
    const std::optional<profile::Profile> stored = profileStore().find(name);
    if (!stored) {
        err() << Cli::tr("error: --profile: no profile \"%1\"; see 'selfmx-console profile list'").arg(name) << '\n';
        err().flush();
        return Usage;
    }
    const QString key = relay::RelayServer::makeApiKey();
    profile::ProfileJob *write = profileStore().saveWithSecrets(*stored, {{QStringLiteral("API_KEY"), key}});
    awaitSignal(write, &profile::ProfileJob::finished);
    if (write->secretError() != profile::SecretError::None) {
        err() << Cli::tr("error: %1")
                     .arg(text::KeychainText::describe(write->secretError(), write->secretErrorText(), text::Audience::CommandLine))
              << '\n';
        err().flush();
        return Keychain;
    }
    if (!write->succeeded()) {
        for (const QString &line : text::SettingsText::describe(write->issues(), text::Audience::CommandLine))
            err() << Cli::tr("error: %1").arg(line) << '\n';
        err().flush();
        return Usage;
    }
    out() << key << '\n';
    out().flush();
    //: %1: the profile's name
    err() << Cli::tr("a new API key for profile \"%1\" is stored in the keychain; a relay already running keeps the old key "
                     "until it is restarted")
                 .arg(stored->name)
          << '\n';
    err().flush();
    return Success;
}

} // namespace

int runRelayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    relayCommand().applyTo(parser);
    // Exit 2 on a usage error: the systemd unit does not restart on it (RestartPreventExitStatus=2).
    if (const auto exitNow = parseArguments(parser, arguments, 2)) // [ACTION [ID]]
        return *exitNow;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == u"new-key")
        return runNewKey(parser, positional);
    if (!positional.isEmpty() && relayActions().contains(positional.first()))
        return runQueueAction(parser, positional);
    if (!positional.isEmpty()) {
        err() << Cli::tr("error: unknown relay action \"%1\"; use 'selfmx-console relay' to run it, or relay status|list|retry ID|cancel "
                         "ID|new-key")
                     .arg(positional.first())
              << '\n';
        err().flush();
        return Usage;
    }

    const settings::Groups groups = settings::Groups(settings::Group::Smtp) | settings::Group::Relay;
    const QHash<QString, QString> environment = settings::environmentValues(QProcessEnvironment::systemEnvironment(), groups);
    const QString profileName = parser.value(QStringLiteral("profile"));
    profile::ProfileResolver resolver(&profileStore());
    profile::ResolveJob *job = resolver.resolve(profileName, environment, groups);
    awaitSignal(job, &profile::ResolveJob::finished);
    if (job->failure() == profile::ResolveJob::Failure::None) {
        // LOG_FORMAT and LOG_LEVEL from here on; lines about values that did not resolve stay text.
        const settings::RelaySettings &relaySettings = job->configuration().relay;
        g_log.json = relaySettings.logFormat != u"text";
        const QString &level = relaySettings.logLevel;
        g_log.minimum = level == u"debug" ? 0 : level == u"warn" ? 2 : level == u"error" ? 3 : 1;
        qInstallMessageHandler(relayLogHandler);
    }
    // HOST other than loopback is said once the relay listens (below), in the relay's words.
    QList<settings::Issue> warnings = job->parsed().warnings;
    warnings.removeIf([](const settings::Issue &issue) { return issue.code == u"not_loopback"; });
    for (const QString &line : text::SettingsText::describe(warnings, text::Audience::CommandLine))
        say(QtWarningMsg, line);
    switch (job->failure()) {
    case profile::ResolveJob::Failure::None: break;
    case profile::ResolveJob::Failure::NotFound:
        err() << Cli::tr("error: --profile: no profile \"%1\"; see 'selfmx-console profile list'").arg(profileName) << '\n';
        err().flush();
        return Usage;
    case profile::ResolveJob::Failure::StoredValues:
    case profile::ResolveJob::Failure::Values:
        for (const QString &line : text::SettingsText::describe(job->issues(), text::Audience::CommandLine))
            err() << Cli::tr("error: %1").arg(line) << '\n';
        err().flush();
        return Usage;
    case profile::ResolveJob::Failure::Keychain:
        err() << Cli::tr("error: %1")
                     .arg(text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::CommandLine))
              << '\n';
        err().flush();
        return Keychain;
    }
    settings::Configuration configuration = job->configuration();
    const profile::Profile stored = job->profile();
    // As test, send and diagnose: refused at start, not by every delivery.
    if (!caFileUsable(configuration.smtp.caFile))
        return Usage;

    if (configuration.relay.apiKey.isEmpty()) {
        if (stored.id.isEmpty()) {
            say(QtCriticalMsg, text::RelayText::noKey(text::Audience::CommandLine));
            return Usage;
        }
        // First start for this profile: make the key and keep it in the keychain.
        // Saved through the store, so the profile records that it has a key and the next start
        // reads it instead of making another.
        const QString key = relay::RelayServer::makeApiKey();
        profile::ProfileJob *write = profileStore().saveWithSecrets(stored, {{QStringLiteral("API_KEY"), key}});
        awaitSignal(write, &profile::ProfileJob::finished);
        if (write->secretError() != profile::SecretError::None) {
            say(QtCriticalMsg, text::KeychainText::describe(write->secretError(), write->secretErrorText(), text::Audience::CommandLine));
            return Keychain;
        }
        if (!write->succeeded()) {
            for (const QString &line : text::SettingsText::describe(write->issues(), text::Audience::CommandLine))
                say(QtCriticalMsg, line);
            return Usage;
        }
        // Not in the log (a journal keeps it): where it is and how to show it. At a terminal
        // the person who started the relay reads it there, as before.
        // Said whatever LOG_LEVEL is: without it the user would not know a key exists.
        if (::isatty(STDERR_FILENO) == 1)
            say(QtInfoMsg, text::RelayText::keyCreated(stored.name) + QLatin1Char(' ') + key, true);
        else
            //: %1: the profile's name
            say(QtInfoMsg,
                Cli::tr("a new API key was made for profile \"%1\" and stored in the keychain; "
                        "'selfmx-console profile export \"%1\" --include-password' shows it")
                    .arg(stored.name),
                true);
        configuration.relay.apiKey = key;
    }

    // LOG_LEVEL: debug adds the delivery attempts; warn and error drop the request lines (the
    // handler above drops what is below the level from every category too).
    const QString level = configuration.relay.logLevel;
    if (level == u"debug")
        QLoggingCategory::setFilterRules(QStringLiteral("selfmx.relay.debug=true"));
    else if (level == u"warn" || level == u"error")
        QLoggingCategory::setFilterRules(QStringLiteral("selfmx.relay.info=false"));

    relay::RelayOptions options;
    options.smtp = configuration.smtp;
    options.relay = configuration.relay;
    options.limits.maxBodyBytes = qint64(configuration.relay.maxBodyMiB) * 1024 * 1024;
    options.queuePath =
        parser.isSet(QStringLiteral("queue")) ? parser.value(QStringLiteral("queue")) : relay::RelayServer::defaultQueuePath(stored.id);
    options.version = QCoreApplication::applicationVersion();
    relay::RelayServer server(options);
    QString problem;
    if (!server.start(&problem)) {
        say(QtCriticalMsg, text::RelayText::cannotStart(problem, options.relay.host, options.relay.port, server.lockHolder(),
                                                        text::Audience::CommandLine));
        // A port another program holds, an address the machine does not have yet (its network
        // comes up after the relay), or a relay of the same queue started by hand that will
        // stop: worth a restart, unlike wrong settings (exit 2, which the systemd unit does not
        // restart).
        return problem == u"address_in_use" || problem == u"address_not_available" || problem == u"in_use" ? Listen : Usage;
    }
    // SIGTERM/SIGINT: stop accepting, let the SMTP transactions in progress end, exit 0.
    // Installed before "listening" is said: a supervisor that stops the relay as soon as it
    // reads that line must get the graceful stop, not the default (immediate) death.
    if (::pipe(g_stopPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, &server);
        QObject::connect(notifier, &QSocketNotifier::activated, &server, [notifier, &server]() {
            notifier->setEnabled(false);
            say(QtInfoMsg, text::RelayText::stopping());
            server.stop();
        });
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
    }
    if (!relay::RelayServer::isLoopback(options.relay.host))
        say(QtWarningMsg, text::RelayText::nonLoopbackWarning(options.relay.host, text::Audience::CommandLine));
    out() << text::RelayText::listening(options.relay.host, server.port()) << '\n';
    out().flush();

    awaitSignal(&server, &relay::RelayServer::stopped);
    say(QtInfoMsg, text::RelayText::stopped());
    return Success;
}

} // namespace selfmx::app
