// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace selfmx::test {

// A loopback port free at the time of asking (for a child process that binds it itself).
inline quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace selfmx::test
