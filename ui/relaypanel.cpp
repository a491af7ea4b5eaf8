// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "relaypanel.h"

#include "accessibility.h"
#include "measuredlabel.h"
#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "relay/relayserver.h"
#include "selectablelabel.h"
#include "text/keychaintext.h"
#include "text/relaytext.h"
#include "text/settingstext.h"
#include "tonelabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace selfmx::ui {

namespace {

const settings::Groups RelayGroups = settings::Groups(settings::Group::Smtp) | settings::Group::Relay;

QString stateText(relay::MessageStatus status)
{
    switch (status) {
    //: State of a message in the relay's queue
    case relay::MessageStatus::Queued: return RelayPanel::tr("queued");
    //: State of a message in the relay's queue
    case relay::MessageStatus::Scheduled: return RelayPanel::tr("scheduled");
    //: State of a message in the relay's queue
    case relay::MessageStatus::Sending: return RelayPanel::tr("sending");
    //: State of a message in the relay's queue
    case relay::MessageStatus::Delivered: return RelayPanel::tr("✓ delivered");
    //: State of a message in the relay's queue
    case relay::MessageStatus::Failed: return RelayPanel::tr("✗ failed");
    //: State of a message in the relay's queue
    case relay::MessageStatus::Canceled: return RelayPanel::tr("canceled");
    }
    return {};
}

} // namespace

