// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "opensslserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

namespace selfmx::test {

QString faultMatrixCertificates()
{
    // Removed with everything in it when the test process exits: the keys are test keys,
    // but a run should leave nothing behind in /tmp (it left one directory per process).
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/selfmx-fault-matrix-XXXXXX"));
    static const QString path = []() {
        if (!dir.isValid())
            return QString();
        QProcess make;
        make.start(QStringLiteral(SELFMX_MAKE_CERTS_SCRIPT), {dir.path()});
        make.waitForFinished(60000);
        return make.exitStatus() == QProcess::NormalExit && make.exitCode() == 0 ? dir.path() : QString();
    }();
    return path;
}

OpensslServer::OpensslServer(const QString &certificateName)
{
    const QString dir = faultMatrixCertificates();
    if (dir.isEmpty()) {
        m_error = QStringLiteral("make-certs.sh failed");
        return;
    }
    // A port the kernel picked a moment ago (s_server cannot be told "port 0").
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("openssl"),
                    {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("-cert"), dir + u'/' + certificateName + QStringLiteral(".pem"), QStringLiteral("-key"),
                     dir + u'/' + certificateName + QStringLiteral(".key"), QStringLiteral("-naccept"), QStringLiteral("20")});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start openssl s_server: ") + m_process.errorString();
        return;
    }
    // What arrives on stdin goes to the client once it is connected: the greeting.
    m_process.write("220 s_server ESMTP\n");
    // s_server prints ACCEPT when it listens; wait for that (bounded), not for a while.
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    QByteArray seen;
    const QDeadlineTimer deadline(10000);
    while (!seen.contains("ACCEPT")) {
        if (deadline.hasExpired()
            || (!output.wait(int(std::max<qint64>(1, deadline.remainingTime()))) && m_process.bytesAvailable() == 0)) {
            m_error = QStringLiteral("openssl s_server did not start: ") + QString::fromUtf8(seen);
            return;
        }
        seen += m_process.readAll();
    }
    m_port = port;
}

OpensslServer::~OpensslServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace selfmx::test
