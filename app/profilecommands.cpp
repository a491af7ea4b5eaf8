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
            description += Cli::tr(" (default %1)").arg(f.defaultText);
        parser.addOption({f.option, description, QString::fromLatin1(f.valueName)});
    }
    parser.addOption({QStringLiteral("provider"),
                      Cli::tr("sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom."), Cli::tr("PROVIDER")});
    parser.addOption({QStringLiteral("region"), Cli::tr("Amazon SES region (us-east-1, ...) or Mailgun us/eu."), QStringLiteral("REGION")});
    parser.addOption({QStringLiteral("password-stdin"), Cli::tr("Read the password from the first line of standard input.")});
    parser.addOption({QStringLiteral("ask-password"), Cli::tr("Prompt for the password (no echo).")});
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

// `format` is "error: %1", "warning: %1" or "hint: %1", translated.
int printIssues(const QList<settings::Issue> &issues, const QString &format = Cli::tr("error: %1"))
{
    for (const QString &line : text::SettingsText::describe(issues, text::Audience::CommandLine))
        err() << format.arg(line) << '\n';
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
    err() << Cli::tr("error: %1").arg(text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::CommandLine))
          << '\n'
          << Cli::tr("nothing was changed") << '\n';
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
            err() << Cli::tr("error: --provider: \"%1\" is unknown; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, "
                             "outlook or custom")
                         .arg(parser.value(QStringLiteral("provider")))
                  << '\n';
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
        readPassword(fromStdin, Cli::tr("SMTP password for %1@%2: ").arg(profile.smtp.username, profile.smtp.host), &error);
    if (!password) {
        err() << Cli::tr("error: %1").arg(error) << '\n';
        err().flush();
        *failed = true;
        return std::nullopt;
    }
    return std::optional<QString>(*password);
}

void printHints(const Profile &profile, const QString &password)
{
    printIssues(profile::providerHints(profile, password), Cli::tr("hint: %1"));
    printIssues(settings::warnings(profile), Cli::tr("warning: %1"));
}

QString tlsText(const smtp::Settings &s)
{
    QString text = smtp::tlsModeName(s.tlsMode());
    if (s.tlsMode() != smtp::TlsMode::None && !s.verifyPeer)
        text += Cli::tr(" (NOT VERIFIED)");
    return text;
}

// The named profile, or a message saying there is none.
std::optional<Profile> findOrComplain(const ProfileStore &store, const QString &name)
{
    auto profile = store.find(name);
    if (!profile) {
        err() << Cli::tr("error: no profile \"%1\"; see 'selfmx-console profile list'").arg(name) << '\n';
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
        out() << (current && !store.defaultProfileId().isEmpty() ? current->name : Cli::tr("(none)")) << '\n';
        out().flush();
        return Success;
    }
    if (!store.find(name)) {
        err() << Cli::tr("error: no profile \"%1\"; see 'selfmx-console profile list'").arg(name) << '\n';
        err().flush();
        return Usage;
    }
    if (!store.setDefaultProfile(name)) {
        err() << Cli::tr("error: cannot write %1").arg(store.path()) << '\n';
        err().flush();
        return Usage;
    }
    out() << Cli::tr("default profile: %1").arg(store.find(name)->name) << '\n';
    out().flush();
    return Success;
}

