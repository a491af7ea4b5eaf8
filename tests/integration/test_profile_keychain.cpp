// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Profiles against a real Secret Service: scripts/test.sh runs the suite inside a private
// D-Bus session with gnome-keyring unlocked (see ../shared/DESIGN.md).
#include "postfix.h"
#include "printers.h"

#include "opensslserver.h"
#include "profile/envfile.h"
#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "settingsamples.h"
#include "text/keychaintext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace selfmx::profile;

namespace {

// A password whose base64 and URL-encoded forms differ from it, so a scan can tell.
const QString Password = QStringLiteral("pä ss/wörd+1&x=ü€");

QString consolePath()
{
    return qEnvironmentVariable("SELFMX_CONSOLE", QStringLiteral(SELFMX_CONSOLE_DEFAULT));
}

// A copy of the command in `binDir`: selfmx-console and the command line's module beside it
// (app/launcher.cpp finds it there, as in the build tree).
bool copyConsole(const QString &binDir)
{
    const QString built = QFileInfo(consolePath()).absolutePath();
    return QFile::copy(consolePath(), binDir + QStringLiteral("/selfmx-console"))
           && QFile::copy(built + QStringLiteral("/selfmx-cli.so"), binDir + QStringLiteral("/selfmx-cli.so"));
}

// secret-tool, the Secret Service's own command line client: a second, independent reader.
std::optional<QString> secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), SecretStore::service(), QStringLiteral("user"), key});
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

bool finishes(ProfileJob *job)
{
    QSignalSpy spy(job, &ProfileJob::finished);
    return spy.wait(10000);
}

QHash<QString, QString> everyField()
{
    return selfmx::test::everySetting(Password);
}

// Runs the console with its own config home; SMTP_* variables of this process are removed,
// `extra` added. Returns the exit status and stderr + stdout.
std::pair<int, QString> runConsole(const QTemporaryDir &home, const QStringList &args, const QHash<QString, QString> &extra = {},
                                   const QByteArray &input = {})
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"SMTP_"))
            env.remove(key);
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    console.setProcessEnvironment(env);
    console.start(consolePath(), args);
    console.write(input);
    console.closeWriteChannel();
    console.waitForFinished(30000);
    return std::make_pair(console.exitCode(), QString::fromUtf8(console.readAllStandardError() + console.readAllStandardOutput()));
}

const auto AllGroups = selfmx::settings::Groups(selfmx::settings::Group::Smtp) | selfmx::settings::Group::Relay;

class Keychain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "no D-Bus session: run the suite through scripts/test.sh, which starts one with gnome-keyring";
        ASSERT_TRUE(m_dir.isValid());
    }

    Profile sample(const QString &name) const
    {
        Profile p = profileFromPreset(Provider::Postfix);
        p.name = name;
        p.smtp.host = QStringLiteral("mail.example.com");
        p.smtp.username = QStringLiteral("noreply@example.com");
        return p;
    }

    QString iniPath() const { return m_dir.filePath(QStringLiteral("config/profiles.ini")); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Keychain, PasswordIsInTheKeychainAndInNoFile)
{
    ProfileStore store(iniPath());
    ProfileJob *saved = store.save(sample(QStringLiteral("home")), Password);
    ASSERT_TRUE(finishes(saved));
    ASSERT_TRUE(saved->succeeded()) << saved->errorString().toStdString();
    const QString id = saved->profile().id;
    EXPECT_TRUE(store.find(QStringLiteral("home"))->hasPassword);

    // Read back through QtKeychain ...
    ProfileJob *read = store.readPassword(id);
    ASSERT_TRUE(finishes(read));
    ASSERT_TRUE(read->succeeded()) << read->errorString().toStdString();
    EXPECT_EQ(read->password(), Password);
    // ... and through secret-tool.
    EXPECT_EQ(secretToolLookup(SecretStore::smtpPasswordKey(id)), Password);

    // No file under this test's directories or the per-user config and data locations
    // holds the password in any common encoding.
    const QList<QByteArray> forms = {Password.toUtf8(), Password.toUtf8().toBase64(), QUrl::toPercentEncoding(Password),
                                     Password.toLatin1()};
    QStringList roots = {m_dir.path()};
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::AppDataLocation, QStandardPaths::GenericCacheLocation})
        roots.append(QStandardPaths::writableLocation(location));
    roots.append(QDir::homePath());
    int scanned = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // gnome-keyring's own encrypted store lives under the private HOME: it may
            // hold the secret, encrypted; that is the keychain, not a file of ours.
            if (path.contains(QStringLiteral("/keyrings/")))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QByteArray &form : forms)
                EXPECT_FALSE(content.contains(form)) << path.toStdString() << " contains a form of the password";
        }
    }
    EXPECT_GT(scanned, 0) << "the scan read the profile file at least";
    QFile ini(iniPath());
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_TRUE(ini.readAll().contains("mail.example.com")) << "the non-secret fields are in the file";
}

