// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "profile/profile.h"

#include <QCoreApplication>
#include <QString>

namespace selfmx::text {

// The providers in words: their names as a list shows them, their rules for credentials (the
// presets' notes, translated), which preset an address picked, and where each provider
// issues SMTP credentials. Core keeps the facts (profile::presets()); this says them.
class ProviderText
{
    Q_DECLARE_TR_FUNCTIONS(ProviderText)
public:
    // "SendGrid", "Mailgun", "Self-hosted (Postfix)", "Other server"
    static QString name(profile::Provider provider);
    // The provider's own rules for user name and password (one or two sentences).
    static QString rules(profile::Provider provider);
    // What the user name field expects, as a placeholder: "apikey", "you@gmail.com", ...
    static QString userPlaceholder(profile::Provider provider);
    // "Gmail / Google Workspace, because the address is at gmail.com."
    static QString matched(const profile::DomainMatch &match);
    // No preset for a domain: what to do instead.
    static QString notMatched(const QString &domain);
    // Rich text with a link to where the provider issues SMTP credentials; empty for none.
    static QString credentialsLink(profile::Provider provider);
    // A region as the list shows it: "US", "EU", or an SES region as is.
    static QString region(profile::Provider provider, const QString &region);
};

} // namespace selfmx::text
