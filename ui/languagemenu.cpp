// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "languagemenu.h"

#include "text/language.h"

#include <QActionGroup>
#include <QSettings>

namespace selfmx::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    setAccessibleName(tr("Language"));
    m_group->setExclusive(true);
    const QString stored = storedLanguage();
    auto addChoice = [this, &stored](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == stored);
        m_group->addAction(action);
    };
    //: Language menu: follow the desktop's language (LANG, LANGUAGE)
    addChoice(tr("&System default"), QString());
    addSeparator();
    // Each language by its own name, so people find theirs whatever the window speaks now.
    addChoice(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &language : text::translatedLanguages())
        addChoice(text::nativeLanguageName(language), language);
    addSeparator();
    QAction *note = addAction(tr("Takes effect when SelfMX Console starts again"));
    note->setEnabled(false);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString language = action->data().toString();
        if (language == storedLanguage())
            return;
        QSettings settings;
        if (language.isEmpty())
            settings.remove(text::languageSettingKey());
        else
            settings.setValue(text::languageSettingKey(), language);
        Q_EMIT languageChosen(language);
    });
}

QString LanguageMenu::storedLanguage()
{
    return QSettings().value(text::languageSettingKey()).toString();
}

QString installChosenLanguage()
{
    return text::installTranslations(LanguageMenu::storedLanguage());
}

} // namespace selfmx::ui
