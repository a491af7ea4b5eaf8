// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "smtp/sasl.h"

#include <gtest/gtest.h>

using namespace selfmx::smtp;

TEST(Sasl, PlainIsNulSeparatedUtf8)
{
    EXPECT_EQ(QByteArray::fromBase64(sasl::plainInitialResponse(QStringLiteral("jörg"), QStringLiteral("p w€"))),
              QByteArray("\0j\xc3\xb6rg\0p w\xe2\x82\xac", 13));
}

// RFC 2195 §2's worked example.
TEST(Sasl, CramMd5MatchesRfc2195Example)
{
    const QByteArray challenge = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    const QByteArray response = sasl::cramMd5Response(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), challenge);
    EXPECT_EQ(QByteArray::fromBase64(response), "tim b913a602c7eda7a495b4e6e7334d3890");
}

// Issue 11: under TLS PLAIN (one round trip) comes first; without TLS, CRAM-MD5.
TEST(Sasl, ChoosesTheBestOfferedForTheConnection)
{
    const QStringList all = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")};
    EXPECT_EQ(sasl::choose(all, AuthMechanism::Auto, true), AuthMechanism::Plain);
    EXPECT_EQ(sasl::choose(all, AuthMechanism::Auto, false), AuthMechanism::CramMd5);
    EXPECT_EQ(sasl::choose({QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}, AuthMechanism::Auto, true), AuthMechanism::CramMd5);
    EXPECT_EQ(sasl::choose({QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}, AuthMechanism::Auto, false), AuthMechanism::Plain);
    EXPECT_EQ(sasl::choose({QStringLiteral("LOGIN")}, AuthMechanism::Auto, true), AuthMechanism::Login);
    EXPECT_EQ(sasl::choose({QStringLiteral("XOAUTH2")}, AuthMechanism::Auto, true), std::nullopt);
}

TEST(Sasl, ForcedMechanismMustBeOffered)
{
    EXPECT_EQ(sasl::choose({QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}, AuthMechanism::Login, true), AuthMechanism::Login);
    EXPECT_EQ(sasl::choose({QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5")}, AuthMechanism::CramMd5, true), AuthMechanism::CramMd5);
    EXPECT_EQ(sasl::choose({QStringLiteral("PLAIN")}, AuthMechanism::CramMd5, true), std::nullopt);
}
