// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mimetext.h"

namespace selfmx::text {

QString MimeText::describe(const mime::AddressError &error)
{
    using mime::AddressProblem;
    // One line whatever was typed: a line break in the address would break the message.
    const QString address = error.address.simplified();
    switch (error.problem) {
    case AddressProblem::None: return {};
    case AddressProblem::Empty: return tr("the address is empty");
    case AddressProblem::LineBreak:
        //: %1 is an email address (or a name and address) as the user wrote it
        return tr("\"%1\" contains a line break (header injection is refused)").arg(address);
    case AddressProblem::NotNameAtDomain:
        //: %1 is an email address as the user wrote it; "name@domain" shows the expected form
        return tr("\"%1\" is not of the form name@domain").arg(address);
    case AddressProblem::LocalPartTooLong:
        //: %1 is an email address; the local part is what comes before the @
        return tr("\"%1\" has a local part longer than 64 octets (RFC 5321 §4.5.3.1.1)").arg(address);
    case AddressProblem::TooLong:
        //: %1 is an email address
        return tr("\"%1\" is longer than 254 octets").arg(address);
    case AddressProblem::BadQuotedLocalPart:
        //: %1 is an email address; the local part is what comes before the @, here in double quotes
        return tr("\"%1\" has an invalid quoted local part").arg(address);
    case AddressProblem::MisplacedDot:
        //: %1 is an email address; a dot at the start or end of the part before the @, or two dots in a row
        return tr("\"%1\" has a misplaced dot in the local part").arg(address);
    case AddressProblem::NeedsQuoting:
        //: %1 is an email address, %2 a single character of it (e.g. a comma or a space)
        return tr("\"%1\" has the character '%2' in the local part, which needs quoting").arg(address, error.detail);
    case AddressProblem::BadInternationalDomain:
        //: %1 is an email address; the domain is what comes after the @
        return tr("\"%1\" has a domain that is not a valid (internationalised) host name").arg(address);
    case AddressProblem::BadHostName:
        //: %1 is an email address; the domain is what comes after the @
        return tr("\"%1\" has a domain that is not a valid host name").arg(address);
    case AddressProblem::TextAfterAngle:
        //: %1 is a name and email address such as Jane <jane@example.com>
        return tr("\"%1\" has text after the closing '>'").arg(address);
    case AddressProblem::UnterminatedDisplayName:
        //: %1 is a name and email address such as "Doe, Jane" <jane@example.com>
        return tr("\"%1\" has an unterminated quoted display name").arg(address);
    case AddressProblem::UnterminatedQuote:
        //: %1 is a list of email addresses as the user wrote it
        return tr("\"%1\" has an unterminated quote").arg(address);
    }
    return error.code();
}

QString MimeText::describe(const mime::BuildIssue &issue)
{
    using mime::BuildProblem;
    const QString name = issue.name.simplified();
    switch (issue.problem) {
    case BuildProblem::BadAddress: return describe(issue.address);
    case BuildProblem::DisplayNameLineBreak:
        //: %1 is the name shown with an email address, e.g. Jane Doe
        return tr("the display name \"%1\" contains a line break (header injection is refused)").arg(issue.value.simplified());
    case BuildProblem::SenderMissing: return tr("a sender address is required");
    case BuildProblem::RecipientMissing:
        //: to, cc and bcc are the recipient fields' names; keep them as they are
        return tr("at least one recipient is required (to, cc or bcc)");
    case BuildProblem::LineBreak:
        if (issue.field == u"header")
            //: %1 is the name of an email header, e.g. X-Campaign
            return tr("the header \"%1\" contains a line break (header injection is refused)").arg(name);
        if (issue.field == u"attachment")
            //: %1 is an attachment's file name
            return tr("the attachment \"%1\" has a line break in its name, content type or content id (header injection is refused)")
                .arg(name);
        return tr("the subject contains a line break (header injection is refused)");
    case BuildProblem::BadHeaderName:
        //: %1 is what the user gave as the name of an email header
        return tr("\"%1\" is not a valid header name: use printable ASCII without spaces or ':'").arg(name);
    case BuildProblem::ReservedHeader:
        //: %1 is the name of an email header, e.g. Subject or From
        return tr("the header \"%1\" is set from the message itself; use the matching option instead").arg(name);
    case BuildProblem::BadContentType:
        //: %1 is an attachment's file name, %2 a MIME content type such as text/plain
        return tr("the attachment \"%1\" has the content type \"%2\", which is not of the form type/subtype").arg(name, issue.value);
    case BuildProblem::BadContentId:
        //: %1 is an attachment's file name, %2 its content id (the NAME in <img src="cid:NAME">)
        return tr("the attachment \"%1\" has the content id \"%2\", which is not valid: use ASCII letters, digits and . - _ @ (RFC 2392)")
            .arg(name, issue.value);
    case BuildProblem::NotRegularFile:
        //: %1 is a file's path
        return tr("%1 is not a regular file (a device, pipe or directory); save it to a file first").arg(issue.value);
    case BuildProblem::UnreadableFile:
        //: %1 is a file's path, %2 the system's reason (e.g. "No such file or directory")
        return tr("cannot read %1: %2").arg(issue.value, issue.detail);
    case BuildProblem::ChangedSize:
        //: %1 is the path of a file attached to the message
        return tr("%1 changed size while it was being sent; send the message again").arg(issue.value);
    }
    return issue.code();
}

QString MimeText::describeReadFailure(const QString &reason)
{
    const std::optional<mime::BuildIssue> issue = mime::parseStreamFailure(reason);
    return issue ? describe(*issue) : reason;
}

} // namespace selfmx::text
