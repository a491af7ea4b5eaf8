// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace selfmx::dns {
struct ServerCandidate;
} // namespace selfmx::dns

namespace selfmx::ui {

class ServerDiscoveryBox;
class SetupWizard;
class TestPanel;
class ToneLabel;

// The setup wizard's pages. Each shows only the fields it needs, bound to the wizard's
// SettingsDraft (an edit goes to the draft at once; the draft's problems show under the
// field), and none of them saves anything.

// 1. Who sends your mail? An address or domain picks a provider from the shipped table of
// well-known domains (and says which), or the user picks one; "Find my server" looks the
// domain up in DNS (ServerDiscoveryBox) and a chosen candidate fills the server, port and
// TLS mode; the profile's name.
class ProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProviderPage(SetupWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *providerCombo() const { return m_providers; }
    QComboBox *regionCombo() const { return m_regions; }
    QLineEdit *nameEdit() const { return m_name; }
    ServerDiscoveryBox *discovery() const { return m_discovery; }
    QString matchText() const;
    QString nameProblem() const; // empty: the name can be used

private:
    void onAddressEdited(const QString &text);
    void onProviderChosen();
    void updateRegions();
    void updateName();
    void useCandidate(const dns::ServerCandidate &candidate);

    SetupWizard *m_wizard = nullptr;
    QLineEdit *m_address = nullptr;
    ServerDiscoveryBox *m_discovery = nullptr;
    QLabel *m_match = nullptr;
    QComboBox *m_providers = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_regions = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    bool m_nameEdited = false; // typed by the user: no longer follows the address
};

// 2. Credentials, with the provider's rules beside them and a link to where it issues them.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *showPassword() const { return m_show; }
    QLabel *rulesLabel() const { return m_rules; }
    QLabel *linkLabel() const { return m_link; }

private:
    void updateHints();

    SetupWizard *m_wizard = nullptr;
    QLabel *m_rules = nullptr;
    QLabel *m_link = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_show = nullptr;
    QLabel *m_hints = nullptr;
};

// 3. Security: the TLS mode in one sentence each, verification, and behind "Advanced" a CA
// file or a pinned certificate.
class SecurityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SecurityPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QSpinBox *portEdit() const { return m_port; }
    QRadioButton *startTlsButton() const { return m_startTls; }
    QRadioButton *implicitButton() const { return m_implicit; }
    QRadioButton *plainButton() const { return m_plain; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *pinEdit() const { return m_pin; }
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    QCheckBox *verifyBox() const { return m_verify; }
    QLabel *verifyWarning() const { return m_verifyWarning; }

private:
    void showMode();
    void chooseMode(const QString &mode);

    SetupWizard *m_wizard = nullptr;
    QSpinBox *m_port = nullptr;
    QRadioButton *m_startTls = nullptr;
    QRadioButton *m_implicit = nullptr;
    QRadioButton *m_plain = nullptr;
    QCheckBox *m_verify = nullptr;
    QLabel *m_verifyWarning = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pin = nullptr;
    bool m_showing = false;
};

// 4. The one-click test, inline. Next needs a passing test, or an explicit "save without
// testing".
class TestPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TestPage(SetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    TestPanel *panel(); // made on first use
    void cancelTest();  // a running test, if the panel was made
    QCheckBox *saveWithoutTesting() const { return m_skip; }

private:
    SetupWizard *m_wizard = nullptr;
    TestPanel *m_panel = nullptr;
    QCheckBox *m_skip = nullptr;
    bool m_passed = false;
};

// 5. Done: what Finish saves, where the password lives, what to do next.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(SetupWizard *wizard);
    void initializePage() override;
    void showSaveError(const QString &error);
    void showSaving();
    QString summaryText() const;

private:
    SetupWizard *m_wizard = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_next = nullptr;
    ToneLabel *m_status = nullptr;
};

} // namespace selfmx::ui
