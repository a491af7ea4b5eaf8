// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QStringList>

namespace selfmx::app {

// Runs the subcommand on the running QCoreApplication's event loop; returns the exit status.
int runCli(const QStringList &arguments);

} // namespace selfmx::app
