// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "childprocess.h"

#include <QFile>
#include <QProcess>

namespace selfmx::test {

ChildRun runChild(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ChildRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QHash<QString, QString> &dnsFixtureValues()
{
    static const QHash<QString, QString> values = [] {
        QHash<QString, QString> v;
        QFile file(qEnvironmentVariable("SELFMX_DNS_ENV", QStringLiteral(SELFMX_DNS_ENV_DEFAULT)));
        if (!file.open(QIODevice::ReadOnly))
            return v;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                v.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).remove(u'\''));
        }
        return v;
    }();
    return values;
}

} // namespace selfmx::test
