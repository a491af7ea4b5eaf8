// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "clisupport.h"

#include <QStringList>

namespace selfmx::app {

// selfmx-console relay [--profile NAME] [--queue FILE]: the local HTTP relay, headless.
// selfmx-console relay list [--queue FILE]: the queue's newest messages.
int runRelayCommand(const QStringList &arguments);
// What it parses (its man page and completions are made from this too), and its actions.
CommandSpec relayCommand();
const QStringList &relayActions();

} // namespace selfmx::app
