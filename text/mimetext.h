// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "mime/address.h"
#include "mime/message.h"

#include <QCoreApplication>
#include <QString>

namespace selfmx::text {

// Sentences about addresses and messages people compose: what core/mime found wrong (a
// problem, the address or field it concerns), naming the offending address. The same words
// for the command line and the window; the caller says where the value came from (an
// option, a setting, a form field).
class MimeText
{
    Q_DECLARE_TR_FUNCTIONS(MimeText)
public:
    // "\"jane..doe@b.test\" has a misplaced dot in the local part"
    static QString describe(const mime::AddressError &error);
    // "the header \"Subject\" is set from the message itself; ..."; a bad address as above.
    static QString describe(const mime::BuildIssue &issue);
    // A message stream's read error (data.read_failed's reason) worded; other text as it is.
    static QString describeReadFailure(const QString &reason);
};

} // namespace selfmx::text
