// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "profile.h"

#include "envfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace selfmx::profile {

// Facts from each provider's public SMTP documentation.
const QList<ProviderPreset> &presets()
{
    static const QList<ProviderPreset> list = {
        {Provider::SendGrid,
         QStringLiteral("sendgrid"),
         QStringLiteral("SendGrid"),
         QStringLiteral("smtp.sendgrid.net"),
         QStringLiteral("apikey"),
         {587, 25, 2525, 465},
         {465},
         {},
         QT_TRANSLATE_NOOP("selfmx::profile::Provider",
                           "User name is the literal word apikey; the password is an API key with Mail Send permission (starts with SG.)."),
         QStringLiteral("https://app.sendgrid.com/settings/api_keys")},
        {Provider::Mailgun,
         QStringLiteral("mailgun"),
         QStringLiteral("Mailgun"),
         QStringLiteral("smtp.mailgun.org"),
         QString(),
         {587, 25, 2525, 465},
         {465},
         {QStringLiteral("us"), QStringLiteral("eu")},
         QT_TRANSLATE_NOOP(
             "selfmx::profile::Provider",
             "User name is the domain's SMTP login, e.g. postmaster@your-domain.mailgun.org; EU domains use smtp.eu.mailgun.org."),
         QStringLiteral("https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp")},
        {Provider::AmazonSes,
         QStringLiteral("ses"),
         QStringLiteral("Amazon SES"),
         sesHost(QStringLiteral("us-east-1")),
         QString(),
         {587, 25, 2587, 465, 2465},
         {465, 2465},
         {QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),      QStringLiteral("us-west-1"),
          QStringLiteral("us-west-2"),      QStringLiteral("ca-central-1"),   QStringLiteral("eu-west-1"),
          QStringLiteral("eu-west-2"),      QStringLiteral("eu-west-3"),      QStringLiteral("eu-central-1"),
          QStringLiteral("eu-north-1"),     QStringLiteral("eu-south-1"),     QStringLiteral("ap-south-1"),
          QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"), QStringLiteral("ap-northeast-1"),
          QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"), QStringLiteral("sa-east-1"),
          QStringLiteral("me-south-1"),     QStringLiteral("af-south-1"),     QStringLiteral("il-central-1")},
         QT_TRANSLATE_NOOP("selfmx::profile::Provider",
                           "Use SMTP credentials created for this region (not IAM access keys); every connection must use TLS."),
         QStringLiteral("https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html")},
        {Provider::Postmark,
         QStringLiteral("postmark"),
         QStringLiteral("Postmark"),
         QStringLiteral("smtp.postmarkapp.com"),
         QString(),
         {587, 25, 2525},
         {},
         {},
         QT_TRANSLATE_NOOP("selfmx::profile::Provider",
                           "The Server API token is both user name and password (an SMTP Token has a separate access and secret key)."),
         QStringLiteral("https://postmarkapp.com/developer/user-guide/send-email-with-smtp")},
        {Provider::Postfix,
         QStringLiteral("postfix"),
         QStringLiteral("Self-hosted (Postfix)"),
         QString(),
         QString(),
         {587, 465, 25},
         {465},
         {},
         QT_TRANSLATE_NOOP("selfmx::profile::Provider", "Your own server: submission on 587 with STARTTLS, or 465 with implicit TLS."),
         QStringLiteral("https://www.postfix.org/SASL_README.html")},
        // Gmail and Google Workspace: the same submission servers and the same rules.
        {Provider::Gmail,
         QStringLiteral("gmail"),
         QStringLiteral("Gmail / Google Workspace"),
         QStringLiteral("smtp.gmail.com"),
         QString(),
         {587, 465},
         {465},
         {},
         QT_TRANSLATE_NOOP("selfmx::profile::Provider",
                           "User name is your full Gmail or Workspace address; the password is an app password (16 letters, "
                           "needs 2-Step Verification), not the account password. Workspace administrators can turn app "
                           "passwords off."),
         QStringLiteral("https://myaccount.google.com/apppasswords")},
        // Microsoft 365 (Exchange Online) client submission: 587 with STARTTLS (25 also
        // answers); SMTP AUTH is off unless enabled for the mailbox (or the organisation).
        {Provider::Microsoft365,
         QStringLiteral("microsoft365"),
         QStringLiteral("Microsoft 365"),
         QStringLiteral("smtp.office365.com"),
         QString(),
         {587, 25},
         {},
         {},
         QT_TRANSLATE_NOOP("selfmx::profile::Provider",
                           "User name is the mailbox's full address. Authenticated SMTP (SMTP AUTH) must be enabled for this "
                           "mailbox in the Microsoft 365 admin center; security defaults turn it off for the whole organisation."),
         QStringLiteral("https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission")},
        // Outlook.com (the consumer service: outlook.com, hotmail.com, live.com) has its own
        // host, and Microsoft documents only 587 with STARTTLS for it.
        {Provider::Outlook,
         QStringLiteral("outlook"),
         QStringLiteral("Outlook.com (Hotmail, Live)"),
         QStringLiteral("smtp-mail.outlook.com"),
         QString(),
         {587},
         {},
         {},
         QT_TRANSLATE_NOOP("selfmx::profile::Provider",
                           "User name is your full Outlook.com address. Microsoft is moving Outlook.com to OAuth sign-in, which "
                           "this program does not offer: an app password (with two-step verification) works only while the "
                           "account still accepts password sign-in."),
         QStringLiteral("https://account.live.com/proofs/AppPassword")},
        {Provider::Custom, QStringLiteral("custom"), QStringLiteral("Custom"), QString(), QString(), {}, {}, {}, "", QString()},
    };
    return list;
}

