// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The window runs a connection test against the real Postfix without blocking the UI.
#include "postfix.h"

#include "ui/mainwindow.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>

#include <gtest/gtest.h>

using selfmx::test::PostfixInstance;

TEST(MainWindow, TestConnectionAgainstPostfix)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    qputenv("SMTP_HOST", "localhost");
    qputenv("SMTP_PORT", p.value("POSTFIX_SUBMISSION_PORT").toUtf8());
    qputenv("SMTP_USER", p.value("POSTFIX_USER1").toUtf8());
    qputenv("SMTP_PASS", p.value("POSTFIX_PASS1").toUtf8());
    qputenv("SMTP_TLS_CA_FILE", p.value("POSTFIX_CA_FILE").toUtf8());
    selfmx::ui::MainWindow window;
    window.show();
    QSignalSpy finished(&window, &selfmx::ui::MainWindow::testFinished);
    window.startTest();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << window.statusText().toStdString();
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("successful")));
    EXPECT_TRUE(window.transcriptText().contains(QStringLiteral("redacted")));
    EXPECT_FALSE(window.transcriptText().contains(p.value("POSTFIX_PASS1")));
    // SELFMX_SCREENSHOT=path saves the finished window (the README's screenshot).
    if (const QString path = qEnvironmentVariable("SELFMX_SCREENSHOT"); !path.isEmpty()) {
        EXPECT_TRUE(window.grab().save(path));
    }
}

TEST(MainWindow, BadFieldIsNamedAndNothingRuns)
{
    qputenv("SMTP_HOST", "bad host name");
    selfmx::ui::MainWindow window;
    QSignalSpy finished(&window, &selfmx::ui::MainWindow::testFinished);
    window.startTest();
    ASSERT_EQ(finished.count(), 1); // refused at once, before any connection
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("SMTP_HOST")));
}

TEST(MainWindow, DiagnoseNamesTheFault)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    qputenv("SMTP_HOST", "localhost");
    qputenv("SMTP_PORT", p.value("POSTFIX_SUBMISSION_PORT").toUtf8());
    qputenv("SMTP_USER", p.value("POSTFIX_USER1").toUtf8());
    qputenv("SMTP_PASS", "wrong password");
    qputenv("SMTP_TLS_CA_FILE", p.value("POSTFIX_CA_FILE").toUtf8());
    qputenv("SMTP_TIMEOUT", "3");
    selfmx::ui::MainWindow window;
    window.show();
    QSignalSpy finished(&window, &selfmx::ui::MainWindow::diagnosisFinished);
    window.startDiagnosis();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Fails at auth"))) << window.statusText().toStdString();
    EXPECT_TRUE(window.transcriptText().contains(QStringLiteral("[auth.rejected]")));
    if (const QString path = qEnvironmentVariable("SELFMX_SCREENSHOT_DIAGNOSE"); !path.isEmpty()) {
        EXPECT_TRUE(window.grab().save(path));
    }
    qunsetenv("SMTP_TIMEOUT");
}
