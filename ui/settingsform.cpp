// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "settingsform.h"

#include "accessibility.h"
#include "measuredlabel.h"
#include "profile/settingsdraft.h"
#include "selectablelabel.h"
#include "text/settingstext.h"
#include "tonelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace selfmx::ui {

namespace {

using settings::Kind;

// What a choice says in the form; the stored word stays as it is.
QString choiceText(const QString &key, const QString &value)
{
    if (key == u"SMTP_TLS_MODE") {
        if (value.isEmpty())
            return SettingsForm::tr("Automatic (Use TLS: port 465 implicit, any other STARTTLS required)");
        if (value == u"implicit")
            return SettingsForm::tr("Implicit TLS (from the first byte)");
        if (value == u"starttls")
            return SettingsForm::tr("STARTTLS (required, never skipped)");
        if (value == u"none")
            return SettingsForm::tr("None (plaintext)");
    }
    if (key == u"SMTP_AUTH_MECHANISM" && value == u"auto")
        return SettingsForm::tr("Automatic (the strongest the server offers)");
    return value;
}

} // namespace

SettingsForm::SettingsForm(profile::SettingsDraft *draft, settings::Groups groups, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *basic = new QFormLayout;
    m_advanced = new QWidget;
    m_advancedLayout = new QFormLayout(m_advanced);
    m_advancedLayout->setContentsMargins(0, 0, 0, 0);
    m_fields = settings::fields(groups);
    for (const settings::Field *f : std::as_const(m_fields)) {
        if (!f->advanced)
            addRow(*f, basic);
    }
    auto *toggle = m_advancedToggle = new QToolButton;
    toggle->setText(tr("Advanced"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAccessibleName(tr("Show advanced settings"));
    toggle->setAccessibleDescription(tr("Shows or hides the settings most setups leave as they are"));
    connect(toggle, &QToolButton::toggled, this, [this, toggle](bool on) {
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        if (on)
            buildAdvancedRows();
        m_advanced->setVisible(on);
    });
    m_advanced->setVisible(false);
    layout->addLayout(basic);
    layout->addWidget(toggle);
    layout->addWidget(m_advanced);
    // Height to spare goes below the rows, not between them (each label cell stretches to
    // keep its label and variable name at the top of the row).
    layout->addStretch(1);

    connect(draft, &profile::SettingsDraft::valueChanged, this, [this](const QString &key) {
        showValue(key);
        // A change that did not come from its editor (the environment, "Apply fix") is shown.
        if (key != m_editing)
            revealIfAdvanced(key);
    });
    connect(draft, &profile::SettingsDraft::errorsChanged, this, [this](const QString &key) {
        showErrors(key);
        if (m_draft && !m_draft->errors(key).isEmpty())
            revealIfAdvanced(key);
    });
    connect(draft, &profile::SettingsDraft::reset, this, [this]() {
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            showValue(it.key());
            showErrors(it.key());
        }
    });
}

void SettingsForm::addRow(const settings::Field &field, QFormLayout *form)
{
    const settings::Field *f = &field;
    QWidget *editor = makeEditor(*f);
    editor->setObjectName(f->key);
    const QString label = text::SettingsText::label(*f);
    const QString help = text::SettingsText::help(*f) + QStringLiteral(" (") + f->key + u')';
    editor->setAccessibleName(label);
    editor->setAccessibleDescription(help);
    editor->setToolTip(help);
    editor->setWhatsThis(help);
    m_editors.insert(f->key, editor);
    auto *errorLabel = new ToneLabel(Tone::Error);
    errorLabel->setWordWrap(true);
    errorLabel->setVisible(false);
    errorLabel->setAccessibleName(tr("Problem with %1").arg(label));
    m_errorLabels.insert(f->key, errorLabel);
    auto *hintLabel = new ToneLabel(Tone::Warning);
    hintLabel->setWordWrap(true);
    hintLabel->setVisible(false);
    hintLabel->setAccessibleName(tr("Hint about %1").arg(label));
    m_hintLabels.insert(f->key, hintLabel);
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    if (f->kind == Kind::File) {
        auto *row = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Browse…"));
        browse->setAccessibleName(tr("Browse for %1").arg(label));
        browse->setAccessibleDescription(tr("Opens a file dialog to choose the file"));
        row->addWidget(editor, 1);
        row->addWidget(browse);
        cellLayout->addLayout(row);
        connect(browse, &QPushButton::clicked, this, [this, f]() {
            const QString file = QFileDialog::getOpenFileName(this, text::SettingsText::label(*f), QString(),
                                                              tr("PEM certificates (*.pem *.crt);;All files (*)"));
            if (!file.isEmpty() && m_draft)
                m_draft->setValue(f->key, file);
        });
    } else if (f->kind == Kind::Secret) {
        // Show / Hide in words beside the field: an icon from the theme would leave an empty
        // button on a system without an icon theme, and a button is reachable by Tab.
        auto *line = qobject_cast<QLineEdit *>(editor);
        auto *reveal = new QToolButton;
        reveal->setCheckable(true);
        reveal->setToolButtonStyle(Qt::ToolButtonTextOnly);
        //: The button beside a password or key field that shows its text
        reveal->setText(tr("Show"));
        reveal->setToolTip(tr("Show or hide the text"));
        //: Accessible name of the Show / Hide button of a secret field, %1 the field's label
        reveal->setAccessibleName(tr("Show or hide %1").arg(label));
        connect(reveal, &QToolButton::toggled, line, [line, reveal](bool shown) {
            line->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            //: The button beside a password or key field while its text is shown
            reveal->setText(shown ? SettingsForm::tr("Hide") : SettingsForm::tr("Show"));
        });
        m_revealButtons.insert(f->key, reveal);
        auto *row = new QHBoxLayout;
        row->addWidget(editor, 1);
        row->addWidget(reveal);
        cellLayout->addLayout(row);
    } else {
        cellLayout->addWidget(editor);
    }
    cellLayout->addWidget(errorLabel);
    cellLayout->addWidget(hintLabel);
    // The label in words, the variable's name under it in secondary text: people read the
    // words, and the name is what SelfMX's documentation and .env files use. In the form's
    // own font: a smaller one was a font of its own to find and load, and its glyphs to
    // draw, before the window's first paint (README, "Window start").
    auto *labelCell = new QWidget;
    auto *labelLayout = new QVBoxLayout(labelCell);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    labelLayout->setSpacing(0);
    if (f->kind != Kind::Boolean) { // a check box carries its own label
        auto *rowLabel = new MeasuredLabel;
        //: A form row's label: the field's name and a colon
        setAutomaticMnemonic(rowLabel, tr("%1:").arg(label), f->advanced ? 1 : 0);
        rowLabel->setBuddy(editor);
        labelLayout->addWidget(rowLabel);
    }
    auto *keyLabel = new ToneLabel(Tone::Secondary, f->key);
    makeSelectable(keyLabel, Qt::TextSelectableByMouse);
    labelLayout->addWidget(keyLabel);
    labelLayout->addStretch();
    form->addRow(labelCell, cell);
    showValue(f->key);
    showErrors(f->key);
    if (m_hints.contains(f->key)) {
        hintLabel->setText(m_hints.value(f->key));
        hintLabel->setVisible(true);
    }
}

void SettingsForm::buildAdvancedRows()
{
    if (m_advancedBuilt)
        return;
    m_advancedBuilt = true;
    for (const settings::Field *f : std::as_const(m_fields)) {
        if (f->advanced)
            addRow(*f, m_advancedLayout);
    }
    placeInTabOrderAfter(m_advancedToggle, m_advanced); // right after the toggle, as if made with the form
    if (isVisible())
        assignMnemonics(window());
}

void SettingsForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    assignMnemonics(window());
}

