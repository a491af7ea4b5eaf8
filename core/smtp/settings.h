// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "types.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace selfmx::smtp {

// Everything a session needs to reach and log in to one SMTP server. Defaults are those of
// the SelfMX SMTP settings page: port 587, TLS on, verification on, 30 s, pool of 10.
struct Settings {
    QString host;
    quint16 port = 587;
    QString username;
    QString password; // held in memory only; stored in the keychain, never in a file
    bool tls = true;  // SMTP_TLS
    std::optional<TlsMode> tlsModeOverride; // SMTP_TLS_MODE: real servers run TLS on odd ports
    bool verifyPeer = true;                 // SMTP_TLS_VERIFY
    QString caFile;                         // SMTP_TLS_CA_FILE: an extra trusted CA (PEM)
    QByteArray pinnedSha256;                // SMTP_TLS_PIN_SHA256: accept this exact certificate (hex)
    std::chrono::milliseconds timeout{30000}; // SMTP_TIMEOUT, bounds every stage
    int poolSize = 10;                      // SMTP_POOL_SIZE, the relay's connections
    QString ehloName;                       // SMTP_EHLO_NAME; empty: derived from this host
    AuthMechanism authMechanism = AuthMechanism::Auto; // SMTP_AUTH_MECHANISM
    bool allowPlaintextAuth = false;        // SMTP_ALLOW_PLAINTEXT_AUTH (loopback always may)

    // SMTP_TLS=true + 465: implicit; true + any other port: STARTTLS; false: none.
    // SMTP_TLS_MODE, when set, wins.
    TlsMode tlsMode() const;
    bool hasCredentials() const { return !username.isEmpty(); }
};

// One problem with one variable; message names the accepted values.
struct SettingsIssue {
    QString variable;
    QString message;
    QString toString() const { return variable + QStringLiteral(": ") + message; }
};

struct ParsedSettings {
    Settings settings;
    QList<SettingsIssue> errors;   // the settings cannot be used
    QList<SettingsIssue> warnings; // they can, but someone should know (verification off)
    QStringList unknownKeys;       // SMTP_* names we do not know: typos, reported not dropped
    bool ok() const { return errors.isEmpty(); }
};

// SMTP_POOL_SIZE's documented range.
constexpr int MinPoolSize = 1;
constexpr int MaxPoolSize = 100;

// The rules for already-typed settings (a stored profile, a form): host present and
// well-formed, port not 0, timeout positive, pool size in range. parseSettings() applies
// the same rules to text, naming the text it could not read.
QList<SettingsIssue> checkSettings(const Settings &settings);

// The documented variable names, in the order of the settings page, then our additions.
const QStringList &knownVariables();

// Reads SMTP_* values (from the environment or a .env file) over a base (a stored profile,
// or the defaults). Empty values count as unset.
ParsedSettings parseSettings(const QHash<QString, QString> &variables, const Settings &base = Settings());
QHash<QString, QString> smtpVariables(const QProcessEnvironment &environment);

// Host syntax: a DNS name (RFC 1123 labels; IDN allowed) or an IPv4/IPv6 address.
bool isValidHost(const QString &host);

} // namespace selfmx::smtp
