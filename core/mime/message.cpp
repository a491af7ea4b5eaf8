// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "message.h"

#include "encoding.h"

#include "runtime/randombytes.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QSet>
#include <QUrl>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace selfmx::mime {

// ---------------------------------------------------------------------------------------
// Small pieces

QByteArray formatDate(const QDateTime &dateTime)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absOffset = std::abs(offsetMinutes);
    // Locale-independent on purpose: RFC 5322 names are English, and %d writes ASCII digits
    // in every locale. One buffer, not a string per field (every message has a Date).
    char text[64];
    const int n = std::snprintf(text, sizeof text, "%s, %d %s %d %02d:%02d:%02d %c%02d%02d", days[date.dayOfWeek() - 1], date.day(),
                                months[date.month() - 1], date.year(), time.hour(), time.minute(), time.second(),
                                offsetMinutes < 0 ? '-' : '+', absOffset / 60, absOffset % 60);
    return QByteArray(text, qBound(0, n, int(sizeof text) - 1));
}

QDateTime localDateTime(const QDateTime &instant)
{
    // A few entries: the relay's delivery thread alternates between now (a message's default
    // date) and the second its message was accepted.
    struct Entry {
        qint64 instantSecond = std::numeric_limits<qint64>::min();
        qint64 askedSecond = 0; // wall-clock second of the asking
        int offsetSeconds = 0;
        std::string tz; // the TZ variable then ("" when unset)
    };
    thread_local std::array<Entry, 4> cache;
    thread_local size_t nextSlot = 0;
    const qint64 msecs = instant.toMSecsSinceEpoch();
    const qint64 second = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    const qint64 nowSecond = QDateTime::currentSecsSinceEpoch();
    const char *tzValue = std::getenv("TZ");
    const std::string_view tz = tzValue ? std::string_view(tzValue) : std::string_view();
    for (const Entry &e : cache) {
        if (e.instantSecond == second && e.askedSecond == nowSecond && e.tz == tz)
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, e.offsetSeconds);
    }
    Entry &entry = cache.at(nextSlot);
    nextSlot = (nextSlot + 1) % cache.size();
    entry.instantSecond = second;
    entry.askedSecond = nowSecond;
    entry.tz = std::string(tz);
    entry.offsetSeconds = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime).offsetFromUtc();
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, entry.offsetSeconds);
}

QDateTime localNow()
{
    return localDateTime(QDateTime::currentDateTimeUtc());
}

QByteArray makeMessageId(const QString &senderAddress)
{
    const qsizetype at = senderAddress.lastIndexOf(u'@');
    const QStringView domain = at < 0 ? QStringView() : QStringView(senderAddress).mid(at + 1);
    QByteArray right;
    if (domain.startsWith(u'[') && domain.endsWith(u']') && isPrintableAscii(domain) && !domain.contains(u' '))
        right = domain.toLatin1(); // a domain literal is a valid id-right (RFC 5322 §3.6.4 no-fold-literal)
    else if (isPlainHostName(domain))
        right = domain.toLatin1().toLower(); // what QUrl::toAce gives for it, without IDNA's cost
    else if (!domain.isEmpty())
        right = QUrl::toAce(domain.toString());
    if (right.isEmpty())
        right = "selfmx-console.invalid";
    QByteArray random(16, Qt::Uninitialized);
    runtime::fillRandom(random.data(), size_t(random.size()));
    return '<' + random.toHex() + '@' + right + '>';
}

namespace {

const QStringList &reservedHeaders()
{
    // Set from the message's own fields; a custom header of these names would contradict them.
    static const QStringList names = {
        QStringLiteral("from"),
        QStringLiteral("to"),
        QStringLiteral("cc"),
        QStringLiteral("bcc"),
        QStringLiteral("reply-to"),
        QStringLiteral("subject"),
        QStringLiteral("date"),
        QStringLiteral("message-id"),
        QStringLiteral("mime-version"),
        QStringLiteral("content-type"),
        QStringLiteral("content-transfer-encoding"),
        QStringLiteral("content-disposition"),
        QStringLiteral("content-id"),
    };
    return names;
}

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

// RFC 5322 §2.2: a field name is printable US-ASCII except ':' (33-126).
// RFC 2392: a Content-ID is a msg-id; "<...>" around it is optional here. Kept to
// characters a cid: URL needs no escaping for, so the HTML's reference matches byte for byte.
bool isValidContentId(QString id)
{
    if (id.startsWith(u'<') && id.endsWith(u'>'))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty() || id.size() > 200)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_'
               || u == u'@' || u == u'+' || u == u'=' || u == u'$';
    });
}

