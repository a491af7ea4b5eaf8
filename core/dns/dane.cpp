// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dane.h"

#include <QCryptographicHash>

#include <openssl/x509.h>

namespace selfmx::dns {

QString tlsaName(const QString &host, quint16 port)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(u'.'))
        h.chop(1);
    return QStringLiteral("_%1._tcp.%2").arg(port).arg(h);
}

namespace {

QByteArray subjectPublicKeyInfo(const QByteArray &certificateDer)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    X509 *cert = d2i_X509(nullptr, &bytes, long(certificateDer.size()));
    if (!cert)
        return {};
    QByteArray spki;
    unsigned char *out = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &out);
    if (length > 0)
        spki = QByteArray(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    X509_free(cert);
    return spki;
}

bool matchesOne(const Record &tlsa, const QByteArray &certificateDer)
{
    const QByteArray selected = tlsa.selector == 0   ? certificateDer
                                : tlsa.selector == 1 ? subjectPublicKeyInfo(certificateDer)
                                                     : QByteArray();
    if (selected.isEmpty())
        return false;
    switch (tlsa.matchingType) {
    case 0: return selected == tlsa.data;
    case 1: return QCryptographicHash::hash(selected, QCryptographicHash::Sha256) == tlsa.data;
    case 2: return QCryptographicHash::hash(selected, QCryptographicHash::Sha512) == tlsa.data;
    default: return false;
    }
}

} // namespace

bool tlsaMatches(const Record &tlsa, const QList<QByteArray> &chainDer)
{
    if (chainDer.isEmpty())
        return false;
    if (tlsa.usage == 1 || tlsa.usage == 3)
        return matchesOne(tlsa, chainDer.first());
    if (tlsa.usage == 0 || tlsa.usage == 2) {
        for (const QByteArray &der : chainDer) {
            if (matchesOne(tlsa, der))
                return true;
        }
    }
    return false;
}

} // namespace selfmx::dns
