// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// How selfmx-console loads the window module (app/helperprogram.h openWindowModule), with
// stand-ins for the module (window_module_stand_ins.cpp).
#include "helperprogram.h"
#include "runtime/moduletrust.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using selfmx::app::openWindowModule;
using selfmx::app::WindowEntry;

// The libraries under the window are bound as under a program of their own: a function is
// bound when first called, unless its library was linked to bind at once. (Loading the
// module binding every function of every library under it cost about 4 % of the window's
// start; the stand-in library calls a function defined nowhere from a function nobody
// calls, which a program never notices and an eager load refuses.)
TEST(WindowModule, LibrariesUnderItBindAsUnderAProgram)
{
    const WindowEntry entry = openWindowModule(SELFMX_STAND_IN_WINDOW);
    ASSERT_NE(entry, nullptr);
    char name[] = "selfmx-console";
    char *argv[] = {name, nullptr};
    EXPECT_EQ(entry(1, argv), selfmx::runtime::bindsModulesDeep() ? 141 : 41);
}

// The module itself is linked to bind at once: one of its own functions missing fails the
// load (then selfmx-console execs selfmx-console-gui), not the window half-way.
TEST(WindowModule, AFunctionMissingFromTheModuleFailsTheLoad)
{
    testing::internal::CaptureStderr();
    const WindowEntry entry = openWindowModule(SELFMX_BROKEN_WINDOW);
    const std::string said = testing::internal::GetCapturedStderr();
    EXPECT_EQ(entry, nullptr);
    EXPECT_NE(said.find("selfmx_defined_nowhere"), std::string::npos) << said;
    EXPECT_NE(said.find("starting selfmx-console-gui instead"), std::string::npos) << said;
}

namespace {

// The exit status of selfmx-console running the stand-in as its window module (found through
// SELFMX_MODULE_DIR) with `extra` in its environment.
int launcherStatus(const QProcessEnvironment &extra)
{
    QTemporaryDir modules;
    if (!modules.isValid() || !QFile::copy(QStringLiteral(SELFMX_STAND_IN_WINDOW), modules.filePath(QStringLiteral("selfmx-window.so"))))
        return -1;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert(QStringLiteral("SELFMX_MODULE_DIR"), modules.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(SELFMX_CONSOLE_DEFAULT), {});
    if (!console.waitForFinished(30000) || console.exitStatus() != QProcess::NormalExit)
        return -1;
    return console.exitCode();
}

} // namespace

// selfmx-console's launcher opens the window module the same way: the stand-in runs in the
// command's process, lazily bound, and its exit status (40 + argc, 100 more when bound deep)
// is the command's. It binds the module deep: the module's own libraries before the
// program's (here before the C library's getpagesize()), so Qt's symbols are not first looked
// up in the C and C++ runtimes the launcher has (failed before: 41). Not when a library is
// preloaded, which must keep taking the calls it takes (a malloc replacement, a debugging
// tool), nor in a sanitizer build.
TEST(WindowModule, TheLauncherRunsItLazilyAndDeepBoundUnlessALibraryIsPreloaded)
{
    EXPECT_EQ(launcherStatus({}), selfmx::runtime::bindsModulesDeep() ? 141 : 41);
#if defined(SELFMX_SANITIZED_BUILD)
    // Deep binding is off here; and AddressSanitizer's runtime refuses to start behind a
    // preloaded library.
    EXPECT_FALSE(selfmx::runtime::bindsModulesDeep());
#else
    QProcessEnvironment preloaded;
    preloaded.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("libm.so.6")); // one the launcher has anyway
    EXPECT_EQ(launcherStatus(preloaded), 41);
    if (QFileInfo(QStringLiteral("/etc/ld.so.preload")).size() == 0 && qEnvironmentVariableIsEmpty("LD_PRELOAD")) {
        EXPECT_TRUE(selfmx::runtime::bindsModulesDeep()); // nothing preloaded
    }
    const QByteArray before = qgetenv("LD_PRELOAD");
    qputenv("LD_PRELOAD", "libm.so.6");
    EXPECT_FALSE(selfmx::runtime::bindsModulesDeep());
    if (before.isEmpty())
        qunsetenv("LD_PRELOAD");
    else
        qputenv("LD_PRELOAD", before);
#endif
}
