// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "settings/configuration.h"
#include "settings/fields.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace selfmx::profile {
Q_NAMESPACE

enum class Provider { Custom, SendGrid, Mailgun, AmazonSes, Postmark, Postfix, Gmail, Microsoft365, Outlook };
Q_ENUM_NS(Provider)

// One delivery setup: a Configuration (the field table's values: SMTP, relay, default
// sender) with a name, a provider and a stable id. Secrets are never part of a stored
// profile: they live in the keychain (SecretStore) and are joined in only to connect.
struct Profile : settings::Configuration {
    QString id; // stable: the keychain keys derive from it, so renaming keeps the secrets
    QString name;
    Provider provider = Provider::Custom;
    QString region;           // Amazon SES region, or "us"/"eu" for Mailgun
    bool hasPassword = false; // SMTP_PASS is in the keychain for this profile
    bool hasApiKey = false;   // API_KEY (the relay's) is in the keychain for this profile
    // Stored values that broke the rules when the profile was read (a hand-edited file):
    // such a profile is listed but not used. Each issue's parameters name the file.
    QList<settings::Issue> loadIssues;
};

// Whether a secret field (SMTP_PASS, API_KEY) is stored for `profile`.
bool hasSecret(const Profile &profile, const QString &fieldKey);
void setHasSecret(Profile &profile, const QString &fieldKey, bool stored);

// Errors that make a profile unusable: every one names its field (the field table's key, or
// "name" / "region") and carries the accepted values as parameters.
QList<settings::Issue> validate(const Profile &profile);
// Provider knowledge: likely mistakes that are not errors (SendGrid's literal "apikey",
// SES IAM keys instead of SMTP credentials, a port the provider does not serve, ...).
// Codes: provider.port, provider.implicit_port, sendgrid.user, sendgrid.key,
// postmark.token, ses.iam_key, ses.region_host, ses.tls, mailgun.user, mailgun.eu_host,
// provider.user_address (Gmail, Microsoft 365, Outlook.com log in with the full address), port25.
QList<settings::Issue> providerHints(const Profile &profile, const QString &password);

struct ProviderPreset {
    Provider provider;
    QString key;                     // "sendgrid", used on the command line and in files
    QString displayName;             // "SendGrid"
    QString host;                    // empty: the user's own
    QString username;                // a fixed user name (SendGrid's "apikey"), else empty
    QList<quint16> ports;            // the ports the provider serves
    QList<quint16> implicitTlsPorts; // those of them that are implicit TLS
    QStringList regions;
    const char *notes; // source text, context "selfmx::profile::Provider"
    // Where the provider issues the SMTP credentials (or explains how to): the wizard's
    // link beside the fields. Empty: no such page (your own server, custom).
    QString credentialsUrl;
};

const QList<ProviderPreset> &presets();
const ProviderPreset &preset(Provider provider);
std::optional<Provider> providerFromKey(const QString &key);
QString providerKey(Provider provider);
// A new profile filled from a preset; region picks the host for SES and Mailgun.
Profile profileFromPreset(Provider provider, const QString &region = QString());
QString sesHost(const QString &region);

// The provider a sending address (or a bare domain) belongs to, from a table of well-known
// mailbox domains shipped with the program: gmail.com -> Gmail, outlook.com -> Outlook.com,
// ... `domain` is the table's entry that matched (a subdomain of it matches too).
struct DomainMatch {
    Provider provider = Provider::Custom;
    QString domain;
    QString region; // from a regional SMTP host name (SES, Mailgun EU); else empty
    friend bool operator==(const DomainMatch &, const DomainMatch &) = default;
};
std::optional<DomainMatch> presetForAddress(const QString &addressOrDomain);
// The table itself (domain -> provider), for documentation and tests.
const QList<DomainMatch> &wellKnownDomains();

} // namespace selfmx::profile
