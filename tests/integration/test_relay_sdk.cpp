// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The official Resend Node SDK (npm `resend`, installed into the build tree from
// tests/node/package.json), run unchanged with RESEND_BASE_URL against the relay.
#include "mimecheck.h"
#include "postfix.h"

#include "relay/relayserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>

using selfmx::test::PostfixInstance;
using namespace selfmx;

namespace {

const QString kNodeDir = QStringLiteral(SELFMX_NODE_DIR);
const QString kSourceDir = QStringLiteral(SELFMX_NODE_SOURCE_DIR);

// Runs a program to its end, the event loop turning (the relay lives on this thread).
bool run(QProcess &process, const QString &program, const QStringList &arguments, int timeoutMs)
{
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return false;
    return finished.wait(timeoutMs);
}

TEST(RelaySdk, ResendNodeSdkRunsUnchanged)
{
    ASSERT_TRUE(PostfixInstance::get().isAvailable()) << PostfixInstance::get().whyUnavailable().toStdString();
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    ASSERT_FALSE(node.isEmpty()) << "node is missing: scripts/install-deps.sh installs nodejs";
    ASSERT_FALSE(npm.isEmpty()) << "npm is missing: scripts/install-deps.sh installs npm";

    // The SDK, pinned by tests/node/package.json, installed once into the build tree.
    QDir().mkpath(kNodeDir);
    for (const char *name : {"package.json", "resend_sdk.mjs"}) {
        const QString target = kNodeDir + u'/' + QString::fromLatin1(name);
        QFile::remove(target);
        ASSERT_TRUE(QFile::copy(kSourceDir + u'/' + QString::fromLatin1(name), target)) << name;
    }
    if (!QFile::exists(kNodeDir + QStringLiteral("/node_modules/resend/package.json"))) {
        QProcess install;
        install.setWorkingDirectory(kNodeDir);
        ASSERT_TRUE(run(install, npm,
                        {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                         QStringLiteral("--fetch-retries=1"), QStringLiteral("--fetch-timeout=30000")},
                        100000));
        const QString npmSaid = QString::fromUtf8(install.readAllStandardError());
        // The registry out of reach (no network, or a TLS-inspecting proxy whose CA this
        // machine lacks) says nothing about the relay: the test is skipped, visibly, with
        // npm's words. Anything else npm says is a failure.
        static const QStringList unreachable = {QStringLiteral("SELF_SIGNED_CERT_IN_CHAIN"),
                                                QStringLiteral("UNABLE_TO_GET_ISSUER_CERT"),
                                                QStringLiteral("ENOTFOUND"),
                                                QStringLiteral("EAI_AGAIN"),
                                                QStringLiteral("ECONNREFUSED"),
                                                QStringLiteral("ETIMEDOUT"),
                                                QStringLiteral("ENETUNREACH")};
        if (install.exitCode() != 0
            && std::any_of(unreachable.cbegin(), unreachable.cend(), [&npmSaid](const QString &code) { return npmSaid.contains(code); }))
            GTEST_SKIP() << "the npm registry cannot be reached from this machine: " << npmSaid.left(400).toStdString();
        ASSERT_EQ(install.exitCode(), 0) << npmSaid.toStdString();
    }

    QTemporaryDir dir;
    relay::RelayOptions options;
    options.smtp = PostfixInstance::get().settings("POSTFIX_SUBMISSION_PORT");
    options.relay.port = 0;
    options.relay.apiKey = QStringLiteral("sdk-test-key-0123456789abcdef");
    options.queuePath = dir.filePath(QStringLiteral("q.sqlite"));
    relay::RelayServer server(options);
    QString error;
    ASSERT_TRUE(server.start(&error)) << error.toStdString();

    const QString mark = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcess sdk;
    sdk.setWorkingDirectory(kNodeDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RESEND_BASE_URL"), QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    env.insert(QStringLiteral("RELAY_KEY"), options.relay.apiKey);
    env.insert(QStringLiteral("MARK"), mark);
    sdk.setProcessEnvironment(env);
    ASSERT_TRUE(run(sdk, node, {kNodeDir + QStringLiteral("/resend_sdk.mjs")}, 30000));
    const QByteArray output = sdk.readAllStandardOutput();
    ASSERT_EQ(sdk.exitCode(), 0) << sdk.readAllStandardError().toStdString();
    const QJsonObject out = QJsonDocument::fromJson(output).object();
    ASSERT_FALSE(out.isEmpty()) << output.toStdString();
    auto data = [&out](const char *call) {
        return out.value(QString::fromLatin1(call)).toObject().value(QStringLiteral("data")).toObject();
    };
    auto failure = [&out](const char *call) {
        return out.value(QString::fromLatin1(call)).toObject().value(QStringLiteral("error")).toObject();
    };

    const QString id = data("send").value(QStringLiteral("id")).toString();
    EXPECT_FALSE(id.isEmpty()) << output.toStdString();
    EXPECT_EQ(data("get").value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(data("get").value(QStringLiteral("object")).toString(), QStringLiteral("email"));
    EXPECT_EQ(data("batch").value(QStringLiteral("data")).toArray().size(), 2);
    EXPECT_FALSE(data("cancel").value(QStringLiteral("id")).toString().isEmpty());
    EXPECT_EQ(data("canceled").value(QStringLiteral("last_event")).toString(), QStringLiteral("canceled"));
    EXPECT_EQ(failure("invalid").value(QStringLiteral("name")).toString(), QStringLiteral("validation_error"));
    EXPECT_EQ(failure("wrongKey").value(QStringLiteral("name")).toString(), QStringLiteral("invalid_api_key"));
    EXPECT_EQ(failure("wrongKey").value(QStringLiteral("statusCode")).toInt(), 401);

    EXPECT_FALSE(PostfixInstance::get().waitForMessage("X-Selfmx-Test: " + mark.toUtf8()).isEmpty());
    EXPECT_FALSE(PostfixInstance::get().waitForMessage("X-Selfmx-Batch: " + mark.toUtf8()).isEmpty());

    // inline_content_id: the image is an inline part with that Content-ID in Postfix's copy.
    EXPECT_FALSE(data("inline").value(QStringLiteral("id")).toString().isEmpty()) << output.toStdString();
    const QByteArray inlined = PostfixInstance::get().waitForMessage("X-Selfmx-Inline: " + mark.toUtf8());
    ASSERT_FALSE(inlined.isEmpty());
    QJsonObject parsed = test::parseWithPython(inlined, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QJsonArray attachments = parsed.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 1) << inlined.toStdString();
    EXPECT_EQ(attachments.first().toObject().value(QStringLiteral("content_id")).toString(), QStringLiteral("<logo-sdk>"));
    EXPECT_EQ(attachments.first().toObject().value(QStringLiteral("disposition")).toString(), QStringLiteral("inline"));

    // A Node Buffer as content arrives as the same bytes.
    EXPECT_FALSE(data("buffer").value(QStringLiteral("id")).toString().isEmpty()) << output.toStdString();
    const QByteArray buffered = PostfixInstance::get().waitForMessage("X-Selfmx-Buffer: " + mark.toUtf8());
    ASSERT_FALSE(buffered.isEmpty());
    parsed = test::parseWithPython(buffered, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    attachments = parsed.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 1) << buffered.toStdString();
    EXPECT_EQ(attachments.first().toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("buffer.txt"));
    EXPECT_EQ(attachments.first().toObject().value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(QByteArray("buffer " + mark.toUtf8()), QCryptographicHash::Sha256).toHex()));
}

} // namespace