int list(ProfileStore &store)
{
    const QList<Profile> profiles = store.profiles();
    if (profiles.isEmpty()) {
        out() << Cli::tr("no profiles yet; add one with: selfmx-console profile add NAME --provider sendgrid --ask-password") << '\n';
        out().flush();
        return Success;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 //: Column heading of 'profile list'
                 .arg(Cli::tr("NAME"), -16)
                 //: Column heading of 'profile list'
                 .arg(Cli::tr("PROVIDER"), -10)
                 //: Column heading of 'profile list'
                 .arg(Cli::tr("SERVER"), -40)
                 //: Column heading of 'profile list'
                 .arg(Cli::tr("USER"), -24)
                 .arg(QStringLiteral("TLS"), -10)
                 //: Column heading of 'profile list'
                 .arg(Cli::tr("PASSWORD"));
    for (const Profile &p : profiles) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(p.name, -16)
                     .arg(profile::providerKey(p.provider), -10)
                     .arg(p.smtp.host + u':' + QString::number(p.smtp.port), -40)
                     .arg(p.smtp.username, -24)
                     .arg(tlsText(p.smtp), -10)
                     //: 'profile list': the password is stored in the keychain
                     .arg(p.hasPassword ? Cli::tr("keychain") : QStringLiteral("-"));
    }
    out().flush();
    // A hand-edited value that breaks the rules: the row shows defaults in its place, so say so.
    for (const Profile &p : profiles) {
        if (!p.loadIssues.isEmpty())
            //: %1: the profile's name; keep the command as it is
            err() << Cli::tr("warning: profile \"%1\" has stored values that break the rules and is not used until they are fixed; "
                             "see 'selfmx-console profile show %1'")
                         .arg(p.name)
                  << '\n';
    }
    err().flush();
    return Success;
}

int show(ProfileStore &store, const QString &name)
{
    const auto p = findOrComplain(store, name);
    if (!p)
        return Usage;
    const smtp::Settings &s = p->smtp;
    //: 'profile show': the labels are padded to the same width, translated ones too
    out() << Cli::tr("name:      %1").arg(p->name) << '\n'
          << Cli::tr("id:        %1").arg(p->id) << '\n'
          << Cli::tr("provider:  %1").arg(profile::preset(p->provider).displayName);
    if (!p->region.isEmpty())
        out() << " (" << p->region << ')';
    out() << '\n'
          << Cli::tr("server:    %1:%2").arg(s.host).arg(s.port) << '\n'
          << Cli::tr("tls:       %1").arg(tlsText(s)) << '\n'
          << Cli::tr("user:      %1").arg(s.username) << '\n'
          << Cli::tr("password:  %1").arg(p->hasPassword ? Cli::tr("stored in the keychain") : Cli::tr("none")) << '\n';
    // Every other field of the table that is set, by its variable name.
    static const QStringList shownAbove = {QStringLiteral("SMTP_HOST"), QStringLiteral("SMTP_PORT"), QStringLiteral("SMTP_USER"),
                                           QStringLiteral("SMTP_PASS")};
    for (const settings::Field &f : settings::fields()) {
        if (shownAbove.contains(f.key))
            continue;
        if (f.isSecret()) {
            out() << f.key << ": " << (profile::hasSecret(*p, f.key) ? Cli::tr("stored in the keychain") : Cli::tr("none")) << '\n';
            continue;
        }
        const QString value = f.read(*p);
        if (!value.isEmpty())
            out() << f.key << ": " << value << '\n';
    }
    out().flush();
    printIssues(p->loadIssues);
    printHints(*p, QString());
    if (!p->loadIssues.isEmpty()) {
        // The values above stand in for the broken ones; the profile is not used as it is.
        err() << Cli::tr("this profile is not used until these values are fixed ('profile edit')") << '\n';
        err().flush();
        return Usage;
    }
    return Success;
}

