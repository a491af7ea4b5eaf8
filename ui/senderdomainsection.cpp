// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "senderdomainsection.h"

#include "accessibility.h"
#include "measuredlabel.h"
#include "profile/envfile.h"
#include "profile/profile.h"
#include "profile/settingsdraft.h"
#include "selectablelabel.h"
#include "text/dnstext.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace selfmx::ui {

SenderDomainSection::SenderDomainSection(profile::SettingsDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_config(dns::ResolverConfig::fromEnvironment())
{
    // Made when first opened, after the window's other mnemonics were given out: the program
    // picks these Alt letters (ui/accessibility.h), so they never take one already shown.
    m_check = new QPushButton;
    //: A button; the program adds the Alt+letter mnemonic, so the text has none
    setAutomaticMnemonic(m_check, tr("Check sender domain"), 1);
    m_check->setAccessibleName(tr("Check the sender domain"));
    m_check->setAccessibleDescription(tr("Looks up the SPF, DKIM, DMARC and MX records of the sender's domain and says what to publish"));
    m_stop = new QPushButton;
    //: A button; the program adds the Alt+letter mnemonic, so the text has none
    setAutomaticMnemonic(m_stop, tr("Stop check"), 1);
    m_stop->setAccessibleName(tr("Stop the sender domain check"));
    m_stop->setAccessibleDescription(tr("Stops the DNS lookups of the running check"));
    m_stop->setEnabled(false);
    m_selectors = new QLineEdit;
    m_selectors->setPlaceholderText(tr("optional, e.g. pm20241105, k1"));
    m_selectors->setAccessibleName(tr("DKIM selectors"));
    m_selectors->setAccessibleDescription(
        tr("The DKIM selectors from the provider's domain authentication page, separated by commas; SendGrid's s1 and s2 are checked "
           "anyway"));
    auto *selectorsLabel = new MeasuredLabel;
    //: A field's label; the program adds the Alt+letter mnemonic, so the text has none
    setAutomaticMnemonic(selectorsLabel, tr("DKIM selectors:"), 1);
    selectorsLabel->setBuddy(m_selectors);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_check->sizeHint().height() / 2);
    m_busy->setAccessibleName(tr("Checking the sender domain"));
    m_busy->setVisible(false);
    m_status = new MeasuredLabel;
    m_status->setWordWrap(true);
    makeSelectable(m_status, Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Sender domain result"));
    m_list = new QWidget;
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_list->setAccessibleName(tr("Sender domain findings"));
    m_list->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_stop);
    row->addWidget(selectorsLabel);
    row->addWidget(m_selectors, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_list);

    m_limit.setSingleShot(true);
    m_limit.setInterval(45000);
    connect(&m_limit, &QTimer::timeout, this, [this]() { stop(State::TimedOut); });
    connect(m_check, &QPushButton::clicked, this, &SenderDomainSection::start);
    connect(m_stop, &QPushButton::clicked, this, &SenderDomainSection::cancel);
    if (m_draft) {
        // Another sender (another profile shown, an edit): what was found belongs to the old domain.
        connect(m_draft, &profile::SettingsDraft::valueChanged, this, [this](const QString &key) {
            if (key == u"SMTP_FROM" || key == u"SMTP_USER")
                onSenderChanged();
        });
        connect(m_draft, &profile::SettingsDraft::reset, this, &SenderDomainSection::onSenderChanged); // a profile loaded
    }
    setState(State::Idle);
}

SenderDomainSection::~SenderDomainSection()
{
    if (m_domainCheck) {
        disconnect(m_domainCheck, nullptr, this, nullptr);
        delete m_domainCheck;
    }
}

QString SenderDomainSection::domain() const
{
    if (!m_draft)
        return QString();
    QString sender = m_draft->value(QStringLiteral("SMTP_FROM")).trimmed();
    // "Acme <hi@acme.example>": the address between the brackets.
    static const QRegularExpression bracketed(QStringLiteral("<([^>]*)>"));
    if (const QRegularExpressionMatch m = bracketed.match(sender); m.hasMatch())
        sender = m.captured(1).trimmed();
    if (!sender.contains(u'@')) {
        const QString user = m_draft->value(QStringLiteral("SMTP_USER")).trimmed();
        sender = user.contains(u'@') ? user : QString();
    }
    const QString domain = sender.mid(sender.lastIndexOf(u'@') + 1).toLower();
    return domain.contains(u'.') ? domain : QString();
}

