// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "postfix.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QSignalSpy>

namespace selfmx::test {

const PostfixInstance &PostfixInstance::get()
{
    static const PostfixInstance instance = []() {
        PostfixInstance p;
        const QString path = qEnvironmentVariable("SELFMX_POSTFIX_ENV", QStringLiteral(SELFMX_POSTFIX_ENV_DEFAULT));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            p.m_problem = QStringLiteral("no Postfix fixture: SELFMX_POSTFIX_ENV=\"%1\" is not readable; "
                                         "run the tests through ctest (fixture \"postfix\")")
                              .arg(path);
            return p;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            QByteArray value = line.mid(eq + 1);
            if (value.size() >= 2 && value.startsWith('\'') && value.endsWith('\''))
                value = value.mid(1, value.size() - 2);
            p.m_values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(value));
        }
        return p;
    }();
    return instance;
}

smtp::Settings PostfixInstance::settings(const char *portKey, int user) const
{
    smtp::Settings s;
    // By name, so the certificate (SAN localhost) verifies; the fixture listens on 127.0.0.1.
    s.host = QStringLiteral("localhost");
    s.port = port(portKey);
    s.caFile = value("POSTFIX_CA_FILE");
    s.ehloName = QStringLiteral("client.selfmx.test");
    s.timeout = std::chrono::seconds(10);
    if (user == 1) {
        s.username = value("POSTFIX_USER1");
        s.password = value("POSTFIX_PASS1");
    } else if (user == 2) {
        s.username = value("POSTFIX_USER2");
        s.password = value("POSTFIX_PASS2");
    }
    return s;
}

QByteArray PostfixInstance::waitForMessage(const QByteArray &token, int timeoutMs) const
{
    const QString newDir = maildir() + QStringLiteral("/new");
    QFileSystemWatcher watcher({newDir});
    QSignalSpy changed(&watcher, &QFileSystemWatcher::directoryChanged);
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const QStringList files = QDir(newDir).entryList(QDir::Files);
        for (const QString &name : files) {
            QFile file(newDir + u'/' + name);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray content = file.readAll();
                if (content.contains(token))
                    return content;
            }
        }
        if (deadline.hasExpired() || !changed.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return {};
    }
}

} // namespace selfmx::test
