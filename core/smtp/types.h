// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// The small enums shared by the whole SMTP layer. They live in one Q_NAMESPACE so that
// logs, transcripts and JSON print names ("Stage::Auth"), not numbers.
namespace selfmx::smtp {
Q_NAMESPACE

// Where in a session something happened. The order is the order of a session, and the
// command line maps each stage to its own exit status (see README, "Exit status").
enum class Stage {
    None,
    Resolve,
    Connect,
    Greeting,
    Tls,
    Ehlo,
    Auth,
    Sender,
    Recipient,
    Data,
    Quit,
};
Q_ENUM_NS(Stage)

// What kind of failure it was, independent of the words used to describe it.
enum class ErrorCategory {
    None,
    Config,               // the settings or the message cannot work (missing host, unreadable
                          // CA file, no recipients, an unsafe address, unreadable content)
    HostNotFound,         // the name does not resolve
    ConnectionRefused,    // nothing listening, or a firewall reject
    Network,              // unreachable, reset, closed by the server
    Timeout,              // no progress within SMTP_TIMEOUT
    Protocol,             // the server broke the protocol (garbage, overlong line)
    ServiceUnavailable,   // 421 / 554 greeting: the server will not talk to us
    TlsRequired,          // TLS is required but the server does not offer STARTTLS
    TlsHandshake,         // the TLS handshake itself failed
    TlsVerification,      // the handshake worked but the certificate did not verify
    AuthUnavailable,      // credentials given but no usable AUTH mechanism
    AuthRefusedPlaintext, // refused to send credentials without TLS
    AuthFailed,           // the server rejected the credentials
    Rejected,             // a 5xx reply: permanent
    TemporaryFailure,     // a 4xx reply: try again later
    MessageTooLarge,      // larger than the server's SIZE
    Unsupported,          // the message needs an extension the server lacks (SMTPUTF8)
    Cancelled,
};
Q_ENUM_NS(ErrorCategory)

// SMTP_TLS / SMTP_TLS_MODE: how the connection is secured.
enum class TlsMode {
    Implicit, // TLS from the first byte (port 465 by convention)
    StartTls, // plaintext greeting, then STARTTLS; required, never downgraded
    None,     // plaintext throughout
};
Q_ENUM_NS(TlsMode)

enum class AuthMechanism {
    Auto, // the strongest the server offers
    CramMd5,
    Plain,
    Login,
};
Q_ENUM_NS(AuthMechanism)

enum class Direction {
    Client, // C: sent by us
    Server, // S: received
    Info,   // *: a note from the session (TLS established, bytes of DATA, ...)
};
Q_ENUM_NS(Direction)

QString stageName(Stage stage);       // "auth"
QString tlsModeName(TlsMode mode);    // "starttls"
QString mechanismName(AuthMechanism); // "CRAM-MD5"

} // namespace selfmx::smtp
