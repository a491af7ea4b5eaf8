// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
// GoogleTest's main with a Qt application object, so tests can wait on signals.
#include "runtime/eventloops.h"

#include <QStandardPaths>

#include <gtest/gtest.h>

#ifdef SELFMX_TEST_GUI
#include <QApplication>
using Application = QApplication;
#else
#include <QCoreApplication>
using Application = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // Tests never touch a real user's settings or keychain folders.
    QStandardPaths::setTestModeEnabled(true);
    // The keychain module of this build, wherever the test binary sits in the build tree.
    if (qEnvironmentVariableIsEmpty("SELFMX_MODULE_DIR"))
        qputenv("SELFMX_MODULE_DIR", SELFMX_MODULE_DIR_DEFAULT);
#ifdef SELFMX_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    selfmx::runtime::useQtEventLoopsInWorkerThreads(); // as the programs do
    Application app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