bool isValidHeaderName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 76
           && std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() >= 33 && c.unicode() <= 126 && c != u':'; });
}

// RFC 6838 §4.2: a type and a subtype of at most 127 characters each.
constexpr qsizetype MaxContentTypeLength = 255;

// The kernel's files (procfs, sysfs) report size 0 and have content. Such a file is read
// whole when the message is built, so SIZE= and the part's length are exact; one larger
// than this is refused like a device.
constexpr qint64 UnsizedFileLimit = qint64(16) * 1024 * 1024;

enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable };

// The lightest encoding that keeps the text intact: 7bit for short ASCII lines, 8bit for
// short UTF-8 lines when the server offers 8BITMIME, quoted-printable otherwise.
TransferEncoding chooseEncoding(const QByteArray &utf8, bool allow8bit)
{
    bool eightBit = false;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\n') {
            lineLength = 0;
            continue;
        }
        if (c == '\0' || (c == '\r' && (i + 1 >= utf8.size() || utf8[i + 1] != '\n')))
            return TransferEncoding::QuotedPrintable;
        if (c == '\r')
            continue;
        if (static_cast<unsigned char>(c) >= 0x80)
            eightBit = true;
        if (++lineLength > MaxLineLength)
            return TransferEncoding::QuotedPrintable;
    }
    if (!eightBit)
        return TransferEncoding::SevenBit;
    return allow8bit ? TransferEncoding::EightBit : TransferEncoding::QuotedPrintable;
}

QByteArray toCrlf(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 40);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            out.append('\r');
        out.append(text[i]);
    }
    return out;
}

QByteArray makeBoundary()
{
    // "=_" can never occur in quoted-printable or base64 output, so no encoded part can
    // contain the boundary; 7bit/8bit parts are checked by the caller.
    QByteArray random(12, Qt::Uninitialized);
    runtime::fillRandom(random.data(), size_t(random.size()));
    return "=_selfmx_" + random.toHex();
}

// A node of the MIME tree: a leaf with a body, or a multipart with children.
struct Node {
    QByteArray headers; // complete header lines, each ending in CRLF
    QByteArray body;    // an encoded leaf body
    int attachment = -1;
    QByteArray multipartType; // "mixed", "alternative", "related"; empty for a leaf
    QList<Node> children;
};

Node textNode(const QString &text, const char *subtype, bool allow8bit, bool *eightBitUsed)
{
    const QByteArray utf8 = text.toUtf8();
    Node node;
    node.headers = QByteArray("Content-Type: text/") + subtype + "; charset=UTF-8\r\n";
    switch (chooseEncoding(utf8, allow8bit)) {
    case TransferEncoding::SevenBit:
        node.headers += "Content-Transfer-Encoding: 7bit\r\n";
        node.body = toCrlf(utf8);
        break;
    case TransferEncoding::EightBit:
        node.headers += "Content-Transfer-Encoding: 8bit\r\n";
        node.body = toCrlf(utf8);
        *eightBitUsed = true;
        break;
    case TransferEncoding::QuotedPrintable:
        node.headers += "Content-Transfer-Encoding: quoted-printable\r\n";
        node.body = quotedPrintable(utf8);
        break;
    }
    return node;
}

