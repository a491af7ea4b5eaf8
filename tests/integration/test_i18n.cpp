// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The program in the user's language: the window's wizard and a diagnosis fix
// (selfmx-i18n-probe) and the command line (selfmx-console), each started as a child process
// with LANG set the way a desktop session sets it, and the language matching itself.
// Qt reads LANG without generated locales (/usr/lib/locale is not needed).
#include "childprocess.h"
#include "text/language.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using selfmx::text::matchLanguage;

using selfmx::test::ChildRun;
using selfmx::test::runChild;

namespace {

// `program` with a clean locale environment: LANG as given, LANGUAGE/LC_ALL/LC_MESSAGES
// unset (they would win over LANG), no SMTP_* of the caller, a throw-away configuration
// folder (no stored language choice unless `storedLanguage`).
ChildRun runWith(const QString &program, const QStringList &arguments, const QString &lang, const QHash<QString, QString> &variables = {},
                 const QString &storedLanguage = {})
{
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"SMTP_") || key.startsWith(u"LC_") || key == u"LANGUAGE")
            env.remove(key);
    }
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    if (!storedLanguage.isEmpty()) {
        QDir(config.path()).mkpath(QStringLiteral("SelfMX"));
        QFile settings(config.filePath(QStringLiteral("SelfMX/selfmx-console.conf")));
        if (settings.open(QIODevice::WriteOnly))
            settings.write("[preferences]\nlanguage=" + storedLanguage.toUtf8() + '\n');
    }
    return runChild(program, arguments, env);
}

// The probe's output as key -> values ("title" has one per wizard page).
QMultiHash<QString, QString> probe(const QString &lang, const QString &storedLanguage = {})
{
    const ChildRun run = runWith(QStringLiteral(SELFMX_I18N_PROBE), {}, lang, {}, storedLanguage);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QMultiHash<QString, QString> lines;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        lines.insert(line.left(colon), line.mid(colon + 1));
    }
    return lines;
}

QStringList titles(const QMultiHash<QString, QString> &lines)
{
    QStringList values = lines.values(QStringLiteral("title"));
    values.sort();
    return values;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// `selfmx-console test` with SMTP_HOST given empty: a settings error, exit 2, before any
// connection.
ChildRun emptyHost(const QString &lang)
{
    return runWith(QStringLiteral(SELFMX_CONSOLE_DEFAULT), {QStringLiteral("test")}, lang,
                   {{QStringLiteral("SMTP_HOST"), QString()}, {QStringLiteral("HOME"), QDir::tempPath()}});
}

// `selfmx-console send` with a recipient whose local part has a doubled dot: refused before
// any settings are read or any connection is made (exit 2, "usage").
ChildRun badRecipient(const QString &lang)
{
    return runWith(QStringLiteral(SELFMX_CONSOLE_DEFAULT),
                   {QStringLiteral("send"), QStringLiteral("--from"), QStringLiteral("sender@selfmx.test"), QStringLiteral("--to"),
                    QStringLiteral("jane..doe@example.com"), QStringLiteral("--subject"), QStringLiteral("s"), QStringLiteral("--text"),
                    QStringLiteral("t")},
                   lang, {{QStringLiteral("HOME"), QDir::tempPath()}});
}

} // namespace

TEST(Language, MatchesTheSystemsPreferences)
{
    EXPECT_EQ(matchLanguage({QStringLiteral("de-DE")}), QStringLiteral("de"));
    EXPECT_EQ(matchLanguage({QStringLiteral("de-AT"), QStringLiteral("en-US")}), QStringLiteral("de"));
    EXPECT_EQ(matchLanguage({QStringLiteral("fr-CA")}), QStringLiteral("fr"));
    EXPECT_EQ(matchLanguage({QStringLiteral("es-MX")}), QStringLiteral("es"));
    EXPECT_EQ(matchLanguage({QStringLiteral("pt-BR")}), QStringLiteral("pt_BR"));
    // The only Portuguese there is serves Portugal too.
    EXPECT_EQ(matchLanguage({QStringLiteral("pt-PT")}), QStringLiteral("pt_BR"));
    // A language without a translation gives way to the next one wanted.
    EXPECT_EQ(matchLanguage({QStringLiteral("it-IT"), QStringLiteral("fr-FR")}), QStringLiteral("fr"));
    // English (the source) wanted first wins over a translation wanted later.
    EXPECT_EQ(matchLanguage({QStringLiteral("en-US"), QStringLiteral("de-DE")}), QString());
    EXPECT_EQ(matchLanguage({QStringLiteral("C")}), QString());
    EXPECT_EQ(matchLanguage({}), QString());
}

TEST(Language, EveryTranslationIsEmbedded)
{
    for (const QString &language : selfmx::text::translatedLanguages())
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/selfmx-console_%1.qm").arg(language))) << language.toStdString();
}

TEST(WindowLanguage, GermanWizardAndFix)
{
    const auto lines = probe(QStringLiteral("de_DE.UTF-8"));
    EXPECT_EQ(lines.value(QStringLiteral("language")), QStringLiteral("de"));
    EXPECT_EQ(titles(lines), sorted({QStringLiteral("Wer versendet Ihre E-Mails?"), QStringLiteral("Zugangsdaten"),
                                     QStringLiteral("Sicherheit"), QStringLiteral("Test"), QStringLiteral("Fertig")}));
    // QWizard's own buttons: Qt's translations (qt6-translations-l10n, scripts/install-deps.sh).
    EXPECT_EQ(lines.value(QStringLiteral("next")), QStringLiteral("&Weiter >"));
    EXPECT_EQ(lines.value(QStringLiteral("back")), QStringLiteral("< &Zurück"));
    EXPECT_TRUE(lines.value(QStringLiteral("fix-cli")).startsWith(QStringLiteral("Prüfen Sie SMTP_USER und SMTP_PASS genau")))
        << lines.value(QStringLiteral("fix-cli")).toStdString();
    EXPECT_TRUE(lines.value(QStringLiteral("fix-window")).startsWith(QStringLiteral("Prüfen Sie Benutzername und Passwort genau")))
        << lines.value(QStringLiteral("fix-window")).toStdString();
}

