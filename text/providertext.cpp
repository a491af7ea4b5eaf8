// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "providertext.h"

namespace selfmx::text {

using profile::Provider;

QString ProviderText::name(Provider provider)
{
    switch (provider) {
    case Provider::Postfix: return tr("Self-hosted (Postfix)");
    case Provider::Custom:
        //: A provider choice: any SMTP server not in the list
        return tr("Other server");
    case Provider::SendGrid:
    case Provider::Mailgun:
    case Provider::AmazonSes:
    case Provider::Postmark:
    case Provider::Gmail:
    case Provider::Microsoft365:
    case Provider::Outlook: break; // brand names stay as they are
    }
    return profile::preset(provider).displayName;
}

QString ProviderText::rules(Provider provider)
{
    const char *notes = profile::preset(provider).notes;
    if (provider == Provider::Custom || !notes || !*notes)
        return tr("Use the user name and password your mail server's administrator gave you.");
    return QCoreApplication::translate("selfmx::profile::Provider", notes);
}

QString ProviderText::userPlaceholder(Provider provider)
{
    switch (provider) {
    case Provider::SendGrid: return QStringLiteral("apikey");
    case Provider::Mailgun: return tr("postmaster@your-domain");
    case Provider::AmazonSes: return tr("SMTP user name (starts with AKIA)");
    case Provider::Postmark: return tr("Server API token");
    case Provider::Gmail: return tr("you@gmail.com");
    case Provider::Microsoft365: return tr("you@your-company.com");
    case Provider::Outlook: return tr("you@outlook.com");
    case Provider::Postfix:
    case Provider::Custom: break;
    }
    return tr("user name");
}

QString ProviderText::matched(const profile::DomainMatch &match)
{
    //: %1 is a provider ("Gmail / Google Workspace"), %2 the domain that matched ("gmail.com")
    return tr("Picked %1, because the address is at %2.").arg(name(match.provider), match.domain);
}

QString ProviderText::notMatched(const QString &domain)
{
    return tr("%1 is not a domain the console knows: pick your provider from the list, or \"Other server\".").arg(domain);
}

QString ProviderText::credentialsLink(Provider provider)
{
    const QString url = profile::preset(provider).credentialsUrl;
    if (url.isEmpty())
        return QString();
    //: %1 is a link's address, %2 the provider's name
    return tr("Where %2 issues them: <a href=\"%1\">%1</a>").arg(url.toHtmlEscaped(), name(provider).toHtmlEscaped());
}

QString ProviderText::region(Provider provider, const QString &region)
{
    if (provider == Provider::Mailgun)
        return region == u"eu" ? tr("EU (smtp.eu.mailgun.org)") : tr("US (smtp.mailgun.org)");
    return region;
}

} // namespace selfmx::text