// `content`: a file's bytes already read (a file that reports size 0), so it is not read again.
QString guessContentType(const Attachment &attachment, const QByteArray *content)
{
    if (!attachment.contentType.isEmpty())
        return attachment.contentType;
    static const QMimeDatabase database;
    const QMimeType type = attachment.filePath.isEmpty() ? database.mimeTypeForFileNameAndData(attachment.filename, attachment.data)
                           : content ? database.mimeTypeForFileNameAndData(QFileInfo(attachment.filePath).fileName(), *content)
                                     : database.mimeTypeForFile(attachment.filePath);
    return type.isValid() ? type.name() : QStringLiteral("application/octet-stream");
}

QString attachmentName(const Attachment &attachment)
{
    if (!attachment.filename.isEmpty())
        return attachment.filename;
    if (!attachment.filePath.isEmpty())
        return QFileInfo(attachment.filePath).fileName();
    return QStringLiteral("attachment");
}

Node attachmentNode(const Attachment &attachment, int index, const QByteArray *content)
{
    const QString name = attachmentName(attachment);
    Node node;
    node.attachment = index;
    QList<QByteArray> typeWords = {guessContentType(attachment, content).toLatin1() + ';'};
    // RFC 2047 in name= is not standard, but old clients read nothing else (RFC 2231 §1).
    if (isPrintableAscii(name)) {
        typeWords += parameterWords("name", name);
    } else {
        // One foldable word each: a long name must not become one line past the limit
        // (folding inside a quoted string is allowed, RFC 5322 §3.2.4).
        QList<QByteArray> words = encodedWords(name);
        words.first().prepend("name=\"");
        words.last().append('"');
        typeWords += words;
    }
    node.headers += foldHeader("Content-Type", typeWords);
    node.headers += "Content-Transfer-Encoding: base64\r\n";
    QList<QByteArray> disposition = {attachment.contentId.isEmpty() ? QByteArray("attachment;") : QByteArray("inline;")};
    disposition += parameterWords("filename", name);
    node.headers += foldHeader("Content-Disposition", disposition);
    if (!attachment.contentId.isEmpty()) {
        QString id = attachment.contentId;
        if (!id.startsWith(u'<'))
            id = u'<' + id + u'>';
        node.headers += "Content-ID: " + id.toLatin1() + "\r\n";
    }
    return node;
}

Node multipart(const QByteArray &type, QList<Node> children)
{
    Node node;
    node.multipartType = type;
    node.children = std::move(children);
    return node;
}

// What validation found of an attachment's file.
struct FileCheck {
    std::optional<BuildProblem> problem;
    QString detail;       // UnreadableFile: the system's words
    bool unsized = false; // it reported size 0: `content` is all of it, read once
    QByteArray content;
};

FileCheck checkFile(const QString &path)
{
    FileCheck result;
    // A device, pipe or directory has no size to declare (SIZE=, base64 lengths) and may
    // never end (/dev/zero): only regular files are attached.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        result.problem = BuildProblem::NotRegularFile;
        return result;
    }
#ifdef Q_OS_UNIX
    // O_NONBLOCK: a pipe put in the file's place does not hang the open, and a kernel file
    // that waits for data (tracefs' trace_pipe, /proc/kmsg) answers EAGAIN instead of
    // blocking the validation forever. Regular files on disk ignore the flag.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        result.problem = BuildProblem::UnreadableFile;
        result.detail = qt_error_string(errno);
        return result;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        result.problem = BuildProblem::UnreadableFile;
        result.detail = qt_error_string(errno);
    } else if (!S_ISREG(status.st_mode)) {
        result.problem = BuildProblem::NotRegularFile;
    } else if (status.st_size == 0) {
        // Read whole now, once (see UnsizedFileLimit), and these bytes are what is sent: a
        // kernel file's content changes between two reads, and a second read could differ
        // from the size declared.
        result.unsized = true;
        std::array<char, 64 * 1024> chunk{};
        for (;;) {
            const ssize_t n = ::read(fd, chunk.data(), chunk.size());
            if (n > 0) {
                result.content.append(chunk.data(), n);
                if (result.content.size() > UnsizedFileLimit) {
                    result.problem = BuildProblem::NotRegularFile;
                    break;
                }
            } else if (n == 0) {
                break;
            } else if (errno == EINTR) {
                continue;
            } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
                // No data now: a stream that waits for more, not a file with an end. Said
                // like a pipe: there is nothing to attach but what is saved to a file.
                result.problem = BuildProblem::NotRegularFile;
                break;
            } else {
                result.problem = BuildProblem::UnreadableFile;
                result.detail = qt_error_string(errno);
                break;
            }
        }
    }
    ::close(fd);
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = BuildProblem::UnreadableFile;
        result.detail = file.errorString();
    } else if (info.size() == 0) {
        result.unsized = true;
        result.content = file.read(UnsizedFileLimit + 1);
        if (result.content.size() > UnsizedFileLimit)
            result.problem = BuildProblem::NotRegularFile;
    }
