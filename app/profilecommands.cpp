// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "profilecommands.h"

#include "clisupport.h"
#include "exitcodes.h"
#include "profile/envfile.h"
#include "profile/profilestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace selfmx::app {

namespace {

using profile::FieldIssue;
using profile::Profile;
using profile::ProfileJob;
using profile::ProfileStore;

// Options that set a connection field carry the name of their SMTP_* variable, so the
// command line, .env files and the environment share one parser and one set of messages.
struct FieldOption {
    const char *option;
    const char *variable;
    const char *valueName;
    const char *description;
};

const QList<FieldOption> &fieldOptions()
{
    static const QList<FieldOption> options = {
        {"host", "SMTP_HOST", "HOST", "SMTP server host name."},
        {"port", "SMTP_PORT", "PORT", "Port, 1-65535 (default 587)."},
        {"user", "SMTP_USER", "USER", "User name for AUTH."},
        {"tls", "SMTP_TLS", "BOOL", "true (default) or false."},
        {"tls-mode", "SMTP_TLS_MODE", "MODE", "implicit, starttls or none (overrides --tls)."},
        {"tls-verify", "SMTP_TLS_VERIFY", "BOOL", "Verify certificates: true (default) or false."},
        {"ca-file", "SMTP_TLS_CA_FILE", "FILE", "An extra trusted CA certificate (PEM)."},
        {"timeout", "SMTP_TIMEOUT", "SECONDS", "Per-stage timeout (default 30)."},
        {"pool-size", "SMTP_POOL_SIZE", "N", "Relay connections, 1-100 (default 10)."},
        {"auth-mechanism", "SMTP_AUTH_MECHANISM", "MECH", "auto, PLAIN, LOGIN or CRAM-MD5."},
        {"ehlo-name", "SMTP_EHLO_NAME", "NAME", "The EHLO argument."},
    };
    return options;
}

void addProfileFieldOptions(QCommandLineParser &parser)
{
    for (const FieldOption &o : fieldOptions())
        parser.addOption({QString::fromLatin1(o.option), QString::fromLatin1(o.description), QString::fromLatin1(o.valueName)});
    parser.addOption({QStringLiteral("provider"), QStringLiteral("sendgrid, mailgun, ses, postmark, postfix or custom."), QStringLiteral("PROVIDER")});
    parser.addOption({QStringLiteral("region"), QStringLiteral("Amazon SES region (us-east-1, ...) or Mailgun us/eu."), QStringLiteral("REGION")});
    parser.addOption({QStringLiteral("sender"), QStringLiteral("Default sender address."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("password-stdin"), QStringLiteral("Read the password from the first line of standard input.")});
    parser.addOption({QStringLiteral("ask-password"), QStringLiteral("Prompt for the password (no echo).")});
}

QHash<QString, QString> fieldValues(const QCommandLineParser &parser)
{
    QHash<QString, QString> values;
    for (const FieldOption &o : fieldOptions()) {
        if (parser.isSet(QString::fromLatin1(o.option)))
            values.insert(QString::fromLatin1(o.variable), parser.value(QString::fromLatin1(o.option)));
    }
    return values;
}

int printIssues(const QList<FieldIssue> &issues, const char *prefix = "error")
{
    for (const FieldIssue &issue : issues)
        err() << prefix << ": " << issue.toString() << '\n';
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
    err() << "error: " << job->errorString() << "\nnothing was changed\n";
    err().flush();
    return Keychain;
}

// Applies the command line's field options, provider and sender over `profile`.
bool applyOptions(const QCommandLineParser &parser, Profile &profile)
{
    QList<FieldIssue> problems;
    if (parser.isSet(QStringLiteral("provider"))) {
        const auto provider = profile::providerFromKey(parser.value(QStringLiteral("provider")));
        if (!provider) {
            problems.append({QStringLiteral("--provider"), QStringLiteral("\"%1\" is unknown; use sendgrid, mailgun, ses, postmark, postfix or custom")
                                                               .arg(parser.value(QStringLiteral("provider")))});
        } else {
            const Profile preset = profile::profileFromPreset(*provider, parser.value(QStringLiteral("region")));
            profile.provider = preset.provider;
            profile.region = preset.region;
            if (!preset.smtp.host.isEmpty())
                profile.smtp.host = preset.smtp.host;
            if (!preset.smtp.username.isEmpty())
                profile.smtp.username = preset.smtp.username;
        }
    } else if (parser.isSet(QStringLiteral("region"))) {
        profile.region = parser.value(QStringLiteral("region"));
        if (profile.provider == profile::Provider::AmazonSes)
            profile.smtp.host = profile::sesHost(profile.region);
    }
    const smtp::ParsedSettings parsed = smtp::parseSettings(fieldValues(parser), profile.smtp);
    for (const smtp::SettingsIssue &issue : parsed.errors)
        problems.append({issue.variable, issue.message});
    profile.smtp = parsed.settings;
    if (parser.isSet(QStringLiteral("sender")))
        profile.defaultSender = parser.value(QStringLiteral("sender"));
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
    const auto password = readPassword(fromStdin, QStringLiteral("SMTP password for %1@%2: ").arg(profile.smtp.username, profile.smtp.host), &error);
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
    for (const FieldIssue &hint : profile::providerHints(profile, password))
        err() << "hint: " << hint.toString() << '\n';
    if (!profile.smtp.verifyPeer)
        err() << "warning: SMTP_TLS_VERIFY: certificate verification is off for this profile\n";
    err().flush();
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
          << "\npassword:  " << (p->hasPassword ? "stored in the keychain" : "none") << "\ntimeout:   "
          << double(s.timeout.count()) / 1000.0 << " s\npool size: " << s.poolSize << '\n';
    if (!s.caFile.isEmpty())
        out() << "CA file:   " << s.caFile << '\n';
    if (!p->defaultSender.isEmpty())
        out() << "sender:    " << p->defaultSender << '\n';
    out().flush();
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
    }
    if (!applyOptions(parser, profile)) {
        err() << "nothing was changed\n";
        err().flush();
        return Usage;
    }
    if (const QList<FieldIssue> issues = profile::validate(profile); !issues.isEmpty()) {
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
    return reportJob(job, QStringLiteral("%1 profile \"%2\"").arg(adding ? QStringLiteral("added") : QStringLiteral("saved"), profile.name));
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
        err() << "warning: " << key << " is not a setting the console knows; it was not imported (a typo?)\n";
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
    ProfileJob *job = store.save(imported.profile, imported.password.isEmpty() ? std::nullopt : std::optional(imported.password));
    awaitSignal(job, &ProfileJob::finished);
    return reportJob(job, QStringLiteral("imported profile \"%1\"%2")
                              .arg(imported.profile.name,
                                   imported.password.isEmpty() ? QString() : QStringLiteral(" (password stored in the keychain)")));
}

int exportProfile(ProfileStore &store, const QString &name, const QString &format, bool includePassword)
{
    const auto p = findOrComplain(store, name);
    if (!p)
        return Usage;
    if (format == u"swaks") {
        out() << profile::exportSwaks(*p);
    } else if (format == u"msmtp") {
        out() << profile::exportMsmtp(*p);
    } else if (format == u"env") {
        QString password;
        if (includePassword && p->hasPassword) {
            ProfileJob *job = store.readPassword(p->id);
            awaitSignal(job, &ProfileJob::finished);
            if (!job->succeeded())
                return reportJob(job, QString());
            password = job->password();
            err() << "warning: the password is written in plain text; keep this file private and out of version control\n";
            err().flush();
        }
        out() << profile::exportEnv(*p, password);
    } else {
        err() << "error: --format: \"" << format << "\" is unknown; use env, swaks or msmtp\n";
        err().flush();
        return Usage;
    }
    out().flush();
    return Success;
}

} // namespace

int runProfileCommand(const QStringList &arguments)
{
    // arguments: "selfmx-console profile", ACTION, ...
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manage SMTP profiles. Actions: list, show NAME, add NAME, edit NAME, remove NAME, "
        "import FILE [--name NAME], export NAME [--format env|swaks|msmtp] [--include-password]. "
        "Passwords live only in the OS keychain."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, show, add, edit, remove, import or export"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("profile name (or .env file for import)"));
    if (action == u"add" || action == u"edit")
        addProfileFieldOptions(parser);
    if (action == u"edit") {
        parser.addOption({QStringLiteral("rename"), QStringLiteral("New name (the stored password follows)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("remove-password"), QStringLiteral("Delete the stored password.")});
    }
    if (action == u"import")
        parser.addOption({QStringLiteral("name"), QStringLiteral("Name of the new profile (default: the file's name)."), QStringLiteral("NAME")});
    if (action == u"export") {
        parser.addOption({QStringLiteral("format"), QStringLiteral("env (default), swaks or msmtp."), QStringLiteral("FORMAT"), QStringLiteral("env")});
        parser.addOption({QStringLiteral("include-password"), QStringLiteral("Write SMTP_PASS into the .env (plain text!).")});
    }
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    ProfileStore store;
    const QString target = positional.value(1);
    const bool needsTarget = action != u"list";
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
    if (action == u"import")
        return importFile(store, target, parser.value(QStringLiteral("name")));
    if (action == u"export")
        return exportProfile(store, target, parser.value(QStringLiteral("format")), parser.isSet(QStringLiteral("include-password")));
    err() << "error: unknown action \"" << action << "\"; use list, show, add, edit, remove, import or export\n";
    err().flush();
    return Usage;
}

std::optional<smtp::Settings> settingsForCommand(const QString &profileName, int *exitCode, const QHash<QString, QString> &overrides)
{
    QHash<QString, QString> environment = smtp::smtpVariables(QProcessEnvironment::systemEnvironment());
    environment.insert(overrides);
    smtp::Settings base;
    if (!profileName.isEmpty()) {
        ProfileStore store;
        const auto profile = store.find(profileName);
        if (!profile) {
            err() << "error: --profile: no profile \"" << profileName << "\"; see 'selfmx-console profile list'\n";
            err().flush();
            *exitCode = Usage;
            return std::nullopt;
        }
        base = profile->smtp;
        // SMTP_PASS in the environment wins, as every other variable does; else the keychain.
        if (profile->hasPassword && environment.value(QStringLiteral("SMTP_PASS")).isEmpty()) {
            ProfileJob *job = store.readPassword(profile->id);
            awaitSignal(job, &ProfileJob::finished);
            if (!job->succeeded()) {
                err() << "error: profile \"" << profile->name << "\": " << job->errorString() << '\n';
                err().flush();
                *exitCode = Keychain;
                return std::nullopt;
            }
            base.password = job->password();
        }
    }
    const smtp::ParsedSettings parsed = smtp::parseSettings(environment, base);
    for (const QString &key : parsed.unknownKeys)
        err() << "warning: " << key << " is not a setting the console knows; did you mean one of "
              << smtp::knownVariables().join(QStringLiteral(", ")) << "?\n";
    for (const smtp::SettingsIssue &warning : parsed.warnings)
        err() << "warning: " << warning.toString() << '\n';
    for (const smtp::SettingsIssue &error : parsed.errors)
        err() << "error: " << error.toString() << '\n';
    err().flush();
    if (!parsed.ok()) {
        *exitCode = Usage;
        return std::nullopt;
    }
    return parsed.settings;
}

} // namespace selfmx::app
