// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/capabilities.h"
#include "smtp/error.h"
#include "smtp/reply.h"
#include "smtp/settings.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace selfmx::diagnostics {

// What a report keeps of a certificate.
struct CertificateInfo {
    QString subject;
    QStringList subjectAltNames;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // "AB:CD:…", the text form SMTP_TLS_PIN_SHA256 accepts
    bool selfSigned = false;
    static CertificateInfo from(const QSslCertificate &certificate);
};

// One TCP connection attempt of the per-family probe.
struct ConnectAttempt {
    QString address;
    bool ipv6 = false;
    bool connected = false;
    qint64 connectMs = -1;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    QString errorText; // the OS's words (Qt's), empty when connected
};

// One RCPT TO of the sender/recipient probe.
struct RecipientOutcome {
    QString address;
    smtp::Reply reply;
};

// Everything the probes and the session saw, as plain values: the rules (rules.h) map it to
// findings without a network, so every rule can be tested by filling one of these.
struct Observation {
    smtp::Settings settings; // as diagnosed; the password is never copied into a finding
    QString provider;        // profile::providerKey: "sendgrid", "ses", …; "custom" or empty: none
    QString region;          // the provider's region, when it has one
    QString probeSender;
    QString probeRecipient;
    bool testSend = false;
    QDateTime now; // for the certificate expiry warning

    // DNS.
    bool hostNotFound = false;
    bool lookupTimedOut = false; // no answer within the timeout
    QString lookupError;         // the resolver's words
    QStringList addresses;

    // TCP per address family (the first IPv4 and the first IPv6 address), IPv4 first.
    QList<ConnectAttempt> connects;

    // The TLS-personality probe (only when the settings do not say implicit TLS): did a TLS
    // handshake on the port get a certificate or finish?
    bool tlsProbeSpokeTls = false;
    // The plaintext probe (only after an implicit-TLS handshake failed): the first line the
    // port sent in plaintext.
    QByteArray plaintextGreeting;

    // The SMTP session.
    bool sessionPassed = false; // connectionTestPassed() (outcome.h)
    bool sessionReady = false;  // got as far as sending mail (it may have failed later)
    smtp::Error error;          // its error, when it had one
    bool encrypted = false;
    smtp::Capabilities capabilities;
    smtp::Capabilities capabilitiesBeforeTls;
    QList<QSslError> ignoredSslErrors; // accepted: verification off, or the pin matched
    QList<CertificateInfo> chain;      // leaf first; also when verification failed
    // The same chain as the handshake presented it (DER, leaf first), as data: the sender
    // domain stage matches it against the host's TLSA records (DANE, RFC 7672) without a
    // second connection. Empty when the session never got as far as a TLS handshake.
    QList<QByteArray> chainDer;

    // MAIL FROM / RCPT TO probe (then RSET).
    bool probeRan = false;
    smtp::Error probeError;
    QList<RecipientOutcome> recipients;

    // The test message.
    bool sendRan = false;
    bool sendSucceeded = false;
    smtp::Reply dataReply;
    smtp::Error sendError;
};

} // namespace selfmx::diagnostics