#endif
    if (result.problem)
        result.content.clear();
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------
// Validation

QString BuildIssue::code() const
{
    switch (problem) {
    case BuildProblem::BadAddress: return address.code();
    case BuildProblem::DisplayNameLineBreak: return QStringLiteral("message.display_name_line_break");
    case BuildProblem::SenderMissing: return QStringLiteral("message.sender_missing");
    case BuildProblem::RecipientMissing: return QStringLiteral("message.recipient_missing");
    case BuildProblem::LineBreak: return QStringLiteral("message.line_break");
    case BuildProblem::BadHeaderName: return QStringLiteral("message.bad_header_name");
    case BuildProblem::ReservedHeader: return QStringLiteral("message.reserved_header");
    case BuildProblem::BadContentType: return QStringLiteral("attachment.bad_content_type");
    case BuildProblem::BadContentId: return QStringLiteral("attachment.bad_content_id");
    case BuildProblem::NotRegularFile: return QStringLiteral("attachment.not_a_regular_file");
    case BuildProblem::UnreadableFile: return QStringLiteral("attachment.unreadable");
    case BuildProblem::ChangedSize: return QStringLiteral("attachment.changed_size");
    }
    return {};
}

QString BuildIssue::toString() const
{
    return field + QStringLiteral(": ") + code();
}

std::optional<BuildIssue> parseStreamFailure(const QString &errorString)
{
    BuildIssue issue;
    issue.field = QStringLiteral("attachment");
    for (const BuildProblem problem : {BuildProblem::UnreadableFile, BuildProblem::ChangedSize}) {
        issue.problem = problem;
        const QString prefix = issue.code() + QStringLiteral(": ");
        if (!errorString.startsWith(prefix))
            continue;
        issue.value = errorString.mid(prefix.size());
        if (problem == BuildProblem::UnreadableFile) {
            // The system's words come last and hold no ": "; a path may.
            const qsizetype colon = issue.value.lastIndexOf(QStringLiteral(": "));
            if (colon < 0)
                return std::nullopt;
            issue.detail = issue.value.mid(colon + 2);
            issue.value.truncate(colon);
        }
        return issue;
    }
    return std::nullopt;
}

