// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

namespace selfmx::text {

// Who reads a sentence decides how a fix is worded: the command line names variables,
// options and commands (SMTP_PORT=465, `selfmx-console discover`); the window names form
// fields and buttons ("Port", "Apply fix"). Core never does either.
enum class Audience {
    CommandLine,
    Window,
};

} // namespace selfmx::text
