// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "cli.h"

#include "clisupport.h"
#include "diagnosecommands.h"
#include "diagnostics/outcome.h"
#include "dnscommands.h"
#include "exitcodes.h"
#include "helperprogram.h"
#include "mime/address.h"
#include "mime/message.h"
#include "mime/smtpcontent.h"
#include "profilecommands.h"
#include "relaycommands.h"
#include "smtp/session.h"
#include "smtp/settings.h"
#include "text/errortext.h"
#include "text/language.h"
#include "text/mimetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QSslCipher>
#include <QSslSocket>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace selfmx::app {

namespace {

void printUsage()
{
    //: The command line's usage. Keep the command names (test, send, …), the options
    //: (--from, …), the words in capitals (COMMAND, FILE, HOST, NAME) and the SMTP_*
    //: variables as they are, and each command's description starting in the 11th column.
    out() << Cli::tr("Usage: selfmx-console [COMMAND] [OPTIONS]\n\n"
                     "Without a command, opens the window. Commands:\n"
                     "  test      connect, negotiate TLS, authenticate, quit\n"
                     "  send      send a message: [--from] --to --subject --text/--html [--attach FILE]...\n"
                     "  profile   list | show | add | edit | remove | default | import | export (passwords in the keychain)\n"
                     "  diagnose  stage-by-stage diagnosis with findings and fixes [--json] [--probe-recipient A]\n"
                     "  discover  HOST: find working port/TLS settings; ADDRESS (or --domain DOMAIN): find the server in DNS\n"
                     "  check-domain DOMAIN  is the sender domain ready: SPF, DKIM, DMARC, MX [--dkim-selector S] [--json]\n"
                     "  relay     the local HTTP relay (SelfMX/Resend API) [--profile NAME]; relay list\n\n"
                     "Settings come from SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_TLS,\n"
                     "SMTP_TLS_VERIFY, SMTP_TIMEOUT, SMTP_TLS_MODE, SMTP_TLS_CA_FILE (see README).\n"
                     "Run 'selfmx-console COMMAND --help' for a command's options.\n");
    out().flush();
}

// Ctrl-C cancels the running session cleanly (exit 130) instead of killing the process
// mid-conversation. The signal handler only writes to a pipe (async-signal-safe).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void installCancelOnSignal(smtp::SmtpSession *session)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, session);
    QObject::connect(notifier, &QSocketNotifier::activated, session, &smtp::SmtpSession::abort);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void printSessionSummary(const smtp::SmtpSession &session)
{
    const smtp::Settings &s = session.settings();
    if (session.isReady()) {
        //: %1: host, %2: port
        out() << "\u2713 " << Cli::tr("connected to %1:%2").arg(s.host).arg(s.port);
        if (session.isEncrypted()) {
            const QSslCipher &cipher = session.tlsCipher();
            out() << ", " << cipher.protocolString() << ' ' << cipher.name()
                  << (session.ignoredSslErrors().isEmpty() ? Cli::tr(", certificate verified")
                      : session.acceptedByPin()            ? Cli::tr(", certificate accepted by its pin (SMTP_TLS_PIN_SHA256)")
                                                           : Cli::tr(", CERTIFICATE NOT VERIFIED"));
        } else {
            out() << Cli::tr(", no TLS");
        }
        out() << '\n';
        if (const auto mechanism = session.usedMechanism())
            //: %1: the user name, %2: the SASL mechanism (PLAIN, LOGIN, …)
            out() << "\u2713 " << Cli::tr("authenticated as %1 with %2").arg(s.username, smtp::mechanismName(*mechanism)) << '\n';
    }
    // The session ignores certificate errors for a pinned certificate or with verification off.
    const bool pinned = session.acceptedByPin();
    for (const QSslError &error : session.ignoredSslErrors())
        //: %1: the certificate error, as Qt words it
        err() << (pinned ? Cli::tr("warning: accepted because SMTP_TLS_PIN_SHA256 pins this certificate: %1")
                         : Cli::tr("warning: accepted because SMTP_TLS_VERIFY=false: %1"))
                     .arg(error.errorString())
              << '\n';
    out().flush();
    err().flush();
}

int reportFailure(const smtp::Error &error)
{
    err() << "\u2717 " << text::ErrorText::describe(error, text::Audience::CommandLine) << '\n';
    err().flush();
    return error.category == smtp::ErrorCategory::Cancelled ? Cancelled : exitCodeFor(error.stage);
}

void addCommonOptions(CommandSpec &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("verbose"), Cli::tr("Print the SMTP transcript (passwords redacted).")});
    parser.addOption(
        {QStringLiteral("profile"), Cli::tr("Use a stored profile; SMTP_* variables override its fields."), QStringLiteral("NAME")});
}