QWidget *SettingsForm::editor(const QString &key)
{
    const settings::Field *f = settings::field(key);
    if (f && f->advanced && !m_advancedBuilt && m_fields.contains(f))
        buildAdvancedRows();
    return m_editors.value(key);
}

void SettingsForm::setAdvancedVisible(bool visible)
{
    m_advancedToggle->setChecked(visible); // its toggled() shows or hides the section
}

QList<settings::Issue> SettingsForm::setHints(const QList<settings::Issue> &hints)
{
    QHash<QString, QStringList> byKey;
    QList<settings::Issue> elsewhere;
    for (const settings::Issue &hint : hints) {
        const settings::Field *f = settings::field(hint.key);
        if (f && m_fields.contains(f))
            byKey[hint.key].append(text::SettingsText::describe({hint}, text::Audience::Window));
        else
            elsewhere.append(hint);
    }
    m_hints.clear();
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        //: Prefix of a hint under a form field (a warning sign, so it is not colour only)
        m_hints.insert(it.key(), tr("⚠ %1").arg(it.value().join(QStringLiteral("\n⚠ "))));
    for (auto it = m_hintLabels.cbegin(); it != m_hintLabels.cend(); ++it) {
        const QString text = m_hints.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    // A hint about an advanced field opens the section (building its rows, which show it).
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it)
        revealIfAdvanced(it.key());
    return elsewhere;
}