QString sesHost(const QString &region)
{
    return QStringLiteral("email-smtp.%1.amazonaws.com").arg(region);
}

// Mailbox domains whose SMTP server is known. A company's own domain on Google Workspace or
// Microsoft 365 cannot be told from its name (that needs its MX records): the user picks.
const QList<DomainMatch> &wellKnownDomains()
{
    static const QList<DomainMatch> table = [] {
        QList<DomainMatch> t;
        auto add = [&t](Provider provider, std::initializer_list<const char *> domains) {
            for (const char *d : domains)
                t.append({provider, QString::fromLatin1(d), QString()});
        };
        add(Provider::Gmail, {"gmail.com", "googlemail.com"});
        add(Provider::Outlook, {"outlook.com", "hotmail.com", "live.com", "msn.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de",
                                "hotmail.it", "hotmail.es", "live.co.uk", "live.fr", "live.de", "outlook.de", "outlook.fr"});
        add(Provider::Microsoft365, {"onmicrosoft.com"}); // a tenant's own default domain
        // The providers' own domains (their sandbox addresses); SMTP host names are
        // recognised by guessProvider().
        add(Provider::SendGrid, {"sendgrid.net"});
        add(Provider::Mailgun, {"mailgun.org"});
        add(Provider::Postmark, {"postmarkapp.com"});
        return t;
    }();
    return table;
}

std::optional<DomainMatch> presetForAddress(const QString &addressOrDomain)
{
    QString domain = addressOrDomain.trimmed().toLower();
    if (const qsizetype at = domain.lastIndexOf(u'@'); at >= 0)
        domain = domain.mid(at + 1);
    while (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.isEmpty())
        return std::nullopt;
    // An SMTP host name of a provider with regions (SES, Mailgun EU) says the region too.
    QString region;
    const Provider byHost = guessProvider(domain, &region);
    if (byHost != Provider::Custom)
        return DomainMatch{byHost, domain, region};
    for (const DomainMatch &entry : wellKnownDomains()) {
        if (domain == entry.domain || domain.endsWith(u'.' + entry.domain))
            return entry;
    }
    return std::nullopt;
}

const ProviderPreset &preset(Provider provider)
{
    for (const ProviderPreset &p : presets()) {
        if (p.provider == provider)
            return p;
    }
    return presets().last();
}

std::optional<Provider> providerFromKey(const QString &key)
{
    for (const ProviderPreset &p : presets()) {
        if (p.key.compare(key, Qt::CaseInsensitive) == 0)
            return p.provider;
    }
    return std::nullopt;
}

QString providerKey(Provider provider)
{
    return preset(provider).key;
}

Profile profileFromPreset(Provider provider, const QString &region)
{
    const ProviderPreset &p = preset(provider);
    Profile profile;
    profile.provider = provider;
    profile.smtp.host = p.host;
    profile.smtp.username = p.username;
    if (provider == Provider::AmazonSes) {
        profile.region = region.isEmpty() ? QStringLiteral("us-east-1") : region;
        profile.smtp.host = sesHost(profile.region);
    } else if (provider == Provider::Mailgun) {
        profile.region = region.isEmpty() ? QStringLiteral("us") : region.toLower();
        profile.smtp.host = profile.region == u"eu" ? QStringLiteral("smtp.eu.mailgun.org") : QStringLiteral("smtp.mailgun.org");
    }
    return profile;
}

