// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace selfmx::mime {

// RFC 2045 §6.7 quoted-printable for a text body: input lines may end in LF or CRLF and
// come out ending in CRLF; lines are soft-broken at 76 columns; '=' and bytes >= 0x80 are
// escaped, and so is whitespace at the end of a line (rule 3).
QByteArray quotedPrintable(QByteArrayView text);

// RFC 2047 "B" encoded-words for a header value, folded so that no line of the field
// (including "Name: ") is longer than 78 columns, never splitting a UTF-8 sequence.
// ASCII text without characters that need escaping is returned as it is.
QByteArray encodeHeaderText(const QString &text, int nameLength);

// True when every character is printable US-ASCII (or tab / space).
bool isPrintableAscii(QStringView text);

} // namespace selfmx::mime
