// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "runtime/sharedlibrary.h"

#include <gtest/gtest.h>

#include <openssl/crypto.h>

using selfmx::runtime::LoadedFunctions;
using selfmx::runtime::SharedLibrary;

namespace {

struct Crypto {
    decltype(&::OpenSSL_version_num) versionNumber = nullptr;
    decltype(&::OPENSSL_version_major) versionMajor = nullptr;
};

} // namespace

// OpenSSL 3's libcrypto (libcrypto.so.3, which Qt's TLS loads too): this test does not link it.
TEST(SharedLibrary, ResolvesFunctionsWithTheirOwnTypes)
{
    const LoadedFunctions<Crypto> crypto(QStringLiteral("crypto"), 3, [](SharedLibrary &l, Crypto &f) {
        l.resolve(f.versionNumber, "OpenSSL_version_num");
        l.resolve(f.versionMajor, "OPENSSL_version_major");
    });
    QString error;
    const Crypto *f = crypto.get(&error);
    ASSERT_NE(f, nullptr) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(f->versionMajor(), 3U);
    EXPECT_EQ(f->versionNumber() >> 28, 3UL); // 0xMNN00PP0L
}

TEST(SharedLibrary, AMissingLibraryIsAnErrorThatNamesIt)
{
    const LoadedFunctions<Crypto> missing(QStringLiteral("selfmx-no-such-library"), 7,
                                          [](SharedLibrary &l, Crypto &f) { l.resolve(f.versionNumber, "OpenSSL_version_num"); });
    QString error;
    EXPECT_EQ(missing.get(&error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("selfmx-no-such-library"))) << error.toStdString();
}

TEST(SharedLibrary, AMissingFunctionIsAnErrorThatNamesIt)
{
    struct Wrong {
        decltype(&::OpenSSL_version_num) versionNumber = nullptr;
        decltype(&::OpenSSL_version_num) absent = nullptr;
    };
    const LoadedFunctions<Wrong> crypto(QStringLiteral("crypto"), 3, [](SharedLibrary &l, Wrong &f) {
        l.resolve(f.versionNumber, "OpenSSL_version_num");
        l.resolve(f.absent, "selfmx_no_such_function");
    });
    QString error;
    EXPECT_EQ(crypto.get(&error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("selfmx_no_such_function"))) << error.toStdString();
}
