// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "clisupport.h"

#include <QStringList>

namespace selfmx::app {

// selfmx-console diagnose [--profile NAME] [--json] [--probe-sender A] [--probe-recipient A]
//                         [--test-send] [--bundle FILE]
int runDiagnose(const QStringList &arguments);
// selfmx-console discover HOST [--profile NAME] [--allow-plain] [--json]
int runDiscover(const QStringList &arguments);
// What each parses (their man pages and completions are made from these too).
CommandSpec diagnoseCommand();
CommandSpec discoverCommand();

} // namespace selfmx::app
