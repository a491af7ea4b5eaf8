// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "certificatecheck.h"

#include "cryptolibrary.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace selfmx::smtp {

namespace {

QString normalisedHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return QString::fromLatin1(QUrl::toAce(name)).toLower();
}

// RFC 6125 §6.4.3: "*" only as the whole left-most label, standing for exactly one label,
// with at least two labels after it, and not for A-labels of internationalised names.
bool nameMatches(const QString &pattern, const QString &host)
{
    if (host.isEmpty())
        return false;
    if (!pattern.startsWith(QLatin1String("*."))) {
        const QString presented = normalisedHost(pattern);
        return !presented.isEmpty() && presented == host;
    }
    const QString suffix = u'.' + normalisedHost(pattern.mid(2)); // ".example.test"
    if (suffix.count(u'.') < 2 || suffix.contains(u'*'))
        return false;
    if (!host.endsWith(suffix))
        return false;
    const QString label = host.left(host.size() - suffix.size());
    return !label.isEmpty() && !label.contains(u'.') && !label.startsWith(QLatin1String("xn--"));
}

QHostAddress addressOf(const QString &host)
{
    QString literal = host.trimmed();
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    return QHostAddress(literal);
}

// The deleters below run only after crypto::load() succeeded.
const crypto::Functions &ssl()
{
    return *crypto::load(nullptr);
}

struct X509Free {
    void operator()(X509 *x) const { ssl().x509Free(x); }
};
struct StoreFree {
    void operator()(X509_STORE *s) const { ssl().storeFree(s); }
};
struct ContextFree {
    void operator()(X509_STORE_CTX *c) const { ssl().storeCtxFree(c); }
};
struct StackFree {
    void operator()(STACK_OF(X509) * s) const { ssl().freeX509Stack(s); }
};

// Qt's OpenSSL backend already holds the parsed certificate: take a reference instead of
// decoding the DER again (OpenSSL 3 decodes a public key through its slow decoder framework;
// on a repeated click that was a third of the TLS stage's CPU time).
std::unique_ptr<X509, X509Free> toX509(const crypto::Functions &f, const QSslCertificate &certificate)
{
    // Only when Qt's TLS plugin runs on the very OpenSSL loaded here: an X509 of another
    // OpenSSL (a Qt built against 1.1) must not reach 3.x's functions.
    static const bool qtUsesOpenSsl =
        QSslSocket::activeBackend() == QLatin1String("openssl") && QSslSocket::sslLibraryVersionNumber() == long(f.versionNumber());
    if (auto *held = static_cast<X509 *>(certificate.handle()); held != nullptr && qtUsesOpenSsl && f.x509UpRef(held) == 1)
        return std::unique_ptr<X509, X509Free>(held);
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return std::unique_ptr<X509, X509Free>(f.d2iX509(nullptr, &data, long(der.size())));
}

} // namespace

bool certificateMatchesHost(const QSslCertificate &certificate, const QString &host)
{
    if (certificate.isNull())
        return false;
    const auto alternativeNames = certificate.subjectAlternativeNames();
    const QHostAddress address = addressOf(host);
    if (!address.isNull()) {
        const auto ips = alternativeNames.equal_range(QSsl::AlternativeNameEntryType::IpAddressEntry);
        for (auto it = ips.first; it != ips.second; ++it) {
            if (QHostAddress(*it).isEqual(address, QHostAddress::StrictConversion))
                return true;
        }
        return false;
    }
    const QString name = normalisedHost(host);
    const auto dnsNames = alternativeNames.equal_range(QSsl::AlternativeNameEntryType::DnsEntry);
    if (dnsNames.first != dnsNames.second) {
        for (auto it = dnsNames.first; it != dnsNames.second; ++it) {
            if (nameMatches(*it, name))
                return true;
        }
        return false;
    }
    const QStringList commonNames = certificate.subjectInfo(QSslCertificate::CommonName);
    return std::any_of(commonNames.cbegin(), commonNames.cend(), [&name](const QString &cn) { return nameMatches(cn, name); });
}

bool isTrustError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted: return true;
    default: return false;
    }
}

bool chainVerifiesWith(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &extraCaCertificates, QString *error)
{
    if (chain.isEmpty() || extraCaCertificates.isEmpty())
        return false;
    const crypto::Functions *f = crypto::load(error);
    if (!f)
        return false; // not checked is not verified
    const std::unique_ptr<X509_STORE, StoreFree> store(f->storeNew());
    if (!store)
        return false;
    for (const QSslCertificate &ca : extraCaCertificates) {
        const auto x = toX509(*f, ca);
        if (!x || f->storeAddCert(store.get(), x.get()) != 1)
            return false;
    }
    const auto leaf = toX509(*f, chain.first());
    const std::unique_ptr<STACK_OF(X509), StackFree> untrusted(f->newX509Stack());
    if (!leaf || !untrusted)
        return false;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509 *intermediate = toX509(*f, chain.at(i)).release(); // owned by the stack once pushed
        if (intermediate && f->pushX509(untrusted.get(), intermediate) <= 0)
            f->x509Free(intermediate);
    }
    const std::unique_ptr<X509_STORE_CTX, ContextFree> context(f->storeCtxNew());
    if (!context || f->storeCtxInit(context.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return false;
    f->storeCtxSetPurpose(context.get(), X509_PURPOSE_SSL_SERVER);
    return f->verifyCert(context.get()) == 1;
}

} // namespace selfmx::smtp
