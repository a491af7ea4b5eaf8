// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// How selfmx-console loads the window module (app/helperprogram.h openWindowModule), with
// stand-ins for the module (window_module_stand_ins.cpp).
#include "helperprogram.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
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
    EXPECT_EQ(entry(1, argv), 41);
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

// selfmx-console's launcher opens the window module the same way: the stand-in, found as the
// window's module through SELFMX_MODULE_DIR, runs in the command's process and its exit
// status (40 + argc) is the command's.
TEST(WindowModule, TheLauncherRunsItLazilyBoundToo)
{
    QTemporaryDir modules;
    ASSERT_TRUE(modules.isValid());
    ASSERT_TRUE(QFile::copy(QStringLiteral(SELFMX_STAND_IN_WINDOW), modules.filePath(QStringLiteral("selfmx-window.so"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SELFMX_MODULE_DIR"), modules.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(SELFMX_CONSOLE_DEFAULT), {});
    ASSERT_TRUE(console.waitForFinished(30000));
    EXPECT_EQ(console.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(console.exitCode(), 41) << console.readAllStandardError().toStdString();
}
