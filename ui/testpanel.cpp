// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "testpanel.h"

#include "accessibility.h"
#include "diagnosisview.h"
#include "diagnostics/diagnoser.h"
#include "diagnostics/finder.h"
#include "measuredlabel.h"
#include "profile/settingsdraft.h"
#include "selectablelabel.h"
#include "senderdomainsection.h"
#include "text/findingtext.h"
#include "text/reporttext.h"
#include "text/settingstext.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace selfmx::ui {

using diagnostics::StageStatus;
using smtp::Stage;

namespace {

enum Row { ConnectRow, TlsRow, EhloRow, AuthRow, SenderRow, RecipientRow, DataRow, RowCount };
enum Column { StepColumn, StateColumn, TimeColumn };

QString rowName(int row)
{
    switch (row) {
    case ConnectRow: return TestPanel::tr("Connect");
    case TlsRow: return TestPanel::tr("TLS");
    case EhloRow:
        //: The SMTP greeting command, a step of the test
        return TestPanel::tr("EHLO");
    case AuthRow: return TestPanel::tr("Log in (AUTH)");
    case SenderRow: return TestPanel::tr("Sender accepted (MAIL FROM)");
    case RecipientRow: return TestPanel::tr("Recipient accepted (RCPT TO)");
    case DataRow: return TestPanel::tr("Test message");
    default: break;
    }
    return QString();
}

QString stateText(TestPanel::StepState state)
{
    switch (state) {
    case TestPanel::StepState::Pending: return TestPanel::tr("pending");
    case TestPanel::StepState::Running: return TestPanel::tr("running…");
    case TestPanel::StepState::Passed: return TestPanel::tr("✓ passed");
    case TestPanel::StepState::Warning: return TestPanel::tr("⚠ passed with a warning");
    case TestPanel::StepState::Failed: return TestPanel::tr("✗ failed");
    case TestPanel::StepState::Skipped: return TestPanel::tr("– skipped");
    }
    return QString();
}

QString certificateText(const diagnostics::CertificateInfo &c)
{
    const QLocale locale;
    return TestPanel::tr("Subject: %1\nIssuer: %2\nValid from %3 to %4\nSHA-256 fingerprint: %5")
        .arg(c.subject, c.issuer, locale.toString(c.notBefore, QLocale::ShortFormat), locale.toString(c.notAfter, QLocale::ShortFormat),
             c.sha256);
}

} // namespace

