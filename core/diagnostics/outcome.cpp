// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "outcome.h"

#include "smtp/session.h"

namespace selfmx::diagnostics {

bool connectionTestPassed(const smtp::SmtpSession &session)
{
    const smtp::Error &error = session.error();
    return session.isReady() && (!error.isError() || error.stage == smtp::Stage::Quit);
}

} // namespace selfmx::diagnostics
