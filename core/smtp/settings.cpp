// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "settings.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace selfmx::smtp {

TlsMode Settings::tlsMode() const
{
    if (tlsModeOverride)
        return *tlsModeOverride;
    if (!tls)
        return TlsMode::None;
    return port == 465 ? TlsMode::Implicit : TlsMode::StartTls;
}

QString Settings::connectHost() const
{
    if (host.size() > 2 && host.startsWith(u'[') && host.endsWith(u']')) {
        QString bare = host.mid(1, host.size() - 2);
        if (!QHostAddress(bare).isNull())
            return bare;
    }
    return host;
}

bool isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (QHostAddress address; address.setAddress(bare))
        return true;
    // An internationalised name is checked in its ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty())
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = QString::fromLatin1(ace).split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        // A trailing dot (an absolute name) leaves one empty last label.
        if (labels[i].isEmpty() && i == labels.size() - 1 && i > 0)
            continue;
        if (!label.match(labels[i]).hasMatch())
            return false;
    }
    return true;
}

} // namespace selfmx::smtp
