// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "configuration.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

// The settings, described once. Each row of the field table names one setting (its
// environment variable, which is also its stable key), its kind, default and accepted
// values, its label and help (translatable source text; the front ends translate), whether
// it is a secret (keychain only) and its group. Environment and .env parsing, profile
// storage, exports, the command line's options and the forms all walk these rows: adding
// a setting means adding a row and the code that uses the value.
namespace selfmx::settings {
Q_NAMESPACE

enum class Group {
    Smtp = 0x1,  // how to reach and log in to the SMTP server
    Relay = 0x2, // the local HTTP relay
};
Q_ENUM_NS(Group)
Q_DECLARE_FLAGS(Groups, Group)

enum class Kind {
    Text,        // free text (a user name)
    Host,        // a DNS name or an IP address
    Port,        // 1-65535
    Boolean,     // true/false (also 1/0, yes/no, on/off)
    Seconds,     // a positive number of seconds, fractions allowed where the field says so
    Integer,     // a whole number in [minimum, maximum]
    Choice,      // one of `choices` (case-insensitive, with aliases)
    File,        // a path
    Fingerprint, // a SHA-256 fingerprint: 64 hex digits, colons allowed
    Address,     // an e-mail address, display name allowed
    List,        // comma-separated values
    Secret,      // a password or key: keychain only, never in a file
};
Q_ENUM_NS(Kind)

// One problem with one value. Data, not a sentence: `code` says what is wrong, `key` which
// setting, `parameters` the rest ("value", "minimum", "maximum", "choices", ...). The
// front ends word it (text/settingstext.h).
struct Issue {
    QString key;  // "SMTP_PORT"; "name", "region" for a profile's own fields
    QString code; // "not_a_port", "required", ...
    QVariantMap parameters;
    bool operator==(const Issue &other) const = default;
};

// The accepted spellings of a choice, mapped to the value the program stores.
struct ChoiceValue {
    QString value;       // "implicit"
    QStringList aliases; // "ssl", "tls"
};

struct Field {
    QString key; // the environment / .env name, and the stable key everywhere else
    Group group = Group::Smtp;
    Kind kind = Kind::Text;
    QString defaultText; // as the environment would write it; empty: no value
    qint64 minimum = 0;
    qint64 maximum = 0;
    QList<ChoiceValue> choices;
    QString option;        // the command line's option, e.g. "tls-mode"; empty: none
    const char *valueName; // the option's value name, e.g. "MODE"
    const char *label;     // source text, context "selfmx::settings::Field"
    const char *help;      // source text, context "selfmx::settings::Field"
    bool advanced = false; // a form shows it behind "Advanced"
    // The value in `configuration`, as text (what the environment would say); empty: unset.
    std::function<QString(const Configuration &)> read;
    // Stores a value that normalize() accepted.
    std::function<void(Configuration &, const QString &)> write;
    // A rule of this field's own on top of its kind's (DNS_SERVER's addr[:port]): the Issue
    // code when the (trimmed) text breaks it, else empty. Rows without one leave it out.
    std::function<QString(const QString &)> rule = {};

    bool isSecret() const { return kind == Kind::Secret; }
    // The value in its one canonical spelling ("0587" -> "587", "SSL" -> "implicit"), or
    // the problem with it. Empty text is "unset" and always accepted here.
    std::optional<QString> normalize(const QString &text, Issue *problem) const;
};

// The table, in the order of the SelfMX settings page, then the console's additions, then
// the relay's group.
const QList<Field> &fields();
const Field *field(const QString &key);
QList<const Field *> fields(Groups groups);
// SMTP_* names are the settings page's namespace: a name there that is not in the table is
// a typo worth reporting.
bool isSettingsNamespace(const QString &key);

// A nameserver as DNS_SERVER writes it, "addr[:port]": "192.0.2.53", "192.0.2.53:5353",
// "2001:db8::53", "[2001:db8::53]:53". An IP address, not a name (finding the nameserver
// must not need a nameserver); the port is 53 when not given.
struct NameServer {
    QString address;
    quint16 port = 53;
    bool portGiven = false;
};
std::optional<NameServer> parseNameServer(const QString &text);

// The result of reading values over a base configuration.
struct Parsed {
    Configuration configuration;
    QList<Issue> errors;     // the values cannot be used; nothing of them should be saved
    QList<Issue> warnings;   // they can, but someone should know (verification off)
    QStringList unknownKeys; // SMTP_* names the table does not have
    bool ok() const { return errors.isEmpty(); }
    const smtp::Settings &smtp() const { return configuration.smtp; }
};

// Reads KEY=value pairs (the environment, a .env file, a stored profile, a form) over
// `base`. Empty values count as unset. Fields of `groups` are read; besides, every SMTP_*
// field and every field of the Smtp group (DNS_SERVER) is read whatever its group, since
// SelfMX reads them all from one environment.
// A missing SMTP_HOST is an error when the Smtp group is read.
Parsed parse(const QHash<QString, QString> &values, const Configuration &base = Configuration(), Groups groups = Group::Smtp);
// The values of `configuration`, field by field, as text (secrets included when held).
QHash<QString, QString> values(const Configuration &configuration, Groups groups = Groups(Group::Smtp) | Group::Relay);
// The rules for typed values (a stored profile, a form): each field's value is written out
// and read back through the same rules as the environment.
QList<Issue> check(const Configuration &configuration, Groups groups = Groups(Group::Smtp) | Group::Relay);
// Warnings about a usable configuration (verification off, plaintext credentials, ...).
QList<Issue> warnings(const Configuration &configuration);

// The process environment's values for the table's keys, and every SMTP_* name.
QHash<QString, QString> environmentValues(const QProcessEnvironment &environment, Groups groups = Group::Smtp);

} // namespace selfmx::settings

Q_DECLARE_OPERATORS_FOR_FLAGS(selfmx::settings::Groups)
