// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Where the program and its modules are, without Qt (runtime/moduletrust.h): what
// selfmx-console's launcher decides before any Qt library is loaded.
#include "runtime/moduletrust.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using selfmx::runtime::findModule;
using selfmx::runtime::locateProgram;
using selfmx::runtime::moduleDirectory;

namespace {

// A directory with an executable `name` in it; the path, canonical.
std::string makeProgram(const QTemporaryDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_TRUE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    return QDir(dir.path()).canonicalPath().toStdString() + '/' + name.toStdString();
}

// SELFMX_MODULE_DIR unset for one test (the runner sets it), restored after.
class WithoutModuleDirVariable : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_saved = qgetenv("SELFMX_MODULE_DIR");
        qunsetenv("SELFMX_MODULE_DIR");
    }
    void TearDown() override { qputenv("SELFMX_MODULE_DIR", m_saved); }

private:
    QByteArray m_saved;
};

} // namespace

// Without /proc the program is found as Qt's applicationFilePath() finds it: a path with a
// slash from the current directory, a bare name through PATH (an empty entry being the
// current directory), never a name that is not there or not executable.
TEST(ProgramLocation, FoundFromArgv0AsTheShellFoundIt)
{
    QTemporaryDir bin;
    QTemporaryDir elsewhere;
    ASSERT_TRUE(bin.isValid() && elsewhere.isValid());
    const std::string program = makeProgram(bin, QStringLiteral("selfmx-console"));
    const std::string binDir = bin.path().toStdString();
    EXPECT_EQ(locateProgram(program, "/", ""), program);
    EXPECT_EQ(locateProgram("./selfmx-console", binDir, ""), program);
    EXPECT_EQ(locateProgram("selfmx-console", "/", elsewhere.path().toStdString() + ':' + binDir), program);
    EXPECT_EQ(locateProgram("selfmx-console", binDir, elsewhere.path().toStdString() + "::"), program);
    EXPECT_EQ(locateProgram("selfmx-console", "/", elsewhere.path().toStdString()), "");
    EXPECT_EQ(locateProgram("selfmx-console", "/", ""), "");
    EXPECT_EQ(locateProgram("", binDir, binDir), "");
    QFile::setPermissions(QString::fromStdString(program), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(locateProgram("selfmx-console", "/", binDir), "") << "not executable";
}

// A program whose place is not known looks for modules nowhere: never in a directory
// relative to wherever it was started from (a review found ../lib/selfmx-console taken from
// the current directory when /proc was missing).
TEST_F(WithoutModuleDirVariable, NoModuleDirectoryForAProgramOfUnknownPlace)
{
    EXPECT_EQ(moduleDirectory(""), "");
    EXPECT_EQ(moduleDirectory("bin"), "");
    EXPECT_EQ(moduleDirectory("/usr/bin"), "/usr/lib/selfmx-console");
    EXPECT_EQ(moduleDirectory("/usr/libexec/selfmx-console"), "/usr/lib/selfmx-console");
    const selfmx::runtime::ModuleFile found = findModule("", "selfmx-window.so");
    EXPECT_FALSE(found.exists);
    EXPECT_TRUE(found.path.empty());
    EXPECT_NE(found.problem.find("cannot be told"), std::string::npos) << found.problem;
}

// A directory given with a trailing slash names its files with one.
TEST(ModuleTrust, ADirectoryWithATrailingSlashNamesItsFilesOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::string module = makeProgram(dir, QStringLiteral("selfmx-test.so"));
    const selfmx::runtime::ModuleFile found = findModule(QDir(dir.path()).canonicalPath().toStdString() + "/", "selfmx-test.so");
    EXPECT_EQ(found.path, module) << found.problem;
}
