// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "profilecommands.h"

#include "clisupport.h"
#include "exitcodes.h"
#include "profile/envfile.h"
#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "smtp/session.h"
#include "text/errortext.h"
#include "text/keychaintext.h"
#include "text/settingstext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace selfmx::app {

namespace {

using profile::Profile;
using profile::ProfileJob;
using profile::ProfileStore;

// Every field of the table with an option is an option of `profile add/edit`: the command
// line, .env files and the environment share one parser and one set of messages.
void addProfileFieldOptions(CommandSpec &parser)
{
    for (const settings::Field &f : settings::fields()) {
        if (f.option.isEmpty())
            continue;
        QString description = text::SettingsText::help(f) + QStringLiteral(" [") + f.key + u']';
        if (!f.defaultText.isEmpty())
            description += QCoreApplication::translate("selfmx::app", " (default %1)").arg(f.defaultText);
        parser.addOption({f.option, description, QString::fromLatin1(f.valueName)});
    }
    parser.addOption(
        {QStringLiteral("provider"),
         QCoreApplication::translate("selfmx::app", "sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom."),
         QStringLiteral("PROVIDER")});
    parser.addOption({QStringLiteral("region"),
                      QCoreApplication::translate("selfmx::app", "Amazon SES region (us-east-1, ...) or Mailgun us/eu."),
                      QStringLiteral("REGION")});
    parser.addOption({QStringLiteral("password-stdin"),
                      QCoreApplication::translate("selfmx::app", "Read the password from the first line of standard input.")});
    parser.addOption({QStringLiteral("ask-password"), QCoreApplication::translate("selfmx::app", "Prompt for the password (no echo).")});
}

QHash<QString, QString> fieldValues(const QCommandLineParser &parser)
{
    QHash<QString, QString> values;
    for (const settings::Field &f : settings::fields()) {
        if (!f.option.isEmpty() && parser.isSet(f.option))
            values.insert(f.key, parser.value(f.option));
    }
    return values;
}

int printIssues(const QList<settings::Issue> &issues, const char *prefix = "error")
{
    for (const QString &line : text::SettingsText::describe(issues, text::Audience::CommandLine))
        err() << prefix << ": " << line << '\n';
    err().flush();
    return issues.isEmpty() ? Success : Usage;
}

int reportJob(const ProfileJob *job, const QString &done)
{
    if (job->succeeded()) {
        out() << done << '\n';
        out().flush();
        return Success;
    }
    if (!job->issues().isEmpty())
        return printIssues(job->issues());
    err() << "error: " << text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::CommandLine)
          << "\nnothing was changed\n";
    err().flush();
    return Keychain;
}

// Applies the command line's field options and provider over `profile`.
bool applyOptions(const QCommandLineParser &parser, Profile &profile)
{
    QList<settings::Issue> problems;
    if (parser.isSet(QStringLiteral("provider"))) {
        const auto provider = profile::providerFromKey(parser.value(QStringLiteral("provider")));
        if (!provider) {
            err() << "error: --provider: \"" << parser.value(QStringLiteral("provider"))
                  << "\" is unknown; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom\n";
            err().flush();
            return false;
        }
        const Profile preset = profile::profileFromPreset(*provider, parser.value(QStringLiteral("region")));
        profile.provider = preset.provider;
        profile.region = preset.region;
        if (!preset.smtp.host.isEmpty())
            profile.smtp.host = preset.smtp.host;
        if (!preset.smtp.username.isEmpty())
            profile.smtp.username = preset.smtp.username;
    } else if (parser.isSet(QStringLiteral("region"))) {
        profile.region = parser.value(QStringLiteral("region"));
        if (profile.provider == profile::Provider::AmazonSes)
            profile.smtp.host = profile::sesHost(profile.region);
    }
    const QHash<QString, QString> values = fieldValues(parser);
    const settings::Parsed parsed = settings::parse(values, profile, settings::Groups(settings::Group::Relay));
    problems += parsed.errors;
    static_cast<settings::Configuration &>(profile) = parsed.configuration;
    // An option given empty (--tls-pin "") clears the setting: back to its default.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isEmpty())
            settings::field(it.key())->write(profile, QString());
    }
    printIssues(problems);
    return problems.isEmpty();
}

