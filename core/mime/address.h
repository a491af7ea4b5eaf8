// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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

// The result of parsing one header's worth of addresses.
struct AddressList {
    QList<Mailbox> mailboxes;
    QString error; // names the offending address and what is wrong with it
    bool ok() const { return error.isEmpty(); }
};

// "a@b.test, \"Doe, Jane\" <jane@b.test>": commas inside quotes or angle brackets do not
// separate. An empty text gives an empty list (not an error).
AddressList parseAddressList(const QString &text);
// Exactly one mailbox.
std::optional<Mailbox> parseMailbox(const QString &text, QString *error = nullptr);
// addr-spec syntax: dot-atom or quoted local part (UTF-8 allowed), host name or literal.
bool isValidAddress(const QString &address, QString *why = nullptr);

} // namespace selfmx::mime