TEST_F(Keychain, RenameKeepsDuplicateCopiesDeleteRemoves)
{
    ProfileStore store(iniPath());
    ProfileJob *saved = store.save(sample(QStringLiteral("work")), QStringLiteral("first-secret"));
    ASSERT_TRUE(finishes(saved));
    ASSERT_TRUE(saved->succeeded()) << saved->errorString().toStdString();
    Profile renamed = saved->profile();
    renamed.name = QStringLiteral("office");
    ProfileJob *rename = store.save(renamed);
    ASSERT_TRUE(finishes(rename));
    ASSERT_TRUE(rename->succeeded());
    EXPECT_FALSE(store.find(QStringLiteral("work")).has_value());
    EXPECT_EQ(secretToolLookup(SecretStore::smtpPasswordKey(renamed.id)), QStringLiteral("first-secret"));

    ProfileJob *copy = store.duplicate(renamed.id, QStringLiteral("office-copy"));
    ASSERT_TRUE(finishes(copy));
    ASSERT_TRUE(copy->succeeded()) << copy->errorString().toStdString();
    EXPECT_NE(copy->profile().id, renamed.id);
    EXPECT_EQ(secretToolLookup(SecretStore::smtpPasswordKey(copy->profile().id)), QStringLiteral("first-secret"));

    ProfileJob *removed = store.remove(renamed.id);
    ASSERT_TRUE(finishes(removed));
    ASSERT_TRUE(removed->succeeded()) << removed->errorString().toStdString();
    EXPECT_FALSE(store.find(QStringLiteral("office")).has_value());
    EXPECT_EQ(secretToolLookup(SecretStore::smtpPasswordKey(renamed.id)), std::nullopt);
    EXPECT_TRUE(store.find(QStringLiteral("office-copy")).has_value()) << "the copy is untouched";
}

TEST_F(Keychain, RejectedProfileChangesNothing)
{
    ProfileStore store(iniPath());
    Profile bad = sample(QStringLiteral("bad"));
    bad.relay.poolSize = 500;
    bad.id = QStringLiteral("fixed-id-for-this-test");
    ProfileJob *job = store.save(bad, QStringLiteral("never-stored"));
    ASSERT_TRUE(finishes(job));
    EXPECT_FALSE(job->succeeded());
    ASSERT_EQ(job->issues().size(), 1);
    EXPECT_EQ(job->issues()[0].key, QStringLiteral("SMTP_POOL_SIZE"));
    EXPECT_FALSE(QFile::exists(iniPath()));
    EXPECT_EQ(secretToolLookup(SecretStore::smtpPasswordKey(bad.id)), std::nullopt);
}

TEST_F(Keychain, MissingEntryIsItsOwnError)
{
    SecretJob *job = SecretStore::read(SecretStore::smtpPasswordKey(QStringLiteral("no-such-profile")), nullptr);
    QSignalSpy spy(job, &SecretJob::finished);
    ASSERT_TRUE(spy.wait(10000));
    EXPECT_EQ(job->error(), SecretError::NotFound);
    EXPECT_TRUE(selfmx::text::KeychainText::describe(job->error(), job->errorString(), selfmx::text::Audience::CommandLine)
                    .contains(QStringLiteral("no password is stored")));
    delete job;
}

