// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "relay/queue.h"
#include "settings/configuration.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace selfmx::profile {
class ProfileResolver;
class ProfileStore;
} // namespace selfmx::profile

namespace selfmx::relay {
class RelayServer;
}

namespace selfmx::ui {

class ToneLabel;

// The local relay of one profile: on/off, where it listens (a warning when other machines
// can reach it), the API key hidden behind Show and Copy (made and kept in the keychain
// on the first start, as the headless command does, replaceable with New key…), a ready
// curl example, live counts
// and the recent messages with their state and last error, Retry and Cancel. Starting and
// stopping never block: the profile and key come from asynchronous jobs, and a stop ends
// with the server's stopped().
class RelayPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping };
    Q_ENUM(State)
    // Columns of the message list; the id is in Qt::UserRole of the first column.
    enum Column { CreatedColumn, StateColumn, ToColumn, SubjectColumn, AttemptsColumn, ErrorColumn, ColumnCount };

    explicit RelayPanel(profile::ProfileStore *store, QWidget *parent = nullptr);
    ~RelayPanel() override;

    // The profile the toggle starts (by id; empty: none). While the relay runs it keeps
    // the profile it was started with.
    void setProfile(const QString &id);
    QString profileId() const { return m_profileId; }
    // Where the queue lives (default: relay::RelayServer::defaultQueuePath(profile id)).
    void setQueuePath(const QString &path) { m_queuePath = path; }

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    void start();
    void stop();

    // What the panel shows, for tests and the tray.
    QString address() const;
    QString apiKey() const { return m_key; }
    QString curlExample(bool withKey) const;
    QString statusText() const;
    qint64 count(relay::MessageStatus status) const { return m_counts.value(status); }
    qint64 retrying() const { return m_retrying; }
    QTreeWidget *messages() const { return m_messages; }
    QString countsText() const;
    // Retry / Cancel the message with this id (what the buttons do for the selected one).
    bool retryMessage(const QString &id);
    bool cancelMessage(const QString &id);
    // What the buttons (and the window's Relay menu) do.
    void retrySelected() { retryMessage(selectedId()); }
    void cancelSelected() { cancelMessage(selectedId()); }
    void copyKey();
    void copyCurl();
    // New key…: asks first (a window-modal box, opened without a nested loop); Replace makes
    // a key as the first start does, keeps it in the keychain (asynchronously) and shows it;
    // a relay running from this panel accepts only the new key from then on. A keychain
    // failure is shown in the panel and keeps the old key. keyReplaced() follows Replace.
    void askToReplaceKey();
    void replaceKey();
    bool isReplacingKey() const { return m_replacingKey; }
    void refresh();

Q_SIGNALS:
    void stateChanged(selfmx::ui::RelayPanel::State state);
    // The counts or the list changed (after refresh()).
    void refreshed();
    // A delivery failed for good: the tray says so.
    void deliveryFailed(const QString &id, const QString &recipients, const QString &error);
    // A replacement of the API key ended: stored (and in use by the running relay), or not.
    void keyReplaced(bool replaced);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setState(State state);
    void showStatus(const QString &text, bool error);
    void launch(const QString &profileName, const settings::Configuration &configuration);
    void updateKeyView();
    void updateButtons();
    QString selectedId() const;

    profile::ProfileStore *m_store = nullptr;
    profile::ProfileResolver *m_resolver = nullptr;
    QPointer<relay::RelayServer> m_server;
    QString m_profileId;
    QString m_runningProfileId;
    QString m_queuePath;
    QString m_host;
    QString m_key;
    State m_state = State::Idle;
    bool m_replacingKey = false;
    QHash<relay::MessageStatus, qint64> m_counts;
    qint64 m_retrying = 0;

    QLabel *m_profileLabel = nullptr;
    QPushButton *m_toggle = nullptr;
    QLineEdit *m_address = nullptr;
    ToneLabel *m_bindWarning = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_showKey = nullptr;
    QPushButton *m_copyKey = nullptr;
    QPushButton *m_newKey = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTreeWidget *m_messages = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    ToneLabel *m_status = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_refreshSoon = nullptr; // one refresh for a burst of queue changes
};

} // namespace selfmx::ui
