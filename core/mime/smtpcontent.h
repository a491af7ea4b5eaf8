// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "message.h"

#include "smtp/session.h"

namespace selfmx::mime {

// What SmtpSession::send() needs for a composed message: the envelope (bare addresses,
// Bcc included), and the content, built when its turn comes so that it is 8bit exactly
// when the server offers 8BITMIME.
smtp::Envelope envelopeFor(const Message &message);
smtp::ContentFactory contentFactory(Message message);

} // namespace selfmx::mime
