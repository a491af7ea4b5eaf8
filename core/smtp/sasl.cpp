// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "sasl.h"

#include <QMessageAuthenticationCode>

namespace selfmx::smtp::sasl {

std::optional<AuthMechanism> choose(const QStringList &offered, AuthMechanism forced, bool encrypted)
{
    auto offers = [&offered](AuthMechanism mechanism) { return offered.contains(mechanismName(mechanism)); };
    if (forced != AuthMechanism::Auto)
        return offers(forced) ? std::optional(forced) : std::nullopt;
    const AuthMechanism first = encrypted ? AuthMechanism::Plain : AuthMechanism::CramMd5;
    const AuthMechanism second = encrypted ? AuthMechanism::CramMd5 : AuthMechanism::Plain;
    for (AuthMechanism candidate : {first, second, AuthMechanism::Login}) {
        if (offers(candidate))
            return candidate;
    }
    return std::nullopt;
}

QByteArray plainInitialResponse(const QString &user, const QString &password)
{
    QByteArray blob;
    blob.append('\0');
    blob.append(user.toUtf8());
    blob.append('\0');
    blob.append(password.toUtf8());
    return blob.toBase64();
}

QByteArray cramMd5Response(const QString &user, const QString &password, const QByteArray &challengeBase64)
{
    const QByteArray challenge = QByteArray::fromBase64(challengeBase64.trimmed());
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    const QByteArray response = user.toUtf8() + ' ' + digest;
    return response.toBase64();
}

QByteArray loginResponse(const QString &text)
{
    return text.toUtf8().toBase64();
}

} // namespace selfmx::smtp::sasl