// A stale DBUS_SESSION_BUS_ADDRESS (a bus that is gone) is no keychain either: it said "the
// keychain failed: Could not connect: No such file or directory", with no way out.
TEST_F(Keychain, AStaleSessionBusAddressSaysNoKeychainAndTheWayOut)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(consolePath(),
                  {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("stale"), QStringLiteral("--host"),
                   QStringLiteral("smtp.example.com"), QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--password-stdin")});
    console.write(Password.toUtf8() + '\n');
    console.closeWriteChannel();
    ASSERT_TRUE(console.waitForFinished(20000));
    EXPECT_EQ(console.exitCode(), 20);
    const QString stderrText = QString::fromUtf8(console.readAllStandardError());
    EXPECT_TRUE(stderrText.contains(QStringLiteral("no keychain available"))) << stderrText.toStdString();
    EXPECT_TRUE(stderrText.contains(QStringLiteral("SMTP_PASS"))) << stderrText.toStdString();
}

// Without any D-Bus session: the save fails fast with "no keychain available" and no file
// is written (never a plaintext fallback).
TEST_F(Keychain, WithoutDbusSavingFailsCleanly)
{
    QTemporaryDir home;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    console.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    console.start(consolePath(),
                  {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nodbus"), QStringLiteral("--host"),
                   QStringLiteral("smtp.example.com"), QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--password-stdin")});
    console.write(Password.toUtf8() + '\n');
    console.closeWriteChannel();
    ASSERT_TRUE(console.waitForFinished(20000));
    EXPECT_LT(clock.elapsed(), 10000) << "fails fast";
    EXPECT_EQ(console.exitCode(), 20);
    const QString stderrText = QString::fromUtf8(console.readAllStandardError());
    EXPECT_TRUE(stderrText.contains(QStringLiteral("no keychain available"))) << stderrText.toStdString();
    EXPECT_TRUE(stderrText.contains(QStringLiteral("nothing was changed")));
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    EXPECT_TRUE(files.isEmpty()) << files.join(u' ').toStdString();
}

// The keychain is a module loaded on first use (core/profile/keychainbackend.h). An
// installation without it says so, names what the loader looked for, and saves nothing.
TEST_F(Keychain, MissingKeychainModuleFailsCleanly)
{
    QTemporaryDir home;
    QTemporaryDir elsewhere; // a copy of the command with no module beside it
    const QString copy = elsewhere.filePath(QStringLiteral("bin/selfmx-console"));
    ASSERT_TRUE(QDir().mkpath(elsewhere.filePath(QStringLiteral("bin"))));
    ASSERT_TRUE(copyConsole(elsewhere.filePath(QStringLiteral("bin"))));
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SELFMX_MODULE_DIR"), elsewhere.filePath(QStringLiteral("none")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(env);
    console.start(copy,
                  {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nomodule"), QStringLiteral("--host"),
                   QStringLiteral("smtp.example.com"), QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--password-stdin")});
    console.write(Password.toUtf8() + '\n');
    console.closeWriteChannel();
    ASSERT_TRUE(console.waitForFinished(20000));
    EXPECT_EQ(console.exitCode(), 20);
    const QString stderrText = QString::fromUtf8(console.readAllStandardError());
    EXPECT_TRUE(stderrText.contains(QStringLiteral("keychain module (selfmx-keychain) is missing"))) << stderrText.toStdString();
    EXPECT_TRUE(stderrText.contains(QStringLiteral("nothing was changed"))) << stderrText.toStdString();
    EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("config/profiles.ini"))));
}

namespace {

// `profile add` by a copy of the command at `program`, with SELFMX_MODULE_DIR removed (the
// program finds the module relative to itself) or set to `moduleDir`.
std::pair<int, QString> addProfileWith(const QString &program, const QTemporaryDir &home, const QString &moduleDir = {})
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SELFMX_MODULE_DIR"));
    if (!moduleDir.isEmpty())
        env.insert(QStringLiteral("SELFMX_MODULE_DIR"), moduleDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(env);
    console.start(program,
                  {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("where-module"), QStringLiteral("--host"),
                   QStringLiteral("smtp.example.com"), QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--password-stdin")});
    console.write(Password.toUtf8() + '\n');
    console.closeWriteChannel();
    if (!console.waitForFinished(20000))
        return {-1, QStringLiteral("timed out")};
    return {console.exitCode(), QString::fromUtf8(console.readAllStandardError() + console.readAllStandardOutput())};
}

} // namespace

// Without SELFMX_MODULE_DIR the program finds the module where the build (and an installed
// tree) puts it relative to bin/: ../lib/selfmx-console.
TEST_F(Keychain, ModuleIsFoundRelativeToTheProgram)
{
    QTemporaryDir home;
    const auto [code, output] = addProfileWith(consolePath(), home);
    EXPECT_EQ(code, 0) << output.toStdString();
    const auto [removed, removeOutput] =
        runConsole(home, {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("where-module")});
    EXPECT_EQ(removed, 0) << removeOutput.toStdString();
}

// Code that runs where passwords are read is not taken from a directory anyone can write.
TEST_F(Keychain, WorldWritableModuleDirectoryIsRefused)
{
    QTemporaryDir home;
    QTemporaryDir prefix;
    const QString bin = prefix.filePath(QStringLiteral("bin"));
    const QString modules = prefix.filePath(QStringLiteral("lib/selfmx-console"));
    ASSERT_TRUE(QDir().mkpath(bin) && QDir().mkpath(modules));
    ASSERT_TRUE(copyConsole(bin));
    // The build's module (testmain.cpp names its directory in SELFMX_MODULE_DIR).
    const QString builtModule = qEnvironmentVariable("SELFMX_MODULE_DIR") + QStringLiteral("/selfmx-keychain.so");
    ASSERT_TRUE(QFile::copy(builtModule, modules + QStringLiteral("/selfmx-keychain.so"))) << builtModule.toStdString();
    ASSERT_TRUE(QFile::setPermissions(modules, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    const auto [code, output] = addProfileWith(bin + QStringLiteral("/selfmx-console"), home);
    EXPECT_EQ(code, 20) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("writable by every user"))) << output.toStdString();
    EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("config/profiles.ini"))));
    // The same copy, its directory made private again, works: the refusal was the permissions.
    ASSERT_TRUE(QFile::setPermissions(modules, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const auto [again, againOutput] = addProfileWith(bin + QStringLiteral("/selfmx-console"), home);
    EXPECT_EQ(again, 0) << againOutput.toStdString();
    runConsole(home, {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("where-module")});
}

// The window's module runs in selfmx-console's process, where passwords are read: it is
// taken from the keychain module's directory by the same rule, never from a directory anyone
// can write (then the window program is started instead, here not installed).
TEST_F(Keychain, WindowModuleFromAWorldWritableDirectoryIsRefused)
{
    QTemporaryDir home;
    QTemporaryDir prefix;
    const QString bin = prefix.filePath(QStringLiteral("bin"));
    const QString modules = prefix.filePath(QStringLiteral("lib/selfmx-console"));
    ASSERT_TRUE(QDir().mkpath(bin) && QDir().mkpath(modules));
    ASSERT_TRUE(copyConsole(bin));
    const QString builtModule = qEnvironmentVariable("SELFMX_MODULE_DIR") + QStringLiteral("/selfmx-window.so");
    ASSERT_TRUE(QFile::copy(builtModule, modules + QStringLiteral("/selfmx-window.so"))) << builtModule.toStdString();
    const auto openWindow = [&bin, &home]() {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SELFMX_MODULE_DIR"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SELFMX_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        console.setProcessEnvironment(env);
        console.start(bin + QStringLiteral("/selfmx-console"), {});
        if (!console.waitForFinished(30000))
            return std::pair<int, QString>{-1, QStringLiteral("timed out")};
        return std::pair<int, QString>{console.exitCode(),
                                       QString::fromUtf8(console.readAllStandardError() + console.readAllStandardOutput())};
    };
    ASSERT_TRUE(QFile::setPermissions(modules, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    const auto [code, output] = openWindow();
    EXPECT_NE(code, 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("writable by every user"))) << output.toStdString();
    EXPECT_FALSE(output.contains(QStringLiteral("painted"))) << "the module was loaded: " << output.toStdString();

    // The same copy, its directory private again, opens the window: the refusal was the permissions.
    ASSERT_TRUE(QFile::setPermissions(modules, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const auto [again, againOutput] = openWindow();
    EXPECT_EQ(again, 0) << againOutput.toStdString();
    EXPECT_TRUE(againOutput.contains(QStringLiteral("painted"))) << againOutput.toStdString();

    // And the module file itself writable by everyone: refused too.
    ASSERT_TRUE(QFile::setPermissions(modules + QStringLiteral("/selfmx-window.so"),
                                      QFile::permissions(modules + QStringLiteral("/selfmx-window.so")) | QFileDevice::WriteOther));
    const auto [file, fileOutput] = openWindow();
    EXPECT_NE(file, 0) << fileOutput.toStdString();
    EXPECT_TRUE(fileOutput.contains(QStringLiteral("selfmx-window.so is writable by every user"))) << fileOutput.toStdString();
}

// The CLI end to end: a profile pointing at the test Postfix, then the environment
// overriding it field by field, including the password from the keychain.
TEST_F(Keychain, CliProfileAndEnvironmentOverrides)
{
    const selfmx::test::PostfixInstance &postfix = selfmx::test::PostfixInstance::get();
    ASSERT_TRUE(postfix.isAvailable()) << postfix.whyUnavailable().toStdString();
    QTemporaryDir home;
    auto run = [&home](const QStringList &args, const QHash<QString, QString> &extra, const QByteArray &input = {}) {
        return runConsole(home, args, extra, input);
    };
    const QString name = QStringLiteral("local-postfix");
    // Stored with a wrong port and the right password (from stdin).
    auto [added, addText] =
        run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--provider"), QStringLiteral("postfix"),
             QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--user"),
             postfix.value("POSTFIX_USER2"), QStringLiteral("--ca-file"), postfix.value("POSTFIX_CA_FILE"), QStringLiteral("--timeout"),
             QStringLiteral("10"), QStringLiteral("--password-stdin")},
            {}, postfix.value("POSTFIX_PASS2").toUtf8() + '\n');
    ASSERT_EQ(added, 0) << addText.toStdString();

    auto [asStored, storedText] = run({QStringLiteral("test"), QStringLiteral("--profile"), name}, {});
    EXPECT_EQ(asStored, 4) << "the stored port 1 refuses: " << storedText.toStdString();

    const QHash<QString, QString> port = {{QStringLiteral("SMTP_PORT"), postfix.value("POSTFIX_SUBMISSION_PORT")}};
    auto [overridden, overriddenText] = run({QStringLiteral("test"), QStringLiteral("--profile"), name}, port);
    EXPECT_EQ(overridden, 0) << overriddenText.toStdString();

    QHash<QString, QString> wrongPassword = port;
    wrongPassword.insert(QStringLiteral("SMTP_PASS"), QStringLiteral("wrong"));
    auto [refused, refusedText] = run({QStringLiteral("test"), QStringLiteral("--profile"), name}, wrongPassword);
    EXPECT_EQ(refused, 8) << "SMTP_PASS overrides the keychain: " << refusedText.toStdString();

    auto [exported, exportText] = run({QStringLiteral("profile"), QStringLiteral("export"), name}, {});
    EXPECT_EQ(exported, 0);
    EXPECT_FALSE(exportText.contains(postfix.value("POSTFIX_PASS2")));
    auto [withPassword, withText] =
        run({QStringLiteral("profile"), QStringLiteral("export"), name, QStringLiteral("--include-password")}, {});
    EXPECT_EQ(withPassword, 0);
    EXPECT_TRUE(withText.contains(QStringLiteral("warning: the password is written in plain text")));
    EXPECT_TRUE(withText.contains(QStringLiteral("SMTP_PASS=")));

    auto [removed, removeText] = run({QStringLiteral("profile"), QStringLiteral("remove"), name}, {});
    EXPECT_EQ(removed, 0) << removeText.toStdString();
}

// A new user's review: `export --format swaks --include-password` left the password out
// without a word. It cannot go into an argument (the process list shows those to every
// user); the command now reads it from the keychain as it runs, says so on stderr, and the
// exported line logs in to the suite's Postfix with the real swaks.
TEST_F(Keychain, SwaksExportTakesThePasswordFromTheKeychain)
{
    const selfmx::test::PostfixInstance &postfix = selfmx::test::PostfixInstance::get();
    ASSERT_TRUE(postfix.isAvailable()) << postfix.whyUnavailable().toStdString();
    if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
        GTEST_SKIP() << "swaks is not installed (scripts/install-deps.sh installs it)";
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        GTEST_SKIP() << "secret-tool is not installed (Debian: libsecret-tools; scripts/install-deps.sh installs it)";
    QTemporaryDir home;
    const QString name = QStringLiteral("swaks-export");
    auto [added, addText] = runConsole(home,
                                       {QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--provider"),
                                        QStringLiteral("postfix"), QStringLiteral("--host"), QStringLiteral("localhost"),
                                        QStringLiteral("--port"), postfix.value("POSTFIX_SUBMISSION_PORT"), QStringLiteral("--user"),
                                        postfix.value("POSTFIX_USER2"), QStringLiteral("--ca-file"), postfix.value("POSTFIX_CA_FILE"),
                                        QStringLiteral("--auth-mechanism"), QStringLiteral("PLAIN"), QStringLiteral("--password-stdin")},
                                       {}, postfix.value("POSTFIX_PASS2").toUtf8() + '\n');
    ASSERT_EQ(added, 0) << addText.toStdString();

    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(env);
    console.start(consolePath(), {QStringLiteral("profile"), QStringLiteral("export"), name, QStringLiteral("--format"),
                                  QStringLiteral("swaks"), QStringLiteral("--include-password")});
    ASSERT_TRUE(console.waitForFinished(30000));
    const QString command = QString::fromUtf8(console.readAllStandardOutput());
    const QString note = QString::fromUtf8(console.readAllStandardError());
    EXPECT_EQ(console.exitCode(), 0) << note.toStdString();
    EXPECT_TRUE(note.startsWith(QStringLiteral("note: the swaks command reads the password from the keychain"))) << note.toStdString();
    EXPECT_FALSE(command.contains(postfix.value("POSTFIX_PASS2")));
    EXPECT_FALSE(command.contains(QStringLiteral("--auth-password")));
    EXPECT_TRUE(command.contains(QStringLiteral("SWAKS_OPT_auth_password="))) << command.toStdString();

    QProcess swaks;
    swaks.setProcessEnvironment(env);
    swaks.start(QStringLiteral("bash"), {QStringLiteral("-c"), command.trimmed() + QStringLiteral(" --quit-after AUTH")});
    swaks.closeWriteChannel(); // a prompt for the password would read end-of-file and fail
    ASSERT_TRUE(swaks.waitForFinished(30000));
    const QString transcript = QString::fromUtf8(swaks.readAllStandardOutput() + swaks.readAllStandardError());
    EXPECT_EQ(swaks.exitCode(), 0) << transcript.toStdString();
    EXPECT_TRUE(transcript.contains(QStringLiteral(" 235 2.7.0"))) << transcript.toStdString();
    // The review of that change: swaks prints the AUTH exchange, and AUTH PLAIN's argument
    // is base64("\0user\0password"), which anybody can decode from a pasted transcript. The
    // line asks swaks to hide it (--auth-hide-password). PLAIN: the profile asks for it (swaks
    // would choose CRAM-MD5 here, which sends no password).
    const QString user = postfix.value("POSTFIX_USER2");
    const QString password = postfix.value("POSTFIX_PASS2");
    const QByteArray plain = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    EXPECT_TRUE(command.contains(QStringLiteral(" --auth-hide-password"))) << command.toStdString();
    EXPECT_TRUE(transcript.contains(QStringLiteral("AUTH PLAIN")))
        << "the exchange is shown, the password is not: " << transcript.toStdString();
    EXPECT_FALSE(transcript.contains(QString::fromLatin1(plain.toBase64()))) << transcript.toStdString();
    EXPECT_FALSE(transcript.contains(QString::fromLatin1(password.toUtf8().toBase64())))
        << "AUTH LOGIN's form: " << transcript.toStdString();
    EXPECT_FALSE(transcript.contains(password)) << transcript.toStdString();

    // Without a stored password, --include-password says that swaks will ask.
    auto [edited, editText] =
        runConsole(home, {QStringLiteral("profile"), QStringLiteral("edit"), name, QStringLiteral("--remove-password")});
    ASSERT_EQ(edited, 0) << editText.toStdString();
    auto [without, withoutText] = runConsole(home, {QStringLiteral("profile"), QStringLiteral("export"), name, QStringLiteral("--format"),
                                                    QStringLiteral("swaks"), QStringLiteral("--include-password")});
    EXPECT_EQ(without, 0) << withoutText.toStdString();
    EXPECT_TRUE(withoutText.contains(QStringLiteral("has no password in the keychain, so swaks will ask for it")))
        << withoutText.toStdString();
    EXPECT_FALSE(withoutText.contains(QStringLiteral("SWAKS_OPT_auth_password")));

    auto [removed, removeText] = runConsole(home, {QStringLiteral("profile"), QStringLiteral("remove"), name});
    EXPECT_EQ(removed, 0) << removeText.toStdString();
}

// A new user's review: an unknown key in an imported .env was reported as "… did you mean
// SMTP_PASS?; it was not imported". One sentence now, the known keys imported as before.
TEST_F(Keychain, ImportNamesAnUnknownKeyInOneSentence)
{
    QTemporaryDir home;
    const QString envPath = home.filePath(QStringLiteral("typo.env"));
    QFile env(envPath);
    ASSERT_TRUE(env.open(QIODevice::WriteOnly));
    env.write("SMTP_HOST=mail.example.com\nSMTP_PASSWORD=hunter2-typo\n");
    env.close();
    auto [imported, text] = runConsole(home, {QStringLiteral("profile"), QStringLiteral("import"), envPath});
    EXPECT_EQ(imported, 0) << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("warning: SMTP_PASSWORD was not imported: it is not a setting the console knows (did you mean SMTP_PASS?)\n")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("?;"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("hunter2-typo"))) << text.toStdString();
    auto [removed, removeText] = runConsole(home, {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("typo")});
    EXPECT_EQ(removed, 0) << removeText.toStdString();
}

// The default profile: chosen with `profile default NAME`, used by `test` when neither
// --profile nor any SMTP_* variable is given; any SMTP_* variable keeps it out (DNS_SERVER
// does not).
TEST_F(Keychain, DefaultProfileIsUsedWithoutProfileOrEnvironment)
{
    const selfmx::test::PostfixInstance &postfix = selfmx::test::PostfixInstance::get();
    ASSERT_TRUE(postfix.isAvailable()) << postfix.whyUnavailable().toStdString();
    QTemporaryDir home;
    auto run = [&home](const QStringList &args, const QHash<QString, QString> &extra, const QByteArray &input = {}) {
        return runConsole(home, args, extra, input);
    };
    const QString name = QStringLiteral("the-default");
    auto [added, addText] =
        run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--host"), QStringLiteral("localhost"),
             QStringLiteral("--port"), postfix.value("POSTFIX_SUBMISSION_PORT"), QStringLiteral("--user"), postfix.value("POSTFIX_USER1"),
             QStringLiteral("--ca-file"), postfix.value("POSTFIX_CA_FILE"), QStringLiteral("--password-stdin")},
            {}, postfix.value("POSTFIX_PASS1").toUtf8() + '\n');
    ASSERT_EQ(added, 0) << addText.toStdString();

    auto [without, withoutText] = run({QStringLiteral("test")}, {});
    EXPECT_EQ(without, 2) << "no default yet: SMTP_HOST is required. " << withoutText.toStdString();
    auto [none, noneText] = run({QStringLiteral("profile"), QStringLiteral("default")}, {});
    EXPECT_EQ(none, 0);
    EXPECT_TRUE(noneText.contains(QStringLiteral("(none)"))) << noneText.toStdString();

    auto [chosen, chosenText] = run({QStringLiteral("profile"), QStringLiteral("default"), name}, {});
    ASSERT_EQ(chosen, 0) << chosenText.toStdString();
    auto [shown, shownText] = run({QStringLiteral("profile"), QStringLiteral("default")}, {});
    EXPECT_TRUE(shownText.contains(name)) << shownText.toStdString();
    auto [tested, testedText] = run({QStringLiteral("test")}, {});
    EXPECT_EQ(tested, 0) << "the default profile, password from the keychain: " << testedText.toStdString();
    auto [environment, environmentText] = run({QStringLiteral("test")}, {{QStringLiteral("SMTP_PORT"), QStringLiteral("1")}});
    EXPECT_EQ(environment, 2) << "an SMTP_* variable means the environment, not the default: " << environmentText.toStdString();
    // A new user's review: that happened without a word. Said once, naming the variables.
    EXPECT_EQ(environmentText.count(QStringLiteral("note: ")), 1) << environmentText.toStdString();
    EXPECT_TRUE(environmentText.contains(
        QStringLiteral("note: SMTP_PORT set in the environment, so the default profile \"%1\" is not used").arg(name)))
        << environmentText.toStdString();
    // The review of that note: DNS_SERVER chooses no mail server, so alone it keeps the
    // default profile (the DNS checks' nameserver over the profile's), without a note.
    auto [dnsOnly, dnsOnlyText] = run({QStringLiteral("test")}, {{QStringLiteral("DNS_SERVER"), QStringLiteral("192.0.2.53")}});
    EXPECT_EQ(dnsOnly, 0) << "DNS_SERVER alone: the default profile is used: " << dnsOnlyText.toStdString();
    EXPECT_FALSE(dnsOnlyText.contains(QStringLiteral("note: "))) << dnsOnlyText.toStdString();
    auto [dnsAndPort, dnsAndPortText] = run({QStringLiteral("test")}, {{QStringLiteral("DNS_SERVER"), QStringLiteral("192.0.2.53")},
                                                                       {QStringLiteral("SMTP_PORT"), QStringLiteral("1")}});
    EXPECT_EQ(dnsAndPort, 2) << dnsAndPortText.toStdString();
    EXPECT_TRUE(dnsAndPortText.contains(
        QStringLiteral("note: SMTP_PORT set in the environment, so the default profile \"%1\" is not used").arg(name)))
        << "the note names the SMTP_* variables only: " << dnsAndPortText.toStdString();
    auto [explicitProfile, explicitText] =
        run({QStringLiteral("test"), QStringLiteral("--profile"), name}, {{QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("10")}});
    EXPECT_EQ(explicitProfile, 0) << explicitText.toStdString();
    EXPECT_FALSE(explicitText.contains(QStringLiteral("note: ")))
        << "with --profile the variables are asked for: " << explicitText.toStdString();
    auto [unknown, unknownText] = run({QStringLiteral("profile"), QStringLiteral("default"), QStringLiteral("no-such")}, {});
    EXPECT_EQ(unknown, 2) << unknownText.toStdString();

    auto [removed, removeText] = run({QStringLiteral("profile"), QStringLiteral("remove"), name}, {});
    EXPECT_EQ(removed, 0) << removeText.toStdString();
    auto [gone, goneText] = run({QStringLiteral("profile"), QStringLiteral("default")}, {});
    EXPECT_TRUE(goneText.contains(QStringLiteral("(none)"))) << "removing the profile clears the default: " << goneText.toStdString();
}

// Every field round-trips: environment -> profile (secrets in the real keyring) -> .env
// export with the secrets -> import -> the same profile, field for field.
TEST_F(Keychain, EveryFieldRoundTripsThroughTheKeyringAndDotEnv)
{
    const QHash<QString, QString> environment = everyField();
    ASSERT_EQ(environment.size(), selfmx::settings::fields().size()) << "every field of the table is covered";
    const selfmx::settings::Parsed parsed = selfmx::settings::parse(environment, {}, AllGroups);
    ASSERT_TRUE(parsed.ok());

    // Environment -> profile, with its two secrets in the keyring.
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Profile p;
    static_cast<selfmx::settings::Configuration &>(p) = parsed.configuration;
    p.name = QStringLiteral("everything");
    ProfileJob *saved = store.saveWithSecrets(p, {{QStringLiteral("SMTP_PASS"), environment.value(QStringLiteral("SMTP_PASS"))},
                                                  {QStringLiteral("API_KEY"), environment.value(QStringLiteral("API_KEY"))}});
    ASSERT_TRUE(finishes(saved));
    ASSERT_TRUE(saved->succeeded()) << saved->errorString().toStdString();
    EXPECT_EQ(changed.count(), 1) << "profilesChanged after a save";
    EXPECT_EQ(secretToolLookup(ProfileStore::secretKey(saved->profile().id, QStringLiteral("API_KEY"))),
              environment.value(QStringLiteral("API_KEY")));
    QFile ini(iniPath());
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    const QByteArray file = ini.readAll();
    EXPECT_FALSE(file.contains(environment.value(QStringLiteral("API_KEY")).toUtf8())) << "secrets only in the keychain";
    EXPECT_TRUE(file.contains("client.example.test")) << "the EHLO name is stored";

    // Resolved back (fields, then both secrets from the keyring): every value as given.
    ProfileResolver resolver(&store);
    ResolveJob *resolved = resolver.resolve(QStringLiteral("everything"), {}, AllGroups);
    QSignalSpy resolvedSpy(resolved, &ResolveJob::finished);
    ASSERT_TRUE(resolvedSpy.wait(10000));
    ASSERT_TRUE(resolved->succeeded()) << int(resolved->failure());
    EXPECT_EQ(selfmx::settings::values(resolved->configuration()), environment);

    // Export with the secrets, import, and compare field for field.
    QHash<QString, QString> secrets;
    for (const QString &key : {QStringLiteral("SMTP_PASS"), QStringLiteral("API_KEY")}) {
        ProfileJob *read = store.readSecret(saved->profile().id, key);
        ASSERT_TRUE(finishes(read));
        ASSERT_TRUE(read->succeeded()) << read->errorString().toStdString();
        secrets.insert(key, read->secret());
    }
    const QString exported = exportEnv(*store.find(QStringLiteral("everything")), secrets);
    const EnvImport imported = importEnv(exported, QStringLiteral("everything"));
    ASSERT_TRUE(imported.ok()) << exported.toStdString();
    EXPECT_TRUE(imported.unknownKeys.isEmpty());
    QHash<QString, QString> back = selfmx::settings::values(imported.profile);
    back.insert(imported.secrets);
    EXPECT_EQ(back, environment) << exported.toStdString();

    // The same through the command line: import the file, export it again.
    QTemporaryDir home;
    const QString envPath = home.filePath(QStringLiteral("prod.env"));
    QFile envFile(envPath);
    ASSERT_TRUE(envFile.open(QIODevice::WriteOnly));
    envFile.write(exported.toUtf8());
    envFile.close();
    auto run = [&home](const QStringList &args) { return runConsole(home, args); };
    EXPECT_EQ(run({QStringLiteral("profile"), QStringLiteral("import"), envPath}).first, 0);
    const auto [exportedStatus, cliExport] =
        run({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("prod"), QStringLiteral("--include-password")});
    EXPECT_EQ(exportedStatus, 0);
    const EnvImport again = importEnv(cliExport, QStringLiteral("prod"));
    QHash<QString, QString> cliBack = selfmx::settings::values(again.profile);
    cliBack.insert(again.secrets);
    EXPECT_EQ(cliBack, environment) << cliExport.toStdString();
    EXPECT_EQ(run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("prod")}).first, 0);
    ProfileJob *removed = store.remove(saved->profile().id);
    ASSERT_TRUE(finishes(removed));
    EXPECT_EQ(secretToolLookup(ProfileStore::secretKey(saved->profile().id, QStringLiteral("API_KEY"))), std::nullopt);
}

