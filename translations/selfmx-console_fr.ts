<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DnsText</name>
    <message>
        <source>DNSSEC-validated</source>
        <translation>validées par DNSSEC</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signées</translation>
    </message>
    <message>
        <source>DNSSEC validation FAILED</source>
        <translation>ÉCHEC de la validation DNSSEC</translation>
    </message>
    <message>
        <source>The %1 lookup of %2 failed (%3).</source>
        <translation>La requête %1 pour %2 a échoué (%3).</translation>
    </message>
    <message>
        <source>%1 has no SPF record: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs ont le droit d&apos;envoyer son courrier.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (RFC 7208 §4.5), so SPF fails everywhere.</source>
        <translation>%1 a %2 enregistrements SPF ; il en faut exactement un (RFC 7208 §4.5), donc SPF échoue partout.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has invalid terms: %2.</source>
        <translation>L&apos;enregistrement SPF de %1 contient des termes invalides : %2.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS lookups; the limit is %3 (RFC 7208 §4.6.4), so SPF fails with a permanent error.</source>
        <translation>L&apos;enregistrement SPF de %1 nécessite %2 requêtes DNS ; la limite est de %3 (RFC 7208 §4.6.4), donc SPF échoue avec une erreur permanente.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2: it lets any server send as the domain.</source>
        <translation>L&apos;enregistrement SPF de %1 se termine par %2 : il permet à n&apos;importe quel serveur d&apos;envoyer au nom du domaine.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (include:%3).</source>
        <translation>L&apos;enregistrement SPF de %1 n&apos;autorise pas %2 (include:%3).</translation>
    </message>
    <message>
        <source>The SPF include %1 of %2 did not resolve (%3).</source>
        <translation>L&apos;include SPF %1 de %2 n&apos;a pas pu être résolu (%3).</translation>
    </message>
    <message>
        <source>SPF: %1 (%2 of 10 lookups).</source>
        <translation>SPF : %1 (%2 requêtes sur 10).</translation>
    </message>
    <message>
        <source>DKIM not checked: this provider&apos;s selector is chosen per domain; give it to check the key.</source>
        <translation>DKIM non vérifié : le sélecteur de ce fournisseur est choisi pour chaque domaine ; indiquez-le pour vérifier la clé.</translation>
    </message>
    <message>
        <source>No DKIM key at %1 (selector %2).</source>
        <translation>Aucune clé DKIM sur %1 (sélecteur %2).</translation>
    </message>
    <message>
        <source>The DKIM record at %1 is not usable (%2).</source>
        <translation>L&apos;enregistrement DKIM sur %1 est inutilisable (%2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; receivers ignore or distrust keys under %3 bits.</source>
        <translation>La clé DKIM sur %1 ne fait que %2 bits ; les destinataires ignorent les clés de moins de %3 bits ou s&apos;en méfient.</translation>
    </message>
    <message>
        <source>DKIM selector %1: a %2-bit %3 key.</source>
        <translation>Sélecteur DKIM %1 : une clé %3 de %2 bits.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record: receivers apply their own policy and send no reports.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement DMARC : les destinataires appliquent leur propre politique et n&apos;envoient aucun rapport.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is invalid (%2): receivers ignore it.</source>
        <translation>L&apos;enregistrement DMARC de %1 est invalide (%2) : les destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>DMARC of %1 is p=none: monitoring only, failing mail is still delivered.</source>
        <translation>Le DMARC de %1 est en p=none : surveillance seule, le courrier en échec est quand même distribué.</translation>
    </message>
    <message>
        <source>DMARC: policy %1, DKIM alignment %2, SPF alignment %3.</source>
        <translation>DMARC : politique %1, alignement DKIM %2, alignement SPF %3.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces to this domain cannot be delivered.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX : les réponses et les avis de non-remise adressés à ce domaine ne peuvent pas être distribués.</translation>
    </message>
    <message>
        <source>MX: %1.</source>
        <translation>MX : %1.</translation>
    </message>
    <message>
        <source>No TLSA records for %1 port %2 (no DANE).</source>
        <translation>Aucun enregistrement TLSA pour %1 port %2 (pas de DANE).</translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so DANE cannot use them (RFC 7672 §2.2).</source>
        <translation>%1 a des enregistrements TLSA, mais ils ne sont pas signés par DNSSEC, donc DANE ne peut pas les utiliser (RFC 7672 §2.2).</translation>
    </message>
    <message>
        <source>DNSSEC validation of %1 failed: %2.</source>
        <translation>La validation DNSSEC de %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>%1 has DNSSEC-signed TLSA records (%2); no certificate was given to match.</source>
        <translation>%1 a des enregistrements TLSA signés par DNSSEC (%2) ; aucun certificat n&apos;a été fourni pour la comparaison.</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches TLSA %2 (DNSSEC-validated).</source>
        <translation>DANE : le certificat de %1 correspond au TLSA %2 (validé par DNSSEC).</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches none of its TLSA records (%2); DANE-enforcing senders will not deliver to it.</source>
        <translation>DANE : le certificat de %1 ne correspond à aucun de ses enregistrements TLSA (%2) ; les expéditeurs qui appliquent DANE ne lui livreront rien.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <translation>enregistrement %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Publish this %1.</source>
        <translation>Publiez cet %1.</translation>
    </message>
    <message>
        <source>Replace the %1 SPF records with one %2.</source>
        <translation>Remplacez les %1 enregistrements SPF par un seul %2.</translation>
    </message>
    <message>
        <source>Change it to this %1.</source>
        <translation>Remplacez-le par cet %1.</translation>
    </message>
    <message>
        <source>Once the reports show your mail passing, enforce it with this %1.</source>
        <translation>Une fois que les rapports montrent que votre courrier passe les contrôles, appliquez la politique avec cet %1.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some with the ip4:/ip6: ranges they stand for, until at most %1 lookups remain.</source>
        <translation>Supprimez les includes que vous n&apos;utilisez plus, ou remplacez-en certains par les plages ip4:/ip6: qu&apos;ils représentent, jusqu&apos;à ce qu&apos;il ne reste pas plus de %1 requêtes.</translation>
    </message>
    <message>
        <source>Check the spelling of include:%1; an include that does not resolve makes SPF fail.</source>
        <translation>Vérifiez l&apos;orthographe de include:%1 ; un include qui ne se résout pas fait échouer SPF.</translation>
    </message>
    <message>
        <source>Run check-domain again with --dkim-selector SELECTOR (from the provider&apos;s domain authentication page).</source>
        <translation>Relancez check-domain avec --dkim-selector SELECTOR (indiqué sur la page d&apos;authentification de domaine du fournisseur).</translation>
    </message>
    <message>
        <source>Enter the DKIM selector from the provider&apos;s domain authentication page.</source>
        <translation>Saisissez le sélecteur DKIM indiqué sur la page d&apos;authentification de domaine du fournisseur.</translation>
    </message>
    <message>
        <source>Publish the DKIM record (TXT, or the CNAME your provider gives) at %1, as shown in the provider&apos;s domain authentication page.</source>
        <translation>Publiez l&apos;enregistrement DKIM (TXT, ou le CNAME que donne votre fournisseur) sur %1, comme indiqué sur la page d&apos;authentification de domaine du fournisseur.</translation>
    </message>
    <message>
        <source>Copy the DKIM record at %1 again from the provider: the key must be one base64 value after p=.</source>
        <translation>Recopiez l&apos;enregistrement DKIM sur %1 depuis le fournisseur : la clé doit être une seule valeur base64 après p=.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit DKIM key with the provider and publish it at %1.</source>
        <translation>Créez une nouvelle clé DKIM de 2048 bits chez le fournisseur et publiez-la sur %1.</translation>
    </message>
    <message>
        <source>Publish an MX record at %1 naming the server that receives mail for the domain.</source>
        <translation>Publiez sur %1 un enregistrement MX qui désigne le serveur recevant le courrier du domaine.</translation>
    </message>
    <message>
        <source>Publish TLSA records for the certificate the server uses now (e.g. 3 1 1 and the SHA-256 of its public key) at %1, before or together with every certificate change.</source>
        <translation>Publiez sur %1 des enregistrements TLSA pour le certificat que le serveur utilise maintenant (p. ex. 3 1 1 et le SHA-256 de sa clé publique), avant chaque changement de certificat ou en même temps.</translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC and publish its DS record at the parent, or remove the TLSA records.</source>
        <translation>Signez la zone avec DNSSEC et publiez son enregistrement DS dans la zone parente, ou supprimez les enregistrements TLSA.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s nameservers (or DNS_SERVER), then run the check again.</source>
        <translation>Vérifiez les serveurs de noms du domaine (ou DNS_SERVER), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>the provider table (%1: %2)</source>
        <translation>la table des fournisseurs (%1 : %2)</translation>
    </message>
    <message>
        <source>SRV record %1</source>
        <translation>l&apos;enregistrement SRV %1</translation>
    </message>
    <message>
        <source>MX record %1, a server of %2</source>
        <translation>l&apos;enregistrement MX %1, un serveur de %2</translation>
    </message>
    <message>
        <source>a guess (%1), verified by connecting</source>
        <translation>une supposition (%1), vérifiée par une connexion</translation>
    </message>
    <message>
        <source>a guess (%1), not verified</source>
        <translation>une supposition (%1), non vérifiée</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>%1:%2 %3, from %4</source>
        <translation>%1:%2 %3, d&apos;après %4</translation>
    </message>
    <message>
        <source>The SPF record of %3 does not authorise the mail server %1 (%2): receivers will treat its mail as forged.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain</extracomment>
        <translation>L&apos;enregistrement SPF de %3 n&apos;autorise pas le serveur de messagerie %1 (%2) : les destinataires traiteront son courrier comme falsifié.</translation>
    </message>
    <message>
        <source>SPF authorises the mail server %1 (%2).</source>
        <translation>SPF autorise le serveur de messagerie %1 (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 has no address in DNS, so its SPF authorisation cannot be checked.</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas d&apos;adresse dans le DNS : son autorisation SPF ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>No SES Easy DKIM record at %1 (token %2): SES cannot sign for the domain.</source>
        <extracomment>SES: Amazon SES; Easy DKIM: its name for the feature (not translated)</extracomment>
        <translation>Aucun enregistrement SES Easy DKIM à %1 (jeton %2) : SES ne peut pas signer pour le domaine.</translation>
    </message>
    <message>
        <source>%1 must be a CNAME to %2 for SES Easy DKIM; it is %3.</source>
        <translation>%1 doit être un CNAME vers %2 pour SES Easy DKIM ; c&apos;est %3.</translation>
    </message>
    <message>
        <source>%1 points to %2, but SES publishes no key there: the token is not one of this SES identity&apos;s.</source>
        <translation>%1 pointe vers %2, mais SES n&apos;y publie aucune clé : le jeton n&apos;appartient pas à cette identité SES.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the bounce (return-path) domain: SPF cannot align with the sender&apos;s domain for DMARC.</source>
        <extracomment>%1: a DNS name such as pm-bounces.example.com, %2: the record type (CNAME, MX)</extracomment>
        <translation>Aucun enregistrement %2 à %1, le domaine de retour (return-path) : SPF ne peut pas être aligné sur le domaine de l&apos;expéditeur pour DMARC.</translation>
    </message>
    <message>
        <source>The bounce (return-path) domain %1 points to %2, not to the provider.</source>
        <translation>Le domaine de retour (return-path) %1 pointe vers %2, pas vers le fournisseur.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain %1 has no SPF record that authorises SES.</source>
        <translation>Le domaine MAIL FROM %1 n&apos;a pas d&apos;enregistrement SPF qui autorise SES.</translation>
    </message>
    <message>
        <source>Bounce (return-path) domain %1: %2.</source>
        <translation>Domaine de retour (return-path) %1 : %2.</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without TLS (optional, RFC 8461).</source>
        <extracomment>MTA-STS: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 ne publie aucune politique MTA-STS : les expéditeurs peuvent lui livrer du courrier sans TLS (facultatif, RFC 8461).</translation>
    </message>
    <message>
        <source>The MTA-STS record at %1 is invalid (%2): senders ignore the policy.</source>
        <translation>L&apos;enregistrement MTA-STS à %1 est invalide (%2) : les expéditeurs ignorent la politique.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched (HTTP %2, %3): senders ignore the policy.</source>
        <extracomment>%1: the policy&apos;s URL; %2: the HTTP status (0 when there was no answer); %3: the network&apos;s own words</extracomment>
        <translation>La politique MTA-STS %1 n&apos;a pas pu être récupérée (HTTP %2, %3) : les expéditeurs ignorent la politique.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is invalid (%2): senders ignore it.</source>
        <translation>La politique MTA-STS %1 est invalide (%2) : les expéditeurs l&apos;ignorent.</translation>
    </message>
    <message>
        <source>MTA-STS: id %1, mode %2, mx %3, max_age %4 s.</source>
        <translation>MTA-STS : id %1, mode %2, mx %3, max_age %4 s.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (mode %1) does not name the MX host %2 (it names %3): senders that enforce it will not deliver there.</source>
        <translation>La politique MTA-STS (mode %1) ne nomme pas l&apos;hôte MX %2 (elle nomme %3) : les expéditeurs qui l&apos;appliquent n&apos;y livreront pas.</translation>
    </message>
    <message>
        <source>%1 has no TLS-RPT record: nobody reports failed TLS deliveries to it (optional, RFC 8460).</source>
        <extracomment>TLS-RPT: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 n&apos;a pas d&apos;enregistrement TLS-RPT : personne ne lui signale les livraisons TLS échouées (facultatif, RFC 8460).</translation>
    </message>
    <message>
        <source>The TLS-RPT record at %1 is invalid (%2).</source>
        <translation>L&apos;enregistrement TLS-RPT à %1 est invalide (%2).</translation>
    </message>
    <message>
        <source>TLS-RPT: reports go to %1.</source>
        <translation>TLS-RPT : les rapports sont envoyés à %1.</translation>
    </message>
    <message>
        <source>To receive reports of failed TLS deliveries, publish this %1.</source>
        <translation>Pour recevoir des rapports sur les livraisons TLS échouées, publiez cet %1.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 over HTTPS with a certificate valid for its name, or remove the _mta-sts record.</source>
        <translation>Servez la politique à %1 en HTTPS avec un certificat valide pour son nom, ou supprimez l&apos;enregistrement _mta-sts.</translation>
    </message>
    <message>
        <source>Correct the policy at %1: it needs version: STSv1, mode (enforce, testing or none), max_age (at most 31557600) and an mx line for each MX host.</source>
        <extracomment>Keep version: STSv1, mode, enforce, testing, none, max_age and mx as they are (the policy&apos;s keywords).</extracomment>
        <translation>Corrigez la politique à %1 : elle doit contenir version: STSv1, mode (enforce, testing ou none), max_age (au plus 31557600) et une ligne mx pour chaque hôte MX.</translation>
    </message>
    <message>
        <source>Add an mx line for %1 to the policy at %2, then publish a new id in the _mta-sts record.</source>
        <translation>Ajoutez une ligne mx pour %1 à la politique à %2, puis publiez un nouvel id dans l&apos;enregistrement _mta-sts.</translation>
    </message>
    <message>
        <source>Add %1: change it to this %2.</source>
        <extracomment>%1: the SPF terms added, e.g. ip4:192.0.2.25; %2: the record to publish</extracomment>
        <translation>Ajoutez %1 : remplacez-le par cet %2.</translation>
    </message>
    <message>
        <source>Check the SMTP server&apos;s host name, or publish its A/AAAA records.</source>
        <translation>Vérifiez le nom d&apos;hôte du serveur SMTP, ou publiez ses enregistrements A/AAAA.</translation>
    </message>
    <message>
        <source>Publish this %1 (and the other two tokens&apos; records from the SES console).</source>
        <extracomment>%1: a DNS record such as &quot;CNAME record at TOKEN._domainkey.example.com: TOKEN.dkim.amazonses.com&quot;</extracomment>
        <translation>Publiez cet %1 (et les enregistrements des deux autres jetons, depuis la console SES).</translation>
    </message>
    <message>
        <source>Copy the three DKIM tokens again from the SES console for this domain (and region) and publish their CNAME records.</source>
        <translation>Copiez à nouveau les trois jetons DKIM depuis la console SES pour ce domaine (et cette région) et publiez leurs enregistrements CNAME.</translation>
    </message>
    <message>
        <source>Publish the %1 record at %2 that the provider&apos;s domain page shows (its target ends in %3).</source>
        <extracomment>%1: the record type, %2: a DNS name; %3: the end of the target, e.g. .sendgrid.net</extracomment>
        <translation>Publiez à %2 l&apos;enregistrement %1 indiqué sur la page du domaine chez le fournisseur (sa cible se termine par %3).</translation>
    </message>
    <message>
        <source>%1 has only PKIX-TA/PKIX-EE TLSA records (%2), which SMTP senders do not use (RFC 7672 §3.1.3).</source>
        <extracomment>PKIX-TA and PKIX-EE are TLSA certificate usages (0 and 1); keep them as they are.</extracomment>
        <translation>%1 n&apos;a que des enregistrements TLSA PKIX-TA/PKIX-EE (%2), que les expéditeurs SMTP n&apos;utilisent pas (RFC 7672 §3.1.3).</translation>
    </message>
    <message>
        <source>Publish DANE-EE (3 1 1) or DANE-TA (2 1 1) records at %1 instead.</source>
        <extracomment>DANE-EE and DANE-TA are TLSA certificate usages (3 and 2); keep them as they are.</extracomment>
        <translation>Publiez plutôt des enregistrements DANE-EE (3 1 1) ou DANE-TA (2 1 1) sous %1.</translation>
    </message>
    <message>
        <source>Could not evaluate whether the SPF record of %3 authorises the mail server %1 (%2): the term %4 was not evaluated.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain, %4: an SPF term such as exists:%{i}.example.com</extracomment>
        <translation>Impossible d&apos;évaluer si l&apos;enregistrement SPF de %3 autorise le serveur de messagerie %1 (%2) : le terme %4 n&apos;a pas été évalué.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the provider&apos;s tracking host: links and open tracking in the mail will not work (sending is not affected).</source>
        <extracomment>%1: a DNS name such as email.example.com, %2: the record type (CNAME)</extracomment>
        <translation>Aucun enregistrement %2 à %1, l&apos;hôte de suivi du fournisseur : les liens et le suivi des ouvertures dans les messages ne fonctionneront pas (l&apos;envoi n&apos;est pas affecté).</translation>
    </message>
    <message>
        <source>The tracking host %1 points to %2, not to the provider.</source>
        <translation>L&apos;hôte de suivi %1 pointe vers %2, pas vers le fournisseur.</translation>
    </message>
    <message>
        <source>Tracking host %1: %2.</source>
        <translation>Hôte de suivi %1 : %2.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 as Content-Type text/plain (it came as &quot;%2&quot;).</source>
        <extracomment>%1: the policy&apos;s URL, %2: the Content-Type it was served with (may be empty)</extracomment>
        <translation>Servez la politique à %1 avec le Content-Type text/plain (elle est arrivée en &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox that shows the SPF result, or authorise the server&apos;s addresses before %1 with ip4:/ip6: terms.</source>
        <extracomment>%1: an SPF term, e.g. exists:%{i}.example.com</extracomment>
        <translation>Envoyez un message de test à une boîte qui affiche le résultat SPF, ou autorisez les adresses du serveur avant %1 avec des termes ip4:/ip6:.</translation>
    </message>
    <message>
        <source>The record at %1 could not be checked: %2.</source>
        <translation>L&apos;enregistrement à %1 n&apos;a pas pu être vérifié : %2.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3&apos;s libcrypto (on Debian the package libssl3), then run the check again.</source>
        <translation>Installez la libcrypto d&apos;OpenSSL 3 (sous Debian, le paquet libssl3), puis relancez la vérification.</translation>
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
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1 is required; set it to your SMTP server&apos;s name</source>
        <translation>%1 est obligatoire ; indiquez le nom de votre serveur SMTP</translation>
    </message>
    <message>
        <source>the host name %1 does not resolve; check %2 for typos</source>
        <translation>le nom d&apos;hôte %1 ne se résout pas ; vérifiez %2 (faute de frappe ?)</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port, or a firewall rejects it; check %2 and %3, or try 587, 465 or 2525</source>
        <translation>%1 a refusé la connexion : rien n&apos;écoute sur ce port, ou un pare-feu la rejette ; vérifiez %2 et %3, ou essayez 587, 465 ou 2525</translation>
    </message>
    <message>
        <source>no TCP connection to %1 within %2 s: the port is filtered (typical of blocked port 25) or the host is down; try another port or network</source>
        <translation>pas de connexion TCP à %1 en %2 s : le port est filtré (typique du port 25 bloqué) ou l&apos;hôte est hors service ; essayez un autre port ou un autre réseau</translation>
    </message>
    <message>
        <source>network error talking to %1</source>
        <translation>erreur réseau en parlant à %1</translation>
    </message>
    <message>
        <source>connected, but %1 sent no greeting within %2 s; if this port expects implicit TLS (usually 465), set %3</source>
        <translation>connecté, mais %1 n&apos;a envoyé aucun message d&apos;accueil en %2 s ; si ce port attend du TLS implicite (généralement 465), définissez %3</translation>
    </message>
    <message>
        <source>the server does not accept a session from us</source>
        <translation>le serveur n&apos;accepte pas de session de notre part</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not 220</source>
        <translation>le message d&apos;accueil du serveur n&apos;est pas 220</translation>
    </message>
    <message>
        <source>the server refused %1</source>
        <translation>le serveur a refusé %1</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read from &quot;%2&quot;; give the path of the CA certificate in PEM format</source>
        <translation>%1 : aucun certificat PEM n&apos;a pu être lu dans « %2 » ; indiquez le chemin du certificat de l&apos;autorité (CA) au format PEM</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, and TLS is required, so nothing was sent in plaintext; use the server&apos;s TLS port (%2 or %3), or %4 only for a trusted local server</source>
        <translation>%1 ne propose pas STARTTLS et TLS est exigé, donc rien n&apos;a été envoyé en clair ; utilisez le port TLS du serveur (%2 ou %3), ou %4 seulement pour un serveur local de confiance</translation>
    </message>
    <message>
        <source>the server refused STARTTLS</source>
        <translation>le serveur a refusé STARTTLS</translation>
    </message>
    <message>
        <source>the server sent data after its STARTTLS reply, before TLS began</source>
        <translation>le serveur a envoyé des données après sa réponse à STARTTLS, avant le début de TLS</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>la négociation TLS avec %1 a échoué</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2); trust its CA with %3, or connect by the name in the certificate</source>
        <translation>le certificat de %1 n&apos;a pas pu être vérifié (%2) ; faites confiance à son autorité avec %3, ou connectez-vous par le nom inscrit dans le certificat</translation>
    </message>
    <message>
        <source>refusing to send the password to %1 without TLS; enable TLS (%2), or set %3 if you accept the risk</source>
        <translation>refus d&apos;envoyer le mot de passe à %1 sans TLS ; activez TLS (%2), ou définissez %3 si vous acceptez le risque</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH; leave %2 empty if it needs no login</source>
        <translation>%1 ne propose pas AUTH ; laissez %2 vide s&apos;il ne demande pas d&apos;identification</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH without TLS; enable TLS (%2)</source>
        <translation>%1 ne propose pas AUTH sans TLS ; activez TLS (%2)</translation>
    </message>
    <message>
        <source>the server offers only AUTH %1, none of which the console supports (PLAIN, LOGIN, CRAM-MD5)</source>
        <translation>le serveur ne propose que AUTH %1, dont aucun n&apos;est pris en charge par la console (PLAIN, LOGIN, CRAM-MD5)</translation>
    </message>
    <message>
        <source>%1 is not offered; the server offers %2</source>
        <translation>%1 n&apos;est pas proposé ; le serveur propose %2</translation>
    </message>
    <message>
        <source>the server rejected the user name or password (%1 / %2)</source>
        <translation>le serveur a rejeté le nom d&apos;utilisateur ou le mot de passe (%1 / %2)</translation>
    </message>
    <message>
        <source>the server wants a different sign-in: an app-specific password, or a login through its web page first</source>
        <translation>le serveur demande une autre forme d&apos;identification : un mot de passe d&apos;application, ou d&apos;abord une connexion par sa page web</translation>
    </message>
    <message>
        <source>the server requires another step (usually TLS) before AUTH</source>
        <translation>le serveur exige une autre étape (généralement TLS) avant AUTH</translation>
    </message>
    <message>
        <source>the server requires encryption for this AUTH mechanism</source>
        <translation>le serveur exige le chiffrement pour ce mécanisme AUTH</translation>
    </message>
    <message>
        <source>the server does not support AUTH %1 after all; force another with %2</source>
        <translation>le serveur ne prend finalement pas en charge AUTH %1 ; imposez-en un autre avec %2</translation>
    </message>
    <message>
        <source>temporary authentication failure on the server; try again later</source>
        <translation>échec temporaire de l&apos;authentification sur le serveur ; réessayez plus tard</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>the server asked for more AUTH %1 steps than the mechanism has</source>
        <translation>le serveur a demandé plus d&apos;étapes AUTH %1 que le mécanisme n&apos;en comporte</translation>
    </message>
    <message>
        <source>the server refused the sender address</source>
        <translation>le serveur a refusé l&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains a space, a line break or angle brackets</source>
        <translation>l&apos;adresse « %1 » contient une espace, un saut de ligne ou des chevrons</translation>
    </message>
    <message>
        <source>an address has non-ASCII characters, which needs SMTPUTF8 (RFC 6531), and %1 does not offer it; use an ASCII address</source>
        <translation>une adresse contient des caractères non ASCII, ce qui demande SMTPUTF8 (RFC 6531), et %1 ne le propose pas ; utilisez une adresse ASCII</translation>
    </message>
    <message>
        <source>the message has 8-bit content and %1 does not offer 8BITMIME; encode it as quoted-printable or base64</source>
        <translation>le message a un contenu 8 bits et %1 ne propose pas 8BITMIME ; encodez-le en quoted-printable ou en base64</translation>
    </message>
    <message>
        <source>the message is %1 bytes and %2 accepts at most %3 bytes (SIZE)</source>
        <translation>le message fait %1 octets et %2 en accepte au plus %3 (SIZE)</translation>
    </message>
    <message>
        <source>the message cannot be built: %1</source>
        <translation>le message ne peut pas être construit : %1</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>le message n&apos;a aucun destinataire</translation>
    </message>
    <message>
        <source>the server refused every recipient</source>
        <translation>le serveur a refusé tous les destinataires</translation>
    </message>
    <message>
        <source>the server refused DATA</source>
        <translation>le serveur a refusé DATA</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>le serveur a refusé le message</translation>
    </message>
    <message>
        <source>the message content cannot be read</source>
        <translation>le contenu du message est illisible</translation>
    </message>
    <message>
        <source>reading the message failed after %1 bytes: %2</source>
        <translation>la lecture du message a échoué après %1 octets : %2</translation>
    </message>
    <message>
        <source>the message was cancelled during DATA</source>
        <translation>le message a été annulé pendant DATA</translation>
    </message>
    <message>
        <source>unexpected reply to QUIT</source>
        <translation>réponse inattendue à QUIT</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 s (%3) while in state %4</source>
        <translation>pas de réponse de %1 en %2 s (%3) dans l&apos;état %4</translation>
    </message>
    <message>
        <source>the server closed the connection (while in state %1)</source>
        <translation>le serveur a fermé la connexion (dans l&apos;état %1)</translation>
    </message>
    <message>
        <source>the server broke the SMTP protocol</source>
        <translation>le serveur n&apos;a pas respecté le protocole SMTP</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>le serveur a envoyé une réponse que personne n&apos;a demandée</translation>
    </message>
    <message>
        <source>the server is closing the connection (service not available)</source>
        <translation>le serveur ferme la connexion (service indisponible)</translation>
    </message>
    <message>
        <source>the server refused RSET</source>
        <translation>le serveur a refusé RSET</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the session is closing; the message was not sent</source>
        <translation>la session se termine ; le message n&apos;a pas été envoyé</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation> Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>the certificate of %1 is not the one pinned in %2 (it presented SHA-256 %3); if the server&apos;s certificate was renewed, check the new one and pin it, otherwise someone may be intercepting the connection</source>
        <extracomment>%1 the server, %2 the pin setting, %3 the SHA-256 fingerprint the server presented</extracomment>
        <translation>le certificat de %1 n&apos;est pas celui épinglé dans %2 (il a présenté SHA-256 %3) ; si le certificat du serveur a été renouvelé, vérifiez le nouveau et épinglez-le, sinon quelqu&apos;un intercepte peut-être la connexion</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>“Apply fix” sets %1.</source>
        <translation>« Appliquer la correction » définit %1.</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Aucun (en clair)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply fix: %1</source>
        <translation>Appliquer la correction : %1</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid %3 to %4, names [%5], SHA-256 %6</source>
        <translation>certificat « %1 » émis par « %2 », valide du %3 au %4, noms [%5], SHA-256 %6</translation>
    </message>
    <message>
        <source>Trust it explicitly: save the server&apos;s CA (or, for a self-signed server, its certificate) as PEM and set %1 to that file, or pin exactly this certificate: set %2. Turning verification off (%3) is a last resort for development only.</source>
        <translation>Faites-lui confiance explicitement : enregistrez l&apos;autorité (CA) du serveur (ou, pour un serveur auto-signé, son certificat) au format PEM et définissez %1 sur ce fichier, ou épinglez exactement ce certificat : définissez %2. Désactiver la vérification (%3) n&apos;est qu&apos;un dernier recours, pour le développement.</translation>
    </message>
    <message>
        <source>SendGrid: %1 is the literal word apikey, and %2 an API key (it starts with SG.).</source>
        <translation>SendGrid : %1 est littéralement le mot apikey, et %2 une clé d&apos;API (elle commence par SG.).</translation>
    </message>
    <message>
        <source>Mailgun: %1 is the domain&apos;s SMTP login (postmaster@your-domain); EU domains send through smtp.eu.mailgun.org.</source>
        <translation>Mailgun : %1 est l&apos;identifiant SMTP du domaine (postmaster@votre-domaine) ; les domaines européens envoient par smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Amazon SES: use the SMTP credentials created for region %1 (the password has 44 characters), not IAM access keys; they work only in their own region.</source>
        <translation>Amazon SES : utilisez les identifiants SMTP créés pour la région %1 (le mot de passe fait 44 caractères), pas des clés d&apos;accès IAM ; ils ne fonctionnent que dans leur propre région.</translation>
    </message>
    <message>
        <source>of the endpoint</source>
        <translation>du point de terminaison</translation>
    </message>
    <message>
        <source>Postmark: with a Server API token, %1 and %2 are both the token.</source>
        <translation>Postmark : avec un jeton Server API, %1 et %2 sont tous deux ce jeton.</translation>
    </message>
    <message>
        <source>Gmail: %1 is the full address and %2 an app password (needs 2-Step Verification), not the account password.</source>
        <translation>Gmail : %1 est l&apos;adresse complète et %2 un mot de passe d&apos;application (il faut la validation en deux étapes), pas le mot de passe du compte.</translation>
    </message>
    <message>
        <source>Microsoft 365: %1 is the mailbox&apos;s full address, and Authenticated SMTP must be enabled for that mailbox in the admin center (security defaults turn it off).</source>
        <translation>Microsoft 365 : %1 est l&apos;adresse complète de la boîte aux lettres, et Authenticated SMTP doit être activé pour cette boîte dans le centre d&apos;administration (les paramètres de sécurité par défaut le désactivent).</translation>
    </message>
    <message>
        <source>Outlook.com: %1 is the full address; Microsoft is moving Outlook.com to OAuth sign-in, so a password may be refused even when it is right.</source>
        <translation>Outlook.com : %1 est l&apos;adresse complète ; Microsoft fait passer Outlook.com à la connexion OAuth, si bien qu&apos;un mot de passe peut être refusé même s&apos;il est correct.</translation>
    </message>
    <message>
        <source>Postfix: check its SASL configuration and the user&apos;s entry in the SASL database.</source>
        <translation>Postfix : vérifiez sa configuration SASL et l&apos;entrée de l&apos;utilisateur dans la base SASL.</translation>
    </message>
    <message>
        <source>Provider hint: %1</source>
        <translation>Conseil pour ce fournisseur : %1</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve</source>
        <translation>Le nom d&apos;hôte %1 ne se résout pas</translation>
    </message>
    <message>
        <source>no answer from DNS within %1 s</source>
        <translation>pas de réponse du DNS en %1 s</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net); check this machine&apos;s DNS with `getent hosts %2`.</source>
        <translation>Vérifiez l&apos;orthographe de %1 (le nom documenté par le fournisseur, p. ex. smtp.sendgrid.net) ; vérifiez le DNS de cette machine avec `getent hosts %2`.</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net) and this machine&apos;s DNS settings.</source>
        <translation>Vérifiez l&apos;orthographe de %1 (le nom documenté par le fournisseur, p. ex. smtp.sendgrid.net) et les réglages DNS de cette machine.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 a refusé la connexion</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 there, or a firewall rejects it. Verify %2 and %3; try the provider&apos;s other ports (587 STARTTLS, 465 implicit TLS, 2525).</source>
        <translation>Rien n&apos;écoute sur le port %1 à cette adresse, ou un pare-feu rejette la connexion. Vérifiez %2 et %3 ; essayez les autres ports du fournisseur (587 STARTTLS, 465 TLS implicite, 2525).</translation>
    </message>
    <message>
        <source>`selfmx-console discover %1` tries them all.</source>
        <translation>`selfmx-console discover %1` les essaie tous.</translation>
    </message>
    <message>
        <source>No answer from %1: the connection attempt timed out</source>
        <translation>Pas de réponse de %1 : la tentative de connexion a expiré</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked by most ISPs and cloud providers (packets are dropped). Use the submission port 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>Le port 25 sortant est bloqué par la plupart des FAI et des hébergeurs cloud (les paquets sont ignorés). Utilisez le port de soumission 587 avec STARTTLS, ou 465 avec TLS implicite.</translation>
    </message>
    <message>
        <source>A firewall drops the packets, or the host is down. Check firewall rules for outbound connections to port %1; try 587, 465 or 2525.</source>
        <translation>Un pare-feu ignore les paquets, ou l&apos;hôte est hors service. Vérifiez les règles du pare-feu pour les connexions sortantes vers le port %1 ; essayez 587, 465 ou 2525.</translation>
    </message>
    <message>
        <source>%1 is unreachable from this machine</source>
        <translation>%1 est injoignable depuis cette machine</translation>
    </message>
    <message>
        <source>This machine has no route to that network (no IPv6, a VPN, or no network at all). Check the network connection and routes.</source>
        <translation>Cette machine n&apos;a pas de route vers ce réseau (pas d&apos;IPv6, un VPN, ou pas de réseau du tout). Vérifiez la connexion réseau et les routes.</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>Verify %1 and %2, and that outbound connections to port %3 are allowed.</source>
        <translation>Vérifiez %1 et %2, et que les connexions sortantes vers le port %3 sont autorisées.</translation>
    </message>
    <message>
        <source>%1 works, %2 does not</source>
        <translation>%1 fonctionne, %2 non</translation>
    </message>
    <message>
        <source>Clients that try %1 first wait for it to fail before falling back. Fix %1 routing or firewalling, or remove the server&apos;s %2 record.</source>
        <translation>Les clients qui essaient %1 d&apos;abord attendent son échec avant de se rabattre sur l&apos;autre. Corrigez le routage ou le pare-feu %1, ou supprimez l&apos;enregistrement %2 du serveur.</translation>
    </message>
    <message>
        <source>Port 25 is in use</source>
        <translation>Le port 25 est utilisé</translation>
    </message>
    <message>
        <source>Port 25 is for server-to-server relay and is often blocked or throttled for clients; use the submission port 587 (STARTTLS) or 465 (implicit TLS).</source>
        <translation>Le port 25 sert au relais entre serveurs et il est souvent bloqué ou bridé pour les clients ; utilisez le port de soumission 587 (STARTTLS) ou 465 (TLS implicite).</translation>
    </message>
    <message>
        <source>Connected, but %1 sent no greeting within %2 s</source>
        <translation>Connecté, mais %1 n&apos;a envoyé aucun message d&apos;accueil en %2 s</translation>
    </message>
    <message>
        <source>Check that %1 is the server&apos;s SMTP port. A server that expects implicit TLS (usually 465) waits silently: set %2 there. A heavily loaded or tarpitting server may greet late: raise %3.</source>
        <translation>Vérifiez que %1 est le port SMTP du serveur. Un serveur qui attend du TLS implicite (généralement 465) attend en silence : définissez-y %2. Un serveur très chargé ou qui ralentit volontairement (tarpit) peut saluer tard : augmentez %3.</translation>
    </message>
    <message>
        <source>Port %1 speaks implicit TLS, but the settings wait for a plaintext greeting</source>
        <translation>Le port %1 parle TLS implicite, mais les réglages attendent un message d&apos;accueil en clair</translation>
    </message>
    <message>
        <source>no greeting within %1 s, while a TLS handshake on the same port got a certificate</source>
        <translation>pas de message d&apos;accueil en %1 s, alors qu&apos;une négociation TLS sur le même port a obtenu un certificat</translation>
    </message>
    <message>
        <source>Set %1 for this port (%2 with port 465 does it by itself), or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Définissez %1 pour ce port (%2 avec le port 465 le fait de lui-même), ou utilisez le port STARTTLS du serveur, généralement 587.</translation>
    </message>
    <message>
        <source>Set %1 for this port, or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Définissez %1 pour ce port, ou utilisez le port STARTTLS du serveur, généralement 587.</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client (%1 greeting)</source>
        <translation>Le serveur refuse de parler à ce client (accueil %1)</translation>
    </message>
    <message>
        <source>The server&apos;s access rules, a blocklist entry for this machine&apos;s IP address, or a connection limit turned the session away. Ask the server&apos;s operator or provider; try from another network.</source>
        <translation>Les règles d&apos;accès du serveur, une inscription de l&apos;adresse IP de cette machine sur une liste de blocage ou une limite de connexions ont écarté la session. Adressez-vous à l&apos;exploitant du serveur ou au fournisseur ; essayez depuis un autre réseau.</translation>
    </message>
    <message>
        <source>Port %1 does not speak SMTP</source>
        <translation>Le port %1 ne parle pas SMTP</translation>
    </message>
    <message>
        <source>%1 points at another service; use the server&apos;s SMTP port (587, 465, 25 or 2525).</source>
        <translation>%1 désigne un autre service ; utilisez le port SMTP du serveur (587, 465, 25 ou 2525).</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting</source>
        <translation>Le serveur a fermé la connexion avant le message d&apos;accueil</translation>
    </message>
    <message>
        <source>The server drops this client (access rules, rate limits, or a TLS-only port); check the server&apos;s logs or try another port.</source>
        <translation>Le serveur écarte ce client (règles d&apos;accès, limites de débit, ou port réservé à TLS) ; consultez les journaux du serveur ou essayez un autre port.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and TLS is required</source>
        <translation>Le serveur ne propose pas STARTTLS, et TLS est exigé</translation>
    </message>
    <message>
        <source>EHLO reply: %1</source>
        <translation>Réponse à EHLO : %1</translation>
    </message>
    <message>
        <source>Nothing was sent in plaintext. Use the server&apos;s implicit-TLS port (465, or set %1) or its STARTTLS port (587). Only for a trusted local server: set %2.</source>
        <translation>Rien n&apos;a été envoyé en clair. Utilisez le port TLS implicite du serveur (465, ou définissez %1) ou son port STARTTLS (587). Seulement pour un serveur local de confiance : définissez %2.</translation>
    </message>
    <message>
        <source>Port %1 greets in plaintext, but the settings start TLS at once (implicit TLS)</source>
        <translation>Le port %1 accueille en clair, mais les réglages démarrent TLS immédiatement (TLS implicite)</translation>
    </message>
    <message>
        <source>the server said first: %1; the TLS library: %2</source>
        <translation>le serveur a d&apos;abord répondu : %1 ; la bibliothèque TLS : %2</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: %1 (with %2, any port but 465 does this), or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Utilisez STARTTLS sur ce port : %1 (avec %2, tout port sauf 465 le fait), ou connectez-vous au port TLS implicite du serveur, généralement 465.</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: set %1, or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Utilisez STARTTLS sur ce port : définissez %1, ou connectez-vous au port TLS implicite du serveur, généralement 465.</translation>
    </message>
    <message>
        <source>No TLS handshake with %1 within %2 s</source>
        <translation>Pas de négociation TLS avec %1 en %2 s</translation>
    </message>
    <message>
        <source>The port accepts connections but does not answer TLS. Check %1 and the TLS mode (465: implicit; 587: STARTTLS).</source>
        <translation>Le port accepte les connexions mais ne répond pas en TLS. Vérifiez %1 et le mode TLS (465 : implicite ; 587 : STARTTLS).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>La négociation TLS avec %1 a échoué</translation>
    </message>
    <message>
        <source>The server and this machine share no TLS version or cipher, or the server closed the connection. Check the server&apos;s TLS configuration (TLS 1.2 or newer).</source>
        <translation>Le serveur et cette machine n&apos;ont aucune version de TLS ni aucune suite de chiffrement en commun, ou le serveur a fermé la connexion. Vérifiez la configuration TLS du serveur (TLS 1.2 ou plus récent).</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 est inutilisable</translation>
    </message>
    <message>
        <source>Point %1 at a readable PEM file with the CA certificate.</source>
        <translation>Faites pointer %1 vers un fichier PEM lisible contenant le certificat de l&apos;autorité.</translation>
    </message>
    <message>
        <source>Data arrived after the STARTTLS reply, before TLS began</source>
        <translation>Des données sont arrivées après la réponse à STARTTLS, avant le début de TLS</translation>
    </message>
    <message>
        <source>Something between you and the server injects data (a broken proxy or an attack). Use implicit TLS (465) or another network.</source>
        <translation>Quelque chose entre vous et le serveur injecte des données (un proxy défectueux ou une attaque). Utilisez TLS implicite (465) ou un autre réseau.</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>Échec de STARTTLS</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but did not start it; check the server&apos;s TLS certificate and key configuration.</source>
        <translation>Le serveur a proposé STARTTLS mais ne l&apos;a pas démarré ; vérifiez la configuration du certificat et de la clé TLS sur le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>Le certificat du serveur est auto-signé</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here</source>
        <translation>L&apos;émetteur du certificat n&apos;est pas reconnu ici</translation>
    </message>
    <message>
        <source>If the server uses a private CA, set %1 to that CA&apos;s certificate (PEM). If it uses a public CA, the server probably does not send its intermediate certificates: fix the chain on the server. Or pin the certificate: set %2.</source>
        <translation>Si le serveur utilise une autorité privée, définissez %1 sur le certificat de cette autorité (PEM). S&apos;il utilise une autorité publique, le serveur n&apos;envoie probablement pas ses certificats intermédiaires : corrigez la chaîne sur le serveur. Ou épinglez le certificat : définissez %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation>Le certificat du serveur a expiré le %1</translation>
    </message>
    <message>
        <source>Renew the certificate on the server (e.g. `certbot renew`) and reload the mail server; also check this machine&apos;s clock.</source>
        <translation>Renouvelez le certificat sur le serveur (p. ex. `certbot renew`) et rechargez le serveur de messagerie ; vérifiez aussi l&apos;horloge de cette machine.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1</source>
        <translation>Le certificat du serveur n&apos;est pas valide avant le %1</translation>
    </message>
    <message>
        <source>Check the clocks of this machine and of the server (NTP); a freshly issued certificate may also have been installed too early.</source>
        <translation>Vérifiez les horloges de cette machine et du serveur (NTP) ; un certificat tout juste émis a aussi pu être installé trop tôt.</translation>
    </message>
    <message>
        <source>The certificate is not for %1</source>
        <translation>Le certificat n&apos;est pas établi pour %1</translation>
    </message>
    <message>
        <source>Connect by the name the certificate was issued for, or get a certificate that includes %1.</source>
        <translation>Connectez-vous par le nom pour lequel le certificat a été émis, ou obtenez un certificat qui inclut %1.</translation>
    </message>
    <message>
        <source>Set %1 to a name in the certificate (%2), or get a certificate that includes %3.</source>
        <translation>Définissez %1 sur un nom du certificat (%2), ou obtenez un certificat qui inclut %3.</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <translation>Le certificat n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Certificate verification is off</source>
        <translation>La vérification du certificat est désactivée</translation>
    </message>
    <message>
        <source>The certificate verifies: set %1.</source>
        <translation>Le certificat se vérifie : définissez %1.</translation>
    </message>
    <message>
        <source>Certificate verification is off, and the certificate does not verify</source>
        <translation>La vérification du certificat est désactivée, et le certificat ne se vérifie pas</translation>
    </message>
    <message>
        <source>Anyone on the path can impersonate the server and read the password. Trust the CA with %1 or pin the certificate with %2, then set %3.</source>
        <translation>N&apos;importe qui sur le trajet peut se faire passer pour le serveur et lire le mot de passe. Faites confiance à l&apos;autorité avec %1 ou épinglez le certificat avec %2, puis définissez %3.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Le certificat du serveur expire dans %n jour</numerusform>
            <numerusform>Le certificat du serveur expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>pas après le %1</translation>
    </message>
    <message>
        <source>Renew it now (e.g. `certbot renew`) and reload the mail server.</source>
        <translation>Renouvelez-le maintenant (p. ex. `certbot renew`) et rechargez le serveur de messagerie.</translation>
    </message>
    <message>
        <source>TLS is off: mail and credentials travel unencrypted</source>
        <translation>TLS est désactivé : les messages et les identifiants circulent sans chiffrement</translation>
    </message>
    <message>
        <source>The server offers STARTTLS: set %1.</source>
        <translation>Le serveur propose STARTTLS : définissez %1.</translation>
    </message>
    <message>
        <source>Use a port with TLS (587 STARTTLS or 465).</source>
        <translation>Utilisez un port avec TLS (587 STARTTLS ou 465).</translation>
    </message>
    <message>
        <source>The pinned certificate was accepted</source>
        <translation>Le certificat épinglé a été accepté</translation>
    </message>
    <message>
        <source>Nothing to change now; when the server&apos;s certificate is renewed, pin the new one in %1.</source>
        <translation>Rien à changer pour l&apos;instant ; quand le certificat du serveur sera renouvelé, épinglez le nouveau dans %1.</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO</source>
        <translation>Le serveur a refusé EHLO et HELO</translation>
    </message>
    <message>
        <source>Some servers require a fully qualified EHLO name: set %1 to this machine&apos;s public host name.</source>
        <translation>Certains serveurs exigent un nom EHLO pleinement qualifié : définissez %1 sur le nom d&apos;hôte public de cette machine.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS</source>
        <translation>Le serveur propose AUTH avant TLS</translation>
    </message>
    <message>
        <source>EHLO before STARTTLS: %1</source>
        <translation>EHLO avant STARTTLS : %1</translation>
    </message>
    <message>
        <source>The console never sends the password before TLS, but clients that do not insist on STARTTLS will. On the server, offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>La console n&apos;envoie jamais le mot de passe avant TLS, mais les clients qui n&apos;exigent pas STARTTLS le feront. Sur le serveur, ne proposez AUTH qu&apos;après TLS (Postfix : smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>The server rejected the user name or password</source>
        <translation>Le serveur a rejeté le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>Double-check %1 and %2 (no stray spaces or line breaks). Some providers need an app-specific password or SMTP access enabled for the account.</source>
        <translation>Vérifiez soigneusement %1 et %2 (pas d&apos;espace ni de saut de ligne en trop). Certains fournisseurs demandent un mot de passe d&apos;application ou l&apos;activation de l&apos;accès SMTP pour le compte.</translation>
    </message>
    <message>
        <source>The provider wants you to sign in through its web page first</source>
        <translation>Le fournisseur veut que vous vous connectiez d&apos;abord par sa page web</translation>
    </message>
    <message>
        <source>The provider requires an app-specific password (or a stronger sign-in)</source>
        <translation>Le fournisseur exige un mot de passe d&apos;application (ou une connexion plus forte)</translation>
    </message>
    <message>
        <source>Create an app password in the account&apos;s security settings and use it as %1; if the server said 5.7.14, sign in once in a browser from this network, then retry.</source>
        <translation>Créez un mot de passe d&apos;application dans les paramètres de sécurité du compte et utilisez-le comme %1 ; si le serveur a répondu 5.7.14, connectez-vous une fois dans un navigateur depuis ce réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The server requires TLS before AUTH</source>
        <translation>Le serveur exige TLS avant AUTH</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (STARTTLS on 587, implicit on 465).</source>
        <translation>Activez TLS : définissez %1 (STARTTLS sur 587, implicite sur 465).</translation>
    </message>
    <message>
        <source>Temporary authentication failure on the server</source>
        <translation>Échec temporaire de l&apos;authentification sur le serveur</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it persists, the server&apos;s authentication backend is down or misconfigured (for Postfix: its SASL configuration); tell its operator.</source>
        <translation>Réessayez dans quelques minutes. Si cela persiste, le service d&apos;authentification du serveur est en panne ou mal configuré (pour Postfix : sa configuration SASL) ; prévenez son exploitant.</translation>
    </message>
    <message>
        <source>The console refused to send the password without TLS</source>
        <translation>La console a refusé d&apos;envoyer le mot de passe sans TLS</translation>
    </message>
    <message>
        <source>Enable TLS (set %1). Only if you accept the risk: set %2.</source>
        <translation>Activez TLS (définissez %1). Seulement si vous acceptez le risque : définissez %2.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after TLS</source>
        <translation>Le serveur ne propose AUTH qu&apos;après TLS</translation>
    </message>
    <message>
        <source>EHLO without TLS: %1</source>
        <translation>EHLO sans TLS : %1</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (the server offers %2).</source>
        <translation>Activez TLS : définissez %1 (le serveur propose %2).</translation>
    </message>
    <message>
        <source>no STARTTLS here; try port 465</source>
        <translation>pas de STARTTLS ici ; essayez le port 465</translation>
    </message>
    <message>
        <source>The server does not offer AUTH at all</source>
        <translation>Le serveur ne propose pas du tout AUTH</translation>
    </message>
    <message>
        <source>EHLO: %1</source>
        <translation>EHLO : %1</translation>
    </message>
    <message>
        <source>This port does not take logins: it may relay by IP address (leave %1 empty) or be a server-to-server port (use the submission port 587).</source>
        <translation>Ce port n&apos;accepte pas d&apos;identification : il relaie peut-être selon l&apos;adresse IP (laissez %1 vide) ou sert aux échanges entre serveurs (utilisez le port de soumission 587).</translation>
    </message>
    <message>
        <source>No AUTH mechanism in common with the server</source>
        <translation>Aucun mécanisme AUTH en commun avec le serveur</translation>
    </message>
    <message>
        <source>The console speaks PLAIN, LOGIN and CRAM-MD5; leave %1 at auto or pick one the server offers (%2).</source>
        <translation>La console parle PLAIN, LOGIN et CRAM-MD5 ; laissez %1 sur auto ou choisissez-en un que le serveur propose (%2).</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Check %1 and %2.</source>
        <translation>Vérifiez %1 et %2.</translation>
    </message>
    <message>
        <source>The server refuses %1 as sender</source>
        <translation>Le serveur refuse %1 comme expéditeur</translation>
    </message>
    <message>
        <source>This account may not send as this address: use a sender (or domain) verified with the provider, or the address you log in with.</source>
        <translation>Ce compte ne peut pas envoyer sous cette adresse : utilisez un expéditeur (ou un domaine) vérifié auprès du fournisseur, ou l&apos;adresse avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <source>Check the sender address and that its domain exists (has MX or A records).</source>
        <translation>Vérifiez l&apos;adresse de l&apos;expéditeur et que son domaine existe (a des enregistrements MX ou A).</translation>
    </message>
    <message>
        <source>The server refuses recipient %1</source>
        <translation>Le serveur refuse le destinataire %1</translation>
    </message>
    <message>
        <source>The mailbox does not exist there: check the address for typos.</source>
        <translation>Cette boîte aux lettres n&apos;existe pas là-bas : vérifiez l&apos;orthographe de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server will not take mail for this recipient from you: relaying needs a login (set %1 and %2), or its access rules forbid this recipient.</source>
        <translation>Le serveur n&apos;accepte pas de courrier pour ce destinataire de votre part : le relais demande une identification (définissez %1 et %2), ou ses règles d&apos;accès interdisent ce destinataire.</translation>
    </message>
    <message>
        <source>A temporary refusal (greylisting, a full mailbox, rate limits): retry later.</source>
        <translation>Un refus temporaire (liste grise, boîte pleine, limites de débit) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>See the server&apos;s words; the recipient may be misspelled or the server may not accept it.</source>
        <translation>Voyez la réponse du serveur ; le destinataire est peut-être mal orthographié ou le serveur ne l&apos;accepte pas.</translation>
    </message>
    <message>
        <source>The server refused the test message</source>
        <translation>Le serveur a refusé le message de test</translation>
    </message>
    <message>
        <source>Content or size policy refused it; see the server&apos;s words.</source>
        <translation>Une règle de contenu ou de taille l&apos;a refusé ; voyez la réponse du serveur.</translation>
    </message>
    <message>
        <source>The test message was accepted</source>
        <translation>Le message de test a été accepté</translation>
    </message>
    <message>
        <source>Nothing to change: look for the message at %1.</source>
        <translation>Rien à changer : cherchez le message chez %1.</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>Le serveur a mis fin à la session</translation>
    </message>
    <message>
        <source>The server closed the connection (shutting down, or a limit was hit); retry later.</source>
        <translation>Le serveur a fermé la connexion (arrêt en cours, ou une limite atteinte) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The diagnosis was stopped at the %1 stage</source>
        <translation>Le diagnostic a été arrêté à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Run it again; raise %1 if the server is slow.</source>
        <translation>Relancez-le ; augmentez %1 si le serveur est lent.</translation>
    </message>
    <message>
        <source>The server stopped answering during %1</source>
        <translation>Le serveur a cessé de répondre pendant %1</translation>
    </message>
    <message>
        <source>Raise %1 if the server is slow; otherwise check its logs.</source>
        <translation>Augmentez %1 si le serveur est lent ; sinon, consultez ses journaux.</translation>
    </message>
    <message>
        <source>The %1 stage failed</source>
        <translation>L&apos;étape %1 a échoué</translation>
    </message>
    <message>
        <source>See the server&apos;s words in the evidence.</source>
        <translation>Voyez la réponse du serveur dans les éléments relevés.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the pinned one</source>
        <translation>Le certificat du serveur n&apos;est pas celui épinglé</translation>
    </message>
    <message>
        <source>presented SHA-256 %1, pinned %2</source>
        <extracomment>%1 the fingerprint the server presented, %2 the pinned one</extracomment>
        <translation>présenté SHA-256 %1, épinglé %2</translation>
    </message>
    <message>
        <source>Nothing was sent. If the server&apos;s certificate was renewed, check the new one (its issuer and dates) and pin it in %1; if not, someone may be intercepting the connection.</source>
        <translation>Rien n&apos;a été envoyé. Si le certificat du serveur a été renouvelé, vérifiez le nouveau (son émetteur et ses dates) et épinglez-le dans %1 ; sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service, or pass the password through SMTP_PASS for this run</source>
        <translation>aucun trousseau disponible : la console ne conserve les mots de passe que dans le trousseau du système (Secret Service), et aucun n&apos;est accessible dans cette session. Démarrez gnome-keyring ou le Secret Service de KeePassXC, ou passez le mot de passe dans SMTP_PASS pour cette exécution</translation>
    </message>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service</source>
        <translation>aucun trousseau disponible : la console ne conserve les mots de passe que dans le trousseau du système (Secret Service), et aucun n&apos;est accessible dans cette session. Démarrez gnome-keyring ou le Secret Service de KeePassXC</translation>
    </message>
    <message>
        <source>the keychain is locked and was not unlocked; unlock it (e.g. log in to the desktop session) and retry</source>
        <translation>le trousseau est verrouillé et n&apos;a pas été déverrouillé ; déverrouillez-le (p. ex. en ouvrant la session de bureau) et réessayez</translation>
    </message>
    <message>
        <source>the keychain refused access to selfmx-console (%1)</source>
        <translation>le trousseau a refusé l&apos;accès à selfmx-console (%1)</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; set one with &apos;profile edit NAME --ask-password&apos;</source>
        <translation>aucun mot de passe n&apos;est enregistré dans le trousseau pour ce profil ; définissez-en un avec &apos;profile edit NAME --ask-password&apos;</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; type it in the Password field and save</source>
        <translation>aucun mot de passe n&apos;est enregistré dans le trousseau pour ce profil ; saisissez-le dans le champ Mot de passe et enregistrez</translation>
    </message>
    <message>
        <source>this installation of selfmx-console is incomplete: its keychain module (selfmx-keychain) is missing; reinstall the package (%1)</source>
        <extracomment>%1: the dynamic loader&apos;s words, naming the files it looked for.</extracomment>
        <translation>cette installation de selfmx-console est incomplète : son module de trousseau (selfmx-keychain) est absent ; réinstallez le paquet (%1)</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session, or pass the password through SMTP_PASS for this run</source>
        <extracomment>%1: the keychain&apos;s own words</extracomment>
        <translation>le trousseau a échoué : %1. Vérifiez qu&apos;un Secret Service (gnome-keyring, KeePassXC) tourne et est déverrouillé dans cette session, ou passez le mot de passe dans SMTP_PASS pour cette exécution</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session</source>
        <translation>le trousseau a échoué : %1. Vérifiez qu&apos;un Secret Service (gnome-keyring, KeePassXC) tourne et est déverrouillé dans cette session</translation>
    </message>
</context>
<context>
    <name>MimeText</name>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is an email address (or a name and address) as the user wrote it</extracomment>
        <translation>« %1 » contient un saut de ligne (l&apos;injection d&apos;en-têtes est refusée)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form name@domain</source>
        <extracomment>%1 is an email address as the user wrote it; &quot;name@domain&quot; shows the expected form</extracomment>
        <translation>« %1 » n&apos;est pas de la forme nom@domaine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a local part longer than 64 octets (RFC 5321 §4.5.3.1.1)</source>
        <extracomment>%1 is an email address; the local part is what comes before the @</extracomment>
        <translation>« %1 » a une partie locale de plus de 64 octets (RFC 5321 §4.5.3.1.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 254 octets</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>« %1 » dépasse 254 octets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid quoted local part</source>
        <extracomment>%1 is an email address; the local part is what comes before the @, here in double quotes</extracomment>
        <translation>« %1 » a une partie locale entre guillemets invalide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced dot in the local part</source>
        <extracomment>%1 is an email address; a dot at the start or end of the part before the @, or two dots in a row</extracomment>
        <translation>« %1 » a un point mal placé dans la partie locale</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the character &apos;%2&apos; in the local part, which needs quoting</source>
        <extracomment>%1 is an email address, %2 a single character of it (e.g. a comma or a space)</extracomment>
        <translation>« %1 » contient dans la partie locale le caractère « %2 », qui doit être mis entre guillemets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid (internationalised) host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>« %1 » a un domaine qui n&apos;est pas un nom d&apos;hôte (internationalisé) valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>« %1 » a un domaine qui n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has text after the closing &apos;&gt;&apos;</source>
        <extracomment>%1 is a name and email address such as Jane &lt;jane@example.com&gt;</extracomment>
        <translation>« %1 » contient du texte après le « &gt; » final</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quoted display name</source>
        <extracomment>%1 is a name and email address such as &quot;Doe, Jane&quot; &lt;jane@example.com&gt;</extracomment>
        <translation>« %1 » a un nom affiché entre guillemets non refermés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quote</source>
        <extracomment>%1 is a list of email addresses as the user wrote it</extracomment>
        <translation>« %1 » a un guillemet non refermé</translation>
    </message>
    <message>
        <source>the display name &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name shown with an email address, e.g. Jane Doe</extracomment>
        <translation>le nom affiché « %1 » contient un saut de ligne (l&apos;injection d&apos;en-têtes est refusée)</translation>
    </message>
    <message>
        <source>a sender address is required</source>
        <translation>une adresse d&apos;expéditeur est obligatoire</translation>
    </message>
    <message>
        <source>at least one recipient is required (to, cc or bcc)</source>
        <extracomment>to, cc and bcc are the recipient fields&apos; names; keep them as they are</extracomment>
        <translation>au moins un destinataire est obligatoire (to, cc ou bcc)</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name of an email header, e.g. X-Campaign</extracomment>
        <translation>l&apos;en-tête « %1 » contient un saut de ligne (l&apos;injection d&apos;en-têtes est refusée)</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has a line break in its name, content type or content id (header injection is refused)</source>
        <extracomment>%1 is an attachment&apos;s file name</extracomment>
        <translation>la pièce jointe « %1 » a un saut de ligne dans son nom, son type de contenu ou son identifiant de contenu (l&apos;injection d&apos;en-têtes est refusée)</translation>
    </message>
    <message>
        <source>the subject contains a line break (header injection is refused)</source>
        <translation>l&apos;objet contient un saut de ligne (l&apos;injection d&apos;en-têtes est refusée)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use printable ASCII without spaces or &apos;:&apos;</source>
        <extracomment>%1 is what the user gave as the name of an email header</extracomment>
        <translation>« %1 » n&apos;est pas un nom d&apos;en-tête valide : utilisez de l&apos;ASCII imprimable, sans espaces ni « : »</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is set from the message itself; use the matching option instead</source>
        <extracomment>%1 is the name of an email header, e.g. Subject or From</extracomment>
        <translation>l&apos;en-tête « %1 » est défini à partir du message lui-même ; utilisez plutôt l&apos;option correspondante</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content type &quot;%2&quot;, which is not of the form type/subtype</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 a MIME content type such as text/plain</extracomment>
        <translation>la pièce jointe « %1 » a le type de contenu « %2 », qui n&apos;est pas de la forme type/sous-type</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content id &quot;%2&quot;, which is not valid: use ASCII letters, digits and . - _ @ (RFC 2392)</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 its content id (the NAME in &lt;img src=&quot;cid:NAME&quot;&gt;)</extracomment>
        <translation>la pièce jointe « %1 » a l&apos;identifiant de contenu « %2 », qui n&apos;est pas valide : utilisez des lettres ASCII, des chiffres et . - _ @ (RFC 2392)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or directory); save it to a file first</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un dossier) ; enregistrez d&apos;abord son contenu dans un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason (e.g. &quot;No such file or directory&quot;)</extracomment>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 changed size while it was being sent; send the message again</source>
        <extracomment>%1 is the path of a file attached to the message</extracomment>
        <translation>la taille de %1 a changé pendant l&apos;envoi ; envoyez de nouveau le message</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Self-hosted (Postfix)</source>
        <translation>Auto-hébergé (Postfix)</translation>
    </message>
    <message>
        <source>Other server</source>
        <extracomment>A provider choice: any SMTP server not in the list</extracomment>
        <translation>Autre serveur</translation>
    </message>
    <message>
        <source>Use the user name and password your mail server&apos;s administrator gave you.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe que l&apos;administrateur de votre serveur de messagerie vous a donnés.</translation>
    </message>
    <message>
        <source>postmaster@your-domain</source>
        <translation>postmaster@votre-domaine</translation>
    </message>
    <message>
        <source>SMTP user name (starts with AKIA)</source>
        <translation>Nom d&apos;utilisateur SMTP (commence par AKIA)</translation>
    </message>
    <message>
        <source>Server API token</source>
        <translation>Jeton Server API</translation>
    </message>
    <message>
        <source>you@gmail.com</source>
        <translation>vous@gmail.com</translation>
    </message>
    <message>
        <source>you@your-company.com</source>
        <translation>vous@votre-entreprise.fr</translation>
    </message>
    <message>
        <source>you@outlook.com</source>
        <translation>vous@outlook.com</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Picked %1, because the address is at %2.</source>
        <extracomment>%1 is a provider (&quot;Gmail / Google Workspace&quot;), %2 the domain that matched (&quot;gmail.com&quot;)</extracomment>
        <translation>%1 choisi, car l&apos;adresse est chez %2.</translation>
    </message>
    <message>
        <source>%1 is not a domain the console knows: pick your provider from the list, or &quot;Other server&quot;.</source>
        <translation>%1 n&apos;est pas un domaine que la console connaît : choisissez votre fournisseur dans la liste, ou « Autre serveur ».</translation>
    </message>
    <message>
        <source>Where %2 issues them: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <extracomment>%1 is a link&apos;s address, %2 the provider&apos;s name</extracomment>
        <translation>Là où %2 les délivre : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>EU (smtp.eu.mailgun.org)</source>
        <translation>UE (smtp.eu.mailgun.org)</translation>
    </message>
    <message>
        <source>US (smtp.mailgun.org)</source>
        <translation>États-Unis (smtp.mailgun.org)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, y compris les options propres à Qt.</translation>
    </message>
