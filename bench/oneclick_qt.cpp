// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// oneclick_qt HOST PORT starttls|implicit CAFILE USER PASS
// The floor for a one-click test in a fresh Qt process: the least a Qt Core + Network
// client can do with the same promises as `selfmx-console test` (certificate verified,
// EHLO again after STARTTLS, AUTH PLAIN, wait for QUIT's 221) and nothing else: no
// settings table, no keychain, no transcript. Same TCP_QUICKACK as the session, so the
// ratio measures our overhead, not the kernel's delayed ACK. Exit 0 on success.
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {

void quickAck(QSslSocket &socket)
{
#ifdef Q_OS_LINUX
    const int on = 1;
    ::setsockopt(int(socket.socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket)
#endif
}

// The code of the next complete reply (multi-line replies end with "ddd "), or 0.
int readReply(QSslSocket &socket)
{
    for (;;) {
        while (socket.canReadLine()) {
            const QByteArray line = socket.readLine();
            if (line.size() >= 4 && line.at(3) == ' ')
                return line.left(3).toInt();
            if (line.size() < 4 || line.at(3) != '-')
                return 0;
        }
        if (!socket.waitForReadyRead(10000))
            return 0;
        quickAck(socket);
    }
}

bool command(QSslSocket &socket, const QByteArray &line, int expected)
{
    socket.write(line + "\r\n");
    socket.flush();
    quickAck(socket);
    return readReply(socket) == expected;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: oneclick_qt HOST PORT starttls|implicit CAFILE USER PASS\n");
        return 2;
    }
    const QString host = args.at(1);
    const auto port = quint16(args.at(2).toUInt());
    const bool implicit = args.at(3) == u"implicit";
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromPath(args.at(4)));
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(host);
    // Acknowledge the handshake's last flight at once, as the session does: the server's
    // TLS 1.3 ticket and its next reply (the greeting, with implicit TLS) would otherwise
    // wait on the delayed ACK, and this floor would not be one.
    QObject::connect(&socket, &QSslSocket::encrypted, &socket, [&socket]() { quickAck(socket); });
    if (implicit) {
        socket.connectToHostEncrypted(host, port);
        if (!socket.waitForEncrypted(10000))
            return 3;
    } else {
        socket.connectToHost(host, port);
        if (!socket.waitForConnected(10000))
            return 3;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    quickAck(socket);
    const QByteArray ehlo = "EHLO bench.selfmx.test";
    if (readReply(socket) != 220 || !command(socket, ehlo, 250))
        return 4;
    if (!implicit) {
        if (!command(socket, "STARTTLS", 220))
            return 5;
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(10000))
            return 5;
        quickAck(socket);
        if (!command(socket, ehlo, 250))
            return 6;
    }
    const QByteArray plain = QByteArray('\0' + args.at(5).toUtf8() + '\0' + args.at(6).toUtf8()).toBase64();
    if (!command(socket, "AUTH PLAIN " + plain, 235))
        return 7;
    if (!command(socket, "QUIT", 221))
        return 8;
    socket.disconnectFromHost();
    return 0;
}