// A certificate pin stored with a profile is what `test --profile` uses: the test Postfix's
// certificate (its CA not given) passes only with the pin, and so does a self-signed server's.
TEST_F(Keychain, StoredPinIsUsedByTestProfile)
{
    const selfmx::test::PostfixInstance &postfix = selfmx::test::PostfixInstance::get();
    ASSERT_TRUE(postfix.isAvailable()) << postfix.whyUnavailable().toStdString();
    auto fingerprintOf = [](const QString &pemPath) {
        QFile pem(pemPath);
        if (!pem.open(QIODevice::ReadOnly))
            return QString();
        const QSslCertificate certificate(&pem, QSsl::Pem);
        return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    };
    const QString postfixPin = fingerprintOf(QFileInfo(postfix.value("POSTFIX_CA_FILE")).dir().filePath(QStringLiteral("server.pem")));
    ASSERT_EQ(postfixPin.size(), 95);
    QTemporaryDir home;
    auto run = [&home](const QStringList &args, const QByteArray &input = {}) { return runConsole(home, args, {}, input); };
    const QStringList add = {QStringLiteral("profile"),
                             QStringLiteral("add"),
                             QStringLiteral("pinned"),
                             QStringLiteral("--host"),
                             QStringLiteral("localhost"),
                             QStringLiteral("--port"),
                             postfix.value("POSTFIX_SUBMISSION_PORT"),
                             QStringLiteral("--user"),
                             postfix.value("POSTFIX_USER1"),
                             QStringLiteral("--timeout"),
                             QStringLiteral("5"),
                             QStringLiteral("--password-stdin")};
    const auto [added, addText] = run(add, postfix.value("POSTFIX_PASS1").toUtf8() + '\n');
    ASSERT_EQ(added, 0) << addText.toStdString();
    const auto [unpinned, unpinnedText] = run({QStringLiteral("test"), QStringLiteral("--profile"), QStringLiteral("pinned")});
    EXPECT_EQ(unpinned, 6) << "without the CA or a pin the certificate does not verify: " << unpinnedText.toStdString();

    const auto [edited, editText] =
        run({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("pinned"), QStringLiteral("--tls-pin"), postfixPin});
    ASSERT_EQ(edited, 0) << editText.toStdString();
    const auto [shown, showText] = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("pinned")});
    EXPECT_TRUE(showText.contains(postfixPin.toLower().remove(u':'))) << showText.toStdString();
    const auto [pinned, pinnedText] = run({QStringLiteral("test"), QStringLiteral("--profile"), QStringLiteral("pinned")});
    EXPECT_EQ(pinned, 0) << pinnedText.toStdString();

    // A self-signed server (openssl s_server, implicit TLS): the stored pin gets past TLS.
    selfmx::test::OpensslServer server(QStringLiteral("selfsigned"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    const QString selfSignedPin = fingerprintOf(selfmx::test::faultMatrixCertificates() + QStringLiteral("/selfsigned.pem"));
    ASSERT_EQ(selfSignedPin.size(), 95);
    const QStringList common = {QStringLiteral("--host"),       QStringLiteral("localhost"),  QStringLiteral("--port"),
                                QString::number(server.port()), QStringLiteral("--tls-mode"), QStringLiteral("implicit"),
                                QStringLiteral("--timeout"),    QStringLiteral("2")};
    ASSERT_EQ(run(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("selfsigned")} + common).first, 0);
    const auto [refused, refusedText] = run({QStringLiteral("test"), QStringLiteral("--profile"), QStringLiteral("selfsigned")});
    EXPECT_EQ(refused, 6) << refusedText.toStdString();
    ASSERT_EQ(
        run({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("selfsigned"), QStringLiteral("--tls-pin"), selfSignedPin})
            .first,
        0);
    const auto [past, pastText] = run({QStringLiteral("test"), QStringLiteral("--profile"), QStringLiteral("selfsigned")});
    // s_server speaks SMTP only as far as its one scripted greeting, and that went to the
    // first client: with implicit TLS the handshake comes first, so failing later than TLS
    // (greeting 5 or EHLO 7), never at it (6), is the pin at work.
    EXPECT_TRUE(past == 5 || past == 7) << past << ": " << pastText.toStdString();
    EXPECT_FALSE(pastText.contains(QStringLiteral("tls:"))) << pastText.toStdString();
    EXPECT_FALSE(pastText.contains(QStringLiteral("SMTP_TLS_VERIFY=false"))) << "accepted by the pin, not by turning verification off";
    run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("pinned")});
}

