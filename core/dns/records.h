// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// DNS answers as typed values: what a lookup returned and how sure it is (DNSSEC).
namespace selfmx::dns {
Q_NAMESPACE

// The record types the console asks for (RFC 1035, 2782, 3596, 6698 type numbers).
enum class RecordType : quint16 { A = 1, Cname = 5, Mx = 15, Txt = 16, Aaaa = 28, Srv = 33, Tlsa = 52 };
Q_ENUM_NS(RecordType)

// DNSSEC, as the validator saw it: Secure (a chain of signatures from a trust anchor),
// Insecure (no signatures, or no trust anchor for the zone), Bogus (signatures that fail).
enum class Security { Insecure, Secure, Bogus };
Q_ENUM_NS(Security)

// How a lookup ended. NoData: the name exists without records of that type.
enum class Status { Ok, NoData, NxDomain, ServerFailure, Refused, Timeout, Error };
Q_ENUM_NS(Status)

// Where a candidate came from, in the order discovery tries them.
enum class Source {
    Preset, // the shipped table of providers' domains (profile::presetForAddress)
    Srv,    // _submissions._tcp / _submission._tcp (RFC 6186, RFC 8314)
    Mx,     // the domain's MX host belongs to a known provider
    Guess,  // smtp.DOMAIN / mail.DOMAIN, verified by connecting
};
Q_ENUM_NS(Source)

struct Record {
    RecordType type = RecordType::A;
    quint32 ttl = 0;
    QString target;          // MX exchange, SRV target, CNAME target (no trailing dot)
    quint16 priority = 0;    // MX preference, SRV priority
    quint16 weight = 0;      // SRV
    quint16 port = 0;        // SRV
    QString address;         // A / AAAA in text form
    QStringList strings;     // TXT: its character strings, as sent
    quint8 usage = 0;        // TLSA (RFC 6698 §2.1)
    quint8 selector = 0;     // TLSA
    quint8 matchingType = 0; // TLSA
    QByteArray data;         // TLSA certificate association data

    // TXT: the strings joined without separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2).
    QString text() const { return strings.join(QString()); }
};

struct Answer {
    QString name;
    RecordType type = RecordType::A;
    Status status = Status::Error;
    Security security = Security::Insecure;
    QString whyBogus;      // the validator's reason, when Bogus
    QString canonicalName; // where a CNAME chain led (empty when it is `name`)
    int rcode = 0;
    QList<Record> records;
    QString detail; // libunbound's error text, for Status::Error

    bool ok() const { return status == Status::Ok && security != Security::Bogus; }
};

// A record in zone-file presentation form ("10 mx.example.com", "\"v=spf1 …\"", "3 1 1 AB…").
QString presentation(const Record &record);
QString typeName(RecordType type);      // "MX"
QString statusKey(Status status);       // "nxdomain"
QString securityKey(Security security); // "secure"

// Parses one record's RDATA as libunbound hands it over (uncompressed wire format).
std::optional<Record> parseRdata(RecordType type, const QByteArray &rdata);

// RFC 2782 §"Usage rules": lowest priority first; within a priority, a weighted random
// order. `random` in [0,1) values, one per pick, make the order reproducible in tests.
QList<Record> orderSrv(QList<Record> records, const std::function<double()> &random);

} // namespace selfmx::dns