// nullopt: keep the stored password; an empty string: remove it.
std::optional<std::optional<QString>> passwordFromOptions(const QCommandLineParser &parser, const Profile &profile, bool *failed)
{
    *failed = false;
    const bool fromStdin = parser.isSet(QStringLiteral("password-stdin"));
    if (!fromStdin && !parser.isSet(QStringLiteral("ask-password")))
        return std::optional<QString>();
    QString error;
    const auto password =
        readPassword(fromStdin, QStringLiteral("SMTP password for %1@%2: ").arg(profile.smtp.username, profile.smtp.host), &error);
    if (!password) {
        err() << "error: " << error << '\n';
        err().flush();
        *failed = true;
        return std::nullopt;
    }
    return std::optional<QString>(*password);
}

void printHints(const Profile &profile, const QString &password)
{
    printIssues(profile::providerHints(profile, password), "hint");
    printIssues(settings::warnings(profile), "warning");
}

QString tlsText(const smtp::Settings &s)
{
    QString text = smtp::tlsModeName(s.tlsMode());
    if (s.tlsMode() != smtp::TlsMode::None && !s.verifyPeer)
        text += QStringLiteral(" (NOT VERIFIED)");
    return text;
}

// The named profile, or a message saying there is none.
std::optional<Profile> findOrComplain(const ProfileStore &store, const QString &name)
{
    auto profile = store.find(name);
    if (!profile) {
        err() << "error: no profile \"" << name << "\"; see 'selfmx-console profile list'\n";
        err().flush();
    }
    return profile;
}

// `profile default NAME` chooses the profile used without --profile and without SMTP_*
// variables; `profile default` prints it.
int chooseDefault(ProfileStore &store, const QString &name)
{
    if (name.isEmpty()) {
        const std::optional<Profile> current = store.find(store.defaultProfileId());
        out() << (current && !store.defaultProfileId().isEmpty() ? current->name : QStringLiteral("(none)")) << '\n';
        out().flush();
        return Success;
    }
    if (!store.find(name)) {
        err() << "error: no profile \"" << name << "\"; see 'selfmx-console profile list'\n";
        err().flush();
        return Usage;
    }
    if (!store.setDefaultProfile(name)) {
        err() << "error: cannot write " << store.path() << '\n';
        err().flush();
        return Usage;
    }
    out() << "default profile: " << store.find(name)->name << '\n';
    out().flush();
    return Success;
}

int list(ProfileStore &store)
{
    const QList<Profile> profiles = store.profiles();
    if (profiles.isEmpty()) {
        out() << "no profiles yet; add one with: selfmx-console profile add NAME --provider sendgrid --ask-password\n";
        out().flush();
        return Success;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(QStringLiteral("NAME"), -16)
                 .arg(QStringLiteral("PROVIDER"), -10)
                 .arg(QStringLiteral("SERVER"), -40)
                 .arg(QStringLiteral("USER"), -24)
                 .arg(QStringLiteral("TLS"), -10)
                 .arg(QStringLiteral("PASSWORD"));
    for (const Profile &p : profiles) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(p.name, -16)
                     .arg(profile::providerKey(p.provider), -10)
                     .arg(p.smtp.host + u':' + QString::number(p.smtp.port), -40)
                     .arg(p.smtp.username, -24)
                     .arg(tlsText(p.smtp), -10)
                     .arg(p.hasPassword ? QStringLiteral("keychain") : QStringLiteral("-"));
    }
    out().flush();
    return Success;
}

