// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "finding.h"
#include "observation.h"

#include <QList>
#include <QStringList>

// The rules: what was observed (stage, error category, SMTP and enhanced code, TLS error,
// probe results) in, findings out. Pure functions over an Observation, no network, no text:
// tests/unit/test_diagnostic_rules.cpp has a row per finding code.
namespace selfmx::diagnostics {

// Every code the rules can produce, in the order of the stages.
const QStringList &allFindingCodes();

// The whole analysis, in report order: DNS, TCP, the session's error, TLS, the working
// session (warnings, sender/recipient probe, test message).
QList<Finding> analyse(const Observation &observation);

// The parts of analyse(), each usable alone.
QList<Finding> resolveFindings(const Observation &observation);
QList<Finding> connectFindings(const Observation &observation);
// The session's error, through the table of (stage, category, reply code, condition) rows;
// first matching row wins. Empty when the session passed.
QList<Finding> sessionErrorFindings(const Observation &observation);
// One finding per kind of certificate failure (self-signed, unknown issuer, …).
QList<Finding> certificateFindings(const Observation &observation, const QList<QSslError> &errors);
// An established TLS session: verification off, the pin used, expiry within 14 days.
QList<Finding> tlsFindings(const Observation &observation);
// A session that got ready: TLS off, AUTH before TLS, the sender/recipient probe, the test
// message.
QList<Finding> workingSessionFindings(const Observation &observation);

// The stage of the first error, in the order stages happen for these settings (with implicit
// TLS, TLS comes before the greeting); Stage::None when there is no error.
smtp::Stage firstFailedStage(const QList<Finding> &findings, smtp::TlsMode mode);
QList<smtp::Stage> stageOrder(smtp::TlsMode mode);

} // namespace selfmx::diagnostics
