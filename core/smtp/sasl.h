// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The client side of the SASL mechanisms an SMTP submission server offers. Pure functions:
// AuthExchange puts what they return on the wire and gives the transcript a redacted form.
namespace selfmx::smtp::sasl {

// The mechanism to use: the forced one if the server offers it, otherwise the best offered
// for the connection. Under TLS, PLAIN first (RFC 4616: one round trip, and TLS already
// protects the password; CRAM-MD5 costs a second round trip and makes the server keep the
// password in clear). Without TLS (loopback, or allowed explicitly) CRAM-MD5 first, since it
// never sends the password itself (RFC 2195). LOGIN (the legacy two-step variant) last.
std::optional<AuthMechanism> choose(const QStringList &offered, AuthMechanism forced, bool encrypted);

// RFC 4616: base64("" NUL user NUL password), UTF-8.
QByteArray plainInitialResponse(const QString &user, const QString &password);
// RFC 2195: base64(user SP hex(HMAC-MD5(password, challenge))); challenge is base64.
QByteArray cramMd5Response(const QString &user, const QString &password, const QByteArray &challengeBase64);
// LOGIN: each prompt is answered with base64 of the UTF-8 text.
QByteArray loginResponse(const QString &text);

} // namespace selfmx::smtp::sasl