TestPanel::TestPanel(profile::SettingsDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{
    m_testButton = new QPushButton(tr("&Test"));
    m_testButton->setAccessibleName(tr("Test the connection"));
    m_testButton->setAccessibleDescription(tr("Connects, secures the connection, greets and logs in with these settings"));
    QFont big = m_testButton->font();
    big.setBold(true);
    m_testButton->setFont(big);
    m_testButton->setMinimumHeight(m_testButton->sizeHint().height() * 3 / 2);
    m_cancelButton = new QPushButton(tr("C&ancel test"));
    m_cancelButton->setAccessibleName(tr("Cancel the test"));
    m_cancelButton->setAccessibleDescription(tr("Stops the running test and closes its connection"));
    m_cancelButton->setEnabled(false);

    m_findButton = new QPushButton(tr("&Find working settings"));
    m_findButton->setAccessibleName(tr("Find working settings"));
    m_findButton->setAccessibleDescription(
        tr("Tries ports 587, 465, 2525 and 25 with their TLS modes at once, shows what each did, and applies the best that worked"));

    m_testAddress = new QLineEdit;
    m_testAddress->setPlaceholderText(tr("optional: you@example.com"));
    m_testAddress->setAccessibleName(tr("Send a test message to"));
    m_testAddress->setAccessibleDescription(
        tr("When filled in, the test also asks whether the server accepts this sender and recipient, and sends a short test message"));
    auto *addressLabel = new MeasuredLabel(tr("Send a test &message to:"));
    addressLabel->setBuddy(m_testAddress);

    m_steps = new QTreeWidget;
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Time")});
    m_steps->setAccessibleName(tr("Test steps"));
    m_steps->setAccessibleDescription(tr("Each step of the test with its state and the time it took"));
    m_steps->header()->setAccessibleName(tr("Step, state and time columns"));
    // Every row is one line, and the State and Time columns are as wide as their longest
    // possible text, fixed: a step's update then repaints one cell instead of measuring the
    // text of every row (ResizeToContents, row size hints), which cost more than the TLS
    // handshake on a repeated click.
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StateColumn, QHeaderView::Fixed);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::Fixed);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < RowCount; ++row) {
        Step step;
        step.item = new QTreeWidgetItem(m_steps, {rowName(row), stateText(StepState::Pending), QString()});
        step.item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        step.item->setHidden(row >= SenderRow);
        m_rows.append(step);
    }
    fitStepColumns();
    // As tall as its rows (all of them shown), no taller: the findings below get the room.
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * RowCount + m_steps->header()->sizeHint().height() + 2 * m_steps->frameWidth() + 2);

    m_status = new MeasuredLabel(tr("Press Test to try these settings; nothing is saved by a test."));
    m_status->setWordWrap(true);
    makeSelectable(m_status, Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Test result"));

    m_diagnosis = new DiagnosisView;

    // The sender domain check, behind a toggle like the editor's "Advanced": the section is
    // made when first shown (senderDomain()).
    m_senderDomainToggle = new QToolButton;
    //: The heading of the section that checks the sender's domain in DNS
    m_senderDomainToggle->setText(SenderDomainSection::tr("Sender domain"));
    m_senderDomainToggle->setCheckable(true);
    m_senderDomainToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_senderDomainToggle->setArrowType(Qt::RightArrow);
    m_senderDomainToggle->setAccessibleName(tr("Show the sender domain check"));
    m_senderDomainToggle->setAccessibleDescription(
        tr("Shows or hides the check of the SPF, DKIM, DMARC and MX records of the sender's domain"));
    connect(m_senderDomainToggle, &QToolButton::toggled, this, [this](bool on) {
        m_senderDomainToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        if (on || m_senderDomain)
            senderDomain()->setVisible(on);
        if (on && isVisible())
            assignMnemonics(window()); // the section's Alt letters, now that it is shown
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_findButton);
    auto *address = new QHBoxLayout;
    address->addWidget(addressLabel);
    address->addWidget(m_testAddress, 1);
    auto *layout = m_layout = new QVBoxLayout(this);
    layout->addLayout(address);
    layout->addLayout(buttons);
    layout->addWidget(m_steps);
    layout->addWidget(m_status);
    layout->addWidget(m_diagnosis, 1);
    layout->addWidget(m_senderDomainToggle, 0, Qt::AlignLeft);
    setTabOrder(m_testAddress, m_testButton);
    setTabOrder(m_testButton, m_cancelButton);

    connect(m_testButton, &QPushButton::clicked, this, &TestPanel::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &TestPanel::cancel);
    connect(m_findButton, &QPushButton::clicked, this, &TestPanel::findWorkingSettings);
    connect(m_diagnosis, &DiagnosisView::fixRequested, this, &TestPanel::applyFix);
    connect(m_diagnosis, &DiagnosisView::findingsNeedRoom, this, &TestPanel::findingsNeedRoom);
    connect(m_testAddress, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool probe = !text.trimmed().isEmpty();
        for (int row = SenderRow; row < RowCount; ++row)
            m_rows[row].item->setHidden(!probe);
    });
    // A fix belongs to the settings it was found for: once they change, it is gone.
    if (m_draft) {
        connect(m_draft, &profile::SettingsDraft::valueChanged, m_diagnosis, &DiagnosisView::disableFixes);
    }
}

TestPanel::~TestPanel()
{
    // Destroyed mid-test: stop listening first, then end the diagnosis (its probes and
    // session close their sockets as they go), so no slot of this half-destroyed panel runs.
    if (m_diagnoser) {
        disconnect(m_diagnoser, nullptr, this, nullptr);
        delete m_diagnoser;
    }
    if (m_finder) {
        disconnect(m_finder, nullptr, this, nullptr);
        delete m_finder;
    }
}

void TestPanel::setProviderKey(const QString &key)
{
    m_providerKey = key;
    if (m_senderDomain)
        m_senderDomain->setProviderKey(key);
}

SenderDomainSection *TestPanel::senderDomain()
{
    if (m_senderDomain)
        return m_senderDomain;
    // Made in the panel and placed before it is shown or hidden: a widget without a parent
    // that is shown is a window of its own, for a moment, on the screen.
    m_senderDomain = new SenderDomainSection(m_draft, this);
    m_senderDomain->setProviderKey(m_providerKey);
    m_senderDomain->setSessionChain(m_chainHost, m_chainPort, m_chainDer);
    m_layout->addWidget(m_senderDomain);
    m_senderDomain->setVisible(m_senderDomainToggle->isChecked());
    placeInTabOrderAfter(m_senderDomainToggle, m_senderDomain);
    return m_senderDomain;
}

