// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dane.h"

#include <QCryptographicHash>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

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

bool tlsaMatches(const Record &tlsa, const QList<QByteArray> &chainDer, const QString &host)
{
    if (chainDer.isEmpty() || !tlsaUsableForSmtp(tlsa))
        return false;
    if (tlsa.usage == 3)
        return matchesOne(tlsa, chainDer.first());
    // DANE-TA: the trust anchor must be one the leaf chains up to, not merely a certificate
    // the server sent along (anyone can send a public CA certificate after their own leaf).
    std::vector<std::unique_ptr<X509, decltype(&X509_free)>> chain;
    for (const QByteArray &der : chainDer) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        chain.emplace_back(d2i_X509(nullptr, &bytes, long(der.size())), &X509_free);
        if (!chain.back())
            return false;
    }
    const QByteArray name = host.trimmed().toLower().toUtf8();
    if (name.isEmpty() || X509_check_host(chain.front().get(), name.constData(), size_t(name.size()), 0, nullptr) != 1)
        return false;
    for (qsizetype i = 0; i < chainDer.size(); ++i) {
        if (i > 0) {
            X509 *child = chain.at(size_t(i - 1)).get();
            X509 *issuer = chain.at(size_t(i)).get();
            if (X509_check_issued(issuer, child) != X509_V_OK || X509_verify(child, X509_get0_pubkey(issuer)) != 1)
                return false; // the path breaks here: nothing above it counts
        }
        if (matchesOne(tlsa, chainDer.at(i)))
            return true;
    }
    return false;
}

} // namespace selfmx::dns