bool hasSecret(const Profile &profile, const QString &fieldKey)
{
    return fieldKey == u"SMTP_PASS" ? profile.hasPassword : fieldKey == u"API_KEY" ? profile.hasApiKey : false;
}

void setHasSecret(Profile &profile, const QString &fieldKey, bool stored)
{
    if (fieldKey == u"SMTP_PASS")
        profile.hasPassword = stored;
    else if (fieldKey == u"API_KEY")
        profile.hasApiKey = stored;
}

QList<settings::Issue> validate(const Profile &profile)
{
    QList<settings::Issue> issues;
    if (profile.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), QStringLiteral("required"), {}});
    else if (profile.name.contains(u'\n') || profile.name.contains(u'\r') || profile.name.contains(u'/'))
        issues.append({QStringLiteral("name"), QStringLiteral("bad_name"), {{QStringLiteral("value"), profile.name}}});
    issues += settings::check(profile);
    const QStringList &regions = preset(Provider::AmazonSes).regions;
    if (profile.provider == Provider::AmazonSes && !regions.contains(profile.region))
        issues.append({QStringLiteral("region"),
                       QStringLiteral("not_a_region"),
                       {{QStringLiteral("value"), profile.region}, {QStringLiteral("choices"), regions}}});
    return issues;
}

QList<settings::Issue> providerHints(const Profile &profile, const QString &password)
{
    QList<settings::Issue> hints;
    const smtp::Settings &s = profile.smtp;
    const ProviderPreset &p = preset(profile.provider);
    auto hint = [&hints, &p](const char *key, const char *code, QVariantMap parameters = {}) {
        parameters.insert(QStringLiteral("provider"), p.displayName);
        hints.append({QString::fromLatin1(key), QString::fromLatin1(code), parameters});
    };
    if (!p.ports.isEmpty() && !p.ports.contains(s.port)) {
        QStringList ports;
        for (quint16 port : p.ports)
            ports.append(QString::number(port));
        hint("SMTP_PORT", "provider.port", {{QStringLiteral("ports"), ports}, {QStringLiteral("value"), s.port}});
    }
    if (p.implicitTlsPorts.contains(s.port) && s.tlsMode() != smtp::TlsMode::Implicit)
        hint("SMTP_TLS_MODE", "provider.implicit_port", {{QStringLiteral("port"), s.port}});
    switch (profile.provider) {
    case Provider::SendGrid:
        if (s.username != u"apikey")
            hint("SMTP_USER", "sendgrid.user", {{QStringLiteral("value"), s.username}});
        if (!password.isEmpty() && !password.startsWith(QStringLiteral("SG.")))
            hint("SMTP_PASS", "sendgrid.key");
        break;
    case Provider::Postmark:
        if (!password.isEmpty() && s.username != password)
            hint("SMTP_USER", "postmark.token");
        break;
    case Provider::AmazonSes: {
        static const QRegularExpression accessKey(QStringLiteral("^AKIA[A-Z0-9]{16}$"));
        if (accessKey.match(s.username).hasMatch() && password.size() == 40)
            hint("SMTP_PASS", "ses.iam_key", {{QStringLiteral("region"), profile.region}});
        if (!s.host.endsWith(QStringLiteral("amazonaws.com")) || (!profile.region.isEmpty() && !s.host.contains(profile.region)))
            hint("SMTP_HOST", "ses.region_host", {{QStringLiteral("expected"), sesHost(profile.region)}});
        if (s.tlsMode() == smtp::TlsMode::None)
            hint("SMTP_TLS", "ses.tls");
        break;
    }
    case Provider::Mailgun:
        if (!s.username.isEmpty() && !s.username.contains(u'@'))
            hint("SMTP_USER", "mailgun.user", {{QStringLiteral("value"), s.username}});
        if (profile.region == u"eu" && s.host != u"smtp.eu.mailgun.org")
            hint("SMTP_HOST", "mailgun.eu_host", {{QStringLiteral("expected"), QStringLiteral("smtp.eu.mailgun.org")}});
        break;
    case Provider::Gmail:
    case Provider::Microsoft365:
    case Provider::Outlook:
        // They log in with the mailbox's full address.
        if (!s.username.isEmpty() && !s.username.contains(u'@'))
            hint("SMTP_USER", "provider.user_address", {{QStringLiteral("value"), s.username}});
        break;
    case Provider::Postfix:
    case Provider::Custom: break;
    }
    if (s.port == 25)
        hint("SMTP_PORT", "port25");
    return hints;
}

} // namespace selfmx::profile
