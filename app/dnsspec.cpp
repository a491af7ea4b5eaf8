// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// check-domain's spec, in both programs: selfmx-console-dns parses with it, and
// selfmx-console writes the man page and completions from it (--man check-domain, --completion).
#include "clisupport.h"
#include "dnscommands.h"

namespace selfmx::app {

CommandSpec checkDomainCommand()
{
    CommandSpec parser(QStringLiteral("check-domain"));
    //: Keep SPF, DKIM, DMARC, MX, DNS_SERVER=addr[:port] and the exit codes as they are.
    parser.setApplicationDescription(
        Cli::tr("Check that DOMAIN is ready to send mail: one valid SPF record that authorises the provider (at most 10 DNS lookups), "
                "the provider's DKIM keys (2048 bits recommended), a DMARC record and an MX for replies. Each problem comes with the "
                "DNS record to publish. DNS_SERVER=addr[:port] picks the nameserver. Exit status: 0 ready, 13 not ready, 3 lookups "
                "failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 Cli::tr("The sender's domain (or address); default: the domain of the profile's sender."),
                                 QStringLiteral("[DOMAIN]"));
    parser.addOption({QStringLiteral("profile"), Cli::tr("Check for this profile's provider and sender."), QStringLiteral("NAME")});
    //: The provider keys after the colon are typed as they are: do not translate them.
    parser.addOption({QStringLiteral("provider"),
                      Cli::tr("The provider to check for: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom."),
                      QStringLiteral("KEY")});
    //: s1/s2: SendGrid's DKIM selector names; Easy DKIM: Amazon SES's name (not translated).
    parser.addOption({QStringLiteral("dkim-selector"),
                      Cli::tr("A DKIM selector to check (repeatable), or with SES each of its three Easy DKIM tokens; SendGrid's "
                              "s1/s2 are checked anyway."),
                      QStringLiteral("S")});
    //: Keep em123, pm-bounces, SES and MAIL FROM as they are.
    parser.addOption({QStringLiteral("return-path"),
                      Cli::tr("The bounce (return-path) name to check, a label under the domain or a full name: SendGrid's em123, "
                              "the SES MAIL FROM subdomain; default: the provider's (Postmark pm-bounces, Mailgun email)."),
                      QStringLiteral("NAME")});
    //: Keep STARTTLS, TLSA, DNSSEC and DANE as they are.
    parser.addOption({QStringLiteral("dane"),
                      Cli::tr("Connect to this SMTP server (port 25 unless given) with STARTTLS and match its certificate against "
                              "its DNSSEC-signed TLSA records (DANE)."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the findings and the DNS answers as JSON.")});
    return parser;
}

} // namespace selfmx::app