int show(ProfileStore &store, const QString &name)
{
    const auto p = findOrComplain(store, name);
    if (!p)
        return Usage;
    const smtp::Settings &s = p->smtp;
    out() << "name:      " << p->name << "\nid:        " << p->id << "\nprovider:  " << profile::preset(p->provider).displayName;
    if (!p->region.isEmpty())
        out() << " (" << p->region << ')';
    out() << "\nserver:    " << s.host << ':' << s.port << "\ntls:       " << tlsText(s) << "\nuser:      " << s.username
          << "\npassword:  " << (p->hasPassword ? "stored in the keychain" : "none") << '\n';
    // Every other field of the table that is set, by its variable name.
    static const QStringList shownAbove = {QStringLiteral("SMTP_HOST"), QStringLiteral("SMTP_PORT"), QStringLiteral("SMTP_USER"),
                                           QStringLiteral("SMTP_PASS")};
    for (const settings::Field &f : settings::fields()) {
        if (shownAbove.contains(f.key))
            continue;
        if (f.isSecret()) {
            out() << f.key << ": " << (profile::hasSecret(*p, f.key) ? "stored in the keychain" : "none") << '\n';
            continue;
        }
        const QString value = f.read(*p);
        if (!value.isEmpty())
            out() << f.key << ": " << value << '\n';
    }
    out().flush();
    printIssues(p->loadIssues);
    printHints(*p, QString());
    return Success;
}

int addOrEdit(ProfileStore &store, const QCommandLineParser &parser, const QString &name, bool adding)
{
    Profile profile;
    if (adding) {
        if (store.find(name)) {
            err() << "error: name: a profile named \"" << name << "\" exists; use 'profile edit'\n";
            err().flush();
            return Usage;
        }
        profile.name = name;
    } else {
        const auto existing = findOrComplain(store, name);
        if (!existing)
            return Usage;
        profile = *existing;
        if (parser.isSet(QStringLiteral("rename")))
            profile.name = parser.value(QStringLiteral("rename"));
        // A hand-broken value was read as its default; saving now would write that default
        // over it unnoticed. Only an edit that sets each broken value goes on.
        const QHash<QString, QString> given = fieldValues(parser);
        QList<settings::Issue> unresolved;
        for (const settings::Issue &issue : existing->loadIssues) {
            if (!given.contains(issue.key))
                unresolved.append(issue);
        }
        if (!unresolved.isEmpty()) {
            printIssues(unresolved);
            err() << "nothing was changed; set these values with this command's options (e.g. --"
                  << (settings::field(unresolved.first().key) ? settings::field(unresolved.first().key)->option : QString())
                  << ") or fix the file\n";
            err().flush();
            return Usage;
        }
    }
    if (!applyOptions(parser, profile)) {
        err() << "nothing was changed\n";
        err().flush();
        return Usage;
    }
    if (const QList<settings::Issue> issues = profile::validate(profile); !issues.isEmpty()) {
        printIssues(issues);
        err() << "nothing was changed\n";
        err().flush();
        return Usage;
    }
    bool failed = false;
    auto password = passwordFromOptions(parser, profile, &failed);
    if (failed)
        return Usage;
    if (!adding && parser.isSet(QStringLiteral("remove-password")))
        password = std::optional<QString>(QString());
    printHints(profile, password && *password ? **password : QString());
    ProfileJob *job = store.save(profile, password ? *password : std::nullopt);
    awaitSignal(job, &ProfileJob::finished);
    return reportJob(job,
                     QStringLiteral("%1 profile \"%2\"").arg(adding ? QStringLiteral("added") : QStringLiteral("saved"), profile.name));
}

int remove(ProfileStore &store, const QString &name)
{
    const auto p = findOrComplain(store, name);
    if (!p)
        return Usage;
    ProfileJob *job = store.remove(p->id);
    awaitSignal(job, &ProfileJob::finished);
    return reportJob(job, QStringLiteral("removed profile \"%1\" and its password").arg(p->name));
}

