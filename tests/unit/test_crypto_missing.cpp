// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dns/dane.h"
#include "dns/domaincheck.h"
#include "smtp/certificatecheck.h"

#include <gtest/gtest.h>

#include <dlfcn.h>

using selfmx::dns::Record;
using selfmx::dns::RecordType;

// The certificate checks load libcrypto on first use (smtp/cryptolibrary.h). A libcrypto
// that cannot serve them (here a libcrypto.so.3 without OpenSSL's functions, loaded first,
// so that the checks' dlopen of that name finds it) makes each check fail closed and say
// which library and function are missing; nothing crashes. Its own process: no other test
// may have loaded the real library before.
TEST(CryptoMissing, CertificateChecksFailClosedAndNameTheLibrary)
{
    void *stub = dlopen(SELFMX_STUB_CRYPTO, RTLD_NOW | RTLD_GLOBAL);
    ASSERT_NE(stub, nullptr) << dlerror();

    // DANE-EE with the whole certificate, exact match: would match without any OpenSSL call,
    // but a check that cannot run at all is not a match.
    const QByteArray certificate("\x30\x03\x02\x01\x01", 5);
    Record tlsa;
    tlsa.type = RecordType::Tlsa;
    tlsa.usage = 3;
    tlsa.selector = 0;
    tlsa.matchingType = 0;
    tlsa.data = certificate;
    QString error;
    EXPECT_FALSE(selfmx::dns::tlsaMatches(tlsa, {certificate}, QStringLiteral("mail.example.test"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("libcrypto.so.3"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("OpenSSL_version_num"))) << error.toStdString();

    // A DKIM RSA key's size cannot be told: an error of its own, not a key that passed.
    const selfmx::dns::DkimKey key = selfmx::dns::parseDkim(QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A"));
    EXPECT_EQ(key.error, QStringLiteral("crypto"));
    EXPECT_EQ(key.bits, 0);
    EXPECT_TRUE(key.cryptoError.contains(QStringLiteral("OpenSSL_version_num"))) << key.cryptoError.toStdString();

    // SMTP_TLS_CA_FILE: the chain is not verified.
    error.clear();
    EXPECT_FALSE(selfmx::smtp::chainVerifiesWith({QSslCertificate()}, {QSslCertificate()}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("OpenSSL_version_num"))) << error.toStdString();
}
