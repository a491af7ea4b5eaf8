// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "records.h"

#include <QMetaEnum>

#include <algorithm>

namespace selfmx::dns {

QString typeName(RecordType type)
{
    switch (type) {
    case RecordType::A: return QStringLiteral("A");
    case RecordType::Cname: return QStringLiteral("CNAME");
    case RecordType::Mx: return QStringLiteral("MX");
    case RecordType::Txt: return QStringLiteral("TXT");
    case RecordType::Aaaa: return QStringLiteral("AAAA");
    case RecordType::Srv: return QStringLiteral("SRV");
    case RecordType::Tlsa: return QStringLiteral("TLSA");
    }
    return QString::number(quint16(type));
}

QString presentation(const Record &r)
{
    switch (r.type) {
    case RecordType::A:
    case RecordType::Aaaa: return r.address;
    case RecordType::Cname: return r.target;
    case RecordType::Mx: return QStringLiteral("%1 %2").arg(r.priority).arg(r.target);
    case RecordType::Srv: return QStringLiteral("%1 %2 %3 %4").arg(r.priority).arg(r.weight).arg(r.port).arg(r.target);
    case RecordType::Txt: {
        QStringList quoted;
        for (const QString &s : r.strings)
            quoted.append(u'"' + s + u'"');
        return quoted.join(u' ');
    }
    case RecordType::Tlsa:
        return QStringLiteral("%1 %2 %3 %4")
            .arg(r.usage)
            .arg(r.selector)
            .arg(r.matchingType)
            .arg(QString::fromLatin1(r.data.toHex().toUpper()));
    }
    return QString();
}

QString statusKey(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::NoData: return QStringLiteral("nodata");
    case Status::NxDomain: return QStringLiteral("nxdomain");
    case Status::ServerFailure: return QStringLiteral("servfail");
    case Status::Refused: return QStringLiteral("refused");
    case Status::Timeout: return QStringLiteral("timeout");
    case Status::Error: return QStringLiteral("error");
    }
    return QString();
}

QString securityKey(Security security)
{
    switch (security) {
    case Security::Insecure: return QStringLiteral("insecure");
    case Security::Secure: return QStringLiteral("secure");
    case Security::Bogus: return QStringLiteral("bogus");
    }
    return QString();
}

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    std::optional<quint8> u8()
    {
        if (m_pos + 1 > m_bytes.size())
            return std::nullopt;
        return quint8(m_bytes.at(m_pos++));
    }
    std::optional<quint16> u16()
    {
        const auto hi = u8();
        const auto lo = u8();
        if (!hi || !lo)
            return std::nullopt;
        return quint16((*hi << 8) | *lo);
    }
    std::optional<QByteArray> bytes(qsizetype n)
    {
        if (n < 0 || m_pos + n > m_bytes.size())
            return std::nullopt;
        QByteArray b = m_bytes.mid(m_pos, n);
        m_pos += n;
        return b;
    }
    QByteArray rest()
    {
        QByteArray b = m_bytes.mid(m_pos);
        m_pos = m_bytes.size();
        return b;
    }
    // An uncompressed domain name (libunbound decompresses what it hands over).
    std::optional<QString> name()
    {
        QStringList labels;
        for (int guard = 0; guard < 128; ++guard) {
            const auto length = u8();
            if (!length || *length > 63)
                return std::nullopt;
            if (*length == 0)
                return labels.join(u'.');
            const auto label = bytes(*length);
            if (!label)
                return std::nullopt;
            labels.append(QString::fromLatin1(*label).toLower());
        }
        return std::nullopt;
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<Record> parseRdata(RecordType type, const QByteArray &rdata)
{
    Record r;
    r.type = type;
    Reader in(rdata);
    switch (type) {
    case RecordType::A:
        if (rdata.size() != 4)
            return std::nullopt;
        r.address = QStringLiteral("%1.%2.%3.%4")
                        .arg(quint8(rdata.at(0)))
                        .arg(quint8(rdata.at(1)))
                        .arg(quint8(rdata.at(2)))
                        .arg(quint8(rdata.at(3)));
        return r;
    case RecordType::Aaaa: {
        if (rdata.size() != 16)
            return std::nullopt;
        QStringList groups;
        for (int i = 0; i < 16; i += 2)
            groups.append(QString::number((quint8(rdata.at(i)) << 8) | quint8(rdata.at(i + 1)), 16));
        r.address = groups.join(u':');
        return r;
    }
    case RecordType::Cname: {
        const auto target = in.name();
        if (!target)
            return std::nullopt;
        r.target = *target;
        return r;
    }
    case RecordType::Mx: {
        const auto preference = in.u16();
        const auto exchange = in.name();
        if (!preference || !exchange)
            return std::nullopt;
        r.priority = *preference;
        r.target = *exchange;
        return r;
    }
    case RecordType::Srv: {
        const auto priority = in.u16();
        const auto weight = in.u16();
        const auto port = in.u16();
        const auto target = in.name();
        if (!priority || !weight || !port || !target)
            return std::nullopt;
        r.priority = *priority;
        r.weight = *weight;
        r.port = *port;
        r.target = *target;
        return r;
    }
    case RecordType::Txt:
        while (!in.atEnd()) {
            const auto length = in.u8();
            const auto chunk = length ? in.bytes(*length) : std::nullopt;
            if (!chunk)
                return std::nullopt;
            r.strings.append(QString::fromUtf8(*chunk));
        }
        return r;
    case RecordType::Tlsa: {
        const auto usage = in.u8();
        const auto selector = in.u8();
        const auto matching = in.u8();
        if (!usage || !selector || !matching)
            return std::nullopt;
        r.usage = *usage;
        r.selector = *selector;
        r.matchingType = *matching;
        r.data = in.rest();
        return r;
    }
    }
    return std::nullopt;
}

QList<Record> orderSrv(QList<Record> records, const std::function<double()> &random)
{
    std::stable_sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.priority < b.priority; });
    QList<Record> ordered;
    qsizetype start = 0;
    while (start < records.size()) {
        qsizetype end = start;
        while (end < records.size() && records.at(end).priority == records.at(start).priority)
            ++end;
        QList<Record> group = records.mid(start, end - start);
        // Zero weights first, then pick by running sums (RFC 2782).
        std::stable_sort(group.begin(), group.end(), [](const Record &a, const Record &b) { return a.weight == 0 && b.weight != 0; });
        while (!group.isEmpty()) {
            quint32 total = 0;
            for (const Record &r : group)
                total += r.weight;
            const auto pick = quint32(random() * double(total + 1));
            quint32 running = 0;
            qsizetype chosen = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group.at(i).weight;
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            ordered.append(group.takeAt(chosen));
        }
        start = end;
    }
    return ordered;
}

} // namespace selfmx::dns