int importFile(ProfileStore &store, const QString &path, const QString &nameOption)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "error: cannot read " << path << ": " << file.errorString() << '\n';
        err().flush();
        return Usage;
    }
    const QString name = nameOption.isEmpty() ? QFileInfo(path).completeBaseName().remove(QStringLiteral(".env")) : nameOption;
    profile::EnvImport imported = profile::importEnv(QString::fromUtf8(file.readAll()), name.isEmpty() ? QStringLiteral("imported") : name);
    for (const QString &key : std::as_const(imported.unknownKeys))
        err() << "warning: " << text::SettingsText::unknownKey(key) << "; it was not imported\n";
    printIssues(imported.warnings, "warning");
    if (!imported.ok()) {
        printIssues(imported.errors);
        err() << "nothing was imported\n";
        err().flush();
        return Usage;
    }
    if (store.find(imported.profile.name)) {
        err() << "error: name: a profile named \"" << imported.profile.name << "\" exists; pass --name\n";
        err().flush();
        return Usage;
    }
    printHints(imported.profile, imported.password);
    ProfileJob *job = store.saveWithSecrets(imported.profile, imported.secrets);
    awaitSignal(job, &ProfileJob::finished);
    return reportJob(
        job, QStringLiteral("imported profile \"%1\"%2")
                 .arg(imported.profile.name, imported.secrets.isEmpty() ? QString() : QStringLiteral(" (secrets stored in the keychain)")));
}

int exportProfile(ProfileStore &store, const QString &name, const QString &format, bool includePassword)
{
    const auto p = findOrComplain(store, name);
    if (!p)
        return Usage;
    if (!p->loadIssues.isEmpty()) {
        printIssues(p->loadIssues);
        err() << "nothing was exported: fix these values first ('profile edit')\n";
        err().flush();
        return Usage;
    }
    if (format == u"swaks") {
        out() << profile::exportSwaks(*p);
    } else if (format == u"msmtp") {
        out() << profile::exportMsmtp(*p);
    } else if (format == u"env") {
        QHash<QString, QString> secrets;
        for (const settings::Field &f : settings::fields()) {
            if (!includePassword || !f.isSecret() || !profile::hasSecret(*p, f.key))
                continue;
            ProfileJob *job = store.readSecret(p->id, f.key);
            awaitSignal(job, &ProfileJob::finished);
            if (!job->succeeded())
                return reportJob(job, QString());
            secrets.insert(f.key, job->secret());
        }
        if (!secrets.isEmpty()) {
            QStringList names = secrets.keys();
            names.sort();
            err() << "warning: the password is written in plain text (" << names.join(QStringLiteral(", "))
                  << "); keep this file private and out of version control\n";
            err().flush();
        }
        out() << profile::exportEnv(*p, secrets);
    } else {
        err() << "error: --format: \"" << format << "\" is unknown; use env, swaks or msmtp\n";
        err().flush();
        return Usage;
    }
    out().flush();
    return Success;
}

} // namespace

