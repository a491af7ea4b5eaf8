// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/capabilities.h"
#include "smtp/settings.h"
#include "smtp/types.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <memory>

class QHostInfo;
class QSslSocket;
class QTcpSocket;

namespace selfmx::smtp {
class SmtpSession;
class SendJob;
} // namespace selfmx::smtp

namespace selfmx::diagnostics {
Q_NAMESPACE

enum class Severity { Error, Warning, Info };
Q_ENUM_NS(Severity)

enum class StageStatus { Passed, Failed, Warning, Skipped };
Q_ENUM_NS(StageStatus)

// One thing the diagnosis found: a stable code to search and script on, a one-line title,
// the evidence (the server's or the OS's own words) and the fix.
struct Finding {
    QString code; // "auth.rejected"
    Severity severity = Severity::Info;
    smtp::Stage stage = smtp::Stage::None;
    QString title;
    QString evidence;
    QString fix;
};

struct StageReport {
    smtp::Stage stage = smtp::Stage::None;
    StageStatus status = StageStatus::Skipped;
    qint64 elapsedMs = 0;
    QString summary;
};

struct CertificateInfo {
    QString subject;
    QStringList subjectAltNames;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // "AB:CD:…"
    bool selfSigned = false;
    static CertificateInfo from(const QSslCertificate &certificate);
};

struct Report {
    smtp::Settings settings; // password removed
    QString tlsModeText;
    QDateTime startedAt;
    qint64 totalMs = 0;
    QList<StageReport> stages;
    QList<Finding> findings;
    QStringList addresses;
    QString tlsProtocol;
    QString tlsCipher;
    QList<CertificateInfo> chain;
    smtp::Capabilities capabilitiesBeforeTls;
    smtp::Capabilities capabilities;
    QString authMechanism;
    QString greeting;
    QString transcript; // redacted by the session

    bool ok() const { return firstFailedStage() == smtp::Stage::None; }
    // The stage of the first error, in the order the stages happen (with implicit TLS,
    // TLS comes before the greeting).
    smtp::Stage firstFailedStage() const;
    // The stages in the order they happen for these settings.
    QList<smtp::Stage> stageOrder() const;
    int rank(smtp::Stage stage) const { return int(stageOrder().indexOf(stage)); }
    QJsonObject toJson() const; // schema: docs/diagnostics-json.md
    QString toText() const;     // the ✓/✗ view of the command line
    // Everything for a support request: settings (secrets masked), findings, transcript,
    // versions. Contains no password.
    QString bundle() const;
};

struct Options {
    QString probeSender;    // MAIL FROM probe (then RSET)
    QString probeRecipient; // RCPT TO probe (then RSET)
    bool testSend = false;  // send a real test message to probeRecipient
    QString providerKey;    // for provider-specific hints ("sendgrid"); empty: from the host
    // Probe these addresses instead of the DNS answer (a server whose record does not exist
    // yet, or tests); the SMTP session still connects by SMTP_HOST.
    QList<QHostAddress> addresses;
};

// Runs the staged probe of a server for one set of settings. Every probe is bounded by
// SMTP_TIMEOUT and they run side by side (DNS, TCP per address family, a TLS probe, the
// SMTP session), so a diagnosis ends within the timeout plus a little. finished() once.
class Diagnoser : public QObject
{
    Q_OBJECT
public:
    Diagnoser(smtp::Settings settings, Options options = {}, QObject *parent = nullptr);
    ~Diagnoser() override;

    void start();
    void cancel();
    const Report &report() const { return m_report; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void progress(const QString &what);
    void finished();

private:
    struct FamilyProbe {
        QAbstractSocket::NetworkLayerProtocol family;
        QHostAddress address;
        QPointer<QTcpSocket> socket;
        QElapsedTimer clock;
        bool done = false;
        bool connected = false;
        qint64 connectMs = -1;
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
        QString errorText;
    };

    void onLookedUp(const QHostInfo &info);
    void startFamilyProbes();
    void finishFamily(FamilyProbe &probe);
    void startTlsProbe();
    void startPlaintextProbe();
    void startSession();
    void onSessionFinished();
    void maybeFinish();
    void analyse();
    void addFinding(const QString &code, Severity severity, smtp::Stage stage, const QString &title, const QString &evidence,
                    const QString &fix);
    void analyseSessionError();
    void analyseCertificateErrors(const QList<QSslError> &errors);
    void analyseWorkingSession();
    void analyseTls();
    void buildStages();
    QString portDescription() const;

    smtp::Settings m_settings;
    Options m_options;
    Report m_report;
    QElapsedTimer m_clock;
    QTimer *m_deadline = nullptr;
    bool m_started = false;
    bool m_finished = false;

    int m_lookupId = -1;
    bool m_lookupDone = false;
    bool m_hostNotFound = false;
    QString m_lookupError;
    qint64 m_lookupMs = 0;
    QList<QHostAddress> m_addresses;

    std::vector<std::unique_ptr<FamilyProbe>> m_families;
    bool m_familiesDone = false;

    QPointer<QTcpSocket> m_plaintextProbe; // only after an implicit-TLS handshake failed
    bool m_plaintextProbeDone = true;
    QByteArray m_plaintextGreeting;

    QPointer<QSslSocket> m_tlsProbe;
    bool m_tlsProbeDone = false;
    bool m_tlsProbeSpokeTls = false;

    QPointer<smtp::SmtpSession> m_session;
    QPointer<smtp::SendJob> m_probeJob;
    QPointer<smtp::SendJob> m_sendJob;
    bool m_sessionDone = false;
    // Time the session spent in each stage (it returns to EHLO after STARTTLS, so the
    // durations are summed per stage, not taken from first entries).
    QHash<int, qint64> m_stageMs;
    int m_currentStage = -1;
    qint64 m_currentSince = 0;
};

} // namespace selfmx::diagnostics
