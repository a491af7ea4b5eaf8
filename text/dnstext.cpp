// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dnstext.h"

#include "providertext.h"

namespace selfmx::text {

namespace {
QString p(const diagnostics::Finding &f, const char *key)
{
    return f.parameter(QString::fromLatin1(key));
}
} // namespace

QString DnsText::security(dns::Security security)
{
    switch (security) {
    case dns::Security::Secure: return tr("DNSSEC-validated");
    case dns::Security::Insecure: return tr("not signed");
    case dns::Security::Bogus: return tr("DNSSEC validation FAILED");
    }
    return QString();
}

QString DnsText::title(const diagnostics::Finding &f) const
{
    const QString &c = f.code;
    const QString domain = p(f, "domain");
    if (c == u"dns.lookup_failed")
        return tr("The %1 lookup of %2 failed (%3).").arg(p(f, "type"), p(f, "name"), p(f, "status"));
    if (c == u"dns.crypto_unavailable")
        return tr("The record at %1 could not be checked: %2.").arg(p(f, "record_name"), p(f, "error"));
    if (c == u"spf.missing")
        return tr("%1 has no SPF record: receivers cannot tell which servers may send its mail.").arg(domain);
    if (c == u"spf.multiple")
        return tr("%1 has %2 SPF records; there must be exactly one (RFC 7208 §4.5), so SPF fails everywhere.").arg(domain, p(f, "count"));
    if (c == u"spf.syntax")
        return tr("The SPF record of %1 has invalid terms: %2.").arg(domain, p(f, "term"));
    if (c == u"spf.too_many_lookups")
        return tr("The SPF record of %1 needs %2 DNS lookups; the limit is %3 (RFC 7208 §4.6.4), so SPF fails with a permanent error.")
            .arg(domain, p(f, "count"), p(f, "limit"));
    if (c == u"spf.permissive_all")
        return tr("The SPF record of %1 ends in %2: it lets any server send as the domain.").arg(domain, p(f, "qualifier"));
    if (c == u"spf.provider_missing")
        return tr("The SPF record of %1 does not authorise %2 (include:%3).")
            .arg(domain, ProviderText::name(profile::providerFromKey(p(f, "provider")).value_or(profile::Provider::Custom)),
                 p(f, "include"));
    if (c == u"spf.include_failed")
        return tr("The SPF include %1 of %2 did not resolve (%3).").arg(p(f, "include"), domain, p(f, "status"));
    if (c == u"spf.host_not_authorised")
        //: %1: the SMTP server's host name, %2: its addresses, %3: the domain
        return tr("The SPF record of %3 does not authorise the mail server %1 (%2): receivers will treat its mail as forged.")
            .arg(p(f, "host"), p(f, "addresses"), domain);
    if (c == u"spf.host_not_evaluated")
        //: %1: the SMTP server's host name, %2: its addresses, %3: the domain, %4: an SPF term such as exists:%{i}.example.com
        return tr("Could not evaluate whether the SPF record of %3 authorises the mail server %1 (%2): the term %4 was not "
                  "evaluated.")
            .arg(p(f, "host"), p(f, "addresses"), domain, p(f, "term"));
    if (c == u"spf.host_authorised")
        return tr("SPF authorises the mail server %1 (%2).").arg(p(f, "host"), p(f, "addresses"));
    if (c == u"spf.host_unresolved")
        return tr("The mail server %1 has no address in DNS, so its SPF authorisation cannot be checked.").arg(p(f, "host"));
    if (c == u"spf.found")
        return tr("SPF: %1 (%2 of 10 lookups).").arg(p(f, "record"), p(f, "lookups"));
    if (c == u"dkim.no_selector")
        return tr("DKIM not checked: this provider's selector is chosen per domain; give it to check the key.");
    if (c == u"dkim.missing")
        return tr("No DKIM key at %1 (selector %2).").arg(p(f, "record_name"), p(f, "selector"));
    if (c == u"dkim.invalid")
        return tr("The DKIM record at %1 is not usable (%2).").arg(p(f, "record_name"), p(f, "reason"));
    if (c == u"dkim.weak_key")
        return tr("The DKIM key at %1 has only %2 bits; receivers ignore or distrust keys under %3 bits.")
            .arg(p(f, "record_name"), p(f, "bits"), p(f, "minimum"));
    if (c == u"dkim.ses_cname_missing")
        //: SES: Amazon SES; Easy DKIM: its name for the feature (not translated)
        return tr("No SES Easy DKIM record at %1 (token %2): SES cannot sign for the domain.").arg(p(f, "record_name"), p(f, "selector"));
    if (c == u"dkim.ses_cname_wrong")
        return tr("%1 must be a CNAME to %2 for SES Easy DKIM; it is %3.")
            .arg(p(f, "record_name"), p(f, "record_value"), p(f, "record_current"));
    if (c == u"dkim.ses_key_missing")
        return tr("%1 points to %2, but SES publishes no key there: the token is not one of this SES identity's.")
            .arg(p(f, "record_name"), p(f, "cname"));
    if (c == u"dkim.found")
        return tr("DKIM selector %1: a %2-bit %3 key.").arg(p(f, "selector"), p(f, "bits"), p(f, "key_type").toUpper());
    if (c == u"dmarc.missing")
        return tr("%1 has no DMARC record: receivers apply their own policy and send no reports.").arg(domain);
    if (c == u"dmarc.invalid")
        return tr("The DMARC record of %1 is invalid (%2): receivers ignore it.").arg(domain, p(f, "tags"));
    if (c == u"dmarc.monitoring_only")
        return tr("DMARC of %1 is p=none: monitoring only, failing mail is still delivered.").arg(domain);
    if (c == u"dmarc.found")
        return tr("DMARC: policy %1, DKIM alignment %2, SPF alignment %3.").arg(p(f, "policy"), p(f, "adkim"), p(f, "aspf"));
    if (c == u"mx.missing")
        return tr("%1 has no MX record: replies and bounces to this domain cannot be delivered.").arg(domain);
    if (c == u"mx.found")
        return tr("MX: %1.").arg(p(f, "hosts"));
    if (c == u"return_path.missing")
        //: %1: a DNS name such as pm-bounces.example.com, %2: the record type (CNAME, MX)
        return tr("No %2 record at %1, the bounce (return-path) domain: SPF cannot align with the sender's domain for DMARC.")
            .arg(p(f, "record_name"), p(f, "record_type"));
    if (c == u"return_path.wrong")
        return tr("The bounce (return-path) domain %1 points to %2, not to the provider.").arg(p(f, "record_name"), p(f, "record_current"));
    if (c == u"return_path.spf_missing")
        return tr("The MAIL FROM domain %1 has no SPF record that authorises SES.").arg(p(f, "record_name"));
    if (c == u"return_path.found")
        return tr("Bounce (return-path) domain %1: %2.").arg(p(f, "record_name"), p(f, "target"));
    if (c == u"tracking.missing")
        //: %1: a DNS name such as email.example.com, %2: the record type (CNAME)
        return tr("No %2 record at %1, the provider's tracking host: links and open tracking in the mail will not work (sending "
                  "is not affected).")
            .arg(p(f, "record_name"), p(f, "record_type"));
    if (c == u"tracking.wrong")
        return tr("The tracking host %1 points to %2, not to the provider.").arg(p(f, "record_name"), p(f, "record_current"));
    if (c == u"tracking.found")
        return tr("Tracking host %1: %2.").arg(p(f, "record_name"), p(f, "target"));
    if (c == u"mta_sts.none")
        //: MTA-STS: the standard's name (not translated)
        return tr("%1 publishes no MTA-STS policy: senders may deliver to it without TLS (optional, RFC 8461).").arg(domain);
    if (c == u"mta_sts.invalid")
        return tr("The MTA-STS record at %1 is invalid (%2): senders ignore the policy.").arg(p(f, "record_name"), p(f, "tags"));
    if (c == u"mta_sts.policy_unreachable")
        //: %1: the policy's URL; %2: the HTTP status (0 when there was no answer); %3: the network's own words
        return tr("The MTA-STS policy %1 could not be fetched (HTTP %2, %3): senders ignore the policy.")
            .arg(p(f, "url"), p(f, "http_status"), p(f, "detail"));
    if (c == u"mta_sts.policy_invalid")
        return tr("The MTA-STS policy %1 is invalid (%2): senders ignore it.").arg(p(f, "url"), p(f, "fields"));
    if (c == u"mta_sts.found")
        return tr("MTA-STS: id %1, mode %2, mx %3, max_age %4 s.").arg(p(f, "id"), p(f, "mode"), p(f, "mx"), p(f, "max_age"));
    if (c == u"mta_sts.mx_mismatch")
        return tr("The MTA-STS policy (mode %1) does not name the MX host %2 (it names %3): senders that enforce it will not deliver "
                  "there.")
            .arg(p(f, "mode"), p(f, "hosts"), p(f, "mx"));
    if (c == u"tls_rpt.none")
        //: TLS-RPT: the standard's name (not translated)
        return tr("%1 has no TLS-RPT record: nobody reports failed TLS deliveries to it (optional, RFC 8460).").arg(domain);
    if (c == u"tls_rpt.invalid")
        return tr("The TLS-RPT record at %1 is invalid (%2).").arg(p(f, "record_name"), p(f, "tags"));
    if (c == u"tls_rpt.found")
        return tr("TLS-RPT: reports go to %1.").arg(p(f, "rua"));
    if (c == u"dane.none")
        return tr("No TLSA records for %1 port %2 (no DANE).").arg(p(f, "host"), p(f, "port"));
    if (c == u"dane.insecure")
        return tr("%1 has TLSA records, but they are not DNSSEC-signed, so DANE cannot use them (RFC 7672 §2.2).").arg(p(f, "record_name"));
    if (c == u"dane.bogus")
        return tr("DNSSEC validation of %1 failed: %2.").arg(p(f, "record_name"), p(f, "why_bogus"));
    if (c == u"dane.unchecked")
        return tr("%1 has DNSSEC-signed TLSA records (%2); no certificate was given to match.").arg(p(f, "record_name"), p(f, "records"));
    if (c == u"dane.unusable")
        //: PKIX-TA and PKIX-EE are TLSA certificate usages (0 and 1); keep them as they are.
        return tr("%1 has only PKIX-TA/PKIX-EE TLSA records (%2), which SMTP senders do not use (RFC 7672 §3.1.3).")
            .arg(p(f, "record_name"), p(f, "records"));
    if (c == u"dane.match")
        return tr("DANE: the certificate of %1 matches TLSA %2 (DNSSEC-validated).").arg(p(f, "host"), p(f, "matched"));
    if (c == u"dane.mismatch")
        return tr("DANE: the certificate of %1 matches none of its TLSA records (%2); DANE-enforcing senders will not deliver to it.")
            .arg(p(f, "host"), p(f, "records"));
    return c;
}

QString DnsText::record(const diagnostics::Finding &f) const
{
    return tr("%1 record at %2: %3").arg(p(f, "record_type"), p(f, "record_name"), p(f, "record_value"));
}

QString DnsText::fix(const diagnostics::Finding &f) const
{
    const QString &c = f.code;
    if (c == u"spf.missing" || c == u"dmarc.missing")
        return tr("Publish this %1.").arg(record(f));
    if (c == u"spf.multiple")
        return tr("Replace the %1 SPF records with one %2.").arg(p(f, "count"), record(f));
    if (c == u"spf.syntax" || c == u"spf.permissive_all" || c == u"spf.provider_missing" || c == u"dmarc.invalid")
        return tr("Change it to this %1.").arg(record(f));
    if (c == u"mta_sts.invalid" || c == u"tls_rpt.invalid")
        return tr("Change it to this %1.").arg(record(f));
    if (c == u"tls_rpt.none")
        return tr("To receive reports of failed TLS deliveries, publish this %1.").arg(record(f));
    if (c == u"mta_sts.policy_unreachable")
        return tr("Serve the policy at %1 over HTTPS with a certificate valid for its name, or remove the _mta-sts record.")
            .arg(p(f, "url"));
    if (c == u"mta_sts.policy_invalid" && p(f, "fields") == u"content_type")
        //: %1: the policy's URL, %2: the Content-Type it was served with (may be empty)
        return tr("Serve the policy at %1 as Content-Type text/plain (it came as \"%2\").").arg(p(f, "url"), p(f, "content_type"));
    if (c == u"mta_sts.policy_invalid")
        //: Keep version: STSv1, mode, enforce, testing, none, max_age and mx as they are (the policy's keywords).
        return tr("Correct the policy at %1: it needs version: STSv1, mode (enforce, testing or none), max_age (at most 31557600) and "
                  "an mx line for each MX host.")
            .arg(p(f, "url"));
    if (c == u"mta_sts.mx_mismatch")
        return tr("Add an mx line for %1 to the policy at %2, then publish a new id in the _mta-sts record.")
            .arg(p(f, "hosts"), p(f, "url"));
    if (c == u"dmarc.monitoring_only")
        return tr("Once the reports show your mail passing, enforce it with this %1.").arg(record(f));
    if (c == u"spf.host_not_authorised")
        //: %1: the SPF terms added, e.g. ip4:192.0.2.25; %2: the record to publish
        return tr("Add %1: change it to this %2.").arg(p(f, "terms"), record(f));
    if (c == u"spf.host_not_evaluated")
        //: %1: an SPF term, e.g. exists:%{i}.example.com
        return tr("Send a test message to a mailbox that shows the SPF result, or authorise the server's addresses before %1 "
                  "with ip4:/ip6: terms.")
            .arg(p(f, "term"));
    if (c == u"spf.host_unresolved")
        return tr("Check the SMTP server's host name, or publish its A/AAAA records.");
    if (c == u"dkim.ses_cname_missing" || c == u"dkim.ses_cname_wrong")
        //: %1: a DNS record such as "CNAME record at TOKEN._domainkey.example.com: TOKEN.dkim.amazonses.com"
        return tr("Publish this %1 (and the other two tokens' records from the SES console).").arg(record(f));
    if (c == u"dkim.ses_key_missing")
        return tr("Copy the three DKIM tokens again from the SES console for this domain (and region) and publish their CNAME records.");
    if (c == u"return_path.missing" || c == u"return_path.wrong" || c == u"return_path.spf_missing" || c == u"tracking.missing"
        || c == u"tracking.wrong") {
        if (p(f, "record_value").isEmpty())
            //: %1: the record type, %2: a DNS name; %3: the end of the target, e.g. .sendgrid.net
            return tr("Publish the %1 record at %2 that the provider's domain page shows (its target ends in %3).")
                .arg(p(f, "record_type"), p(f, "record_name"), p(f, "expected_suffix"));
        return tr("Publish this %1.").arg(record(f));
    }
    if (c == u"spf.too_many_lookups")
        return tr("Remove includes you no longer use, or replace some with the ip4:/ip6: ranges they stand for, until at most %1 "
                  "lookups remain.")
            .arg(p(f, "limit"));
    if (c == u"spf.include_failed")
        return tr("Check the spelling of include:%1; an include that does not resolve makes SPF fail.").arg(p(f, "include"));
    if (c == u"dkim.no_selector")
        return m_audience == Audience::CommandLine ? tr("Run check-domain again with --dkim-selector SELECTOR (from the provider's "
                                                        "domain authentication page).")
                                                   : tr("Enter the DKIM selector from the provider's domain authentication page.");
    if (c == u"dkim.missing")
        return tr("Publish the DKIM record (TXT, or the CNAME your provider gives) at %1, as shown in the provider's domain "
                  "authentication page.")
            .arg(p(f, "record_name"));
    if (c == u"dkim.invalid")
        return tr("Copy the DKIM record at %1 again from the provider: the key must be one base64 value after p=.")
            .arg(p(f, "record_name"));
    if (c == u"dkim.weak_key")
        return tr("Create a new 2048-bit DKIM key with the provider and publish it at %1.").arg(p(f, "record_name"));
    if (c == u"mx.missing")
        return tr("Publish an MX record at %1 naming the server that receives mail for the domain.").arg(p(f, "record_name"));
    if (c == u"dane.mismatch")
        return tr("Publish TLSA records for the certificate the server uses now (e.g. 3 1 1 and the SHA-256 of its public key) at %1, "
                  "before or together with every certificate change.")
            .arg(p(f, "record_name"));
    if (c == u"dane.unusable")
        //: DANE-EE and DANE-TA are TLSA certificate usages (3 and 2); keep them as they are.
        return tr("Publish DANE-EE (3 1 1) or DANE-TA (2 1 1) records at %1 instead.").arg(p(f, "record_name"));
    if (c == u"dane.insecure" || c == u"dane.bogus")
        return tr("Sign the zone with DNSSEC and publish its DS record at the parent, or remove the TLSA records.");
    if (c == u"dns.lookup_failed")
        return tr("Check the domain's nameservers (or DNS_SERVER), then run the check again.");
    if (c == u"dns.crypto_unavailable")
        return tr("Install OpenSSL 3's libcrypto (on Debian the package libssl3), then run the check again.");
    return QString();
}

QString DnsText::source(const dns::ServerCandidate &c) const
{
    switch (c.source) {
    case dns::Source::Preset: return tr("the provider table (%1: %2)").arg(c.evidence, ProviderText::name(c.provider));
    case dns::Source::Srv: return tr("SRV record %1").arg(c.evidence);
    case dns::Source::Mx: return tr("MX record %1, a server of %2").arg(c.evidence, ProviderText::name(c.provider));
    case dns::Source::Guess:
        return c.verified ? tr("a guess (%1), verified by connecting").arg(c.evidence) : tr("a guess (%1), not verified").arg(c.evidence);
    }
    return QString();
}

QString DnsText::candidate(const dns::ServerCandidate &c) const
{
    const QString mode = c.mode == smtp::TlsMode::Implicit   ? tr("implicit TLS")
                         : c.mode == smtp::TlsMode::StartTls ? tr("STARTTLS")
                                                             : tr("no TLS");
    return tr("%1:%2 %3, from %4").arg(c.host).arg(c.port).arg(mode, source(c));
}

} // namespace selfmx::text
