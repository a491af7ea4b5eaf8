// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// smtp_throughput HOST PORT MESSAGES CONNECTIONS [SIZE]
// Sends MESSAGES messages of SIZE bytes (default 1024) over CONNECTIONS parallel
// SmtpSessions (plaintext, pipelining when offered) and prints "messages seconds rate".
// bench/run.sh runs it against Postfix's smtp-sink next to smtp-source.
#include "smtp/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace selfmx::smtp;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: smtp_throughput HOST PORT MESSAGES CONNECTIONS [SIZE]\n");
        return 2;
    }
    Settings settings;
    settings.host = args[1];
    settings.port = quint16(args[2].toUInt());
    settings.tls = false;
    settings.ehloName = QStringLiteral("bench.selfmx.test");
    const int messages = args[3].toInt();
    const int connections = args[4].toInt();
    const int size = args.size() > 5 ? args[5].toInt() : 1024;

    QByteArray body = "From: bench@selfmx.test\r\nTo: sink@selfmx.test\r\nSubject: bench\r\n\r\n";
    while (body.size() < size)
        body += QByteArray(std::min<qsizetype>(70, size - body.size() - 2 > 0 ? size - body.size() - 2 : 1), 'x') + "\r\n";
    Envelope envelope;
    envelope.from = QStringLiteral("bench@selfmx.test");
    envelope.recipients = {QStringLiteral("sink@selfmx.test")};

    std::vector<std::unique_ptr<SmtpSession>> sessions;
    int running = connections;
    int failedMessages = 0;
    QElapsedTimer clock;
    clock.start();
    for (int c = 0; c < connections; ++c) {
        auto session = std::make_unique<SmtpSession>(settings);
        const int share = messages / connections + (c < messages % connections ? 1 : 0);
        for (int m = 0; m < share; ++m) {
            SendJob *job = session->send(envelope, body);
            QObject::connect(job, &SendJob::finished, job, [job, &failedMessages]() {
                if (!job->succeeded())
                    ++failedMessages;
                job->deleteLater();
            });
        }
        session->quit();
        QObject::connect(session.get(), &SmtpSession::finished, &app, [&running, s = session.get()]() {
            if (s->error().isError())
                std::fprintf(stderr, "session error: %s\n", qPrintable(s->error().toString()));
            if (--running == 0)
                QCoreApplication::quit();
        });
        session->open();
        sessions.push_back(std::move(session));
    }
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("%d %.3f %.0f\n", messages - failedMessages, seconds, (messages - failedMessages) / seconds);
    return failedMessages == 0 ? 0 : 1;
}
