// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QMenu>

class QActionGroup;

namespace selfmx::ui {

// View > Language: "System default" first, then English and every translated language by its
// own name, one checked. The choice is kept in QSettings (text::languageSettingKey()) and
// takes effect the next time the window starts (the menu says so).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The stored choice: "" for the system's language, else "en", "de", "pt_BR", …
    static QString storedLanguage();

Q_SIGNALS:
    // A different language was chosen and stored; `language` as storedLanguage() gives it.
    void languageChosen(const QString &language);

private:
    QActionGroup *m_group = nullptr;
};

// Installs the translations for the stored choice, or for the system locale (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG) when there is none. The window's program calls it once, after
// the QApplication is made and before any widget.
QString installChosenLanguage();

} // namespace selfmx::ui
