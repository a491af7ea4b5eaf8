// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "records.h"

#include <QByteArray>
#include <QList>
#include <QString>

// DANE for SMTP (RFC 6698, RFC 7672): TLSA records matched against a certificate chain.
namespace selfmx::dns {

// "_25._tcp.mail.example.com"
QString tlsaName(const QString &host, quint16 port);

// Whether `tlsa` matches the chain the server presented (DER, leaf first). Usages 1 and 3
// (PKIX-EE, DANE-EE) look at the leaf, 0 and 2 (PKIX-TA, DANE-TA) at every certificate;
// selector 0 is the whole certificate, 1 its SubjectPublicKeyInfo; matching type 0 exact,
// 1 SHA-256, 2 SHA-512. (PKIX path validation for usages 0/1 is the TLS session's.)
bool tlsaMatches(const Record &tlsa, const QList<QByteArray> &chainDer);

} // namespace selfmx::dns