namespace {

// validate(), and for open() the content of each attachment file that reported size 0, by
// the attachment's index: read here once, sent as read.
QList<BuildIssue> check(const Message &message, QHash<qsizetype, QByteArray> *unsizedContent)
{
    QList<BuildIssue> issues;
    auto add = [&issues](BuildIssue issue) { issues.append(std::move(issue)); };
    auto checkMailboxes = [&add](const char *field, const QList<Mailbox> &mailboxes) {
        for (const Mailbox &mailbox : mailboxes) {
            BuildIssue issue;
            issue.field = QString::fromLatin1(field);
            if (hasLineBreak(mailbox.displayName)) {
                issue.problem = BuildProblem::DisplayNameLineBreak;
                issue.value = mailbox.displayName;
                add(issue);
            } else if (!isValidAddress(mailbox.address, &issue.address)) {
                add(issue);
            }
        }
    };
    if (message.from.address.isEmpty())
        add({BuildProblem::SenderMissing, QStringLiteral("from"), {}, {}, {}, {}});
    else
        checkMailboxes("from", {message.from});
    checkMailboxes("to", message.to);
    checkMailboxes("cc", message.cc);
    checkMailboxes("bcc", message.bcc);
    checkMailboxes("reply_to", message.replyTo);
    if (message.to.isEmpty() && message.cc.isEmpty() && message.bcc.isEmpty())
        add({BuildProblem::RecipientMissing, QStringLiteral("to"), {}, {}, {}, {}});
    if (hasLineBreak(message.subject))
        add({BuildProblem::LineBreak, QStringLiteral("subject"), {}, {}, {}, {}});
    const QString header = QStringLiteral("header");
    for (const auto &[name, value] : message.headers) {
        if (hasLineBreak(name) || hasLineBreak(value))
            add({BuildProblem::LineBreak, header, name, {}, {}, {}});
        else if (!isValidHeaderName(name))
            add({BuildProblem::BadHeaderName, header, name, {}, {}, {}});
        else if (reservedHeaders().contains(name.toLower()))
            add({BuildProblem::ReservedHeader, header, name, {}, {}, {}});
    }
    const QString attachmentField = QStringLiteral("attachment");
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        const Attachment &attachment = message.attachments[i];
        const QString name = attachmentName(attachment);
        if (hasLineBreak(attachment.filename) || hasLineBreak(attachment.contentType) || hasLineBreak(attachment.contentId))
            add({BuildProblem::LineBreak, attachmentField, name, {}, {}, {}});
        if (!attachment.contentType.isEmpty()
            && (!attachment.contentType.contains(u'/') || attachment.contentType.contains(u' ') || !isPrintableAscii(attachment.contentType)
                || attachment.contentType.size() > MaxContentTypeLength))
            add({BuildProblem::BadContentType, attachmentField, name, attachment.contentType, {}, {}});
        if (!attachment.contentId.isEmpty() && !isValidContentId(attachment.contentId))
            add({BuildProblem::BadContentId, attachmentField, name, attachment.contentId, {}, {}});
        if (!attachment.filePath.isEmpty()) {
            FileCheck file = checkFile(attachment.filePath);
            if (file.problem)
                add({*file.problem, attachmentField, name, attachment.filePath, file.detail, {}});
            else if (file.unsized && unsizedContent)
                (*unsizedContent)[i] = std::move(file.content);
        }
    }
    return issues;
}

} // namespace

QList<BuildIssue> MessageBuilder::validate(const Message &message)
{
    return check(message, nullptr);
}

QString MessageBuilder::envelopeSender(const Message &message)
{
    return message.from.envelopeAddress();
}

QStringList MessageBuilder::envelopeRecipients(const Message &message)
{
    QStringList recipients;
    QSet<QString> seen;
    for (const QList<Mailbox> *list : {&message.to, &message.cc, &message.bcc}) {
        for (const Mailbox &mailbox : *list) {
            const QString address = mailbox.envelopeAddress();
            if (!seen.contains(address.toLower())) {
                seen.insert(address.toLower());
                recipients.append(address);
            }
        }
    }
    return recipients;
}

