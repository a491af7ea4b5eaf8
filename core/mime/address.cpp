// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "address.h"

#include "encoding.h"

#include <QUrl>

namespace selfmx::mime {

namespace {

bool isAsciiText(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// RFC 5322 §3.2.3 atext, plus any non-ASCII character (RFC 6532 §3.2).
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return true;
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

// RFC 5322 specials: a phrase with any of these must be quoted.
bool needsQuoting(QStringView phrase)
{
    return std::any_of(phrase.cbegin(), phrase.cend(), [](QChar c) { return QStringView(u"()<>[]:;@\\,.\"").contains(c); });
}

QString unquote(const QString &text)
{
    QString out;
    bool escaped = false;
    for (QChar c : text) {
        if (escaped) {
            out.append(c);
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c != u'"') {
            out.append(c);
        }
    }
    return out;
}

struct ProblemCode {
    AddressProblem problem;
    const char *code;
};

constexpr ProblemCode problemCodes[] = {
    {AddressProblem::Empty, "address.empty"},
    {AddressProblem::LineBreak, "address.line_break"},
    {AddressProblem::NotNameAtDomain, "address.not_name_at_domain"},
    {AddressProblem::LocalPartTooLong, "address.local_part_too_long"},
    {AddressProblem::TooLong, "address.too_long"},
    {AddressProblem::BadQuotedLocalPart, "address.bad_quoted_local_part"},
    {AddressProblem::MisplacedDot, "address.misplaced_dot"},
    {AddressProblem::NeedsQuoting, "address.needs_quoting"},
    {AddressProblem::BadInternationalDomain, "address.bad_international_domain"},
    {AddressProblem::BadHostName, "address.bad_host_name"},
    {AddressProblem::TextAfterAngle, "address.text_after_angle"},
    {AddressProblem::UnterminatedDisplayName, "address.unterminated_display_name"},
    {AddressProblem::UnterminatedQuote, "address.unterminated_quote"},
};

} // namespace

// A host name IDNA leaves as it is (but for case): ASCII letters, digits and hyphens in
// labels of 1 to 63, none beginning or ending with a hyphen, and none with hyphens in its
// third and fourth places (an "xn--" label, or one UTS #46 refuses). Anything else goes
// through QUrl::toAce.
bool isPlainHostName(QStringView domain)
{
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain[i] != u'.') {
            const char16_t u = domain[i].unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'))
                return false;
            continue;
        }
        const QStringView label = domain.mid(labelStart, i - labelStart);
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        if (label.size() >= 4 && label[2] == u'-' && label[3] == u'-')
            return false;
        labelStart = i + 1;
    }
    return true;
}

QString addressProblemCode(AddressProblem problem)
{
    for (const ProblemCode &entry : problemCodes) {
        if (entry.problem == problem)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

AddressProblem addressProblemFromCode(const QString &code)
{
    for (const ProblemCode &entry : problemCodes) {
        if (code == QLatin1StringView(entry.code))
            return entry.problem;
    }
    return AddressProblem::None;
}

QString AddressError::code() const
{
    return addressProblemCode(problem);
}

bool isValidAddress(const QString &address, AddressError *why)
{
    // Views, not copies: the relay checks every sender and recipient of every request twice
    // (when it accepts it and when it builds the message), so this runs per address per message.
    auto fail = [why, &address](AddressProblem problem, const QString &detail = {}) {
        if (why)
            *why = {problem, address, detail};
        return false;
    };
    if (address.contains(u'\r') || address.contains(u'\n'))
        return fail(AddressProblem::LineBreak);
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return fail(AddressProblem::NotNameAtDomain);
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    const bool ascii = isAsciiText(address); // then UTF-8 has a byte per character
    if ((ascii ? local.size() : local.toUtf8().size()) > 64)
        return fail(AddressProblem::LocalPartTooLong);
    if ((ascii ? address.size() : address.toUtf8().size()) > 254)
        return fail(AddressProblem::TooLong);
    if (local.startsWith(u'"') && local.endsWith(u'"') && local.size() >= 2) {
        // quoted-string local part: anything printable except unescaped quotes
        const QStringView inner = local.mid(1, local.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] == u'\\') {
                ++i;
                continue;
            }
            if (inner[i] == u'"' || inner[i].unicode() < 0x20)
                return fail(AddressProblem::BadQuotedLocalPart);
        }
    } else {
        // dot-atom: atext runs separated by single dots, no leading/trailing dot
        if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
            return fail(AddressProblem::MisplacedDot);
        for (QChar c : local) {
            if (c != u'.' && !isAtext(c))
                return fail(AddressProblem::NeedsQuoting, QString(c));
        }
    }
    if (domain.startsWith(u'[') && domain.endsWith(u']'))
        return true; // address literal; the server judges it
    if (isPlainHostName(domain))
        return true; // what QUrl::toAce gives back for it (lowercased) passes the checks below
    const QByteArray ace = QUrl::toAce(domain.toString(), QUrl::AceTransitionalProcessing);
    if (ace.isEmpty())
        return fail(AddressProblem::BadInternationalDomain);
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return fail(AddressProblem::BadHostName);
        for (char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                return fail(AddressProblem::BadHostName);
        }
    }
    return true;
}

