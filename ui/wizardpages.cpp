// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "wizardpages.h"

#include "measuredlabel.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profile/settingsdraft.h"
#include "selectablelabel.h"
#include "serverdiscovery.h"
#include "setupwizard.h"
#include "testpanel.h"
#include "text/providertext.h"
#include "text/settingstext.h"
#include "tonelabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace selfmx::ui {

using profile::Provider;
using profile::SettingsDraft;

namespace {

// A profile name as a shell word: single quotes when it holds anything a shell would split
// or expand (a name with a space is common: "Office Postfix").
QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// An editor shows one field of the draft and writes the user's edits to it; a value set
// elsewhere (a preset, "Apply fix") shows up in it.
void bindLine(QLineEdit *line, SettingsDraft *draft, const QString &key)
{
    line->setText(draft->value(key));
    // textChanged, not textEdited: text set through accessibility (AT-SPI) counts too.
    QObject::connect(line, &QLineEdit::textChanged, draft, [draft, key](const QString &text) { draft->setValue(key, text); });
    QObject::connect(draft, &SettingsDraft::valueChanged, line, [line, key](const QString &changed, const QString &text) {
        if (changed == key && line->text() != text)
            line->setText(text);
    });
}

void bindPort(QSpinBox *spin, SettingsDraft *draft, const QString &key)
{
    spin->setRange(1, 65535);
    spin->setValue(draft->value(key).toInt());
    QObject::connect(spin, &QSpinBox::valueChanged, draft, [draft, key](int value) {
        if (draft->value(key) != QString::number(value))
            draft->setValue(key, QString::number(value));
    });
    QObject::connect(draft, &SettingsDraft::valueChanged, spin, [spin, key](const QString &changed, const QString &text) {
        if (changed == key && spin->value() != text.toInt())
            spin->setValue(text.toInt());
    });
}

// The field's problems, under it, as the user types.
QLabel *problemLabel(SettingsDraft *draft, const QString &key)
{
    auto *label = new ToneLabel(Tone::Error); // a red that reads on light and dark windows
    label->setWordWrap(true);
    auto show = [label, draft, key]() {
        const QStringList lines = text::SettingsText::describe(draft->errors(key), text::Audience::Window);
        label->setText(lines.join(u'\n'));
        label->setVisible(!lines.isEmpty() && !draft->value(key).isEmpty());
    };
    QObject::connect(draft, &SettingsDraft::errorsChanged, label, [show, key](const QString &changed) {
        if (changed == key)
            show();
    });
    QObject::connect(draft, &SettingsDraft::valueChanged, label, show);
    show();
    return label;
}

QLabel *noteLabel(const QString &text = QString())
{
    auto *label = new MeasuredLabel(text);
    label->setWordWrap(true);
    return label;
}

// A note in a tone (an error, a warning) whose colour follows the palette, light or dark.
ToneLabel *toneNote(Tone tone, const QString &text = QString())
{
    auto *label = new ToneLabel(tone, text);
    label->setWordWrap(true);
    return label;
}

QString domainOf(const QString &address)
{
    const QString trimmed = address.trimmed().toLower();
    return trimmed.mid(trimmed.lastIndexOf(u'@') + 1);
}

} // namespace

// ---------------------------------------------------------------------------------------

