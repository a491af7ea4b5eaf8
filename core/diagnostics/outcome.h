// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

namespace selfmx::smtp {
class SmtpSession;
}

namespace selfmx::diagnostics {

// The one place that decides whether a connection test passed (the command line's `test`,
// the window's "Test connection" and the diagnosis all ask here): the session got ready
// (connected, secured, greeted, authenticated where asked) and ended without an error, or
// with one only at QUIT, after everything that matters had worked.
bool connectionTestPassed(const smtp::SmtpSession &session);

} // namespace selfmx::diagnostics
