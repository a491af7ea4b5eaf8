// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace selfmx::mime {

// RFC 5322 §2.1.1: lines SHOULD stay within 78 characters and MUST within 998.
constexpr int RecommendedLineLength = 78;
constexpr int MaxLineLength = 998;

// RFC 2045 §6.7 quoted-printable for a text body: input lines may end in LF or CRLF and
// come out ending in CRLF; lines are soft-broken at 76 columns; '=' and bytes >= 0x80 are
// escaped, and so is whitespace at the end of a line (rule 3).
QByteArray quotedPrintable(QByteArrayView text);

// RFC 2045 §6.8 base64 in lines of 76 characters, each ending in CRLF. Input whose size is
// a multiple of 57 encodes to whole lines, which is how streams are chunked.
QByteArray base64Lines(QByteArrayView data);
constexpr qint64 Base64LineInput = 57;
qint64 base64LinesSize(qint64 inputSize);

// RFC 2047 "B" encoded-words of at most 75 characters each, never splitting a UTF-8
// sequence (§5 (3)). Decoders drop the whitespace between adjacent words.
QList<QByteArray> encodedWords(const QString &text);

// Unstructured header text (Subject, custom headers) for a field whose name has
// `nameLength` characters: ASCII stays readable and is split at spaces; anything else, or a
// word too long to stay within 998 octets on the field's first line, becomes encoded-words.
QList<QByteArray> unstructuredWords(const QString &text, qsizetype nameLength);

// "Name: word word\r\n word\r\n": folds between words so lines stay within 78 columns
// where the words allow (RFC 5322 §2.2.3). Ends with CRLF.
QByteArray foldHeader(const QByteArray &name, const QList<QByteArray> &words);
// An unstructured field (Subject, a custom header) whole: its words for this name, folded.
QByteArray unstructuredField(const QByteArray &name, const QString &text);

// A MIME parameter (RFC 2045 §5.1): name="value" for plain ASCII; RFC 2231 extended
// notation name*0*=UTF-8''%..; name*1*=... for anything else, in pieces that fold.
QList<QByteArray> parameterWords(const QByteArray &name, const QString &value);

// RFC 2047 §6: decodes unstructured header text (folding already removed): each
// "=?charset?B|Q?text?=" word becomes its text (UTF-8, US-ASCII or ISO-8859-1), whitespace
// between two adjacent encoded-words is dropped (§6.2), everything else is kept as it is.
// Nothing when an encoded-word is malformed or its bytes are not valid in its charset.
std::optional<QString> decodeUnstructured(QByteArrayView text);

// RFC 2045 §5.1 + RFC 2231 §3-4: the value of parameter `name` in a parameter list such as
// `attachment; filename*0*=UTF-8''%C3%A4; filename*1*=.pdf` or `name="a \"b\""`.
// Nothing when the parameter is absent or malformed.
std::optional<QString> decodeParameter(QByteArrayView parameters, const QByteArray &name);

// True when every character is printable US-ASCII (or tab / space).
bool isPrintableAscii(QStringView text);

} // namespace selfmx::mime