ProviderPage::ProviderPage(SetupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Who sends your mail?"));
    setSubTitle(tr("Type the address you send from, or pick the service that delivers your mail."));

    m_address = new QLineEdit;
    m_address->setPlaceholderText(tr("you@example.com or example.com"));
    m_address->setAccessibleName(tr("Sending address or domain"));
    m_address->setAccessibleDescription(tr("A well-known domain such as gmail.com picks its provider for you"));
    auto *addressLabel = new MeasuredLabel(tr("Sending &address or domain:"));
    addressLabel->setBuddy(m_address);
    m_match = noteLabel();
    m_match->setAccessibleName(tr("Provider picked from the address"));
    m_discovery = new ServerDiscoveryBox;

    m_providers = new QComboBox;
    m_providers->setAccessibleName(tr("Provider"));
    m_providers->setAccessibleDescription(tr("The service that delivers your mail; its server and rules fill in the next pages"));
    for (Provider p : {Provider::SendGrid, Provider::Mailgun, Provider::AmazonSes, Provider::Postmark, Provider::Gmail,
                       Provider::Microsoft365, Provider::Outlook, Provider::Postfix, Provider::Custom})
        m_providers->addItem(text::ProviderText::name(p), int(p));
    m_providers->setCurrentIndex(m_providers->findData(int(Provider::Custom)));
    auto *providerLabel = new MeasuredLabel(tr("&Provider:"));
    providerLabel->setBuddy(m_providers);

    m_regions = new QComboBox;
    m_regions->setAccessibleName(tr("Region"));
    m_regions->setAccessibleDescription(tr("Where the provider keeps your account; credentials work only in their own region"));
    m_regionLabel = new MeasuredLabel(tr("&Region:"));
    m_regionLabel->setBuddy(m_regions);

    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setAccessibleDescription(tr("How this setup is called in the console and on the command line (--profile)"));
    auto *nameLabel = new MeasuredLabel(tr("Profile na&me:"));
    nameLabel->setBuddy(m_name);
    m_nameProblem = toneNote(Tone::Error);
    m_nameProblem->setAccessibleName(tr("Problem with the profile name"));

    auto *form = new QFormLayout(this);
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_match);
    form->addRow(QString(), m_discovery);
    form->addRow(providerLabel, m_providers);
    form->addRow(m_regionLabel, m_regions);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameProblem);

    connect(m_address, &QLineEdit::textChanged, this, &ProviderPage::onAddressEdited); // AT-SPI sets text too
    connect(m_discovery, &ServerDiscoveryBox::chosen, this, &ProviderPage::useCandidate);
    connect(m_providers, &QComboBox::activated, this, [this]() {
        updateRegions();
        onProviderChosen();
        m_match->clear();
    });
    connect(m_regions, &QComboBox::activated, this, &ProviderPage::onProviderChosen);
    connect(m_name, &QLineEdit::textChanged, this, [this]() { // the suggestion is set with signals blocked
        m_nameEdited = true;
        updateName();
    });
    updateRegions();
    updateName();
}

void ProviderPage::onAddressEdited(const QString &text)
{
    m_wizard->setSenderAddress(text.trimmed());
    m_discovery->setAddress(text);
    const std::optional<profile::DomainMatch> match = profile::presetForAddress(text);
    if (match) {
        m_providers->setCurrentIndex(m_providers->findData(int(match->provider)));
        updateRegions();
        if (!match->region.isEmpty())
            m_regions->setCurrentIndex(std::max(0, m_regions->findData(match->region)));
        onProviderChosen();
        m_match->setText(text::ProviderText::matched(*match));
    } else {
        const QString domain = domainOf(text);
        m_match->setText(domain.contains(u'.') ? text::ProviderText::notMatched(domain) : QString());
        onProviderChosen(); // the user name may follow the address
    }
    updateName();
}

void ProviderPage::onProviderChosen()
{
    const auto provider = Provider(m_providers->currentData().toInt());
    m_wizard->setProvider(provider, m_regions->isHidden() ? QString() : m_regions->currentData().toString());
    updateName();
}

void ProviderPage::updateRegions()
{
    const auto provider = Provider(m_providers->currentData().toInt());
    const QString current = m_regions->currentData().toString();
    m_regions->clear();
    const bool hasRegions = provider == Provider::AmazonSes || provider == Provider::Mailgun;
    if (hasRegions) {
        for (const QString &region : profile::preset(provider).regions)
            m_regions->addItem(text::ProviderText::region(provider, region), region);
        m_regions->setCurrentIndex(std::max(0, m_regions->findData(current)));
    }
    m_regions->setHidden(!hasRegions);
    m_regionLabel->setHidden(!hasRegions);
}

// A server found in DNS: its provider (with the provider's rules on the next pages), then
// exactly its host, port and TLS mode.
void ProviderPage::useCandidate(const dns::ServerCandidate &candidate)
{
    m_providers->setCurrentIndex(std::max(0, m_providers->findData(int(candidate.provider))));
    updateRegions();
    if (!candidate.region.isEmpty())
        m_regions->setCurrentIndex(std::max(0, m_regions->findData(candidate.region)));
    m_wizard->setProvider(candidate.provider, candidate.region);
    profile::SettingsDraft *draft = m_wizard->draft();
    draft->setValue(QStringLiteral("SMTP_HOST"), candidate.host);
    draft->setValue(QStringLiteral("SMTP_PORT"), QString::number(candidate.port));
    draft->setValue(QStringLiteral("SMTP_TLS_MODE"), smtp::tlsModeName(candidate.mode));
    updateName();
}

