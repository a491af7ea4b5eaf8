// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "smtp/dataencoder.h"

#include <gtest/gtest.h>

using namespace selfmx::smtp;

namespace {

QByteArray encodeInPieces(const QByteArray &input, qsizetype step)
{
    DataEncoder encoder;
    QByteArray out;
    for (qsizetype pos = 0; pos < input.size(); pos += step)
        encoder.encode(QByteArrayView(input).sliced(pos, std::min(step, input.size() - pos)), out);
    encoder.finish(out);
    return out;
}

struct Case {
    const char *name;
    QByteArray input;
    QByteArray expected;
};

class DataEncoderTable : public ::testing::TestWithParam<Case>
{
};

} // namespace

// The same result whatever the chunking: state carries across chunk boundaries.
TEST_P(DataEncoderTable, EncodesTheSameInEveryChunking)
{
    for (qsizetype step : {1, 2, 3, 1000}) {
        EXPECT_EQ(encodeInPieces(GetParam().input, step), GetParam().expected) << "chunk size " << step;
    }
}

INSTANTIATE_TEST_SUITE_P(Rfc5321, DataEncoderTable,
                         ::testing::Values(
                             // KSMTP stuffed dots only after a line break and missed this one (RFC 5321 §4.5.2).
                             Case{"dotOnFirstLine", ".hidden\r\n", "..hidden\r\n.\r\n"},
                             Case{"dotAfterCrlf", "a\r\n.b\r\n", "a\r\n..b\r\n.\r\n"},
                             Case{"loneDotLine", "a\r\n.\r\nb", "a\r\n..\r\nb\r\n.\r\n"}, Case{"twoDots", "..\r\n", "...\r\n.\r\n"},
                             Case{"dotInsideLineUntouched", "a.b\r\n", "a.b\r\n.\r\n"},
                             Case{"bareLfBecomesCrlf", "a\nb\n", "a\r\nb\r\n.\r\n"}, Case{"bareCrBecomesCrlf", "a\rb", "a\r\nb\r\n.\r\n"},
                             Case{"dotAfterBareLf", "a\n.b", "a\r\n..b\r\n.\r\n"}, Case{"noFinalNewline", "last", "last\r\n.\r\n"},
                             Case{"empty", "", ".\r\n"}, Case{"trailingCr", "a\r", "a\r\n.\r\n"},
                             Case{"emptyLines", "\r\n\r\n", "\r\n\r\n.\r\n"}),
                         [](const auto &p) { return std::string(p.param.name); });

TEST(DataEncoder, LargeBodyKeepsEveryByte)
{
    QByteArray input;
    for (int i = 0; i < 10000; ++i)
        input += QByteArray(i % 3 == 0 ? "." : "").append(QByteArray::number(i)).append("\r\n");
    const QByteArray out = encodeInPieces(input, 4096);
    QByteArray expected = input;
    expected.replace("\r\n.", "\r\n..");
    expected.prepend('.');
    expected += ".\r\n";
    EXPECT_EQ(out, expected);
}
