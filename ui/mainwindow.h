// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QMainWindow>
#include <QPointer>

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

    // For tests and screenshots: start a test with the current fields.
    void startTest();
    QString statusText() const;
    QString transcriptText() const;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void loadFromEnvironment();
    void updateWarnings();
    void setBusy(bool busy);
    void onFinished();

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
    QPlainTextEdit *m_transcript = nullptr;
    QPointer<smtp::SmtpSession> m_session;
};

} // namespace selfmx::ui
