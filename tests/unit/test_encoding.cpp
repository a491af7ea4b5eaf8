// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mime/address.h"
#include "mime/encoding.h"
#include "mime/message.h"

#include <QTimeZone>
#include <QUrl>

#include <gtest/gtest.h>

#include <ctime>

using namespace selfmx::mime;

TEST(QuotedPrintable, EscapesAndKeepsLineBreaks)
{
    EXPECT_EQ(quotedPrintable("a=b\nc"), "a=3Db\r\nc");
    EXPECT_EQ(quotedPrintable("Gr\xc3\xbc\xc3\x9f"
                              "e\r\n"),
              "Gr=C3=BC=C3=9Fe\r\n");
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

// Every kind of byte at every column: lines stay within 76 columns, trailing whitespace is
// encoded, and decoding gives the input back (CRLF for each line break).
TEST(QuotedPrintable, EveryByteAtEveryColumnDecodesBack)
{
    for (int prefix = 0; prefix < 80; ++prefix) {
        for (int byte = 0; byte < 256; byte += 7) {
            const QByteArray input =
                QByteArray(prefix, 'x') + char(byte) + QByteArray(prefix % 5, ' ') + "\n=" + QByteArray(prefix, char(byte)) + "\r\nend\t";
            const QByteArray encoded = quotedPrintable(input);
            QByteArray decoded;
            for (const QByteArray &line : encoded.split('\n')) {
                ASSERT_LE(line.size(), 77) << prefix << ' ' << byte; // 76 + the CR of CRLF
                ASSERT_FALSE(line.endsWith(" \r") || line.endsWith("\t\r")) << prefix << ' ' << byte;
            }
            for (qsizetype i = 0; i < encoded.size(); ++i) {
                if (encoded.at(i) != '=') {
                    decoded += encoded.at(i);
                } else if (encoded.mid(i + 1, 2) == "\r\n") {
                    i += 2; // soft break
                } else {
                    decoded += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                }
            }
            QByteArray expected = input;
            expected.replace("\r\n", "\n").replace("\n", "\r\n");
            ASSERT_EQ(decoded, expected) << prefix << ' ' << byte;
        }
    }
}

// The output buffer is sized for ASCII text and grows only for what is encoded: a large
// plain text costs its output, not three times its size (a text body may be 40 MiB).
TEST(QuotedPrintable, BufferGrowsOnlyForWhatIsEncoded)
{
    const QByteArray text(4 * 1024 * 1024, 'a');
    const QByteArray encoded = quotedPrintable(text);
    EXPECT_LT(encoded.capacity(), text.size() * 13 / 10);
    const QByteArray binary(1024 * 1024, '\xff'); // every byte encoded: grows past the first guess
    const QByteArray all = quotedPrintable(binary);
    EXPECT_EQ(all.size(), binary.size() * 3 + (binary.size() * 3 + 74) / 75 * 3 - 3); // "=FF" x 25 per 75-column line
    EXPECT_LT(all.capacity(), all.size() * 3);                                        // doubled as needed (Qt may round an allocation up)
}

TEST(HeaderText, AsciiStaysReadable)
{
    EXPECT_EQ(foldHeader("Subject", unstructuredWords(QStringLiteral("Hello world"), 7)), "Subject: Hello world\r\n");
}

TEST(HeaderText, NonAsciiUsesEncodedWordsWithinLimits)
{
    const QString subject = QString::fromUtf8("Grüße 🎉 ") + QString(60, QChar(0x6F22)); // CJK
    QByteArray field = foldHeader("Subject", unstructuredWords(subject, 7));
    field.chop(2);
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

// localDateTime() caches the zone's offset per second: still exact across a DST change, and
// it follows a change of TZ at once.
TEST(MessageDate, LocalTimeIsExactAcrossDstAndFollowsTz)
{
    const QByteArray savedTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
    // Berlin's summer time starts at 01:00:00 UTC on 29 March 2026.
    const QDateTime before = QDateTime::fromString(QStringLiteral("2026-03-29T00:59:59.500Z"), Qt::ISODateWithMs);
    const QDateTime after = QDateTime::fromString(QStringLiteral("2026-03-29T01:00:00.000Z"), Qt::ISODateWithMs);
    EXPECT_EQ(formatDate(localDateTime(before)), "Sun, 29 Mar 2026 01:59:59 +0100");
    EXPECT_EQ(formatDate(localDateTime(after)), "Sun, 29 Mar 2026 03:00:00 +0200");
    EXPECT_EQ(formatDate(localDateTime(before)), formatDate(before.toLocalTime()));
    EXPECT_EQ(formatDate(localDateTime(after)), formatDate(after.toLocalTime()));
    EXPECT_EQ(localDateTime(after).toMSecsSinceEpoch(), after.toMSecsSinceEpoch());
    qputenv("TZ", "America/New_York");
    ::tzset();
    EXPECT_EQ(formatDate(localDateTime(after)), "Sat, 28 Mar 2026 21:00:00 -0400");
    EXPECT_EQ(localNow().offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc());
    if (hadTz)
        qputenv("TZ", savedTz);
    else
        qunsetenv("TZ");
    ::tzset();
}

TEST(MessageId, UniqueAndInSendersDomain)
{
    const QByteArray a = makeMessageId(QStringLiteral("me@example.com"));
    const QByteArray b = makeMessageId(QStringLiteral("me@example.com"));
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.endsWith("@example.com>"));
    // The right side as QUrl::toAce gives it, with or without IDNA to get there.
    for (const QString &domain : {QStringLiteral("Example.COM"), QStringLiteral("exämple.test"), QStringLiteral("mail-1.a.b.test")})
        EXPECT_TRUE(makeMessageId(QStringLiteral("me@") + domain).endsWith(QByteArray('@' + QUrl::toAce(domain) + '>')))
            << domain.toStdString();
    EXPECT_TRUE(makeMessageId(QStringLiteral("me@[192.0.2.1]")).endsWith("@[192.0.2.1]>"));
    EXPECT_TRUE(makeMessageId(QStringLiteral("nobody")).endsWith("@selfmx-console.invalid>"));
    EXPECT_TRUE(makeMessageId(QStringLiteral("me@")).endsWith("@selfmx-console.invalid>"));
}

TEST(HeaderText, LongAsciiWordsAreEncodedRatherThanOverlong)
{
    const QByteArray field = foldHeader("Subject", unstructuredWords(QString(2000, u'x'), 7));
    for (const QByteArray &line : field.split('\n'))
        EXPECT_LE(line.size(), 79);
}

TEST(Base64Lines, SizeIsExact)
{
    for (int n : {0, 1, 2, 3, 56, 57, 58, 114, 1000, 57 * 1024 + 5}) {
        const QByteArray data(n, 'z');
        EXPECT_EQ(base64Lines(data).size(), base64LinesSize(n)) << n;
    }
    for (const QByteArray &line : base64Lines(QByteArray(1000, 'q')).split('\n'))
        EXPECT_LE(line.size(), 77);
}

TEST(Rfc2231, ShortNonAsciiFilenameIsOnePiece)
{
    EXPECT_EQ(parameterWords("filename", QString::fromUtf8("ä.txt")), QList<QByteArray>{"filename*=UTF-8''%C3%A4.txt"});
}

TEST(Rfc2231, NonAsciiFilenameIsPercentEncodedInContinuations)
{
    const QList<QByteArray> words = parameterWords("filename", QString::fromUtf8("Überweisung März 2026 – Bestätigung des Auftrags.pdf"));
    ASSERT_GE(words.size(), 2);
    EXPECT_TRUE(words[0].startsWith("filename*0*=UTF-8''%C3%9Cberweisung"));
    EXPECT_TRUE(words[1].startsWith("filename*1*="));
    for (const QByteArray &word : words)
        EXPECT_LE(word.size(), 70);
}

struct AddressCase {
    const char *input;
    const char *display;
    const char *address;
};

class AddressParsing : public ::testing::TestWithParam<AddressCase>
{
};

TEST_P(AddressParsing, AsPeopleWriteThem)
{
    AddressError error;
    const auto mailbox = parseMailbox(QString::fromUtf8(GetParam().input), &error);
    ASSERT_TRUE(mailbox.has_value()) << error.code().toStdString();
    EXPECT_FALSE(error.isError());
    EXPECT_EQ(mailbox->displayName, QString::fromUtf8(GetParam().display));
    EXPECT_EQ(mailbox->address, QString::fromUtf8(GetParam().address));
}

INSTANTIATE_TEST_SUITE_P(Table, AddressParsing,
                         ::testing::Values(AddressCase{"a@b.test", "", "a@b.test"},
                                           AddressCase{"\"Doe, Jane\" <jane@b.test>", "Doe, Jane", "jane@b.test"},
                                           AddressCase{"Ünïcode Name <u@b.test>", "Ünïcode Name", "u@b.test"},
                                           AddressCase{"  Acme   <hi@acme.test> ", "Acme", "hi@acme.test"},
                                           AddressCase{"\"say \\\"hi\\\"\" <q@b.test>", "say \"hi\"", "q@b.test"},
                                           AddressCase{"jörg@exämple.test", "", "jörg@exämple.test"},
                                           AddressCase{"<bare@b.test>", "", "bare@b.test"}));

TEST(AddressParsing, ListsRespectQuotes)
{
    const AddressList list = parseAddressList(QStringLiteral("a@b.test, \"Doe, Jane\" <jane@b.test>,Bob <bob@b.test>"));
    ASSERT_TRUE(list.ok()) << list.error.code().toStdString();
    ASSERT_EQ(list.mailboxes.size(), 3);
    EXPECT_EQ(list.mailboxes[1].displayName, QStringLiteral("Doe, Jane"));
    EXPECT_EQ(list.mailboxes[2].address, QStringLiteral("bob@b.test"));
}

// Every problem gives its own problem and stable code, and names the address as given.
struct RefusalCase {
    const char *name;
    const char *input;
    AddressProblem problem;
    const char *code;
    const char *detail;
};

class AddressRefusal : public ::testing::TestWithParam<RefusalCase>
{
};

TEST_P(AddressRefusal, GivesTheProblemAndItsCode)
{
    const QString input = QString::fromUtf8(GetParam().input);
    const AddressList list = parseAddressList(input);
    EXPECT_FALSE(list.ok());
    EXPECT_TRUE(list.mailboxes.isEmpty());
    EXPECT_EQ(list.error.problem, GetParam().problem) << list.error.code().toStdString();
    EXPECT_EQ(list.error.code(), QString::fromLatin1(GetParam().code));
    EXPECT_EQ(list.error.address, input.trimmed());
    EXPECT_EQ(list.error.detail, QString::fromUtf8(GetParam().detail));
    EXPECT_EQ(addressProblemFromCode(list.error.code()), GetParam().problem);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AddressRefusal,
    ::testing::Values(
        RefusalCase{"noAt", "no-at-sign", AddressProblem::NotNameAtDomain, "address.not_name_at_domain", ""},
        RefusalCase{"noDomain", "a@", AddressProblem::NotNameAtDomain, "address.not_name_at_domain", ""},
        RefusalCase{"noLocalPart", "@b.test", AddressProblem::NotNameAtDomain, "address.not_name_at_domain", ""},
        RefusalCase{"lineBreak", "a@b.test\r\nBcc: evil@x.test", AddressProblem::LineBreak, "address.line_break", ""},
        RefusalCase{"longLocalPart", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.test",
                    AddressProblem::LocalPartTooLong, "address.local_part_too_long", ""},
        RefusalCase{"tooLong",
                    "a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb."
                    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb."
                    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb."
                    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.test",
                    AddressProblem::TooLong, "address.too_long", ""},
        RefusalCase{"badQuotedLocalPart", "\"a\x01b\"@b.test", AddressProblem::BadQuotedLocalPart, "address.bad_quoted_local_part", ""},
        RefusalCase{"doubledDot", "a..b@c.test", AddressProblem::MisplacedDot, "address.misplaced_dot", ""},
        RefusalCase{"leadingDot", ".a@c.test", AddressProblem::MisplacedDot, "address.misplaced_dot", ""},
        RefusalCase{"space", "a b@c.test", AddressProblem::NeedsQuoting, "address.needs_quoting", " "},
        RefusalCase{"badIdn", "a@xn--.test", AddressProblem::BadInternationalDomain, "address.bad_international_domain", ""},
        RefusalCase{"underscore", "x@bad_domain.test", AddressProblem::BadHostName, "address.bad_host_name", ""},
        RefusalCase{"textAfterAngle", "Name <a@b.test> x", AddressProblem::TextAfterAngle, "address.text_after_angle", ""},
        RefusalCase{"noClosingAngle", "Name <a@b.test", AddressProblem::TextAfterAngle, "address.text_after_angle", ""},
        RefusalCase{"unterminatedName", "\"Jane <a@b.test>\" <j@b.test>, \"x", AddressProblem::UnterminatedQuote,
                    "address.unterminated_quote", ""},
        RefusalCase{"unterminatedQuote", "\"unterminated <a@b.test>", AddressProblem::UnterminatedQuote, "address.unterminated_quote", ""}),
    [](const auto &p) { return std::string(p.param.name); });

// Plain host names are judged without IDNA processing (isPlainHostName), names that need it
// with QUrl::toAce: both ways give the same answers and the same problems.
TEST(AddressParsing, HostNamesAreJudgedTheSameWithAndWithoutIdna)
{
    const QString label63(63, u'b');
    const struct {
        QString domain;
        AddressProblem problem; // None: valid
    } cases[] = {
        {QStringLiteral("b.test"), AddressProblem::None},
        {QStringLiteral("Example.COM"), AddressProblem::None},
        {QStringLiteral("x-y.t3st"), AddressProblem::None},
        {QStringLiteral("localhost"), AddressProblem::None},
        {QStringLiteral("123.45"), AddressProblem::None},
        {label63 + QStringLiteral(".test"), AddressProblem::None},
        {label63 + QStringLiteral("b.test"), AddressProblem::BadInternationalDomain},
        {QStringLiteral("-x.test"), AddressProblem::BadInternationalDomain},
        {QStringLiteral("x-.test"), AddressProblem::BadInternationalDomain},
        {QStringLiteral("b_c.test"), AddressProblem::BadHostName},
        {QStringLiteral("b c.test"), AddressProblem::BadInternationalDomain},
        {QStringLiteral("xn--bcher-kva.test"), AddressProblem::None},
        {QStringLiteral("XN--BCHER-KVA.test"), AddressProblem::None},
        {QStringLiteral("b\u00fccher.test"), AddressProblem::None},
        {QStringLiteral("xn--.test"), AddressProblem::BadInternationalDomain},
        {QStringLiteral("a..b"), AddressProblem::BadInternationalDomain},
        {QStringLiteral(".b.test"), AddressProblem::BadInternationalDomain},
        {QStringLiteral("b.test."), AddressProblem::BadHostName},
        {QStringLiteral("[127.0.0.1]"), AddressProblem::None},
    };
    for (const auto &c : cases) {
        const QString address = QStringLiteral("a@") + c.domain;
        AddressError error;
        EXPECT_EQ(isValidAddress(address, &error), c.problem == AddressProblem::None) << address.toStdString();
        if (c.problem != AddressProblem::None) {
            EXPECT_EQ(error.problem, c.problem) << address.toStdString() << ' ' << error.code().toStdString();
        }
    }
}

TEST(AddressParsing, UnterminatedDisplayNameAndEmptyMailbox)
{
    AddressError error;
    EXPECT_FALSE(parseMailbox(QStringLiteral("\"Jane <j@b.test>"), &error));
    EXPECT_EQ(error.problem, AddressProblem::UnterminatedDisplayName);
    EXPECT_EQ(error.code(), QStringLiteral("address.unterminated_display_name"));
    EXPECT_FALSE(parseMailbox(QStringLiteral("   "), &error));
    EXPECT_EQ(error.code(), QStringLiteral("address.empty"));
    EXPECT_TRUE(isValidAddress(QStringLiteral("a@b.test"), &error));
    EXPECT_FALSE(isValidAddress(QStringLiteral("a@b_c.test"), &error));
    EXPECT_EQ(error, (AddressError{AddressProblem::BadHostName, QStringLiteral("a@b_c.test"), {}}));
    EXPECT_EQ(addressProblemFromCode(QStringLiteral("address.no_such_thing")), AddressProblem::None);
    EXPECT_TRUE(addressProblemCode(AddressProblem::None).isEmpty());
}

TEST(AddressParsing, IdnDomainGoesAceUnlessTheLocalPartNeedsSmtpUtf8)
{
    const Mailbox ascii{QString(), QStringLiteral("info@exämple.test")};
    EXPECT_FALSE(ascii.needsSmtpUtf8());
    EXPECT_EQ(ascii.envelopeAddress(), QStringLiteral("info@xn--exmple-cua.test"));
    const Mailbox utf8{QString(), QStringLiteral("jörg@exämple.test")};
    EXPECT_TRUE(utf8.needsSmtpUtf8());
    EXPECT_EQ(utf8.envelopeAddress(), QStringLiteral("jörg@exämple.test"));
    // The local part is what comes before the last "@", a quoted "@" included.
    const Mailbox quoted{QString(), QStringLiteral("\"a@b\"@exämple.test")};
    EXPECT_FALSE(quoted.needsSmtpUtf8());
    EXPECT_EQ(quoted.envelopeAddress(), QStringLiteral("\"a@b\"@xn--exmple-cua.test"));
    const Mailbox quotedUtf8{QString(), QStringLiteral("\"jö@rg\"@example.test")};
    EXPECT_TRUE(quotedUtf8.needsSmtpUtf8());
    EXPECT_EQ(quotedUtf8.envelopeAddress(), QStringLiteral("\"jö@rg\"@example.test"));
    const Mailbox plain{QString(), QStringLiteral("user@example.test")};
    EXPECT_FALSE(plain.needsSmtpUtf8());
    EXPECT_EQ(plain.envelopeAddress(), QStringLiteral("user@example.test"));
    const Mailbox literal{QString(), QStringLiteral("jörg@[192.0.2.1]")};
    EXPECT_TRUE(literal.needsSmtpUtf8());
    EXPECT_EQ(literal.envelopeAddress(), QStringLiteral("jörg@[192.0.2.1]"));
    EXPECT_FALSE(Mailbox().needsSmtpUtf8());
}

// Issue 11, fuzzing: the decoders the round-trip fuzzer checks the encoders against.
TEST(Rfc2047Decode, WordsCharsetsAndWhitespace)
{
    EXPECT_EQ(decodeUnstructured("=?UTF-8?B?w5xuw69jb2Rl?="), QString::fromUtf8("Ünïcode"));
    EXPECT_EQ(decodeUnstructured("=?utf-8?q?a_b=3D?= =?UTF-8?B?Yw==?= and  more"), QStringLiteral("a b=c and  more"));
    EXPECT_EQ(decodeUnstructured("=?ISO-8859-1?Q?M=E4rz?="), QString::fromUtf8("März"));
    EXPECT_EQ(decodeUnstructured("plain =?x"), std::nullopt);
    EXPECT_EQ(decodeUnstructured("=?UTF-8?B?/w==?="), std::nullopt) << "not UTF-8";
    EXPECT_EQ(decodeUnstructured("=?KOI8-R?B?YQ==?="), std::nullopt) << "charset not supported";
}

TEST(Rfc2047Decode, RoundTripOfTheEncoder)
{
    for (const QString &text : {QStringLiteral("Hello world"), QString::fromUtf8("Grüße 🎉 漢字"), QStringLiteral("a  b"),
                                QStringLiteral(" lead"), QStringLiteral("=?not?= encoded"), QString(300, u'x'), QString()}) {
        EXPECT_EQ(decodeUnstructured(unstructuredWords(text, 7).join(' ')), text) << text.toStdString();
    }
}

TEST(Rfc2231Decode, ContinuationsQuotedAndPlain)
{
    EXPECT_EQ(decodeParameter("attachment; filename*0*=UTF-8''%C3%A4; filename*1*=.pdf", "filename"), QString::fromUtf8("ä.pdf"));
    EXPECT_EQ(decodeParameter("inline; filename=\"a \\\"b\\\"; c\"", "filename"), QStringLiteral("a \"b\"; c"));
    EXPECT_EQ(decodeParameter("attachment; filename*=UTF-8'de'%E2%82%AC", "filename"), QString::fromUtf8("€"));
    EXPECT_EQ(decodeParameter("attachment", "filename"), std::nullopt);
    EXPECT_EQ(decodeParameter("attachment; filename*=UTF-8''%ZZ", "filename"), std::nullopt);
    for (const QString &value : {QStringLiteral("report.pdf"), QString::fromUtf8("Rechnung März 2026 – final.pdf"), QString(200, u'y'),
                                 QStringLiteral("quote\" back\\slash")}) {
        EXPECT_EQ(decodeParameter(parameterWords("filename", value).join(' '), "filename"), value) << value.toStdString();
    }
}
