// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "smtp/capabilities.h"

#include <gtest/gtest.h>

using namespace selfmx::smtp;

namespace {
Reply ehlo(QList<QByteArray> lines)
{
    Reply reply;
    reply.code = 250;
    reply.lines = std::move(lines);
    return reply;
}
} // namespace

TEST(Capabilities, TypedFields)
{
    const Capabilities caps =
        Capabilities::fromEhloReply(ehlo({"mx.example.com Hello", "SIZE 35882577", "8BITMIME", "STARTTLS", "AUTH LOGIN PLAIN XOAUTH2",
                                          "ENHANCEDSTATUSCODES", "SMTPUTF8", "DSN", "CHUNKING"}));
    EXPECT_EQ(caps.serverName, QStringLiteral("mx.example.com"));
    EXPECT_TRUE(caps.startTls);
    EXPECT_TRUE(caps.eightBitMime);
    EXPECT_TRUE(caps.smtpUtf8);
    EXPECT_TRUE(caps.enhancedStatusCodes);
    EXPECT_TRUE(caps.dsn);
    EXPECT_TRUE(caps.chunking);
    EXPECT_FALSE(caps.pipelining);
    EXPECT_EQ(caps.maxSize, 35882577);
    EXPECT_EQ(caps.authMechanisms, (QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN"), QStringLiteral("XOAUTH2")}));
}

// SimpleMail looked for "250-PIPELINING" and missed it on the last line.
TEST(Capabilities, LastLineCountsLikeAnyOther)
{
    EXPECT_TRUE(Capabilities::fromEhloReply(ehlo({"mx", "SIZE", "PIPELINING"})).pipelining);
}

TEST(Capabilities, OldStyleAuthEqualsAndCase)
{
    const Capabilities caps = Capabilities::fromEhloReply(ehlo({"mx", "auth=login cram-md5", "starttls"}));
    EXPECT_TRUE(caps.startTls);
    EXPECT_EQ(caps.authMechanisms, (QStringList{QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}));
}

TEST(Capabilities, SizeWithoutNumberMeansNoLimit)
{
    const Capabilities caps = Capabilities::fromEhloReply(ehlo({"mx", "SIZE"}));
    EXPECT_TRUE(caps.sizeAdvertised);
    EXPECT_EQ(caps.maxSize, 0);
}