void SenderDomainSection::setSessionChain(const QString &host, quint16 port, const QList<QByteArray> &chainDer)
{
    m_chainHost = host.trimmed().toLower();
    m_chainPort = port;
    m_chainDer = chainDer;
}

void SenderDomainSection::start()
{
    if (isRunning())
        return;
    clearFindings();
    m_checkedDomain = domain();
    if (m_checkedDomain.isEmpty()) {
        setState(State::NoDomain);
        Q_EMIT finished();
        return;
    }
    dns::DomainCheckOptions options;
    options.domain = m_checkedDomain;
    if (const auto provider = profile::providerFromKey(m_providerKey))
        options.provider = *provider;
    else if (m_draft)
        options.provider = profile::guessProvider(m_draft->value(QStringLiteral("SMTP_HOST")));
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    options.dkimSelectors = m_selectors->text().split(separators, Qt::SkipEmptyParts);
    // DANE for the SMTP server, against the certificate the last test saw, when that test was
    // of the server the draft names now; an IP address has no TLSA names (RFC 7672 §2.2.3).
    if (m_draft && !m_chainDer.isEmpty() && QHostAddress(m_chainHost).isNull()
        && m_draft->value(QStringLiteral("SMTP_HOST")).trimmed().toLower() == m_chainHost
        && m_draft->value(QStringLiteral("SMTP_PORT")).toUInt() == m_chainPort) {
        options.smtpHost = m_chainHost;
        options.smtpPort = m_chainPort;
        options.peerChainDer = m_chainDer;
    }
    m_domainCheck = new dns::DomainCheck(options, m_config, this);
    connect(m_domainCheck, &dns::DomainCheck::finished, this, &SenderDomainSection::onFinished);
    setState(State::Running);
    m_limit.start();
    m_domainCheck->start();
    Q_EMIT started();
}

void SenderDomainSection::cancel()
{
    if (isRunning())
        stop(State::Cancelled);
}

void SenderDomainSection::stop(State state)
{
    m_limit.stop();
    if (m_domainCheck) {
        disconnect(m_domainCheck, nullptr, this, nullptr);
        m_domainCheck->deleteLater();
        m_domainCheck = nullptr;
    }
    setState(state);
    Q_EMIT finished();
}

void SenderDomainSection::onSenderChanged()
{
    const bool sameDomain = domain() == m_checkedDomain;
    if (sameDomain && m_state != State::Idle && m_state != State::NoDomain)
        return; // still the domain checked (or being checked)
    if (isRunning())
        stop(State::Cancelled);
    clearFindings();
    setState(State::Idle);
}

void SenderDomainSection::onFinished()
{
    m_limit.stop();
    m_findings = m_domainCheck->findings();
    const bool errors = m_domainCheck->hasErrors();
    m_domainCheck->deleteLater();
    m_domainCheck = nullptr;
    bool lookupsFailed = false;
    for (const diagnostics::Finding &f : std::as_const(m_findings))
        lookupsFailed = lookupsFailed || f.code == u"dns.lookup_failed";
    showFindings();
    setState(errors ? State::NotReady : lookupsFailed ? State::LookupsFailed : State::Ready);
    Q_EMIT finished();
}

QString SenderDomainSection::recordText(const diagnostics::Finding &finding)
{
    const QString value = finding.parameter(QStringLiteral("record_value"));
    if (value.isEmpty())
        return QString();
    // A zone-file line: NAME TYPE VALUE, TXT values quoted.
    const QString type = finding.parameter(QStringLiteral("record_type"));
    const QString shown = type == u"TXT" && !value.startsWith(u'"') ? u'"' + value + u'"' : value;
    return finding.parameter(QStringLiteral("record_name")) + u' ' + type + u' ' + shown;
}

