// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "diagnostics/finder.h"
#include "diagnostics/finding.h"
#include "diagnostics/observation.h"
#include "diagnostics/report.h"
#include "smtp/types.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace selfmx::diagnostics {
class Diagnoser;
} // namespace selfmx::diagnostics

namespace selfmx::profile {
class SettingsDraft;
} // namespace selfmx::profile

namespace selfmx::ui {

class DiagnosisView;
class SenderDomainSection;

// The one-click test: a Test button, a live list of steps (connect, TLS, EHLO, AUTH, and
// with a test address the MAIL FROM / RCPT TO probe and a test message), each pending,
// running, ✓ or ✗ with its time, a Cancel, and on failure the findings with their fixes
// (its DiagnosisView shows them, an "Apply fix" button where a finding proposes a settings
// change; this panel applies it). It runs the core's
// Diagnoser on the draft's settings, never blocks, and changes only the draft: whoever owns
// the draft decides what is saved. Independent of any window: the setup wizard and the
// main window both embed it.
class TestPanel : public QWidget
{
    Q_OBJECT
public:
    enum class StepState { Pending, Running, Passed, Warning, Failed, Skipped };
    Q_ENUM(StepState)

    explicit TestPanel(profile::SettingsDraft *draft, QWidget *parent = nullptr);
    ~TestPanel() override;

    // For provider-specific findings ("sendgrid"); empty: guessed from the host.
    void setProviderKey(const QString &key);
    // Asks before a fix trusts a certificate (pins it); the default shows a message box with
    // its subject, issuer, dates and fingerprint. Tests and embedders may replace it.
    using TrustConfirmation = std::function<bool(const diagnostics::CertificateInfo &certificate)>;
    void setTrustConfirmation(TrustConfirmation confirm) { m_confirmTrust = std::move(confirm); }

    bool isRunning() const;
    // Starts a test of the draft's current settings. When the draft has errors nothing runs:
    // they are shown and testFinished(false) is emitted before start() returns.
    void start();
    // Stops a running test; testFinished(false) follows within a moment.
    void cancel();

    // What the last test found (errors and warnings, in the report's order), and applying
    // the change one of them proposes to the draft (false: none, or the user declined).
    QList<diagnostics::Finding> findings() const { return m_findings; }
    bool applyFix(int findingIndex);
    bool lastTestPassed() const { return m_passed; }
    // The whole report of the last test (stages, findings, redacted transcript).
    const diagnostics::Report &lastReport() const { return m_report; }

    StepState stepState(smtp::Stage stage) const;
    // The step's Time cell as shown ("12 ms"; empty while pending, running or skipped).
    QString stepTimeText(smtp::Stage stage) const;
    QString statusText() const;
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLineEdit *testAddressEdit() const { return m_testAddress; }

    // "Find working settings": tries the usual port and TLS combinations side by side,
    // shows each with its outcome, and applies the best that worked to the draft (nothing
    // is saved). finderFinished(true) when one worked.
    void findWorkingSettings();
    // Other combinations than the standard ports (servers on unusual ports, tests).
    void setFinderCandidates(QList<diagnostics::Candidate> candidates) { m_finderCandidates = std::move(candidates); }
    QPushButton *findButton() const { return m_findButton; }
    QStringList triedText() const; // the lines shown for what was tried
    // The "Apply fix" button of a finding (null when it proposes no change).
    QPushButton *fixButton(int findingIndex) const;
    // The findings with their fixes and what "Find working settings" tried.
    DiagnosisView *diagnosisView() const { return m_diagnosis; }
    // The "Sender domain" section under the test: the DNS check of the sender's domain.
    // Behind its own toggle (collapsed at start) and made the first time it is shown or
    // asked for: most windows never use it, and it was a twentieth of the work before the
    // first paint. senderDomain() makes it when there is none yet (hidden while the toggle
    // is off), so it is not const.
    SenderDomainSection *senderDomain();
    QToolButton *senderDomainToggle() const { return m_senderDomainToggle; }
    bool isSenderDomainShown() const;
    void setSenderDomainShown(bool shown);

Q_SIGNALS:
    void started();
    void testFinished(bool passed);
    void fixApplied();
    void finderFinished(bool found);
    // The findings shown want `pixels` more height than they have (up to the first one with a
    // fix); the window may give it from the transcript below.
    void findingsNeedRoom(int pixels);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Step {
        QTreeWidgetItem *item = nullptr;
        StepState state = StepState::Pending;
        QElapsedTimer clock; // while running
        qint64 elapsedMs = 0;
    };
    // The row a stage is shown on (resolve and greeting belong to "connect"); -1: none.
    static int rowOf(smtp::Stage stage);
    void setStep(int row, StepState state);
    void onStageChanged(smtp::Stage stage, diagnostics::StageStatus status);
    void onFinished();
    void fitStepColumns();
    void setBusy(bool busy);
    void onFinderFinished();

    QPointer<profile::SettingsDraft> m_draft;
    QString m_providerKey;
    TrustConfirmation m_confirmTrust;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_findButton = nullptr;
    QLineEdit *m_testAddress = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_status = nullptr;
    DiagnosisView *m_diagnosis = nullptr;
    SenderDomainSection *m_senderDomain = nullptr; // made on demand: senderDomain()
    QToolButton *m_senderDomainToggle = nullptr;
    QVBoxLayout *m_layout = nullptr;
    // The last test's TLS chain, kept for the section until it exists.
    QString m_chainHost;
    quint16 m_chainPort = 0;
    QList<QByteArray> m_chainDer;
    QList<Step> m_rows;
    QList<diagnostics::Finding> m_findings;
    diagnostics::Report m_report;
    QList<diagnostics::CertificateInfo> m_chain;
    QPointer<diagnostics::Diagnoser> m_diagnoser;
    QPointer<diagnostics::SettingsFinder> m_finder;
    QList<diagnostics::Candidate> m_finderCandidates;
    bool m_cancelled = false;
    bool m_passed = false;
};

} // namespace selfmx::ui