</context>
<context>
    <name>RelayText</name>
    <message>
        <source>relay listening on http://%1:%2</source>
        <translation>relais à l&apos;écoute sur http://%1:%2</translation>
    </message>
    <message>
        <source>The relay listens on %1, which other machines can reach: anyone with the API key can send mail through this profile.</source>
        <translation>Le relais écoute sur %1, que d&apos;autres machines peuvent joindre : quiconque a la clé d&apos;API peut envoyer du courrier par ce profil.</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; clients send it as &quot;Authorization: Bearer KEY&quot;:</source>
        <translation>une nouvelle clé d&apos;API a été créée pour le profil « %1 » et enregistrée dans le trousseau ; les clients l&apos;envoient sous la forme &quot;Authorization: Bearer KEY&quot; :</translation>
    </message>
    <message>
        <source>The relay needs an API key. Make one with &quot;New key&quot;.</source>
        <translation>Le relais a besoin d&apos;une clé d&apos;API. Créez-en une avec « Nouvelle clé ».</translation>
    </message>
    <message>
        <source>HOST=%1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine</source>
        <translation>HOST=%1 n&apos;est pas une adresse IP ; utilisez 127.0.0.1, ::1 ou une adresse de cette machine</translation>
    </message>
    <message>
        <source>The listening address %1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine.</source>
        <translation>L&apos;adresse d&apos;écoute %1 n&apos;est pas une adresse IP ; utilisez 127.0.0.1, ::1 ou une adresse de cette machine.</translation>
    </message>
    <message>
        <source>another relay (process %1) already delivers from this queue; stop it first, or give this one its own --queue</source>
        <translation>un autre relais (processus %1) distribue déjà depuis cette file d&apos;attente ; arrêtez-le d&apos;abord, ou donnez à celui-ci sa propre --queue</translation>
    </message>
    <message>
        <source>Another relay (process %1) already delivers from this profile&apos;s queue. Stop it first.</source>
        <translation>Un autre relais (processus %1) distribue déjà depuis la file d&apos;attente de ce profil. Arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no message %1 in the queue.</source>
        <translation>Il n&apos;y a pas de message %1 dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a failed, canceled or queued message can be retried.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>Le message %1 est %2 : seul un message en échec, annulé ou en attente peut être réessayé.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a queued or scheduled message can be canceled.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>Le message %1 est %2 : seul un message en attente ou planifié peut être annulé.</translation>
    </message>
    <message>
        <source>message %1 queued again; the relay sends it within a few seconds</source>
        <translation>message %1 remis en file d&apos;attente ; le relais l&apos;envoie dans quelques secondes</translation>
    </message>
    <message>
        <source>message %1 canceled; it will not be sent</source>
        <translation>message %1 annulé ; il ne sera pas envoyé</translation>
    </message>
    <message>
        <source>relay: running (process %1)</source>
        <translation>relais : en marche (processus %1)</translation>
    </message>
    <message>
        <source>relay: not running</source>
        <translation>relais : arrêté</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>file d&apos;attente : %1</translation>
    </message>
    <message>
        <source>stopping: no new requests; finishing the SMTP transactions in progress</source>
        <translation>arrêt : plus de nouvelles requêtes ; les transactions SMTP en cours se terminent</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>relais arrêté</translation>
    </message>
    <message>
        <source>HOST=%1 is not a loopback address: other machines can reach the relay; anyone with the API key can send mail through this profile</source>
        <translation>HOST=%1 n&apos;est pas une adresse de bouclage : d&apos;autres machines peuvent joindre le relais ; quiconque a la clé d&apos;API peut envoyer du courrier par ce profil</translation>
    </message>
    <message>
        <source>the relay needs an API key: set API_KEY, or name a profile with --profile (its key is made and kept in the keychain)</source>
        <translation>le relais a besoin d&apos;une clé d&apos;API : définissez API_KEY, ou nommez un profil avec --profile (sa clé est créée et conservée dans le trousseau)</translation>
    </message>
    <message>
        <source>%1 port %2 is already in use (another program listens there): stop that program, or set PORT to a free port (or HOST to another address)</source>
        <extracomment>%1: an IP address, %2: a port number</extracomment>
        <translation>le port %2 sur %1 est déjà utilisé (un autre programme y écoute) : arrêtez ce programme, ou donnez à PORT un port libre (ou à HOST une autre adresse)</translation>
    </message>
    <message>
        <source>Port %2 on %1 is already in use by another program. Stop that program, or choose another relay port for this profile.</source>
        <translation>Le port %2 sur %1 est déjà utilisé par un autre programme. Arrêtez ce programme, ou choisissez un autre port du relais pour ce profil.</translation>
    </message>
    <message>
        <source>HOST=%1 is not an address of this machine (or its network is not up yet); use 127.0.0.1, ::1 or one of this machine&apos;s addresses</source>
        <translation>HOST=%1 n&apos;est pas une adresse de cette machine (ou son réseau n&apos;est pas encore prêt) ; utilisez 127.0.0.1, ::1 ou l&apos;une des adresses de cette machine</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine (or its network is not up yet). Use 127.0.0.1, ::1 or one of this machine&apos;s addresses.</source>
        <translation>%1 n&apos;est pas une adresse de cette machine (ou son réseau n&apos;est pas encore prêt). Utilisez 127.0.0.1, ::1 ou l&apos;une des adresses de cette machine.</translation>
    </message>
    <message>
        <source>port %1 is below 1024, which only privileged programs may listen on; set PORT to 1024 or more</source>
        <translation>le port %1 est inférieur à 1024, où seuls les programmes privilégiés peuvent écouter ; donnez à PORT une valeur de 1024 ou plus</translation>
    </message>
    <message>
        <source>Port %1 is below 1024, which only privileged programs may listen on. Choose a relay port of 1024 or more.</source>
        <translation>Le port %1 est inférieur à 1024, où seuls les programmes privilégiés peuvent écouter. Choisissez un port du relais de 1024 ou plus.</translation>
    </message>
    <message>
        <source>the relay cannot start: %1</source>
        <translation>le relais ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>there is no message %1 in the queue</source>
        <translation>il n&apos;y a pas de message %1 dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>message %1 is %2: only a failed, canceled or queued message can be retried</source>
        <translation>le message %1 est %2 : seul un message en échec, annulé ou en attente peut être réessayé</translation>
    </message>
    <message>
        <source>message %1 is %2: only a queued or scheduled message can be canceled</source>
        <translation>le message %1 est %2 : seul un message en attente ou planifié peut être annulé</translation>
    </message>
    <message>
        <source>it was written by an earlier version and a relay is using it; restart that relay (it moves the queue to this version&apos;s layout when it starts), then try again</source>
        <translation>elle a été écrite par une version antérieure et un relais l&apos;utilise ; redémarrez ce relais (il convertit la file d&apos;attente au format de cette version à son démarrage), puis réessayez</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Diagnosing … %1</source>
        <translation>Diagnostic… %1</translation>
    </message>
    <message>
        <source>Diagnosing … %1: passed</source>
        <translation>Diagnostic… %1 : réussi</translation>
    </message>
    <message>
        <source>Diagnosing … %1: passed with a warning</source>
        <translation>Diagnostic… %1 : réussi avec un avertissement</translation>
    </message>
    <message>
        <source>Diagnosing … %1: failed</source>
        <translation>Diagnostic… %1 : échec</translation>
    </message>
    <message>
        <source>Diagnosing … %1: skipped</source>
        <translation>Diagnostic… %1 : ignoré</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS exigé</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>no AUTH</source>
        <translation>pas d&apos;AUTH</translation>
    </message>
    <message>
        <source>(HELO only)</source>
        <translation>(HELO seulement)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>no answer from DNS within the timeout</source>
        <translation>pas de réponse du DNS dans le délai imparti</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>off (%1)</source>
        <translation>désactivé (%1)</translation>
    </message>
    <message>
        <source>%1 %2, %3%4</source>
        <translation>%1 %2, %3%4</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificat vérifié</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>certificat NON vérifié</translation>
    </message>
    <message>
        <source> (%1, expires %2)</source>
        <translation> (%1, expire le %2)</translation>
    </message>
    <message>
        <source>before TLS: %1 | after TLS: %2</source>
        <translation>avant TLS : %1 | après TLS : %2</translation>
    </message>
    <message>
        <source>no %1: no login</source>
        <translation>pas de %1 : pas d&apos;identification</translation>
    </message>
    <message>
        <source>%1 as %2: refused</source>
        <translation>%1 en tant que %2 : refusé</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>not probed (--probe-sender)</source>
        <translation>non sondé (--probe-sender)</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
    <message>
        <source>not probed (--probe-recipient)</source>
        <translation>non sondé (--probe-recipient)</translation>
    </message>
    <message>
        <source>no test message (--test-send)</source>
        <translation>pas de message de test (--test-send)</translation>
    </message>
    <message>
        <source>no test message</source>
        <translation>pas de message de test</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>%1 %2: ✗ %3</source>
        <translation>%1 %2: ✗ %3</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, logged in (%3 ms)</source>
        <extracomment>discover&apos;s line for a port that works: port, TLS mode, milliseconds</extracomment>
        <translation>%1 %2 : ✓ certificat NON vérifié, identifié (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ logged in (%3 ms)</source>
        <translation>%1 %2 : ✓ identifié (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, connected (%3 ms)</source>
        <translation>%1 %2 : ✓ certificat NON vérifié, connecté (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ connected (%3 ms)</source>
        <translation>%1 %2 : ✓ connecté (%3 ms)</translation>
    </message>
    <message>
        <source>Diagnosis of %1:%2 (%3, verification %4, timeout %5 s)</source>
        <translation>Diagnostic de %1:%2 (%3, vérification %4, délai %5 s)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>DÉSACTIVÉE</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>constat :    %1</translation>
    </message>
    <message>
        <source>fix:      %1</source>
        <translation>correction : %1</translation>
    </message>
    <message>
        <source>Result: working (%1 ms)</source>
        <translation>Résultat : fonctionne (%1 ms)</translation>
    </message>
    <message>
        <source>Result: fails at %1 (%2 ms)</source>
        <translation>Résultat : échoue à %1 (%2 ms)</translation>
    </message>
    <message>
        <source>SelfMX Console diagnosis report</source>
        <translation>Rapport de diagnostic de SelfMX Console</translation>
    </message>
    <message>
        <source>console %1, Qt %2, %3, %4</source>
        <translation>console %1, Qt %2, %3, %4</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencé le %1</translation>
    </message>
    <message>
        <source>Settings (secrets masked)</source>
        <translation>Réglages (secrets masqués)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>émetteur %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>valide du %1 au %2</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>noms %1</translation>
    </message>
    <message>
        <source>Transcript (AUTH redacted)</source>
        <translation>Transcription (AUTH masqué)</translation>
    </message>
    <message>
        <source>certificate accepted by its pin</source>
        <translation>certificat accepté grâce à son épinglage</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>pas de message d&apos;accueil</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>pas de session TLS</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>connect: refused the connection (nothing listens on this port, or a firewall rejects it)</source>
        <translation>connect : connexion refusée (rien n&apos;écoute sur ce port, ou un pare-feu la rejette)</translation>
    </message>
    <message>
        <source>connect: no TCP connection within %1 s (the port is filtered, or the host is down)</source>
        <translation>connect : pas de connexion TCP en %1 s (le port est filtré, ou l&apos;hôte est hors service)</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of alternatives: &quot;a, b&quot; and &quot;c&quot;</extracomment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A form field&apos;s label and the variable it stands for, e.g. &quot;Port (SMTP_PORT)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>is required; set it to your SMTP server&apos;s name, e.g. smtp.example.com</source>
        <translation>est obligatoire ; indiquez le nom de votre serveur SMTP, p. ex. smtp.example.com</translation>
    </message>
    <message>
        <source>is required; give the profile a name such as &quot;production&quot;</source>
        <translation>est obligatoire ; donnez au profil un nom comme « production »</translation>
    </message>
    <message>
        <source>%1 is not a host name; use this machine&apos;s fully qualified name</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte ; utilisez le nom pleinement qualifié de cette machine</translation>
    </message>
    <message>
        <source>%1 is not a host name or IP address; use a name such as smtp.example.com</source>
        <translation>%1 n&apos;est ni un nom d&apos;hôte ni une adresse IP ; utilisez un nom comme smtp.example.com</translation>
    </message>
    <message>
        <source>%1 is not a port; use a number from %2 to %3 (587 STARTTLS, 465 implicit TLS, 25, 2525)</source>
        <translation>%1 n&apos;est pas un port ; utilisez un nombre de %2 à %3 (587 STARTTLS, 465 TLS implicite, 25, 2525)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3 (default %4)</source>
        <translation>%1 est hors de l&apos;intervalle %2 à %3 ; utilisez un nombre entier de %2 à %3 (par défaut %4)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3</source>
        <translation>%1 est hors de l&apos;intervalle %2 à %3 ; utilisez un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1 is not a boolean; use true or false</source>
        <translation>%1 n&apos;est pas un booléen ; utilisez true ou false</translation>
    </message>
    <message>
        <source>%1 is not a timeout; use a number of seconds greater than 0 (at least 0.001) and at most %2 (default %3)</source>
        <translation>%1 n&apos;est pas un délai ; utilisez un nombre de secondes supérieur à 0 (au moins 0.001) et d&apos;au plus %2 (par défaut %3)</translation>
    </message>
    <message>
        <source>%1 is not supported; use auto, PLAIN, LOGIN or CRAM-MD5</source>
        <translation>%1 n&apos;est pas pris en charge ; utilisez auto, PLAIN, LOGIN ou CRAM-MD5</translation>
    </message>
    <message>
        <source>%1 is not one of the accepted values; use %2</source>
        <translation>%1 ne fait pas partie des valeurs acceptées ; utilisez %2</translation>
    </message>
    <message>
        <source>%1 is not a TLS mode; use implicit, starttls or none</source>
        <translation>%1 n&apos;est pas un mode TLS ; utilisez implicit, starttls ou none</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed), as `openssl x509 -noout -fingerprint -sha256` prints it</source>
        <translation>%1 n&apos;est pas une empreinte SHA-256 ; utilisez 64 chiffres hexadécimaux (deux-points permis), tels que `openssl x509 -noout -fingerprint -sha256` les affiche</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed)</source>
        <translation>%1 n&apos;est pas une empreinte SHA-256 ; utilisez 64 chiffres hexadécimaux (deux-points permis)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address; write name@domain</source>
        <translation>%1 n&apos;est pas une adresse e-mail ; écrivez nom@domaine</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer SMTP_TLS_CA_FILE to trust a self-signed server</source>
        <translation>la vérification du certificat est désactivée : n&apos;importe qui sur le trajet peut lire le mot de passe. Préférez SMTP_TLS_CA_FILE pour faire confiance à un serveur auto-signé</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer a trusted CA file or a pinned certificate</source>
        <translation>la vérification du certificat est désactivée : n&apos;importe qui sur le trajet peut lire le mot de passe. Préférez un fichier d&apos;autorité de confiance ou un certificat épinglé</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a loopback server or with SMTP_ALLOW_PLAINTEXT_AUTH=true</source>
        <translation>TLS est désactivé : le mot de passe circulerait en clair ; la console ne l&apos;envoie qu&apos;à un serveur de bouclage ou avec SMTP_ALLOW_PLAINTEXT_AUTH=true</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a server on this machine unless you allow login without TLS</source>
        <translation>TLS est désactivé : le mot de passe circulerait en clair ; la console ne l&apos;envoie qu&apos;à un serveur sur cette machine, sauf si vous autorisez l&apos;identification sans TLS</translation>
    </message>
    <message>
        <source>the relay listens on %1, not only on this machine: other machines can send mail through your account</source>
        <translation>le relais écoute sur %1, pas seulement sur cette machine : d&apos;autres machines peuvent envoyer du courrier par votre compte</translation>
    </message>
    <message>
        <source>overrides SMTP_TLS=%1</source>
        <translation>remplace SMTP_TLS=%1</translation>
    </message>
    <message>
        <source>may not contain line breaks or &apos;/&apos;</source>
        <translation>ne doit contenir ni saut de ligne ni &apos;/&apos;</translation>
    </message>
    <message>
        <source>%1 is not an SES region; use one of %2</source>
        <translation>%1 n&apos;est pas une région SES ; utilisez l&apos;une de %2</translation>
    </message>
    <message>
        <source>a profile named %1 exists; pick another name</source>
        <translation>un profil nommé %1 existe ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>no profile %1</source>
        <translation>pas de profil %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>line %1: expected KEY=value, got &quot;%2&quot;</source>
        <translation>ligne %1 : KEY=valeur attendu, « %2 » obtenu</translation>
    </message>
    <message>
        <source>line %1: %2 has an unterminated %3 quote</source>
        <translation>ligne %1 : %2 a un guillemet %3 non fermé</translation>
    </message>
    <message>
        <source>line %1: %2 has text after its closing quote; only a comment (after a space) may follow</source>
        <translation>ligne %1 : %2 a du texte après son guillemet fermant ; seul un commentaire (après une espace) peut suivre</translation>
    </message>
    <message>
        <source>line %1: %2 uses $: Docker Compose would expand it as a variable and the console does not; write $$ for a literal $, or put the value in single quotes</source>
        <translation>ligne %1 : %2 utilise $ : Docker Compose le développerait comme une variable, la console non ; écrivez $$ pour un $ littéral, ou mettez la valeur entre apostrophes</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown</source>
        <translation>
            <numerusform>… et %n autre problème non affiché</numerusform>
            <numerusform>… et %n autres problèmes non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 serves SMTP on ports %2, not %3</source>
        <translation>%1 sert SMTP sur les ports %2, pas %3</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; set SMTP_TLS_MODE=implicit</source>
        <translation>le port %1 de %2 attend du TLS implicite ; définissez SMTP_TLS_MODE=implicit</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; choose &quot;implicit&quot; as the TLS mode</source>
        <translation>le port %1 de %2 attend du TLS implicite ; choisissez « implicite » comme mode TLS</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey, not %1</source>
        <translation>le nom d&apos;utilisateur de SendGrid est littéralement le mot apikey, pas %1</translation>
    </message>
    <message>
        <source>SendGrid API keys start with SG.; this looks like an account password</source>
        <translation>les clés d&apos;API SendGrid commencent par SG. ; ceci ressemble à un mot de passe de compte</translation>
    </message>
    <message>
        <source>with a Postmark Server API token, user name and password are the same token; they differ only for an SMTP Token (access key + secret key)</source>
        <translation>avec un jeton Server API de Postmark, le nom d&apos;utilisateur et le mot de passe sont le même jeton ; ils ne diffèrent que pour un jeton SMTP (clé d&apos;accès + clé secrète)</translation>
    </message>
    <message>
        <source>a 40-character secret with an AKIA… user looks like an IAM access key; SES needs SMTP credentials generated for region %1 (their password is 44 characters)</source>
        <translation>un secret de 40 caractères avec un utilisateur AKIA… ressemble à une clé d&apos;accès IAM ; SES demande des identifiants SMTP générés pour la région %1 (leur mot de passe fait 44 caractères)</translation>
    </message>
    <message>
        <source>SES SMTP credentials work only in their own region: expected %1</source>
        <translation>les identifiants SMTP de SES ne fonctionnent que dans leur propre région : %1 attendu</translation>
    </message>
    <message>
        <source>Amazon SES refuses unencrypted connections</source>
        <translation>Amazon SES refuse les connexions non chiffrées</translation>
    </message>
    <message>
        <source>Mailgun SMTP logins look like postmaster@your-domain; %1 has no domain</source>
        <translation>les identifiants SMTP de Mailgun ressemblent à postmaster@votre-domaine ; %1 n&apos;a pas de domaine</translation>
    </message>
    <message>
        <source>EU Mailgun domains send through %1</source>
        <translation>les domaines Mailgun européens envoient par %1</translation>
    </message>
    <message>
        <source>%1 logs in with the mailbox&apos;s full address (name@domain), not %2</source>
        <translation>%1 s&apos;identifie avec l&apos;adresse complète de la boîte aux lettres (nom@domaine), pas avec %2</translation>
    </message>
    <message>
        <source>port 25 is often blocked by ISPs and clouds; prefer 587</source>
        <translation>le port 25 est souvent bloqué par les FAI et les clouds ; préférez 587</translation>
    </message>
    <message>
        <source>invalid value (%1)</source>
        <extracomment>An unknown problem code, shown as is</extracomment>
        <translation>valeur non valide (%1)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;: </source>
        <translation>%1, profil « %2 » : </translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 n&apos;est pas un réglage que la console connaît (voyez la liste des variables SMTP_* dans le README)</translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows; did you mean %2?</source>
        <translation>%1 n&apos;est pas un réglage que la console connaît ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>%1 is not a nameserver; use an IP address with an optional port, e.g. 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53</source>
        <extracomment>DNS_SERVER&apos;s value. Keep the example addresses as they are.</extracomment>
        <translation>%1 n&apos;est pas un serveur de noms ; utilisez une adresse IP avec un port facultatif, par exemple 192.0.2.53, 192.0.2.53:5353 ou [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8</source>
        <translation>la ligne %1 n’est pas du texte UTF-8 ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey</source>
        <translation>le nom d&apos;utilisateur de SendGrid est littéralement le mot apikey</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 n&apos;a pas été importé : ce n&apos;est pas un réglage que la console connaît (voyez la liste des variables SMTP_* dans le README)</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (did you mean %2?)</source>
        <translation>%1 n&apos;a pas été importé : ce n&apos;est pas un réglage que la console connaît (vouliez-vous dire %2 ?)</translation>
    </message>
</context>
<context>
    <name>selfmx::app</name>
    <message>
        <source>connected to %1:%2</source>
        <extracomment>%1: host, %2: port</extracomment>
        <translation>connecté à %1:%2</translation>
    </message>
    <message>
        <source>, certificate verified</source>
        <translation>, certificat vérifié</translation>
    </message>
    <message>
        <source>, certificate accepted by its pin (SMTP_TLS_PIN_SHA256)</source>
        <translation>, certificat accepté grâce à son épinglage (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>, CERTIFICATE NOT VERIFIED</source>
        <translation>, CERTIFICAT NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>, no TLS</source>
        <translation>, pas de TLS</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <extracomment>%1: the user name, %2: the SASL mechanism (PLAIN, LOGIN, …)</extracomment>
        <translation>identifié en tant que %1 avec %2</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_PIN_SHA256 pins this certificate: %1</source>
        <extracomment>%1: the certificate error, as Qt words it</extracomment>
        <translation>avertissement : accepté car SMTP_TLS_PIN_SHA256 épingle ce certificat : %1</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_VERIFY=false: %1</source>
        <translation>avertissement : accepté car SMTP_TLS_VERIFY=false : %1</translation>
    </message>
    <message>
        <source>Print the SMTP transcript (passwords redacted).</source>
        <translation>Afficher la transcription SMTP (mots de passe masqués).</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override its fields.</source>
        <translation>Utiliser un profil enregistré ; les variables SMTP_* remplacent ses champs.</translation>
    </message>
    <message>
        <source>Connect, negotiate TLS, authenticate and quit.</source>
        <translation>Se connecter, négocier TLS, s&apos;identifier et quitter.</translation>
    </message>
    <message>
        <source>SMTP connection successful</source>
        <translation>Connexion SMTP réussie</translation>
    </message>
    <message>
        <source>Send a message: text and/or HTML, attachments, custom headers.</source>
        <translation>Envoyer un message : texte et/ou HTML, pièces jointes, en-têtes personnalisés.</translation>
    </message>
    <message>
        <source>Recipients (repeatable, or comma-separated).</source>
        <translation>Destinataires (option répétable, ou liste séparée par des virgules).</translation>
    </message>
    <message>
        <source>Copy recipients.</source>
        <translation>Destinataires en copie.</translation>
    </message>
    <message>
        <source>Blind copy recipients (envelope only).</source>
        <translation>Destinataires en copie cachée (enveloppe uniquement).</translation>
    </message>
    <message>
        <source>Reply-To addresses.</source>
        <translation>Adresses Reply-To.</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Objet.</translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation>Corps en texte brut.</translation>
    </message>
    <message>
        <source>HTML body, read from FILE.</source>
        <translation>Corps HTML, lu dans FILE.</translation>
    </message>
    <message>
        <source>Attach FILE (repeatable).</source>
        <translation>Joindre FILE (option répétable).</translation>
    </message>
    <message>
        <source>Attach FILE inline as cid:NAME, written NAME=FILE (repeatable).</source>
        <translation>Joindre FILE en ligne sous cid:NAME, écrit NAME=FILE (option répétable).</translation>
    </message>
    <message>
        <source>Custom header &quot;Name: value&quot; (repeatable).</source>
        <translation>En-tête personnalisé &quot;Nom: valeur&quot; (option répétable).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--text or --html is required</source>
        <translation>--text ou --html est obligatoire</translation>
    </message>
    <message>
        <source>--from: give exactly one sender</source>
        <translation>--from : indiquez exactement un expéditeur</translation>
    </message>
    <message>
        <source>--html: cannot read %1: %2</source>
        <translation>--html : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--inline: write NAME=FILE, e.g. logo=logo.png (then &lt;img src=&quot;cid:logo&quot;&gt;)</source>
        <translation>--inline : écrivez NAME=FILE, p. ex. logo=logo.png (puis &lt;img src=&quot;cid:logo&quot;&gt;)</translation>
    </message>
    <message>
        <source>--header: write &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation>--header : écrivez &quot;Nom: valeur&quot;, reçu « %1 »</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1 : accepté</translation>
    </message>
    <message>
        <source>%1: refused. The server said: %2</source>
        <extracomment>%1: the recipient&apos;s address, %2: the server&apos;s own words (not translated)</extracomment>
        <translation>%1 : refusé. Le serveur a répondu : %2</translation>
    </message>
    <message>
        <source>recipient: the message was accepted for some recipients only</source>
        <translation>destinataire : le message n&apos;a été accepté que pour une partie des destinataires</translation>
    </message>
    <message numerus="yes">
        <source>message accepted (%n bytes): %1</source>
        <extracomment>%n: the message&apos;s size in bytes, %1: the server&apos;s own words (not translated)</extracomment>
        <translation>
            <numerusform>message accepté (%n octet) : %1</numerusform>
            <numerusform>message accepté (%n octets) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>erreur : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for its options.</source>
        <extracomment>%1: the command, e.g. &quot;selfmx-console test&quot;</extracomment>
        <translation>&apos;%1 --help&apos; affiche ses options.</translation>
    </message>
    <message>
        <source>--password-stdin: nothing to read on standard input</source>
        <translation>--password-stdin : rien à lire sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no terminal to ask for the password; pipe it in with --password-stdin</source>
        <translation>pas de terminal pour demander le mot de passe ; transmettez-le avec --password-stdin</translation>
    </message>
    <message>
        <source>Diagnose the SMTP settings stage by stage (resolve, connect, greeting, TLS, EHLO, AUTH, and optionally sender, recipient and a test message) and name each fault with its fix. The exit status names the first failing stage.</source>
        <translation>Diagnostiquer les réglages SMTP étape par étape (résolution, connexion, accueil, TLS, EHLO, AUTH et, en option, expéditeur, destinataire et message de test) et nommer chaque défaut avec sa correction. Le code de sortie désigne la première étape en échec.</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override it.</source>
        <translation>Utiliser un profil enregistré ; les variables SMTP_* le remplacent.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema: docs/diagnostics-json.md).</source>
        <translation>Afficher le rapport en JSON (schéma : docs/diagnostics-json.md).</translation>
    </message>
    <message>
        <source>Try MAIL FROM with this address (then RSET).</source>
        <translation>Essayer MAIL FROM avec cette adresse (puis RSET).</translation>
    </message>
    <message>
        <source>Try RCPT TO with this address (then RSET).</source>
        <translation>Essayer RCPT TO avec cette adresse (puis RSET).</translation>
    </message>
    <message>
        <source>Also send a real test message to --probe-recipient.</source>
        <translation>Envoyer aussi un vrai message de test à --probe-recipient.</translation>
    </message>
    <message>
        <source>Write a report for a support request to FILE (no secrets).</source>
        <translation>Écrire dans FILE un rapport pour une demande d&apos;assistance (sans secrets).</translation>
    </message>
    <message>
        <source>error: --test-send needs --probe-recipient ADDR</source>
        <translation>erreur : --test-send demande --probe-recipient ADDR</translation>
    </message>
    <message>
        <source>diagnosing %1:%2 …</source>
        <extracomment>%1: host, %2: port</extracomment>
        <translation>diagnostic de %1:%2…</translation>
    </message>
    <message>
        <source>error: --bundle: cannot write %1: %2</source>
        <translation>erreur : --bundle : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>report written to %1 (no passwords in it)</source>
        <translation>rapport écrit dans %1 (sans aucun mot de passe)</translation>
    </message>
    <message>
        <source>Take credentials and TLS trust from a stored profile.</source>
        <translation>Prendre les identifiants et la confiance TLS dans un profil enregistré.</translation>
    </message>
    <message>
        <source>Also try plaintext on 587 and 25.</source>
        <translation>Essayer aussi en clair sur 587 et 25.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats en JSON.</translation>
    </message>
    <message>
        <source>error: discover needs a HOST</source>
        <translation>erreur : discover demande un HOST</translation>
    </message>
    <message>
        <source>Tried on %1:</source>
        <translation>Essayé sur %1 :</translation>
    </message>
    <message>
        <source>Nothing worked. Run &apos;selfmx-console diagnose&apos; with one of the ports for the details.</source>
        <translation>Rien n&apos;a fonctionné. Lancez &apos;selfmx-console diagnose&apos; avec l&apos;un des ports pour les détails.</translation>
    </message>
    <message>
        <source>Working, best first:</source>
        <translation>Ce qui fonctionne, du meilleur au moins bon :</translation>
    </message>
    <message>
        <source>Recommended settings:</source>
        <translation>Réglages recommandés :</translation>
    </message>
    <message>
        <source> (default %1)</source>
        <translation> (par défaut %1)</translation>
    </message>
    <message>
        <source>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom.</source>
        <translation>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook ou custom.</translation>
    </message>
    <message>
        <source>Amazon SES region (us-east-1, ...) or Mailgun us/eu.</source>
        <translation>Région Amazon SES (us-east-1, ...) ou Mailgun us/eu.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Prompt for the password (no echo).</source>
        <translation>Demander le mot de passe (sans écho).</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>error: --provider: &quot;%1&quot; is unknown; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom</source>
        <translation>erreur : --provider : « %1 » est inconnu ; utilisez sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook ou custom</translation>
    </message>
    <message>
        <source>SMTP password for %1@%2: </source>
        <translation>Mot de passe SMTP pour %1@%2 : </translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>conseil : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source> (NOT VERIFIED)</source>
        <translation> (NON VÉRIFIÉ)</translation>
    </message>
    <message>
        <source>error: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>erreur : pas de profil « %1 » ; voir &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>error: cannot write %1</source>
        <translation>erreur : impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>default profile: %1</source>
        <translation>profil par défaut : %1</translation>
    </message>
    <message>
        <source>no profiles yet; add one with: selfmx-console profile add NAME --provider sendgrid --ask-password</source>
        <translation>pas encore de profil ; ajoutez-en un avec : selfmx-console profile add NAME --provider sendgrid --ask-password</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>SERVER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <source>USER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>MOT DE PASSE</translation>
    </message>
    <message>
        <source>keychain</source>
        <extracomment>&apos;profile list&apos;: the password is stored in the keychain</extracomment>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>name:      %1</source>
        <extracomment>&apos;profile show&apos;: the labels are padded to the same width, translated ones too</extracomment>
        <translation>nom :          %1</translation>
    </message>
    <message>
        <source>id:        %1</source>
        <translation>id :           %1</translation>
    </message>
    <message>
        <source>provider:  %1</source>
        <translation>fournisseur :  %1</translation>
    </message>
    <message>
        <source>server:    %1:%2</source>
        <translation>serveur :      %1:%2</translation>
    </message>
    <message>
        <source>tls:       %1</source>
        <translation>tls :          %1</translation>
    </message>
    <message>
        <source>user:      %1</source>
        <translation>utilisateur :  %1</translation>
    </message>
    <message>
        <source>password:  %1</source>
        <translation>mot de passe : %1</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; use &apos;profile edit&apos;</source>
        <translation>erreur : name : un profil nommé « %1 » existe ; utilisez &apos;profile edit&apos;</translation>
    </message>
    <message>
        <source>nothing was changed; set these values with this command&apos;s options (e.g. --%1) or fix the file</source>
        <extracomment>%1: an option such as --port</extracomment>
        <translation>rien n&apos;a été modifié ; définissez ces valeurs avec les options de cette commande (p. ex. --%1) ou corrigez le fichier</translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;</source>
        <translation>profil « %1 » ajouté</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot;</source>
        <translation>profil « %1 » enregistré</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and its password</source>
        <translation>profil « %1 » et son mot de passe supprimés</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erreur : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; pass --name</source>
        <translation>erreur : name : un profil nommé « %1 » existe ; passez --name</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot;</source>
        <translation>profil « %1 » importé</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot; (secrets stored in the keychain)</source>
        <translation>profil « %1 » importé (secrets enregistrés dans le trousseau)</translation>
    </message>
    <message>
        <source>nothing was exported: fix these values first (&apos;profile edit&apos;)</source>
        <translation>rien n&apos;a été exporté : corrigez d&apos;abord ces valeurs (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>warning: the password is written in plain text (%1); keep this file private and out of version control</source>
        <extracomment>%1: the variables written, e.g. &quot;API_KEY, SMTP_PASS&quot;</extracomment>
        <translation>avertissement : le mot de passe est écrit en clair (%1) ; gardez ce fichier privé et hors du gestionnaire de versions</translation>
    </message>
    <message>
        <source>error: --format: &quot;%1&quot; is unknown; use env, swaks or msmtp</source>
        <translation>erreur : --format : « %1 » est inconnu ; utilisez env, swaks ou msmtp</translation>
    </message>
    <message>
        <source>list, show, add, edit, remove, default, import or export</source>
        <translation>list, show, add, edit, remove, default, import ou export</translation>
    </message>
    <message>
        <source>profile name (or .env file for import)</source>
        <translation>nom du profil (ou fichier .env pour import)</translation>
    </message>
    <message>
        <source>New name (the stored password follows).</source>
        <translation>Nouveau nom (le mot de passe enregistré suit).</translation>
    </message>
    <message>
        <source>Delete the stored password.</source>
        <translation>Supprimer le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Name of the new profile (default: the file&apos;s name).</source>
        <translation>Nom du nouveau profil (par défaut : le nom du fichier).</translation>
    </message>
    <message>
        <source>env (default), swaks or msmtp.</source>
        <translation>env (par défaut), swaks ou msmtp.</translation>
    </message>
    <message>
        <source>error: profile %1 needs a FILE</source>
        <extracomment>%1: the action (add, show, …)</extracomment>
        <translation>erreur : profile %1 demande un FILE</translation>
    </message>
    <message>
        <source>error: profile %1 needs a NAME</source>
        <translation>erreur : profile %1 demande un NAME</translation>
    </message>
    <message>
        <source>error: unknown action &quot;%1&quot;; use list, show, add, edit, remove, default, import or export</source>
        <translation>erreur : action inconnue « %1 » ; utilisez list, show, add, edit, remove, default, import ou export</translation>
    </message>
    <message>
        <source>error: --profile: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>erreur : --profile : pas de profil « %1 » ; voir &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>error: profile &quot;%1&quot;: %2</source>
        <translation>erreur : profil « %1 » : %2</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay %1 [--profile NAME | --queue FILE]</source>
        <extracomment>%1: the action with its argument, e.g. &quot;retry ID&quot;</extracomment>
        <translation>erreur : usage : selfmx-console relay %1 [--profile NAME | --queue FILE]</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>error: cannot open the queue %1: %2</source>
        <translation>erreur : impossible d&apos;ouvrir la file d&apos;attente %1 : %2</translation>
    </message>
    <message>
        <source>Run the local HTTP relay (SelfMX- and Resend-compatible) headless.</source>
        <translation>Faire tourner le relais HTTP local (compatible SelfMX et Resend) sans fenêtre.</translation>
    </message>
    <message>
        <source>Use the stored profile NAME (environment variables override it).</source>
        <translation>Utiliser le profil enregistré NAME (les variables d&apos;environnement le remplacent).</translation>
    </message>
    <message>
        <source>The queue&apos;s SQLite file (default: in the per-user data directory).</source>
        <translation>Le fichier SQLite de la file d&apos;attente (par défaut : dans le dossier de données de l&apos;utilisateur).</translation>
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
        <translation>Usage : selfmx-console [COMMANDE] [OPTIONS]

Sans commande, ouvre la fenêtre. Commandes :
  test      se connecter, négocier TLS, s&apos;identifier, quitter
  send      envoyer un message : [--from] --to --subject --text/--html [--attach FILE]...
  profile   list | show | add | edit | remove | default | import | export (mots de passe dans le trousseau)
  diagnose  diagnostic étape par étape, avec constats et corrections [--json] [--probe-recipient A]
  discover  HOST : trouver des réglages de port/TLS qui fonctionnent ; ADDRESS (ou --domain DOMAIN) : trouver le serveur dans le DNS
  check-domain DOMAIN  le domaine de l&apos;expéditeur est-il prêt ? SPF, DKIM, DMARC, MX [--dkim-selector S] [--json]
  relay     le relais HTTP local (API SelfMX/Resend) [--profile NAME] ; relay list

Les réglages viennent de SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_TLS,
SMTP_TLS_VERIFY, SMTP_TIMEOUT, SMTP_TLS_MODE, SMTP_TLS_CA_FILE (voir le README).
&apos;selfmx-console COMMANDE --help&apos; affiche les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Find working settings for HOST: tries 587 STARTTLS, 465 implicit TLS, 2525 STARTTLS and 25 STARTTLS in parallel, logs in where SMTP_USER/SMTP_PASS (or --profile) give a password, and ranks what worked.
For an ADDRESS (or a DOMAIN with --domain), finds the server in DNS instead: the provider table, SRV records (RFC 6186/8314), the MX of a known provider, then smtp./mail. verified by connecting; each answer says where it came from. DNS_SERVER=addr[:port] picks the nameserver.</source>
        <translation>Trouver des réglages qui fonctionnent pour HOST : essaie en parallèle 587 STARTTLS, 465 TLS implicite, 2525 STARTTLS et 25 STARTTLS, s&apos;identifie là où SMTP_USER/SMTP_PASS (ou --profile) donnent un mot de passe, et classe ce qui a fonctionné.
Pour une ADDRESS (ou un DOMAIN avec --domain), cherche plutôt le serveur dans le DNS : la table des fournisseurs, les enregistrements SRV (RFC 6186/8314), le MX d&apos;un fournisseur connu, puis smtp./mail. vérifiés par une connexion ; chaque réponse indique sa provenance. DNS_SERVER=addr[:port] choisit le serveur de noms.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name, or an email address.</source>
        <translation>Le nom d&apos;hôte du serveur SMTP, ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>The argument is a mail domain: find its submission server in DNS.</source>
        <translation>L&apos;argument est un domaine de messagerie : trouver son serveur de soumission dans le DNS.</translation>
    </message>
    <message>
        <source>error: --provider: unknown provider &quot;%1&quot;</source>
        <extracomment>%1: the value given to --provider</extracomment>
        <translation>erreur : --provider : fournisseur inconnu « %1 »</translation>
    </message>
    <message>
        <source>error: check-domain needs a DOMAIN (or --profile with a sender address)</source>
        <translation>erreur : check-domain demande un DOMAIN (ou --profile avec une adresse d&apos;expéditeur)</translation>
    </message>
    <message>
        <source>Sender domain %1:</source>
        <extracomment>The heading of check-domain&apos;s findings. %1: the domain</extracomment>
        <translation>Domaine de l&apos;expéditeur %1 :</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <extracomment>Under a finding of check-domain: %1 is what to change (often a DNS record to publish)</extracomment>
        <translation>correction : %1</translation>
    </message>
    <message>
        <source>DNS answers: %1</source>
        <extracomment>%1: whether the DNS answers were signed (DNSSEC), e.g. &quot;DNSSEC-validated&quot; or &quot;not signed&quot;</extracomment>
        <translation>Réponses DNS : %1</translation>
    </message>
    <message>
        <source>Servers for %1:</source>
        <extracomment>The heading of discover ADDRESS&apos;s list. %1: the mail domain</extracomment>
        <translation>Serveurs pour %1 :</translation>
    </message>
    <message>
        <source>No server found. If you know the host, &apos;selfmx-console discover HOST&apos; tries its ports.</source>
        <translation>Aucun serveur trouvé. Si vous connaissez l&apos;hôte, &apos;selfmx-console discover HOST&apos; essaie ses ports.</translation>
    </message>
    <message>
        <source>Check that DOMAIN is ready to send mail: one valid SPF record that authorises the provider (at most 10 DNS lookups), the provider&apos;s DKIM keys (2048 bits recommended), a DMARC record and an MX for replies. Each problem comes with the DNS record to publish. DNS_SERVER=addr[:port] picks the nameserver. Exit status: 0 ready, 13 not ready, 3 lookups failed.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DNS_SERVER=addr[:port] and the exit codes as they are.</extracomment>
        <translation>Vérifier que DOMAIN est prêt à envoyer du courrier : un seul enregistrement SPF valide qui autorise le fournisseur (au plus 10 requêtes DNS), les clés DKIM du fournisseur (2048 bits recommandés), un enregistrement DMARC et un MX pour les réponses. Chaque problème est accompagné de l&apos;enregistrement DNS à publier. DNS_SERVER=addr[:port] choisit le serveur de noms. Code de sortie : 0 prêt, 13 pas prêt, 3 requêtes en échec.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain (or address); default: the domain of the profile&apos;s sender.</source>
        <translation>Le domaine de l&apos;expéditeur (ou son adresse) ; par défaut : le domaine de l&apos;expéditeur du profil.</translation>
    </message>
    <message>
        <source>Check for this profile&apos;s provider and sender.</source>
        <translation>Vérifier pour le fournisseur et l&apos;expéditeur de ce profil.</translation>
    </message>
    <message>
        <source>The provider to check for: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</source>
        <extracomment>The provider keys after the colon are typed as they are: do not translate them.</extracomment>
        <translation>Le fournisseur pour lequel vérifier : sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</translation>
    </message>
    <message>
        <source>Print the findings and the DNS answers as JSON.</source>
        <translation>Afficher les constats et les réponses DNS en JSON.</translation>
    </message>
    <message>
        <source>selfmx-console: %1 is not installed next to this program; reinstall the package.</source>
        <extracomment>%1: a program&apos;s file name, e.g. selfmx-console-relay</extracomment>
        <translation>selfmx-console : %1 n&apos;est pas installé à côté de ce programme ; réinstallez le paquet.</translation>
    </message>
    <message>
        <source>selfmx-console: cannot start %1: %2</source>
        <extracomment>%1: the program&apos;s path; %2: the system&apos;s reason (e.g. &quot;Permission denied&quot;)</extracomment>
        <translation>selfmx-console : impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>selfmx-console: no display to open the window on.
  Headless, use the commands: selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  For the window without a desktop: xvfb-run -a selfmx-console
</source>
        <extracomment>Keep the commands (selfmx-console --help, test, …, xvfb-run -a selfmx-console) as they are.</extracomment>
        <translation>selfmx-console : aucun écran sur lequel ouvrir la fenêtre.
  Sans écran, utilisez les commandes : selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  Pour la fenêtre sans bureau : xvfb-run -a selfmx-console
</translation>
    </message>
    <message>
        <source>%1: not ready to send (see the findings)</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1 : pas prêt pour l&apos;envoi (voir les constats)</translation>
    </message>
    <message>
        <source>%1: some lookups failed</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1 : certaines requêtes ont échoué</translation>
    </message>
    <message>
        <source>%1: ready to send, with warnings</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1 : prêt pour l&apos;envoi, avec des avertissements</translation>
    </message>
    <message>
        <source>%1: ready to send</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1 : prêt pour l&apos;envoi</translation>
    </message>
    <message>
        <source>Also check the domain of the sender (SMTP_FROM, else a login that is an address) in DNS: SPF, DKIM, DMARC and MX, as in check-domain, and DANE: the TLSA records of SMTP_HOST against the certificate this diagnosis saw. When the SMTP stages pass and the domain is not ready, the exit status is 13.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DANE, TLSA, SMTP_FROM, SMTP_HOST and the exit status 13 as they are.</extracomment>
        <translation>Vérifier aussi dans le DNS le domaine de l&apos;expéditeur (SMTP_FROM, sinon un identifiant qui est une adresse) : SPF, DKIM, DMARC et MX, comme check-domain, et DANE : les enregistrements TLSA de SMTP_HOST comparés au certificat vu par ce diagnostic. Si les étapes SMTP réussissent et que le domaine n&apos;est pas prêt, le code de sortie est 13.</translation>
    </message>
    <message>
        <source>With --check-domain: a DKIM selector to check (repeatable); SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names (not translated).</extracomment>
        <translation>Avec --check-domain : un sélecteur DKIM à vérifier (répétable) ; s1/s2 de SendGrid sont vérifiés de toute façon.</translation>
    </message>
    <message>
        <source>error: --dkim-selector needs --check-domain</source>
        <translation>erreur : --dkim-selector nécessite --check-domain</translation>
    </message>
    <message>
        <source>error: --check-domain needs a sender address: set SMTP_FROM, or the profile&apos;s default sender</source>
        <extracomment>Keep --check-domain and SMTP_FROM as they are.</extracomment>
        <translation>erreur : --check-domain nécessite une adresse d&apos;expéditeur : définissez SMTP_FROM, ou l&apos;expéditeur par défaut du profil</translation>
    </message>
    <message>
        <source>checking the sender domain %1 …</source>
        <extracomment>%1: the sender&apos;s domain</extracomment>
        <translation>vérification du domaine de l&apos;expéditeur %1 …</translation>
    </message>
    <message>
        <source>%1 has no address in DNS</source>
        <extracomment>%1: a host name</extracomment>
        <translation>%1 n&apos;a pas d&apos;adresse dans le DNS</translation>
    </message>
    <message>
        <source>error: --dane: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <extracomment>%1: the value given to --dane</extracomment>
        <translation>erreur : --dane : « %1 » n&apos;est ni HOST ni HOST:PORT</translation>
    </message>
    <message>
        <source>warning: no certificate from %1: %2</source>
        <extracomment>%1: HOST:PORT, %2: why (already in words). The check goes on without the certificate.</extracomment>
        <translation>avertissement : aucun certificat de %1 : %2</translation>
    </message>
    <message>
        <source>A DKIM selector to check (repeatable), or with SES each of its three Easy DKIM tokens; SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names; Easy DKIM: Amazon SES&apos;s name (not translated).</extracomment>
        <translation>Un sélecteur DKIM à vérifier (répétable), ou avec SES chacun de ses trois jetons Easy DKIM ; les sélecteurs s1/s2 de SendGrid sont vérifiés de toute façon.</translation>
    </message>
    <message>
        <source>The bounce (return-path) name to check, a label under the domain or a full name: SendGrid&apos;s em123, the SES MAIL FROM subdomain; default: the provider&apos;s (Postmark pm-bounces, Mailgun email).</source>
        <extracomment>Keep em123, pm-bounces, SES and MAIL FROM as they are.</extracomment>
        <translation>Le nom de retour (return-path) à vérifier, un label sous le domaine ou un nom complet : em123 chez SendGrid, le sous-domaine MAIL FROM chez SES ; par défaut : celui du fournisseur (Postmark pm-bounces, Mailgun email).</translation>
    </message>
    <message>
        <source>Connect to this SMTP server (port 25 unless given) with STARTTLS and match its certificate against its DNSSEC-signed TLSA records (DANE).</source>
        <extracomment>Keep STARTTLS, TLSA, DNSSEC and DANE as they are.</extracomment>
        <translation>Se connecter à ce serveur SMTP (port 25 sauf indication contraire) avec STARTTLS et comparer son certificat à ses enregistrements TLSA signés par DNSSEC (DANE).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>error: profile needs an action: list, show, add, edit, remove, default, import or export</source>
        <translation>erreur : profile attend une action : list, show, add, edit, remove, default, import ou export</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; shows it</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>une nouvelle clé d&apos;API a été créée pour le profil « %1 » et enregistrée dans le trousseau ; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; l&apos;affiche</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay new-key --profile NAME</source>
        <translation>erreur : usage : selfmx-console relay new-key --profile NAME</translation>
    </message>
    <message>
        <source>a new API key for profile &quot;%1&quot; is stored in the keychain; a relay already running keeps the old key until it is restarted</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>une nouvelle clé d&apos;API pour le profil « %1 » est enregistrée dans le trousseau ; un relais déjà en marche garde l&apos;ancienne clé jusqu&apos;à son redémarrage</translation>
    </message>
    <message>
        <source>error: unknown relay action &quot;%1&quot;; use &apos;selfmx-console relay&apos; to run it, or relay status|list|retry ID|cancel ID|new-key</source>
        <translation>erreur : action de relais inconnue « %1 » ; utilisez &apos;selfmx-console relay&apos; pour le faire tourner, ou relay status|list|retry ID|cancel ID|new-key</translation>
    </message>
    <message>
        <source>Nothing to run the relay; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; or &quot;cancel ID&quot; to read or change its queue (the running relay&apos;s, or the one it will deliver from); &quot;new-key&quot; (with --profile) to replace the profile&apos;s API key in the keychain and print the new one (a running relay keeps the old key until it is restarted).</source>
        <translation>Rien pour faire tourner le relais ; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; ou &quot;cancel ID&quot; pour lire ou modifier sa file d&apos;attente (celle du relais en marche, ou celle depuis laquelle il distribuera) ; &quot;new-key&quot; (avec --profile) pour remplacer la clé d&apos;API du profil dans le trousseau et afficher la nouvelle (un relais en marche garde l&apos;ancienne clé jusqu&apos;à son redémarrage).</translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Acme &lt;hi@acme.test&gt;&quot;; default: SMTP_FROM (a profile&apos;s default sender).</source>
        <translation>Expéditeur, p. ex. &quot;Acme &lt;hi@acme.test&gt;&quot; ; par défaut : SMTP_FROM (l&apos;expéditeur par défaut d&apos;un profil).</translation>
    </message>
    <message>
        <source>--from is required (or SMTP_FROM, a profile&apos;s default sender)</source>
        <extracomment>Keep --from and SMTP_FROM as they are</extracomment>
        <translation>--from est obligatoire (ou SMTP_FROM, l&apos;expéditeur par défaut d&apos;un profil)</translation>
    </message>
    <message>
        <source>give exactly one sender</source>
        <translation>indiquez exactement un expéditeur</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has stored values that break the rules and is not used until they are fixed; see &apos;selfmx-console profile show %1&apos;</source>
        <extracomment>%1: the profile&apos;s name; keep the command as it is</extracomment>
        <translation>avertissement : le profil &quot;%1&quot; a des valeurs enregistrées qui enfreignent les règles et n&apos;est pas utilisé tant qu&apos;elles ne sont pas corrigées ; voir &apos;selfmx-console profile show %1&apos;</translation>
    </message>
    <message>
        <source>this profile is not used until these values are fixed (&apos;profile edit&apos;)</source>
        <translation>ce profil n&apos;est pas utilisé tant que ces valeurs ne sont pas corrigées (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>Nothing listens on these ports of %1. Check the host name, and ask the provider which port its SMTP server uses (then &apos;selfmx-console diagnose&apos; with SMTP_PORT set to it).</source>
        <extracomment>%1: the host discover tried</extracomment>
        <translation>Rien n&apos;écoute sur ces ports de %1. Vérifiez le nom d&apos;hôte et demandez au fournisseur quel port utilise son serveur SMTP (puis &apos;selfmx-console diagnose&apos; avec SMTP_PORT réglé sur ce port).</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has no password in the keychain, so swaks will ask for it; store one with &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>avertissement : le profil « %1 » n&apos;a pas de mot de passe dans le trousseau, swaks le demandera donc ; enregistrez-en un avec &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</translation>
    </message>
    <message>
        <source>note: %1 set in the environment, so the default profile &quot;%2&quot; is not used; unset them, or pass --profile &quot;%2&quot; to use the profile with these variables over it</source>
        <extracomment>%1: the variables set, e.g. &quot;SMTP_HOST, SMTP_PORT&quot;; %2: the default profile&apos;s name</extracomment>
        <translation>note : %1 défini dans l&apos;environnement, le profil par défaut « %2 » n&apos;est donc pas utilisé ; supprimez ces variables, ou passez --profile &quot;%2&quot; pour utiliser le profil avec ces variables par-dessus</translation>
    </message>
    <message>
        <source>error: SMTP_TLS_CA_FILE: &quot;%1&quot; does not exist; give the path of the CA certificate in PEM format</source>
        <extracomment>%1: the path given in SMTP_TLS_CA_FILE (or the profile&apos;s --ca-file)</extracomment>
        <translation>erreur : SMTP_TLS_CA_FILE : « %1 » n&apos;existe pas ; indiquez le chemin du certificat de l&apos;autorité (CA) au format PEM</translation>
    </message>
    <message>
        <source>note: the swaks command reads the password from the keychain as it runs (secret-tool into SWAKS_OPT_auth_password), not from an argument, which every user could read in the process list</source>
        <translation>note : la commande swaks lit le mot de passe dans le trousseau au moment où elle s&apos;exécute (secret-tool dans SWAKS_OPT_auth_password), pas dans un argument, que tout utilisateur pourrait lire dans la liste des processus</translation>
    </message>
    <message>
        <source>env: write the secrets (SMTP_PASS, and API_KEY when stored) into the .env (plain text!). swaks: the line reads the password from the keychain as it runs (secret-tool), never from an argument. msmtp: no change (its block always reads the keychain).</source>
        <translation>env : écrire les secrets (SMTP_PASS, et API_KEY s&apos;il est enregistré) dans le .env (en clair !). swaks : la ligne lit le mot de passe dans le trousseau à l&apos;exécution (secret-tool), jamais dans un argument. msmtp : aucun changement (son bloc lit toujours le trousseau).</translation>
    </message>
    <message numerus="yes">
        <source>(%n recipient(s) refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %n: how many were refused</extracomment>
        <translation>
            <numerusform>(%n destinataire refusé)</numerusform>
            <numerusform>(%n destinataires refusés)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of %2 recipients refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %1: how many were refused, %2: of how many (2 or more)</extracomment>
        <translation>(%1 destinataires sur %2 refusés)</translation>
    </message>
</context>
<context>
    <name>selfmx::profile::Provider</name>
    <message>
        <source>User name is the literal word apikey; the password is an API key with Mail Send permission (starts with SG.).</source>
        <translation>Le nom d&apos;utilisateur est littéralement le mot apikey ; le mot de passe est une clé d&apos;API avec la permission Mail Send (commence par SG.).</translation>
    </message>
    <message>
        <source>User name is the domain&apos;s SMTP login, e.g. postmaster@your-domain.mailgun.org; EU domains use smtp.eu.mailgun.org.</source>
        <translation>Le nom d&apos;utilisateur est l&apos;identifiant SMTP du domaine, p. ex. postmaster@votre-domaine.mailgun.org ; les domaines européens utilisent smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Use SMTP credentials created for this region (not IAM access keys); every connection must use TLS.</source>
        <translation>Utilisez des identifiants SMTP créés pour cette région (pas des clés d&apos;accès IAM) ; chaque connexion doit utiliser TLS.</translation>
    </message>
    <message>
        <source>The Server API token is both user name and password (an SMTP Token has a separate access and secret key).</source>
        <translation>Le jeton Server API sert à la fois de nom d&apos;utilisateur et de mot de passe (un jeton SMTP a une clé d&apos;accès et une clé secrète distinctes).</translation>
    </message>
    <message>
        <source>Your own server: submission on 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>Votre propre serveur : soumission sur 587 avec STARTTLS, ou 465 avec TLS implicite.</translation>
    </message>
    <message>
        <source>User name is your full Gmail or Workspace address; the password is an app password (16 letters, needs 2-Step Verification), not the account password. Workspace administrators can turn app passwords off.</source>
        <translation>Le nom d&apos;utilisateur est votre adresse Gmail ou Workspace complète ; le mot de passe est un mot de passe d&apos;application (16 lettres, il faut la validation en deux étapes), pas celui du compte. Les administrateurs Workspace peuvent désactiver les mots de passe d&apos;application.</translation>
    </message>
    <message>
        <source>User name is the mailbox&apos;s full address. Authenticated SMTP (SMTP AUTH) must be enabled for this mailbox in the Microsoft 365 admin center; security defaults turn it off for the whole organisation.</source>
        <translation>Le nom d&apos;utilisateur est l&apos;adresse complète de la boîte aux lettres. Authenticated SMTP (SMTP AUTH) doit être activé pour cette boîte dans le centre d&apos;administration Microsoft 365 ; les paramètres de sécurité par défaut le désactivent pour toute l&apos;organisation.</translation>
    </message>
    <message>
        <source>User name is your full Outlook.com address. Microsoft is moving Outlook.com to OAuth sign-in, which this program does not offer: an app password (with two-step verification) works only while the account still accepts password sign-in.</source>
        <translation>Le nom d&apos;utilisateur est votre adresse Outlook.com complète. Microsoft fait passer Outlook.com à la connexion OAuth, que ce programme ne propose pas : un mot de passe d&apos;application (avec validation en deux étapes) ne fonctionne que tant que le compte accepte encore la connexion par mot de passe.</translation>
    </message>
</context>
<context>
    <name>selfmx::settings::Field</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name, e.g. smtp.example.com.</source>
        <translation>Le nom d&apos;hôte du serveur SMTP, p. ex. smtp.example.com.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>587 for STARTTLS (recommended), 465 for implicit TLS, 2525 as an alternative; 25 is often blocked.</source>
        <translation>587 pour STARTTLS (recommandé), 465 pour TLS implicite, 2525 en alternative ; 25 est souvent bloqué.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The login for SMTP AUTH; leave empty for a server that needs none.</source>
        <translation>L&apos;identifiant pour SMTP AUTH ; laissez vide pour un serveur qui n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password, API key or token for SMTP AUTH. Kept in the OS keychain only.</source>
        <translation>Le mot de passe, la clé d&apos;API ou le jeton pour SMTP AUTH. Conservé uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>On: port 465 uses implicit TLS, every other port STARTTLS, which is then required. Off: plaintext.</source>
        <translation>Activé : le port 465 utilise TLS implicite, tout autre port STARTTLS, alors exigé. Désactivé : en clair.</translation>
    </message>
    <message>
        <source>Verify the certificate</source>
        <translation>Vérifier le certificat</translation>
    </message>
    <message>
        <source>Check that the server&apos;s certificate is valid for its name. Turning this off lets anyone on the path read the password; trust a CA file or pin the certificate instead.</source>
        <translation>Vérifie que le certificat du serveur est valide pour son nom. Sans cette vérification, n&apos;importe qui sur le trajet peut lire le mot de passe ; faites plutôt confiance à un fichier d&apos;autorité ou épinglez le certificat.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source>Seconds to wait at each stage: connect, greeting, each reply.</source>
        <translation>Secondes d&apos;attente à chaque étape : connexion, accueil, chaque réponse.</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <source>Overrides the automatic choice: implicit TLS from the first byte, STARTTLS (required), or none.</source>
        <translation>Remplace le choix automatique : TLS implicite dès le premier octet, STARTTLS (exigé) ou aucun.</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Fichier CA de confiance</translation>
    </message>
    <message>
        <source>A PEM certificate of a CA to trust besides the system&apos;s: verify a private or self-signed server instead of turning verification off.</source>
        <translation>Le certificat PEM d&apos;une autorité à laquelle faire confiance en plus de celles du système : vérifiez ainsi un serveur privé ou auto-signé au lieu de désactiver la vérification.</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>Accept exactly this certificate: its SHA-256 fingerprint, as openssl x509 -fingerprint -sha256 prints it.</source>
        <translation>Accepter exactement ce certificat : son empreinte SHA-256, telle que openssl x509 -fingerprint -sha256 l&apos;affiche.</translation>
    </message>
    <message>
        <source>AUTH mechanism</source>
        <translation>Mécanisme AUTH</translation>
    </message>
    <message>
        <source>auto picks the strongest the server offers; or force PLAIN, LOGIN or CRAM-MD5.</source>
        <translation>auto choisit le plus fort que propose le serveur ; sinon, imposez PLAIN, LOGIN ou CRAM-MD5.</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <source>The name this machine gives in EHLO; empty: its fully qualified name.</source>
        <translation>Le nom que cette machine donne dans EHLO ; vide : son nom pleinement qualifié.</translation>
    </message>
    <message>
        <source>Allow login without TLS</source>
        <translation>Autoriser l&apos;identification sans TLS</translation>
    </message>
    <message>
        <source>Send the password to a server that is not on this machine without TLS. Anyone on the path can read it.</source>
        <translation>Envoyer le mot de passe sans TLS à un serveur qui n&apos;est pas sur cette machine. N&apos;importe qui sur le trajet peut le lire.</translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation>Expéditeur par défaut</translation>
    </message>
    <message>
        <source>The From address for test messages, e.g. Acme &lt;hi@acme.example&gt;.</source>
        <translation>L&apos;adresse From des messages de test, p. ex. Acme &lt;hi@acme.example&gt;.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>The address the relay listens on. Anything but loopback lets other machines send through your account.</source>
        <translation>L&apos;adresse sur laquelle le relais écoute. Toute adresse autre que le bouclage permet à d&apos;autres machines d&apos;envoyer par votre compte.</translation>
    </message>
    <message>
        <source>Relay port</source>
        <translation>Port du relais</translation>
    </message>
    <message>
        <source>The HTTP port applications send to.</source>
        <translation>Le port HTTP auquel les applications envoient.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>The bearer key applications send. Kept in the OS keychain only.</source>
        <translation>La clé (bearer) qu&apos;envoient les applications. Conservée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation>Requêtes par fenêtre</translation>
    </message>
    <message>
        <source>How many requests one key may make in each rate-limit window.</source>
        <translation>Combien de requêtes une clé peut faire dans chaque fenêtre de limitation de débit.</translation>
    </message>
    <message>
        <source>Rate-limit window</source>
        <translation>Fenêtre de limitation</translation>
    </message>
    <message>
        <source>The rate-limit window in seconds.</source>
        <translation>La fenêtre de limitation de débit, en secondes.</translation>
    </message>
    <message>
        <source>Delivery workers</source>
        <translation>Processus de distribution</translation>
    </message>
    <message>
        <source>How many messages are delivered at the same time.</source>
        <translation>Combien de messages sont distribués en même temps.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>How often a temporary failure (4xx, a lost connection) is retried.</source>
        <translation>Combien de fois un échec temporaire (4xx, une connexion perdue) est retenté.</translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation>Délai entre tentatives</translation>
    </message>
    <message>
        <source>Seconds between retries.</source>
        <translation>Secondes entre deux tentatives.</translation>
    </message>
    <message>
        <source>Keep bodies</source>
        <translation>Conserver les corps</translation>
    </message>
    <message>
        <source>Days a delivered message&apos;s body is kept; its record stays in the list. 0 keeps bodies for ever.</source>
        <translation>Jours pendant lesquels le corps d&apos;un message distribué est conservé ; son entrée reste dans la liste. 0 les conserve pour toujours.</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <source>debug, info, warn or error.</source>
        <translation>debug, info, warn ou error.</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Format du journal</translation>
    </message>
    <message>
        <source>json (one object a line) or text.</source>
        <translation>json (un objet par ligne) ou text.</translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation>Origines CORS</translation>
    </message>
    <message>
        <source>Web origins allowed to call the relay from a browser, comma-separated; empty: none.</source>
        <translation>Origines web autorisées à appeler le relais depuis un navigateur, séparées par des virgules ; vide : aucune.</translation>
    </message>
    <message>
        <source>SMTP connections</source>
        <translation>Connexions SMTP</translation>
    </message>
    <message>
        <source>How many SMTP connections the relay keeps open to the server (1 to 100).</source>
        <translation>Combien de connexions SMTP le relais garde ouvertes vers le serveur (1 à 100).</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>The nameserver the DNS checks ask, an IP address with an optional port (192.0.2.53:5353, [2001:db8::53]:53); empty: the system&apos;s.</source>
        <translation>Le serveur de noms qu&apos;interrogent les vérifications DNS, une adresse IP avec un port facultatif (192.0.2.53:5353, [2001:db8::53]:53) ; vide : celui du système.</translation>
    </message>
    <message>
        <source>Largest request</source>
        <translation>Requête la plus grande</translation>
    </message>
    <message>
        <source>The largest request body the relay reads, in MiB (1 to 1024); a larger one is refused with 413.</source>
        <translation>Le plus grand corps de requête que le relais lit, en Mio (1 à 1024) ; un corps plus grand est refusé avec 413.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Finish; the password then goes to the system keychain.</source>
        <translation>Rien n&apos;est enregistré avant que vous appuyiez sur Terminer ; le mot de passe va alors dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The provider&apos;s rules for user name and password</source>
        <translation>Les règles du fournisseur pour le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>Where to get the credentials</source>
        <translation>Où obtenir les identifiants</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name (SMTP_HOST)</source>
        <translation>Le nom d&apos;hôte du serveur SMTP (SMTP_HOST)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The SMTP login (SMTP_USER)</source>
        <translation>L&apos;identifiant SMTP (SMTP_USER)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The SMTP password or API key (SMTP_PASS); kept in the system keychain, never in a file</source>
        <translation>Le mot de passe SMTP ou la clé d&apos;API (SMTP_PASS) ; conservé dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>&amp;Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hints about these credentials</source>
        <translation>Conseils sur ces identifiants</translation>
    </message>
    <message>
        <source>Shows the password in plain text while checked</source>
        <translation>Affiche le mot de passe en clair tant que la case est cochée</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s page that issues SMTP credentials in the web browser</source>
        <translation>Ouvre dans le navigateur la page du fournisseur qui délivre les identifiants SMTP</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DiagnosisView</name>
    <message>
        <source>Settings tried</source>
        <translation>Réglages essayés</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
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
        <translation>Ce qui a été observé : %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Changes the settings as proposed; press Test again to try them. Nothing is saved.</source>
        <translation>Modifie les réglages comme proposé ; appuyez de nouveau sur Tester pour les essayer. Rien n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Press Finish to save the profile.</source>
        <translation>Appuyez sur Terminer pour enregistrer le profil.</translation>
    </message>
    <message>
        <source>What Finish saves</source>
        <translation>Ce que Terminer enregistre</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>Finish saves the profile &quot;%1&quot; (%2): server %3, port %4, %5, user name %6. Its settings go to %7.</source>
        <translation>Terminer enregistre le profil « %1 » (%2) : serveur %3, port %4, %5, nom d&apos;utilisateur %6. Ses réglages vont dans %7.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No password was given, so none is stored.</source>
        <translation>Aucun mot de passe n&apos;a été donné, donc aucun n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The password goes to the system keychain (service &quot;%1&quot;), never into that file.</source>
        <translation>Le mot de passe va dans le trousseau du système (service « %1 »), jamais dans ce fichier.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Next:
• Send from the command line:
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Start the local HTTP relay for your applications:
    selfmx-console relay --profile %1</source>
        <extracomment>The command lines stay as they are: only the sentences around them are translated</extracomment>
        <translation>Ensuite :
• Envoyer depuis la ligne de commande :
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Démarrer le relais HTTP local pour vos applications :
    selfmx-console relay --profile %1</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <extracomment>Language menu: follow the desktop&apos;s language (LANG, LANGUAGE)</extracomment>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Takes effect when SelfMX Console starts again</source>
        <translation>Prend effet au prochain démarrage de SelfMX Console</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::MainWindow</name>
    <message>
        <source>Fill in the server and press Test.</source>
        <translation>Renseignez le serveur et appuyez sur Tester.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Transcr&amp;ipt</source>
        <translation>Transcr&amp;iption</translation>
    </message>
    <message>
        <source>Rela&amp;y</source>
        <translation>Relai&amp;s</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Échec de la distribution</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>À %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Save &amp;as profile…</source>
        <translation>Enregistrer &amp;comme profil…</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostiquer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Apply proposed fix</source>
        <translation>A&amp;ppliquer la correction proposée</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relais</translation>
    </message>
    <message>
        <source>&amp;Start or stop the relay</source>
        <translation>&amp;Démarrer ou arrêter le relais</translation>
    </message>
    <message>
        <source>Copy the API &amp;key</source>
        <translation>Copier la &amp;clé d&apos;API</translation>
    </message>
    <message>
        <source>Copy the c&amp;url command</source>
        <translation>Copier la commande c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Retry the selected message</source>
        <translation>&amp;Réessayer le message sélectionné</translation>
    </message>
    <message>
        <source>&amp;Cancel the selected message</source>
        <translation>A&amp;nnuler le message sélectionné</translation>
    </message>
    <message>
        <source>Tra&amp;nscript</source>
        <translation>Tra&amp;nscription</translation>
    </message>
    <message>
        <source>&amp;Copy transcript</source>
        <translation>&amp;Copier la transcription</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>&amp;Enregistrer la transcription…</translation>
    </message>
    <message>
        <source>Save report &amp;bundle…</source>
        <translation>Enregistrer le &amp;dossier de rapport…</translation>
    </message>
    <message>
        <source>SelfMX Console: the relay is running</source>
        <translation>SelfMX Console : le relais est en marche</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>S&amp;top relay and quit</source>
        <translation>Arrê&amp;ter le relais et quitter</translation>
    </message>
    <message>
        <source>The relay is running</source>
        <translation>Le relais est en marche</translation>
    </message>
    <message>
        <source>The relay is running. Applications that send through it get no answer once it stops.</source>
        <translation>Le relais est en marche. Les applications qui envoient par lui n&apos;obtiennent plus de réponse une fois qu&apos;il est arrêté.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>&amp;Le laisser tourner dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Stop relay and quit</source>
        <translation>&amp;Arrêter le relais et quitter</translation>
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
        <translation>✓ Connexion SMTP réussie</translation>
    </message>
    <message>
        <source> — authenticated with %1</source>
        <translation> — identifié avec %1</translation>
    </message>
    <message>
        <source>
✓ the certificate was accepted because it matches the pinned certificate</source>
        <translation>
✓ le certificat a été accepté car il correspond au certificat épinglé</translation>
    </message>
    <message>
        <source>
⚠ the certificate was NOT verified</source>
        <translation>
⚠ le certificat n&apos;a PAS été vérifié</translation>
    </message>
    <message>
        <source>✗ Fails at %1: %2</source>
        <translation>✗ Échoue à %1 : %2</translation>
    </message>
    <message>
        <source>Fix applied to the form; press Test to try it</source>
        <translation>Correction appliquée au formulaire ; appuyez sur Tester pour l&apos;essayer</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProfilesView</name>
    <message>
        <source>Ne&amp;w profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>Set up a new profile with the setup wizard</source>
        <translation>Créer un nouveau profil avec l&apos;assistant de configuration</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>Copy the selected profile, its secrets included, under a new name</source>
        <translation>Copier le profil sélectionné, secrets compris, sous un nouveau nom</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>Give the selected profile another name; its secrets stay with it</source>
        <translation>Donner un autre nom au profil sélectionné ; ses secrets le suivent</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its secrets in the keychain</source>
        <translation>Supprimer le profil sélectionné et ses secrets dans le trousseau</translation>
    </message>
    <message>
        <source>Set as d&amp;efault</source>
        <translation>Définir par d&amp;éfaut</translation>
    </message>
    <message>
        <source>The command line uses the default profile when neither --profile nor SMTP_* variables are given</source>
        <translation>La ligne de commande utilise le profil par défaut quand ni --profile ni aucune variable SMTP_* n&apos;est donné</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Write the changes: settings to the profile file, secrets to the keychain</source>
        <translation>Écrire les modifications : les réglages dans le fichier des profils, les secrets dans le trousseau</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Go back to the profile as it is stored</source>
        <translation>Revenir au profil tel qu&apos;il est enregistré</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Stored profiles; * marks unsaved changes. Passwords come from the OS keychain.</source>
        <translation>Profils enregistrés ; * signale des modifications non enregistrées. Les mots de passe viennent du trousseau du système.</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Réglages du profil</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>État du profil</translation>
    </message>
    <message>
        <source> (default)</source>
        <extracomment>Marks the default profile in the list</extracomment>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source> * unsaved</source>
        <extracomment>Marks the profile with unsaved changes in the list</extracomment>
        <translation> * non enregistré</translation>
    </message>
    <message>
        <source>This profile has unsaved changes</source>
        <translation>Ce profil a des modifications non enregistrées</translation>
    </message>
    <message>
        <source> ✗ cannot be used</source>
        <extracomment>Marks a profile whose stored values break the rules</extracomment>
        <translation> ✗ inutilisable</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <extracomment>Heading of the editor: the profile&apos;s name; * when it has unsaved changes</extracomment>
        <translation>Profil « %1 »</translation>
    </message>
    <message>
        <source>Unsaved settings (not a stored profile)</source>
        <translation>Réglages non enregistrés (pas un profil enregistré)</translation>
    </message>
    <message>
        <source> — unsaved changes *</source>
        <translation> — modifications non enregistrées *</translation>
    </message>
    <message>
        <source>Reading profile &quot;%1&quot; …</source>
        <translation>Lecture du profil « %1 »…</translation>
    </message>
    <message>
        <source>✗ Profile &quot;%1&quot;: %2</source>
        <translation>✗ Profil « %1 » : %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded, but its password is missing from the keychain: type it and save</source>
        <translation>Profil « %1 » chargé, mais son mot de passe manque dans le trousseau : saisissez-le et enregistrez</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded; password from the keychain</source>
        <translation>Profil « %1 » chargé ; mot de passe tiré du trousseau</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded (no password stored)</source>
        <translation>Profil « %1 » chargé (aucun mot de passe enregistré)</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; …</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the password is in the OS keychain</source>
        <translation>« %1 » enregistré ; le mot de passe est dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (no password)</source>
        <translation>« %1 » enregistré (sans mot de passe)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to profile &quot;%1&quot;?</source>
        <translation>Enregistrer les modifications du profil « %1 » ?</translation>
    </message>
    <message>
        <source>Save these settings as a profile?</source>
        <translation>Enregistrer ces réglages comme profil ?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation>Si vous n&apos;enregistrez pas, les modifications sont perdues.</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <extracomment>The suggested name of a copy of a profile</extracomment>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Name of the &amp;copy:</source>
        <translation>Nom de la &amp;copie :</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>✗ Not duplicated: there is a profile &quot;%1&quot; already</source>
        <translation>✗ Non dupliqué : il existe déjà un profil « %1 »</translation>
    </message>
    <message>
        <source>✗ Not duplicated: %1</source>
        <translation>✗ Non dupliqué : %1</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;</source>
        <translation>Dupliqué sous « %1 »</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Nouveau &amp;nom :</translation>
    </message>
    <message>
        <source>✗ Not renamed: there is a profile &quot;%1&quot; already</source>
        <translation>✗ Non renommé : il existe déjà un profil « %1 »</translation>
    </message>
    <message>
        <source>✗ Not renamed: %1</source>
        <translation>✗ Non renommé : %1</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;</source>
        <translation>Renommé en « %1 »</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>Its settings and its secrets in the keychain are deleted. This cannot be undone.</source>
        <translation>Ses réglages et ses secrets dans le trousseau sont supprimés. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>✗ Not deleted: %1</source>
        <translation>✗ Non supprimé : %1</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>« %1 » supprimé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile</source>
        <translation>« %1 » est maintenant le profil par défaut</translation>
    </message>
    <message>
        <source>✗ Could not write %1</source>
        <translation>✗ Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Stor&amp;ed profiles:</source>
        <extracomment>Heading above the list of stored profiles</extracomment>
        <translation>Profils &amp;enregistrés :</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProviderPage</name>
    <message>
        <source>Who sends your mail?</source>
        <translation>Qui envoie vos messages ?</translation>
    </message>
    <message>
        <source>Type the address you send from, or pick the service that delivers your mail.</source>
        <translation>Saisissez l&apos;adresse d&apos;où vous envoyez, ou choisissez le service qui distribue votre courrier.</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>vous@example.com ou example.com</translation>
    </message>
    <message>
        <source>Sending address or domain</source>
        <translation>Adresse d&apos;envoi ou domaine</translation>
    </message>
    <message>
        <source>A well-known domain such as gmail.com picks its provider for you</source>
        <translation>Un domaine connu comme gmail.com choisit son fournisseur pour vous</translation>
    </message>
    <message>
        <source>Sending &amp;address or domain:</source>
        <translation>&amp;Adresse d&apos;envoi ou domaine :</translation>
    </message>
    <message>
        <source>Provider picked from the address</source>
        <translation>Fournisseur choisi d&apos;après l&apos;adresse</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The service that delivers your mail; its server and rules fill in the next pages</source>
        <translation>Le service qui distribue votre courrier ; son serveur et ses règles remplissent les pages suivantes</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Where the provider keeps your account; credentials work only in their own region</source>
        <translation>Là où le fournisseur garde votre compte ; les identifiants ne fonctionnent que dans leur propre région</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>How this setup is called in the console and on the command line (--profile)</source>
        <translation>Comment cette configuration s&apos;appelle dans la console et en ligne de commande (--profile)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>No&amp;m du profil :</translation>
    </message>
    <message>
        <source>Problem with the profile name</source>
        <translation>Problème avec le nom du profil</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile name may not contain &apos;/&apos; or line breaks.</source>
        <translation>Un nom de profil ne peut contenir ni &apos;/&apos; ni saut de ligne.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::RelayPanel</name>
    <message>
        <source>queued</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>planifié</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>✓ delivered</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✓ distribué</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✗ échec</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Relay on or off</source>
        <translation>Relais activé ou désactivé</translation>
    </message>
    <message>
        <source>Runs the local HTTP relay (SelfMX&apos;s and Resend&apos;s API) for the selected profile</source>
        <translation>Fait tourner le relais HTTP local (l&apos;API de SelfMX et de Resend) pour le profil sélectionné</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Listening address:</source>
        <translation>Adresse d&apos;écoute :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer KEY&quot;; it is kept in the OS keychain</source>
        <translation>Les clients l&apos;envoient sous la forme &quot;Authorization: Bearer KEY&quot; ; elle est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d&apos;API :</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé d&apos;API</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copier la clé d&apos;API</translation>
    </message>
    <message>
        <source>curl example</source>
        <translation>Exemple curl</translation>
    </message>
    <message>
        <source>A command that sends a message through the relay</source>
        <translation>Une commande qui envoie un message par le relais</translation>
    </message>
    <message>
        <source>Try it with curl:</source>
        <translation>Essayez avec curl :</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Copy the curl command</source>
        <translation>Copier la commande curl</translation>
    </message>
    <message>
        <source>Message counts</source>
        <translation>Nombre de messages</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Messages récents</translation>
    </message>
    <message>
        <source>Message columns</source>
        <translation>Colonnes des messages</translation>
    </message>
    <message>
        <source>Recent messages:</source>
        <translation>Messages récents :</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Retry the selected message now</source>
        <translation>Réessayer maintenant le message sélectionné</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Annuler le message</translation>
    </message>
    <message>
        <source>Cancel the selected message</source>
        <translation>Annuler le message sélectionné</translation>
    </message>
    <message>
        <source>Relay status</source>
        <translation>État du relais</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>Clé d&apos;API copiée</translation>
    </message>
    <message>
        <source>curl command copied (with the key)</source>
        <translation>Commande curl copiée (avec la clé)</translation>
    </message>
    <message>
        <source>Relay for profile &quot;%1&quot;</source>
        <translation>Relais du profil « %1 »</translation>
    </message>
    <message>
        <source>Select a stored profile to run the relay for it</source>
        <translation>Sélectionnez un profil enregistré pour faire tourner le relais avec lui</translation>
    </message>
    <message>
        <source>Starting the relay …</source>
        <translation>Démarrage du relais…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ No API key could be stored: %1</source>
        <translation>✗ Aucune clé d&apos;API n&apos;a pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>A new API key was made for this profile and stored in the keychain.</source>
        <translation>Une nouvelle clé d&apos;API a été créée pour ce profil et enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>Relais arrêté</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ Running on %1</source>
        <extracomment>Status of the relay panel: the address it listens on</extracomment>
        <translation>✓ En marche sur %1</translation>
    </message>
    <message>
        <source>Stopping: no new requests; the SMTP transactions in progress end first …</source>
        <translation>Arrêt : plus de nouvelles requêtes ; les transactions SMTP en cours se terminent d&apos;abord…</translation>
    </message>
    <message>
        <source>Queued: %1 · Sending: %2 · Delivered: %3 · Failed: %4 · Retrying: %5</source>
        <extracomment>The relay&apos;s live counts</extracomment>
        <translation>En attente : %1 · En cours d&apos;envoi : %2 · Distribués : %3 · En échec : %4 · À réessayer : %5</translation>
    </message>
    <message>
        <source>Message %1 queued to be sent now</source>
        <translation>Message %1 mis en file pour un envoi immédiat</translation>
    </message>
    <message>
        <source>Message %1 canceled</source>
        <translation>Message %1 annulé</translation>
    </message>
    <message>
        <source>Relay on</source>
        <translation>Relais activé</translation>
    </message>
    <message>
        <source>The address and port the relay takes requests on while it runs</source>
        <translation>L&apos;adresse et le port sur lesquels le relais accepte les requêtes tant qu&apos;il tourne</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Shows the API key, in the field and in the curl example, while checked</source>
        <translation>Affiche la clé d&apos;API, dans le champ et dans l&apos;exemple curl, tant que le bouton est enfoncé</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Copies the API key to the clipboard</source>
        <translation>Copie la clé d&apos;API dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copies the curl example, with the real API key, to the clipboard</source>
        <translation>Copie l&apos;exemple curl, avec la vraie clé d&apos;API, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Delivers the selected queued or failed message again now</source>
        <translation>Relivre maintenant le message sélectionné, en attente ou en échec</translation>
    </message>
    <message>
        <source>Stops trying to deliver the selected message</source>
        <translation>Renonce à livrer le message sélectionné</translation>
    </message>
    <message>
        <source>Relay off</source>
        <extracomment>The relay toggle&apos;s text while the relay runs / while it is off</extracomment>
        <translation>Relais désactivé</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button that reveals or hides the API key</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The messages the relay took most recently, with their state, attempts and last error</source>
        <translation>Les derniers messages reçus par le relais, avec leur état, leurs tentatives et leur dernière erreur</translation>
    </message>
    <message>
        <source>New key…</source>
        <extracomment>The button that replaces the relay&apos;s API key (asks first)</extracomment>
        <translation>Nouvelle clé…</translation>
    </message>
    <message>
        <source>Make a new API key</source>
        <translation>Créer une nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <source>Replaces the API key with a new one, in the keychain and in the running relay; asks first</source>
        <translation>Remplace la clé d&apos;API par une nouvelle, dans le trousseau et dans le relais en marche ; demande d&apos;abord</translation>
    </message>
    <message>
        <source>Replace the API key?</source>
        <translation>Remplacer la clé d&apos;API ?</translation>
    </message>
    <message>
        <source>Applications using the current key will get 401 invalid_api_key until they use the new one.</source>
        <translation>Les applications qui utilisent la clé actuelle recevront 401 invalid_api_key jusqu&apos;à ce qu&apos;elles utilisent la nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button of the question before the relay&apos;s API key is replaced</extracomment>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>✗ The API key was not replaced; the old key still works: %1</source>
        <translation>✗ La clé d&apos;API n&apos;a pas été remplacée ; l&apos;ancienne clé fonctionne toujours : %1</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay accepts only this key now.</source>
        <translation>✓ Nouvelle clé d&apos;API enregistrée dans le trousseau ; le relais n&apos;accepte plus que cette clé.</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay will use it when it starts.</source>
        <translation>✓ Nouvelle clé d&apos;API enregistrée dans le trousseau ; le relais l&apos;utilisera à son démarrage.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>How the connection is encrypted, and how the console knows it talks to the right server.</source>
        <translation>Comment la connexion est chiffrée, et comment la console sait qu&apos;elle parle au bon serveur.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The server&apos;s port (SMTP_PORT): 587 for STARTTLS, 465 for implicit TLS</source>
        <translation>Le port du serveur (SMTP_PORT) : 587 pour STARTTLS, 465 pour TLS implicite</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>&amp;STARTTLS (port 587)</source>
        <translation>S&amp;TARTTLS (port 587)</translation>
    </message>
    <message>
        <source>The connection starts in plaintext and switches to TLS before anything else is said; if the server does not offer it, the console stops rather than go on unencrypted.</source>
        <translation>La connexion commence en clair et passe à TLS avant toute autre chose ; si le serveur ne le propose pas, la console s&apos;arrête plutôt que de continuer sans chiffrement.</translation>
    </message>
    <message>
        <source>&amp;Implicit TLS (port 465)</source>
        <translation>TLS &amp;implicite (port 465)</translation>
    </message>
    <message>
        <source>The connection is encrypted from its very first byte.</source>
        <translation>La connexion est chiffrée dès son tout premier octet.</translation>
    </message>
    <message>
        <source>N&amp;o encryption</source>
        <translation>Aucun chi&amp;ffrement</translation>
    </message>
    <message>
        <source>Everything, the password included, travels readable: only for a server on this machine.</source>
        <translation>Tout, y compris le mot de passe, circule lisiblement : seulement pour un serveur sur cette machine.</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation>&amp;Vérifier le certificat du serveur (recommandé)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Without verification anyone on the way can pretend to be the server and read the password</source>
        <translation>Sans vérification, n&apos;importe qui en chemin peut se faire passer pour le serveur et lire le mot de passe</translation>
    </message>
    <message>
        <source>⚠ Without verification anyone on the path can pretend to be the server and read the password. Prefer a CA file or a pinned certificate under Advanced.</source>
        <translation>⚠ Sans vérification, n&apos;importe qui sur le trajet peut se faire passer pour le serveur et lire le mot de passe. Préférez un fichier d&apos;autorité ou un certificat épinglé, sous Avancé.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Ava&amp;ncé</translation>
    </message>
    <message>
        <source>Show advanced security settings</source>
        <translation>Afficher les réglages de sécurité avancés</translation>
    </message>
    <message>
        <source>optional: a PEM file with the CA that signed the server&apos;s certificate</source>
        <translation>facultatif : un fichier PEM avec l&apos;autorité qui a signé le certificat du serveur</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;autorité</translation>
    </message>
    <message>
        <source>Trust certificates signed by this CA, besides the system&apos;s (SMTP_TLS_CA_FILE)</source>
        <translation>Faire confiance aux certificats signés par cette autorité, en plus de celles du système (SMTP_TLS_CA_FILE)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;&amp;autorité (CA) :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Choisir le fichier d&apos;autorité</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>facultatif : AB:CD:… (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with this SHA-256 fingerprint (SMTP_TLS_PIN_SHA256)</source>
        <translation>Accepter exactement le certificat dont l&apos;empreinte SHA-256 est celle-ci (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate (SHA-256):</source>
        <translation>&amp;Certificat épinglé (SHA-256) :</translation>
    </message>
    <message>
        <source>Shows or hides the CA file and the pinned certificate</source>
        <translation>Affiche ou masque le fichier d&apos;autorité et le certificat épinglé</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file with the CA&apos;s certificate</source>
        <translation>Ouvre une boîte de dialogue pour choisir un fichier PEM contenant le certificat de l&apos;autorité</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SenderDomainSection</name>
    <message>
        <source>Sender domain</source>
        <extracomment>The heading of the section that checks the sender&apos;s domain in DNS</extracomment>
        <translation>Domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Check the sender domain</source>
        <translation>Vérifier le domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Looks up the SPF, DKIM, DMARC and MX records of the sender&apos;s domain and says what to publish</source>
        <translation>Interroge les enregistrements SPF, DKIM, DMARC et MX du domaine de l&apos;expéditeur et indique quoi publier</translation>
    </message>
    <message>
        <source>Stop the sender domain check</source>
        <translation>Arrêter la vérification du domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>optional, e.g. pm20241105, k1</source>
        <translation>facultatif, p. ex. pm20241105, k1</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>Sélecteurs DKIM</translation>
    </message>
    <message>
        <source>The DKIM selectors from the provider&apos;s domain authentication page, separated by commas; SendGrid&apos;s s1 and s2 are checked anyway</source>
        <translation>Les sélecteurs DKIM de la page d&apos;authentification du domaine du fournisseur, séparés par des virgules ; s1 et s2 de SendGrid sont vérifiés de toute façon</translation>
    </message>
    <message>
        <source>Checking the sender domain</source>
        <translation>Vérification du domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Sender domain result</source>
        <translation>Résultat du domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Sender domain findings</source>
        <translation>Constats sur le domaine de l&apos;expéditeur</translation>
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
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>DNS record to publish</source>
        <translation>Enregistrement DNS à publier</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>Copier l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Copy the record for %1</source>
        <extracomment>%1: the DNS record&apos;s name, e.g. _dmarc.example.com</extracomment>
        <translation>Copier l&apos;enregistrement de %1</translation>
    </message>
    <message>
        <source>Fill in the default sender to check that its domain is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Renseignez l&apos;expéditeur par défaut pour vérifier que son domaine est configuré pour l&apos;envoi (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Press Check sender domain to check that %1 is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Appuyez sur « Vérifier le domaine de l&apos;expéditeur » pour vérifier que %1 est configuré pour l&apos;envoi (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Checking %1 in DNS…</source>
        <translation>Vérification de %1 dans le DNS…</translation>
    </message>
    <message>
        <source>✓ %1 is ready to send.</source>
        <translation>✓ %1 est prêt pour l&apos;envoi.</translation>
    </message>
    <message>
        <source>✗ %1 is not ready to send: publish the records below.</source>
        <translation>✗ %1 n&apos;est pas prêt pour l&apos;envoi : publiez les enregistrements ci-dessous.</translation>
    </message>
    <message>
        <source>⚠ Some lookups for %1 failed; the results below are incomplete.</source>
        <translation>⚠ Certaines requêtes pour %1 ont échoué ; les résultats ci-dessous sont incomplets.</translation>
    </message>
    <message>
        <source>There is no sender address to check: fill in the default sender first.</source>
        <translation>Il n&apos;y a pas d&apos;adresse d&apos;expéditeur à vérifier : renseignez d&apos;abord l&apos;expéditeur par défaut.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Vérification arrêtée.</translation>
    </message>
    <message>
        <source>The check of %1 took too long and was stopped.</source>
        <translation>La vérification de %1 a pris trop de temps et a été arrêtée.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups of the running check</source>
        <translation>Arrête les requêtes DNS de la vérification en cours</translation>
    </message>
    <message>
        <source>Check sender domain</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Vérifier le domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Stop check</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>DKIM selectors:</source>
        <extracomment>A field&apos;s label; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Sélecteurs DKIM :</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ServerDiscoveryBox</name>
    <message>
        <source>&amp;Find my server</source>
        <translation>&amp;Trouver mon serveur</translation>
    </message>
    <message>
        <source>Find the server in DNS</source>
        <translation>Trouver le serveur dans le DNS</translation>
    </message>
    <message>
        <source>Looks up the domain of the address: the provider table, its SRV records, its MX records, then smtp. and mail. verified by connecting</source>
        <translation>Recherche le domaine de l&apos;adresse : la table des fournisseurs, ses enregistrements SRV, ses enregistrements MX, puis smtp. et mail. vérifiés par une connexion</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>Stop looking for the server</source>
        <translation>Arrêter la recherche du serveur</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Recherche du serveur</translation>
    </message>
    <message>
        <source>Server lookup result</source>
        <translation>Résultat de la recherche du serveur</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Serveurs trouvés</translation>
    </message>
    <message>
        <source>Each server with where it came from; choose one to fill in the server, port and TLS mode</source>
        <translation>Chaque serveur avec sa provenance ; choisissez-en un pour remplir le serveur, le port et le mode TLS</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Use the selected server</source>
        <translation>Utiliser le serveur sélectionné</translation>
    </message>
    <message>
        <source>Using %1:%2; the next pages show it and you can still change it.</source>
        <extracomment>%1: the server and port chosen from the list, e.g. &quot;smtp.example.com:465&quot;</extracomment>
        <translation>Utilisation de %1:%2 ; les pages suivantes l&apos;affichent et vous pouvez encore le modifier.</translation>
    </message>
    <message>
        <source>Looking up the server for %1…</source>
        <extracomment>%1: the mail domain</extracomment>
        <translation>Recherche du serveur pour %1…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) for %1. Choose one and press Use this server, or go on and fill in the server yourself.</source>
        <translation>
            <numerusform>%n serveur trouvé pour %1. Choisissez-le et appuyez sur « Utiliser ce serveur », ou continuez et saisissez le serveur vous-même.</numerusform>
            <numerusform>%n serveurs trouvés pour %1. Choisissez-en un et appuyez sur « Utiliser ce serveur », ou continuez et saisissez le serveur vous-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>No server found for %1 in DNS. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Aucun serveur trouvé pour %1 dans le DNS. Choisissez votre fournisseur ci-dessous, ou saisissez le serveur à la page suivante.</translation>
    </message>
    <message>
        <source>Stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Arrêté. Choisissez votre fournisseur ci-dessous, ou saisissez le serveur à la page suivante.</translation>
    </message>
    <message>
        <source>The lookup for %1 took too long and was stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>La recherche pour %1 a pris trop de temps et a été arrêtée. Choisissez votre fournisseur ci-dessous, ou saisissez le serveur à la page suivante.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups and connection attempts of the search</source>
        <translation>Arrête les requêtes DNS et les tentatives de connexion de la recherche</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SettingsForm</name>
    <message>
        <source>Automatic (Use TLS: port 465 implicit, any other STARTTLS required)</source>
        <translation>Automatique (Utiliser TLS : 465 implicite, sinon STARTTLS exigé)</translation>
    </message>
    <message>
        <source>Implicit TLS (from the first byte)</source>
        <translation>TLS implicite (dès le premier octet)</translation>
    </message>
    <message>
        <source>STARTTLS (required, never skipped)</source>
        <translation>STARTTLS (exigé, jamais ignoré)</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Aucun (en clair)</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automatique (le plus fort proposé)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <source>Hint about %1</source>
        <translation>Conseil sur %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form row&apos;s label: the field&apos;s name and a colon</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les réglages avancés</translation>
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
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the text</source>
        <translation>Afficher ou masquer le texte</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>optional: a PEM file with an extra trusted CA</source>
        <translation>facultatif : un fichier PEM avec une autorité de confiance supplémentaire</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>facultatif : AB:CD:… (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <extracomment>Accessible name of the Show / Hide button of a secret field, %1 the field&apos;s label</extracomment>
        <translation>Afficher ou masquer %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button beside a password or key field while its text is shown</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Shows or hides the settings most setups leave as they are</source>
        <translation>Affiche ou masque les réglages que la plupart des configurations laissent tels quels</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the file</source>
        <translation>Ouvre une boîte de dialogue pour choisir le fichier</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SetupWizard</name>
    <message>
        <source>Set up sending</source>
        <translation>Configurer l&apos;envoi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Goes back to the previous page; nothing is saved</source>
        <translation>Revient à la page précédente ; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Goes on to the next page; nothing is saved before Finish</source>
        <translation>Passe à la page suivante ; rien n&apos;est enregistré avant « Terminer »</translation>
    </message>
    <message>
        <source>Closes the wizard without saving anything</source>
        <translation>Ferme l&apos;assistant sans rien enregistrer</translation>
    </message>
    <message>
        <source>Saves the profile: its settings to the profile file, its password to the keychain</source>
        <translation>Enregistre le profil : ses réglages dans le fichier des profils, son mot de passe dans le trousseau</translation>
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
        <translation>Essayez les réglages avant de les enregistrer : connexion, chiffrement, accueil et identification.</translation>
    </message>
    <message>
        <source>Save &amp;without a passing test</source>
        <translation>Enregistrer sans test &amp;réussi</translation>
    </message>
    <message>
        <source>Save without a passing test</source>
        <translation>Enregistrer sans test réussi</translation>
    </message>
    <message>
        <source>Lets you finish even though the test did not pass, e.g. for a server you cannot reach from here</source>
        <translation>Permet de terminer même si le test n&apos;a pas réussi, p. ex. pour un serveur que vous ne pouvez pas joindre d&apos;ici</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TestPanel</name>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
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
        <translation>Identification (AUTH)</translation>
    </message>
    <message>
        <source>Sender accepted (MAIL FROM)</source>
        <translation>Expéditeur accepté (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient accepted (RCPT TO)</source>
        <translation>Destinataire accepté (RCPT TO)</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <source>⚠ passed with a warning</source>
        <translation>⚠ réussi avec un avertissement</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ échec</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– ignoré</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>Sujet : %1
Émetteur : %2
Valide du %3 au %4
Empreinte SHA-256 : %5</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connects, secures the connection, greets and logs in with these settings</source>
        <translation>Se connecte, sécurise la connexion, salue et s&apos;identifie avec ces réglages</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>&amp;Find working settings</source>
        <translation>Trouver des réglages qui &amp;fonctionnent</translation>
    </message>
    <message>
        <source>Find working settings</source>
        <translation>Trouver des réglages qui fonctionnent</translation>
    </message>
    <message>
        <source>Tries ports 587, 465, 2525 and 25 with their TLS modes at once, shows what each did, and applies the best that worked</source>
        <translation>Essaie à la fois les ports 587, 465, 2525 et 25 avec leurs modes TLS, montre le résultat de chacun et applique le meilleur qui a fonctionné</translation>
    </message>
    <message>
        <source>optional: you@example.com</source>
        <translation>facultatif : vous@example.com</translation>
    </message>
    <message>
        <source>Send a test message to</source>
        <translation>Envoyer un message de test à</translation>
    </message>
    <message>
        <source>When filled in, the test also asks whether the server accepts this sender and recipient, and sends a short test message</source>
        <translation>Si ce champ est rempli, le test vérifie aussi que le serveur accepte cet expéditeur et ce destinataire, et envoie un court message de test</translation>
    </message>
    <message>
        <source>Send a test &amp;message to:</source>
        <translation>Envoyer un &amp;message de test à :</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Étapes du test</translation>
    </message>
    <message>
        <source>Each step of the test with its state and the time it took</source>
        <translation>Chaque étape du test avec son état et sa durée</translation>
    </message>
    <message>
        <source>Step, state and time columns</source>
        <translation>Colonnes étape, état et durée</translation>
    </message>
    <message>
        <source>Press Test to try these settings; nothing is saved by a test.</source>
        <translation>Appuyez sur Tester pour essayer ces réglages ; un test n&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tested yet:
%1</source>
        <translation>✗ Ces réglages ne peuvent pas encore être testés :
%1</translation>
    </message>
    <message>
        <source>Testing %1:%2 …</source>
        <translation>Test de %1:%2…</translation>
    </message>
    <message>
        <source>Search cancelled; nothing was changed.</source>
        <translation>Recherche annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tried yet:
%1</source>
        <translation>✗ Ces réglages ne peuvent pas encore être essayés :
%1</translation>
    </message>
    <message>
        <source>Trying the usual ports of %1 …</source>
        <translation>Essai des ports habituels de %1…</translation>
    </message>
    <message>
        <source>✗ None of the usual ports worked; nothing was changed. What each did is listed below.</source>
        <translation>✗ Aucun des ports habituels n&apos;a fonctionné ; rien n&apos;a été modifié. Le résultat de chacun est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>✓ Applied the best that worked: %1. Press Test to confirm, then save.</source>
        <translation>✓ Le meilleur réglage qui a fonctionné a été appliqué : %1. Appuyez sur Tester pour confirmer, puis enregistrez.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms.</source>
        <translation>✓ Test réussi en %1 ms.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms: logged in with %2.</source>
        <translation>✓ Test réussi en %1 ms : identifié avec %2.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Faire confiance à ce certificat ?</translation>
    </message>
    <message>
        <source>The console will accept this server&apos;s certificate from now on, and only this one:

%1</source>
        <translation>La console acceptera désormais le certificat de ce serveur, et uniquement celui-ci :

%1</translation>
    </message>
    <message>
        <source>Fix applied: %1. Press Test to try it.</source>
        <translation>Correction appliquée : %1. Appuyez sur Tester pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>Ann&amp;uler le test</translation>
    </message>
    <message>
        <source>Stops the running test and closes its connection</source>
        <translation>Arrête le test en cours et ferme sa connexion</translation>
    </message>
    <message>
        <source>Show the sender domain check</source>
        <translation>Afficher la vérification du domaine de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Shows or hides the check of the SPF, DKIM, DMARC and MX records of the sender&apos;s domain</source>
        <translation>Affiche ou masque la vérification des enregistrements SPF, DKIM, DMARC et MX du domaine de l&apos;expéditeur</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TranscriptView</name>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column of the transcript: who sent the line (C: the console, S: the server)</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>── TLS from here on: every line below is encrypted ──</source>
        <extracomment>A marker row in the transcript where the connection becomes encrypted</extracomment>
        <translation>── TLS à partir d&apos;ici : chaque ligne ci-dessous est chiffrée ──</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Time of a transcript line since the session started</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sent by the console</source>
        <translation>Envoyé par la console</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Envoyé par le serveur</translation>
    </message>
    <message>
        <source>A note from the console</source>
        <translation>Une note de la console</translation>
    </message>
    <message>
        <source>Transcript columns</source>
        <translation>Colonnes de la transcription</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line: C: sent by the console, S: sent by the server, * a note. Passwords are never shown.</source>
        <translation>La conversation SMTP ligne par ligne : C: envoyé par la console, S: envoyé par le serveur, * une note. Les mots de passe ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Save the transcript to a file</source>
        <translation>Enregistrer la transcription dans un fichier</translation>
    </message>
    <message>
        <source>Save a report bundle for a support request</source>
        <translation>Enregistrer un dossier de rapport pour une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>The diagnosis, the settings without secrets, and the transcript, in one file</source>
        <translation>Le diagnostic, les réglages sans les secrets et la transcription, dans un seul fichier</translation>
    </message>
    <message>
        <source>Available after a diagnosis</source>
        <translation>Disponible après un diagnostic</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Transcription copiée</translation>
    </message>
    <message>
        <source>There is no diagnosis to put in a bundle yet</source>
        <translation>Il n&apos;y a pas encore de diagnostic à mettre dans un dossier</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Transcription enregistrée dans %1</translation>
    </message>
    <message>
        <source>✗ Could not save %1: %2</source>
        <translation>✗ Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Save report bundle</source>
        <translation>Enregistrer le dossier de rapport</translation>
    </message>
    <message>
        <source>Report bundle saved to %1 (no passwords in it)</source>
        <translation>Dossier de rapport enregistré dans %1 (sans aucun mot de passe)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies every line of the transcript to the clipboard; passwords are never in it</source>
        <translation>Copie chaque ligne de la transcription dans le presse-papiers ; elle ne contient jamais de mot de passe</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Enregistrer en texte…</translation>
    </message>
    <message>
        <source>Writes the transcript to a text file you choose; passwords are never in it</source>
        <translation>Écrit la transcription dans un fichier texte de votre choix ; elle ne contient jamais de mot de passe</translation>
    </message>
    <message>
        <source>Save report bundle…</source>
        <translation>Enregistrer le dossier de rapport…</translation>
    </message>
</context>
</TS>
