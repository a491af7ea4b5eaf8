// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace selfmx::smtp {
class SmtpSession;
struct Settings;
} // namespace selfmx::smtp

namespace selfmx::diagnostics {
class Diagnoser;
struct SettingChange;
} // namespace selfmx::diagnostics

namespace selfmx::profile {
class ProfileResolver;
class ProfileStore;
class SettingsDraft;
} // namespace selfmx::profile

namespace selfmx::ui {

class SettingsForm;

// The console's first window: a form over a SettingsDraft (made from the field table), a
// "Test connection" that runs the core's SmtpSession without blocking, a Cancel, and the
// redacted transcript. Profiles come from the one ProfileStore it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(profile::ProfileStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and screenshots: start a test / a diagnosis with the current fields.
    void startTest();
    void startDiagnosis();
    // Profiles: fill the form from a stored profile (password from the keychain), or save
    // the form as one. Both asynchronous; profileLoaded / profileSaved report the outcome.
    void loadProfile(const QString &name);
    void saveProfile(const QString &name);
    QStringList profileNames() const;
    QString statusText() const;
    QString transcriptText() const;
    profile::SettingsDraft *draft() const { return m_draft; }
    // The change the last diagnosis proposed for its first failing finding (empty: none),
    // and applying it to the form: what the "Apply fix" button does.
    QString proposedFixText() const;
    bool applyProposedFix();
    SettingsForm *form() const { return m_form; }

Q_SIGNALS:
    void testFinished(bool ok);
    void diagnosisFinished(bool ok);
    void profileLoaded(bool ok);
    void profileSaved(bool ok);

private:
    void loadFromEnvironment();
    void refreshProfiles(const QString &select = QString());
    void updateWarnings();
    void setBusy(bool busy);
    void onFinished();
    // The draft's settings when they can be used; else its problems are shown and nullopt.
    std::optional<smtp::Settings> settingsFromForm();

    profile::ProfileStore *m_store = nullptr;
    profile::ProfileResolver *m_resolver = nullptr;
    profile::SettingsDraft *m_draft = nullptr;
    SettingsForm *m_form = nullptr;
    QComboBox *m_profiles = nullptr;
    QPushButton *m_saveProfileButton = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_diagnoseButton = nullptr;
    QPushButton *m_applyFixButton = nullptr;
    QList<diagnostics::SettingChange> m_proposedFix;
    QPlainTextEdit *m_transcript = nullptr;
    QPointer<smtp::SmtpSession> m_session;
    QPointer<diagnostics::Diagnoser> m_diagnoser;
};

} // namespace selfmx::ui