// A save that fails after the keychain was written leaves nothing behind: the secret a new
// profile got is removed again before the job finishes (here the profile file cannot be
// written: a directory stands where it should be).
TEST_F(Keychain, FailedSaveLeavesNoSecretBehind)
{
    QDir().mkpath(iniPath()); // a directory, not a file
    ProfileStore store(iniPath());
    Profile p = sample(QStringLiteral("unwritable"));
    p.id = QStringLiteral("unwritable-profile-id");
    ProfileJob *job = store.save(p, QStringLiteral("must-not-stay"));
    ASSERT_TRUE(finishes(job));
    EXPECT_FALSE(job->succeeded());
    ASSERT_FALSE(job->issues().isEmpty());
    EXPECT_EQ(job->issues()[0].code, QStringLiteral("cannot_write"));
    EXPECT_EQ(secretToolLookup(SecretStore::smtpPasswordKey(p.id)), std::nullopt) << "rolled back before finished()";
}

// On the command line an option given empty clears its setting; a profile whose file holds
// a broken value is not used, exported or edited until that value is set.
TEST_F(Keychain, CliClearsSettingsAndGuardsBrokenProfiles)
{
    QTemporaryDir home;
    auto run = [&home](const QStringList &args) { return runConsole(home, args); };
    const QString pin = QStringLiteral("ab").repeated(32);
    ASSERT_EQ(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("clear-me"), QStringLiteral("--host"),
                   QStringLiteral("mail.example.test"), QStringLiteral("--tls-pin"), pin, QStringLiteral("--sender"),
                   QStringLiteral("Acme <hi@acme.example>")})
                  .first,
              0);
    EXPECT_TRUE(run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("clear-me")}).second.contains(pin));
    const auto [cleared, clearText] = run({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("clear-me"),
                                           QStringLiteral("--tls-pin"), QString(), QStringLiteral("--sender"), QString()});
    ASSERT_EQ(cleared, 0) << clearText.toStdString();
    const QString shown = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("clear-me")}).second;
    EXPECT_FALSE(shown.contains(pin)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("SMTP_FROM"))) << shown.toStdString();

    // Break the stored port by hand.
    const QString ini = home.filePath(QStringLiteral("config/SelfMX/selfmx-console/profiles.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        const QString id = settings.childGroups().value(0);
        ASSERT_FALSE(id.isEmpty());
        settings.setValue(id + QStringLiteral("/SMTP_PORT"), QStringLiteral("70000"));
    }
    const auto [tested, testText] = run({QStringLiteral("test"), QStringLiteral("--profile"), QStringLiteral("clear-me")});
    EXPECT_EQ(tested, 2) << testText.toStdString();
    EXPECT_TRUE(testText.contains(QStringLiteral("SMTP_PORT: \"70000\" is not a port"))) << testText.toStdString();
    EXPECT_TRUE(testText.contains(ini)) << "the file is named: " << testText.toStdString();
    EXPECT_EQ(run({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("clear-me")}).first, 2);
    // list and show showed the default port in its place, exit 0, as if nothing were wrong.
    const auto [listed, listText] = run({QStringLiteral("profile"), QStringLiteral("list")});
    EXPECT_EQ(listed, 0) << listText.toStdString();
    EXPECT_TRUE(listText.contains(QStringLiteral("\"clear-me\" has stored values that break the rules"))) << listText.toStdString();
    const auto [showed, showText] = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("clear-me")});
    EXPECT_EQ(showed, 2) << showText.toStdString();
    EXPECT_TRUE(showText.contains(QStringLiteral("SMTP_PORT: \"70000\" is not a port"))) << showText.toStdString();
    const auto [other, otherText] =
        run({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("clear-me"), QStringLiteral("--user"), QStringLiteral("x")});
    EXPECT_EQ(other, 2) << "an edit that leaves the broken value would write its default over it";
    const auto [fixed, fixText] = run(
        {QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("clear-me"), QStringLiteral("--port"), QStringLiteral("2525")});
    EXPECT_EQ(fixed, 0) << fixText.toStdString();
    EXPECT_EQ(run({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("clear-me")}).first, 0);
}