CommandSpec profileCommand(const QString &action)
{
    CommandSpec parser(QStringLiteral("profile"));
    parser.setApplicationDescription(
        QStringLiteral("Manage SMTP profiles. Actions: list, show NAME, add NAME, edit NAME, remove NAME, "
                       "import FILE [--name NAME], export NAME [--format env|swaks|msmtp] [--include-password]. "
                       "Passwords live only in the OS keychain."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, show, add, edit, remove, default, import or export"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("profile name (or .env file for import)"));
    if (action == u"add" || action == u"edit")
        addProfileFieldOptions(parser);
    if (action == u"edit") {
        parser.addOption({QStringLiteral("rename"), QStringLiteral("New name (the stored password follows)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("remove-password"), QStringLiteral("Delete the stored password.")});
    }
    if (action == u"import")
        parser.addOption(
            {QStringLiteral("name"), QStringLiteral("Name of the new profile (default: the file's name)."), QStringLiteral("NAME")});
    if (action == u"export") {
        parser.addOption(
            {QStringLiteral("format"), QStringLiteral("env (default), swaks or msmtp."), QStringLiteral("FORMAT"), QStringLiteral("env")});
        parser.addOption({QStringLiteral("include-password"),
                          QCoreApplication::translate(
                              "selfmx::app", "Write the secrets (SMTP_PASS, and API_KEY when stored) into the .env (plain text!).")});
    }
    return parser;
}

const QStringList &profileActionSynopses()
{
    static const QStringList synopses = {QStringLiteral("list"),        QStringLiteral("show NAME"),   QStringLiteral("add NAME"),
                                         QStringLiteral("edit NAME"),   QStringLiteral("remove NAME"), QStringLiteral("default [NAME]"),
                                         QStringLiteral("import FILE"), QStringLiteral("export NAME")};
    return synopses;
}

int runProfileCommand(const QStringList &arguments)
{
    // arguments: "selfmx-console profile", ACTION, ...
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    profileCommand(action).applyTo(parser);
    if (const auto exitNow = parseArguments(parser, arguments))
        return *exitNow;
    const QStringList positional = parser.positionalArguments();
    ProfileStore &store = profileStore();
    const QString target = positional.value(1);
    const bool needsTarget = action != u"list" && action != u"default";
    if (needsTarget && target.isEmpty()) {
        err() << "error: profile " << action << " needs a " << (action == u"import" ? "FILE" : "NAME") << '\n';
        err().flush();
        return Usage;
    }
    if (action == u"list")
        return list(store);
    if (action == u"show")
        return show(store, target);
    if (action == u"add")
        return addOrEdit(store, parser, target, true);
    if (action == u"edit")
        return addOrEdit(store, parser, target, false);
    if (action == u"remove")
        return remove(store, target);
    if (action == u"default")
        return chooseDefault(store, target);
    if (action == u"import")
        return importFile(store, target, parser.value(QStringLiteral("name")));
    if (action == u"export")
        return exportProfile(store, target, parser.value(QStringLiteral("format")), parser.isSet(QStringLiteral("include-password")));
    err() << "error: unknown action \"" << action << "\"; use list, show, add, edit, remove, default, import or export\n";
    err().flush();
    return Usage;
}

ProfileStore &profileStore()
{
    // The command line's one store: every command of this process reads and writes through it.
    static ProfileStore store;
    return store;
}

std::optional<smtp::Settings> settingsForCommand(const QString &profileName, int *exitCode, const QHash<QString, QString> &overrides)
{
    QHash<QString, QString> environment = settings::environmentValues(QProcessEnvironment::systemEnvironment());
    // Neither --profile nor any SMTP_* variable: the default profile, when one is chosen.
    const QString chosen =
        profileName.isEmpty() && environment.isEmpty() && overrides.isEmpty() ? profileStore().defaultProfileId() : profileName;
    environment.insert(overrides);
    profile::ProfileResolver resolver(&profileStore());
    profile::ResolveJob *job = resolver.resolve(chosen, environment);
    awaitSignal(job, &profile::ResolveJob::finished);
    for (const QString &key : job->parsed().unknownKeys)
        err() << "warning: " << text::SettingsText::unknownKey(key) << '\n';
    printIssues(job->parsed().warnings, "warning");
    switch (job->failure()) {
    case profile::ResolveJob::Failure::None: {
        smtp::Settings settings = job->parsed().smtp();
        // An unreadable SMTP_TLS_CA_FILE is a settings problem: exit 2 before connecting.
        if (!settings.caFile.isEmpty()) {
            if (const smtp::Error problem = smtp::SmtpSession::loadCaFile(settings.caFile); problem.isError()) {
                err() << "error: " << text::ErrorText::describe(problem, text::Audience::CommandLine) << '\n';
                err().flush();
                *exitCode = Usage;
                return std::nullopt;
            }
        }
        return settings;
    }
    case profile::ResolveJob::Failure::NotFound:
        err() << "error: --profile: no profile \"" << profileName << "\"; see 'selfmx-console profile list'\n";
        err().flush();
        *exitCode = Usage;
        return std::nullopt;
    case profile::ResolveJob::Failure::StoredValues:
    case profile::ResolveJob::Failure::Values:
        printIssues(job->issues());
        *exitCode = Usage;
        return std::nullopt;
    case profile::ResolveJob::Failure::Keychain:
        err() << "error: profile \"" << job->profile().name
              << "\": " << text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::CommandLine) << '\n';
        err().flush();
        *exitCode = Keychain;
        return std::nullopt;
    }
    *exitCode = Internal;
    return std::nullopt;
}

} // namespace selfmx::app
