// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace selfmx::test {

// What a program run to its end said and returned.
struct ChildRun {
    int exitCode = -1; // its exit code; -2 when it crashed; -1 when it did not finish
    QString out;
    QString err; // "timed out" when it was killed for not finishing in time
};

// Runs `program` with `arguments` in `environment` and waits for it, bounded by `timeoutMs`
// (a program still running then is killed).
ChildRun runChild(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 30000);

// The values the DNS fixture (tests/support/dns/dns-fixture.sh) wrote to its dns.env:
// DNS_SERVER, DNS_TRUST_ANCHOR_FILE, … Read from SELFMX_DNS_ENV, else the build's path;
// empty when the fixture did not run.
const QHash<QString, QString> &dnsFixtureValues();

} // namespace selfmx::test
