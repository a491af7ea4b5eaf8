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

// Whether `tlsa` authenticates the chain the server presented (DER, leaf first), as an SMTP
// client may use it (RFC 7672 §3.1): DANE-EE (3) matches the leaf, name not checked;
// DANE-TA (2) matches a certificate of the chain that the leaf really chains up to
// (issuer names and signatures), and the leaf must carry `host` (the TLSA base domain).
// PKIX-TA/PKIX-EE (0, 1) are unusable for SMTP (§3.1.3) and match nothing. Selector 0 is
// the whole certificate, 1 its SubjectPublicKeyInfo; matching type 0 exact, 1 SHA-256, 2 SHA-512.
// False, with *error naming the library and what is missing, when libcrypto cannot be loaded
// (smtp/cryptolibrary.h): not checked is not a match.
bool tlsaMatches(const Record &tlsa, const QList<QByteArray> &chainDer, const QString &host, QString *error = nullptr);
// PKIX-TA/PKIX-EE: published, but an SMTP client does not use them (RFC 7672 §3.1.3).
inline bool tlsaUsableForSmtp(const Record &tlsa)
{
    return tlsa.usage == 2 || tlsa.usage == 3;
}

} // namespace selfmx::dns