int addOrEdit(ProfileStore &store, const QCommandLineParser &parser, const QString &name, bool adding)
{
    Profile profile;
    if (adding) {
        if (store.find(name)) {
            err() << Cli::tr("error: name: a profile named \"%1\" exists; use 'profile edit'").arg(name) << '\n';
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
            //: %1: an option such as --port
            err() << Cli::tr("nothing was changed; set these values with this command's options (e.g. --%1) or fix the file")
                         .arg(settings::field(unresolved.first().key) ? settings::field(unresolved.first().key)->option : QString())
                  << '\n';
            err().flush();
            return Usage;
        }
    }
    if (!applyOptions(parser, profile)) {
        err() << Cli::tr("nothing was changed") << '\n';
        err().flush();
        return Usage;
    }
    if (const QList<settings::Issue> issues = profile::validate(profile); !issues.isEmpty()) {
        printIssues(issues);
        err() << Cli::tr("nothing was changed") << '\n';
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
    return reportJob(job, (adding ? Cli::tr("added profile \"%1\"") : Cli::tr("saved profile \"%1\"")).arg(profile.name));
}

int remove(ProfileStore &store, const QString &name)
{
    const auto p = findOrComplain(store, name);
    if (!p)
        return Usage;
    ProfileJob *job = store.remove(p->id);
    awaitSignal(job, &ProfileJob::finished);
    return reportJob(job, Cli::tr("removed profile \"%1\" and its password").arg(p->name));
}

int importFile(ProfileStore &store, const QString &path, const QString &nameOption)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("error: cannot read %1: %2").arg(path, file.errorString()) << '\n';
        err().flush();
        return Usage;
    }
    const QString name = nameOption.isEmpty() ? QFileInfo(path).completeBaseName().remove(QStringLiteral(".env")) : nameOption;
    profile::EnvImport imported = profile::importEnv(file.readAll(), name.isEmpty() ? QStringLiteral("imported") : name);
    for (const QString &key : std::as_const(imported.unknownKeys))
        err() << Cli::tr("warning: %1").arg(text::SettingsText::unknownKeyNotImported(key)) << '\n';
    printIssues(imported.warnings, Cli::tr("warning: %1"));
    if (!imported.ok()) {
        printIssues(imported.errors);
        err() << Cli::tr("nothing was imported") << '\n';
        err().flush();
        return Usage;
    }
    if (store.find(imported.profile.name)) {
        err() << Cli::tr("error: name: a profile named \"%1\" exists; pass --name").arg(imported.profile.name) << '\n';
        err().flush();
        return Usage;
    }
    printHints(imported.profile, imported.password);
    ProfileJob *job = store.saveWithSecrets(imported.profile, imported.secrets);
    awaitSignal(job, &ProfileJob::finished);
    return reportJob(job, (imported.secrets.isEmpty() ? Cli::tr("imported profile \"%1\"")
                                                      : Cli::tr("imported profile \"%1\" (secrets stored in the keychain)"))
                              .arg(imported.profile.name));
}

