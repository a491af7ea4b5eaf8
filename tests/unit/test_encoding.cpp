// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mime/encoding.h"
#include "mime/message.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace selfmx::mime;

TEST(QuotedPrintable, EscapesAndKeepsLineBreaks)
{
    EXPECT_EQ(quotedPrintable("a=b\nc"), "a=3Db\r\nc");
    EXPECT_EQ(quotedPrintable("Gr\xc3\xbc\xc3\x9f" "e\r\n"), "Gr=C3=BC=C3=9Fe\r\n");
}

TEST(QuotedPrintable, TrailingWhitespaceIsEncoded)
{
    EXPECT_EQ(quotedPrintable("end \nx\t"), "end=20\r\nx=09");
}

TEST(QuotedPrintable, SoftBreaksAt76Columns)
{
    const QByteArray input = QByteArray(200, 'a') + "\n" + QByteArray(100, '\xff');
    const QByteArray encoded = quotedPrintable(input);
    for (const QByteArray &line : encoded.split('\n'))
        EXPECT_LE(line.size(), 77) << line.constData(); // 76 + the CR of CRLF
    // Decoding gives the input back.
    QByteArray decoded = encoded;
    decoded.replace("=\r\n", "");
    decoded.replace("=FF", "\xff");
    EXPECT_EQ(decoded, QByteArray(200, 'a') + "\r\n" + QByteArray(100, '\xff'));
}

TEST(HeaderText, AsciiStaysReadable)
{
    EXPECT_EQ(encodeHeaderText(QStringLiteral("Hello world"), 7), "Hello world");
}

TEST(HeaderText, NonAsciiUsesEncodedWordsWithinLimits)
{
    const QString subject = QString::fromUtf8("Grüße 🎉 ") + QString(60, QChar(0x6F22)); // CJK
    const QByteArray encoded = encodeHeaderText(subject, 7);
    const QByteArray field = "Subject: " + encoded;
    const QList<QByteArray> lines = field.split('\n');
    QByteArray utf8;
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        EXPECT_LE(rawLine.size(), 79);
        ASSERT_TRUE(line.contains("=?UTF-8?B?")) << line.constData();
        const qsizetype start = line.indexOf("=?UTF-8?B?") + 10;
        const QByteArray chunk = QByteArray::fromBase64(line.mid(start, line.lastIndexOf("?=") - start));
        // Each word holds whole UTF-8 sequences: it decodes on its own without errors.
        EXPECT_FALSE(QString::fromUtf8(chunk).contains(QChar::ReplacementCharacter));
        utf8 += chunk;
    }
    EXPECT_EQ(QString::fromUtf8(utf8), subject);
}

TEST(MessageDate, Rfc5322WithOffset)
{
    const QDateTime date(QDate(2026, 11, 25), QTime(20, 5, 9), QTimeZone(3600));
    EXPECT_EQ(formatDate(date), "Wed, 25 Nov 2026 20:05:09 +0100");
}

TEST(MessageId, UniqueAndInSendersDomain)
{
    const QByteArray a = makeMessageId(QStringLiteral("me@example.com"));
    const QByteArray b = makeMessageId(QStringLiteral("me@example.com"));
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.endsWith("@example.com>"));
}