void streamTranscript(smtp::SmtpSession *session)
{
    QObject::connect(session, &smtp::SmtpSession::transcriptEntryAdded, session, [](const smtp::TranscriptEntry &entry) {
        err() << entry.toString() << '\n';
        err().flush();
    });
}

CommandSpec testCommand()
{
    CommandSpec parser(QStringLiteral("test"));
    parser.setApplicationDescription(Cli::tr("Connect, negotiate TLS, authenticate and quit."));
    addCommonOptions(parser);
    return parser;
}

int runTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    testCommand().applyTo(parser);
    if (const auto exitNow = parseArguments(parser, arguments, 0))
        return *exitNow;

    int exitCode = Success;
    const auto settings = settingsForCommand(parser.value(QStringLiteral("profile")), &exitCode);
    if (!settings)
        return exitCode;
    smtp::SmtpSession session(*settings);
    installCancelOnSignal(&session);
    if (parser.isSet(QStringLiteral("verbose")))
        streamTranscript(&session);
    QObject::connect(&session, &smtp::SmtpSession::ready, &session, [&session]() { session.quit(); });
    session.open();
    awaitSignal(&session, &smtp::SmtpSession::finished);

    printSessionSummary(session);
    if (!diagnostics::connectionTestPassed(session))
        return reportFailure(session.error());
    out() << Cli::tr("SMTP connection successful") << '\n';
    out().flush();
    return Success;
}