TEST(WindowLanguage, FrenchWizardAndFix)
{
    const auto lines = probe(QStringLiteral("fr_FR.UTF-8"));
    EXPECT_EQ(lines.value(QStringLiteral("language")), QStringLiteral("fr"));
    EXPECT_EQ(titles(lines), sorted({QStringLiteral("Qui envoie vos messages ?"), QStringLiteral("Identifiants"),
                                     QStringLiteral("Sécurité"), QStringLiteral("Test"), QStringLiteral("Terminé")}));
    EXPECT_EQ(lines.value(QStringLiteral("next")), QStringLiteral("&Suivant >"));
    EXPECT_TRUE(lines.value(QStringLiteral("fix-cli")).startsWith(QStringLiteral("Vérifiez soigneusement SMTP_USER et SMTP_PASS")))
        << lines.value(QStringLiteral("fix-cli")).toStdString();
}

TEST(WindowLanguage, EnglishWithoutATranslation)
{
    for (const QString &lang : {QStringLiteral("C.UTF-8"), QStringLiteral("en_GB.UTF-8"), QStringLiteral("it_IT.UTF-8")}) {
        const auto lines = probe(lang);
        EXPECT_EQ(lines.value(QStringLiteral("language")), QString()) << lang.toStdString();
        EXPECT_TRUE(lines.values(QStringLiteral("title")).contains(QStringLiteral("Who sends your mail?"))) << lang.toStdString();
    }
}

// View > Language's stored choice wins over the locale, both ways.
TEST(WindowLanguage, TheStoredChoiceWins)
{
    EXPECT_TRUE(probe(QStringLiteral("de_DE.UTF-8"), QStringLiteral("fr"))
                    .values(QStringLiteral("title"))
                    .contains(QStringLiteral("Qui envoie vos messages ?")));
    EXPECT_TRUE(probe(QStringLiteral("de_DE.UTF-8"), QStringLiteral("en"))
                    .values(QStringLiteral("title"))
                    .contains(QStringLiteral("Who sends your mail?")));
    EXPECT_TRUE(probe(QStringLiteral("C.UTF-8"), QStringLiteral("pt_BR"))
                    .values(QStringLiteral("title"))
                    .contains(QStringLiteral("Quem envia os seus e-mails?")));
}

TEST(CommandLineLanguage, GermanSettingsError)
{
    const ChildRun run = emptyHost(QStringLiteral("de_DE.UTF-8"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Fehler: SMTP_HOST: ist erforderlich; tragen Sie den Namen Ihres SMTP-Servers ein")))
        << run.err.toStdString();
}

TEST(CommandLineLanguage, FrenchSettingsError)
{
    const ChildRun run = emptyHost(QStringLiteral("fr_FR.UTF-8"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("erreur : SMTP_HOST: est obligatoire ; indiquez le nom de votre serveur SMTP")))
        << run.err.toStdString();
}

TEST(CommandLineLanguage, EnglishByDefault)
{
    const ChildRun run = emptyHost(QStringLiteral("C.UTF-8"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("error: SMTP_HOST: is required"))) << run.err.toStdString();
}

// The usage, and Qt's own words in an option list (qt6-translations-l10n), follow LANGUAGE.
TEST(CommandLineLanguage, UsageFollowsLanguage)
{
    const ChildRun usage = runWith(QStringLiteral(SELFMX_CONSOLE_DEFAULT), {QStringLiteral("--help")}, QStringLiteral("C.UTF-8"),
                                   {{QStringLiteral("LANGUAGE"), QStringLiteral("es")}});
    EXPECT_EQ(usage.exitCode, 0);
    EXPECT_TRUE(usage.out.startsWith(QStringLiteral("Uso: selfmx-console [COMANDO] [OPCIONES]"))) << usage.out.toStdString();
    const ChildRun help =
        runWith(QStringLiteral(SELFMX_CONSOLE_DEFAULT), {QStringLiteral("test"), QStringLiteral("--help")}, QStringLiteral("pt_BR.UTF-8"));
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Conectar, negociar TLS, autenticar e sair."))) << help.out.toStdString();
}

TEST(CommandLineLanguage, GermanAddressError)
{
    const ChildRun run = badRecipient(QStringLiteral("de_DE.UTF-8"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("Fehler: --to: \"jane..doe@example.com\" hat einen falsch gesetzten Punkt im lokalen Teil")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("es wurde nichts gesendet"))) << run.err.toStdString();
}

TEST(CommandLineLanguage, FrenchAddressError)
{
    const ChildRun run = badRecipient(QStringLiteral("fr_FR.UTF-8"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8("--to: « jane..doe@example.com » a un point mal placé dans la partie locale")))
        << run.err.toStdString();
}

TEST(CommandLineLanguage, EnglishAddressError)
{
    const ChildRun run = badRecipient(QStringLiteral("C.UTF-8"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("error: --to: \"jane..doe@example.com\" has a misplaced dot in the local part")))
        << run.err.toStdString();
}
