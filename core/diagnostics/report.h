// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "finding.h"
#include "observation.h"

#include "smtp/capabilities.h"
#include "smtp/settings.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace selfmx::diagnostics {

// A stage's line in the report. Its summary is made by the front end's renderer from the
// report (text/reporttext.h), so core keeps no sentence here.
struct StageReport {
    smtp::Stage stage = smtp::Stage::None;
    StageStatus status = StageStatus::Skipped;
    qint64 elapsedMs = 0;
    bool applicable = true; // false: not asked for (no SMTP_USER, no probe, TLS off)
};

// The result of a diagnosis: what was observed, stage by stage, and the findings. Values
// only; the JSON, the ✓/✗ text and the support bundle are rendered in text/reporttext.h.
struct Report {
    smtp::Settings settings; // password removed
    QDateTime startedAt;
    qint64 totalMs = 0;
    QList<StageReport> stages;
    QList<Finding> findings;

    // Resolve and connect.
    QStringList addresses;
    QString lookupError; // the resolver's words
    bool lookupTimedOut = false;
    QList<ConnectAttempt> connects;
    // Greeting, TLS, EHLO, AUTH.
    QString greeting;
    bool encrypted = false;
    bool certificateVerified = false; // no certificate error had to be accepted
    bool certificatePinned = false;   // verification on, errors accepted because SMTP_TLS_PIN_SHA256 matched
    QString tlsProtocol;
    QString tlsCipher;
    QList<CertificateInfo> chain;
    smtp::Capabilities capabilitiesBeforeTls;
    smtp::Capabilities capabilities;
    QString authMechanism;      // the one that logged in; empty when none did
    QString attemptedMechanism; // the one tried, also when it was refused
    // Sender, recipient, data.
    QString probeSender;
    QString probeRecipient;
    bool testSend = false;
    QString dataReply;  // the server's words after the test message
    QString transcript; // redacted by the session

    bool ok() const { return firstFailedStage() == smtp::Stage::None; }
    // The stage of the first error, in the order the stages happen (with implicit TLS,
    // TLS comes before the greeting).
    smtp::Stage firstFailedStage() const;
    // The stages in the order they happen for these settings.
    QList<smtp::Stage> stageOrder() const;
    int rank(smtp::Stage stage) const { return int(stageOrder().indexOf(stage)); }
    // Fills stages from the findings: failed, warning, passed, or skipped (not applicable,
    // or after the failure). elapsed: time spent per stage.
    void buildStages(const QMap<smtp::Stage, qint64> &elapsed);
};

} // namespace selfmx::diagnostics