bool TestPanel::isSenderDomainShown() const
{
    return m_senderDomainToggle->isChecked();
}

void TestPanel::setSenderDomainShown(bool shown)
{
    m_senderDomainToggle->setChecked(shown); // its toggled() makes and shows the section
}

bool TestPanel::isRunning() const
{
    return !m_diagnoser.isNull() || !m_finder.isNull();
}

int TestPanel::rowOf(Stage stage)
{
    switch (stage) {
    case Stage::Resolve:
    case Stage::Connect:
    case Stage::Greeting: return ConnectRow;
    case Stage::Tls: return TlsRow;
    case Stage::Ehlo: return EhloRow;
    case Stage::Auth: return AuthRow;
    case Stage::Sender: return SenderRow;
    case Stage::Recipient: return RecipientRow;
    case Stage::Data: return DataRow;
    case Stage::None:
    case Stage::Quit: break;
    }
    return -1;
}

TestPanel::StepState TestPanel::stepState(Stage stage) const
{
    const int row = rowOf(stage);
    return row < 0 ? StepState::Skipped : m_rows.at(row).state;
}

QPushButton *TestPanel::fixButton(int findingIndex) const
{
    return m_diagnosis->fixButton(findingIndex);
}

QString TestPanel::stepTimeText(Stage stage) const
{
    const int row = rowOf(stage);
    return row < 0 ? QString() : m_rows.at(row).item->text(TimeColumn);
}

void TestPanel::fitStepColumns()
{
    const QFontMetrics metrics = m_steps->fontMetrics();
    // The item delegate's text margins on both sides, and some air.
    const int padding =
        2 * (m_steps->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_steps) + 1) + metrics.averageCharWidth();
    int state = 0;
    for (auto s : {StepState::Pending, StepState::Running, StepState::Passed, StepState::Warning, StepState::Failed, StepState::Skipped})
        state = std::max(state, metrics.horizontalAdvance(stateText(s)));
    // SMTP_TIMEOUT goes up to an hour: seven digits of milliseconds.
    const int time = metrics.horizontalAdvance(tr("%1 ms").arg(9999999));
    m_steps->header()->resizeSection(StateColumn, std::max(state + padding, m_steps->header()->sectionSizeHint(StateColumn)));
    m_steps->header()->resizeSection(TimeColumn, std::max(time + padding, m_steps->header()->sectionSizeHint(TimeColumn)));
}

void TestPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_steps && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fitStepColumns();
}

QString TestPanel::statusText() const
{
    return m_status->text();
}

void TestPanel::setStep(int row, StepState state)
{
    Step &step = m_rows[row];
    if (state == StepState::Running && step.state != StepState::Running)
        step.clock.start();
    else if (step.state == StepState::Running && state != StepState::Running && step.clock.isValid())
        step.elapsedMs += step.clock.elapsed();
    step.state = state;
    step.item->setText(StateColumn, stateText(state));
    const bool timed = state != StepState::Pending && state != StepState::Skipped && state != StepState::Running;
    step.item->setText(TimeColumn, timed ? tr("%1 ms").arg(step.elapsedMs) : QString());
}

void TestPanel::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_findButton->setEnabled(!busy);
    m_testAddress->setEnabled(!busy);
}

