// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "profile.h"

#include "mime/address.h"

#include <QRegularExpression>

namespace selfmx::profile {

// Facts from each provider's public SMTP documentation.
const QList<ProviderPreset> &presets()
{
    static const QList<ProviderPreset> list = {
        {Provider::SendGrid, QStringLiteral("sendgrid"), QStringLiteral("SendGrid"), QStringLiteral("smtp.sendgrid.net"),
         QStringLiteral("apikey"), {587, 25, 2525, 465}, {465}, {},
         QStringLiteral("User name is the literal word apikey; the password is an API key with Mail Send permission (starts with SG.).")},
        {Provider::Mailgun, QStringLiteral("mailgun"), QStringLiteral("Mailgun"), QStringLiteral("smtp.mailgun.org"), QString(),
         {587, 25, 2525, 465}, {465}, {QStringLiteral("us"), QStringLiteral("eu")},
         QStringLiteral("User name is the domain's SMTP login, e.g. postmaster@your-domain.mailgun.org; EU domains use smtp.eu.mailgun.org.")},
        {Provider::AmazonSes, QStringLiteral("ses"), QStringLiteral("Amazon SES"), sesHost(QStringLiteral("us-east-1")), QString(),
         {587, 25, 2587, 465, 2465}, {465, 2465},
         {QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-1"), QStringLiteral("us-west-2"),
          QStringLiteral("ca-central-1"), QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2"), QStringLiteral("eu-west-3"),
          QStringLiteral("eu-central-1"), QStringLiteral("eu-north-1"), QStringLiteral("eu-south-1"), QStringLiteral("ap-south-1"),
          QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"), QStringLiteral("ap-northeast-1"),
          QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"), QStringLiteral("sa-east-1"),
          QStringLiteral("me-south-1"), QStringLiteral("af-south-1"), QStringLiteral("il-central-1")},
         QStringLiteral("Use SMTP credentials created for this region (not IAM access keys); every connection must use TLS.")},
        {Provider::Postmark, QStringLiteral("postmark"), QStringLiteral("Postmark"), QStringLiteral("smtp.postmarkapp.com"),
         QString(), {587, 25, 2525}, {}, {},
         QStringLiteral("The Server API token is both user name and password (an SMTP Token has a separate access and secret key).")},
        {Provider::Postfix, QStringLiteral("postfix"), QStringLiteral("Self-hosted (Postfix)"), QString(), QString(),
         {587, 465, 25}, {465}, {}, QStringLiteral("Your own server: submission on 587 with STARTTLS, or 465 with implicit TLS.")},
        {Provider::Custom, QStringLiteral("custom"), QStringLiteral("Custom"), QString(), QString(), {}, {}, {}, QString()},
    };
    return list;
}

QString sesHost(const QString &region)
{
    return QStringLiteral("email-smtp.%1.amazonaws.com").arg(region);
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

QList<FieldIssue> validate(const Profile &profile)
{
    QList<FieldIssue> issues;
    if (profile.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), QStringLiteral("is required; give the profile a name such as \"production\"")});
    else if (profile.name.contains(u'\n') || profile.name.contains(u'\r') || profile.name.contains(u'/'))
        issues.append({QStringLiteral("name"), QStringLiteral("may not contain line breaks or '/'")});
    for (const smtp::SettingsIssue &issue : smtp::checkSettings(profile.smtp))
        issues.append({issue.variable, issue.message});
    if (!profile.defaultSender.isEmpty()) {
        QString why;
        if (!mime::parseMailbox(profile.defaultSender, &why))
            issues.append({QStringLiteral("sender"), why});
    }
    if (profile.provider == Provider::AmazonSes && !preset(Provider::AmazonSes).regions.contains(profile.region))
        issues.append({QStringLiteral("region"), QStringLiteral("\"%1\" is not an SES region; use one of %2")
                                                     .arg(profile.region, preset(Provider::AmazonSes).regions.join(QStringLiteral(", ")))});
    return issues;
}

QList<FieldIssue> providerHints(const Profile &profile, const QString &password)
{
    QList<FieldIssue> hints;
    const smtp::Settings &s = profile.smtp;
    const ProviderPreset &p = preset(profile.provider);
    if (!p.ports.isEmpty() && !p.ports.contains(s.port)) {
        QStringList ports;
        for (quint16 port : p.ports)
            ports.append(QString::number(port));
        hints.append({QStringLiteral("SMTP_PORT"), QStringLiteral("%1 serves SMTP on ports %2, not %3")
                                                        .arg(p.displayName, ports.join(QStringLiteral(", ")))
                                                        .arg(s.port)});
    }
    if (p.implicitTlsPorts.contains(s.port) && s.tlsMode() != smtp::TlsMode::Implicit)
        hints.append({QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("port %1 of %2 expects implicit TLS; set SMTP_TLS_MODE=implicit")
                                                            .arg(s.port)
                                                            .arg(p.displayName)});
    switch (profile.provider) {
    case Provider::SendGrid:
        if (s.username != u"apikey")
            hints.append({QStringLiteral("SMTP_USER"), QStringLiteral("SendGrid's user name is the literal word apikey, not \"%1\"").arg(s.username)});
        if (!password.isEmpty() && !password.startsWith(QStringLiteral("SG.")))
            hints.append({QStringLiteral("SMTP_PASS"), QStringLiteral("SendGrid API keys start with SG.; this looks like an account password")});
        break;
    case Provider::Postmark:
        if (!password.isEmpty() && s.username != password)
            hints.append({QStringLiteral("SMTP_USER"), QStringLiteral("with a Postmark Server API token, user name and password are the same token; "
                                                                      "they differ only for an SMTP Token (access key + secret key)")});
        break;
    case Provider::AmazonSes: {
        static const QRegularExpression accessKey(QStringLiteral("^AKIA[A-Z0-9]{16}$"));
        if (accessKey.match(s.username).hasMatch() && password.size() == 40)
            hints.append({QStringLiteral("SMTP_PASS"), QStringLiteral("a 40-character secret with an AKIA… user looks like an IAM access key; "
                                                                      "SES needs SMTP credentials generated for region %1 (their password is 44 characters)")
                                                           .arg(profile.region)});
        if (!s.host.endsWith(QStringLiteral("amazonaws.com")) || (!profile.region.isEmpty() && !s.host.contains(profile.region)))
            hints.append({QStringLiteral("SMTP_HOST"), QStringLiteral("SES SMTP credentials work only in their own region: expected %1")
                                                           .arg(sesHost(profile.region))});
        if (s.tlsMode() == smtp::TlsMode::None)
            hints.append({QStringLiteral("SMTP_TLS"), QStringLiteral("Amazon SES refuses unencrypted connections")});
        break;
    }
    case Provider::Mailgun:
        if (!s.username.isEmpty() && !s.username.contains(u'@'))
            hints.append({QStringLiteral("SMTP_USER"), QStringLiteral("Mailgun SMTP logins look like postmaster@your-domain; \"%1\" has no domain")
                                                           .arg(s.username)});
        if (profile.region == u"eu" && s.host != u"smtp.eu.mailgun.org")
            hints.append({QStringLiteral("SMTP_HOST"), QStringLiteral("EU Mailgun domains send through smtp.eu.mailgun.org")});
        break;
    case Provider::Postfix:
    case Provider::Custom:
        break;
    }
    if (s.port == 25)
        hints.append({QStringLiteral("SMTP_PORT"), QStringLiteral("port 25 is often blocked by ISPs and clouds; prefer 587")});
    return hints;
}

} // namespace selfmx::profile