QString SettingsForm::hintText(const QString &key) const
{
    const QLabel *label = m_hintLabels.value(key);
    return label ? label->text() : QString();
}

void SettingsForm::revealIfAdvanced(const QString &key)
{
    const settings::Field *f = settings::field(key);
    if (f && f->advanced && m_fields.contains(f))
        setAdvancedVisible(true);
}

QWidget *SettingsForm::makeEditor(const settings::Field &field)
{
    const QString key = field.key;
    auto edit = [this, key](const QString &text) {
        if (m_updating || !m_draft)
            return;
        m_editing = key;
        m_draft->setValue(key, text);
        m_editing.clear();
    };
    switch (field.kind) {
    case Kind::Port:
    case Kind::Integer: {
        auto *spin = new QSpinBox;
        spin->setRange(int(field.minimum), int(field.maximum));
        connect(spin, &QSpinBox::valueChanged, this, [edit](int value) { edit(QString::number(value)); });
        return spin;
    }
    case Kind::Seconds: {
        auto *spin = new QDoubleSpinBox;
        spin->setDecimals(3);
        spin->setRange(0.001, double(field.maximum));
        spin->setSuffix(tr(" s"));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [edit](double value) { edit(QString::number(value, 'g', 12)); });
        return spin;
    }
    case Kind::Boolean: {
        auto *box = new QCheckBox;
        setAutomaticMnemonic(box, text::SettingsText::label(field), field.advanced ? 1 : 0);
        connect(box, &QCheckBox::toggled, this, [edit](bool on) { edit(on ? QStringLiteral("true") : QStringLiteral("false")); });
        return box;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox;
        if (field.defaultText.isEmpty())
            combo->addItem(choiceText(key, QString()), QString());
        for (const settings::ChoiceValue &choice : field.choices)
            combo->addItem(choiceText(key, choice.value), choice.value);
        connect(combo, &QComboBox::currentIndexChanged, this, [edit, combo](int) { edit(combo->currentData().toString()); });
        return combo;
    }
    case Kind::Secret: {
        auto *line = new QLineEdit;
        line->setEchoMode(QLineEdit::Password);
        connect(line, &QLineEdit::textChanged, this, edit);
        return line;
    }
    case Kind::Host:
    case Kind::Text:
    case Kind::File:
    case Kind::Fingerprint:
    case Kind::Address:
    case Kind::List: {
        auto *line = new QLineEdit;
        if (key == u"SMTP_HOST")
            line->setPlaceholderText(tr("smtp.example.com"));
        else if (key == u"SMTP_TLS_CA_FILE")
            line->setPlaceholderText(tr("optional: a PEM file with an extra trusted CA"));
        else if (key == u"SMTP_TLS_PIN_SHA256")
            line->setPlaceholderText(tr("optional: AB:CD:… (64 hex digits)"));
        connect(line, &QLineEdit::textChanged, this, edit);
        return line;
    }
    }
    return new QWidget;
}

void SettingsForm::showValue(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    if (!editor || !m_draft)
        return;
    const QString value = m_draft->value(key);
    m_updating = true;
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value)
            line->setText(value);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->setValue(value.toDouble());
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(value == u"true");
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
    m_updating = false;
}

void SettingsForm::showErrors(const QString &key)
{
    QLabel *label = m_errorLabels.value(key);
    if (!label || !m_draft)
        return;
    const QStringList lines = text::SettingsText::describe(m_draft->errors(key), text::Audience::Window);
    label->setText(lines.join(u'\n'));
    label->setVisible(!lines.isEmpty());
}

} // namespace selfmx::ui
