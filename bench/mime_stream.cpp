// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// mime_stream idle                     the process with Qt and a session, nothing sent
// mime_stream encode FILE              build + DATA-encode a message with FILE attached
// mime_stream send FILE HOST PORT      the same, streamed over SMTP (plaintext)
// mime_stream send FILE HOST PORT starttls|implicit CAFILE USER PASS
//                                      the same over TLS (memory must stay as flat: the
//                                      session waits on encryptedBytesWritten too)
// Prints "<input bytes> <seconds> <MB/s of input>". bench/run.sh wraps it in
// /usr/bin/time -v for peak memory.
#include "mime/message.h"
#include "mime/smtpcontent.h"
#include "smtp/dataencoder.h"
#include "smtp/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace selfmx;

namespace {

mime::Message messageWith(const QString &file)
{
    mime::Message m;
    m.from = {QStringLiteral("Bench"), QStringLiteral("bench@selfmx.test")};
    m.to = {{QString(), QStringLiteral("sink@selfmx.test")}};
    m.subject = QStringLiteral("25 MiB attachment");
    m.text = QStringLiteral("See attachment.\n");
    m.attachments = {{QStringLiteral("payload.bin"), QStringLiteral("application/octet-stream"), {}, {}, file}};
    return m;
}

void report(qint64 bytes, const QElapsedTimer &clock)
{
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("%lld %.3f %.0f\n", static_cast<long long>(bytes), seconds, double(bytes) / seconds / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"idle") {
        smtp::SmtpSession session(smtp::Settings{});
        std::printf("0 0 0\n");
        return 0;
    }
    const QString file = args.value(2);
    const qint64 inputSize = QFileInfo(file).size();
    const mime::Message message = messageWith(file);
    QElapsedTimer clock;
    clock.start();

    if (mode == u"encode") {
        // Exactly what a send does to the bytes, without the network.
        QList<mime::BuildIssue> issues;
        auto stream = mime::MessageBuilder::open(message, {}, &issues);
        if (!stream) {
            for (const mime::BuildIssue &issue : std::as_const(issues))
                std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
            return 1;
        }
        smtp::DataEncoder encoder;
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        QByteArray out;
        qint64 n;
        while ((n = stream->read(chunk.data(), chunk.size())) > 0) {
            out.clear();
            encoder.encode(QByteArrayView(chunk.constData(), n), out);
        }
        report(inputSize, clock);
        return n < 0 ? 1 : 0;
    }
    if (mode == u"send") {
        smtp::Settings settings;
        settings.host = args.value(3);
        settings.port = quint16(args.value(4).toUInt());
        settings.tls = false;
        if (const QString tls = args.value(5); !tls.isEmpty()) {
            settings.tls = true;
            settings.tlsModeOverride = tls == u"implicit" ? smtp::TlsMode::Implicit : smtp::TlsMode::StartTls;
            settings.caFile = args.value(6);
            settings.username = args.value(7);
            settings.password = args.value(8);
        }
        smtp::SmtpSession session(settings);
        smtp::SendJob *job = session.send(mime::envelopeFor(message), mime::contentFactory(message));
        session.quit();
        QObject::connect(&session, &smtp::SmtpSession::finished, &app, &QCoreApplication::quit);
        session.open();
        QCoreApplication::exec();
        if (!job->succeeded()) {
            std::fprintf(stderr, "%s\n", qPrintable(job->error().toString()));
            return 1;
        }
        report(inputSize, clock);
        return 0;
    }
    std::fprintf(stderr, "usage: mime_stream idle | encode FILE | send FILE HOST PORT [starttls|implicit CAFILE USER PASS]\n");
    return 2;
}