void TestPanel::start()
{
    if (m_diagnoser || !m_draft)
        return;
    // While a test runs, the previous findings are out of sight and their fixes off.
    m_findings.clear();
    m_diagnosis->hideFindings();
    m_report = diagnostics::Report();
    m_passed = false;
    m_cancelled = false;
    for (int row = 0; row < RowCount; ++row) {
        m_rows[row].elapsedMs = 0;
        m_rows[row].clock.invalidate();
        setStep(row, StepState::Pending);
    }
    if (!m_draft->isValid()) {
        m_status->setText(tr("✗ These settings cannot be tested yet:\n%1")
                              .arg(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n')));
        Q_EMIT testFinished(false);
        return;
    }
    const settings::Configuration configuration = m_draft->configuration();
    diagnostics::Options options;
    options.providerKey = m_providerKey;
    const QString recipient = m_testAddress->text().trimmed();
    if (!recipient.isEmpty()) {
        // The sender: the profile's default sender, else the login when it is an address,
        // else the recipient itself.
        QString sender = configuration.defaultSender;
        if (sender.isEmpty() && configuration.smtp.username.contains(u'@'))
            sender = configuration.smtp.username;
        options.probeSender = sender.isEmpty() ? recipient : sender;
        options.probeRecipient = recipient;
        options.testSend = true;
    }
    m_diagnoser = new diagnostics::Diagnoser(configuration.smtp, options, this);
    connect(m_diagnoser, &diagnostics::Diagnoser::stageChanged, this, &TestPanel::onStageChanged);
    connect(m_diagnoser, &diagnostics::Diagnoser::finished, this, &TestPanel::onFinished);
    m_status->setText(tr("Testing %1:%2 …").arg(configuration.smtp.host).arg(configuration.smtp.port));
    setBusy(true);
    Q_EMIT started();
    m_diagnoser->start();
}

void TestPanel::cancel()
{
    if (m_finder) {
        // The finder's probes end on their own timeouts; dropping it ends them now.
        m_finder->disconnect(this);
        m_finder->deleteLater();
        m_finder = nullptr;
        m_status->setText(tr("Search cancelled; nothing was changed."));
        setBusy(false);
        Q_EMIT finderFinished(false);
        return;
    }
    if (!m_diagnoser)
        return;
    m_cancelled = true;
    m_status->setText(tr("Cancelling …"));
    m_diagnoser->cancel();
}

void TestPanel::findWorkingSettings()
{
    if (m_diagnoser || m_finder || !m_draft)
        return;
    if (!m_draft->isValid()) {
        m_status->setText(tr("✗ These settings cannot be tried yet:\n%1")
                              .arg(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n')));
        Q_EMIT finderFinished(false);
        return;
    }
    m_findings.clear();
    m_diagnosis->clearFindings();
    const smtp::Settings settings = m_draft->configuration().smtp;
    m_finder = m_finderCandidates.isEmpty() ? new diagnostics::SettingsFinder(settings, settings.allowPlaintextAuth, this)
                                            : new diagnostics::SettingsFinder(settings, m_finderCandidates, this);
    connect(m_finder, &diagnostics::SettingsFinder::finished, this, &TestPanel::onFinderFinished);
    m_status->setText(tr("Trying the usual ports of %1 …").arg(settings.host));
    m_diagnosis->clearTried();
    setBusy(true);
    m_finder->start();
}

QStringList TestPanel::triedText() const
{
    return m_diagnosis->triedText();
}

void TestPanel::onFinderFinished()
{
    diagnostics::SettingsFinder *finder = m_finder;
    m_finder = nullptr;
    if (!finder)
        return;
    finder->deleteLater();
    setBusy(false);
    const text::ReportText words(text::Audience::Window);
    QStringList lines;
    for (const diagnostics::Candidate &candidate : finder->candidates())
        lines.append(words.candidate(candidate));
    m_diagnosis->setTried(lines);
    const QList<diagnostics::SettingChange> best = finder->recommendedChange();
    if (best.isEmpty()) {
        m_status->setText(tr("✗ None of the usual ports worked; nothing was changed. What each did is listed below."));
        Q_EMIT finderFinished(false);
        return;
    }
    for (const diagnostics::SettingChange &c : best)
        m_draft->setValue(c.key, c.value);
    m_status->setText(tr("✓ Applied the best that worked: %1. Press Test to confirm, then save.")
                          .arg(text::FindingText(text::Audience::Window).change(best)));
    Q_EMIT finderFinished(true);
}

void TestPanel::onStageChanged(Stage stage, StageStatus status)
{
    const int row = rowOf(stage);
    if (row < 0 || !m_diagnoser)
        return;
    if (status != StageStatus::Running)
        return; // the final statuses come with the report, in onFinished()
    // A new step began: the one running before it got through (the session returns to EHLO
    // after STARTTLS, so a step may run twice; its time adds up).
    for (int other = 0; other < RowCount; ++other) {
        if (other != row && m_rows.at(other).state == StepState::Running)
            setStep(other, StepState::Passed);
    }
    setStep(row, StepState::Running);
}

void TestPanel::onFinished()
{
    diagnostics::Diagnoser *diagnoser = m_diagnoser;
    m_diagnoser = nullptr;
    setBusy(false);
    if (!diagnoser)
        return;
    m_report = diagnoser->report();
    const diagnostics::Report &report = m_report;
    m_chainHost = m_draft ? m_draft->value(QStringLiteral("SMTP_HOST")) : QString();
    m_chainPort = m_draft ? quint16(m_draft->value(QStringLiteral("SMTP_PORT")).toUInt()) : 0;
    m_chainDer = diagnoser->observation().chainDer;
    if (m_senderDomain)
        m_senderDomain->setSessionChain(m_chainHost, m_chainPort, m_chainDer);
    // Every row from the report: the worst status of the stages it shows, their time summed.
    for (int row = 0; row < RowCount; ++row) {
        bool any = false;
        bool failed = false;
        bool warning = false;
        bool passed = false;
        qint64 ms = 0;
        for (const diagnostics::StageReport &s : report.stages) {
            if (rowOf(s.stage) != row || !s.applicable)
                continue;
            any = true;
            failed = failed || s.status == StageStatus::Failed;
            warning = warning || s.status == StageStatus::Warning;
            passed = passed || s.status == StageStatus::Passed;
            ms += s.elapsedMs;
        }
        m_rows[row].clock.invalidate();
        m_rows[row].elapsedMs = ms;
        if (m_rows[row].state == StepState::Running)
            m_rows[row].state = StepState::Pending; // not "running" any more; set below
        const StepState state = !any      ? StepState::Skipped
                                : failed  ? StepState::Failed
                                : warning ? StepState::Warning
                                : passed  ? StepState::Passed
                                          : StepState::Skipped;
        setStep(row, state);
    }
    m_findings.clear();
    for (const diagnostics::Finding &f : report.findings) {
        if (f.severity == diagnostics::Severity::Error)
            m_findings.append(f);
    }
    for (const diagnostics::Finding &f : report.findings) {
        if (f.severity == diagnostics::Severity::Warning)
            m_findings.append(f);
    }
    m_chain = report.chain;
    m_passed = !m_cancelled && report.ok();
    const text::ReportText words(text::Audience::Window);
    if (m_cancelled)
        m_status->setText(tr("Test cancelled."));
    else if (m_passed)
        m_status->setText(report.authMechanism.isEmpty()
                              ? tr("✓ Test passed in %1 ms.").arg(report.totalMs)
                              : tr("✓ Test passed in %1 ms: logged in with %2.").arg(report.totalMs).arg(report.authMechanism));
    else
        m_status->setText(tr("✗ %1").arg(words.failure(report)));
    m_status->setAccessibleDescription(m_status->text());
    if (!m_cancelled)
        m_diagnosis->showFindings(m_findings);
    diagnoser->deleteLater();
    Q_EMIT testFinished(m_passed);
}

bool TestPanel::applyFix(int findingIndex)
{
    if (findingIndex < 0 || findingIndex >= m_findings.size() || !m_draft || m_diagnoser)
        return false;
    const diagnostics::Finding &f = m_findings.at(findingIndex);
    if (f.proposedChange.isEmpty())
        return false;
    if (m_diagnosis->fixButton(findingIndex) && !m_diagnosis->fixEnabled(findingIndex))
        return false; // the settings changed since: the fix no longer belongs to them
    // Trusting a certificate (pinning it) is a decision about who the server is: show it first.
    const bool pins = std::any_of(f.proposedChange.cbegin(), f.proposedChange.cend(),
                                  [](const diagnostics::SettingChange &c) { return c.key == u"SMTP_TLS_PIN_SHA256"; });
    if (pins) {
        const diagnostics::CertificateInfo leaf = m_chain.value(0);
        const bool yes = m_confirmTrust ? m_confirmTrust(leaf)
                                        : QMessageBox::question(this, tr("Trust this certificate?"),
                                                                tr("The console will accept this server's certificate from now on, "
                                                                   "and only this one:\n\n%1")
                                                                    .arg(certificateText(leaf)))
                                              == QMessageBox::Yes;
        if (!yes)
            return false;
    }
    const QList<diagnostics::SettingChange> change = f.proposedChange;
    for (const diagnostics::SettingChange &c : change)
        m_draft->setValue(c.key, c.value);
    m_status->setText(tr("Fix applied: %1. Press Test to try it.").arg(text::FindingText(text::Audience::Window).change(change)));
    Q_EMIT fixApplied();
    return true;
}

} // namespace selfmx::ui
