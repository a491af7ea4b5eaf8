// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// text::MimeText: core/mime's problems (codes and parameters) worded for people, in English
// here (no translator installed); the translations are checked by tests/integration/test_i18n.
#include "text/errortext.h"
#include "text/mimetext.h"

#include <gtest/gtest.h>

using namespace selfmx;
using mime::AddressError;
using mime::AddressProblem;
using mime::BuildIssue;
using mime::BuildProblem;
using text::MimeText;

namespace {

struct Wording {
    const char *name;
    const char *input;
    const char *sentence;
};

class MimeTextWording : public ::testing::TestWithParam<Wording>
{
};

} // namespace

// What core/mime finds in what people type, as the command line and the window say it.
TEST_P(MimeTextWording, NamesTheAddressAndWhatIsWrong)
{
    const mime::AddressList list = mime::parseAddressList(QString::fromUtf8(GetParam().input));
    ASSERT_FALSE(list.ok()) << GetParam().input;
    EXPECT_EQ(MimeText::describe(list.error), QString::fromUtf8(GetParam().sentence)) << list.error.code().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, MimeTextWording,
    ::testing::Values(
        Wording{"noAt", "jane.example.com", "\"jane.example.com\" is not of the form name@domain"},
        Wording{"lineBreak", "a@b.test\r\nBcc: evil@x.test",
                "\"a@b.test Bcc: evil@x.test\" contains a line break (header injection is refused)"},
        Wording{"longLocalPart", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.test",
                "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.test\" has a local part longer than 64 octets "
                "(RFC 5321 §4.5.3.1.1)"},
        Wording{"doubledDot", "Jane <jane..doe@b.test>", "\"Jane <jane..doe@b.test>\" has a misplaced dot in the local part"},
        Wording{"parenthesis", "\"x\" <a(b@c.test>", "\"\"x\" <a(b@c.test>\" has the character '(' in the local part, which needs quoting"},
        Wording{"badIdn", "a@xn--.test", "\"a@xn--.test\" has a domain that is not a valid (internationalised) host name"},
        Wording{"underscore", "x@bad_domain.test", "\"x@bad_domain.test\" has a domain that is not a valid host name"},
        Wording{"textAfterAngle", "Name <a@b.test> x", "\"Name <a@b.test> x\" has text after the closing '>'"},
        Wording{"unterminatedQuote", "\"Doe, Jane <j@b.test>", "\"\"Doe, Jane <j@b.test>\" has an unterminated quote"}),
    [](const auto &p) { return std::string(p.param.name); });

TEST(MimeText, EveryAddressProblemHasItsOwnSentence)
{
    QStringList sentences;
    for (int p = int(AddressProblem::Empty); p <= int(AddressProblem::UnterminatedQuote); ++p) {
        const AddressError error{AddressProblem(p), QStringLiteral("who@where.test"), QStringLiteral(",")};
        const QString sentence = MimeText::describe(error);
        EXPECT_NE(sentence, error.code()) << error.code().toStdString();
        if (error.problem != AddressProblem::Empty) {
            EXPECT_TRUE(sentence.contains(QStringLiteral("\"who@where.test\""))) << sentence.toStdString();
        }
        EXPECT_FALSE(sentences.contains(sentence)) << sentence.toStdString();
        sentences.append(sentence);
    }
    EXPECT_TRUE(MimeText::describe(AddressError{}).isEmpty());
}

TEST(MimeText, MessageProblemsNameTheirHeaderOrAttachment)
{
    mime::Message m;
    m.from = {QString(), QStringLiteral("s@selfmx.test")};
    m.to = {{QStringLiteral("Eve\r\nBcc: x@evil.test"), QStringLiteral("e@selfmx.test")}};
    m.subject = QStringLiteral("a\nb");
    m.headers = {{QStringLiteral("Subject"), QStringLiteral("x")}, {QStringLiteral("Bad Name"), QStringLiteral("x")}};
    m.attachments = {{QStringLiteral("logo.png"), QStringLiteral("image png"), QStringLiteral("my logo"), QByteArray("png"), {}},
                     {QStringLiteral("zero"), {}, {}, {}, QStringLiteral("/dev/zero")},
                     {QStringLiteral("gone.pdf"), {}, {}, {}, QStringLiteral("/nonexistent/gone.pdf")}};
    QStringList sentences;
    for (const BuildIssue &issue : mime::MessageBuilder::validate(m))
        sentences.append(MimeText::describe(issue));
    EXPECT_EQ(sentences.mid(0, 7),
              (QStringList{
                  QStringLiteral("the display name \"Eve Bcc: x@evil.test\" contains a line break (header injection is refused)"),
                  QStringLiteral("the subject contains a line break (header injection is refused)"),
                  QStringLiteral("the header \"Subject\" is set from the message itself; use the matching option instead"),
                  QStringLiteral("\"Bad Name\" is not a valid header name: use printable ASCII without spaces or ':'"),
                  QStringLiteral("the attachment \"logo.png\" has the content type \"image png\", which is not of the form type/subtype"),
                  QStringLiteral("the attachment \"logo.png\" has the content id \"my logo\", which is not valid: use ASCII letters, "
                                 "digits and . - _ @ (RFC 2392)"),
                  QStringLiteral("/dev/zero is not a regular file (a device, pipe or directory); save it to a file first"),
              }));
    ASSERT_EQ(sentences.size(), 8);
    EXPECT_TRUE(sentences[7].startsWith(QStringLiteral("cannot read /nonexistent/gone.pdf: "))) << sentences[7].toStdString();
    EXPECT_GT(sentences[7].size(), QStringLiteral("cannot read /nonexistent/gone.pdf: ").size());

    mime::Message empty;
    QStringList missing;
    for (const BuildIssue &issue : mime::MessageBuilder::validate(empty))
        missing.append(MimeText::describe(issue));
    EXPECT_EQ(missing, (QStringList{QStringLiteral("a sender address is required"),
                                    QStringLiteral("at least one recipient is required (to, cc or bcc)")}));
}

// data.read_failed carries the stream's code as its reason; ErrorText words it through MimeText.
TEST(MimeText, AReadFailureOfTheMessageIsWorded)
{
    EXPECT_EQ(MimeText::describeReadFailure(QStringLiteral("attachment.changed_size: /srv/report.pdf")),
              QStringLiteral("/srv/report.pdf changed size while it was being sent; send the message again"));
    EXPECT_EQ(MimeText::describeReadFailure(QStringLiteral("attachment.unreadable: /srv/report.pdf: Permission denied")),
              QStringLiteral("cannot read /srv/report.pdf: Permission denied"));
    EXPECT_EQ(MimeText::describeReadFailure(QStringLiteral("Broken pipe")), QStringLiteral("Broken pipe"));
    const smtp::Error error = smtp::Error::make(
        smtp::Stage::Data, smtp::ErrorCategory::Config, QStringLiteral("data.read_failed"), QStringLiteral("dev"),
        {{QStringLiteral("bytes"), 4096}, {QStringLiteral("reason"), QStringLiteral("attachment.changed_size: /srv/report.pdf")}});
    EXPECT_TRUE(text::ErrorText::describe(error, text::Audience::CommandLine)
                    .contains(QStringLiteral("reading the message failed after 4096 bytes: /srv/report.pdf changed size while it was "
                                             "being sent")))
        << text::ErrorText::describe(error, text::Audience::CommandLine).toStdString();
}