void SenderDomainSection::clearFindings()
{
    m_findings.clear();
    m_copyButtons.clear();
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_list->setVisible(false);
}

void SenderDomainSection::showFindings()
{
    const text::DnsText words(text::Audience::Window);
    for (int i = 0; i < m_findings.size(); ++i) {
        const diagnostics::Finding &f = m_findings.at(i);
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        const QString mark = f.severity == diagnostics::Severity::Error     ? tr("✗ %1")
                             : f.severity == diagnostics::Severity::Warning ? tr("⚠ %1")
                                                                            : tr("✓ %1");
        const QString title = mark.arg(words.title(f));
        auto *titleLabel = new MeasuredLabel(title);
        titleLabel->setWordWrap(true);
        makeSelectable(titleLabel, Qt::TextSelectableByMouse);
        layout->addWidget(titleLabel);
        if (const QString fix = words.fix(f); !fix.isEmpty()) {
            auto *fixLabel = new MeasuredLabel(tr("Fix: %1").arg(fix));
            fixLabel->setWordWrap(true);
            makeSelectable(fixLabel, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            layout->addWidget(fixLabel);
        }
        if (const QString record = recordText(f); !record.isEmpty() && f.severity != diagnostics::Severity::Info) {
            auto *recordRow = new QHBoxLayout;
            auto *recordLabel = new MeasuredLabel(record);
            recordLabel->setWordWrap(true);
            makeSelectable(recordLabel, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            recordLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            recordLabel->setAccessibleName(tr("DNS record to publish"));
            auto *copy = new QPushButton(tr("Copy record"));
            //: %1: the DNS record's name, e.g. _dmarc.example.com
            copy->setAccessibleName(tr("Copy the record for %1").arg(f.parameter(QStringLiteral("record_name"))));
            connect(copy, &QPushButton::clicked, this, [record]() { QGuiApplication::clipboard()->setText(record); });
            recordRow->addWidget(recordLabel, 1);
            recordRow->addWidget(copy, 0, Qt::AlignTop);
            layout->addLayout(recordRow);
            m_copyButtons.insert(i, copy);
        }
        frame->setAccessibleName(title);
        m_listLayout->addWidget(frame);
    }
    m_list->setVisible(!m_findings.isEmpty());
}

QString SenderDomainSection::statusText() const
{
    return m_status->text();
}

void SenderDomainSection::setState(State state)
{
    m_state = state;
    QString text;
    switch (state) {
    case State::Idle: {
        const QString d = domain();
        text = d.isEmpty() ? tr("Fill in the default sender to check that its domain is set up to send (SPF, DKIM, DMARC, MX).")
                           //: %1: the sender's domain
                           : tr("Press Check sender domain to check that %1 is set up to send (SPF, DKIM, DMARC, MX).").arg(d);
        break;
    }
    case State::Running: text = tr("Checking %1 in DNS…").arg(m_checkedDomain); break;
    case State::Ready: text = tr("✓ %1 is ready to send.").arg(m_checkedDomain); break;
    case State::NotReady: text = tr("✗ %1 is not ready to send: publish the records below.").arg(m_checkedDomain); break;
    case State::LookupsFailed: text = tr("⚠ Some lookups for %1 failed; the results below are incomplete.").arg(m_checkedDomain); break;
    case State::NoDomain: text = tr("There is no sender address to check: fill in the default sender first."); break;
    case State::Cancelled: text = tr("Check stopped."); break;
    case State::TimedOut: text = tr("The check of %1 took too long and was stopped.").arg(m_checkedDomain); break;
    }
    m_status->setText(text);
    m_busy->setVisible(state == State::Running);
    const bool focusOnStop = m_stop->hasFocus();
    const bool focusOnCheck = m_check->hasFocus();
    m_check->setEnabled(state != State::Running);
    m_stop->setEnabled(state == State::Running);
    m_selectors->setEnabled(state != State::Running);
    if (state == State::Running && focusOnCheck)
        m_stop->setFocus();
    else if (state != State::Running && focusOnStop)
        m_check->setFocus();
}

} // namespace selfmx::ui
