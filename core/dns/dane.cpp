// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dane.h"

#include "smtp/cryptolibrary.h"

#include <QCryptographicHash>

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

using smtp::crypto::Functions;

QByteArray subjectPublicKeyInfo(const Functions &f, const QByteArray &certificateDer)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    X509 *cert = f.d2iX509(nullptr, &bytes, long(certificateDer.size()));
    if (!cert)
        return {};
    QByteArray spki;
    unsigned char *out = nullptr;
    const int length = f.i2dX509Pubkey(f.x509GetX509Pubkey(cert), &out);
    if (length > 0)
        spki = QByteArray(reinterpret_cast<const char *>(out), length);
    f.free(out);
    f.x509Free(cert);
    return spki;
}

bool matchesOne(const Functions &f, const Record &tlsa, const QByteArray &certificateDer)
{
    const QByteArray selected = tlsa.selector == 0   ? certificateDer
                                : tlsa.selector == 1 ? subjectPublicKeyInfo(f, certificateDer)
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

bool tlsaMatches(const Record &tlsa, const QList<QByteArray> &chainDer, const QString &host, QString *error)
{
    if (chainDer.isEmpty() || !tlsaUsableForSmtp(tlsa))
        return false;
    const Functions *f = smtp::crypto::load(error);
    if (!f)
        return false; // not checked is not a match
    if (tlsa.usage == 3)
        return matchesOne(*f, tlsa, chainDer.first());
    // DANE-TA: the trust anchor must be one the leaf chains up to, not merely a certificate
    // the server sent along (anyone can send a public CA certificate after their own leaf).
    std::vector<std::unique_ptr<X509, decltype(f->x509Free)>> chain;
    for (const QByteArray &der : chainDer) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        chain.emplace_back(f->d2iX509(nullptr, &bytes, long(der.size())), f->x509Free);
        if (!chain.back())
            return false;
    }
    const QByteArray name = host.trimmed().toLower().toUtf8();
    if (name.isEmpty() || f->x509CheckHost(chain.front().get(), name.constData(), size_t(name.size()), 0, nullptr) != 1)
        return false;
    for (qsizetype i = 0; i < chainDer.size(); ++i) {
        if (i > 0) {
            X509 *child = chain.at(size_t(i - 1)).get();
            X509 *issuer = chain.at(size_t(i)).get();
            if (f->x509CheckIssued(issuer, child) != X509_V_OK || f->x509Verify(child, f->x509Get0Pubkey(issuer)) != 1)
                return false; // the path breaks here: nothing above it counts
        }
        if (matchesOne(*f, tlsa, chainDer.at(i)))
            return true;
    }
    return false;
}

} // namespace selfmx::dns
