// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QHash>
#include <QString>

namespace selfmx::test {

// A value for every field of the settings table, none at its default and each passing its
// rules: what the round-trip tests push through parsing, storage, export and import.
inline QHash<QString, QString> everySetting(const QString &password = QStringLiteral("p\u00e4ss 'w\"$x"))
{
    return {
        {QStringLiteral("SMTP_HOST"), QStringLiteral("smtp.example.test")},
        {QStringLiteral("SMTP_PORT"), QStringLiteral("2525")},
        {QStringLiteral("SMTP_USER"), QStringLiteral("user name")},
        {QStringLiteral("SMTP_PASS"), password},
        {QStringLiteral("SMTP_TLS"), QStringLiteral("false")},
        {QStringLiteral("SMTP_TLS_VERIFY"), QStringLiteral("false")},
        {QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("12.5")},
        {QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("implicit")},
        {QStringLiteral("SMTP_TLS_CA_FILE"), QStringLiteral("/etc/ssl/my ca.pem")},
        {QStringLiteral("SMTP_TLS_PIN_SHA256"), QStringLiteral("ab").repeated(32)},
        {QStringLiteral("SMTP_AUTH_MECHANISM"), QStringLiteral("LOGIN")},
        {QStringLiteral("SMTP_EHLO_NAME"), QStringLiteral("client.example.test")},
        {QStringLiteral("SMTP_ALLOW_PLAINTEXT_AUTH"), QStringLiteral("true")},
        {QStringLiteral("SMTP_FROM"), QStringLiteral("Acme <hi@acme.example>")},
        {QStringLiteral("DNS_SERVER"), QStringLiteral("[2001:db8::53]:5353")},
        {QStringLiteral("HOST"), QStringLiteral("0.0.0.0")},
        {QStringLiteral("PORT"), QStringLiteral("9025")},
        {QStringLiteral("API_KEY"), QStringLiteral("0123456789abcdef").repeated(4)},
        {QStringLiteral("RATE_LIMIT_REQUESTS"), QStringLiteral("250")},
        {QStringLiteral("RATE_LIMIT_WINDOW"), QStringLiteral("30")},
        {QStringLiteral("QUEUE_WORKERS"), QStringLiteral("8")},
        {QStringLiteral("QUEUE_RETRY_ATTEMPTS"), QStringLiteral("5")},
        {QStringLiteral("QUEUE_RETRY_DELAY"), QStringLiteral("120")},
        {QStringLiteral("QUEUE_RETENTION"), QStringLiteral("30")},
        {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")},
        {QStringLiteral("LOG_FORMAT"), QStringLiteral("text")},
        {QStringLiteral("CORS_ORIGINS"), QStringLiteral("https://a.example,https://b.example")},
        {QStringLiteral("MAX_BODY_SIZE"), QStringLiteral("2")},
        {QStringLiteral("SMTP_POOL_SIZE"), QStringLiteral("3")},
    };
}

} // namespace selfmx::test
