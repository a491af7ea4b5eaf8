// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace selfmx::smtp {
class SmtpSession;
struct ParsedSettings;
struct Settings;
} // namespace selfmx::smtp

namespace selfmx::diagnostics {
class Diagnoser;
}

namespace selfmx::profile {
class ProfileStore;
}

namespace selfmx::ui {

// The console's first window: the SMTP settings of the settings page, a "Test connection"
// that runs the core's SmtpSession without blocking, a Cancel, and the redacted transcript.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
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

Q_SIGNALS:
    void testFinished(bool ok);
    void diagnosisFinished(bool ok);
    void profileLoaded(bool ok);
    void profileSaved(bool ok);

private:
    void loadFromEnvironment();
    void fillForm(const smtp::Settings &settings);
    void refreshProfiles(const QString &select = QString());
    void updateWarnings();
    void setBusy(bool busy);
    void onFinished();
    // The form through the same parser as the environment; errors shown, nullopt returned.
    std::optional<smtp::ParsedSettings> settingsFromForm();

    QComboBox *m_profiles = nullptr;
    QPushButton *m_saveProfileButton = nullptr;
    profile::ProfileStore *m_store = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tlsMode = nullptr;
    QCheckBox *m_verify = nullptr;
    QLineEdit *m_caFile = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_diagnoseButton = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QPointer<smtp::SmtpSession> m_session;
    QPointer<diagnostics::Diagnoser> m_diagnoser;
};

} // namespace selfmx::ui
