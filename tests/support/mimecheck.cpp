// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mimecheck.h"

#include <QJsonDocument>
#include <QProcess>

namespace selfmx::test {

QJsonObject parseWithPython(const QByteArray &message, QString *error)
{
    QProcess python;
    // Debian's interpreter, not whatever python3 is first on PATH: the standard library only.
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SELFMX_MIMECHECK_SCRIPT)});
    if (!python.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start /usr/bin/python3: ") + python.errorString();
        return {};
    }
    python.write(message);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = QStringLiteral("mimecheck.py failed: ") + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("mimecheck.py printed no JSON: ") + parseError.errorString();
        return {};
    }
    return document.object();
}

} // namespace selfmx::test
