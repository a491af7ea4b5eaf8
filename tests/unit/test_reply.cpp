// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "smtp/reply.h"

#include <gtest/gtest.h>

using namespace selfmx::smtp;

namespace {

// Feeds input in pieces of `step` bytes and collects every reply.
QList<Reply> parseAll(const QByteArray &input, qsizetype step, ReplyParser::Status *last = nullptr)
{
    ReplyParser parser;
    QList<Reply> replies;
    ReplyParser::Status status = ReplyParser::Status::NeedMore;
    for (qsizetype pos = 0; pos < input.size(); pos += step) {
        parser.feed(QByteArrayView(input).sliced(pos, std::min(step, input.size() - pos)));
        Reply reply;
        while ((status = parser.next(&reply)) == ReplyParser::Status::ReplyReady)
            replies.append(reply);
        if (status == ReplyParser::Status::Error)
            break;
    }
    if (last)
        *last = status;
    return replies;
}

} // namespace

TEST(ReplyParser, SingleLine)
{
    const auto replies = parseAll("220 mx.example.com ESMTP ready\r\n", 1000);
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].code, 220);
    EXPECT_TRUE(replies[0].isPositive());
    EXPECT_EQ(replies[0].lines, QList<QByteArray>{"mx.example.com ESMTP ready"});
}

TEST(ReplyParser, MultiLineSplitAtEveryByte)
{
    const QByteArray ehlo = "250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 1000\r\n250 STARTTLS\r\n";
    for (qsizetype step : {1, 2, 3, 5, 7, 1000}) {
        const auto replies = parseAll(ehlo, step);
        ASSERT_EQ(replies.size(), 1) << "step " << step;
        EXPECT_EQ(replies[0].lines.size(), 4);
        EXPECT_EQ(replies[0].lines.last(), "STARTTLS");
    }
}

TEST(ReplyParser, SeveralRepliesInOnePacket)
{
    const auto replies = parseAll("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n", 1000);
    ASSERT_EQ(replies.size(), 3);
    EXPECT_EQ(replies[0].code, 250);
    EXPECT_EQ(replies[1].enhanced.toString(), QStringLiteral("2.1.5"));
    EXPECT_EQ(replies[2].code, 354);
    EXPECT_TRUE(replies[2].isIntermediate());
}

TEST(ReplyParser, EnhancedCodeIsParsedAndStripped)
{
    const auto replies = parseAll("535-5.7.8 Username and Password not accepted.\r\n535 5.7.8 Learn more\r\n", 1000);
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].enhanced, (EnhancedCode{5, 7, 8}));
    EXPECT_EQ(replies[0].lines, (QList<QByteArray>{"Username and Password not accepted.", "Learn more"}));
    EXPECT_TRUE(replies[0].isPermanent());
    EXPECT_EQ(replies[0].text(), QStringLiteral("535 5.7.8 Username and Password not accepted. Learn more"));
}

TEST(ReplyParser, BareCodeAndBareLfAreAccepted)
{
    const auto replies = parseAll("250\n221 bye\n", 1000);
    ASSERT_EQ(replies.size(), 2);
    EXPECT_EQ(replies[0].code, 250);
    EXPECT_EQ(replies[1].code, 221);
}

struct BadReply {
    const char *name;
    QByteArray input;
};

class ReplyParserRejects : public ::testing::TestWithParam<BadReply>
{
};

TEST_P(ReplyParserRejects, WithProtocolError)
{
    ReplyParser::Status status;
    const auto replies = parseAll(GetParam().input, 1000, &status);
    EXPECT_TRUE(replies.isEmpty());
    EXPECT_EQ(status, ReplyParser::Status::Error);
}

INSTANTIATE_TEST_SUITE_P(Table, ReplyParserRejects,
                         ::testing::Values(BadReply{"garbage", "hello there\r\n"}, BadReply{"noSeparator", "250xok\r\n"},
                                           BadReply{"codeOutOfRange", "650 what\r\n"},
                                           BadReply{"codeChangesMidReply", "250-a\r\n251 b\r\n"},
                                           BadReply{"tooLong", QByteArray(ReplyParser::MaxLineLength + 10, 'x')}),
                         [](const auto &p) { return std::string(p.param.name); });

TEST(ReplyParser, LongButReasonableLineIsAccepted)
{
    const QByteArray line = "250 " + QByteArray(2000, 'a') + "\r\n";
    const auto replies = parseAll(line, 100);
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].lines[0].size(), 2000);
}
