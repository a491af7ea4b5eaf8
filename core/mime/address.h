// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace selfmx::mime {

// One mailbox as people write it: "Doe, Jane" <jane@b.test>, Ünïcode Name <u@b.test>,
// or a bare a@b.test (RFC 5322 §3.4, with RFC 6532 UTF-8).
struct Mailbox {
    QString displayName; // unquoted, as it should read
    QString address;     // local-part@domain, as given (domain may be Unicode)

    QString localPart() const { return address.section(u'@', 0, -2); }
    QString domain() const { return address.section(u'@', -1); }
    // A non-ASCII local part can only travel with SMTPUTF8 (RFC 6531); a non-ASCII
    // domain alone is converted to its IDNA (punycode) form instead.
    bool needsSmtpUtf8() const;
    // The address for MAIL FROM / RCPT TO: IDNA domain unless SMTPUTF8 is needed.
    QString envelopeAddress() const;
    // Header form: display name quoted or RFC 2047-encoded, address in angle brackets;
    // returned as words that may be folded between.
    QList<QByteArray> headerWords() const;

    friend bool operator==(const Mailbox &, const Mailbox &) = default;
};

// What is wrong with an address people gave. Data, not a sentence: the front ends word it
// (text::MimeText), the relay's API answers in its own English; code() is the stable form
// for JSON and logs.
enum class AddressProblem {
    None,
    Empty,                   // "address.empty"
    LineBreak,               // "address.line_break": header injection is refused
    NotNameAtDomain,         // "address.not_name_at_domain"
    LocalPartTooLong,        // "address.local_part_too_long": over 64 octets (RFC 5321 §4.5.3.1.1)
    TooLong,                 // "address.too_long": over 254 octets
    BadQuotedLocalPart,      // "address.bad_quoted_local_part"
    MisplacedDot,            // "address.misplaced_dot": leading, trailing or doubled dot in the local part
    NeedsQuoting,            // "address.needs_quoting": detail is the character
    BadInternationalDomain,  // "address.bad_international_domain": no IDNA form
    BadHostName,             // "address.bad_host_name"
    TextAfterAngle,          // "address.text_after_angle": text after the closing '>'
    UnterminatedDisplayName, // "address.unterminated_display_name"
    UnterminatedQuote,       // "address.unterminated_quote": in a list of addresses
};

struct AddressError {
    AddressProblem problem = AddressProblem::None;
    QString address; // the offending text as given (a mailbox or the whole list), not simplified
    QString detail;  // NeedsQuoting: the character
    bool isError() const { return problem != AddressProblem::None; }
    QString code() const;
    friend bool operator==(const AddressError &, const AddressError &) = default;
};

// "address.local_part_too_long"; None gives an empty string.
QString addressProblemCode(AddressProblem problem);
// The inverse; None for an unknown code.
AddressProblem addressProblemFromCode(const QString &code);

// The result of parsing one header's worth of addresses.
struct AddressList {
    QList<Mailbox> mailboxes;
    AddressError error; // names the offending address and what is wrong with it
    bool ok() const { return !error.isError(); }
};

// "a@b.test, \"Doe, Jane\" <jane@b.test>": commas inside quotes or angle brackets do not
// separate. An empty text gives an empty list (not an error).
AddressList parseAddressList(const QString &text);
// Exactly one mailbox.
std::optional<Mailbox> parseMailbox(const QString &text, AddressError *error = nullptr);
// addr-spec syntax: dot-atom or quoted local part (UTF-8 allowed), host name or literal.
bool isValidAddress(const QString &address, AddressError *why = nullptr);
// A host name IDNA leaves as it is but for case (QUrl::toAce lowercases it): ASCII letters,
// digits and hyphens in labels of 1-63, no hyphen at a label's ends or in its places 3-4.
bool isPlainHostName(QStringView domain);

} // namespace selfmx::mime