QString ProviderPage::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name.");
    if (name.contains(u'/') || name.contains(u'\n') || name.contains(u'\r'))
        return tr("A profile name may not contain '/' or line breaks.");
    if (m_wizard->isNameTaken(name))
        return tr("A profile named \"%1\" exists already; choose another name.").arg(name);
    return QString();
}

QString ProviderPage::matchText() const
{
    return m_match->text();
}

void ProviderPage::updateName()
{
    if (!m_nameEdited) {
        const QString domain = domainOf(m_address->text());
        QString name = domain.isEmpty() ? profile::providerKey(m_wizard->provider()) : domain;
        // A free name: "gmail.com", else "gmail.com-2", ...
        const QString base = name;
        for (int n = 2; m_wizard->isNameTaken(name) && n < 100; ++n)
            name = base + u'-' + QString::number(n);
        const QSignalBlocker suggesting(m_name);
        m_name->setText(name);
    }
    const QString problem = nameProblem();
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool ProviderPage::isComplete() const
{
    return nameProblem().isEmpty();
}

bool ProviderPage::validatePage()
{
    updateName();
    if (!isComplete())
        return false;
    m_wizard->setProfileName(m_name->text().trimmed());
    return true;
}

// ---------------------------------------------------------------------------------------

CredentialsPage::CredentialsPage(SetupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("Nothing is stored until you press Finish; the password then goes to the system keychain."));
    SettingsDraft *draft = wizard->draft();

    m_rules = noteLabel();
    m_rules->setAccessibleName(tr("The provider's rules for user name and password"));
    m_link = noteLabel();
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setAccessibleName(tr("Where to get the credentials"));
    m_link->setAccessibleDescription(tr("Opens the provider's page that issues SMTP credentials in the web browser"));

    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setAccessibleDescription(tr("The SMTP server's host name (SMTP_HOST)"));
    bindLine(m_host, draft, QStringLiteral("SMTP_HOST"));
    auto *hostLabel = new MeasuredLabel(tr("&Server:"));
    hostLabel->setBuddy(m_host);

    m_user = new QLineEdit;
    m_user->setAccessibleName(tr("User name"));
    m_user->setAccessibleDescription(tr("The SMTP login (SMTP_USER)"));
    bindLine(m_user, draft, QStringLiteral("SMTP_USER"));
    auto *userLabel = new MeasuredLabel(tr("&User name:"));
    userLabel->setBuddy(m_user);

    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("The SMTP password or API key (SMTP_PASS); kept in the system keychain, never in a file"));
    bindLine(m_password, draft, QStringLiteral("SMTP_PASS"));
    auto *passwordLabel = new MeasuredLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    m_show = new QCheckBox(tr("S&how password"));
    m_show->setAccessibleName(tr("Show password"));
    m_show->setAccessibleDescription(tr("Shows the password in plain text while checked"));
    connect(m_show, &QCheckBox::toggled, this,
            [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    m_hints = toneNote(Tone::Warning);
    m_hints->setAccessibleName(tr("Hints about these credentials"));

    auto *form = new QFormLayout(this);
    form->addRow(m_rules);
    form->addRow(m_link);
    form->addRow(hostLabel, m_host);
    form->addRow(QString(), problemLabel(draft, QStringLiteral("SMTP_HOST")));
    form->addRow(userLabel, m_user);
    form->addRow(QString(), problemLabel(draft, QStringLiteral("SMTP_USER")));
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_show);
    form->addRow(m_hints);

    connect(draft, &SettingsDraft::valueChanged, this, [this]() {
        updateHints();
        Q_EMIT completeChanged();
    });
}

void CredentialsPage::initializePage()
{
    const Provider provider = m_wizard->provider();
    m_rules->setText(text::ProviderText::rules(provider));
    const QString link = text::ProviderText::credentialsLink(provider);
    m_link->setText(link);
    m_link->setVisible(!link.isEmpty());
    m_user->setPlaceholderText(text::ProviderText::userPlaceholder(provider));
    updateHints();
}

void CredentialsPage::updateHints()
{
    SettingsDraft *draft = m_wizard->draft();
    profile::Profile p;
    static_cast<settings::Configuration &>(p) = draft->configuration();
    p.provider = m_wizard->provider();
    p.region = m_wizard->region();
    QList<settings::Issue> hints;
    for (const settings::Issue &hint : profile::providerHints(p, draft->value(QStringLiteral("SMTP_PASS")))) {
        if (hint.key == u"SMTP_HOST" || hint.key == u"SMTP_USER" || hint.key == u"SMTP_PASS")
            hints.append(hint); // the port and TLS belong to the next page
    }
    const QStringList lines = text::SettingsText::describe(hints, text::Audience::Window);
    m_hints->setText(lines.join(u'\n'));
    m_hints->setVisible(!lines.isEmpty());
}

