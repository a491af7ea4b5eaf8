// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace selfmx::test {

// Parses a message with Python's standard email package (tests/support/mimecheck.py):
// an independent reading of what the builder produced. Empty object plus *error on failure.
QJsonObject parseWithPython(const QByteArray &message, QString *error);

} // namespace selfmx::test
