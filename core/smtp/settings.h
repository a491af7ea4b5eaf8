// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "types.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace selfmx::smtp {

// Everything a session needs to reach and log in to one SMTP server. Defaults are those of
// the SelfMX SMTP settings page: port 587, TLS on, verification on, 30 s. The text forms of
// these values (SMTP_* variables, profiles, forms) are read and written by the field table
// in core/settings, the one place that knows the rules.
struct Settings {
    QString host;
    quint16 port = 587;
    QString username;
    QString password;                                  // held in memory only; stored in the keychain, never in a file
    bool tls = true;                                   // SMTP_TLS
    std::optional<TlsMode> tlsModeOverride;            // SMTP_TLS_MODE: real servers run TLS on odd ports
    bool verifyPeer = true;                            // SMTP_TLS_VERIFY
    QString caFile;                                    // SMTP_TLS_CA_FILE: an extra trusted CA (PEM)
    QByteArray pinnedSha256;                           // SMTP_TLS_PIN_SHA256: accept this exact certificate (hex)
    std::chrono::milliseconds timeout{30000};          // SMTP_TIMEOUT, bounds every stage
    QString ehloName;                                  // SMTP_EHLO_NAME; empty: derived from this host
    AuthMechanism authMechanism = AuthMechanism::Auto; // SMTP_AUTH_MECHANISM
    bool allowPlaintextAuth = false;                   // SMTP_ALLOW_PLAINTEXT_AUTH (loopback always may)
    // Not a user setting: the name the TLS handshake sends as SNI (RFC 6066 §3) and verifies
    // the certificate for, when `host` is an address found by other means (check-domain
    // --dane resolves the name through its own DNSSEC-validating resolver). Empty: the host.
    QString tlsServerName;

    // SMTP_TLS=true + 465: implicit; true + any other port: STARTTLS; false: none.
    // SMTP_TLS_MODE, when set, wins.
    TlsMode tlsMode() const;
    bool hasCredentials() const { return !username.isEmpty(); }
    // The host to connect to and verify: an IPv6 literal without its brackets
    // ("[::1]" -> "::1", as people copy it from URLs); anything else as typed.
    QString connectHost() const;
    // tlsServerName, or else connectHost(): what SNI carries (nothing for an IP address,
    // RFC 6066 §3) and what the certificate must name.
    QString tlsName() const { return tlsServerName.isEmpty() ? connectHost() : tlsServerName; }
};

// Host syntax: a DNS name (RFC 1123 labels; IDN allowed) or an IPv4/IPv6 address.
bool isValidHost(const QString &host);

} // namespace selfmx::smtp
