// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/settings.h"

#include <QList>
#include <QObject>
#include <QString>

namespace selfmx::profile {
Q_NAMESPACE

enum class Provider { Custom, SendGrid, Mailgun, AmazonSes, Postmark, Postfix };
Q_ENUM_NS(Provider)

// One delivery setup. The connection fields are smtp::Settings with the documented
// defaults (587, TLS on, verify on, 30 s, pool 10); the password is never part of a stored
// profile: it lives in the keychain (SecretStore) and is joined in only to connect.
struct Profile {
    QString id; // stable: the keychain key is derived from it, so renaming keeps the secret
    QString name;
    Provider provider = Provider::Custom;
    QString region; // Amazon SES region, or "us"/"eu" for Mailgun
    smtp::Settings smtp;
    QString defaultSender;
    bool hasPassword = false; // a password is stored in the keychain for this profile
};

// A problem with one field; `field` is the SMTP_* name where there is one.
struct FieldIssue {
    QString field;
    QString message;
    QString toString() const { return field + QStringLiteral(": ") + message; }
};

// Errors that make a profile unusable: every one names its field and the accepted values.
QList<FieldIssue> validate(const Profile &profile);
// Provider knowledge: likely mistakes that are not errors (SendGrid's literal "apikey",
// SES IAM keys instead of SMTP credentials, a port the provider does not serve, ...).
QList<FieldIssue> providerHints(const Profile &profile, const QString &password);

struct ProviderPreset {
    Provider provider;
    QString key;         // "sendgrid", used on the command line and in files
    QString displayName; // "SendGrid"
    QString host;        // empty: the user's own
    QString username;    // a fixed user name (SendGrid's "apikey"), else empty
    QList<quint16> ports;        // the ports the provider serves
    QList<quint16> implicitTlsPorts; // those of them that are implicit TLS
    QStringList regions;
    QString notes;
};

const QList<ProviderPreset> &presets();
const ProviderPreset &preset(Provider provider);
std::optional<Provider> providerFromKey(const QString &key);
QString providerKey(Provider provider);
// A new profile filled from a preset; region picks the host for SES and Mailgun.
Profile profileFromPreset(Provider provider, const QString &region = QString());
QString sesHost(const QString &region);

} // namespace selfmx::profile
