// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QString>
#include <QStringList>

namespace selfmx::text {

// The languages the program speaks besides English (its source language), as the suffix of
// translations/selfmx-console_XX.ts: "de", "es", "fr", "pt_BR".
QStringList translatedLanguages();

// The translated language (one of translatedLanguages()) that best serves `uiLanguages`
// (QLocale::uiLanguages(): "de-DE", "pt-BR", …, most wanted first), or an empty string for
// English: the first entry that is English or that a translation serves wins.
QString matchLanguage(const QStringList &uiLanguages);

// The language's own name for itself, e.g. "Deutsch", "português (Brasil)".
QString nativeLanguageName(const QString &language);

// The QSettings key of the window's language choice (empty: the system's).
QString languageSettingKey();

// Installs this program's translation and Qt's own (qtbase_XX.qm, when installed) into the
// running QCoreApplication: `language` when given ("de", "en", …), else the best match for
// the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). The .qm files are embedded in
// the executable. Returns the language installed, empty for English.
QString installTranslations(const QString &language = {});

} // namespace selfmx::text