bool CredentialsPage::isComplete() const
{
    const SettingsDraft *draft = m_wizard->draft();
    return !draft->value(QStringLiteral("SMTP_HOST")).trimmed().isEmpty() && draft->errors(QStringLiteral("SMTP_HOST")).isEmpty()
           && draft->errors(QStringLiteral("SMTP_USER")).isEmpty() && draft->errors(QStringLiteral("SMTP_PASS")).isEmpty();
}

// ---------------------------------------------------------------------------------------

SecurityPage::SecurityPage(SetupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Security"));
    setSubTitle(tr("How the connection is encrypted, and how the console knows it talks to the right server."));
    SettingsDraft *draft = wizard->draft();

    m_port = new QSpinBox;
    m_port->setAccessibleName(tr("Port"));
    m_port->setAccessibleDescription(tr("The server's port (SMTP_PORT): 587 for STARTTLS, 465 for implicit TLS"));
    bindPort(m_port, draft, QStringLiteral("SMTP_PORT"));
    auto *portLabel = new MeasuredLabel(tr("Po&rt:"));
    portLabel->setBuddy(m_port);

    auto radio = [](const QString &text, const QString &sentence, QVBoxLayout *layout) {
        auto *button = new QRadioButton(text);
        button->setAccessibleName(QString(text).remove(u'&'));
        button->setAccessibleDescription(sentence);
        auto *label = noteLabel(sentence);
        label->setIndent(24);
        layout->addWidget(button);
        layout->addWidget(label);
        return button;
    };
    auto *modes = new QVBoxLayout;
    m_startTls = radio(tr("&STARTTLS (port 587)"),
                       tr("The connection starts in plaintext and switches to TLS before anything else is said; if the server "
                          "does not offer it, the console stops rather than go on unencrypted."),
                       modes);
    m_implicit = radio(tr("&Implicit TLS (port 465)"), tr("The connection is encrypted from its very first byte."), modes);
    m_plain =
        radio(tr("N&o encryption"), tr("Everything, the password included, travels readable: only for a server on this machine."), modes);
    auto *group = new QButtonGroup(this);
    group->addButton(m_startTls);
    group->addButton(m_implicit);
    group->addButton(m_plain);
    connect(m_startTls, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseMode(QStringLiteral("starttls"));
    });
    connect(m_implicit, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseMode(QStringLiteral("implicit"));
    });
    connect(m_plain, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseMode(QStringLiteral("none"));
    });

    m_verify = new QCheckBox(tr("&Verify the server's certificate (recommended)"));
    m_verify->setAccessibleName(tr("Verify the server's certificate"));
    m_verify->setAccessibleDescription(tr("Without verification anyone on the way can pretend to be the server and read the password"));
    m_verifyWarning =
        toneNote(Tone::Warning, tr("⚠ Without verification anyone on the path can pretend to be the server and read the password. "
                                   "Prefer a CA file or a pinned certificate under Advanced."));
    auto showVerify = [this, draft]() {
        const bool on = draft->value(QStringLiteral("SMTP_TLS_VERIFY")) != u"false";
        if (m_verify->isChecked() != on)
            m_verify->setChecked(on);
        m_verifyWarning->setVisible(!on);
    };
    connect(m_verify, &QCheckBox::toggled, this, [draft](bool on) {
        const QString value = on ? QStringLiteral("true") : QStringLiteral("false");
        if (draft->value(QStringLiteral("SMTP_TLS_VERIFY")) != value)
            draft->setValue(QStringLiteral("SMTP_TLS_VERIFY"), value);
    });

    m_advancedToggle = new QToolButton;
    m_advancedToggle->setText(tr("A&dvanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAccessibleName(tr("Show advanced security settings"));
    m_advancedToggle->setAccessibleDescription(tr("Shows or hides the CA file and the pinned certificate"));
    m_advancedToggle->setFocusPolicy(Qt::StrongFocus);
    m_advanced = new QWidget;
    m_caFile = new QLineEdit;
    m_caFile->setPlaceholderText(tr("optional: a PEM file with the CA that signed the server's certificate"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setAccessibleDescription(tr("Trust certificates signed by this CA, besides the system's (SMTP_TLS_CA_FILE)"));
    bindLine(m_caFile, draft, QStringLiteral("SMTP_TLS_CA_FILE"));
    auto *caLabel = new MeasuredLabel(tr("&CA file:"));
    caLabel->setBuddy(m_caFile);
    auto *browse = new QPushButton(tr("Bro&wse…"));
    browse->setAccessibleName(tr("Browse for the CA file"));
    browse->setAccessibleDescription(tr("Opens a file dialog to choose a PEM file with the CA's certificate"));
    connect(browse, &QPushButton::clicked, this, [this, draft]() {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA file"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            draft->setValue(QStringLiteral("SMTP_TLS_CA_FILE"), file);
    });
    m_pin = new QLineEdit;
    m_pin->setPlaceholderText(tr("optional: AB:CD:… (64 hex digits)"));
    m_pin->setAccessibleName(tr("Pinned certificate"));
    m_pin->setAccessibleDescription(tr("Accept exactly the certificate with this SHA-256 fingerprint (SMTP_TLS_PIN_SHA256)"));
    bindLine(m_pin, draft, QStringLiteral("SMTP_TLS_PIN_SHA256"));
    auto *pinLabel = new MeasuredLabel(tr("&Pinned certificate (SHA-256):"));
    pinLabel->setBuddy(m_pin);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    advanced->addRow(caLabel, caRow);
    advanced->addRow(QString(), problemLabel(draft, QStringLiteral("SMTP_TLS_CA_FILE")));
    advanced->addRow(pinLabel, m_pin);
    advanced->addRow(QString(), problemLabel(draft, QStringLiteral("SMTP_TLS_PIN_SHA256")));
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(on);
    });

    auto *form = new QFormLayout;
    form->addRow(portLabel, m_port);
    form->addRow(QString(), problemLabel(draft, QStringLiteral("SMTP_PORT")));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(modes);
    layout->addWidget(m_verify);
    layout->addWidget(m_verifyWarning);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();

    connect(draft, &SettingsDraft::valueChanged, this, [this, showVerify](const QString &key) {
        if (key == u"SMTP_TLS_MODE" || key == u"SMTP_TLS" || key == u"SMTP_PORT")
            showMode();
        if (key == u"SMTP_TLS_VERIFY")
            showVerify();
        // A CA file or pin set elsewhere ("Apply fix") is shown.
        if ((key == u"SMTP_TLS_CA_FILE" || key == u"SMTP_TLS_PIN_SHA256") && !m_advancedToggle->isChecked())
            m_advancedToggle->setChecked(true);
        Q_EMIT completeChanged();
    });
    showVerify();
    showMode();
}

void SecurityPage::initializePage()
{
    showMode();
}

void SecurityPage::showMode()
{
    m_showing = true;
    switch (m_wizard->draft()->configuration().smtp.tlsMode()) {
    case smtp::TlsMode::StartTls: m_startTls->setChecked(true); break;
    case smtp::TlsMode::Implicit: m_implicit->setChecked(true); break;
    case smtp::TlsMode::None: m_plain->setChecked(true); break;
    }
    m_showing = false;
}

void SecurityPage::chooseMode(const QString &mode)
{
    if (m_showing)
        return;
    SettingsDraft *draft = m_wizard->draft();
    // The conventional port goes with the mode (RFC 8314 §3.3: 465 implicit, 587 STARTTLS);
    // a port of the user's own stays.
    const QString port = draft->value(QStringLiteral("SMTP_PORT"));
    if (mode == u"implicit" && port == u"587")
        draft->setValue(QStringLiteral("SMTP_PORT"), QStringLiteral("465"));
    else if (mode == u"starttls" && port == u"465")
        draft->setValue(QStringLiteral("SMTP_PORT"), QStringLiteral("587"));
    draft->setValue(QStringLiteral("SMTP_TLS_MODE"), mode);
}

bool SecurityPage::isComplete() const
{
    const SettingsDraft *draft = m_wizard->draft();
    for (const char *key : {"SMTP_PORT", "SMTP_TLS_MODE", "SMTP_TLS_VERIFY", "SMTP_TLS_CA_FILE", "SMTP_TLS_PIN_SHA256"}) {
        if (!draft->errors(QString::fromLatin1(key)).isEmpty())
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------

TestPage::TestPage(SetupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Test"));
    setSubTitle(tr("Try the settings before saving them: connect, encrypt, greet and log in."));
    m_skip = new QCheckBox(tr("Save &without a passing test"));
    m_skip->setAccessibleName(tr("Save without a passing test"));
    m_skip->setAccessibleDescription(tr("Lets you finish even though the test did not pass, e.g. for a server you cannot reach from here"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_skip);
    connect(m_skip, &QCheckBox::toggled, this, &TestPage::completeChanged);
    // A passing test belongs to the settings it ran with.
    connect(wizard->draft(), &SettingsDraft::valueChanged, this, [this]() {
        m_passed = false;
        Q_EMIT completeChanged();
    });
}

TestPanel *TestPage::panel()
{
    // Made when the page is first shown (or asked for), not with the wizard: the first
    // start's window and wizard paint sooner without a test panel nobody sees yet.
    if (m_panel)
        return m_panel;
    m_panel = new TestPanel(m_wizard->draft());
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_panel, 1);
    // Made last, its controls end the window's Tab chain: the box below them moves after
    // them, so the page's order is what it would be had the panel been made with it.
    QWidget *last = m_panel;
    for (QWidget *w = m_panel->nextInFocusChain(); m_panel->isAncestorOf(w); w = w->nextInFocusChain())
        last = w;
    QWidget::setTabOrder(last, m_skip);
    connect(m_panel, &TestPanel::started, this, &TestPage::completeChanged);
    connect(m_panel, &TestPanel::testFinished, this, [this](bool passed) {
        m_passed = passed;
        Q_EMIT completeChanged();
    });
    return m_panel;
}

void TestPage::initializePage()
{
    const Provider provider = m_wizard->provider();
    panel()->setProviderKey(provider == Provider::Custom ? QString() : profile::providerKey(provider));
}

void TestPage::cancelTest()
{
    if (m_panel)
        m_panel->cancel();
}

void TestPage::cleanupPage()
{
    cancelTest(); // going back stops a running test
}

bool TestPage::isComplete() const
{
    return !(m_panel && m_panel->isRunning()) && (m_passed || m_skip->isChecked());
}

bool TestPage::validatePage()
{
    return isComplete();
}

// ---------------------------------------------------------------------------------------

DonePage::DonePage(SetupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Done"));
    setSubTitle(tr("Press Finish to save the profile."));
    m_summary = noteLabel();
    makeSelectable(m_summary, Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("What Finish saves"));
    m_next = noteLabel();
    makeSelectable(m_next, Qt::TextSelectableByMouse);
    m_next->setAccessibleName(tr("What to do next"));
    m_status = toneNote(Tone::Normal);
    m_status->setAccessibleName(tr("Save status"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addStretch();
    setFinalPage(true);
}

void DonePage::initializePage()
{
    const SettingsDraft *draft = m_wizard->draft();
    const smtp::Settings s = draft->configuration().smtp;
    QString tls;
    switch (s.tlsMode()) {
    case smtp::TlsMode::StartTls: tls = tr("STARTTLS"); break;
    case smtp::TlsMode::Implicit: tls = tr("implicit TLS"); break;
    case smtp::TlsMode::None: tls = tr("no encryption"); break;
    }
    const QString name = m_wizard->profileName();
    QString summary = tr("Finish saves the profile \"%1\" (%2): server %3, port %4, %5, user name %6. Its settings go to %7.")
                          .arg(name, text::ProviderText::name(m_wizard->provider()), s.host)
                          .arg(s.port)
                          .arg(tls, s.username.isEmpty() ? tr("(none)") : s.username, m_wizard->store()->path());
    summary += u'\n';
    summary +=
        s.password.isEmpty()
            ? tr("No password was given, so none is stored.")
            : tr("The password goes to the system keychain (service \"%1\"), never into that file.").arg(profile::SecretStore::service());
    m_summary->setText(summary);
    const QString from = m_wizard->senderAddress().contains(u'@') ? m_wizard->senderAddress() : tr("you@example.com");
    //: The command lines stay as they are: only the sentences around them are translated
    m_next->setText(tr("Next:\n• Send from the command line:\n    selfmx-console send --profile %1 --from %2 --to someone@example.com "
                       "--subject Hello --text \"It works\"\n• Start the local HTTP relay for your applications:\n    "
                       "selfmx-console relay --profile %1")
                        .arg(shellQuoted(name), from));
    m_status->clear();
}

void DonePage::showSaving()
{
    m_status->setTone(Tone::Normal);
    m_status->setText(tr("Saving …"));
}

void DonePage::showSaveError(const QString &error)
{
    m_status->setTone(Tone::Error);
    m_status->setText(tr("✗ Not saved: %1").arg(error));
}

QString DonePage::summaryText() const
{
    return m_summary->text() + u'\n' + m_next->text() + u'\n' + m_status->text();
}

} // namespace selfmx::ui
