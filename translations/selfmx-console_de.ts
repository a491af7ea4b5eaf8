<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DnsText</name>
    <message>
        <source>DNSSEC-validated</source>
        <translation>DNSSEC-validiert</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>DNSSEC validation FAILED</source>
        <translation>DNSSEC-Validierung FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>The %1 lookup of %2 failed (%3).</source>
        <translation>Die %1-Abfrage für %2 ist fehlgeschlagen (%3).</translation>
    </message>
    <message>
        <source>%1 has no SPF record: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 hat keinen SPF-Eintrag: Empfänger können nicht erkennen, welche Server seine Mails senden dürfen.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (RFC 7208 §4.5), so SPF fails everywhere.</source>
        <translation>%1 hat %2 SPF-Einträge; es muss genau einer sein (RFC 7208 §4.5), daher schlägt SPF überall fehl.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has invalid terms: %2.</source>
        <translation>Der SPF-Eintrag von %1 enthält ungültige Terme: %2.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS lookups; the limit is %3 (RFC 7208 §4.6.4), so SPF fails with a permanent error.</source>
        <translation>Der SPF-Eintrag von %1 braucht %2 DNS-Abfragen; die Grenze liegt bei %3 (RFC 7208 §4.6.4), daher schlägt SPF mit einem permanenten Fehler fehl.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2: it lets any server send as the domain.</source>
        <translation>Der SPF-Eintrag von %1 endet auf %2: Damit darf jeder Server im Namen der Domain senden.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (include:%3).</source>
        <translation>Der SPF-Eintrag von %1 autorisiert %2 nicht (include:%3).</translation>
    </message>
    <message>
        <source>The SPF include %1 of %2 did not resolve (%3).</source>
        <translation>Das SPF-Include %1 von %2 ließ sich nicht auflösen (%3).</translation>
    </message>
    <message>
        <source>SPF: %1 (%2 of 10 lookups).</source>
        <translation>SPF: %1 (%2 von 10 Abfragen).</translation>
    </message>
    <message>
        <source>DKIM not checked: this provider&apos;s selector is chosen per domain; give it to check the key.</source>
        <translation>DKIM nicht geprüft: Der Selektor dieses Anbieters wird pro Domain gewählt; geben Sie ihn an, um den Schlüssel zu prüfen.</translation>
    </message>
    <message>
        <source>No DKIM key at %1 (selector %2).</source>
        <translation>Kein DKIM-Schlüssel bei %1 (Selektor %2).</translation>
    </message>
    <message>
        <source>The DKIM record at %1 is not usable (%2).</source>
        <translation>Der DKIM-Eintrag bei %1 ist nicht verwendbar (%2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; receivers ignore or distrust keys under %3 bits.</source>
        <translation>Der DKIM-Schlüssel bei %1 hat nur %2 Bit; Empfänger ignorieren Schlüssel unter %3 Bit oder misstrauen ihnen.</translation>
    </message>
    <message>
        <source>DKIM selector %1: a %2-bit %3 key.</source>
        <translation>DKIM-Selektor %1: ein %3-Schlüssel mit %2 Bit.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record: receivers apply their own policy and send no reports.</source>
        <translation>%1 hat keinen DMARC-Eintrag: Empfänger wenden ihre eigene Richtlinie an und senden keine Berichte.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is invalid (%2): receivers ignore it.</source>
        <translation>Der DMARC-Eintrag von %1 ist ungültig (%2): Empfänger ignorieren ihn.</translation>
    </message>
    <message>
        <source>DMARC of %1 is p=none: monitoring only, failing mail is still delivered.</source>
        <translation>DMARC von %1 steht auf p=none: nur Überwachung, Mails, die die Prüfung nicht bestehen, werden trotzdem zugestellt.</translation>
    </message>
    <message>
        <source>DMARC: policy %1, DKIM alignment %2, SPF alignment %3.</source>
        <translation>DMARC: Richtlinie %1, DKIM-Ausrichtung %2, SPF-Ausrichtung %3.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces to this domain cannot be delivered.</source>
        <translation>%1 hat keinen MX-Eintrag: Antworten und Unzustellbarkeitsmeldungen an diese Domain können nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>MX: %1.</source>
        <translation>MX: %1.</translation>
    </message>
    <message>
        <source>No TLSA records for %1 port %2 (no DANE).</source>
        <translation>Keine TLSA-Einträge für %1 Port %2 (kein DANE).</translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so DANE cannot use them (RFC 7672 §2.2).</source>
        <translation>%1 hat TLSA-Einträge, aber sie sind nicht mit DNSSEC signiert, daher kann DANE sie nicht verwenden (RFC 7672 §2.2).</translation>
    </message>
    <message>
        <source>DNSSEC validation of %1 failed: %2.</source>
        <translation>DNSSEC-Validierung von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 has DNSSEC-signed TLSA records (%2); no certificate was given to match.</source>
        <translation>%1 hat mit DNSSEC signierte TLSA-Einträge (%2); es wurde kein Zertifikat zum Abgleich angegeben.</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches TLSA %2 (DNSSEC-validated).</source>
        <translation>DANE: Das Zertifikat von %1 passt zu TLSA %2 (DNSSEC-validiert).</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches none of its TLSA records (%2); DANE-enforcing senders will not deliver to it.</source>
        <translation>DANE: Das Zertifikat von %1 passt zu keinem seiner TLSA-Einträge (%2); Absender, die DANE durchsetzen, stellen nicht an ihn zu.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <translation>%1-Eintrag bei %2: %3</translation>
    </message>
    <message>
        <source>Publish this %1.</source>
        <translation>Veröffentlichen Sie diesen %1.</translation>
    </message>
    <message>
        <source>Replace the %1 SPF records with one %2.</source>
        <translation>Ersetzen Sie die %1 SPF-Einträge durch einen einzigen %2.</translation>
    </message>
    <message>
        <source>Change it to this %1.</source>
        <translation>Ändern Sie ihn in diesen %1.</translation>
    </message>
    <message>
        <source>Once the reports show your mail passing, enforce it with this %1.</source>
        <translation>Sobald die Berichte zeigen, dass Ihre Mails die Prüfung bestehen, setzen Sie die Richtlinie mit diesem %1 durch.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some with the ip4:/ip6: ranges they stand for, until at most %1 lookups remain.</source>
        <translation>Entfernen Sie Includes, die Sie nicht mehr nutzen, oder ersetzen Sie einige durch die ip4:/ip6:-Bereiche, für die sie stehen, bis höchstens %1 Abfragen übrig bleiben.</translation>
    </message>
    <message>
        <source>Check the spelling of include:%1; an include that does not resolve makes SPF fail.</source>
        <translation>Prüfen Sie die Schreibweise von include:%1; ein Include, das sich nicht auflösen lässt, lässt SPF fehlschlagen.</translation>
    </message>
    <message>
        <source>Run check-domain again with --dkim-selector SELECTOR (from the provider&apos;s domain authentication page).</source>
        <translation>Führen Sie check-domain erneut mit --dkim-selector SELECTOR aus (von der Seite zur Domain-Authentifizierung des Anbieters).</translation>
    </message>
    <message>
        <source>Enter the DKIM selector from the provider&apos;s domain authentication page.</source>
        <translation>Geben Sie den DKIM-Selektor von der Seite zur Domain-Authentifizierung des Anbieters ein.</translation>
    </message>
    <message>
        <source>Publish the DKIM record (TXT, or the CNAME your provider gives) at %1, as shown in the provider&apos;s domain authentication page.</source>
        <translation>Veröffentlichen Sie den DKIM-Eintrag (TXT oder den CNAME, den Ihr Anbieter angibt) bei %1, wie auf der Seite zur Domain-Authentifizierung des Anbieters gezeigt.</translation>
    </message>
    <message>
        <source>Copy the DKIM record at %1 again from the provider: the key must be one base64 value after p=.</source>
        <translation>Kopieren Sie den DKIM-Eintrag bei %1 erneut vom Anbieter: Der Schlüssel muss ein einziger base64-Wert nach p= sein.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit DKIM key with the provider and publish it at %1.</source>
        <translation>Erstellen Sie beim Anbieter einen neuen DKIM-Schlüssel mit 2048 Bit und veröffentlichen Sie ihn bei %1.</translation>
    </message>
    <message>
        <source>Publish an MX record at %1 naming the server that receives mail for the domain.</source>
        <translation>Veröffentlichen Sie bei %1 einen MX-Eintrag, der den Server nennt, der Mails für die Domain empfängt.</translation>
    </message>
    <message>
        <source>Publish TLSA records for the certificate the server uses now (e.g. 3 1 1 and the SHA-256 of its public key) at %1, before or together with every certificate change.</source>
        <translation>Veröffentlichen Sie bei %1 TLSA-Einträge für das Zertifikat, das der Server jetzt verwendet (z. B. 3 1 1 und den SHA-256 seines öffentlichen Schlüssels), vor oder zusammen mit jedem Zertifikatswechsel.</translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC and publish its DS record at the parent, or remove the TLSA records.</source>
        <translation>Signieren Sie die Zone mit DNSSEC und veröffentlichen Sie ihren DS-Eintrag in der übergeordneten Zone, oder entfernen Sie die TLSA-Einträge.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s nameservers (or DNS_SERVER), then run the check again.</source>
        <translation>Prüfen Sie die Nameserver der Domain (oder DNS_SERVER) und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>the provider table (%1: %2)</source>
        <translation>die Anbietertabelle (%1: %2)</translation>
    </message>
    <message>
        <source>SRV record %1</source>
        <translation>SRV-Eintrag %1</translation>
    </message>
    <message>
        <source>MX record %1, a server of %2</source>
        <translation>MX-Eintrag %1, ein Server von %2</translation>
    </message>
    <message>
        <source>a guess (%1), verified by connecting</source>
        <translation>eine Vermutung (%1), durch Verbinden überprüft</translation>
    </message>
    <message>
        <source>a guess (%1), not verified</source>
        <translation>eine Vermutung (%1), nicht überprüft</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>%1:%2 %3, from %4</source>
        <translation>%1:%2 %3, Quelle: %4</translation>
    </message>
    <message>
        <source>The SPF record of %3 does not authorise the mail server %1 (%2): receivers will treat its mail as forged.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain</extracomment>
        <translation>Der SPF-Eintrag von %3 autorisiert den Mailserver %1 (%2) nicht: Empfänger behandeln seine Mails als gefälscht.</translation>
    </message>
    <message>
        <source>SPF authorises the mail server %1 (%2).</source>
        <translation>SPF autorisiert den Mailserver %1 (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 has no address in DNS, so its SPF authorisation cannot be checked.</source>
        <translation>Der Mailserver %1 hat keine Adresse im DNS, daher lässt sich seine SPF-Autorisierung nicht prüfen.</translation>
    </message>
    <message>
        <source>No SES Easy DKIM record at %1 (token %2): SES cannot sign for the domain.</source>
        <extracomment>SES: Amazon SES; Easy DKIM: its name for the feature (not translated)</extracomment>
        <translation>Kein SES-Easy-DKIM-Eintrag unter %1 (Token %2): SES kann für die Domain nicht signieren.</translation>
    </message>
    <message>
        <source>%1 must be a CNAME to %2 for SES Easy DKIM; it is %3.</source>
        <translation>%1 muss für SES Easy DKIM ein CNAME auf %2 sein; es ist %3.</translation>
    </message>
    <message>
        <source>%1 points to %2, but SES publishes no key there: the token is not one of this SES identity&apos;s.</source>
        <translation>%1 zeigt auf %2, aber SES veröffentlicht dort keinen Schlüssel: Das Token gehört nicht zu dieser SES-Identität.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the bounce (return-path) domain: SPF cannot align with the sender&apos;s domain for DMARC.</source>
        <extracomment>%1: a DNS name such as pm-bounces.example.com, %2: the record type (CNAME, MX)</extracomment>
        <translation>Kein %2-Eintrag unter %1, der Bounce-Domain (Return-Path): SPF kann für DMARC nicht mit der Domain des Absenders übereinstimmen.</translation>
    </message>
    <message>
        <source>The bounce (return-path) domain %1 points to %2, not to the provider.</source>
        <translation>Die Bounce-Domain (Return-Path) %1 zeigt auf %2, nicht auf den Anbieter.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain %1 has no SPF record that authorises SES.</source>
        <translation>Die MAIL-FROM-Domain %1 hat keinen SPF-Eintrag, der SES autorisiert.</translation>
    </message>
    <message>
        <source>Bounce (return-path) domain %1: %2.</source>
        <translation>Bounce-Domain (Return-Path) %1: %2.</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without TLS (optional, RFC 8461).</source>
        <extracomment>MTA-STS: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 veröffentlicht keine MTA-STS-Richtlinie: Absender dürfen ohne TLS an die Domain zustellen (optional, RFC 8461).</translation>
    </message>
    <message>
        <source>The MTA-STS record at %1 is invalid (%2): senders ignore the policy.</source>
        <translation>Der MTA-STS-Eintrag unter %1 ist ungültig (%2): Absender ignorieren die Richtlinie.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched (HTTP %2, %3): senders ignore the policy.</source>
        <extracomment>%1: the policy&apos;s URL; %2: the HTTP status (0 when there was no answer); %3: the network&apos;s own words</extracomment>
        <translation>Die MTA-STS-Richtlinie %1 ließ sich nicht abrufen (HTTP %2, %3): Absender ignorieren die Richtlinie.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is invalid (%2): senders ignore it.</source>
        <translation>Die MTA-STS-Richtlinie %1 ist ungültig (%2): Absender ignorieren sie.</translation>
    </message>
    <message>
        <source>MTA-STS: id %1, mode %2, mx %3, max_age %4 s.</source>
        <translation>MTA-STS: id %1, mode %2, mx %3, max_age %4 s.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (mode %1) does not name the MX host %2 (it names %3): senders that enforce it will not deliver there.</source>
        <translation>Die MTA-STS-Richtlinie (mode %1) nennt den MX-Host %2 nicht (sie nennt %3): Absender, die sie durchsetzen, stellen dort nicht zu.</translation>
    </message>
    <message>
        <source>%1 has no TLS-RPT record: nobody reports failed TLS deliveries to it (optional, RFC 8460).</source>
        <extracomment>TLS-RPT: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 hat keinen TLS-RPT-Eintrag: Niemand meldet der Domain fehlgeschlagene TLS-Zustellungen (optional, RFC 8460).</translation>
    </message>
    <message>
        <source>The TLS-RPT record at %1 is invalid (%2).</source>
        <translation>Der TLS-RPT-Eintrag unter %1 ist ungültig (%2).</translation>
    </message>
    <message>
        <source>TLS-RPT: reports go to %1.</source>
        <translation>TLS-RPT: Berichte gehen an %1.</translation>
    </message>
    <message>
        <source>To receive reports of failed TLS deliveries, publish this %1.</source>
        <translation>Um Berichte über fehlgeschlagene TLS-Zustellungen zu erhalten, veröffentlichen Sie diesen %1.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 over HTTPS with a certificate valid for its name, or remove the _mta-sts record.</source>
        <translation>Stellen Sie die Richtlinie unter %1 per HTTPS mit einem für ihren Namen gültigen Zertifikat bereit, oder entfernen Sie den _mta-sts-Eintrag.</translation>
    </message>
    <message>
        <source>Correct the policy at %1: it needs version: STSv1, mode (enforce, testing or none), max_age (at most 31557600) and an mx line for each MX host.</source>
        <extracomment>Keep version: STSv1, mode, enforce, testing, none, max_age and mx as they are (the policy&apos;s keywords).</extracomment>
        <translation>Korrigieren Sie die Richtlinie unter %1: Sie braucht version: STSv1, mode (enforce, testing oder none), max_age (höchstens 31557600) und eine mx-Zeile für jeden MX-Host.</translation>
    </message>
    <message>
        <source>Add an mx line for %1 to the policy at %2, then publish a new id in the _mta-sts record.</source>
        <translation>Ergänzen Sie die Richtlinie unter %2 um eine mx-Zeile für %1 und veröffentlichen Sie dann eine neue id im _mta-sts-Eintrag.</translation>
    </message>
    <message>
        <source>Add %1: change it to this %2.</source>
        <extracomment>%1: the SPF terms added, e.g. ip4:192.0.2.25; %2: the record to publish</extracomment>
        <translation>%1 ergänzen: Ändern Sie ihn in diesen %2.</translation>
    </message>
    <message>
        <source>Check the SMTP server&apos;s host name, or publish its A/AAAA records.</source>
        <translation>Prüfen Sie den Hostnamen des SMTP-Servers oder veröffentlichen Sie seine A/AAAA-Einträge.</translation>
    </message>
    <message>
        <source>Publish this %1 (and the other two tokens&apos; records from the SES console).</source>
        <extracomment>%1: a DNS record such as &quot;CNAME record at TOKEN._domainkey.example.com: TOKEN.dkim.amazonses.com&quot;</extracomment>
        <translation>Veröffentlichen Sie diesen %1 (und die Einträge der beiden anderen Token aus der SES-Konsole).</translation>
    </message>
    <message>
        <source>Copy the three DKIM tokens again from the SES console for this domain (and region) and publish their CNAME records.</source>
        <translation>Kopieren Sie die drei DKIM-Token für diese Domain (und Region) erneut aus der SES-Konsole und veröffentlichen Sie ihre CNAME-Einträge.</translation>
    </message>
    <message>
        <source>Publish the %1 record at %2 that the provider&apos;s domain page shows (its target ends in %3).</source>
        <extracomment>%1: the record type, %2: a DNS name; %3: the end of the target, e.g. .sendgrid.net</extracomment>
        <translation>Veröffentlichen Sie unter %2 den %1-Eintrag, den die Domain-Seite des Anbieters anzeigt (sein Ziel endet auf %3).</translation>
    </message>
    <message>
        <source>%1 has only PKIX-TA/PKIX-EE TLSA records (%2), which SMTP senders do not use (RFC 7672 §3.1.3).</source>
        <extracomment>PKIX-TA and PKIX-EE are TLSA certificate usages (0 and 1); keep them as they are.</extracomment>
        <translation>%1 hat nur PKIX-TA/PKIX-EE-TLSA-Einträge (%2), die SMTP-Absender nicht verwenden (RFC 7672 §3.1.3).</translation>
    </message>
    <message>
        <source>Publish DANE-EE (3 1 1) or DANE-TA (2 1 1) records at %1 instead.</source>
        <extracomment>DANE-EE and DANE-TA are TLSA certificate usages (3 and 2); keep them as they are.</extracomment>
        <translation>Veröffentlichen Sie stattdessen DANE-EE- (3 1 1) oder DANE-TA-Einträge (2 1 1) unter %1.</translation>
    </message>
    <message>
        <source>Could not evaluate whether the SPF record of %3 authorises the mail server %1 (%2): the term %4 was not evaluated.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain, %4: an SPF term such as exists:%{i}.example.com</extracomment>
        <translation>Es ließ sich nicht auswerten, ob der SPF-Eintrag von %3 den Mailserver %1 (%2) autorisiert: der Term %4 wurde nicht ausgewertet.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the provider&apos;s tracking host: links and open tracking in the mail will not work (sending is not affected).</source>
        <extracomment>%1: a DNS name such as email.example.com, %2: the record type (CNAME)</extracomment>
        <translation>Kein %2-Eintrag unter %1, dem Tracking-Host des Anbieters: Links und Öffnungs-Tracking in der Mail funktionieren nicht (der Versand ist davon nicht betroffen).</translation>
    </message>
    <message>
        <source>The tracking host %1 points to %2, not to the provider.</source>
        <translation>Der Tracking-Host %1 zeigt auf %2, nicht auf den Anbieter.</translation>
    </message>
    <message>
        <source>Tracking host %1: %2.</source>
        <translation>Tracking-Host %1: %2.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 as Content-Type text/plain (it came as &quot;%2&quot;).</source>
        <extracomment>%1: the policy&apos;s URL, %2: the Content-Type it was served with (may be empty)</extracomment>
        <translation>Liefern Sie die Richtlinie unter %1 mit Content-Type text/plain aus (sie kam als &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox that shows the SPF result, or authorise the server&apos;s addresses before %1 with ip4:/ip6: terms.</source>
        <extracomment>%1: an SPF term, e.g. exists:%{i}.example.com</extracomment>
        <translation>Senden Sie eine Testnachricht an ein Postfach, das das SPF-Ergebnis anzeigt, oder autorisieren Sie die Adressen des Servers vor %1 mit ip4:/ip6:-Termen.</translation>
    </message>
    <message>
        <source>The record at %1 could not be checked: %2.</source>
        <translation>Der Eintrag unter %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3&apos;s libcrypto (on Debian the package libssl3), then run the check again.</source>
        <translation>Installieren Sie libcrypto von OpenSSL 3 (unter Debian das Paket libssl3) und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 is required; set it to your SMTP server&apos;s name</source>
        <translation>%1 ist erforderlich; tragen Sie den Namen Ihres SMTP-Servers ein</translation>
    </message>
    <message>
        <source>the host name %1 does not resolve; check %2 for typos</source>
        <translation>der Hostname %1 lässt sich nicht auflösen; prüfen Sie %2 auf Tippfehler</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port, or a firewall rejects it; check %2 and %3, or try 587, 465 or 2525</source>
        <translation>%1 hat die Verbindung abgelehnt: An diesem Port lauscht nichts, oder eine Firewall weist sie ab; prüfen Sie %2 und %3, oder versuchen Sie 587, 465 oder 2525</translation>
    </message>
    <message>
        <source>no TCP connection to %1 within %2 s: the port is filtered (typical of blocked port 25) or the host is down; try another port or network</source>
        <translation>keine TCP-Verbindung zu %1 innerhalb von %2 s: Der Port wird gefiltert (typisch für gesperrten Port 25) oder der Host ist nicht erreichbar; versuchen Sie einen anderen Port oder ein anderes Netz</translation>
    </message>
    <message>
        <source>network error talking to %1</source>
        <translation>Netzwerkfehler in der Verbindung mit %1</translation>
    </message>
    <message>
        <source>connected, but %1 sent no greeting within %2 s; if this port expects implicit TLS (usually 465), set %3</source>
        <translation>verbunden, aber %1 hat innerhalb von %2 s keine Begrüßung gesendet; erwartet dieser Port implizites TLS (meist 465), setzen Sie %3</translation>
    </message>
    <message>
        <source>the server does not accept a session from us</source>
        <translation>der Server nimmt keine Sitzung von uns an</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not 220</source>
        <translation>die Begrüßung des Servers ist nicht 220</translation>
    </message>
    <message>
        <source>the server refused %1</source>
        <translation>der Server hat %1 abgelehnt</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read from &quot;%2&quot;; give the path of the CA certificate in PEM format</source>
        <translation>%1: aus „%2“ ließ sich kein PEM-Zertifikat lesen; geben Sie den Pfad des CA-Zertifikats im PEM-Format an</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, and TLS is required, so nothing was sent in plaintext; use the server&apos;s TLS port (%2 or %3), or %4 only for a trusted local server</source>
        <translation>%1 bietet kein STARTTLS an, und TLS ist vorgeschrieben, daher wurde nichts im Klartext gesendet; verwenden Sie den TLS-Port des Servers (%2 oder %3), oder %4 nur für einen vertrauenswürdigen lokalen Server</translation>
    </message>
    <message>
        <source>the server refused STARTTLS</source>
        <translation>der Server hat STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>the server sent data after its STARTTLS reply, before TLS began</source>
        <translation>der Server hat nach seiner STARTTLS-Antwort Daten gesendet, bevor TLS begann</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2); trust its CA with %3, or connect by the name in the certificate</source>
        <translation>das Zertifikat von %1 konnte nicht überprüft werden (%2); vertrauen Sie seiner CA mit %3, oder verbinden Sie sich über den Namen im Zertifikat</translation>
    </message>
    <message>
        <source>refusing to send the password to %1 without TLS; enable TLS (%2), or set %3 if you accept the risk</source>
        <translation>das Passwort wird nicht ohne TLS an %1 gesendet; aktivieren Sie TLS (%2), oder setzen Sie %3, wenn Sie das Risiko in Kauf nehmen</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH; leave %2 empty if it needs no login</source>
        <translation>%1 bietet kein AUTH an; lassen Sie %2 leer, wenn keine Anmeldung nötig ist</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH without TLS; enable TLS (%2)</source>
        <translation>%1 bietet ohne TLS kein AUTH an; aktivieren Sie TLS (%2)</translation>
    </message>
    <message>
        <source>the server offers only AUTH %1, none of which the console supports (PLAIN, LOGIN, CRAM-MD5)</source>
        <translation>der Server bietet nur AUTH %1 an, davon unterstützt die Konsole keines (PLAIN, LOGIN, CRAM-MD5)</translation>
    </message>
    <message>
        <source>%1 is not offered; the server offers %2</source>
        <translation>%1 wird nicht angeboten; der Server bietet %2 an</translation>
    </message>
    <message>
        <source>the server rejected the user name or password (%1 / %2)</source>
        <translation>der Server hat Benutzername oder Passwort abgelehnt (%1 / %2)</translation>
    </message>
    <message>
        <source>the server wants a different sign-in: an app-specific password, or a login through its web page first</source>
        <translation>der Server verlangt eine andere Anmeldung: ein App-Passwort oder zuerst eine Anmeldung über seine Webseite</translation>
    </message>
    <message>
        <source>the server requires another step (usually TLS) before AUTH</source>
        <translation>der Server verlangt vor AUTH einen weiteren Schritt (meist TLS)</translation>
    </message>
    <message>
        <source>the server requires encryption for this AUTH mechanism</source>
        <translation>der Server verlangt für dieses AUTH-Verfahren Verschlüsselung</translation>
    </message>
    <message>
        <source>the server does not support AUTH %1 after all; force another with %2</source>
        <translation>der Server unterstützt AUTH %1 doch nicht; erzwingen Sie ein anderes mit %2</translation>
    </message>
    <message>
        <source>temporary authentication failure on the server; try again later</source>
        <translation>vorübergehender Anmeldefehler auf dem Server; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server asked for more AUTH %1 steps than the mechanism has</source>
        <translation>der Server hat mehr AUTH-%1-Schritte verlangt, als das Verfahren hat</translation>
    </message>
    <message>
        <source>the server refused the sender address</source>
        <translation>der Server hat die Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains a space, a line break or angle brackets</source>
        <translation>die Adresse „%1“ enthält ein Leerzeichen, einen Zeilenumbruch oder spitze Klammern</translation>
    </message>
    <message>
        <source>an address has non-ASCII characters, which needs SMTPUTF8 (RFC 6531), and %1 does not offer it; use an ASCII address</source>
        <translation>eine Adresse enthält Nicht-ASCII-Zeichen, was SMTPUTF8 (RFC 6531) erfordert, und %1 bietet es nicht an; verwenden Sie eine ASCII-Adresse</translation>
    </message>
    <message>
        <source>the message has 8-bit content and %1 does not offer 8BITMIME; encode it as quoted-printable or base64</source>
        <translation>die Nachricht hat 8-Bit-Inhalt und %1 bietet kein 8BITMIME an; kodieren Sie sie als quoted-printable oder base64</translation>
    </message>
    <message>
        <source>the message is %1 bytes and %2 accepts at most %3 bytes (SIZE)</source>
        <translation>die Nachricht ist %1 Byte groß und %2 nimmt höchstens %3 Byte an (SIZE)</translation>
    </message>
    <message>
        <source>the message cannot be built: %1</source>
        <translation>die Nachricht lässt sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>die Nachricht hat keine Empfänger</translation>
    </message>
    <message>
        <source>the server refused every recipient</source>
        <translation>der Server hat alle Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>the server refused DATA</source>
        <translation>der Server hat DATA abgelehnt</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>the message content cannot be read</source>
        <translation>der Inhalt der Nachricht lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>reading the message failed after %1 bytes: %2</source>
        <translation>das Lesen der Nachricht ist nach %1 Byte fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the message was cancelled during DATA</source>
        <translation>die Nachricht wurde während DATA abgebrochen</translation>
    </message>
    <message>
        <source>unexpected reply to QUIT</source>
        <translation>unerwartete Antwort auf QUIT</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 s (%3) while in state %4</source>
        <translation>keine Antwort von %1 innerhalb von %2 s (%3) im Zustand %4</translation>
    </message>
    <message>
        <source>the server closed the connection (while in state %1)</source>
        <translation>der Server hat die Verbindung geschlossen (im Zustand %1)</translation>
    </message>
    <message>
        <source>the server broke the SMTP protocol</source>
        <translation>der Server hat das SMTP-Protokoll verletzt</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>der Server hat eine Antwort gesendet, nach der niemand gefragt hat</translation>
    </message>
    <message>
        <source>the server is closing the connection (service not available)</source>
        <translation>der Server schließt die Verbindung (Dienst nicht verfügbar)</translation>
    </message>
    <message>
        <source>the server refused RSET</source>
        <translation>der Server hat RSET abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the session is closing; the message was not sent</source>
        <translation>die Sitzung wird beendet; die Nachricht wurde nicht gesendet</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation> Der Server sagte: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>the certificate of %1 is not the one pinned in %2 (it presented SHA-256 %3); if the server&apos;s certificate was renewed, check the new one and pin it, otherwise someone may be intercepting the connection</source>
        <extracomment>%1 the server, %2 the pin setting, %3 the SHA-256 fingerprint the server presented</extracomment>
        <translation>das Zertifikat von %1 ist nicht das in %2 festgelegte (es hat SHA-256 %3); wenn das Zertifikat des Servers erneuert wurde, prüfen Sie das neue und legen Sie es fest, sonst fängt womöglich jemand die Verbindung ab</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>“Apply fix” sets %1.</source>
        <translation>„Korrektur anwenden“ setzt %1.</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply fix: %1</source>
        <translation>Korrektur anwenden: %1</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>der Server sagte: %1</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid %3 to %4, names [%5], SHA-256 %6</source>
        <translation>Zertifikat „%1“, ausgestellt von „%2“, gültig %3 bis %4, Namen [%5], SHA-256 %6</translation>
    </message>
    <message>
        <source>Trust it explicitly: save the server&apos;s CA (or, for a self-signed server, its certificate) as PEM and set %1 to that file, or pin exactly this certificate: set %2. Turning verification off (%3) is a last resort for development only.</source>
        <translation>Vertrauen Sie ihm ausdrücklich: Speichern Sie die CA des Servers (bei einem selbstsignierten Server sein Zertifikat) als PEM und setzen Sie %1 auf diese Datei, oder pinnen Sie genau dieses Zertifikat: setzen Sie %2. Die Überprüfung abzuschalten (%3) ist nur für die Entwicklung ein letzter Ausweg.</translation>
    </message>
    <message>
        <source>SendGrid: %1 is the literal word apikey, and %2 an API key (it starts with SG.).</source>
        <translation>SendGrid: %1 ist wörtlich das Wort apikey und %2 ein API-Schlüssel (er beginnt mit SG.).</translation>
    </message>
    <message>
        <source>Mailgun: %1 is the domain&apos;s SMTP login (postmaster@your-domain); EU domains send through smtp.eu.mailgun.org.</source>
        <translation>Mailgun: %1 ist der SMTP-Login der Domain (postmaster@ihre-domain); EU-Domains senden über smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Amazon SES: use the SMTP credentials created for region %1 (the password has 44 characters), not IAM access keys; they work only in their own region.</source>
        <translation>Amazon SES: Verwenden Sie die für die Region %1 erstellten SMTP-Zugangsdaten (das Passwort hat 44 Zeichen), keine IAM-Zugriffsschlüssel; sie gelten nur in ihrer eigenen Region.</translation>
    </message>
    <message>
        <source>of the endpoint</source>
        <translation>des Endpunkts</translation>
    </message>
    <message>
        <source>Postmark: with a Server API token, %1 and %2 are both the token.</source>
        <translation>Postmark: Mit einem Server-API-Token sind %1 und %2 beide das Token.</translation>
    </message>
    <message>
        <source>Gmail: %1 is the full address and %2 an app password (needs 2-Step Verification), not the account password.</source>
        <translation>Gmail: %1 ist die vollständige Adresse und %2 ein App-Passwort (erfordert die Bestätigung in zwei Schritten), nicht das Kontopasswort.</translation>
    </message>
    <message>
        <source>Microsoft 365: %1 is the mailbox&apos;s full address, and Authenticated SMTP must be enabled for that mailbox in the admin center (security defaults turn it off).</source>
        <translation>Microsoft 365: %1 ist die vollständige Adresse des Postfachs, und Authenticated SMTP muss für dieses Postfach im Admin Center aktiviert sein (die Sicherheitsstandards schalten es ab).</translation>
    </message>
    <message>
        <source>Outlook.com: %1 is the full address; Microsoft is moving Outlook.com to OAuth sign-in, so a password may be refused even when it is right.</source>
        <translation>Outlook.com: %1 ist die vollständige Adresse; Microsoft stellt Outlook.com auf OAuth-Anmeldung um, daher kann ein Passwort auch dann abgelehnt werden, wenn es stimmt.</translation>
    </message>
    <message>
        <source>Postfix: check its SASL configuration and the user&apos;s entry in the SASL database.</source>
        <translation>Postfix: Prüfen Sie seine SASL-Konfiguration und den Eintrag des Benutzers in der SASL-Datenbank.</translation>
    </message>
    <message>
        <source>Provider hint: %1</source>
        <translation>Hinweis zum Anbieter: %1</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve</source>
        <translation>Der Hostname %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>no answer from DNS within %1 s</source>
        <translation>keine Antwort vom DNS innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net); check this machine&apos;s DNS with `getent hosts %2`.</source>
        <translation>Prüfen Sie %1 auf Tippfehler (den dokumentierten Namen des Anbieters, z. B. smtp.sendgrid.net); prüfen Sie das DNS dieses Rechners mit `getent hosts %2`.</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net) and this machine&apos;s DNS settings.</source>
        <translation>Prüfen Sie %1 auf Tippfehler (den dokumentierten Namen des Anbieters, z. B. smtp.sendgrid.net) und die DNS-Einstellungen dieses Rechners.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 there, or a firewall rejects it. Verify %2 and %3; try the provider&apos;s other ports (587 STARTTLS, 465 implicit TLS, 2525).</source>
        <translation>Dort lauscht nichts an Port %1, oder eine Firewall weist die Verbindung ab. Prüfen Sie %2 und %3; versuchen Sie die anderen Ports des Anbieters (587 STARTTLS, 465 implizites TLS, 2525).</translation>
    </message>
    <message>
        <source>`selfmx-console discover %1` tries them all.</source>
        <translation>`selfmx-console discover %1` probiert sie alle aus.</translation>
    </message>
    <message>
        <source>No answer from %1: the connection attempt timed out</source>
        <translation>Keine Antwort von %1: Der Verbindungsversuch hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked by most ISPs and cloud providers (packets are dropped). Use the submission port 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>Ausgehender Port 25 wird von den meisten Internet- und Cloud-Anbietern gesperrt (die Pakete werden verworfen). Verwenden Sie den Submission-Port 587 mit STARTTLS oder 465 mit implizitem TLS.</translation>
    </message>
    <message>
        <source>A firewall drops the packets, or the host is down. Check firewall rules for outbound connections to port %1; try 587, 465 or 2525.</source>
        <translation>Eine Firewall verwirft die Pakete, oder der Host ist nicht erreichbar. Prüfen Sie die Firewall-Regeln für ausgehende Verbindungen zu Port %1; versuchen Sie 587, 465 oder 2525.</translation>
    </message>
    <message>
        <source>%1 is unreachable from this machine</source>
        <translation>%1 ist von diesem Rechner aus nicht erreichbar</translation>
    </message>
    <message>
        <source>This machine has no route to that network (no IPv6, a VPN, or no network at all). Check the network connection and routes.</source>
        <translation>Dieser Rechner hat keine Route in dieses Netz (kein IPv6, ein VPN oder gar kein Netz). Prüfen Sie die Netzwerkverbindung und die Routen.</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>Verify %1 and %2, and that outbound connections to port %3 are allowed.</source>
        <translation>Prüfen Sie %1 und %2 und ob ausgehende Verbindungen zu Port %3 erlaubt sind.</translation>
    </message>
    <message>
        <source>%1 works, %2 does not</source>
        <translation>%1 funktioniert, %2 nicht</translation>
    </message>
    <message>
        <source>Clients that try %1 first wait for it to fail before falling back. Fix %1 routing or firewalling, or remove the server&apos;s %2 record.</source>
        <translation>Clients, die zuerst %1 versuchen, warten auf den Fehlschlag, bevor sie ausweichen. Beheben Sie das %1-Routing oder die Firewall, oder entfernen Sie den %2-Eintrag des Servers.</translation>
    </message>
    <message>
        <source>Port 25 is in use</source>
        <translation>Port 25 wird verwendet</translation>
    </message>
    <message>
        <source>Port 25 is for server-to-server relay and is often blocked or throttled for clients; use the submission port 587 (STARTTLS) or 465 (implicit TLS).</source>
        <translation>Port 25 dient der Weiterleitung zwischen Servern und ist für Clients oft gesperrt oder gedrosselt; verwenden Sie den Submission-Port 587 (STARTTLS) oder 465 (implizites TLS).</translation>
    </message>
    <message>
        <source>Connected, but %1 sent no greeting within %2 s</source>
        <translation>Verbunden, aber %1 hat innerhalb von %2 s keine Begrüßung gesendet</translation>
    </message>
    <message>
        <source>Check that %1 is the server&apos;s SMTP port. A server that expects implicit TLS (usually 465) waits silently: set %2 there. A heavily loaded or tarpitting server may greet late: raise %3.</source>
        <translation>Prüfen Sie, ob %1 der SMTP-Port des Servers ist. Ein Server, der implizites TLS erwartet (meist 465), wartet stumm: Setzen Sie dort %2. Ein stark ausgelasteter oder bremsender Server (Tarpit) begrüßt womöglich spät: Erhöhen Sie %3.</translation>
    </message>
    <message>
        <source>Port %1 speaks implicit TLS, but the settings wait for a plaintext greeting</source>
        <translation>Port %1 spricht implizites TLS, aber die Einstellungen warten auf eine Klartext-Begrüßung</translation>
    </message>
    <message>
        <source>no greeting within %1 s, while a TLS handshake on the same port got a certificate</source>
        <translation>keine Begrüßung innerhalb von %1 s, während ein TLS-Handshake am selben Port ein Zertifikat erhielt</translation>
    </message>
    <message>
        <source>Set %1 for this port (%2 with port 465 does it by itself), or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Setzen Sie %1 für diesen Port (%2 mit Port 465 erledigt das von selbst), oder verwenden Sie den STARTTLS-Port des Servers, meist 587.</translation>
    </message>
    <message>
        <source>Set %1 for this port, or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Setzen Sie %1 für diesen Port, oder verwenden Sie den STARTTLS-Port des Servers, meist 587.</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client (%1 greeting)</source>
        <translation>Der Server verweigert diesem Client das Gespräch (Begrüßung %1)</translation>
    </message>
    <message>
        <source>The server&apos;s access rules, a blocklist entry for this machine&apos;s IP address, or a connection limit turned the session away. Ask the server&apos;s operator or provider; try from another network.</source>
        <translation>Die Zugriffsregeln des Servers, ein Blocklisten-Eintrag für die IP-Adresse dieses Rechners oder ein Verbindungslimit haben die Sitzung abgewiesen. Fragen Sie den Betreiber des Servers oder den Anbieter; versuchen Sie es aus einem anderen Netz.</translation>
    </message>
    <message>
        <source>Port %1 does not speak SMTP</source>
        <translation>Port %1 spricht kein SMTP</translation>
    </message>
    <message>
        <source>%1 points at another service; use the server&apos;s SMTP port (587, 465, 25 or 2525).</source>
        <translation>%1 verweist auf einen anderen Dienst; verwenden Sie den SMTP-Port des Servers (587, 465, 25 oder 2525).</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting</source>
        <translation>Der Server hat die Verbindung vor der Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>The server drops this client (access rules, rate limits, or a TLS-only port); check the server&apos;s logs or try another port.</source>
        <translation>Der Server weist diesen Client ab (Zugriffsregeln, Ratenlimits oder ein reiner TLS-Port); prüfen Sie die Protokolle des Servers oder versuchen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and TLS is required</source>
        <translation>Der Server bietet kein STARTTLS an, und TLS ist vorgeschrieben</translation>
    </message>
    <message>
        <source>EHLO reply: %1</source>
        <translation>EHLO-Antwort: %1</translation>
    </message>
    <message>
        <source>Nothing was sent in plaintext. Use the server&apos;s implicit-TLS port (465, or set %1) or its STARTTLS port (587). Only for a trusted local server: set %2.</source>
        <translation>Es wurde nichts im Klartext gesendet. Verwenden Sie den Port des Servers für implizites TLS (465, oder setzen Sie %1) oder seinen STARTTLS-Port (587). Nur für einen vertrauenswürdigen lokalen Server: Setzen Sie %2.</translation>
    </message>
    <message>
        <source>Port %1 greets in plaintext, but the settings start TLS at once (implicit TLS)</source>
        <translation>Port %1 begrüßt im Klartext, aber die Einstellungen beginnen sofort mit TLS (implizites TLS)</translation>
    </message>
    <message>
        <source>the server said first: %1; the TLS library: %2</source>
        <translation>der Server sagte zuerst: %1; die TLS-Bibliothek: %2</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: %1 (with %2, any port but 465 does this), or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Verwenden Sie STARTTLS an diesem Port: %1 (mit %2 tut das jeder Port außer 465), oder verbinden Sie sich mit dem Port des Servers für implizites TLS, meist 465.</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: set %1, or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Verwenden Sie STARTTLS an diesem Port: Setzen Sie %1, oder verbinden Sie sich mit dem Port des Servers für implizites TLS, meist 465.</translation>
    </message>
    <message>
        <source>No TLS handshake with %1 within %2 s</source>
        <translation>Kein TLS-Handshake mit %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>The port accepts connections but does not answer TLS. Check %1 and the TLS mode (465: implicit; 587: STARTTLS).</source>
        <translation>Der Port nimmt Verbindungen an, antwortet aber nicht auf TLS. Prüfen Sie %1 und den TLS-Modus (465: implizit; 587: STARTTLS).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server and this machine share no TLS version or cipher, or the server closed the connection. Check the server&apos;s TLS configuration (TLS 1.2 or newer).</source>
        <translation>Server und dieser Rechner haben keine TLS-Version oder Cipher gemeinsam, oder der Server hat die Verbindung geschlossen. Prüfen Sie die TLS-Konfiguration des Servers (TLS 1.2 oder neuer).</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Point %1 at a readable PEM file with the CA certificate.</source>
        <translation>Lassen Sie %1 auf eine lesbare PEM-Datei mit dem CA-Zertifikat zeigen.</translation>
    </message>
    <message>
        <source>Data arrived after the STARTTLS reply, before TLS began</source>
        <translation>Nach der STARTTLS-Antwort kamen Daten an, bevor TLS begann</translation>
    </message>
    <message>
        <source>Something between you and the server injects data (a broken proxy or an attack). Use implicit TLS (465) or another network.</source>
        <translation>Etwas zwischen Ihnen und dem Server schleust Daten ein (ein fehlerhafter Proxy oder ein Angriff). Verwenden Sie implizites TLS (465) oder ein anderes Netz.</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>STARTTLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but did not start it; check the server&apos;s TLS certificate and key configuration.</source>
        <translation>Der Server hat STARTTLS angeboten, aber nicht gestartet; prüfen Sie die Konfiguration von TLS-Zertifikat und -Schlüssel auf dem Server.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here</source>
        <translation>Dem Aussteller des Zertifikats wird hier nicht vertraut</translation>
    </message>
    <message>
        <source>If the server uses a private CA, set %1 to that CA&apos;s certificate (PEM). If it uses a public CA, the server probably does not send its intermediate certificates: fix the chain on the server. Or pin the certificate: set %2.</source>
        <translation>Verwendet der Server eine private CA, setzen Sie %1 auf das Zertifikat dieser CA (PEM). Verwendet er eine öffentliche CA, sendet der Server vermutlich seine Zwischenzertifikate nicht: Korrigieren Sie die Kette auf dem Server. Oder pinnen Sie das Zertifikat: Setzen Sie %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>Renew the certificate on the server (e.g. `certbot renew`) and reload the mail server; also check this machine&apos;s clock.</source>
        <translation>Erneuern Sie das Zertifikat auf dem Server (z. B. `certbot renew`) und laden Sie den Mailserver neu; prüfen Sie auch die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>Check the clocks of this machine and of the server (NTP); a freshly issued certificate may also have been installed too early.</source>
        <translation>Prüfen Sie die Uhren dieses Rechners und des Servers (NTP); ein frisch ausgestelltes Zertifikat kann auch zu früh installiert worden sein.</translation>
    </message>
    <message>
        <source>The certificate is not for %1</source>
        <translation>Das Zertifikat gilt nicht für %1</translation>
    </message>
    <message>
        <source>Connect by the name the certificate was issued for, or get a certificate that includes %1.</source>
        <translation>Verbinden Sie sich über den Namen, für den das Zertifikat ausgestellt wurde, oder besorgen Sie ein Zertifikat, das %1 enthält.</translation>
    </message>
    <message>
        <source>Set %1 to a name in the certificate (%2), or get a certificate that includes %3.</source>
        <translation>Setzen Sie %1 auf einen Namen im Zertifikat (%2), oder besorgen Sie ein Zertifikat, das %3 enthält.</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <translation>Das Zertifikat konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>Certificate verification is off</source>
        <translation>Die Zertifikatsprüfung ist abgeschaltet</translation>
    </message>
    <message>
        <source>The certificate verifies: set %1.</source>
        <translation>Das Zertifikat lässt sich überprüfen: Setzen Sie %1.</translation>
    </message>
    <message>
        <source>Certificate verification is off, and the certificate does not verify</source>
        <translation>Die Zertifikatsprüfung ist abgeschaltet, und das Zertifikat lässt sich nicht überprüfen</translation>
    </message>
    <message>
        <source>Anyone on the path can impersonate the server and read the password. Trust the CA with %1 or pin the certificate with %2, then set %3.</source>
        <translation>Jeder auf dem Weg kann sich als der Server ausgeben und das Passwort mitlesen. Vertrauen Sie der CA mit %1 oder pinnen Sie das Zertifikat mit %2, und setzen Sie dann %3.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Das Zertifikat des Servers läuft in %n Tag ab</numerusform>
            <numerusform>Das Zertifikat des Servers läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>nicht nach %1</translation>
    </message>
    <message>
        <source>Renew it now (e.g. `certbot renew`) and reload the mail server.</source>
        <translation>Erneuern Sie es jetzt (z. B. `certbot renew`) und laden Sie den Mailserver neu.</translation>
    </message>
    <message>
        <source>TLS is off: mail and credentials travel unencrypted</source>
        <translation>TLS ist aus: E-Mails und Zugangsdaten werden unverschlüsselt übertragen</translation>
    </message>
    <message>
        <source>The server offers STARTTLS: set %1.</source>
        <translation>Der Server bietet STARTTLS an: Setzen Sie %1.</translation>
    </message>
    <message>
        <source>Use a port with TLS (587 STARTTLS or 465).</source>
        <translation>Verwenden Sie einen Port mit TLS (587 STARTTLS oder 465).</translation>
    </message>
    <message>
        <source>The pinned certificate was accepted</source>
        <translation>Das gepinnte Zertifikat wurde akzeptiert</translation>
    </message>
    <message>
        <source>Nothing to change now; when the server&apos;s certificate is renewed, pin the new one in %1.</source>
        <translation>Jetzt ist nichts zu ändern; wenn das Zertifikat des Servers erneuert wird, pinnen Sie das neue in %1.</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO</source>
        <translation>Der Server hat EHLO und HELO abgelehnt</translation>
    </message>
    <message>
        <source>Some servers require a fully qualified EHLO name: set %1 to this machine&apos;s public host name.</source>
        <translation>Manche Server verlangen einen vollqualifizierten EHLO-Namen: Setzen Sie %1 auf den öffentlichen Hostnamen dieses Rechners.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS</source>
        <translation>Der Server bietet AUTH vor TLS an</translation>
    </message>
    <message>
        <source>EHLO before STARTTLS: %1</source>
        <translation>EHLO vor STARTTLS: %1</translation>
    </message>
    <message>
        <source>The console never sends the password before TLS, but clients that do not insist on STARTTLS will. On the server, offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>Die Konsole sendet das Passwort nie vor TLS, Clients, die nicht auf STARTTLS bestehen, aber schon. Bieten Sie AUTH auf dem Server erst nach TLS an (Postfix: smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>The server rejected the user name or password</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>Double-check %1 and %2 (no stray spaces or line breaks). Some providers need an app-specific password or SMTP access enabled for the account.</source>
        <translation>Prüfen Sie %1 und %2 genau (keine überzähligen Leerzeichen oder Zeilenumbrüche). Manche Anbieter brauchen ein App-Passwort oder einen für das Konto freigeschalteten SMTP-Zugang.</translation>
    </message>
    <message>
        <source>The provider wants you to sign in through its web page first</source>
        <translation>Der Anbieter möchte, dass Sie sich zuerst über seine Webseite anmelden</translation>
    </message>
    <message>
        <source>The provider requires an app-specific password (or a stronger sign-in)</source>
        <translation>Der Anbieter verlangt ein App-Passwort (oder eine stärkere Anmeldung)</translation>
    </message>
    <message>
        <source>Create an app password in the account&apos;s security settings and use it as %1; if the server said 5.7.14, sign in once in a browser from this network, then retry.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen des Kontos ein App-Passwort und verwenden Sie es als %1; hat der Server 5.7.14 gesagt, melden Sie sich einmal aus diesem Netz im Browser an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server requires TLS before AUTH</source>
        <translation>Der Server verlangt TLS vor AUTH</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (STARTTLS on 587, implicit on 465).</source>
        <translation>Aktivieren Sie TLS: Setzen Sie %1 (STARTTLS an 587, implizit an 465).</translation>
    </message>
    <message>
        <source>Temporary authentication failure on the server</source>
        <translation>Vorübergehender Anmeldefehler auf dem Server</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it persists, the server&apos;s authentication backend is down or misconfigured (for Postfix: its SASL configuration); tell its operator.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut. Hält der Fehler an, ist das Anmelde-Backend des Servers ausgefallen oder falsch konfiguriert (bei Postfix: seine SASL-Konfiguration); sagen Sie es seinem Betreiber.</translation>
    </message>
    <message>
        <source>The console refused to send the password without TLS</source>
        <translation>Die Konsole hat sich geweigert, das Passwort ohne TLS zu senden</translation>
    </message>
    <message>
        <source>Enable TLS (set %1). Only if you accept the risk: set %2.</source>
        <translation>Aktivieren Sie TLS (setzen Sie %1). Nur wenn Sie das Risiko in Kauf nehmen: Setzen Sie %2.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after TLS</source>
        <translation>Der Server bietet AUTH erst nach TLS an</translation>
    </message>
    <message>
        <source>EHLO without TLS: %1</source>
        <translation>EHLO ohne TLS: %1</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (the server offers %2).</source>
        <translation>Aktivieren Sie TLS: Setzen Sie %1 (der Server bietet %2 an).</translation>
    </message>
    <message>
        <source>no STARTTLS here; try port 465</source>
        <translation>hier kein STARTTLS; versuchen Sie Port 465</translation>
    </message>
    <message>
        <source>The server does not offer AUTH at all</source>
        <translation>Der Server bietet überhaupt kein AUTH an</translation>
    </message>
    <message>
        <source>EHLO: %1</source>
        <translation>EHLO: %1</translation>
    </message>
    <message>
        <source>This port does not take logins: it may relay by IP address (leave %1 empty) or be a server-to-server port (use the submission port 587).</source>
        <translation>Dieser Port nimmt keine Anmeldungen an: Er leitet womöglich nach IP-Adresse weiter (lassen Sie %1 leer) oder ist ein Port für Server untereinander (verwenden Sie den Submission-Port 587).</translation>
    </message>
    <message>
        <source>No AUTH mechanism in common with the server</source>
        <translation>Kein AUTH-Verfahren, das der Server mit der Konsole gemeinsam hat</translation>
    </message>
    <message>
        <source>The console speaks PLAIN, LOGIN and CRAM-MD5; leave %1 at auto or pick one the server offers (%2).</source>
        <translation>Die Konsole spricht PLAIN, LOGIN und CRAM-MD5; lassen Sie %1 auf auto oder wählen Sie eines, das der Server anbietet (%2).</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check %1 and %2.</source>
        <translation>Prüfen Sie %1 und %2.</translation>
    </message>
    <message>
        <source>The server refuses %1 as sender</source>
        <translation>Der Server lehnt %1 als Absender ab</translation>
    </message>
    <message>
        <source>This account may not send as this address: use a sender (or domain) verified with the provider, or the address you log in with.</source>
        <translation>Dieses Konto darf nicht unter dieser Adresse senden: Verwenden Sie einen beim Anbieter bestätigten Absender (oder eine bestätigte Domain) oder die Adresse, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Check the sender address and that its domain exists (has MX or A records).</source>
        <translation>Prüfen Sie die Absenderadresse und ob ihre Domain existiert (MX- oder A-Einträge hat).</translation>
    </message>
    <message>
        <source>The server refuses recipient %1</source>
        <translation>Der Server lehnt den Empfänger %1 ab</translation>
    </message>
    <message>
        <source>The mailbox does not exist there: check the address for typos.</source>
        <translation>Das Postfach existiert dort nicht: Prüfen Sie die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>The server will not take mail for this recipient from you: relaying needs a login (set %1 and %2), or its access rules forbid this recipient.</source>
        <translation>Der Server nimmt von Ihnen keine E-Mail für diesen Empfänger an: Die Weiterleitung erfordert eine Anmeldung (setzen Sie %1 und %2), oder seine Zugriffsregeln verbieten diesen Empfänger.</translation>
    </message>
    <message>
        <source>A temporary refusal (greylisting, a full mailbox, rate limits): retry later.</source>
        <translation>Eine vorübergehende Ablehnung (Greylisting, ein volles Postfach, Ratenlimits): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>See the server&apos;s words; the recipient may be misspelled or the server may not accept it.</source>
        <translation>Siehe die Worte des Servers; der Empfänger ist vielleicht falsch geschrieben, oder der Server nimmt ihn nicht an.</translation>
    </message>
    <message>
        <source>The server refused the test message</source>
        <translation>Der Server hat die Testnachricht abgelehnt</translation>
    </message>
    <message>
        <source>Content or size policy refused it; see the server&apos;s words.</source>
        <translation>Eine Inhalts- oder Größenrichtlinie hat sie abgelehnt; siehe die Worte des Servers.</translation>
    </message>
    <message>
        <source>The test message was accepted</source>
        <translation>Die Testnachricht wurde angenommen</translation>
    </message>
    <message>
        <source>Nothing to change: look for the message at %1.</source>
        <translation>Nichts zu ändern: Suchen Sie die Nachricht bei %1.</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>Der Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>The server closed the connection (shutting down, or a limit was hit); retry later.</source>
        <translation>Der Server hat die Verbindung geschlossen (er fährt herunter, oder ein Limit wurde erreicht); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The diagnosis was stopped at the %1 stage</source>
        <translation>Die Diagnose wurde in der Phase %1 angehalten</translation>
    </message>
    <message>
        <source>Run it again; raise %1 if the server is slow.</source>
        <translation>Starten Sie sie erneut; erhöhen Sie %1, wenn der Server langsam ist.</translation>
    </message>
    <message>
        <source>The server stopped answering during %1</source>
        <translation>Der Server hat während %1 nicht mehr geantwortet</translation>
    </message>
    <message>
        <source>Raise %1 if the server is slow; otherwise check its logs.</source>
        <translation>Erhöhen Sie %1, wenn der Server langsam ist; prüfen Sie sonst seine Protokolle.</translation>
    </message>
    <message>
        <source>The %1 stage failed</source>
        <translation>Die Phase %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>See the server&apos;s words in the evidence.</source>
        <translation>Siehe die Worte des Servers in den Belegen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the pinned one</source>
        <translation>Das Zertifikat des Servers ist nicht das festgelegte</translation>
    </message>
    <message>
        <source>presented SHA-256 %1, pinned %2</source>
        <extracomment>%1 the fingerprint the server presented, %2 the pinned one</extracomment>
        <translation>vorgelegt SHA-256 %1, festgelegt %2</translation>
    </message>
    <message>
        <source>Nothing was sent. If the server&apos;s certificate was renewed, check the new one (its issuer and dates) and pin it in %1; if not, someone may be intercepting the connection.</source>
        <translation>Es wurde nichts gesendet. Wenn das Zertifikat des Servers erneuert wurde, prüfen Sie das neue (Aussteller und Daten) und legen Sie es in %1 fest; wenn nicht, fängt womöglich jemand die Verbindung ab.</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service, or pass the password through SMTP_PASS for this run</source>
        <translation>kein Schlüsselbund verfügbar: Die Konsole speichert Passwörter nur im Schlüsselbund des Systems (Secret Service), und in dieser Sitzung ist keiner erreichbar. Starten Sie gnome-keyring oder den Secret Service von KeePassXC, oder übergeben Sie das Passwort für diesen Aufruf in SMTP_PASS</translation>
    </message>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service</source>
        <translation>kein Schlüsselbund verfügbar: Die Konsole speichert Passwörter nur im Schlüsselbund des Systems (Secret Service), und in dieser Sitzung ist keiner erreichbar. Starten Sie gnome-keyring oder den Secret Service von KeePassXC</translation>
    </message>
    <message>
        <source>the keychain is locked and was not unlocked; unlock it (e.g. log in to the desktop session) and retry</source>
        <translation>der Schlüsselbund ist gesperrt und wurde nicht entsperrt; entsperren Sie ihn (z. B. durch Anmelden an der Desktop-Sitzung) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the keychain refused access to selfmx-console (%1)</source>
        <translation>der Schlüsselbund hat selfmx-console den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; set one with &apos;profile edit NAME --ask-password&apos;</source>
        <translation>für dieses Profil ist kein Passwort im Schlüsselbund gespeichert; setzen Sie eines mit &apos;profile edit NAME --ask-password&apos;</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; type it in the Password field and save</source>
        <translation>für dieses Profil ist kein Passwort im Schlüsselbund gespeichert; geben Sie es im Feld Passwort ein und speichern Sie</translation>
    </message>
    <message>
        <source>this installation of selfmx-console is incomplete: its keychain module (selfmx-keychain) is missing; reinstall the package (%1)</source>
        <extracomment>%1: the dynamic loader&apos;s words, naming the files it looked for.</extracomment>
        <translation>diese Installation von selfmx-console ist unvollständig: ihr Schlüsselbund-Modul (selfmx-keychain) fehlt; installieren Sie das Paket neu (%1)</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session, or pass the password through SMTP_PASS for this run</source>
        <extracomment>%1: the keychain&apos;s own words</extracomment>
        <translation>der Schlüsselbund ist fehlgeschlagen: %1. Prüfen Sie, ob in dieser Sitzung ein Secret Service (gnome-keyring, KeePassXC) läuft und entsperrt ist, oder übergeben Sie das Passwort für diesen Aufruf in SMTP_PASS</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session</source>
        <translation>der Schlüsselbund ist fehlgeschlagen: %1. Prüfen Sie, ob in dieser Sitzung ein Secret Service (gnome-keyring, KeePassXC) läuft und entsperrt ist</translation>
    </message>
</context>
<context>
    <name>MimeText</name>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is an email address (or a name and address) as the user wrote it</extracomment>
        <translation>&quot;%1&quot; enthält einen Zeilenumbruch (Kopfzeilen-Injection wird abgewiesen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form name@domain</source>
        <extracomment>%1 is an email address as the user wrote it; &quot;name@domain&quot; shows the expected form</extracomment>
        <translation>&quot;%1&quot; hat nicht die Form name@domain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a local part longer than 64 octets (RFC 5321 §4.5.3.1.1)</source>
        <extracomment>%1 is an email address; the local part is what comes before the @</extracomment>
        <translation>&quot;%1&quot; hat einen lokalen Teil, der länger als 64 Oktette ist (RFC 5321 §4.5.3.1.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 254 octets</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>&quot;%1&quot; ist länger als 254 Oktette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid quoted local part</source>
        <extracomment>%1 is an email address; the local part is what comes before the @, here in double quotes</extracomment>
        <translation>&quot;%1&quot; hat einen ungültigen lokalen Teil in Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced dot in the local part</source>
        <extracomment>%1 is an email address; a dot at the start or end of the part before the @, or two dots in a row</extracomment>
        <translation>&quot;%1&quot; hat einen falsch gesetzten Punkt im lokalen Teil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the character &apos;%2&apos; in the local part, which needs quoting</source>
        <extracomment>%1 is an email address, %2 a single character of it (e.g. a comma or a space)</extracomment>
        <translation>&quot;%1&quot; enthält im lokalen Teil das Zeichen &apos;%2&apos;, das in Anführungszeichen stehen müsste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid (internationalised) host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>&quot;%1&quot; hat eine Domain, die kein gültiger (internationalisierter) Hostname ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>&quot;%1&quot; hat eine Domain, die kein gültiger Hostname ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has text after the closing &apos;&gt;&apos;</source>
        <extracomment>%1 is a name and email address such as Jane &lt;jane@example.com&gt;</extracomment>
        <translation>&quot;%1&quot; hat Text nach der schließenden &apos;&gt;&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quoted display name</source>
        <extracomment>%1 is a name and email address such as &quot;Doe, Jane&quot; &lt;jane@example.com&gt;</extracomment>
        <translation>&quot;%1&quot; hat einen Anzeigenamen mit nicht geschlossenem Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quote</source>
        <extracomment>%1 is a list of email addresses as the user wrote it</extracomment>
        <translation>&quot;%1&quot; hat ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>the display name &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name shown with an email address, e.g. Jane Doe</extracomment>
        <translation>der Anzeigename &quot;%1&quot; enthält einen Zeilenumbruch (Kopfzeilen-Injection wird abgewiesen)</translation>
    </message>
    <message>
        <source>a sender address is required</source>
        <translation>eine Absenderadresse ist erforderlich</translation>
    </message>
    <message>
        <source>at least one recipient is required (to, cc or bcc)</source>
        <extracomment>to, cc and bcc are the recipient fields&apos; names; keep them as they are</extracomment>
        <translation>mindestens ein Empfänger ist erforderlich (to, cc oder bcc)</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name of an email header, e.g. X-Campaign</extracomment>
        <translation>die Kopfzeile &quot;%1&quot; enthält einen Zeilenumbruch (Kopfzeilen-Injection wird abgewiesen)</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has a line break in its name, content type or content id (header injection is refused)</source>
        <extracomment>%1 is an attachment&apos;s file name</extracomment>
        <translation>der Anhang &quot;%1&quot; hat einen Zeilenumbruch im Namen, im Inhaltstyp oder in der Content-ID (Kopfzeilen-Injection wird abgewiesen)</translation>
    </message>
    <message>
        <source>the subject contains a line break (header injection is refused)</source>
        <translation>der Betreff enthält einen Zeilenumbruch (Kopfzeilen-Injection wird abgewiesen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use printable ASCII without spaces or &apos;:&apos;</source>
        <extracomment>%1 is what the user gave as the name of an email header</extracomment>
        <translation>&quot;%1&quot; ist kein gültiger Kopfzeilenname: verwenden Sie druckbares ASCII ohne Leerzeichen und ohne &apos;:&apos;</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is set from the message itself; use the matching option instead</source>
        <extracomment>%1 is the name of an email header, e.g. Subject or From</extracomment>
        <translation>die Kopfzeile &quot;%1&quot; wird aus der Nachricht selbst gesetzt; verwenden Sie stattdessen die passende Option</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content type &quot;%2&quot;, which is not of the form type/subtype</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 a MIME content type such as text/plain</extracomment>
        <translation>der Anhang &quot;%1&quot; hat den Inhaltstyp &quot;%2&quot;, der nicht die Form Typ/Untertyp hat</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content id &quot;%2&quot;, which is not valid: use ASCII letters, digits and . - _ @ (RFC 2392)</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 its content id (the NAME in &lt;img src=&quot;cid:NAME&quot;&gt;)</extracomment>
        <translation>der Anhang &quot;%1&quot; hat die Content-ID &quot;%2&quot;, die ungültig ist: verwenden Sie ASCII-Buchstaben, Ziffern und . - _ @ (RFC 2392)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or directory); save it to a file first</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Verzeichnis); speichern Sie den Inhalt zuerst in einer Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason (e.g. &quot;No such file or directory&quot;)</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed size while it was being sent; send the message again</source>
        <extracomment>%1 is the path of a file attached to the message</extracomment>
        <translation>die Größe von %1 hat sich während des Sendens geändert; senden Sie die Nachricht erneut</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Self-hosted (Postfix)</source>
        <translation>Selbst betrieben (Postfix)</translation>
    </message>
    <message>
        <source>Other server</source>
        <extracomment>A provider choice: any SMTP server not in the list</extracomment>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>Use the user name and password your mail server&apos;s administrator gave you.</source>
        <translation>Verwenden Sie den Benutzernamen und das Passwort, die Ihnen der Administrator Ihres Mailservers gegeben hat.</translation>
    </message>
    <message>
        <source>postmaster@your-domain</source>
        <translation>postmaster@ihre-domain</translation>
    </message>
    <message>
        <source>SMTP user name (starts with AKIA)</source>
        <translation>SMTP-Benutzername (beginnt mit AKIA)</translation>
    </message>
    <message>
        <source>Server API token</source>
        <translation>Server-API-Token</translation>
    </message>
    <message>
        <source>you@gmail.com</source>
        <translation>sie@gmail.com</translation>
    </message>
    <message>
        <source>you@your-company.com</source>
        <translation>sie@ihre-firma.de</translation>
    </message>
    <message>
        <source>you@outlook.com</source>
        <translation>sie@outlook.com</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Picked %1, because the address is at %2.</source>
        <extracomment>%1 is a provider (&quot;Gmail / Google Workspace&quot;), %2 the domain that matched (&quot;gmail.com&quot;)</extracomment>
        <translation>%1 gewählt, weil die Adresse zu %2 gehört.</translation>
    </message>
    <message>
        <source>%1 is not a domain the console knows: pick your provider from the list, or &quot;Other server&quot;.</source>
        <translation>%1 ist keine Domain, die die Konsole kennt: Wählen Sie Ihren Anbieter aus der Liste oder „Anderer Server“.</translation>
    </message>
    <message>
        <source>Where %2 issues them: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <extracomment>%1 is a link&apos;s address, %2 the provider&apos;s name</extracomment>
        <translation>Wo %2 sie ausstellt: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>EU (smtp.eu.mailgun.org)</source>
        <translation>EU (smtp.eu.mailgun.org)</translation>
    </message>
    <message>
        <source>US (smtp.mailgun.org)</source>
        <translation>USA (smtp.mailgun.org)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
</context>
<context>
    <name>RelayText</name>
    <message>
        <source>relay listening on http://%1:%2</source>
        <translation>Relay lauscht auf http://%1:%2</translation>
    </message>
    <message>
        <source>The relay listens on %1, which other machines can reach: anyone with the API key can send mail through this profile.</source>
        <translation>Das Relay lauscht auf %1, was andere Rechner erreichen können: Jeder mit dem API-Schlüssel kann über dieses Profil E-Mails senden.</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; clients send it as &quot;Authorization: Bearer KEY&quot;:</source>
        <translation>für das Profil „%1“ wurde ein neuer API-Schlüssel erzeugt und im Schlüsselbund gespeichert; Clients senden ihn als &quot;Authorization: Bearer KEY&quot;:</translation>
    </message>
    <message>
        <source>The relay needs an API key. Make one with &quot;New key&quot;.</source>
        <translation>Das Relay braucht einen API-Schlüssel. Erzeugen Sie einen mit „Neuer Schlüssel“.</translation>
    </message>
    <message>
        <source>HOST=%1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine</source>
        <translation>HOST=%1 ist keine IP-Adresse; verwenden Sie 127.0.0.1, ::1 oder eine Adresse dieses Rechners</translation>
    </message>
    <message>
        <source>The listening address %1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine.</source>
        <translation>Die Adresse %1, auf der gelauscht werden soll, ist keine IP-Adresse; verwenden Sie 127.0.0.1, ::1 oder eine Adresse dieses Rechners.</translation>
    </message>
    <message>
        <source>another relay (process %1) already delivers from this queue; stop it first, or give this one its own --queue</source>
        <translation>ein anderes Relay (Prozess %1) liefert bereits aus dieser Warteschlange aus; beenden Sie es zuerst, oder geben Sie diesem eine eigene --queue</translation>
    </message>
    <message>
        <source>Another relay (process %1) already delivers from this profile&apos;s queue. Stop it first.</source>
        <translation>Ein anderes Relay (Prozess %1) liefert bereits aus der Warteschlange dieses Profils aus. Beenden Sie es zuerst.</translation>
    </message>
    <message>
        <source>There is no message %1 in the queue.</source>
        <translation>Es gibt keine Nachricht %1 in der Warteschlange.</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a failed, canceled or queued message can be retried.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>Nachricht %1 ist %2: Nur eine fehlgeschlagene, abgebrochene oder wartende Nachricht kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a queued or scheduled message can be canceled.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>Nachricht %1 ist %2: Nur eine wartende oder geplante Nachricht kann abgebrochen werden.</translation>
    </message>
    <message>
        <source>message %1 queued again; the relay sends it within a few seconds</source>
        <translation>Nachricht %1 erneut eingereiht; das Relay sendet sie in wenigen Sekunden</translation>
    </message>
    <message>
        <source>message %1 canceled; it will not be sent</source>
        <translation>Nachricht %1 abgebrochen; sie wird nicht gesendet</translation>
    </message>
    <message>
        <source>relay: running (process %1)</source>
        <translation>Relay: läuft (Prozess %1)</translation>
    </message>
    <message>
        <source>relay: not running</source>
        <translation>Relay: läuft nicht</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>stopping: no new requests; finishing the SMTP transactions in progress</source>
        <translation>wird beendet: keine neuen Anfragen; laufende SMTP-Transaktionen werden abgeschlossen</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>Relay beendet</translation>
    </message>
    <message>
        <source>HOST=%1 is not a loopback address: other machines can reach the relay; anyone with the API key can send mail through this profile</source>
        <translation>HOST=%1 ist keine Loopback-Adresse: Andere Rechner können das Relay erreichen; jeder mit dem API-Schlüssel kann über dieses Profil E-Mails senden</translation>
    </message>
    <message>
        <source>the relay needs an API key: set API_KEY, or name a profile with --profile (its key is made and kept in the keychain)</source>
        <translation>Das Relay braucht einen API-Schlüssel: Setzen Sie API_KEY, oder nennen Sie ein Profil mit --profile (sein Schlüssel wird erzeugt und im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>%1 port %2 is already in use (another program listens there): stop that program, or set PORT to a free port (or HOST to another address)</source>
        <extracomment>%1: an IP address, %2: a port number</extracomment>
        <translation>Port %2 auf %1 ist bereits belegt (ein anderes Programm lauscht dort): Beenden Sie dieses Programm, oder setzen Sie PORT auf einen freien Port (oder HOST auf eine andere Adresse)</translation>
    </message>
    <message>
        <source>Port %2 on %1 is already in use by another program. Stop that program, or choose another relay port for this profile.</source>
        <translation>Port %2 auf %1 wird bereits von einem anderen Programm belegt. Beenden Sie dieses Programm, oder wählen Sie für dieses Profil einen anderen Relay-Port.</translation>
    </message>
    <message>
        <source>HOST=%1 is not an address of this machine (or its network is not up yet); use 127.0.0.1, ::1 or one of this machine&apos;s addresses</source>
        <translation>HOST=%1 ist keine Adresse dieses Rechners (oder sein Netzwerk ist noch nicht bereit); verwenden Sie 127.0.0.1, ::1 oder eine Adresse dieses Rechners</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine (or its network is not up yet). Use 127.0.0.1, ::1 or one of this machine&apos;s addresses.</source>
        <translation>%1 ist keine Adresse dieses Rechners (oder sein Netzwerk ist noch nicht bereit). Verwenden Sie 127.0.0.1, ::1 oder eine Adresse dieses Rechners.</translation>
    </message>
    <message>
        <source>port %1 is below 1024, which only privileged programs may listen on; set PORT to 1024 or more</source>
        <translation>Port %1 liegt unter 1024, dort dürfen nur privilegierte Programme lauschen; setzen Sie PORT auf 1024 oder höher</translation>
    </message>
    <message>
        <source>Port %1 is below 1024, which only privileged programs may listen on. Choose a relay port of 1024 or more.</source>
        <translation>Port %1 liegt unter 1024, dort dürfen nur privilegierte Programme lauschen. Wählen Sie einen Relay-Port von 1024 oder höher.</translation>
    </message>
    <message>
        <source>the relay cannot start: %1</source>
        <translation>Das Relay kann nicht starten: %1</translation>
    </message>
    <message>
        <source>there is no message %1 in the queue</source>
        <translation>es gibt keine Nachricht %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>message %1 is %2: only a failed, canceled or queued message can be retried</source>
        <translation>Nachricht %1 ist %2: nur eine fehlgeschlagene, abgebrochene oder wartende Nachricht kann erneut versucht werden</translation>
    </message>
    <message>
        <source>message %1 is %2: only a queued or scheduled message can be canceled</source>
        <translation>Nachricht %1 ist %2: nur eine wartende oder geplante Nachricht kann abgebrochen werden</translation>
    </message>
    <message>
        <source>it was written by an earlier version and a relay is using it; restart that relay (it moves the queue to this version&apos;s layout when it starts), then try again</source>
        <translation>sie wurde von einer früheren Version geschrieben und ein Relay verwendet sie; starten Sie dieses Relay neu (es überführt die Warteschlange beim Start in das Format dieser Version) und versuchen Sie es dann erneut</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Diagnosing … %1</source>
        <translation>Diagnose … %1</translation>
    </message>
    <message>
        <source>Diagnosing … %1: passed</source>
        <translation>Diagnose … %1: bestanden</translation>
    </message>
    <message>
        <source>Diagnosing … %1: passed with a warning</source>
        <translation>Diagnose … %1: mit Warnung bestanden</translation>
    </message>
    <message>
        <source>Diagnosing … %1: failed</source>
        <translation>Diagnose … %1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Diagnosing … %1: skipped</source>
        <translation>Diagnose … %1: übersprungen</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS vorgeschrieben</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>no AUTH</source>
        <translation>kein AUTH</translation>
    </message>
    <message>
        <source>(HELO only)</source>
        <translation>(nur HELO)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>no answer from DNS within the timeout</source>
        <translation>keine Antwort vom DNS innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>off (%1)</source>
        <translation>aus (%1)</translation>
    </message>
    <message>
        <source>%1 %2, %3%4</source>
        <translation>%1 %2, %3%4</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat überprüft</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>Zertifikat NICHT überprüft</translation>
    </message>
    <message>
        <source> (%1, expires %2)</source>
        <translation> (%1, läuft ab am %2)</translation>
    </message>
    <message>
        <source>before TLS: %1 | after TLS: %2</source>
        <translation>vor TLS: %1 | nach TLS: %2</translation>
    </message>
    <message>
        <source>no %1: no login</source>
        <translation>kein %1: keine Anmeldung</translation>
    </message>
    <message>
        <source>%1 as %2: refused</source>
        <translation>%1 als %2: abgelehnt</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>not probed (--probe-sender)</source>
        <translation>nicht geprüft (--probe-sender)</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>not probed (--probe-recipient)</source>
        <translation>nicht geprüft (--probe-recipient)</translation>
    </message>
    <message>
        <source>no test message (--test-send)</source>
        <translation>keine Testnachricht (--test-send)</translation>
    </message>
    <message>
        <source>no test message</source>
        <translation>keine Testnachricht</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>%1 %2: ✗ %3</source>
        <translation>%1 %2: ✗ %3</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, logged in (%3 ms)</source>
        <extracomment>discover&apos;s line for a port that works: port, TLS mode, milliseconds</extracomment>
        <translation>%1 %2: ✓ Zertifikat NICHT überprüft, angemeldet (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ logged in (%3 ms)</source>
        <translation>%1 %2: ✓ angemeldet (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, connected (%3 ms)</source>
        <translation>%1 %2: ✓ Zertifikat NICHT überprüft, verbunden (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ connected (%3 ms)</source>
        <translation>%1 %2: ✓ verbunden (%3 ms)</translation>
    </message>
    <message>
        <source>Diagnosis of %1:%2 (%3, verification %4, timeout %5 s)</source>
        <translation>Diagnose von %1:%2 (%3, Überprüfung %4, Zeitlimit %5 s)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Beleg:    %1</translation>
    </message>
    <message>
        <source>fix:      %1</source>
        <translation>Lösung:   %1</translation>
    </message>
    <message>
        <source>Result: working (%1 ms)</source>
        <translation>Ergebnis: funktioniert (%1 ms)</translation>
    </message>
    <message>
        <source>Result: fails at %1 (%2 ms)</source>
        <translation>Ergebnis: scheitert bei %1 (%2 ms)</translation>
    </message>
    <message>
        <source>SelfMX Console diagnosis report</source>
        <translation>SelfMX Console – Diagnosebericht</translation>
    </message>
    <message>
        <source>console %1, Qt %2, %3, %4</source>
        <translation>Konsole %1, Qt %2, %3, %4</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <source>Settings (secrets masked)</source>
        <translation>Einstellungen (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gültig %1 bis %2</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>Namen %1</translation>
    </message>
    <message>
        <source>Transcript (AUTH redacted)</source>
        <translation>Protokoll (AUTH geschwärzt)</translation>
    </message>
    <message>
        <source>certificate accepted by its pin</source>
        <translation>Zertifikat über seinen Pin akzeptiert</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>keine Begrüßung</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>keine TLS-Sitzung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>connect: refused the connection (nothing listens on this port, or a firewall rejects it)</source>
        <translation>connect: Verbindung abgelehnt (an diesem Port lauscht nichts, oder eine Firewall weist sie ab)</translation>
    </message>
    <message>
        <source>connect: no TCP connection within %1 s (the port is filtered, or the host is down)</source>
        <translation>connect: keine TCP-Verbindung innerhalb von %1 s (der Port wird gefiltert, oder der Host ist nicht erreichbar)</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of alternatives: &quot;a, b&quot; and &quot;c&quot;</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A form field&apos;s label and the variable it stands for, e.g. &quot;Port (SMTP_PORT)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>is required; set it to your SMTP server&apos;s name, e.g. smtp.example.com</source>
        <translation>ist erforderlich; tragen Sie den Namen Ihres SMTP-Servers ein, z. B. smtp.example.com</translation>
    </message>
    <message>
        <source>is required; give the profile a name such as &quot;production&quot;</source>
        <translation>ist erforderlich; geben Sie dem Profil einen Namen wie „produktion“</translation>
    </message>
    <message>
        <source>%1 is not a host name; use this machine&apos;s fully qualified name</source>
        <translation>%1 ist kein Hostname; verwenden Sie den vollqualifizierten Namen dieses Rechners</translation>
    </message>
    <message>
        <source>%1 is not a host name or IP address; use a name such as smtp.example.com</source>
        <translation>%1 ist weder Hostname noch IP-Adresse; verwenden Sie einen Namen wie smtp.example.com</translation>
    </message>
    <message>
        <source>%1 is not a port; use a number from %2 to %3 (587 STARTTLS, 465 implicit TLS, 25, 2525)</source>
        <translation>%1 ist kein Port; verwenden Sie eine Zahl von %2 bis %3 (587 STARTTLS, 465 implizites TLS, 25, 2525)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3 (default %4)</source>
        <translation>%1 liegt außerhalb von %2 bis %3; verwenden Sie eine ganze Zahl von %2 bis %3 (Standard %4)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3</source>
        <translation>%1 liegt außerhalb von %2 bis %3; verwenden Sie eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 is not a boolean; use true or false</source>
        <translation>%1 ist kein Wahrheitswert; verwenden Sie true oder false</translation>
    </message>
    <message>
        <source>%1 is not a timeout; use a number of seconds greater than 0 (at least 0.001) and at most %2 (default %3)</source>
        <translation>%1 ist kein Zeitlimit; verwenden Sie eine Anzahl Sekunden größer als 0 (mindestens 0.001) und höchstens %2 (Standard %3)</translation>
    </message>
    <message>
        <source>%1 is not supported; use auto, PLAIN, LOGIN or CRAM-MD5</source>
        <translation>%1 wird nicht unterstützt; verwenden Sie auto, PLAIN, LOGIN oder CRAM-MD5</translation>
    </message>
    <message>
        <source>%1 is not one of the accepted values; use %2</source>
        <translation>%1 ist keiner der erlaubten Werte; verwenden Sie %2</translation>
    </message>
    <message>
        <source>%1 is not a TLS mode; use implicit, starttls or none</source>
        <translation>%1 ist kein TLS-Modus; verwenden Sie implicit, starttls oder none</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed), as `openssl x509 -noout -fingerprint -sha256` prints it</source>
        <translation>%1 ist kein SHA-256-Fingerabdruck; verwenden Sie 64 Hexadezimalziffern (Doppelpunkte erlaubt), wie `openssl x509 -noout -fingerprint -sha256` sie ausgibt</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed)</source>
        <translation>%1 ist kein SHA-256-Fingerabdruck; verwenden Sie 64 Hexadezimalziffern (Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address; write name@domain</source>
        <translation>%1 ist keine E-Mail-Adresse; schreiben Sie name@domain</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer SMTP_TLS_CA_FILE to trust a self-signed server</source>
        <translation>die Zertifikatsprüfung ist aus: Jeder auf dem Weg kann das Passwort mitlesen. Vertrauen Sie einem selbstsignierten Server besser mit SMTP_TLS_CA_FILE</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer a trusted CA file or a pinned certificate</source>
        <translation>die Zertifikatsprüfung ist aus: Jeder auf dem Weg kann das Passwort mitlesen. Besser ist eine vertrauenswürdige CA-Datei oder ein gepinntes Zertifikat</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a loopback server or with SMTP_ALLOW_PLAINTEXT_AUTH=true</source>
        <translation>TLS ist aus: Das Passwort würde im Klartext übertragen; die Konsole sendet es nur an einen Loopback-Server oder mit SMTP_ALLOW_PLAINTEXT_AUTH=true</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a server on this machine unless you allow login without TLS</source>
        <translation>TLS ist aus: Das Passwort würde im Klartext übertragen; die Konsole sendet es nur an einen Server auf diesem Rechner, es sei denn, Sie erlauben die Anmeldung ohne TLS</translation>
    </message>
    <message>
        <source>the relay listens on %1, not only on this machine: other machines can send mail through your account</source>
        <translation>das Relay lauscht auf %1, nicht nur auf diesem Rechner: Andere Rechner können über Ihr Konto E-Mails senden</translation>
    </message>
    <message>
        <source>overrides SMTP_TLS=%1</source>
        <translation>überschreibt SMTP_TLS=%1</translation>
    </message>
    <message>
        <source>may not contain line breaks or &apos;/&apos;</source>
        <translation>darf keine Zeilenumbrüche oder &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>%1 is not an SES region; use one of %2</source>
        <translation>%1 ist keine SES-Region; verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>a profile named %1 exists; pick another name</source>
        <translation>ein Profil namens %1 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>no profile %1</source>
        <translation>kein Profil %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>line %1: expected KEY=value, got &quot;%2&quot;</source>
        <translation>Zeile %1: KEY=Wert erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <source>line %1: %2 has an unterminated %3 quote</source>
        <translation>Zeile %1: %2 hat ein nicht geschlossenes %3-Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: %2 has text after its closing quote; only a comment (after a space) may follow</source>
        <translation>Zeile %1: %2 hat Text nach dem schließenden Anführungszeichen; folgen darf nur ein Kommentar (nach einem Leerzeichen)</translation>
    </message>
    <message>
        <source>line %1: %2 uses $: Docker Compose would expand it as a variable and the console does not; write $$ for a literal $, or put the value in single quotes</source>
        <translation>Zeile %1: %2 verwendet $: Docker Compose würde es als Variable expandieren, die Konsole nicht; schreiben Sie $$ für ein wörtliches $, oder setzen Sie den Wert in einfache Anführungszeichen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown</source>
        <translation>
            <numerusform>… und %n weiteres Problem nicht angezeigt</numerusform>
            <numerusform>… und %n weitere Probleme nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 serves SMTP on ports %2, not %3</source>
        <translation>%1 bietet SMTP an den Ports %2 an, nicht an %3</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; set SMTP_TLS_MODE=implicit</source>
        <translation>Port %1 von %2 erwartet implizites TLS; setzen Sie SMTP_TLS_MODE=implicit</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; choose &quot;implicit&quot; as the TLS mode</source>
        <translation>Port %1 von %2 erwartet implizites TLS; wählen Sie „implizit“ als TLS-Modus</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey, not %1</source>
        <translation>Der Benutzername bei SendGrid ist wörtlich das Wort apikey, nicht %1</translation>
    </message>
    <message>
        <source>SendGrid API keys start with SG.; this looks like an account password</source>
        <translation>SendGrid-API-Schlüssel beginnen mit SG.; das hier sieht nach einem Kontopasswort aus</translation>
    </message>
    <message>
        <source>with a Postmark Server API token, user name and password are the same token; they differ only for an SMTP Token (access key + secret key)</source>
        <translation>mit einem Postmark-Server-API-Token sind Benutzername und Passwort dasselbe Token; sie unterscheiden sich nur bei einem SMTP-Token (Zugriffsschlüssel + geheimer Schlüssel)</translation>
    </message>
    <message>
        <source>a 40-character secret with an AKIA… user looks like an IAM access key; SES needs SMTP credentials generated for region %1 (their password is 44 characters)</source>
        <translation>ein 40 Zeichen langes Geheimnis mit einem AKIA…-Benutzer sieht nach einem IAM-Zugriffsschlüssel aus; SES braucht für die Region %1 erzeugte SMTP-Zugangsdaten (deren Passwort hat 44 Zeichen)</translation>
    </message>
    <message>
        <source>SES SMTP credentials work only in their own region: expected %1</source>
        <translation>SES-SMTP-Zugangsdaten gelten nur in ihrer eigenen Region: erwartet %1</translation>
    </message>
    <message>
        <source>Amazon SES refuses unencrypted connections</source>
        <translation>Amazon SES lehnt unverschlüsselte Verbindungen ab</translation>
    </message>
    <message>
        <source>Mailgun SMTP logins look like postmaster@your-domain; %1 has no domain</source>
        <translation>Mailgun-SMTP-Logins sehen aus wie postmaster@ihre-domain; %1 hat keine Domain</translation>
    </message>
    <message>
        <source>EU Mailgun domains send through %1</source>
        <translation>Mailgun-Domains in der EU senden über %1</translation>
    </message>
    <message>
        <source>%1 logs in with the mailbox&apos;s full address (name@domain), not %2</source>
        <translation>%1 meldet sich mit der vollständigen Adresse des Postfachs an (name@domain), nicht mit %2</translation>
    </message>
    <message>
        <source>port 25 is often blocked by ISPs and clouds; prefer 587</source>
        <translation>Port 25 wird von Internet- und Cloud-Anbietern oft gesperrt; besser 587</translation>
    </message>
    <message>
        <source>invalid value (%1)</source>
        <extracomment>An unknown problem code, shown as is</extracomment>
        <translation>ungültiger Wert (%1)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;: </source>
        <translation>%1, Profil „%2“: </translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 ist keine Einstellung, die die Konsole kennt (siehe die Liste der SMTP_*-Variablen in der README)</translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows; did you mean %2?</source>
        <translation>%1 ist keine Einstellung, die die Konsole kennt; meinten Sie %2?</translation>
    </message>
    <message>
        <source>%1 is not a nameserver; use an IP address with an optional port, e.g. 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53</source>
        <extracomment>DNS_SERVER&apos;s value. Keep the example addresses as they are.</extracomment>
        <translation>%1 ist kein Nameserver; verwenden Sie eine IP-Adresse mit optionalem Port, z. B. 192.0.2.53, 192.0.2.53:5353 oder [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8</source>
        <translation>Zeile %1 ist kein UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey</source>
        <translation>Der Benutzername bei SendGrid ist wörtlich das Wort apikey</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 wurde nicht importiert: Es ist keine Einstellung, die die Konsole kennt (siehe die Liste der SMTP_*-Variablen in der README)</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (did you mean %2?)</source>
        <translation>%1 wurde nicht importiert: Es ist keine Einstellung, die die Konsole kennt (meinten Sie %2?)</translation>
    </message>
</context>
<context>
    <name>selfmx::app</name>
    <message>
        <source>connected to %1:%2</source>
        <extracomment>%1: host, %2: port</extracomment>
        <translation>verbunden mit %1:%2</translation>
    </message>
    <message>
        <source>, certificate verified</source>
        <translation>, Zertifikat überprüft</translation>
    </message>
    <message>
        <source>, certificate accepted by its pin (SMTP_TLS_PIN_SHA256)</source>
        <translation>, Zertifikat über seinen Pin akzeptiert (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>, CERTIFICATE NOT VERIFIED</source>
        <translation>, ZERTIFIKAT NICHT ÜBERPRÜFT</translation>
    </message>
    <message>
        <source>, no TLS</source>
        <translation>, kein TLS</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <extracomment>%1: the user name, %2: the SASL mechanism (PLAIN, LOGIN, …)</extracomment>
        <translation>angemeldet als %1 mit %2</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_PIN_SHA256 pins this certificate: %1</source>
        <extracomment>%1: the certificate error, as Qt words it</extracomment>
        <translation>Warnung: akzeptiert, weil SMTP_TLS_PIN_SHA256 dieses Zertifikat pinnt: %1</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_VERIFY=false: %1</source>
        <translation>Warnung: akzeptiert, weil SMTP_TLS_VERIFY=false: %1</translation>
    </message>
    <message>
        <source>Print the SMTP transcript (passwords redacted).</source>
        <translation>Das SMTP-Protokoll ausgeben (Passwörter geschwärzt).</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override its fields.</source>
        <translation>Ein gespeichertes Profil verwenden; SMTP_*-Variablen überschreiben seine Felder.</translation>
    </message>
    <message>
        <source>Connect, negotiate TLS, authenticate and quit.</source>
        <translation>Verbinden, TLS aushandeln, anmelden und beenden.</translation>
    </message>
    <message>
        <source>SMTP connection successful</source>
        <translation>SMTP-Verbindung erfolgreich</translation>
    </message>
    <message>
        <source>Send a message: text and/or HTML, attachments, custom headers.</source>
        <translation>Eine Nachricht senden: Text und/oder HTML, Anhänge, eigene Kopfzeilen.</translation>
    </message>
    <message>
        <source>Recipients (repeatable, or comma-separated).</source>
        <translation>Empfänger (wiederholbar oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Copy recipients.</source>
        <translation>Empfänger in Kopie.</translation>
    </message>
    <message>
        <source>Blind copy recipients (envelope only).</source>
        <translation>Empfänger in Blindkopie (nur im Umschlag).</translation>
    </message>
    <message>
        <source>Reply-To addresses.</source>
        <translation>Reply-To-Adressen.</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Betreff.</translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation>Nachrichtentext als reiner Text.</translation>
    </message>
    <message>
        <source>HTML body, read from FILE.</source>
        <translation>HTML-Text, gelesen aus FILE.</translation>
    </message>
    <message>
        <source>Attach FILE (repeatable).</source>
        <translation>FILE anhängen (wiederholbar).</translation>
    </message>
    <message>
        <source>Attach FILE inline as cid:NAME, written NAME=FILE (repeatable).</source>
        <translation>FILE eingebettet als cid:NAME anhängen, geschrieben NAME=FILE (wiederholbar).</translation>
    </message>
    <message>
        <source>Custom header &quot;Name: value&quot; (repeatable).</source>
        <translation>Eigene Kopfzeile &quot;Name: Wert&quot; (wiederholbar).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--text or --html is required</source>
        <translation>--text oder --html ist erforderlich</translation>
    </message>
    <message>
        <source>--from: give exactly one sender</source>
        <translation>--from: Geben Sie genau einen Absender an</translation>
    </message>
    <message>
        <source>--html: cannot read %1: %2</source>
        <translation>--html: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--inline: write NAME=FILE, e.g. logo=logo.png (then &lt;img src=&quot;cid:logo&quot;&gt;)</source>
        <translation>--inline: Schreiben Sie NAME=FILE, z. B. logo=logo.png (dann &lt;img src=&quot;cid:logo&quot;&gt;)</translation>
    </message>
    <message>
        <source>--header: write &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation>--header: Schreiben Sie &quot;Name: Wert&quot;, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: angenommen</translation>
    </message>
    <message>
        <source>%1: refused. The server said: %2</source>
        <extracomment>%1: the recipient&apos;s address, %2: the server&apos;s own words (not translated)</extracomment>
        <translation>%1: abgelehnt. Der Server sagte: %2</translation>
    </message>
    <message>
        <source>recipient: the message was accepted for some recipients only</source>
        <translation>Empfänger: Die Nachricht wurde nur für einige Empfänger angenommen</translation>
    </message>
    <message numerus="yes">
        <source>message accepted (%n bytes): %1</source>
        <extracomment>%n: the message&apos;s size in bytes, %1: the server&apos;s own words (not translated)</extracomment>
        <translation>
            <numerusform>Nachricht angenommen (%n Byte): %1</numerusform>
            <numerusform>Nachricht angenommen (%n Byte): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>Fehler: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for its options.</source>
        <extracomment>%1: the command, e.g. &quot;selfmx-console test&quot;</extracomment>
        <translation>&apos;%1 --help&apos; zeigt seine Optionen.</translation>
    </message>
    <message>
        <source>--password-stdin: nothing to read on standard input</source>
        <translation>--password-stdin: Auf der Standardeingabe ist nichts zu lesen</translation>
    </message>
    <message>
        <source>no terminal to ask for the password; pipe it in with --password-stdin</source>
        <translation>kein Terminal, um nach dem Passwort zu fragen; leiten Sie es mit --password-stdin ein</translation>
    </message>
    <message>
        <source>Diagnose the SMTP settings stage by stage (resolve, connect, greeting, TLS, EHLO, AUTH, and optionally sender, recipient and a test message) and name each fault with its fix. The exit status names the first failing stage.</source>
        <translation>Die SMTP-Einstellungen Phase für Phase diagnostizieren (Auflösen, Verbinden, Begrüßung, TLS, EHLO, AUTH und optional Absender, Empfänger und eine Testnachricht) und jeden Fehler mit seiner Lösung benennen. Der Exit-Status nennt die erste fehlgeschlagene Phase.</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override it.</source>
        <translation>Ein gespeichertes Profil verwenden; SMTP_*-Variablen überschreiben es.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema: docs/diagnostics-json.md).</source>
        <translation>Den Bericht als JSON ausgeben (Schema: docs/diagnostics-json.md).</translation>
    </message>
    <message>
        <source>Try MAIL FROM with this address (then RSET).</source>
        <translation>MAIL FROM mit dieser Adresse versuchen (danach RSET).</translation>
    </message>
    <message>
        <source>Try RCPT TO with this address (then RSET).</source>
        <translation>RCPT TO mit dieser Adresse versuchen (danach RSET).</translation>
    </message>
    <message>
        <source>Also send a real test message to --probe-recipient.</source>
        <translation>Zusätzlich eine echte Testnachricht an --probe-recipient senden.</translation>
    </message>
    <message>
        <source>Write a report for a support request to FILE (no secrets).</source>
        <translation>Einen Bericht für eine Supportanfrage in FILE schreiben (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>error: --test-send needs --probe-recipient ADDR</source>
        <translation>Fehler: --test-send braucht --probe-recipient ADDR</translation>
    </message>
    <message>
        <source>diagnosing %1:%2 …</source>
        <extracomment>%1: host, %2: port</extracomment>
        <translation>Diagnose von %1:%2 …</translation>
    </message>
    <message>
        <source>error: --bundle: cannot write %1: %2</source>
        <translation>Fehler: --bundle: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>report written to %1 (no passwords in it)</source>
        <translation>Bericht in %1 geschrieben (ohne Passwörter)</translation>
    </message>
    <message>
        <source>Take credentials and TLS trust from a stored profile.</source>
        <translation>Zugangsdaten und TLS-Vertrauen aus einem gespeicherten Profil nehmen.</translation>
    </message>
    <message>
        <source>Also try plaintext on 587 and 25.</source>
        <translation>Auch Klartext an 587 und 25 versuchen.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>error: discover needs a HOST</source>
        <translation>Fehler: discover braucht einen HOST</translation>
    </message>
    <message>
        <source>Tried on %1:</source>
        <translation>Versucht auf %1:</translation>
    </message>
    <message>
        <source>Nothing worked. Run &apos;selfmx-console diagnose&apos; with one of the ports for the details.</source>
        <translation>Nichts hat funktioniert. Führen Sie &apos;selfmx-console diagnose&apos; mit einem der Ports aus, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Working, best first:</source>
        <translation>Funktioniert, das Beste zuerst:</translation>
    </message>
    <message>
        <source>Recommended settings:</source>
        <translation>Empfohlene Einstellungen:</translation>
    </message>
    <message>
        <source> (default %1)</source>
        <translation> (Standard %1)</translation>
    </message>
    <message>
        <source>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom.</source>
        <translation>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook oder custom.</translation>
    </message>
    <message>
        <source>Amazon SES region (us-east-1, ...) or Mailgun us/eu.</source>
        <translation>Amazon-SES-Region (us-east-1, ...) oder Mailgun us/eu.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Prompt for the password (no echo).</source>
        <translation>Nach dem Passwort fragen (ohne Echo).</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>error: --provider: &quot;%1&quot; is unknown; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom</source>
        <translation>Fehler: --provider: „%1“ ist unbekannt; verwenden Sie sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook oder custom</translation>
    </message>
    <message>
        <source>SMTP password for %1@%2: </source>
        <translation>SMTP-Passwort für %1@%2: </translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source> (NOT VERIFIED)</source>
        <translation> (NICHT ÜBERPRÜFT)</translation>
    </message>
    <message>
        <source>error: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>Fehler: kein Profil „%1“; siehe &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>error: cannot write %1</source>
        <translation>Fehler: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>default profile: %1</source>
        <translation>Standardprofil: %1</translation>
    </message>
    <message>
        <source>no profiles yet; add one with: selfmx-console profile add NAME --provider sendgrid --ask-password</source>
        <translation>noch keine Profile; fügen Sie eines hinzu mit: selfmx-console profile add NAME --provider sendgrid --ask-password</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>SERVER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>USER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>keychain</source>
        <extracomment>&apos;profile list&apos;: the password is stored in the keychain</extracomment>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>name:      %1</source>
        <extracomment>&apos;profile show&apos;: the labels are padded to the same width, translated ones too</extracomment>
        <translation>Name:      %1</translation>
    </message>
    <message>
        <source>id:        %1</source>
        <translation>ID:        %1</translation>
    </message>
    <message>
        <source>provider:  %1</source>
        <translation>Anbieter:  %1</translation>
    </message>
    <message>
        <source>server:    %1:%2</source>
        <translation>Server:    %1:%2</translation>
    </message>
    <message>
        <source>tls:       %1</source>
        <translation>TLS:       %1</translation>
    </message>
    <message>
        <source>user:      %1</source>
        <translation>Benutzer:  %1</translation>
    </message>
    <message>
        <source>password:  %1</source>
        <translation>Passwort:  %1</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; use &apos;profile edit&apos;</source>
        <translation>Fehler: name: Ein Profil namens „%1“ existiert bereits; verwenden Sie &apos;profile edit&apos;</translation>
    </message>
    <message>
        <source>nothing was changed; set these values with this command&apos;s options (e.g. --%1) or fix the file</source>
        <extracomment>%1: an option such as --port</extracomment>
        <translation>es wurde nichts geändert; setzen Sie diese Werte mit den Optionen dieses Befehls (z. B. --%1) oder korrigieren Sie die Datei</translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;</source>
        <translation>Profil „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot;</source>
        <translation>Profil „%1“ gespeichert</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and its password</source>
        <translation>Profil „%1“ und sein Passwort entfernt</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>Fehler: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; pass --name</source>
        <translation>Fehler: name: Ein Profil namens „%1“ existiert bereits; geben Sie --name an</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot;</source>
        <translation>Profil „%1“ importiert</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot; (secrets stored in the keychain)</source>
        <translation>Profil „%1“ importiert (Geheimnisse im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>nothing was exported: fix these values first (&apos;profile edit&apos;)</source>
        <translation>es wurde nichts exportiert: Korrigieren Sie zuerst diese Werte (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>warning: the password is written in plain text (%1); keep this file private and out of version control</source>
        <extracomment>%1: the variables written, e.g. &quot;API_KEY, SMTP_PASS&quot;</extracomment>
        <translation>Warnung: Das Passwort wird im Klartext geschrieben (%1); halten Sie diese Datei privat und außerhalb der Versionsverwaltung</translation>
    </message>
    <message>
        <source>error: --format: &quot;%1&quot; is unknown; use env, swaks or msmtp</source>
        <translation>Fehler: --format: „%1“ ist unbekannt; verwenden Sie env, swaks oder msmtp</translation>
    </message>
    <message>
        <source>list, show, add, edit, remove, default, import or export</source>
        <translation>list, show, add, edit, remove, default, import oder export</translation>
    </message>
    <message>
        <source>profile name (or .env file for import)</source>
        <translation>Profilname (oder .env-Datei beim Import)</translation>
    </message>
    <message>
        <source>New name (the stored password follows).</source>
        <translation>Neuer Name (das gespeicherte Passwort zieht mit).</translation>
    </message>
    <message>
        <source>Delete the stored password.</source>
        <translation>Das gespeicherte Passwort löschen.</translation>
    </message>
    <message>
        <source>Name of the new profile (default: the file&apos;s name).</source>
        <translation>Name des neuen Profils (Standard: der Name der Datei).</translation>
    </message>
    <message>
        <source>env (default), swaks or msmtp.</source>
        <translation>env (Standard), swaks oder msmtp.</translation>
    </message>
    <message>
        <source>error: profile %1 needs a FILE</source>
        <extracomment>%1: the action (add, show, …)</extracomment>
        <translation>Fehler: profile %1 braucht eine FILE</translation>
    </message>
    <message>
        <source>error: profile %1 needs a NAME</source>
        <translation>Fehler: profile %1 braucht einen NAME</translation>
    </message>
    <message>
        <source>error: unknown action &quot;%1&quot;; use list, show, add, edit, remove, default, import or export</source>
        <translation>Fehler: unbekannte Aktion „%1“; verwenden Sie list, show, add, edit, remove, default, import oder export</translation>
    </message>
    <message>
        <source>error: --profile: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>Fehler: --profile: kein Profil „%1“; siehe &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>error: profile &quot;%1&quot;: %2</source>
        <translation>Fehler: Profil „%1“: %2</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay %1 [--profile NAME | --queue FILE]</source>
        <extracomment>%1: the action with its argument, e.g. &quot;retry ID&quot;</extracomment>
        <translation>Fehler: Aufruf: selfmx-console relay %1 [--profile NAME | --queue FILE]</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>error: cannot open the queue %1: %2</source>
        <translation>Fehler: Die Warteschlange %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Run the local HTTP relay (SelfMX- and Resend-compatible) headless.</source>
        <translation>Das lokale HTTP-Relay (kompatibel zu SelfMX und Resend) ohne Fenster betreiben.</translation>
    </message>
    <message>
        <source>Use the stored profile NAME (environment variables override it).</source>
        <translation>Das gespeicherte Profil NAME verwenden (Umgebungsvariablen überschreiben es).</translation>
    </message>
    <message>
        <source>The queue&apos;s SQLite file (default: in the per-user data directory).</source>
        <translation>Die SQLite-Datei der Warteschlange (Standard: im Datenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>Usage: selfmx-console [COMMAND] [OPTIONS]

Without a command, opens the window. Commands:
  test      connect, negotiate TLS, authenticate, quit
  send      send a message: [--from] --to --subject --text/--html [--attach FILE]...
  profile   list | show | add | edit | remove | default | import | export (passwords in the keychain)
  diagnose  stage-by-stage diagnosis with findings and fixes [--json] [--probe-recipient A]
  discover  HOST: find working port/TLS settings; ADDRESS (or --domain DOMAIN): find the server in DNS
  check-domain DOMAIN  is the sender domain ready: SPF, DKIM, DMARC, MX [--dkim-selector S] [--json]
  relay     the local HTTP relay (SelfMX/Resend API) [--profile NAME]; relay list

Settings come from SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_TLS,
SMTP_TLS_VERIFY, SMTP_TIMEOUT, SMTP_TLS_MODE, SMTP_TLS_CA_FILE (see README).
Run &apos;selfmx-console COMMAND --help&apos; for a command&apos;s options.
</source>
        <extracomment>The command line&apos;s usage. Keep the command names (test, send, …), the options (--from, …), the words in capitals (COMMAND, FILE, HOST, NAME) and the SMTP_* variables as they are, and each command&apos;s description starting in the 11th column.</extracomment>
        <translation>Aufruf: selfmx-console [BEFEHL] [OPTIONEN]

Ohne Befehl öffnet sich das Fenster. Befehle:
  test      verbinden, TLS aushandeln, anmelden, beenden
  send      eine Nachricht senden: [--from] --to --subject --text/--html [--attach FILE]...
  profile   list | show | add | edit | remove | default | import | export (Passwörter im Schlüsselbund)
  diagnose  Diagnose Phase für Phase mit Befunden und Lösungen [--json] [--probe-recipient A]
  discover  HOST: funktionierende Port-/TLS-Einstellungen finden; ADDRESS (oder --domain DOMAIN): den Server im DNS finden
  check-domain DOMAIN  ist die Absenderdomain bereit? SPF, DKIM, DMARC, MX [--dkim-selector S] [--json]
  relay     das lokale HTTP-Relay (SelfMX-/Resend-API) [--profile NAME]; relay list

Die Einstellungen kommen aus SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_TLS,
SMTP_TLS_VERIFY, SMTP_TIMEOUT, SMTP_TLS_MODE, SMTP_TLS_CA_FILE (siehe README).
&apos;selfmx-console BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Find working settings for HOST: tries 587 STARTTLS, 465 implicit TLS, 2525 STARTTLS and 25 STARTTLS in parallel, logs in where SMTP_USER/SMTP_PASS (or --profile) give a password, and ranks what worked.
For an ADDRESS (or a DOMAIN with --domain), finds the server in DNS instead: the provider table, SRV records (RFC 6186/8314), the MX of a known provider, then smtp./mail. verified by connecting; each answer says where it came from. DNS_SERVER=addr[:port] picks the nameserver.</source>
        <translation>Funktionierende Einstellungen für HOST finden: probiert 587 STARTTLS, 465 implizites TLS, 2525 STARTTLS und 25 STARTTLS parallel, meldet sich an, wo SMTP_USER/SMTP_PASS (oder --profile) ein Passwort liefern, und ordnet, was funktioniert hat.
Für eine ADDRESS (oder eine DOMAIN mit --domain) wird der Server stattdessen im DNS gesucht: in der Anbietertabelle, in SRV-Einträgen (RFC 6186/8314), im MX eines bekannten Anbieters, dann unter smtp./mail., durch Verbinden überprüft; jede Antwort sagt, woher sie stammt. DNS_SERVER=addr[:port] wählt den Nameserver.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name, or an email address.</source>
        <translation>Der Hostname des SMTP-Servers oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The argument is a mail domain: find its submission server in DNS.</source>
        <translation>Das Argument ist eine Mail-Domain: ihren Submission-Server im DNS finden.</translation>
    </message>
    <message>
        <source>error: --provider: unknown provider &quot;%1&quot;</source>
        <extracomment>%1: the value given to --provider</extracomment>
        <translation>Fehler: --provider: unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>error: check-domain needs a DOMAIN (or --profile with a sender address)</source>
        <translation>Fehler: check-domain braucht eine DOMAIN (oder --profile mit einer Absenderadresse)</translation>
    </message>
    <message>
        <source>Sender domain %1:</source>
        <extracomment>The heading of check-domain&apos;s findings. %1: the domain</extracomment>
        <translation>Absenderdomain %1:</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <extracomment>Under a finding of check-domain: %1 is what to change (often a DNS record to publish)</extracomment>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>DNS answers: %1</source>
        <extracomment>%1: whether the DNS answers were signed (DNSSEC), e.g. &quot;DNSSEC-validated&quot; or &quot;not signed&quot;</extracomment>
        <translation>DNS-Antworten: %1</translation>
    </message>
    <message>
        <source>Servers for %1:</source>
        <extracomment>The heading of discover ADDRESS&apos;s list. %1: the mail domain</extracomment>
        <translation>Server für %1:</translation>
    </message>
    <message>
        <source>No server found. If you know the host, &apos;selfmx-console discover HOST&apos; tries its ports.</source>
        <translation>Kein Server gefunden. Wenn Sie den Host kennen, probiert &apos;selfmx-console discover HOST&apos; seine Ports durch.</translation>
    </message>
    <message>
        <source>Check that DOMAIN is ready to send mail: one valid SPF record that authorises the provider (at most 10 DNS lookups), the provider&apos;s DKIM keys (2048 bits recommended), a DMARC record and an MX for replies. Each problem comes with the DNS record to publish. DNS_SERVER=addr[:port] picks the nameserver. Exit status: 0 ready, 13 not ready, 3 lookups failed.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DNS_SERVER=addr[:port] and the exit codes as they are.</extracomment>
        <translation>Prüfen, ob DOMAIN zum Senden von Mails bereit ist: ein gültiger SPF-Eintrag, der den Anbieter autorisiert (höchstens 10 DNS-Abfragen), die DKIM-Schlüssel des Anbieters (2048 Bit empfohlen), ein DMARC-Eintrag und ein MX für Antworten. Zu jedem Problem wird der zu veröffentlichende DNS-Eintrag genannt. DNS_SERVER=addr[:port] wählt den Nameserver. Exit-Status: 0 bereit, 13 nicht bereit, 3 Abfragen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain (or address); default: the domain of the profile&apos;s sender.</source>
        <translation>Die Domain des Absenders (oder seine Adresse); Standard: die Domain des Absenders im Profil.</translation>
    </message>
    <message>
        <source>Check for this profile&apos;s provider and sender.</source>
        <translation>Für den Anbieter und den Absender dieses Profils prüfen.</translation>
    </message>
    <message>
        <source>The provider to check for: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</source>
        <extracomment>The provider keys after the colon are typed as they are: do not translate them.</extracomment>
        <translation>Der Anbieter, für den geprüft wird: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</translation>
    </message>
    <message>
        <source>Print the findings and the DNS answers as JSON.</source>
        <translation>Die Befunde und die DNS-Antworten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>selfmx-console: %1 is not installed next to this program; reinstall the package.</source>
        <extracomment>%1: a program&apos;s file name, e.g. selfmx-console-relay</extracomment>
        <translation>selfmx-console: %1 ist nicht neben diesem Programm installiert; installieren Sie das Paket neu.</translation>
    </message>
    <message>
        <source>selfmx-console: cannot start %1: %2</source>
        <extracomment>%1: the program&apos;s path; %2: the system&apos;s reason (e.g. &quot;Permission denied&quot;)</extracomment>
        <translation>selfmx-console: %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>selfmx-console: no display to open the window on.
  Headless, use the commands: selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  For the window without a desktop: xvfb-run -a selfmx-console
</source>
        <extracomment>Keep the commands (selfmx-console --help, test, …, xvfb-run -a selfmx-console) as they are.</extracomment>
        <translation>selfmx-console: kein Bildschirm, auf dem das Fenster geöffnet werden kann.
  Ohne Bildschirm nutzen Sie die Befehle: selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  Für das Fenster ohne Desktop: xvfb-run -a selfmx-console
</translation>
    </message>
    <message>
        <source>%1: not ready to send (see the findings)</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: nicht bereit zum Senden (siehe die Befunde)</translation>
    </message>
    <message>
        <source>%1: some lookups failed</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: einige Abfragen sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: ready to send, with warnings</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: bereit zum Senden, mit Warnungen</translation>
    </message>
    <message>
        <source>%1: ready to send</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: bereit zum Senden</translation>
    </message>
    <message>
        <source>Also check the domain of the sender (SMTP_FROM, else a login that is an address) in DNS: SPF, DKIM, DMARC and MX, as in check-domain, and DANE: the TLSA records of SMTP_HOST against the certificate this diagnosis saw. When the SMTP stages pass and the domain is not ready, the exit status is 13.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DANE, TLSA, SMTP_FROM, SMTP_HOST and the exit status 13 as they are.</extracomment>
        <translation>Zusätzlich die Domain des Absenders (SMTP_FROM, sonst ein Login, der eine Adresse ist) im DNS prüfen: SPF, DKIM, DMARC und MX, wie check-domain, und DANE: die TLSA-Records von SMTP_HOST gegen das Zertifikat, das diese Diagnose gesehen hat. Bestehen die SMTP-Stufen und ist die Domain nicht bereit, ist der Exit-Status 13.</translation>
    </message>
    <message>
        <source>With --check-domain: a DKIM selector to check (repeatable); SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names (not translated).</extracomment>
        <translation>Mit --check-domain: ein zu prüfender DKIM-Selektor (wiederholbar); SendGrids s1/s2 werden ohnehin geprüft.</translation>
    </message>
    <message>
        <source>error: --dkim-selector needs --check-domain</source>
        <translation>Fehler: --dkim-selector braucht --check-domain</translation>
    </message>
    <message>
        <source>error: --check-domain needs a sender address: set SMTP_FROM, or the profile&apos;s default sender</source>
        <extracomment>Keep --check-domain and SMTP_FROM as they are.</extracomment>
        <translation>Fehler: --check-domain braucht eine Absenderadresse: setzen Sie SMTP_FROM oder den Standardabsender des Profils</translation>
    </message>
    <message>
        <source>checking the sender domain %1 …</source>
        <extracomment>%1: the sender&apos;s domain</extracomment>
        <translation>prüfe die Absenderdomain %1 …</translation>
    </message>
    <message>
        <source>%1 has no address in DNS</source>
        <extracomment>%1: a host name</extracomment>
        <translation>%1 hat keine Adresse im DNS</translation>
    </message>
    <message>
        <source>error: --dane: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <extracomment>%1: the value given to --dane</extracomment>
        <translation>Fehler: --dane: „%1“ ist weder HOST noch HOST:PORT</translation>
    </message>
    <message>
        <source>warning: no certificate from %1: %2</source>
        <extracomment>%1: HOST:PORT, %2: why (already in words). The check goes on without the certificate.</extracomment>
        <translation>Warnung: kein Zertifikat von %1: %2</translation>
    </message>
    <message>
        <source>A DKIM selector to check (repeatable), or with SES each of its three Easy DKIM tokens; SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names; Easy DKIM: Amazon SES&apos;s name (not translated).</extracomment>
        <translation>Ein zu prüfender DKIM-Selektor (wiederholbar), bei SES jedes seiner drei Easy-DKIM-Token; die Selektoren s1/s2 von SendGrid werden ohnehin geprüft.</translation>
    </message>
    <message>
        <source>The bounce (return-path) name to check, a label under the domain or a full name: SendGrid&apos;s em123, the SES MAIL FROM subdomain; default: the provider&apos;s (Postmark pm-bounces, Mailgun email).</source>
        <extracomment>Keep em123, pm-bounces, SES and MAIL FROM as they are.</extracomment>
        <translation>Der zu prüfende Bounce-Name (Return-Path), ein Label unter der Domain oder ein vollständiger Name: em123 bei SendGrid, die MAIL-FROM-Subdomain bei SES; Standard: der des Anbieters (Postmark pm-bounces, Mailgun email).</translation>
    </message>
    <message>
        <source>Connect to this SMTP server (port 25 unless given) with STARTTLS and match its certificate against its DNSSEC-signed TLSA records (DANE).</source>
        <extracomment>Keep STARTTLS, TLSA, DNSSEC and DANE as they are.</extracomment>
        <translation>Mit diesem SMTP-Server (Port 25, sofern nicht angegeben) per STARTTLS verbinden und sein Zertifikat mit seinen DNSSEC-signierten TLSA-Einträgen abgleichen (DANE).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>error: profile needs an action: list, show, add, edit, remove, default, import or export</source>
        <translation>Fehler: profile braucht eine Aktion: list, show, add, edit, remove, default, import oder export</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; shows it</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>für das Profil „%1“ wurde ein neuer API-Schlüssel erzeugt und im Schlüsselbund gespeichert; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; zeigt ihn an</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay new-key --profile NAME</source>
        <translation>Fehler: Aufruf: selfmx-console relay new-key --profile NAME</translation>
    </message>
    <message>
        <source>a new API key for profile &quot;%1&quot; is stored in the keychain; a relay already running keeps the old key until it is restarted</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>ein neuer API-Schlüssel für das Profil „%1“ ist im Schlüsselbund gespeichert; ein bereits laufendes Relay behält den alten Schlüssel, bis es neu gestartet wird</translation>
    </message>
    <message>
        <source>error: unknown relay action &quot;%1&quot;; use &apos;selfmx-console relay&apos; to run it, or relay status|list|retry ID|cancel ID|new-key</source>
        <translation>Fehler: unbekannte Relay-Aktion „%1“; verwenden Sie &apos;selfmx-console relay&apos;, um es zu betreiben, oder relay status|list|retry ID|cancel ID|new-key</translation>
    </message>
    <message>
        <source>Nothing to run the relay; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; or &quot;cancel ID&quot; to read or change its queue (the running relay&apos;s, or the one it will deliver from); &quot;new-key&quot; (with --profile) to replace the profile&apos;s API key in the keychain and print the new one (a running relay keeps the old key until it is restarted).</source>
        <translation>Nichts, um das Relay zu betreiben; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; oder &quot;cancel ID&quot;, um seine Warteschlange zu lesen oder zu ändern (die des laufenden Relays oder die, aus der es ausliefern wird); &quot;new-key&quot; (mit --profile), um den API-Schlüssel des Profils im Schlüsselbund zu ersetzen und den neuen auszugeben (ein laufendes Relay behält den alten Schlüssel, bis es neu gestartet wird).</translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Acme &lt;hi@acme.test&gt;&quot;; default: SMTP_FROM (a profile&apos;s default sender).</source>
        <translation>Absender, z. B. &quot;Acme &lt;hi@acme.test&gt;&quot;; Vorgabe: SMTP_FROM (der Standardabsender eines Profils).</translation>
    </message>
    <message>
        <source>--from is required (or SMTP_FROM, a profile&apos;s default sender)</source>
        <extracomment>Keep --from and SMTP_FROM as they are</extracomment>
        <translation>--from ist erforderlich (oder SMTP_FROM, der Standardabsender eines Profils)</translation>
    </message>
    <message>
        <source>give exactly one sender</source>
        <translation>Geben Sie genau einen Absender an</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has stored values that break the rules and is not used until they are fixed; see &apos;selfmx-console profile show %1&apos;</source>
        <extracomment>%1: the profile&apos;s name; keep the command as it is</extracomment>
        <translation>Warnung: Profil &quot;%1&quot; hat gespeicherte Werte, die gegen die Regeln verstoßen, und wird erst verwendet, wenn sie korrigiert sind; siehe &apos;selfmx-console profile show %1&apos;</translation>
    </message>
    <message>
        <source>this profile is not used until these values are fixed (&apos;profile edit&apos;)</source>
        <translation>dieses Profil wird erst verwendet, wenn diese Werte korrigiert sind (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>Nothing listens on these ports of %1. Check the host name, and ask the provider which port its SMTP server uses (then &apos;selfmx-console diagnose&apos; with SMTP_PORT set to it).</source>
        <extracomment>%1: the host discover tried</extracomment>
        <translation>Auf diesen Ports von %1 lauscht nichts. Prüfen Sie den Hostnamen und fragen Sie den Anbieter, welchen Port sein SMTP-Server verwendet (dann &apos;selfmx-console diagnose&apos; mit SMTP_PORT auf diesen Port gesetzt).</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has no password in the keychain, so swaks will ask for it; store one with &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>Warnung: Profil „%1“ hat kein Passwort im Schlüsselbund, swaks wird danach fragen; speichern Sie eines mit &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</translation>
    </message>
    <message>
        <source>note: %1 set in the environment, so the default profile &quot;%2&quot; is not used; unset them, or pass --profile &quot;%2&quot; to use the profile with these variables over it</source>
        <extracomment>%1: the variables set, e.g. &quot;SMTP_HOST, SMTP_PORT&quot;; %2: the default profile&apos;s name</extracomment>
        <translation>Hinweis: %1 ist in der Umgebung gesetzt, daher wird das Standardprofil „%2“ nicht verwendet; entfernen Sie die Variablen, oder übergeben Sie --profile &quot;%2&quot;, um das Profil mit diesen Variablen darüber zu verwenden</translation>
    </message>
    <message>
        <source>error: SMTP_TLS_CA_FILE: &quot;%1&quot; does not exist; give the path of the CA certificate in PEM format</source>
        <extracomment>%1: the path given in SMTP_TLS_CA_FILE (or the profile&apos;s --ca-file)</extracomment>
        <translation>Fehler: SMTP_TLS_CA_FILE: „%1“ existiert nicht; geben Sie den Pfad des CA-Zertifikats im PEM-Format an</translation>
    </message>
    <message>
        <source>note: the swaks command reads the password from the keychain as it runs (secret-tool into SWAKS_OPT_auth_password), not from an argument, which every user could read in the process list</source>
        <translation>Hinweis: der swaks-Befehl liest das Passwort beim Ausführen aus dem Schlüsselbund (secret-tool in SWAKS_OPT_auth_password), nicht aus einem Argument, das jeder Benutzer in der Prozessliste lesen könnte</translation>
    </message>
    <message>
        <source>env: write the secrets (SMTP_PASS, and API_KEY when stored) into the .env (plain text!). swaks: the line reads the password from the keychain as it runs (secret-tool), never from an argument. msmtp: no change (its block always reads the keychain).</source>
        <translation>env: die Geheimnisse (SMTP_PASS, und API_KEY, wenn gespeichert) in die .env schreiben (Klartext!). swaks: die Zeile liest das Passwort beim Ausführen aus dem Schlüsselbund (secret-tool), nie aus einem Argument. msmtp: keine Änderung (sein Block liest immer den Schlüsselbund).</translation>
    </message>
    <message numerus="yes">
        <source>(%n recipient(s) refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %n: how many were refused</extracomment>
        <translation>
            <numerusform>(%n Empfänger abgelehnt)</numerusform>
            <numerusform>(%n Empfänger abgelehnt)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of %2 recipients refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %1: how many were refused, %2: of how many (2 or more)</extracomment>
        <translation>(%1 von %2 Empfängern abgelehnt)</translation>
    </message>
</context>
<context>
    <name>selfmx::profile::Provider</name>
    <message>
        <source>User name is the literal word apikey; the password is an API key with Mail Send permission (starts with SG.).</source>
        <translation>Der Benutzername ist wörtlich das Wort apikey; das Passwort ist ein API-Schlüssel mit der Berechtigung Mail Send (beginnt mit SG.).</translation>
    </message>
    <message>
        <source>User name is the domain&apos;s SMTP login, e.g. postmaster@your-domain.mailgun.org; EU domains use smtp.eu.mailgun.org.</source>
        <translation>Der Benutzername ist der SMTP-Login der Domain, z. B. postmaster@ihre-domain.mailgun.org; EU-Domains verwenden smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Use SMTP credentials created for this region (not IAM access keys); every connection must use TLS.</source>
        <translation>Verwenden Sie für diese Region erstellte SMTP-Zugangsdaten (keine IAM-Zugriffsschlüssel); jede Verbindung muss TLS verwenden.</translation>
    </message>
    <message>
        <source>The Server API token is both user name and password (an SMTP Token has a separate access and secret key).</source>
        <translation>Das Server-API-Token ist Benutzername und Passwort zugleich (ein SMTP-Token hat getrennte Zugriffs- und Geheimschlüssel).</translation>
    </message>
    <message>
        <source>Your own server: submission on 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>Ihr eigener Server: Submission an 587 mit STARTTLS oder 465 mit implizitem TLS.</translation>
    </message>
    <message>
        <source>User name is your full Gmail or Workspace address; the password is an app password (16 letters, needs 2-Step Verification), not the account password. Workspace administrators can turn app passwords off.</source>
        <translation>Der Benutzername ist Ihre vollständige Gmail- oder Workspace-Adresse; das Passwort ist ein App-Passwort (16 Buchstaben, erfordert die Bestätigung in zwei Schritten), nicht das Kontopasswort. Workspace-Administratoren können App-Passwörter abschalten.</translation>
    </message>
    <message>
        <source>User name is the mailbox&apos;s full address. Authenticated SMTP (SMTP AUTH) must be enabled for this mailbox in the Microsoft 365 admin center; security defaults turn it off for the whole organisation.</source>
        <translation>Der Benutzername ist die vollständige Adresse des Postfachs. Authenticated SMTP (SMTP AUTH) muss für dieses Postfach im Microsoft 365 Admin Center aktiviert sein; die Sicherheitsstandards schalten es für die ganze Organisation ab.</translation>
    </message>
    <message>
        <source>User name is your full Outlook.com address. Microsoft is moving Outlook.com to OAuth sign-in, which this program does not offer: an app password (with two-step verification) works only while the account still accepts password sign-in.</source>
        <translation>Der Benutzername ist Ihre vollständige Outlook.com-Adresse. Microsoft stellt Outlook.com auf OAuth-Anmeldung um, die dieses Programm nicht anbietet: Ein App-Passwort (mit Bestätigung in zwei Schritten) funktioniert nur, solange das Konto noch Passwort-Anmeldung annimmt.</translation>
    </message>
</context>
<context>
    <name>selfmx::settings::Field</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name, e.g. smtp.example.com.</source>
        <translation>Der Hostname des SMTP-Servers, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 for STARTTLS (recommended), 465 for implicit TLS, 2525 as an alternative; 25 is often blocked.</source>
        <translation>587 für STARTTLS (empfohlen), 465 für implizites TLS, 2525 als Alternative; 25 ist oft gesperrt.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The login for SMTP AUTH; leave empty for a server that needs none.</source>
        <translation>Die Anmeldung für SMTP AUTH; leer lassen für einen Server, der keine braucht.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password, API key or token for SMTP AUTH. Kept in the OS keychain only.</source>
        <translation>Passwort, API-Schlüssel oder Token für SMTP AUTH. Wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>On: port 465 uses implicit TLS, every other port STARTTLS, which is then required. Off: plaintext.</source>
        <translation>An: Port 465 verwendet implizites TLS, jeder andere Port STARTTLS, das dann vorgeschrieben ist. Aus: Klartext.</translation>
    </message>
    <message>
        <source>Verify the certificate</source>
        <translation>Zertifikat überprüfen</translation>
    </message>
    <message>
        <source>Check that the server&apos;s certificate is valid for its name. Turning this off lets anyone on the path read the password; trust a CA file or pin the certificate instead.</source>
        <translation>Prüfen, ob das Zertifikat des Servers für seinen Namen gültig ist. Ohne diese Prüfung kann jeder auf dem Weg das Passwort mitlesen; vertrauen Sie stattdessen einer CA-Datei oder pinnen Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Seconds to wait at each stage: connect, greeting, each reply.</source>
        <translation>Sekunden, die in jeder Phase gewartet werden: Verbinden, Begrüßung, jede Antwort.</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>Overrides the automatic choice: implicit TLS from the first byte, STARTTLS (required), or none.</source>
        <translation>Überschreibt die automatische Wahl: implizites TLS ab dem ersten Byte, STARTTLS (vorgeschrieben) oder keines.</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Vertraute CA-Datei</translation>
    </message>
    <message>
        <source>A PEM certificate of a CA to trust besides the system&apos;s: verify a private or self-signed server instead of turning verification off.</source>
        <translation>Ein PEM-Zertifikat einer CA, der zusätzlich zu denen des Systems vertraut wird: Überprüfen Sie so einen privaten oder selbstsignierten Server, statt die Prüfung abzuschalten.</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Gepinntes Zertifikat</translation>
    </message>
    <message>
        <source>Accept exactly this certificate: its SHA-256 fingerprint, as openssl x509 -fingerprint -sha256 prints it.</source>
        <translation>Genau dieses Zertifikat akzeptieren: sein SHA-256-Fingerabdruck, wie openssl x509 -fingerprint -sha256 ihn ausgibt.</translation>
    </message>
    <message>
        <source>AUTH mechanism</source>
        <translation>AUTH-Verfahren</translation>
    </message>
    <message>
        <source>auto picks the strongest the server offers; or force PLAIN, LOGIN or CRAM-MD5.</source>
        <translation>auto wählt das stärkste, das der Server anbietet; oder erzwingen Sie PLAIN, LOGIN oder CRAM-MD5.</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>The name this machine gives in EHLO; empty: its fully qualified name.</source>
        <translation>Der Name, den dieser Rechner in EHLO nennt; leer: sein vollqualifizierter Name.</translation>
    </message>
    <message>
        <source>Allow login without TLS</source>
        <translation>Anmeldung ohne TLS erlauben</translation>
    </message>
    <message>
        <source>Send the password to a server that is not on this machine without TLS. Anyone on the path can read it.</source>
        <translation>Das Passwort ohne TLS an einen Server senden, der nicht auf diesem Rechner läuft. Jeder auf dem Weg kann es mitlesen.</translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation>Standardabsender</translation>
    </message>
    <message>
        <source>The From address for test messages, e.g. Acme &lt;hi@acme.example&gt;.</source>
        <translation>Die Absenderadresse für Testnachrichten, z. B. Acme &lt;hi@acme.example&gt;.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse zum Lauschen</translation>
    </message>
    <message>
        <source>The address the relay listens on. Anything but loopback lets other machines send through your account.</source>
        <translation>Die Adresse, auf der das Relay lauscht. Alles außer Loopback erlaubt anderen Rechnern, über Ihr Konto zu senden.</translation>
    </message>
    <message>
        <source>Relay port</source>
        <translation>Relay-Port</translation>
    </message>
    <message>
        <source>The HTTP port applications send to.</source>
        <translation>Der HTTP-Port, an den Anwendungen senden.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The bearer key applications send. Kept in the OS keychain only.</source>
        <translation>Der Bearer-Schlüssel, den Anwendungen senden. Wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation>Anfragen pro Zeitfenster</translation>
    </message>
    <message>
        <source>How many requests one key may make in each rate-limit window.</source>
        <translation>Wie viele Anfragen ein Schlüssel in jedem Zeitfenster der Ratenbegrenzung stellen darf.</translation>
    </message>
    <message>
        <source>Rate-limit window</source>
        <translation>Zeitfenster der Ratenbegrenzung</translation>
    </message>
    <message>
        <source>The rate-limit window in seconds.</source>
        <translation>Das Zeitfenster der Ratenbegrenzung in Sekunden.</translation>
    </message>
    <message>
        <source>Delivery workers</source>
        <translation>Zustell-Worker</translation>
    </message>
    <message>
        <source>How many messages are delivered at the same time.</source>
        <translation>Wie viele Nachrichten gleichzeitig zugestellt werden.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How often a temporary failure (4xx, a lost connection) is retried.</source>
        <translation>Wie oft ein vorübergehender Fehler (4xx, eine abgebrochene Verbindung) wiederholt wird.</translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation>Wartezeit zwischen Versuchen</translation>
    </message>
    <message>
        <source>Seconds between retries.</source>
        <translation>Sekunden zwischen den Wiederholungen.</translation>
    </message>
    <message>
        <source>Keep bodies</source>
        <translation>Nachrichtentexte aufbewahren</translation>
    </message>
    <message>
        <source>Days a delivered message&apos;s body is kept; its record stays in the list. 0 keeps bodies for ever.</source>
        <translation>Tage, die der Text einer zugestellten Nachricht aufbewahrt wird; ihr Eintrag bleibt in der Liste. 0 bewahrt die Texte für immer auf.</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>debug, info, warn or error.</source>
        <translation>debug, info, warn oder error.</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Protokollformat</translation>
    </message>
    <message>
        <source>json (one object a line) or text.</source>
        <translation>json (ein Objekt pro Zeile) oder text.</translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation>CORS-Ursprünge</translation>
    </message>
    <message>
        <source>Web origins allowed to call the relay from a browser, comma-separated; empty: none.</source>
        <translation>Web-Ursprünge, die das Relay aus einem Browser aufrufen dürfen, durch Kommas getrennt; leer: keine.</translation>
    </message>
    <message>
        <source>SMTP connections</source>
        <translation>SMTP-Verbindungen</translation>
    </message>
    <message>
        <source>How many SMTP connections the relay keeps open to the server (1 to 100).</source>
        <translation>Wie viele SMTP-Verbindungen das Relay zum Server offen hält (1 bis 100).</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>The nameserver the DNS checks ask, an IP address with an optional port (192.0.2.53:5353, [2001:db8::53]:53); empty: the system&apos;s.</source>
        <translation>Der Nameserver, den die DNS-Prüfungen fragen, eine IP-Adresse mit optionalem Port (192.0.2.53:5353, [2001:db8::53]:53); leer: der des Systems.</translation>
    </message>
    <message>
        <source>Largest request</source>
        <translation>Größte Anfrage</translation>
    </message>
    <message>
        <source>The largest request body the relay reads, in MiB (1 to 1024); a larger one is refused with 413.</source>
        <translation>Der größte Anfragetext, den das Relay liest, in MiB (1 bis 1024); ein größerer wird mit 413 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Finish; the password then goes to the system keychain.</source>
        <translation>Gespeichert wird erst, wenn Sie auf Fertigstellen drücken; das Passwort kommt dann in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The provider&apos;s rules for user name and password</source>
        <translation>Die Regeln des Anbieters für Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Where to get the credentials</source>
        <translation>Wo Sie die Zugangsdaten bekommen</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name (SMTP_HOST)</source>
        <translation>Der Hostname des SMTP-Servers (SMTP_HOST)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The SMTP login (SMTP_USER)</source>
        <translation>Die SMTP-Anmeldung (SMTP_USER)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The SMTP password or API key (SMTP_PASS); kept in the system keychain, never in a file</source>
        <translation>Das SMTP-Passwort oder der API-Schlüssel (SMTP_PASS); wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>Passwort ze&amp;igen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
    <message>
        <source>Hints about these credentials</source>
        <translation>Hinweise zu diesen Zugangsdaten</translation>
    </message>
    <message>
        <source>Shows the password in plain text while checked</source>
        <translation>Zeigt das Passwort im Klartext, solange angehakt</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s page that issues SMTP credentials in the web browser</source>
        <translation>Öffnet im Webbrowser die Seite des Anbieters, auf der er SMTP-Zugangsdaten ausstellt</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DiagnosisView</name>
    <message>
        <source>Settings tried</source>
        <translation>Versuchte Einstellungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>What was seen: %1</source>
        <translation>Was zu sehen war: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Changes the settings as proposed; press Test again to try them. Nothing is saved.</source>
        <translation>Ändert die Einstellungen wie vorgeschlagen; drücken Sie erneut auf Testen, um sie auszuprobieren. Es wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Press Finish to save the profile.</source>
        <translation>Drücken Sie auf Fertigstellen, um das Profil zu speichern.</translation>
    </message>
    <message>
        <source>What Finish saves</source>
        <translation>Was Fertigstellen speichert</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Finish saves the profile &quot;%1&quot; (%2): server %3, port %4, %5, user name %6. Its settings go to %7.</source>
        <translation>Fertigstellen speichert das Profil „%1“ (%2): Server %3, Port %4, %5, Benutzername %6. Seine Einstellungen kommen nach %7.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>No password was given, so none is stored.</source>
        <translation>Es wurde kein Passwort angegeben, daher wird keines gespeichert.</translation>
    </message>
    <message>
        <source>The password goes to the system keychain (service &quot;%1&quot;), never into that file.</source>
        <translation>Das Passwort kommt in den Schlüsselbund des Systems (Dienst „%1“), nie in diese Datei.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Next:
• Send from the command line:
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Start the local HTTP relay for your applications:
    selfmx-console relay --profile %1</source>
        <extracomment>The command lines stay as they are: only the sentences around them are translated</extracomment>
        <translation>Als Nächstes:
• Von der Kommandozeile senden:
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Das lokale HTTP-Relay für Ihre Anwendungen starten:
    selfmx-console relay --profile %1</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <extracomment>Language menu: follow the desktop&apos;s language (LANG, LANGUAGE)</extracomment>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect when SelfMX Console starts again</source>
        <translation>Wirkt beim nächsten Start von SelfMX Console</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::MainWindow</name>
    <message>
        <source>Fill in the server and press Test.</source>
        <translation>Tragen Sie den Server ein und drücken Sie auf Testen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Transcr&amp;ipt</source>
        <translation>Proto&amp;koll</translation>
    </message>
    <message>
        <source>Rela&amp;y</source>
        <translation>Rela&amp;y</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Save &amp;as profile…</source>
        <translation>Speichern &amp;als Profil …</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Apply proposed fix</source>
        <translation>Vorgeschlagene Korrektur &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relay</translation>
    </message>
    <message>
        <source>&amp;Start or stop the relay</source>
        <translation>Relay &amp;starten oder beenden</translation>
    </message>
    <message>
        <source>Copy the API &amp;key</source>
        <translation>API-Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the c&amp;url command</source>
        <translation>c&amp;url-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry the selected message</source>
        <translation>Ausgewählte Nachricht &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel the selected message</source>
        <translation>Ausgewählte Nachricht a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Tra&amp;nscript</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <source>&amp;Copy transcript</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>Protokoll &amp;speichern …</translation>
    </message>
    <message>
        <source>Save report &amp;bundle…</source>
        <translation>&amp;Berichtspaket speichern …</translation>
    </message>
    <message>
        <source>SelfMX Console: the relay is running</source>
        <translation>SelfMX Console: Das Relay läuft</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;zeigen</translation>
    </message>
    <message>
        <source>S&amp;top relay and quit</source>
        <translation>Relay be&amp;enden und schließen</translation>
    </message>
    <message>
        <source>The relay is running</source>
        <translation>Das Relay läuft</translation>
    </message>
    <message>
        <source>The relay is running. Applications that send through it get no answer once it stops.</source>
        <translation>Das Relay läuft. Anwendungen, die darüber senden, bekommen keine Antwort mehr, sobald es beendet ist.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>Im Infobereich &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Stop relay and quit</source>
        <translation>Relay &amp;beenden und schließen</translation>
    </message>
    <message>
        <source>%1[*] — SelfMX Console</source>
        <extracomment>Window title: the profile being edited, [*] is replaced by * when it has unsaved changes</extracomment>
        <translation>%1[*] — SelfMX Console</translation>
    </message>
    <message>
        <source>SelfMX Console[*]</source>
        <translation>SelfMX Console[*]</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ SMTP connection successful</source>
        <translation>✓ SMTP-Verbindung erfolgreich</translation>
    </message>
    <message>
        <source> — authenticated with %1</source>
        <translation> — angemeldet mit %1</translation>
    </message>
    <message>
        <source>
✓ the certificate was accepted because it matches the pinned certificate</source>
        <translation>
✓ das Zertifikat wurde akzeptiert, weil es dem gepinnten Zertifikat entspricht</translation>
    </message>
    <message>
        <source>
⚠ the certificate was NOT verified</source>
        <translation>
⚠ das Zertifikat wurde NICHT überprüft</translation>
    </message>
    <message>
        <source>✗ Fails at %1: %2</source>
        <translation>✗ Scheitert bei %1: %2</translation>
    </message>
    <message>
        <source>Fix applied to the form; press Test to try it</source>
        <translation>Korrektur ins Formular übernommen; drücken Sie auf Testen, um sie auszuprobieren</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProfilesView</name>
    <message>
        <source>Ne&amp;w profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <source>Set up a new profile with the setup wizard</source>
        <translation>Ein neues Profil mit dem Einrichtungsassistenten anlegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Dupli&amp;zieren …</translation>
    </message>
    <message>
        <source>Copy the selected profile, its secrets included, under a new name</source>
        <translation>Das ausgewählte Profil samt Geheimnissen unter einem neuen Namen kopieren</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Give the selected profile another name; its secrets stay with it</source>
        <translation>Dem ausgewählten Profil einen anderen Namen geben; seine Geheimnisse bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected profile and its secrets in the keychain</source>
        <translation>Das ausgewählte Profil und seine Geheimnisse im Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Set as d&amp;efault</source>
        <translation>Als S&amp;tandard festlegen</translation>
    </message>
    <message>
        <source>The command line uses the default profile when neither --profile nor SMTP_* variables are given</source>
        <translation>Die Kommandozeile verwendet das Standardprofil, wenn weder --profile noch SMTP_*-Variablen angegeben sind</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Write the changes: settings to the profile file, secrets to the keychain</source>
        <translation>Die Änderungen schreiben: Einstellungen in die Profildatei, Geheimnisse in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Go back to the profile as it is stored</source>
        <translation>Zum gespeicherten Stand des Profils zurückkehren</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Stored profiles; * marks unsaved changes. Passwords come from the OS keychain.</source>
        <translation>Gespeicherte Profile; * kennzeichnet ungespeicherte Änderungen. Passwörter kommen aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source> (default)</source>
        <extracomment>Marks the default profile in the list</extracomment>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source> * unsaved</source>
        <extracomment>Marks the profile with unsaved changes in the list</extracomment>
        <translation> * ungespeichert</translation>
    </message>
    <message>
        <source>This profile has unsaved changes</source>
        <translation>Dieses Profil hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source> ✗ cannot be used</source>
        <extracomment>Marks a profile whose stored values break the rules</extracomment>
        <translation> ✗ nicht verwendbar</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <extracomment>Heading of the editor: the profile&apos;s name; * when it has unsaved changes</extracomment>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Unsaved settings (not a stored profile)</source>
        <translation>Ungespeicherte Einstellungen (kein gespeichertes Profil)</translation>
    </message>
    <message>
        <source> — unsaved changes *</source>
        <translation> — ungespeicherte Änderungen *</translation>
    </message>
    <message>
        <source>Reading profile &quot;%1&quot; …</source>
        <translation>Profil „%1“ wird gelesen …</translation>
    </message>
    <message>
        <source>✗ Profile &quot;%1&quot;: %2</source>
        <translation>✗ Profil „%1“: %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded, but its password is missing from the keychain: type it and save</source>
        <translation>Profil „%1“ geladen, aber sein Passwort fehlt im Schlüsselbund: Geben Sie es ein und speichern Sie</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded; password from the keychain</source>
        <translation>Profil „%1“ geladen; Passwort aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded (no password stored)</source>
        <translation>Profil „%1“ geladen (kein Passwort gespeichert)</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; …</source>
        <translation>„%1“ wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the password is in the OS keychain</source>
        <translation>„%1“ gespeichert; das Passwort liegt im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (no password)</source>
        <translation>„%1“ gespeichert (ohne Passwort)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to profile &quot;%1&quot;?</source>
        <translation>Die Änderungen am Profil „%1“ speichern?</translation>
    </message>
    <message>
        <source>Save these settings as a profile?</source>
        <translation>Diese Einstellungen als Profil speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen die Änderungen verloren.</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <extracomment>The suggested name of a copy of a profile</extracomment>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Name of the &amp;copy:</source>
        <translation>Name der &amp;Kopie:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>✗ Not duplicated: there is a profile &quot;%1&quot; already</source>
        <translation>✗ Nicht dupliziert: Es gibt bereits ein Profil „%1“</translation>
    </message>
    <message>
        <source>✗ Not duplicated: %1</source>
        <translation>✗ Nicht dupliziert: %1</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;</source>
        <translation>Dupliziert als „%1“</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>✗ Not renamed: there is a profile &quot;%1&quot; already</source>
        <translation>✗ Nicht umbenannt: Es gibt bereits ein Profil „%1“</translation>
    </message>
    <message>
        <source>✗ Not renamed: %1</source>
        <translation>✗ Nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;</source>
        <translation>Umbenannt in „%1“</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its settings and its secrets in the keychain are deleted. This cannot be undone.</source>
        <translation>Seine Einstellungen und seine Geheimnisse im Schlüsselbund werden gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>✗ Not deleted: %1</source>
        <translation>✗ Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile</source>
        <translation>„%1“ ist jetzt das Standardprofil</translation>
    </message>
    <message>
        <source>✗ Could not write %1</source>
        <translation>✗ %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Stor&amp;ed profiles:</source>
        <extracomment>Heading above the list of stored profiles</extracomment>
        <translation>&amp;Gespeicherte Profile:</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProviderPage</name>
    <message>
        <source>Who sends your mail?</source>
        <translation>Wer versendet Ihre E-Mails?</translation>
    </message>
    <message>
        <source>Type the address you send from, or pick the service that delivers your mail.</source>
        <translation>Geben Sie die Adresse ein, von der Sie senden, oder wählen Sie den Dienst, der Ihre E-Mails zustellt.</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>sie@example.com oder example.com</translation>
    </message>
    <message>
        <source>Sending address or domain</source>
        <translation>Absenderadresse oder Domain</translation>
    </message>
    <message>
        <source>A well-known domain such as gmail.com picks its provider for you</source>
        <translation>Eine bekannte Domain wie gmail.com wählt ihren Anbieter für Sie aus</translation>
    </message>
    <message>
        <source>Sending &amp;address or domain:</source>
        <translation>Absender&amp;adresse oder Domain:</translation>
    </message>
    <message>
        <source>Provider picked from the address</source>
        <translation>Anbieter anhand der Adresse gewählt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The service that delivers your mail; its server and rules fill in the next pages</source>
        <translation>Der Dienst, der Ihre E-Mails zustellt; sein Server und seine Regeln füllen die nächsten Seiten aus</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where the provider keeps your account; credentials work only in their own region</source>
        <translation>Wo der Anbieter Ihr Konto führt; Zugangsdaten gelten nur in ihrer eigenen Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>How this setup is called in the console and on the command line (--profile)</source>
        <translation>Wie diese Einrichtung in der Konsole und auf der Kommandozeile heißt (--profile)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Problem with the profile name</source>
        <translation>Problem mit dem Profilnamen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile name may not contain &apos;/&apos; or line breaks.</source>
        <translation>Ein Profilname darf weder &apos;/&apos; noch Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::RelayPanel</name>
    <message>
        <source>queued</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>wartend</translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>✓ delivered</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✓ zugestellt</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Relay on or off</source>
        <translation>Relay an oder aus</translation>
    </message>
    <message>
        <source>Runs the local HTTP relay (SelfMX&apos;s and Resend&apos;s API) for the selected profile</source>
        <translation>Betreibt das lokale HTTP-Relay (die API von SelfMX und Resend) für das ausgewählte Profil</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Adresse zum Lauschen</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>Listening address:</source>
        <translation>Lauscht auf:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer KEY&quot;; it is kept in the OS keychain</source>
        <translation>Clients senden ihn als &quot;Authorization: Bearer KEY&quot;; er wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>curl example</source>
        <translation>curl-Beispiel</translation>
    </message>
    <message>
        <source>A command that sends a message through the relay</source>
        <translation>Ein Befehl, der eine Nachricht über das Relay sendet</translation>
    </message>
    <message>
        <source>Try it with curl:</source>
        <translation>Mit curl ausprobieren:</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the curl command</source>
        <translation>curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Message counts</source>
        <translation>Nachrichtenzahlen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Letzte Nachrichten</translation>
    </message>
    <message>
        <source>Message columns</source>
        <translation>Nachrichtenspalten</translation>
    </message>
    <message>
        <source>Recent messages:</source>
        <translation>Letzte Nachrichten:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry the selected message now</source>
        <translation>Die ausgewählte Nachricht jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Nachricht abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected message</source>
        <translation>Die ausgewählte Nachricht abbrechen</translation>
    </message>
    <message>
        <source>Relay status</source>
        <translation>Relay-Status</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>API-Schlüssel kopiert</translation>
    </message>
    <message>
        <source>curl command copied (with the key)</source>
        <translation>curl-Befehl kopiert (mit dem Schlüssel)</translation>
    </message>
    <message>
        <source>Relay for profile &quot;%1&quot;</source>
        <translation>Relay für Profil „%1“</translation>
    </message>
    <message>
        <source>Select a stored profile to run the relay for it</source>
        <translation>Wählen Sie ein gespeichertes Profil, um das Relay dafür zu betreiben</translation>
    </message>
    <message>
        <source>Starting the relay …</source>
        <translation>Relay wird gestartet …</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ No API key could be stored: %1</source>
        <translation>✗ Es konnte kein API-Schlüssel gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A new API key was made for this profile and stored in the keychain.</source>
        <translation>Für dieses Profil wurde ein neuer API-Schlüssel erzeugt und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>Relay beendet</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ Running on %1</source>
        <extracomment>Status of the relay panel: the address it listens on</extracomment>
        <translation>✓ Läuft auf %1</translation>
    </message>
    <message>
        <source>Stopping: no new requests; the SMTP transactions in progress end first …</source>
        <translation>Wird beendet: keine neuen Anfragen; laufende SMTP-Transaktionen enden zuerst …</translation>
    </message>
    <message>
        <source>Queued: %1 · Sending: %2 · Delivered: %3 · Failed: %4 · Retrying: %5</source>
        <extracomment>The relay&apos;s live counts</extracomment>
        <translation>Wartend: %1 · Wird gesendet: %2 · Zugestellt: %3 · Fehlgeschlagen: %4 · Erneuter Versuch: %5</translation>
    </message>
    <message>
        <source>Message %1 queued to be sent now</source>
        <translation>Nachricht %1 zum sofortigen Senden eingereiht</translation>
    </message>
    <message>
        <source>Message %1 canceled</source>
        <translation>Nachricht %1 abgebrochen</translation>
    </message>
    <message>
        <source>Relay on</source>
        <translation>Relay an</translation>
    </message>
    <message>
        <source>The address and port the relay takes requests on while it runs</source>
        <translation>Adresse und Port, an denen das Relay Anfragen annimmt, solange es läuft</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Shows the API key, in the field and in the curl example, while checked</source>
        <translation>Zeigt den API-Schlüssel im Feld und im curl-Beispiel, solange gedrückt</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copies the API key to the clipboard</source>
        <translation>Kopiert den API-Schlüssel in die Zwischenablage</translation>
    </message>
    <message>
        <source>Copies the curl example, with the real API key, to the clipboard</source>
        <translation>Kopiert das curl-Beispiel mit dem echten API-Schlüssel in die Zwischenablage</translation>
    </message>
    <message>
        <source>Delivers the selected queued or failed message again now</source>
        <translation>Stellt die ausgewählte wartende oder fehlgeschlagene Nachricht jetzt erneut zu</translation>
    </message>
    <message>
        <source>Stops trying to deliver the selected message</source>
        <translation>Gibt die Zustellung der ausgewählten Nachricht auf</translation>
    </message>
    <message>
        <source>Relay off</source>
        <extracomment>The relay toggle&apos;s text while the relay runs / while it is off</extracomment>
        <translation>Relay aus</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button that reveals or hides the API key</extracomment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The messages the relay took most recently, with their state, attempts and last error</source>
        <translation>Die zuletzt vom Relay angenommenen Nachrichten mit Status, Versuchen und letztem Fehler</translation>
    </message>
    <message>
        <source>New key…</source>
        <extracomment>The button that replaces the relay&apos;s API key (asks first)</extracomment>
        <translation>Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Make a new API key</source>
        <translation>Einen neuen API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Replaces the API key with a new one, in the keychain and in the running relay; asks first</source>
        <translation>Ersetzt den API-Schlüssel durch einen neuen, im Schlüsselbund und im laufenden Relay; fragt vorher nach</translation>
    </message>
    <message>
        <source>Replace the API key?</source>
        <translation>API-Schlüssel ersetzen?</translation>
    </message>
    <message>
        <source>Applications using the current key will get 401 invalid_api_key until they use the new one.</source>
        <translation>Anwendungen, die den aktuellen Schlüssel verwenden, erhalten 401 invalid_api_key, bis sie den neuen verwenden.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button of the question before the relay&apos;s API key is replaced</extracomment>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>✗ The API key was not replaced; the old key still works: %1</source>
        <translation>✗ Der API-Schlüssel wurde nicht ersetzt; der alte Schlüssel gilt weiterhin: %1</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay accepts only this key now.</source>
        <translation>✓ Neuer API-Schlüssel im Schlüsselbund gespeichert; das Relay nimmt jetzt nur noch diesen Schlüssel an.</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay will use it when it starts.</source>
        <translation>✓ Neuer API-Schlüssel im Schlüsselbund gespeichert; das Relay verwendet ihn beim Start.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>How the connection is encrypted, and how the console knows it talks to the right server.</source>
        <translation>Wie die Verbindung verschlüsselt wird und woran die Konsole erkennt, dass sie mit dem richtigen Server spricht.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The server&apos;s port (SMTP_PORT): 587 for STARTTLS, 465 for implicit TLS</source>
        <translation>Der Port des Servers (SMTP_PORT): 587 für STARTTLS, 465 für implizites TLS</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;STARTTLS (port 587)</source>
        <translation>&amp;STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>The connection starts in plaintext and switches to TLS before anything else is said; if the server does not offer it, the console stops rather than go on unencrypted.</source>
        <translation>Die Verbindung beginnt im Klartext und wechselt zu TLS, bevor irgendetwas anderes gesagt wird; bietet der Server das nicht an, bricht die Konsole ab, statt unverschlüsselt weiterzumachen.</translation>
    </message>
    <message>
        <source>&amp;Implicit TLS (port 465)</source>
        <translation>&amp;Implizites TLS (Port 465)</translation>
    </message>
    <message>
        <source>The connection is encrypted from its very first byte.</source>
        <translation>Die Verbindung ist ab ihrem allerersten Byte verschlüsselt.</translation>
    </message>
    <message>
        <source>N&amp;o encryption</source>
        <translation>&amp;Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Everything, the password included, travels readable: only for a server on this machine.</source>
        <translation>Alles, auch das Passwort, wird lesbar übertragen: nur für einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation>Zertifikat des Servers &amp;überprüfen (empfohlen)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers überprüfen</translation>
    </message>
    <message>
        <source>Without verification anyone on the way can pretend to be the server and read the password</source>
        <translation>Ohne Überprüfung kann sich jeder unterwegs als der Server ausgeben und das Passwort mitlesen</translation>
    </message>
    <message>
        <source>⚠ Without verification anyone on the path can pretend to be the server and read the password. Prefer a CA file or a pinned certificate under Advanced.</source>
        <translation>⚠ Ohne Überprüfung kann sich jeder auf dem Weg als der Server ausgeben und das Passwort mitlesen. Besser ist eine CA-Datei oder ein gepinntes Zertifikat unter Erweitert.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Show advanced security settings</source>
        <translation>Erweiterte Sicherheitseinstellungen zeigen</translation>
    </message>
    <message>
        <source>optional: a PEM file with the CA that signed the server&apos;s certificate</source>
        <translation>optional: eine PEM-Datei mit der CA, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Trust certificates signed by this CA, besides the system&apos;s (SMTP_TLS_CA_FILE)</source>
        <translation>Von dieser CA signierten Zertifikaten vertrauen, zusätzlich zu denen des Systems (SMTP_TLS_CA_FILE)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Nach der CA-Datei suchen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>optional: AB:CD:… (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Gepinntes Zertifikat</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with this SHA-256 fingerprint (SMTP_TLS_PIN_SHA256)</source>
        <translation>Genau das Zertifikat mit diesem SHA-256-Fingerabdruck akzeptieren (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate (SHA-256):</source>
        <translation>&amp;Gepinntes Zertifikat (SHA-256):</translation>
    </message>
    <message>
        <source>Shows or hides the CA file and the pinned certificate</source>
        <translation>Zeigt oder verbirgt die CA-Datei und das angeheftete Zertifikat</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file with the CA&apos;s certificate</source>
        <translation>Öffnet einen Dateidialog, um eine PEM-Datei mit dem Zertifikat der CA zu wählen</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SenderDomainSection</name>
    <message>
        <source>Sender domain</source>
        <extracomment>The heading of the section that checks the sender&apos;s domain in DNS</extracomment>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <source>Check the sender domain</source>
        <translation>Absenderdomain prüfen</translation>
    </message>
    <message>
        <source>Looks up the SPF, DKIM, DMARC and MX records of the sender&apos;s domain and says what to publish</source>
        <translation>Fragt die SPF-, DKIM-, DMARC- und MX-Einträge der Absenderdomain ab und sagt, was zu veröffentlichen ist</translation>
    </message>
    <message>
        <source>Stop the sender domain check</source>
        <translation>Prüfung der Absenderdomain abbrechen</translation>
    </message>
    <message>
        <source>optional, e.g. pm20241105, k1</source>
        <translation>optional, z. B. pm20241105, k1</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>DKIM-Selektoren</translation>
    </message>
    <message>
        <source>The DKIM selectors from the provider&apos;s domain authentication page, separated by commas; SendGrid&apos;s s1 and s2 are checked anyway</source>
        <translation>Die DKIM-Selektoren von der Seite zur Domain-Authentifizierung des Anbieters, durch Kommas getrennt; SendGrids s1 und s2 werden ohnehin geprüft</translation>
    </message>
    <message>
        <source>Checking the sender domain</source>
        <translation>Absenderdomain wird geprüft</translation>
    </message>
    <message>
        <source>Sender domain result</source>
        <translation>Ergebnis der Absenderdomain</translation>
    </message>
    <message>
        <source>Sender domain findings</source>
        <translation>Befunde zur Absenderdomain</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>DNS record to publish</source>
        <translation>Zu veröffentlichender DNS-Eintrag</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>Eintrag kopieren</translation>
    </message>
    <message>
        <source>Copy the record for %1</source>
        <extracomment>%1: the DNS record&apos;s name, e.g. _dmarc.example.com</extracomment>
        <translation>Den Eintrag für %1 kopieren</translation>
    </message>
    <message>
        <source>Fill in the default sender to check that its domain is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Tragen Sie den Standardabsender ein, um zu prüfen, ob seine Domain zum Senden eingerichtet ist (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Press Check sender domain to check that %1 is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Drücken Sie „Absenderdomain prüfen“, um zu prüfen, ob %1 zum Senden eingerichtet ist (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Checking %1 in DNS…</source>
        <translation>%1 wird im DNS geprüft…</translation>
    </message>
    <message>
        <source>✓ %1 is ready to send.</source>
        <translation>✓ %1 ist bereit zum Senden.</translation>
    </message>
    <message>
        <source>✗ %1 is not ready to send: publish the records below.</source>
        <translation>✗ %1 ist nicht bereit zum Senden: Veröffentlichen Sie die Einträge unten.</translation>
    </message>
    <message>
        <source>⚠ Some lookups for %1 failed; the results below are incomplete.</source>
        <translation>⚠ Einige Abfragen für %1 sind fehlgeschlagen; die Ergebnisse unten sind unvollständig.</translation>
    </message>
    <message>
        <source>There is no sender address to check: fill in the default sender first.</source>
        <translation>Es gibt keine Absenderadresse zu prüfen: Tragen Sie zuerst den Standardabsender ein.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The check of %1 took too long and was stopped.</source>
        <translation>Die Prüfung von %1 dauerte zu lange und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups of the running check</source>
        <translation>Beendet die DNS-Abfragen der laufenden Prüfung</translation>
    </message>
    <message>
        <source>Check sender domain</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Absenderdomain prüfen</translation>
    </message>
    <message>
        <source>Stop check</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>DKIM selectors:</source>
        <extracomment>A field&apos;s label; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>DKIM-Selektoren:</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ServerDiscoveryBox</name>
    <message>
        <source>&amp;Find my server</source>
        <translation>Meinen Server &amp;finden</translation>
    </message>
    <message>
        <source>Find the server in DNS</source>
        <translation>Den Server im DNS finden</translation>
    </message>
    <message>
        <source>Looks up the domain of the address: the provider table, its SRV records, its MX records, then smtp. and mail. verified by connecting</source>
        <translation>Schlägt die Domain der Adresse nach: die Anbietertabelle, ihre SRV-Einträge, ihre MX-Einträge, dann smtp. und mail., durch Verbinden überprüft</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop looking for the server</source>
        <translation>Suche nach dem Server abbrechen</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Server wird gesucht</translation>
    </message>
    <message>
        <source>Server lookup result</source>
        <translation>Ergebnis der Serversuche</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Gefundene Server</translation>
    </message>
    <message>
        <source>Each server with where it came from; choose one to fill in the server, port and TLS mode</source>
        <translation>Jeder Server mit seiner Herkunft; wählen Sie einen, um Server, Port und TLS-Modus auszufüllen</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>Diesen Server &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the selected server</source>
        <translation>Den ausgewählten Server verwenden</translation>
    </message>
    <message>
        <source>Using %1:%2; the next pages show it and you can still change it.</source>
        <extracomment>%1: the server and port chosen from the list, e.g. &quot;smtp.example.com:465&quot;</extracomment>
        <translation>%1:%2 wird verwendet; die nächsten Seiten zeigen es, und Sie können es noch ändern.</translation>
    </message>
    <message>
        <source>Looking up the server for %1…</source>
        <extracomment>%1: the mail domain</extracomment>
        <translation>Server für %1 wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) for %1. Choose one and press Use this server, or go on and fill in the server yourself.</source>
        <translation>
            <numerusform>%n Server für %1 gefunden. Wählen Sie ihn und drücken Sie „Diesen Server verwenden“, oder machen Sie weiter und tragen Sie den Server selbst ein.</numerusform>
            <numerusform>%n Server für %1 gefunden. Wählen Sie einen und drücken Sie „Diesen Server verwenden“, oder machen Sie weiter und tragen Sie den Server selbst ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>No server found for %1 in DNS. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Kein Server für %1 im DNS gefunden. Wählen Sie unten Ihren Anbieter, oder tragen Sie den Server auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>Stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Abgebrochen. Wählen Sie unten Ihren Anbieter, oder tragen Sie den Server auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>The lookup for %1 took too long and was stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Die Suche für %1 dauerte zu lange und wurde abgebrochen. Wählen Sie unten Ihren Anbieter, oder tragen Sie den Server auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups and connection attempts of the search</source>
        <translation>Beendet die DNS-Abfragen und Verbindungsversuche der Suche</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SettingsForm</name>
    <message>
        <source>Automatic (Use TLS: port 465 implicit, any other STARTTLS required)</source>
        <translation>Automatisch (TLS verwenden: 465 implizit, sonst STARTTLS Pflicht)</translation>
    </message>
    <message>
        <source>Implicit TLS (from the first byte)</source>
        <translation>Implizites TLS (ab dem ersten Byte)</translation>
    </message>
    <message>
        <source>STARTTLS (required, never skipped)</source>
        <translation>STARTTLS (vorgeschrieben, nie übersprungen)</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automatisch (das stärkste angebotene)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Hint about %1</source>
        <translation>Hinweis zu %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Nach %1 suchen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form row&apos;s label: the field&apos;s name and a colon</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>Prefix of a hint under a form field (a warning sign, so it is not colour only)</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>The button beside a password or key field that shows its text</extracomment>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the text</source>
        <translation>Text zeigen oder verbergen</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>optional: a PEM file with an extra trusted CA</source>
        <translation>optional: eine PEM-Datei mit einer zusätzlichen vertrauenswürdigen CA</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>optional: AB:CD:… (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <extracomment>Accessible name of the Show / Hide button of a secret field, %1 the field&apos;s label</extracomment>
        <translation>%1 zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button beside a password or key field while its text is shown</extracomment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Shows or hides the settings most setups leave as they are</source>
        <translation>Zeigt oder verbirgt die Einstellungen, die die meisten Einrichtungen unverändert lassen</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the file</source>
        <translation>Öffnet einen Dateidialog, um die Datei zu wählen</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SetupWizard</name>
    <message>
        <source>Set up sending</source>
        <translation>Versand einrichten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Goes back to the previous page; nothing is saved</source>
        <translation>Geht zur vorigen Seite zurück; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Goes on to the next page; nothing is saved before Finish</source>
        <translation>Geht zur nächsten Seite; vor „Fertigstellen“ wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Closes the wizard without saving anything</source>
        <translation>Schließt den Assistenten, ohne etwas zu speichern</translation>
    </message>
    <message>
        <source>Saves the profile: its settings to the profile file, its password to the keychain</source>
        <translation>Speichert das Profil: die Einstellungen in der Profildatei, das Passwort im Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TestPage</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Try the settings before saving them: connect, encrypt, greet and log in.</source>
        <translation>Probieren Sie die Einstellungen vor dem Speichern aus: verbinden, verschlüsseln, begrüßen und anmelden.</translation>
    </message>
    <message>
        <source>Save &amp;without a passing test</source>
        <translation>&amp;Ohne bestandenen Test speichern</translation>
    </message>
    <message>
        <source>Save without a passing test</source>
        <translation>Ohne bestandenen Test speichern</translation>
    </message>
    <message>
        <source>Lets you finish even though the test did not pass, e.g. for a server you cannot reach from here</source>
        <translation>Erlaubt das Fertigstellen, obwohl der Test nicht bestanden wurde, z. B. für einen Server, den Sie von hier aus nicht erreichen</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TestPanel</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>EHLO</source>
        <extracomment>The SMTP greeting command, a step of the test</extracomment>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Log in (AUTH)</source>
        <translation>Anmelden (AUTH)</translation>
    </message>
    <message>
        <source>Sender accepted (MAIL FROM)</source>
        <translation>Absender angenommen (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient accepted (RCPT TO)</source>
        <translation>Empfänger angenommen (RCPT TO)</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>⚠ passed with a warning</source>
        <translation>⚠ mit Warnung bestanden</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig von %3 bis %4
SHA-256-Fingerabdruck: %5</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connects, secures the connection, greets and logs in with these settings</source>
        <translation>Verbindet, sichert die Verbindung, begrüßt und meldet sich mit diesen Einstellungen an</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>&amp;Find working settings</source>
        <translation>&amp;Funktionierende Einstellungen finden</translation>
    </message>
    <message>
        <source>Find working settings</source>
        <translation>Funktionierende Einstellungen finden</translation>
    </message>
    <message>
        <source>Tries ports 587, 465, 2525 and 25 with their TLS modes at once, shows what each did, and applies the best that worked</source>
        <translation>Probiert die Ports 587, 465, 2525 und 25 mit ihren TLS-Modi gleichzeitig aus, zeigt, was jeder ergab, und übernimmt das Beste, das funktioniert hat</translation>
    </message>
    <message>
        <source>optional: you@example.com</source>
        <translation>optional: sie@example.com</translation>
    </message>
    <message>
        <source>Send a test message to</source>
        <translation>Testnachricht senden an</translation>
    </message>
    <message>
        <source>When filled in, the test also asks whether the server accepts this sender and recipient, and sends a short test message</source>
        <translation>Wenn ausgefüllt, prüft der Test auch, ob der Server diesen Absender und Empfänger annimmt, und sendet eine kurze Testnachricht</translation>
    </message>
    <message>
        <source>Send a test &amp;message to:</source>
        <translation>Test&amp;nachricht senden an:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Testschritte</translation>
    </message>
    <message>
        <source>Each step of the test with its state and the time it took</source>
        <translation>Jeder Schritt des Tests mit seinem Status und seiner Dauer</translation>
    </message>
    <message>
        <source>Step, state and time columns</source>
        <translation>Spalten Schritt, Status und Zeit</translation>
    </message>
    <message>
        <source>Press Test to try these settings; nothing is saved by a test.</source>
        <translation>Drücken Sie auf Testen, um diese Einstellungen auszuprobieren; ein Test speichert nichts.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tested yet:
%1</source>
        <translation>✗ Diese Einstellungen lassen sich noch nicht testen:
%1</translation>
    </message>
    <message>
        <source>Testing %1:%2 …</source>
        <translation>%1:%2 wird getestet …</translation>
    </message>
    <message>
        <source>Search cancelled; nothing was changed.</source>
        <translation>Suche abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tried yet:
%1</source>
        <translation>✗ Diese Einstellungen lassen sich noch nicht ausprobieren:
%1</translation>
    </message>
    <message>
        <source>Trying the usual ports of %1 …</source>
        <translation>Die üblichen Ports von %1 werden ausprobiert …</translation>
    </message>
    <message>
        <source>✗ None of the usual ports worked; nothing was changed. What each did is listed below.</source>
        <translation>✗ Keiner der üblichen Ports hat funktioniert; es wurde nichts geändert. Was jeder ergab, steht unten.</translation>
    </message>
    <message>
        <source>✓ Applied the best that worked: %1. Press Test to confirm, then save.</source>
        <translation>✓ Das Beste, das funktioniert hat, wurde übernommen: %1. Drücken Sie auf Testen, um es zu bestätigen, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms.</source>
        <translation>✓ Test in %1 ms bestanden.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms: logged in with %2.</source>
        <translation>✓ Test in %1 ms bestanden: angemeldet mit %2.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The console will accept this server&apos;s certificate from now on, and only this one:

%1</source>
        <translation>Die Konsole akzeptiert ab jetzt das Zertifikat dieses Servers, und nur dieses:

%1</translation>
    </message>
    <message>
        <source>Fix applied: %1. Press Test to try it.</source>
        <translation>Korrektur übernommen: %1. Drücken Sie auf Testen, um sie auszuprobieren.</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>Test abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stops the running test and closes its connection</source>
        <translation>Beendet den laufenden Test und schließt seine Verbindung</translation>
    </message>
    <message>
        <source>Show the sender domain check</source>
        <translation>Prüfung der Absenderdomain anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides the check of the SPF, DKIM, DMARC and MX records of the sender&apos;s domain</source>
        <translation>Zeigt oder verbirgt die Prüfung der SPF-, DKIM-, DMARC- und MX-Einträge der Absenderdomain</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TranscriptView</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column of the transcript: who sent the line (C: the console, S: the server)</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>── TLS from here on: every line below is encrypted ──</source>
        <extracomment>A marker row in the transcript where the connection becomes encrypted</extracomment>
        <translation>── Ab hier TLS: Jede Zeile darunter ist verschlüsselt ──</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Time of a transcript line since the session started</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sent by the console</source>
        <translation>Von der Konsole gesendet</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Vom Server gesendet</translation>
    </message>
    <message>
        <source>A note from the console</source>
        <translation>Eine Anmerkung der Konsole</translation>
    </message>
    <message>
        <source>Transcript columns</source>
        <translation>Protokollspalten</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line: C: sent by the console, S: sent by the server, * a note. Passwords are never shown.</source>
        <translation>Das SMTP-Gespräch Zeile für Zeile: C: von der Konsole gesendet, S: vom Server gesendet, * eine Anmerkung. Passwörter werden nie gezeigt.</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Das Protokoll kopieren</translation>
    </message>
    <message>
        <source>Save the transcript to a file</source>
        <translation>Das Protokoll in eine Datei speichern</translation>
    </message>
    <message>
        <source>Save a report bundle for a support request</source>
        <translation>Ein Berichtspaket für eine Supportanfrage speichern</translation>
    </message>
    <message>
        <source>The diagnosis, the settings without secrets, and the transcript, in one file</source>
        <translation>Die Diagnose, die Einstellungen ohne Geheimnisse und das Protokoll in einer Datei</translation>
    </message>
    <message>
        <source>Available after a diagnosis</source>
        <translation>Nach einer Diagnose verfügbar</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Protokoll kopiert</translation>
    </message>
    <message>
        <source>There is no diagnosis to put in a bundle yet</source>
        <translation>Es gibt noch keine Diagnose für ein Paket</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Protokoll gespeichert in %1</translation>
    </message>
    <message>
        <source>✗ Could not save %1: %2</source>
        <translation>✗ %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save report bundle</source>
        <translation>Berichtspaket speichern</translation>
    </message>
    <message>
        <source>Report bundle saved to %1 (no passwords in it)</source>
        <translation>Berichtspaket gespeichert in %1 (ohne Passwörter)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies every line of the transcript to the clipboard; passwords are never in it</source>
        <translation>Kopiert jede Zeile des Protokolls in die Zwischenablage; Passwörter stehen nie darin</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Als Text speichern …</translation>
    </message>
    <message>
        <source>Writes the transcript to a text file you choose; passwords are never in it</source>
        <translation>Schreibt das Protokoll in eine Textdatei Ihrer Wahl; Passwörter stehen nie darin</translation>
    </message>
    <message>
        <source>Save report bundle…</source>
        <translation>Berichtspaket speichern …</translation>
    </message>
</context>
</TS>
