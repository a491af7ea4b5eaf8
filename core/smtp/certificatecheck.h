// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace selfmx::smtp {

// RFC 6125 §6.4 as the session applies it on top of Qt's checks (Qt 6.4 also accepts a
// matching CN when the certificate has DNS names in its SANs, and an IP host in the CN):
// an IP host matches only an IP address SAN; a DNS host matches the DNS SANs when there
// are any (§6.4.4: the CN is then not used), else the CN. A wildcard is a whole left-most
// label, matches one label, and never an IDN A-label (§6.4.3).
bool certificateMatchesHost(const QSslCertificate &certificate, const QString &host);

// Errors that only say "not issued by a CA you trust": what SMTP_TLS_CA_FILE can answer.
bool isTrustError(const QSslError &error);

// Does the peer's chain (leaf first, as QSslSocket::peerCertificateChain() gives it)
// verify against these extra CAs alone (signatures, validity, server purpose)? Checked with
// OpenSSL directly, so that SMTP_TLS_CA_FILE adds to the system CAs without making Qt load
// the whole system store (QSslConfiguration::addCaCertificates() turns off its on-demand
// lookup; loading it all costs about 88 ms per run). False, with *error naming the library
// and what is missing, when libcrypto cannot be loaded (cryptolibrary.h): not checked is
// not verified.
bool chainVerifiesWith(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &extraCaCertificates, QString *error = nullptr);

} // namespace selfmx::smtp