bool MessageBuilder::needsSmtpUtf8(const Message &message)
{
    if (message.from.needsSmtpUtf8())
        return true;
    for (const QList<Mailbox> *list : {&message.to, &message.cc, &message.bcc, &message.replyTo}) {
        if (std::any_of(list->cbegin(), list->cend(), [](const Mailbox &m) { return m.needsSmtpUtf8(); }))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Building

std::unique_ptr<MessageStream> MessageBuilder::open(const Message &message, const BuildOptions &options, QList<BuildIssue> *issues)
{
    QHash<qsizetype, QByteArray> unsizedContent; // read once, at validation
    const QList<BuildIssue> found = check(message, &unsizedContent);
    if (!found.isEmpty()) {
        if (issues)
            *issues = found;
        return nullptr;
    }
    bool eightBit = false;

    // The body: text and/or html (alternative, text first), inline parts (related),
    // attachments (mixed), RFC 2046 §5.1.
    QList<Node> alternatives;
    if (!message.text.isEmpty() || message.html.isEmpty())
        alternatives.append(textNode(message.text, "plain", options.allow8bit, &eightBit));
    if (!message.html.isEmpty())
        alternatives.append(textNode(message.html, "html", options.allow8bit, &eightBit));
    Node body = alternatives.size() == 1 ? alternatives.first() : multipart("alternative", alternatives);

    QList<Node> inlineParts;
    QList<Node> attachedParts;
    for (int i = 0; i < message.attachments.size(); ++i) {
        const auto content = unsizedContent.constFind(i);
        Node node = attachmentNode(message.attachments[i], i, content == unsizedContent.cend() ? nullptr : &content.value());
        (message.attachments[i].contentId.isEmpty() ? attachedParts : inlineParts).append(node);
    }
    if (!inlineParts.isEmpty()) {
        QList<Node> related = {body};
        related += inlineParts;
        body = multipart("related", related);
    }
    if (!attachedParts.isEmpty()) {
        QList<Node> mixed = {body};
        mixed += attachedParts;
        body = multipart("mixed", mixed);
    }

    // Raw (7bit/8bit) text parts are the only ones that could contain a boundary.
    QByteArray rawText;
    std::function<void(const Node &)> collect = [&rawText, &collect](const Node &node) {
        if (node.attachment < 0 && node.multipartType.isEmpty() && !node.headers.contains("quoted-printable"))
            rawText += node.body;
        for (const Node &child : node.children)
            collect(child);
    };
    collect(body);
    auto boundaryFor = [&rawText]() {
        QByteArray boundary;
        do {
            boundary = makeBoundary();
        } while (rawText.contains(boundary));
        return boundary;
    };

    // The top-level header (RFC 5322 §3.6), Bcc deliberately absent.
    QByteArray top;
    top += "Date: " + formatDate(message.date) + "\r\n";
    auto addressHeader = [&top](const char *name, const QList<Mailbox> &mailboxes) {
        if (mailboxes.isEmpty())
            return;
        QList<QByteArray> words;
        for (qsizetype i = 0; i < mailboxes.size(); ++i) {
            QList<QByteArray> mailboxWords = mailboxes[i].headerWords();
            if (i + 1 < mailboxes.size())
                mailboxWords.last() += ',';
            words += mailboxWords;
        }
        top += foldHeader(name, words);
    };
    addressHeader("From", {message.from});
    addressHeader("To", message.to);
    addressHeader("Cc", message.cc);
    addressHeader("Reply-To", message.replyTo);
    top += unstructuredField("Subject", message.subject);
    top += "Message-ID: " + (message.messageId.isEmpty() ? makeMessageId(message.from.address) : message.messageId) + "\r\n";
    top += "MIME-Version: 1.0\r\n";
    for (const auto &[name, value] : message.headers)
        top += unstructuredField(name.toLatin1(), value);

    std::unique_ptr<MessageStream> stream(new MessageStream());
    stream->m_eightBit = eightBit;
    auto addBytes = [&stream](const QByteArray &bytes) {
        if (!stream->m_segments.isEmpty() && !stream->m_segments.last().base64)
            stream->m_segments.last().bytes += bytes;
        else
            stream->m_segments.append({bytes, {}, {}, false, bytes.size()});
    };
    std::function<void(const Node &, const QByteArray &)> flatten = [&](const Node &node, const QByteArray &extraHeaders) {
        QByteArray headers = extraHeaders + node.headers;
        if (!node.multipartType.isEmpty()) {
            const QByteArray boundary = boundaryFor();
            headers += foldHeader("Content-Type", {"multipart/" + node.multipartType + ';', "boundary=\"" + boundary + '"'});
            addBytes(headers + "\r\n");
            for (const Node &child : node.children) {
                addBytes("--" + boundary + "\r\n");
                flatten(child, {});
                addBytes("\r\n"); // the CRLF that belongs to the next delimiter
            }
            addBytes("--" + boundary + "--\r\n");
            return;
        }
        addBytes(headers + "\r\n");
        if (node.attachment >= 0) {
            const Attachment &attachment = message.attachments[node.attachment];
            MessageStream::Segment segment;
            segment.base64 = true;
            segment.filePath = attachment.filePath;
            segment.data = attachment.data;
            qint64 rawSize = attachment.filePath.isEmpty() ? attachment.data.size() : QFileInfo(attachment.filePath).size();
            if (const auto content = unsizedContent.constFind(node.attachment); content != unsizedContent.cend()) {
                // It reported size 0 (see UnsizedFileLimit): the bytes validation read are
                // the part, never a second read that could differ.
                segment.data = content.value();
                segment.filePath.clear();
                rawSize = segment.data.size();
            }
            segment.encodedSize = base64LinesSize(rawSize);
            stream->m_segments.append(segment);
        } else {
            addBytes(node.body);
        }
    };
    flatten(body, top);
    // SMTP wants the message to end with a line break; make the size exact for SIZE=.
    const MessageStream::Segment &last = stream->m_segments.last();
    if (!last.base64 && !last.bytes.endsWith("\r\n"))
        addBytes("\r\n");
    for (MessageStream::Segment &segment : stream->m_segments) {
        if (!segment.base64)
            segment.encodedSize = segment.bytes.size();
        stream->m_size += segment.encodedSize;
    }
    stream->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return stream;
}

QByteArray MessageBuilder::build(const Message &message, const BuildOptions &options)
{
    const std::unique_ptr<MessageStream> stream = open(message, options, nullptr);
    return stream ? stream->readAll() : QByteArray();
}

// ---------------------------------------------------------------------------------------
// MessageStream

MessageStream::~MessageStream() = default;

bool MessageStream::seek(qint64 pos)
{
    if (pos != 0)
        return false;
    m_segment = 0;
    m_source.reset();
    m_sourceOffset = 0;
    m_buffer.clear();
    m_bufferPos = 0;
    return QIODevice::seek(0);
}

bool MessageStream::fillBuffer(QString *error)
{
    m_buffer.clear();
    m_bufferPos = 0;
    while (m_segment < m_segments.size()) {
        const Segment &segment = m_segments[m_segment];
        if (!segment.base64) {
            m_buffer = segment.bytes;
            ++m_segment;
            return true;
        }
        if (!m_source) {
            if (segment.filePath.isEmpty()) {
                auto buffer = std::make_unique<QBuffer>();
                buffer->setData(segment.data);
                m_source = std::move(buffer);
            } else {
                m_source = std::make_unique<QFile>(segment.filePath);
            }
            if (!m_source->open(QIODevice::ReadOnly)) {
                // A code, the path and the system's own words: the session passes it on as the
                // reason of data.read_failed.
                *error = QStringLiteral("attachment.unreadable: %1: %2").arg(segment.filePath, m_source->errorString());
                return false;
            }
            m_sourceOffset = 0;
        }
        // Whole base64 lines per chunk: 57 input bytes make one 76-character line.
        const QByteArray raw = m_source->read(Base64LineInput * 1024);
        if (!raw.isEmpty()) {
            m_sourceOffset += raw.size();
            m_buffer = base64Lines(raw);
            return true;
        }
        if (base64LinesSize(m_sourceOffset) != segment.encodedSize) {
            *error = QStringLiteral("attachment.changed_size: %1").arg(segment.filePath);
            return false;
        }
        m_source.reset();
        ++m_segment;
    }
    return true; // the end: empty buffer
}

qint64 MessageStream::readData(char *data, qint64 maxSize)
{
    qint64 total = 0;
    while (total < maxSize) {
        if (m_bufferPos >= m_buffer.size()) {
            QString error;
            if (!fillBuffer(&error)) {
                setErrorString(error);
                return -1;
            }
            if (m_buffer.isEmpty())
                break;
        }
        const qint64 n = std::min<qint64>(maxSize - total, m_buffer.size() - m_bufferPos);
        memcpy(data + total, m_buffer.constData() + m_bufferPos, size_t(n));
        m_bufferPos += n;
        total += n;
    }
    return total;
}

} // namespace selfmx::mime
