// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "types.h"

namespace selfmx::smtp {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::None: return QStringLiteral("none");
    case Stage::Resolve: return QStringLiteral("resolve");
    case Stage::Connect: return QStringLiteral("connect");
    case Stage::Greeting: return QStringLiteral("greeting");
    case Stage::Tls: return QStringLiteral("tls");
    case Stage::Ehlo: return QStringLiteral("ehlo");
    case Stage::Auth: return QStringLiteral("auth");
    case Stage::Sender: return QStringLiteral("sender");
    case Stage::Recipient: return QStringLiteral("recipient");
    case Stage::Data: return QStringLiteral("data");
    case Stage::Quit: return QStringLiteral("quit");
    }
    return {};
}

QString tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Implicit: return QStringLiteral("implicit");
    case TlsMode::StartTls: return QStringLiteral("starttls");
    case TlsMode::None: return QStringLiteral("none");
    }
    return {};
}

QString mechanismName(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::Auto: return QStringLiteral("auto");
    case AuthMechanism::CramMd5: return QStringLiteral("CRAM-MD5");
    case AuthMechanism::Plain: return QStringLiteral("PLAIN");
    case AuthMechanism::Login: return QStringLiteral("LOGIN");
    }
    return {};
}

} // namespace selfmx::smtp
