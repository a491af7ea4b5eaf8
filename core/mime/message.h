// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "address.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace selfmx::mime {

// A file to attach: from memory (data) or from disk (filePath, read as it is sent).
// A non-empty contentId makes it an inline part for <img src="cid:...">.
struct Attachment {
    QString filename;    // shown to the recipient; defaults to the file's name
    QString contentType; // empty: guessed from the name and content (QMimeDatabase)
    QString contentId;
    QByteArray data;
    QString filePath;
};

// `instant` in the system's local time, as a QDateTime with a fixed offset from UTC
// (Qt::OffsetFromUTC): what a Date header shows, equal to instant.toLocalTime() in date, time
// and offset. Each QDateTime local-time conversion makes glibc stat the zone file; this asks
// the system at most once per second of `instant` per second of wall time (and when TZ
// changes), per thread. Offsets change only on whole seconds (DST), so the cache is exact for
// the instant; a new zone file is seen within a second.
QDateTime localDateTime(const QDateTime &instant);
// localDateTime(now).
QDateTime localNow();

// What `send`, the window and the relay compose.
struct Message {
    Mailbox from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc; // envelope only, never a header
    QList<Mailbox> replyTo;
    QString subject;
    QString text;
    QString html;
    QList<std::pair<QString, QString>> headers; // custom, validated
    QList<Attachment> attachments;
    QDateTime date = localNow(); // the Date header: local time with its offset
    QByteArray messageId;        // "<id@domain>"; empty: generated
};

// What the server allows, known once connected.
struct BuildOptions {
    bool allow8bit = false; // 8BITMIME offered: short UTF-8 lines go as 8bit
};

// What is wrong with a message before it is built. Data, not a sentence: the front ends
// word it (text::MimeText), the relay's API in its own English.
enum class BuildProblem {
    BadAddress,           // `address` says what; code() is the address's code
    DisplayNameLineBreak, // "message.display_name_line_break": value = the display name
    SenderMissing,        // "message.sender_missing"
    RecipientMissing,     // "message.recipient_missing": no to, cc or bcc
    LineBreak,            // "message.line_break": in the subject, a header, an attachment's name/type/id
    BadHeaderName,        // "message.bad_header_name"
    ReservedHeader,       // "message.reserved_header": set from the message itself
    BadContentType,       // "attachment.bad_content_type": value = the content type
    BadContentId,         // "attachment.bad_content_id": value = the content id (RFC 2392)
    NotRegularFile,       // "attachment.not_a_regular_file": value = the path
    UnreadableFile,       // "attachment.unreadable": value = the path, detail = the system's words
    ChangedSize,          // "attachment.changed_size": value = the path; only while the message is read
};

// One problem with one field. `field` is the message's field it concerns: "from", "to",
// "cc", "bcc", "reply_to", "subject", "header" or "attachment"; `name` is the header's name
// or the attachment's file name.
struct BuildIssue {
    BuildProblem problem = BuildProblem::BadAddress;
    QString field;
    QString name;
    QString value;
    QString detail;
    AddressError address; // BadAddress
    // A stable code for JSON and logs ("message.line_break", "address.misplaced_dot").
    QString code() const;
    // "subject: message.line_break": for logs, never shown to people.
    QString toString() const;
};

// Why reading a MessageStream failed. QIODevice carries only a string, so errorString() is
// "attachment.unreadable: PATH: the system's words" or "attachment.changed_size: PATH";
// this reads it back (field "attachment", value the path). nullopt: another device's words.
std::optional<BuildIssue> parseStreamFailure(const QString &errorString);

// The encoded message as a device that produces its bytes as they are read: attachments
// are base64-encoded chunk by chunk from their files, so a 25 MiB attachment is never held
// whole. The size is exact and known before the first byte (for SMTP SIZE=).
class MessageStream : public QIODevice
{
    Q_OBJECT
public:
    ~MessageStream() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override; // only to the start: a retry re-reads from 0
    bool eightBit() const { return m_eightBit; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    friend class MessageBuilder;
    struct Segment {
        QByteArray bytes; // literal bytes, or
        QString filePath; // base64 of this file, or
        QByteArray data;  // base64 of these bytes
        bool base64 = false;
        qint64 encodedSize = 0;
    };
    MessageStream() = default;
    bool fillBuffer(QString *error);

    QList<Segment> m_segments;
    qint64 m_size = 0;
    bool m_eightBit = false;
    qsizetype m_segment = 0;
    qint64 m_sourceOffset = 0;
    std::unique_ptr<QIODevice> m_source;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
};

class MessageBuilder
{
public:
    // Every problem at once, each naming its field. An empty list: the message can be built.
    static QList<BuildIssue> validate(const Message &message);
    // MAIL FROM and RCPT TO: bare addresses, To + Cc + Bcc, without duplicates.
    static QString envelopeSender(const Message &message);
    static QStringList envelopeRecipients(const Message &message);
    // True when an address needs SMTPUTF8 (a non-ASCII local part).
    static bool needsSmtpUtf8(const Message &message);
    // The streaming form; nullptr with *issues set when validate() would complain.
    static std::unique_ptr<MessageStream> open(const Message &message, const BuildOptions &options, QList<BuildIssue> *issues);
    // The whole message in memory (small messages and tests).
    static QByteArray build(const Message &message, const BuildOptions &options = {});
};

// "<random@domain-of-sender>" (RFC 5322 §3.6.4), unique per call.
QByteArray makeMessageId(const QString &senderAddress);
// RFC 5322 §3.3 date-time with the local offset: "Wed, 25 Nov 2026 20:30:00 +0100".
QByteArray formatDate(const QDateTime &dateTime);

} // namespace selfmx::mime
