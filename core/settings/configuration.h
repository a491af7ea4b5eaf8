// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/settings.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace selfmx::settings {

// The local relay's settings, with SelfMX's names and the console's defaults
// (../shared/reference/relay-api.md): loopback only, no CORS, a pool of 10 SMTP sessions.
struct RelaySettings {
    QString host = QStringLiteral("127.0.0.1"); // HOST: the console binds loopback unless told
    quint16 port = 8080;                        // PORT
    QString apiKey;                             // API_KEY: held in memory only; the keychain's
    int rateLimitRequests = 100;                // RATE_LIMIT_REQUESTS per window and key
    std::chrono::seconds rateLimitWindow{60};   // RATE_LIMIT_WINDOW
    int queueWorkers = 4;                       // QUEUE_WORKERS
    int queueRetryAttempts = 3;                 // QUEUE_RETRY_ATTEMPTS
    std::chrono::seconds queueRetryDelay{60};   // QUEUE_RETRY_DELAY
    int queueRetentionDays = 7;                 // QUEUE_RETENTION: delivered bodies kept (0: for ever)
    QString logLevel = QStringLiteral("info");  // LOG_LEVEL
    QString logFormat = QStringLiteral("json"); // LOG_FORMAT
    QStringList corsOrigins;                    // CORS_ORIGINS: none by default
    int maxBodyMiB = 40;                        // MAX_BODY_SIZE: larger request bodies get 413
    int poolSize = 10;                          // SMTP_POOL_SIZE: SMTP sessions the relay keeps
};

// Everything the field table describes: the SMTP session's settings, the relay's, and the
// default sender. A stored profile is one of these plus its name, provider and id.
struct Configuration {
    smtp::Settings smtp;
    RelaySettings relay;
    QString defaultSender; // SMTP_FROM
    QString dnsServer;     // DNS_SERVER: "addr[:port]" for the DNS checks; empty: the system's
};

} // namespace selfmx::settings
