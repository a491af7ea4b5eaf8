// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "serverdiscovery.h"

#include "measuredlabel.h"
#include "selectablelabel.h"
#include "text/dnstext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace selfmx::ui {

namespace {

QString domainPart(const QString &addressOrDomain)
{
    const QString trimmed = addressOrDomain.trimmed();
    return trimmed.mid(trimmed.lastIndexOf(u'@') + 1);
}

} // namespace

ServerDiscoveryBox::ServerDiscoveryBox(QWidget *parent)
    : QWidget(parent)
    , m_config(dns::ResolverConfig::fromEnvironment())
{
    m_find = new QPushButton(tr("&Find my server"));
    m_find->setAccessibleName(tr("Find the server in DNS"));
    m_find->setAccessibleDescription(
        tr("Looks up the domain of the address: the provider table, its SRV records, its MX records, then smtp. and mail. verified by "
           "connecting"));
    m_cancel = new QPushButton(tr("S&top"));
    m_cancel->setAccessibleName(tr("Stop looking for the server"));
    m_cancel->setAccessibleDescription(tr("Stops the DNS lookups and connection attempts of the search"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0); // busy, no percentage: lookups take what they take
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_find->sizeHint().height() / 2);
    m_busy->setAccessibleName(tr("Looking up the server"));
    m_busy->setVisible(false);
    m_status = new MeasuredLabel;
    m_status->setWordWrap(true);
    makeSelectable(m_status, Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Server lookup result"));
    m_status->setVisible(false);
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Servers found"));
    m_list->setAccessibleDescription(tr("Each server with where it came from; choose one to fill in the server, port and TLS mode"));
    m_list->setVisible(false);
    m_use = new QPushButton(tr("&Use this server"));
    m_use->setAccessibleName(tr("Use the selected server"));
    m_use->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_find);
    row->addWidget(m_cancel);
    row->addWidget(m_busy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_list);
    layout->addWidget(m_use, 0, Qt::AlignLeft);

    m_limit.setSingleShot(true);
    m_limit.setInterval(45000);
    connect(&m_limit, &QTimer::timeout, this, [this]() { stop(State::TimedOut); });
    connect(m_find, &QPushButton::clicked, this, &ServerDiscoveryBox::start);
    connect(m_cancel, &QPushButton::clicked, this, &ServerDiscoveryBox::cancel);
    connect(m_use, &QPushButton::clicked, this, [this]() { choose(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ServerDiscoveryBox::updateButtons);
    updateButtons();
}

ServerDiscoveryBox::~ServerDiscoveryBox()
{
    if (m_discovery) {
        disconnect(m_discovery, nullptr, this, nullptr);
        delete m_discovery;
    }
}

void ServerDiscoveryBox::setAddress(const QString &addressOrDomain)
{
    m_address = addressOrDomain.trimmed();
    // Another domain than the one searched: what was found (or is being looked for) belongs
    // to the old one, and "Use this server" must not put it into this draft.
    if (m_state != State::Idle && domainPart(m_address) != m_domain) {
        if (isRunning())
            stop(State::Cancelled);
        m_candidates.clear();
        m_list->clear();
        setState(State::Idle);
    }
    updateButtons();
}

void ServerDiscoveryBox::start()
{
    if (isRunning() || !domainPart(m_address).contains(u'.'))
        return;
    m_domain = domainPart(m_address);
    m_candidates.clear();
    m_list->clear();
    m_list->setVisible(false);
    m_use->setVisible(false);
    smtp::Settings base;
    base.timeout = std::chrono::seconds(10);
    m_discovery = new dns::Discovery(m_address, m_config, base, this);
    connect(m_discovery, &dns::Discovery::finished, this, &ServerDiscoveryBox::onFinished);
    setState(State::Running);
    m_limit.start();
    m_discovery->start();
    Q_EMIT started();
}

void ServerDiscoveryBox::cancel()
{
    if (isRunning())
        stop(State::Cancelled);
}

// Ends the search now: the discovery and its lookups go (libunbound drops their answers).
void ServerDiscoveryBox::stop(State state)
{
    m_limit.stop();
    if (m_discovery) {
        disconnect(m_discovery, nullptr, this, nullptr);
        m_discovery->deleteLater();
        m_discovery = nullptr;
    }
    setState(state);
    Q_EMIT finished();
}

void ServerDiscoveryBox::onFinished()
{
    m_limit.stop();
    const text::DnsText words(text::Audience::Window);
    for (const dns::ServerCandidate &c : m_discovery->candidates()) {
        if (c.source == dns::Source::Guess && !c.verified)
            continue;
        m_candidates.append(c);
        auto *item = new QListWidgetItem(words.candidate(c), m_list);
        item->setToolTip(words.source(c));
    }
    m_discovery->deleteLater();
    m_discovery = nullptr;
    if (!m_candidates.isEmpty())
        m_list->setCurrentRow(0);
    setState(m_candidates.isEmpty() ? State::NothingFound : State::Found);
    Q_EMIT finished();
}

bool ServerDiscoveryBox::choose(int row)
{
    if (row < 0 || row >= m_candidates.size())
        return false;
    const dns::ServerCandidate &candidate = m_candidates.at(row);
    //: %1: the server and port chosen from the list, e.g. "smtp.example.com:465"
    m_status->setText(tr("Using %1:%2; the next pages show it and you can still change it.").arg(candidate.host).arg(candidate.port));
    Q_EMIT chosen(candidate);
    return true;
}

QString ServerDiscoveryBox::statusText() const
{
    return m_status->text();
}

void ServerDiscoveryBox::setState(State state)
{
    m_state = state;
    const QString &domain = m_domain;
    QString text;
    switch (state) {
    case State::Idle: break;
    //: %1: the mail domain
    case State::Running: text = tr("Looking up the server for %1…").arg(domain); break;
    case State::Found:
        text = tr("Found %n server(s) for %1. Choose one and press Use this server, or go on and fill in the server yourself.", nullptr,
                  int(m_candidates.size()))
                   .arg(domain);
        break;
    case State::NothingFound:
        text = tr("No server found for %1 in DNS. Pick your provider below, or fill in the server on the next page.").arg(domain);
        break;
    case State::Cancelled: text = tr("Stopped. Pick your provider below, or fill in the server on the next page."); break;
    case State::TimedOut:
        text = tr("The lookup for %1 took too long and was stopped. Pick your provider below, or fill in the server on the next page.")
                   .arg(domain);
        break;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_busy->setVisible(state == State::Running);
    m_list->setVisible(state == State::Found);
    m_use->setVisible(state == State::Found);
    updateButtons();
}

void ServerDiscoveryBox::updateButtons()
{
    // Focus stays on a button that can be pressed: Stop while running, Find after.
    const bool focusOnFind = m_find->hasFocus();
    const bool focusOnStop = m_cancel->hasFocus();
    m_find->setEnabled(!isRunning() && domainPart(m_address).contains(u'.'));
    m_cancel->setEnabled(isRunning());
    m_use->setEnabled(m_list->currentRow() >= 0);
    if (focusOnFind && isRunning())
        m_cancel->setFocus();
    else if (focusOnStop && !isRunning())
        (m_state == State::Found ? static_cast<QWidget *>(m_list) : m_find)->setFocus();
}

} // namespace selfmx::ui