RelayPanel::RelayPanel(profile::ProfileStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_resolver = new profile::ProfileResolver(m_store, this);

    m_profileLabel = new MeasuredLabel;
    m_profileLabel->setWordWrap(true);
    m_toggle = new QPushButton(tr("Relay on"));
    m_toggle->setCheckable(true);
    m_toggle->setAccessibleName(tr("Relay on or off"));
    m_toggle->setAccessibleDescription(tr("Runs the local HTTP relay (SelfMX's and Resend's API) for the selected profile"));

    m_address = new QLineEdit;
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Listening address"));
    m_address->setAccessibleDescription(tr("The address and port the relay takes requests on while it runs"));
    m_address->setPlaceholderText(tr("not running"));
    auto *addressLabel = new MeasuredLabel;
    setAutomaticMnemonic(addressLabel, tr("Listening address:"), 2);
    addressLabel->setBuddy(m_address);
    m_bindWarning = new ToneLabel(Tone::Warning);
    m_bindWarning->setWordWrap(true);
    m_bindWarning->setVisible(false);

    m_keyEdit = new QLineEdit;
    m_keyEdit->setReadOnly(true);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setAccessibleDescription(tr("Clients send it as \"Authorization: Bearer KEY\"; it is kept in the OS keychain"));
    auto *keyLabel = new MeasuredLabel;
    setAutomaticMnemonic(keyLabel, tr("API key:"), 2);
    keyLabel->setBuddy(m_keyEdit);
    m_showKey = new QPushButton(tr("Show"));
    m_showKey->setCheckable(true);
    m_showKey->setAccessibleName(tr("Show the API key"));
    m_showKey->setAccessibleDescription(tr("Shows the API key, in the field and in the curl example, while checked"));
    m_copyKey = new QPushButton(tr("Copy key"));
    m_copyKey->setAccessibleName(tr("Copy the API key"));
    m_copyKey->setAccessibleDescription(tr("Copies the API key to the clipboard"));
    m_newKey = new QPushButton;
    //: The button that replaces the relay's API key (asks first)
    setAutomaticMnemonic(m_newKey, tr("New key…"), 2);
    m_newKey->setAccessibleName(tr("Make a new API key"));
    m_newKey->setAccessibleDescription(tr("Replaces the API key with a new one, in the keychain and in the running relay; asks first"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(m_copyKey);
    keyRow->addWidget(m_newKey);

    m_curl = new QPlainTextEdit;
    m_curl->setReadOnly(true);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_curl->setAccessibleName(tr("curl example"));
    m_curl->setAccessibleDescription(tr("A command that sends a message through the relay"));
    m_curl->setMaximumHeight(m_curl->fontMetrics().lineSpacing() * 6);
    m_curl->setTabChangesFocus(true);
    auto *curlLabel = new MeasuredLabel;
    setAutomaticMnemonic(curlLabel, tr("Try it with curl:"), 2);
    curlLabel->setBuddy(m_curl);
    m_copyCurl = new QPushButton(tr("Copy command"));
    m_copyCurl->setAccessibleName(tr("Copy the curl command"));
    m_copyCurl->setAccessibleDescription(tr("Copies the curl example, with the real API key, to the clipboard"));

    m_countsLabel = new MeasuredLabel;
    m_countsLabel->setAccessibleName(tr("Message counts"));
    makeSelectable(m_countsLabel, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messages = new QTreeWidget;
    m_messages->setColumnCount(ColumnCount);
    m_messages->setHeaderLabels({tr("Created"), tr("State"), tr("To"), tr("Subject"), tr("Attempts"), tr("Last error")});
    m_messages->setRootIsDecorated(false);
    m_messages->setUniformRowHeights(true);
    m_messages->setAccessibleName(tr("Recent messages"));
    m_messages->setAccessibleDescription(tr("The messages the relay took most recently, with their state, attempts and last error"));
    m_messages->header()->setStretchLastSection(true);
    m_messages->header()->setAccessibleName(tr("Message columns"));
    auto *messagesLabel = new MeasuredLabel;
    setAutomaticMnemonic(messagesLabel, tr("Recent messages:"), 2);
    messagesLabel->setBuddy(m_messages);
    m_retry = new QPushButton(tr("Retry now"));
    m_retry->setAccessibleName(tr("Retry the selected message now"));
    m_retry->setAccessibleDescription(tr("Delivers the selected queued or failed message again now"));
    m_cancel = new QPushButton(tr("Cancel message"));
    m_cancel->setAccessibleName(tr("Cancel the selected message"));
    m_cancel->setAccessibleDescription(tr("Stops trying to deliver the selected message"));
    auto *messageButtons = new QHBoxLayout;
    messageButtons->addWidget(m_countsLabel, 1);
    messageButtons->addWidget(m_retry);
    messageButtons->addWidget(m_cancel);

    m_status = new ToneLabel(Tone::Normal);
    m_status->setWordWrap(true);
    makeSelectable(m_status, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Relay status"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_profileLabel, 1);
    top->addWidget(m_toggle);
    auto *form = new QFormLayout;
    form->addRow(addressLabel, m_address);
    form->addRow(keyLabel, keyRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_bindWarning);
    layout->addWidget(curlLabel);
    layout->addWidget(m_curl);
    auto *curlButtons = new QHBoxLayout;
    curlButtons->addStretch();
    curlButtons->addWidget(m_copyCurl);
    layout->addLayout(curlButtons);
    layout->addWidget(messagesLabel);
    layout->addWidget(m_messages, 1);
    layout->addLayout(messageButtons);
    setTabOrder(m_toggle, m_address);
    setTabOrder(m_address, m_keyEdit);
    setTabOrder(m_keyEdit, m_showKey);
    setTabOrder(m_showKey, m_copyKey);
    setTabOrder(m_copyKey, m_newKey);
    setTabOrder(m_newKey, m_curl);
    setTabOrder(m_curl, m_copyCurl);
    setTabOrder(m_copyCurl, m_messages);
    setTabOrder(m_messages, m_retry);
    setTabOrder(m_retry, m_cancel);

    // The counts follow the queue's signals; the timer catches what has no signal (a
    // message taken for sending) while the relay runs.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(2000);
    connect(m_refreshTimer, &QTimer::timeout, this, &RelayPanel::refresh);
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(200);
    connect(m_refreshSoon, &QTimer::timeout, this, &RelayPanel::refresh);
    connect(m_toggle, &QPushButton::clicked, this, [this](bool on) {
        if (on)
            start();
        else
            stop();
    });
    connect(m_showKey, &QPushButton::toggled, this, &RelayPanel::updateKeyView);
    connect(m_copyKey, &QPushButton::clicked, this, &RelayPanel::copyKey);
    connect(m_newKey, &QPushButton::clicked, this, &RelayPanel::askToReplaceKey);
    connect(m_copyCurl, &QPushButton::clicked, this, &RelayPanel::copyCurl);
    connect(m_retry, &QPushButton::clicked, this, &RelayPanel::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &RelayPanel::cancelSelected);
    connect(m_messages, &QTreeWidget::currentItemChanged, this, &RelayPanel::updateButtons);
    connect(m_store, &profile::ProfileStore::profilesChanged, this, [this]() { setProfile(m_profileId); });
    setProfile(QString());
}

RelayPanel::~RelayPanel() = default;

void RelayPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    assignMnemonics(window()); // its labels' Alt+letters, among the window's
}

void RelayPanel::copyKey()
{
    if (m_key.isEmpty())
        return;
    QApplication::clipboard()->setText(m_key);
    showStatus(tr("API key copied"), false);
}

void RelayPanel::copyCurl()
{
    if (m_state != State::Running)
        return;
    QApplication::clipboard()->setText(curlExample(true));
    showStatus(tr("curl command copied (with the key)"), false);
}

void RelayPanel::setProfile(const QString &id)
{
    const bool other = id != m_profileId;
    m_profileId = id;
    if (m_state != State::Idle)
        return;
    if (other && !m_key.isEmpty()) {
        // A key replaced while idle belongs to the profile it was made for.
        m_key.clear();
        m_showKey->setChecked(false);
        updateKeyView();
    }
    const std::optional<profile::Profile> p = id.isEmpty() ? std::nullopt : m_store->find(id);
    m_profileLabel->setText(p ? tr("Relay for profile \"%1\"").arg(p->name) : tr("Select a stored profile to run the relay for it"));
    updateButtons();
}

void RelayPanel::setState(State state)
{
    m_state = state;
    m_toggle->setChecked(state == State::Starting || state == State::Running);
    //: The relay toggle's text while the relay runs / while it is off
    m_toggle->setText(state == State::Running || state == State::Starting ? tr("Relay off") : tr("Relay on"));
    if (state == State::Running)
        m_refreshTimer->start();
    else
        m_refreshTimer->stop();
    updateButtons();
    Q_EMIT stateChanged(state);
}

void RelayPanel::updateButtons()
{
    m_toggle->setEnabled(m_state == State::Running || (m_state == State::Idle && !m_profileId.isEmpty()));
    m_copyKey->setEnabled(!m_key.isEmpty());
    // The running relay's profile, or (off) the selected one; not while it starts or stops.
    m_newKey->setEnabled(!m_replacingKey
                         && ((m_state == State::Running && m_server) || (m_state == State::Idle && !m_profileId.isEmpty())));
    m_showKey->setEnabled(!m_key.isEmpty());
    m_copyCurl->setEnabled(m_state == State::Running);
    // As RelayServer::retry() and cancel() accept them.
    bool canRetry = false;
    bool canCancel = false;
    if (const QTreeWidgetItem *item = m_messages->currentItem()) {
        if (const std::optional<relay::MessageStatus> status = relay::statusFromName(item->data(StateColumn, Qt::UserRole).toString())) {
            switch (*status) {
            case relay::MessageStatus::Queued: canRetry = canCancel = true; break;
            case relay::MessageStatus::Scheduled: canCancel = true; break;
            case relay::MessageStatus::Failed:
            case relay::MessageStatus::Canceled: canRetry = true; break;
            case relay::MessageStatus::Sending:
            case relay::MessageStatus::Delivered: break;
            }
        }
    }
    m_retry->setEnabled(m_server && canRetry);
    m_cancel->setEnabled(m_server && canCancel);
}

void RelayPanel::showStatus(const QString &text, bool error)
{
    m_status->setTone(error ? Tone::Error : Tone::Normal);
    m_status->setText(text);
}

QString RelayPanel::statusText() const
{
    return m_status->text();
}

QString RelayPanel::address() const
{
    if (!m_server || m_state != State::Running)
        return {};
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return QStringLiteral("http://%1:%2").arg(host).arg(m_server->port());
}

QString RelayPanel::curlExample(bool withKey) const
{
    const QString base = address().isEmpty() ? QStringLiteral("http://127.0.0.1:8080") : address();
    const QString key = withKey && !m_key.isEmpty() ? m_key : QStringLiteral("$API_KEY");
    return QStringLiteral("curl -X POST %1/emails \\\n  -H \"Authorization: Bearer %2\" \\\n  -H \"Content-Type: application/json\" \\\n"
                          "  -d '{\"from\":\"you@example.com\",\"to\":\"someone@example.com\",\"subject\":\"Hello\",\"text\":\"Hi\"}'")
        .arg(base, key);
}

void RelayPanel::updateKeyView()
{
    const bool shown = m_showKey->isChecked();
    m_keyEdit->setText(m_key);
    m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    //: The button that reveals or hides the API key
    m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    m_curl->setPlainText(curlExample(shown));
    updateButtons();
}

void RelayPanel::askToReplaceKey()
{
    if (!m_newKey->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Replace the API key?"),
                                tr("Applications using the current key will get 401 invalid_api_key until they use the new one."),
                                QMessageBox::NoButton, this);
    //: Button of the question before the relay's API key is replaced
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, replace](int) {
        if (box->clickedButton() == replace)
            replaceKey();
    });
    box->open(); // not exec(): no nested event loop while the relay serves
}

void RelayPanel::replaceKey()
{
    if (m_replacingKey)
        return;
    const bool running = m_state == State::Running && m_server;
    if (!running && m_state != State::Idle)
        return;
    const QString id = running ? m_runningProfileId : m_profileId;
    const std::optional<profile::Profile> stored = id.isEmpty() ? std::nullopt : m_store->find(id);
    if (!stored) {
        const settings::Issue gone{QStringLiteral("profile"), QStringLiteral("not_found"), {{QStringLiteral("value"), id}}};
        showStatus(tr("✗ %1").arg(text::SettingsText::describe(gone, text::Audience::Window)), true);
        Q_EMIT keyReplaced(false);
        return;
    }
    m_replacingKey = true;
    updateButtons();
    // Made as the first start makes it; the store writes it (and puts the old one back if
    // anything fails), so the profile and the keychain agree.
    const QString key = relay::RelayServer::makeApiKey();
    profile::ProfileJob *save = m_store->saveWithSecrets(*stored, {{QStringLiteral("API_KEY"), key}});
    connect(save, &profile::ProfileJob::finished, this, [this, save, id, key]() {
        save->deleteLater();
        m_replacingKey = false;
        if (!save->succeeded()) {
            showStatus(tr("✗ The API key was not replaced; the old key still works: %1")
                           .arg(save->issues().isEmpty()
                                    ? text::KeychainText::describe(save->secretError(), save->secretErrorText(), text::Audience::Window)
                                    : text::SettingsText::describe(save->issues(), text::Audience::Window).join(u'\n')),
                       true);
            updateButtons();
            Q_EMIT keyReplaced(false);
            return;
        }
        // The running relay (still the one of this profile) takes it for the next request;
        // no restart, so the deliveries in progress and the port are kept.
        const bool inUse = m_state == State::Running && m_server && m_runningProfileId == id;
        if (inUse)
            m_server->setApiKey(key);
        if (inUse || (m_state == State::Idle && m_profileId == id))
            m_key = key;
        m_showKey->setChecked(true); // what was just made is shown
        updateKeyView();
        showStatus(inUse ? tr("✓ New API key stored in the keychain; the relay accepts only this key now.")
                         : tr("✓ New API key stored in the keychain; the relay will use it when it starts."),
                   false);
        Q_EMIT keyReplaced(true);
    });
}

void RelayPanel::start()
{
    if (m_state != State::Idle || m_profileId.isEmpty()) {
        setState(m_state);
        return;
    }
    setState(State::Starting);
    showStatus(tr("Starting the relay …"), false);
    // The window runs the profile as stored, its secrets from the keychain.
    profile::ResolveJob *job = m_resolver->resolve(m_profileId, {}, RelayGroups);
    connect(job, &profile::ResolveJob::finished, this, [this, job]() {
        job->deleteLater();
        switch (job->failure()) {
        case profile::ResolveJob::Failure::None: break;
        case profile::ResolveJob::Failure::Keychain:
            showStatus(tr("✗ %1").arg(text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)),
                       true);
            setState(State::Idle);
            return;
        case profile::ResolveJob::Failure::NotFound:
        case profile::ResolveJob::Failure::StoredValues:
        case profile::ResolveJob::Failure::Values:
            showStatus(tr("✗ %1").arg(text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n')), true);
            setState(State::Idle);
            return;
        }
        const profile::Profile stored = job->profile();
        settings::Configuration configuration = job->configuration();
        if (!configuration.relay.apiKey.isEmpty()) {
            launch(stored.name, configuration);
            return;
        }
        // First start for this profile: make the key and keep it in the keychain, through
        // the store so the profile records it has one (as `selfmx-console relay` does).
        const QString key = relay::RelayServer::makeApiKey();
        profile::ProfileJob *save = m_store->saveWithSecrets(stored, {{QStringLiteral("API_KEY"), key}});
        connect(save, &profile::ProfileJob::finished, this, [this, save, stored, configuration, key]() mutable {
            save->deleteLater();
            if (!save->succeeded()) {
                showStatus(tr("✗ No API key could be stored: %1")
                               .arg(save->issues().isEmpty()
                                        ? text::KeychainText::describe(save->secretError(), save->secretErrorText(), text::Audience::Window)
                                        : text::SettingsText::describe(save->issues(), text::Audience::Window).join(u'\n')),
                           true);
                setState(State::Idle);
                return;
            }
            configuration.relay.apiKey = key;
            launch(stored.name, configuration);
            showStatus(statusText() + u'\n' + tr("A new API key was made for this profile and stored in the keychain."), false);
        });
    });
}

void RelayPanel::launch(const QString &profileName, const settings::Configuration &configuration)
{
    relay::RelayOptions options;
    options.smtp = configuration.smtp;
    options.relay = configuration.relay;
    options.limits.maxBodyBytes = qint64(configuration.relay.maxBodyMiB) * 1024 * 1024;
    options.queuePath = m_queuePath.isEmpty() ? relay::RelayServer::defaultQueuePath(m_profileId) : m_queuePath;
    options.version = QCoreApplication::applicationVersion();
    auto *server = new relay::RelayServer(options, this);
    QString problem;
    if (!server->start(&problem)) {
        showStatus(
            text::RelayText::cannotStart(problem, options.relay.host, options.relay.port, server->lockHolder(), text::Audience::Window),
            true);
        delete server;
        setState(State::Idle);
        return;
    }
    m_server = server;
    m_runningProfileId = m_profileId;
    m_host = options.relay.host;
    m_key = options.relay.apiKey;
    // Coalesced: a busy relay changes its queue hundreds of times a second, and a refresh
    // reads the counts and the newest messages on the relay's own thread.
    connect(server, &relay::RelayServer::queueChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(server, &relay::RelayServer::messageFinished, this, [this](const QString &id, relay::MessageStatus status) {
        if (status != relay::MessageStatus::Failed || !m_server)
            return;
        const std::optional<relay::QueuedMessage> m = m_server->queue().find(id, false);
        Q_EMIT deliveryFailed(id, m ? m->recipients : QString(), m ? m->lastError : QString());
    });
    // Idle only once the server is gone, so its port is free again when the panel says so.
    connect(server, &relay::RelayServer::stopped, server, &QObject::deleteLater);
    connect(server, &QObject::destroyed, this, [this]() {
        m_server = nullptr;
        m_key.clear();
        m_address->clear();
        m_bindWarning->setVisible(false);
        m_showKey->setChecked(false);
        updateKeyView();
        showStatus(tr("Relay stopped"), false);
        setState(State::Idle);
        setProfile(m_profileId);
    });
    m_profileLabel->setText(tr("Relay for profile \"%1\"").arg(profileName));
    m_address->setText(address());
    const bool loopback = relay::RelayServer::isLoopback(m_host);
    m_bindWarning->setText(loopback ? QString() : tr("⚠ %1").arg(text::RelayText::nonLoopbackWarning(m_host, text::Audience::Window)));
    m_bindWarning->setVisible(!loopback);
    updateKeyView();
    //: Status of the relay panel: the address it listens on
    showStatus(tr("✓ Running on %1").arg(address()), false);
    setState(State::Running);
    refresh();
}

void RelayPanel::stop()
{
    if (m_state != State::Running || !m_server) {
        setState(m_state);
        return;
    }
    setState(State::Stopping);
    m_toggle->setEnabled(false);
    showStatus(tr("Stopping: no new requests; the SMTP transactions in progress end first …"), false);
    m_server->stop(10000); // asynchronous: stopped() follows
}

void RelayPanel::refresh()
{
    if (!m_server)
        return;
    relay::Queue &queue = m_server->queue();
    m_counts = queue.counts();
    relay::ListFilter filter;
    filter.limit = 100;
    qint64 total = 0;
    const QList<relay::QueuedMessage> recent = queue.list(filter, &total);
    m_retrying = 0;
    const QString selected = selectedId();
    m_messages->clear();
    for (const relay::QueuedMessage &m : recent) {
        if (m.status == relay::MessageStatus::Queued && m.attempts > 0)
            ++m_retrying;
        auto *item = new QTreeWidgetItem(m_messages);
        item->setText(CreatedColumn, QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(CreatedColumn, Qt::UserRole, m.id);
        item->setText(StateColumn, stateText(m.status));
        item->setData(StateColumn, Qt::UserRole, relay::statusName(m.status));
        item->setText(ToColumn, m.recipients);
        item->setText(SubjectColumn, m.subject);
        item->setText(AttemptsColumn, QString::number(m.attempts));
        item->setText(ErrorColumn, m.lastError);
        item->setToolTip(ErrorColumn, m.lastError);
        if (m.status == relay::MessageStatus::Failed)
            item->setForeground(StateColumn, toneColor(Tone::Error, palette()));
        if (m.id == selected)
            m_messages->setCurrentItem(item);
    }
    m_countsLabel->setText(countsText());
    updateButtons();
    Q_EMIT refreshed();
}

QString RelayPanel::countsText() const
{
    //: The relay's live counts
    return tr("Queued: %1 · Sending: %2 · Delivered: %3 · Failed: %4 · Retrying: %5")
        .arg(m_counts.value(relay::MessageStatus::Queued) + m_counts.value(relay::MessageStatus::Scheduled))
        .arg(m_counts.value(relay::MessageStatus::Sending))
        .arg(m_counts.value(relay::MessageStatus::Delivered))
        .arg(m_counts.value(relay::MessageStatus::Failed))
        .arg(m_retrying);
}

QString RelayPanel::selectedId() const
{
    const QTreeWidgetItem *item = m_messages->currentItem();
    return item ? item->data(CreatedColumn, Qt::UserRole).toString() : QString();
}

bool RelayPanel::retryMessage(const QString &id)
{
    if (!m_server || id.isEmpty())
        return false;
    QString problem;
    std::optional<relay::MessageStatus> current;
    const bool ok = m_server->retry(id, &problem, &current);
    showStatus(ok ? tr("Message %1 queued to be sent now").arg(id)
                  : tr("✗ %1").arg(
                      text::RelayText::cannotRetry(id, problem, current ? relay::statusName(*current) : QString(), text::Audience::Window)),
               !ok);
    refresh();
    return ok;
}

bool RelayPanel::cancelMessage(const QString &id)
{
    if (!m_server || id.isEmpty())
        return false;
    QString problem;
    std::optional<relay::MessageStatus> current;
    const bool ok = m_server->cancel(id, &problem, &current);
    showStatus(ok ? tr("Message %1 canceled").arg(id)
                  : tr("✗ %1").arg(text::RelayText::cannotCancel(id, problem, current ? relay::statusName(*current) : QString(),
                                                                 text::Audience::Window)),
               !ok);
    refresh();
    return ok;
}

} // namespace selfmx::ui