CommandSpec sendCommand()
{
    CommandSpec parser(QStringLiteral("send"));
    parser.setApplicationDescription(Cli::tr("Send a message: text and/or HTML, attachments, custom headers."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("from"),
                      Cli::tr("Sender, e.g. \"Acme <hi@acme.test>\"; default: SMTP_FROM (a profile's default sender)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Recipients (repeatable, or comma-separated)."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("cc"), Cli::tr("Copy recipients."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("bcc"), Cli::tr("Blind copy recipients (envelope only)."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("reply-to"), Cli::tr("Reply-To addresses."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("subject"), Cli::tr("Subject."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("text"), Cli::tr("Plain-text body."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("html"), Cli::tr("HTML body, read from FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("attach"), Cli::tr("Attach FILE (repeatable)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("inline"), Cli::tr("Attach FILE inline as cid:NAME, written NAME=FILE (repeatable)."),
                      QStringLiteral("NAME=FILE")});
    parser.addOption({QStringLiteral("header"), Cli::tr("Custom header \"Name: value\" (repeatable)."), QStringLiteral("HEADER")});
    return parser;
}

// The option that set the field a problem concerns: "--reply-to", "--inline".
QString sendOption(const mime::BuildIssue &issue)
{
    if (issue.field == u"attachment")
        return issue.problem == mime::BuildProblem::BadContentId ? QStringLiteral("--inline") : QStringLiteral("--attach");
    QString option = issue.field;
    option.replace(u'_', u'-');
    return QStringLiteral("--") + option;
}

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    sendCommand().applyTo(parser);
    if (const auto exitNow = parseArguments(parser, arguments, 0))
        return *exitNow;

    QStringList problems;
    // The sender: --from, else SMTP_FROM (the profile's default sender), read with the
    // settings below.
    for (const char *name : {"to", "subject"}) {
        if (!parser.isSet(QString::fromLatin1(name)))
            problems.append(Cli::tr("--%1 is required").arg(QString::fromLatin1(name)));
    }
    if (!parser.isSet(QStringLiteral("text")) && !parser.isSet(QStringLiteral("html")))
        problems.append(Cli::tr("--text or --html is required"));

    mime::Message message;
    auto addresses = [&parser, &problems](const char *option) {
        QList<mime::Mailbox> mailboxes;
        for (const QString &value : parser.values(QString::fromLatin1(option))) {
            const mime::AddressList list = mime::parseAddressList(value);
            if (!list.ok())
                problems.append(QStringLiteral("--%1: %2").arg(QString::fromLatin1(option), text::MimeText::describe(list.error)));
            mailboxes += list.mailboxes;
        }
        return mailboxes;
    };
    const QList<mime::Mailbox> from = addresses("from");
    if (from.size() > 1)
        problems.append(Cli::tr("--from: give exactly one sender"));
    if (!from.isEmpty())
        message.from = from.first();
    message.to = addresses("to");
    message.cc = addresses("cc");
    message.bcc = addresses("bcc");
    message.replyTo = addresses("reply-to");
    message.subject = parser.value(QStringLiteral("subject"));
    message.text = parser.value(QStringLiteral("text"));
    if (parser.isSet(QStringLiteral("html"))) {
        QFile file(parser.value(QStringLiteral("html")));
        if (file.open(QIODevice::ReadOnly))
            message.html = QString::fromUtf8(file.readAll());
        else
            problems.append(Cli::tr("--html: cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    for (const QString &path : parser.values(QStringLiteral("attach")))
        message.attachments.append({QFileInfo(path).fileName(), {}, {}, {}, path});
    for (const QString &spec : parser.values(QStringLiteral("inline"))) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0) {
            problems.append(Cli::tr("--inline: write NAME=FILE, e.g. logo=logo.png (then <img src=\"cid:logo\">)"));
            continue;
        }
        const QString path = spec.mid(eq + 1);
        message.attachments.append({QFileInfo(path).fileName(), {}, spec.left(eq), {}, path});
    }
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            problems.append(Cli::tr("--header: write \"Name: value\", got \"%1\"").arg(header));
            continue;
        }
        message.headers.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
    }
    auto refuse = [&problems]() {
        for (const QString &problem : std::as_const(problems))
            err() << Cli::tr("error: %1").arg(problem) << '\n';
        err() << Cli::tr("nothing was sent") << '\n';
        err().flush();
        return int(Usage);
    };
    if (!problems.isEmpty())
        return refuse();
    int exitCode = Success;
    const auto configuration = configurationForCommand(parser.value(QStringLiteral("profile")), &exitCode);
    if (!configuration)
        return exitCode;
    const smtp::Settings *settings = &configuration->smtp;
    if (from.isEmpty()) {
        const mime::AddressList fallback = mime::parseAddressList(configuration->defaultSender);
        if (configuration->defaultSender.trimmed().isEmpty())
            //: Keep --from and SMTP_FROM as they are
            problems.append(Cli::tr("--from is required (or SMTP_FROM, a profile's default sender)"));
        else if (!fallback.ok() || fallback.mailboxes.size() != 1)
            problems.append(QStringLiteral("SMTP_FROM: %1")
                                .arg(fallback.ok() ? Cli::tr("give exactly one sender") : text::MimeText::describe(fallback.error)));
        else
            message.from = fallback.mailboxes.first();
    }
    if (problems.isEmpty()) {
        for (const mime::BuildIssue &issue : mime::MessageBuilder::validate(message))
            problems.append(QStringLiteral("%1: %2").arg(sendOption(issue), text::MimeText::describe(issue)));
    }
    if (!problems.isEmpty())
        return refuse();

    smtp::SmtpSession session(*settings);
    installCancelOnSignal(&session);
    if (parser.isSet(QStringLiteral("verbose")))
        streamTranscript(&session);
    smtp::SendJob *job = session.send(mime::envelopeFor(message), mime::contentFactory(message));
    session.quit();
    session.open();
    awaitSignal(&session, &smtp::SmtpSession::finished);

    printSessionSummary(session);
    // After a refused MAIL FROM, the RCPT replies pipelined behind it ("503 need MAIL
    // command") say nothing about the recipients: the sender's error below says what failed.
    const bool senderRefused = job->error().isError() && job->error().stage == smtp::Stage::Sender;
    for (const smtp::SendJob::RecipientResult &result : job->recipientResults()) {
        if (result.reply.code == 0 || (senderRefused && !result.accepted()))
            continue;
        if (result.accepted())
            out() << "\u2713 " << Cli::tr("%1: accepted").arg(result.address) << '\n';
        else
            //: %1: the recipient's address, %2: the server's own words (not translated)
            err() << "\u2717 " << Cli::tr("%1: refused. The server said: %2").arg(result.address, result.reply.text()) << '\n';
    }
    out().flush();
    err().flush();
    if (!job->succeeded())
        return reportFailure(job->error());
    if (job->isPartial()) {
        err() << "\u2717 " << Cli::tr("recipient: the message was accepted for some recipients only") << '\n';
        err().flush();
        return Recipient;
    }
    //: %n: the message's size in bytes, %1: the server's own words (not translated)
    out() << "\u2713 " << Cli::tr("message accepted (%n bytes): %1", nullptr, int(job->bytesSent())).arg(job->dataReply().text()) << '\n';
    out().flush();
    return Success;
}

// The commands as their man pages and the shell completions describe them, from the specs
// the commands parse with. The summaries are the man pages' NAME lines (English).
QList<CommandDoc> commandDocs()
{
    CommandDoc profile{QStringLiteral("profile"), QStringLiteral("manage SMTP profiles; passwords live in the keychain"), {}, {}};
    for (const QString &synopsis : profileActionSynopses())
        profile.forms.append({synopsis, profileCommand(synopsis.section(u' ', 0, 0))});
    return {
        {QStringLiteral("test"), QStringLiteral("connect, negotiate TLS, authenticate and quit"), {{QString(), testCommand()}}, {}},
        {QStringLiteral("send"), QStringLiteral("send a message through the SMTP server"), {{QString(), sendCommand()}}, {}},
        profile,
        {QStringLiteral("diagnose"),
         QStringLiteral("diagnose the SMTP settings stage by stage, with findings and fixes"),
         {{QString(), diagnoseCommand()}},
         {}},
        {QStringLiteral("discover"),
         QStringLiteral("find working port and TLS settings for an SMTP server"),
         {{QString(), discoverCommand()}},
         {}},
        {QStringLiteral("relay"),
         QStringLiteral("run the local HTTP relay (SelfMX and Resend API) or read its queue"),
         {{QString(), relayCommand()}},
         relayActions()},
        {QStringLiteral("check-domain"),
         QStringLiteral("check that a sender domain is ready: SPF, DKIM, DMARC and MX"),
         {{QString(), checkDomainCommand()}},
         {}},
    };
}

// The hidden --man [COMMAND] and --completion bash|zsh: what the build installs.
int printDocumentation(const QString &kind, const QString &argument)
{
    const QList<CommandDoc> docs = commandDocs();
    QString text;
    if (kind == u"--man")
        text = manPage(docs, argument, QCoreApplication::applicationVersion());
    else if (argument == u"bash")
        text = bashCompletion(docs);
    else if (argument == u"zsh")
        text = zshCompletion(docs);
    if (text.isEmpty()) {
        err() << "error: " << kind << ": nothing for \"" << argument << "\"\n";
        err().flush();
        return Usage;
    }
    out() << text;
    out().flush();
    return Success;
}

} // namespace

int runCli(const QStringList &arguments)
{
    // The command line speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    text::installTranslations();
    const QString &command = arguments.at(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printUsage();
        return Success;
    }
    if (command == u"--version") {
        // The version is the CMake project's (SELFMX_VERSION); Qt's and the TLS library's
        // are the ones loaded at run time, which a bug report needs.
        const QString tls = QSslSocket::sslLibraryVersionString();
        out() << "selfmx-console " << QCoreApplication::applicationVersion() << '\n'
              << "Qt " << qVersion() << " (built with " << QT_VERSION_STR << ")\n"
              << "TLS: " << (tls.isEmpty() ? QStringLiteral("none (Qt's TLS backend did not load)") : tls) << '\n';
        out().flush();
        return Success;
    }
    if (command == u"--man" || command == u"--completion")
        return printDocumentation(command, arguments.value(2));
    // QCommandLineParser wants the program name first: "selfmx-console test --verbose".
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + u' ' + command);
    if (command == u"test")
        return runTest(rest);
    if (command == u"send")
        return runSend(rest);
    if (command == u"profile")
        return runProfileCommand(rest);
    if (command == u"diagnose")
        return runDiagnose(rest);
    if (command == u"discover")
        return runDiscover(rest);
    if (command == u"relay")
        return execHelperProgram(QStringLiteral("selfmx-console-relay"));
    if (command == u"check-domain")
        return runCheckDomain(rest);
    err() << Cli::tr("error: unknown command \"%1\"").arg(command) << '\n';
    err().flush();
    printUsage();
    return Usage;
}

} // namespace selfmx::app