bool Mailbox::needsSmtpUtf8() const
{
    const QStringView view(address);
    return !isAsciiText(view.left(qMax(qsizetype(0), view.lastIndexOf(u'@')))); // the local part, not a copy
}

QString Mailbox::envelopeAddress() const
{
    // The common case first, in one pass and without a copy: an address all of ASCII is
    // what it is on the envelope (the relay asks three times per message).
    if (isAsciiText(address))
        return address;
    if (needsSmtpUtf8() || isAsciiText(domain()) || domain().startsWith(u'['))
        return address;
    return localPart() + u'@' + QString::fromLatin1(QUrl::toAce(domain()));
}

QList<QByteArray> Mailbox::headerWords() const
{
    QList<QByteArray> words;
    if (!displayName.isEmpty()) {
        if (!isPrintableAscii(displayName)) {
            words = encodedWords(displayName);
        } else if (needsQuoting(displayName)) {
            QString quoted = displayName;
            quoted.replace(u'\\', QStringLiteral("\\\\"));
            quoted.replace(u'"', QStringLiteral("\\\""));
            // Split at single spaces so the header can fold inside the quoted string (FWS
            // is allowed there, RFC 5322 §3.2.4; unfolding gives the same text back).
            words = QByteArray('"' + quoted.toLatin1() + '"').split(' ');
        } else {
            for (const QString &word : displayName.split(u' ', Qt::SkipEmptyParts))
                words.append(word.toLatin1());
        }
        // A word that cannot fold within 78 columns (a 2,000-character name without spaces,
        // runs of spaces) is written as encoded-words instead, which fold anywhere: no header
        // line ever exceeds 998 octets (RFC 5322 §2.1.1).
        constexpr qsizetype longestWord = RecommendedLineLength - 12; // room for "Reply-To: "
        const bool foldable =
            std::all_of(words.cbegin(), words.cend(), [](const QByteArray &w) { return !w.isEmpty() && w.size() <= longestWord; });
        if (!foldable)
            words = encodedWords(displayName);
    }
    // Without SMTPUTF8 the header carries the ASCII form of the domain too (RFC 5890).
    const QByteArray addr = envelopeAddress().toUtf8();
    words.append(displayName.isEmpty() ? addr : '<' + addr + '>');
    return words;
}

std::optional<Mailbox> parseMailbox(const QString &input, AddressError *error)
{
    const QString text = input.trimmed();
    auto fail = [error, &text](AddressProblem problem, const QString &detail = {}) -> std::optional<Mailbox> {
        if (error)
            *error = {problem, text, detail};
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(AddressProblem::Empty);
    if (text.contains(u'\r') || text.contains(u'\n'))
        return fail(AddressProblem::LineBreak);
    Mailbox mailbox;
    const qsizetype open = text.lastIndexOf(u'<');
    if (open >= 0) {
        if (!text.endsWith(u'>'))
            return fail(AddressProblem::TextAfterAngle);
        mailbox.address = text.mid(open + 1, text.size() - open - 2).trimmed();
        QString display = text.left(open).trimmed();
        if (display.startsWith(u'"')) {
            if (!display.endsWith(u'"') || display.size() < 2)
                return fail(AddressProblem::UnterminatedDisplayName);
            display = unquote(display);
        }
        mailbox.displayName = display.simplified();
    } else {
        mailbox.address = text;
    }
    AddressError why;
    if (!isValidAddress(mailbox.address, &why))
        return fail(why.problem, why.detail);
    return mailbox;
}

AddressList parseAddressList(const QString &text)
{
    AddressList list;
    QStringList items;
    QString current;
    bool inQuotes = false;
    bool inAngle = false;
    bool escaped = false;
    for (QChar c : text) {
        if (escaped) {
            current.append(c);
            escaped = false;
            continue;
        }
        if (c == u'\\' && inQuotes) {
            escaped = true;
            current.append(c);
            continue;
        }
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (c == u'<' && !inQuotes)
            inAngle = true;
        else if (c == u'>' && !inQuotes)
            inAngle = false;
        if ((c == u',' || c == u';') && !inQuotes && !inAngle) {
            items.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    items.append(current);
    if (inQuotes) {
        list.error = {AddressProblem::UnterminatedQuote, text.trimmed(), {}};
        return list;
    }
    for (const QString &item : std::as_const(items)) {
        if (item.trimmed().isEmpty())
            continue;
        AddressError error;
        const std::optional<Mailbox> mailbox = parseMailbox(item, &error);
        if (!mailbox) {
            list.error = error;
            list.mailboxes.clear();
            return list;
        }
        list.mailboxes.append(*mailbox);
    }
    return list;
}

} // namespace selfmx::mime
