// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QProcess>
#include <QString>

namespace selfmx::test {

// The certificates of tests/support/tls/make-certs.sh, made once per test process.
QString faultMatrixCertificates();

// `openssl s_server` with a given certificate on 127.0.0.1, speaking implicit TLS and
// greeting "220 s_server ESMTP" once a client completes the handshake.
class OpensslServer
{
public:
    // name: "good", "selfsigned", "expired", "notyet", "wronghost"
    explicit OpensslServer(const QString &certificateName);
    ~OpensslServer();
    bool isRunning() const { return m_port != 0; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace selfmx::test