int exportProfile(ProfileStore &store, const QString &name, const QString &format, bool includePassword)
{
    const auto p = findOrComplain(store, name);
    if (!p)
        return Usage;
    if (!p->loadIssues.isEmpty()) {
        printIssues(p->loadIssues);
        err() << Cli::tr("nothing was exported: fix these values first ('profile edit')") << '\n';
        err().flush();
        return Usage;
    }
    if (format == u"swaks") {
        // The password never goes into swaks' arguments (every user can read those in the
        // process list): with --include-password the command reads it from the keychain as it
        // runs; said on stderr, so nobody takes the missing --auth-password for an oversight.
        const bool fromKeychain = includePassword && !p->smtp.username.isEmpty() && profile::hasSecret(*p, QStringLiteral("SMTP_PASS"));
        if (fromKeychain)
            err() << Cli::tr("note: the swaks command reads the password from the keychain as it runs (secret-tool into "
                             "SWAKS_OPT_auth_password), not from an argument, which every user could read in the process list")
                  << '\n';
        else if (includePassword && !p->smtp.username.isEmpty())
            //: %1: the profile's name
            err() << Cli::tr("warning: profile \"%1\" has no password in the keychain, so swaks will ask for it; store one with "
                             "'selfmx-console profile edit \"%1\" --ask-password'")
                         .arg(p->name)
                  << '\n';
        err().flush();
        out() << profile::exportSwaks(*p, fromKeychain);
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
            //: %1: the variables written, e.g. "API_KEY, SMTP_PASS"
            err() << Cli::tr("warning: the password is written in plain text (%1); keep this file private and out of version control")
                         .arg(names.join(QStringLiteral(", ")))
                  << '\n';
            err().flush();
        }
        out() << profile::exportEnv(*p, secrets);
    } else {
        err() << Cli::tr("error: --format: \"%1\" is unknown; use env, swaks or msmtp").arg(format) << '\n';
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
        QStringLiteral("Manage SMTP profiles. Actions: list, show NAME, add NAME, edit NAME, remove NAME, default NAME, "
                       "import FILE [--name NAME], export NAME [--format env|swaks|msmtp] [--include-password]. "
                       "Passwords live only in the OS keychain."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, show, add, edit, remove, default, import or export"));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("profile name (or .env file for import)"));
    if (action == u"add" || action == u"edit")
        addProfileFieldOptions(parser);
    if (action == u"edit") {
        parser.addOption({QStringLiteral("rename"), Cli::tr("New name (the stored password follows)."), Cli::tr("NAME")});
        parser.addOption({QStringLiteral("remove-password"), Cli::tr("Delete the stored password.")});
    }
    if (action == u"import")
        parser.addOption({QStringLiteral("name"), Cli::tr("Name of the new profile (default: the file's name)."), Cli::tr("NAME")});
    if (action == u"export") {
        parser.addOption(
            {QStringLiteral("format"), Cli::tr("env (default), swaks or msmtp."), QStringLiteral("FORMAT"), QStringLiteral("env")});
        parser.addOption({QStringLiteral("include-password"),
                          Cli::tr("env: write the secrets (SMTP_PASS, and API_KEY when stored) into the .env (plain text!). swaks: the "
                                  "line reads the password from the keychain as it runs (secret-tool), never from an argument. msmtp: "
                                  "no change (its block always reads the keychain).")});
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
    if (const auto exitNow = parseArguments(parser, arguments, 2)) // ACTION [NAME|FILE]
        return *exitNow;
    static const QStringList actions = {QStringLiteral("list"),   QStringLiteral("show"),   QStringLiteral("add"),
                                        QStringLiteral("edit"),   QStringLiteral("remove"), QStringLiteral("default"),
                                        QStringLiteral("import"), QStringLiteral("export")};
    if (!actions.contains(action)) {
        err() << (action.isEmpty()
                      ? Cli::tr("error: profile needs an action: list, show, add, edit, remove, default, import or export")
                      : Cli::tr("error: unknown action \"%1\"; use list, show, add, edit, remove, default, import or export").arg(action))
              << '\n';
        err().flush();
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    ProfileStore &store = profileStore();
    const QString target = positional.value(1);
    const bool needsTarget = action != u"list" && action != u"default";
    if (needsTarget && target.isEmpty()) {
        //: %1: the action (add, show, …)
        err() << (action == u"import" ? Cli::tr("error: profile %1 needs a FILE") : Cli::tr("error: profile %1 needs a NAME")).arg(action)
              << '\n';
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
    return Usage; // not reached: every action is handled above
}

ProfileStore &profileStore()
{
    // The command line's one store: every command of this process reads and writes through it.
    static ProfileStore store;
    return store;
}

bool caFileUsable(const QString &caFile)
{
    // A missing or unreadable SMTP_TLS_CA_FILE is a settings problem, not a TLS failure:
    // said before connecting, named as the other settings are (no "tls:" stage).
    if (caFile.isEmpty())
        return true;
    if (!QFileInfo::exists(caFile)) {
        //: %1: the path given in SMTP_TLS_CA_FILE (or the profile's --ca-file)
        err() << Cli::tr("error: SMTP_TLS_CA_FILE: \"%1\" does not exist; give the path of the CA certificate in PEM format").arg(caFile)
              << '\n';
        err().flush();
        return false;
    }
    if (const smtp::Error problem = smtp::SmtpSession::loadCaFile(caFile); problem.isError()) {
        err() << Cli::tr("error: %1").arg(text::ErrorText::sentence(problem, text::Audience::CommandLine)) << '\n';
        err().flush();
        return false;
    }
    return true;
}

std::optional<smtp::Settings> settingsForCommand(const QString &profileName, int *exitCode, const QHash<QString, QString> &overrides)
{
    const auto configuration = configurationForCommand(profileName, exitCode, overrides);
    return configuration ? std::optional<smtp::Settings>(configuration->smtp) : std::nullopt;
}

std::optional<settings::Configuration> configurationForCommand(const QString &profileName, int *exitCode,
                                                               const QHash<QString, QString> &overrides)
{
    QHash<QString, QString> environment = settings::environmentValues(QProcessEnvironment::systemEnvironment());
    // Neither --profile nor any SMTP_* variable: the default profile, when one is chosen.
    // DNS_SERVER chooses no mail server, so it does not keep the default out (it still
    // overrides the profile's nameserver, as every variable does).
    QStringList smtpVariables = environment.keys();
    smtpVariables.removeIf([](const QString &key) { return !settings::isSettingsNamespace(key); });
    const QString chosen =
        profileName.isEmpty() && smtpVariables.isEmpty() && overrides.isEmpty() ? profileStore().defaultProfileId() : profileName;
    // Said once: a variable left in the shell would otherwise make the command ignore the
    // default profile without a word.
    if (profileName.isEmpty() && overrides.isEmpty() && !smtpVariables.isEmpty()) {
        if (const QString defaultId = profileStore().defaultProfileId(); !defaultId.isEmpty()) {
            if (const std::optional<profile::Profile> chosenDefault = profileStore().find(defaultId)) {
                QStringList names = smtpVariables;
                names.sort();
                //: %1: the variables set, e.g. "SMTP_HOST, SMTP_PORT"; %2: the default profile's name
                err() << Cli::tr("note: %1 set in the environment, so the default profile \"%2\" is not used; unset them, or pass "
                                 "--profile \"%2\" to use the profile with these variables over it")
                             .arg(names.join(QStringLiteral(", ")), chosenDefault->name)
                      << '\n';
                err().flush();
            }
        }
    }
    environment.insert(overrides);
    profile::ProfileResolver resolver(&profileStore());
    profile::ResolveJob *job = resolver.resolve(chosen, environment);
    awaitSignal(job, &profile::ResolveJob::finished);
    for (const QString &key : job->parsed().unknownKeys)
        err() << Cli::tr("warning: %1").arg(text::SettingsText::unknownKey(key)) << '\n';
    printIssues(job->parsed().warnings, Cli::tr("warning: %1"));
    switch (job->failure()) {
    case profile::ResolveJob::Failure::None: {
        const settings::Configuration configuration = job->parsed().configuration;
        const smtp::Settings &settings = configuration.smtp;
        if (!caFileUsable(settings.caFile)) {
            *exitCode = Usage;
            return std::nullopt;
        }
        return configuration;
    }
    case profile::ResolveJob::Failure::NotFound:
        err() << Cli::tr("error: --profile: no profile \"%1\"; see 'selfmx-console profile list'").arg(profileName) << '\n';
        err().flush();
        *exitCode = Usage;
        return std::nullopt;
    case profile::ResolveJob::Failure::StoredValues:
    case profile::ResolveJob::Failure::Values:
        printIssues(job->issues());
        *exitCode = Usage;
        return std::nullopt;
    case profile::ResolveJob::Failure::Keychain:
        err() << Cli::tr("error: profile \"%1\": %2")
                     .arg(job->profile().name,
                          text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::CommandLine))
              << '\n';
        err().flush();
        *exitCode = Keychain;
        return std::nullopt;
    }
    *exitCode = Internal;
    return std::nullopt;
}

} // namespace selfmx::app
