// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"

#include <QCoreApplication>
#include <QString>

namespace selfmx::text {

// Sentences about settings: a field's label and help, and each problem the settings model
// reports (a code and its parameters), worded for the audience.
class SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsText)
};

} // namespace selfmx::text
