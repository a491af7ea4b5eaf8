// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/types.h"

namespace selfmx::app {

// The exit status of the headless commands names the failing stage (README, "Exit status").
enum ExitCode : int {
    Success = 0,
    Internal = 1,
    Usage = 2, // bad arguments or settings: nothing was attempted
    Resolve = 3,
    Connect = 4,
    Greeting = 5,
    Tls = 6,
    Ehlo = 7,
    Auth = 8,
    Sender = 9,
    Recipient = 10, // also: accepted for some recipients only
    Data = 11,
    Quit = 12,
    DomainNotReady = 13, // check-domain: a finding of severity error (SPF, DKIM, DMARC)
    Listen = 14,         // relay: the port or the queue is in use, or HOST is not (yet) this machine's: worth a restart
    Keychain = 20,       // no keychain, locked, access denied: nothing was changed
    Cancelled = 130,     // Ctrl-C, as a shell reports SIGINT
};

inline int exitCodeFor(smtp::Stage stage)
{
    switch (stage) {
    case smtp::Stage::None: return Internal;
    case smtp::Stage::Resolve: return Resolve;
    case smtp::Stage::Connect: return Connect;
    case smtp::Stage::Greeting: return Greeting;
    case smtp::Stage::Tls: return Tls;
    case smtp::Stage::Ehlo: return Ehlo;
    case smtp::Stage::Auth: return Auth;
    case smtp::Stage::Sender: return Sender;
    case smtp::Stage::Recipient: return Recipient;
    case smtp::Stage::Data: return Data;
    case smtp::Stage::Quit: return Quit;
    }
    return Internal;
}

} // namespace selfmx::app
