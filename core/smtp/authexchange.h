// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "error.h"
#include "reply.h"
#include "types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace selfmx::smtp {

// The client side of one AUTH exchange (RFC 4954): decides whether credentials may be sent
// at all, picks the mechanism, and says at each step which line to send, which line the
// transcript and logs may show instead, and which reply comes next. It never touches a
// socket: the session sends, reads and feeds each reply back with next().
class AuthExchange
{
public:
    // What the session knows about the connection when AUTH is due.
    struct Connection {
        QStringList offered; // the AUTH mechanisms of the last EHLO reply
        bool encrypted = false;
        bool loopbackPeer = false;   // credentials may cross loopback without TLS
        bool allowPlaintext = false; // SMTP_ALLOW_PLAINTEXT_AUTH
        bool tlsConfigured = false;  // the settings ask for TLS (implicit or STARTTLS)
        QString host;
        quint16 port = 0;
    };

    struct Step {
        enum class Kind {
            Send,      // write `line`, record `shown`, await `expectedCode`
            Succeeded, // 235: authenticated
            Failed,    // `error` says why; nothing more is sent
        };
        Kind kind = Kind::Failed;
        QByteArray line;      // may carry the secret: for the socket only
        QByteArray shown;     // the same line with every secret replaced by "<redacted: …>"
        int expectedCode = 0; // 334 (the server asks for more) or 235 (the last line)
        Error error;
    };

    AuthExchange(QString user, QString password, AuthMechanism forced);

    // The first line (AUTH <mechanism> …), or why AUTH cannot start.
    Step start(const Connection &connection);
    // The server's reply to the last line sent: the next line, success or failure.
    Step next(const Reply &reply);

    // The mechanism chosen by start(); empty when none could be.
    std::optional<AuthMechanism> mechanism() const { return m_mechanism; }

private:
    Step send(const QByteArray &line, const QByteArray &shown, int expectedCode);
    static Step failed(Error error);
    Error refusal(const Reply &reply) const;

    QString m_user;
    QString m_password;
    AuthMechanism m_forced;
    std::optional<AuthMechanism> m_mechanism;
    int m_challenges = 0; // 334 replies answered so far
};

} // namespace selfmx::smtp
