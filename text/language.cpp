// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace selfmx::text {

QStringList translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt_BR")};
}

QString matchLanguage(const QStringList &uiLanguages)
{
    const QStringList available = translatedLanguages();
    for (QString wanted : uiLanguages) {
        wanted.replace(u'-', u'_');
        const QLocale locale(wanted);
        if (locale.language() == QLocale::English)
            return {};
        // The exact name first ("pt_BR"), then the language alone ("de_AT" -> "de",
        // "pt_PT" -> "pt_BR": the only Portuguese there is).
        for (const QString &language : available) {
            if (wanted == language || wanted.startsWith(language + u'_'))
                return language;
        }
        for (const QString &language : available) {
            if (locale.language() != QLocale::C && QLocale(language).language() == locale.language())
                return language;
        }
    }
    return {};
}

QString nativeLanguageName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(u'_'))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

QString languageSettingKey()
{
    return QStringLiteral("preferences/language");
}

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (app == nullptr)
        return {};
    QString chosen = language.isEmpty() ? matchLanguage(QLocale::system().uiLanguages()) : matchLanguage({language});
    if (chosen.isEmpty())
        return {};
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/selfmx-console_%1.qm").arg(chosen))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's own words (QWizard's Back/Next, QCommandLineParser's "Usage:"), from the
    // system's Qt translations (Debian: qt6-translations-l10n) when they are installed.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return chosen;
}

} // namespace selfmx::text
