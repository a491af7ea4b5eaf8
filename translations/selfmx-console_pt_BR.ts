<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>DnsText</name>
    <message>
        <source>DNSSEC-validated</source>
        <translation>validadas por DNSSEC</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>não assinadas</translation>
    </message>
    <message>
        <source>DNSSEC validation FAILED</source>
        <translation>a validação DNSSEC FALHOU</translation>
    </message>
    <message>
        <source>The %1 lookup of %2 failed (%3).</source>
        <translation>A consulta %1 de %2 falhou (%3).</translation>
    </message>
    <message>
        <source>%1 has no SPF record: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 não tem registro SPF: os destinatários não conseguem saber quais servidores podem enviar os e-mails dele.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (RFC 7208 §4.5), so SPF fails everywhere.</source>
        <translation>%1 tem %2 registros SPF; deve haver exatamente um (RFC 7208 §4.5), então o SPF falha em todo lugar.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has invalid terms: %2.</source>
        <translation>O registro SPF de %1 tem termos inválidos: %2.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS lookups; the limit is %3 (RFC 7208 §4.6.4), so SPF fails with a permanent error.</source>
        <translation>O registro SPF de %1 precisa de %2 consultas DNS; o limite é %3 (RFC 7208 §4.6.4), então o SPF falha com um erro permanente.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2: it lets any server send as the domain.</source>
        <translation>O registro SPF de %1 termina em %2: ele permite que qualquer servidor envie em nome do domínio.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (include:%3).</source>
        <translation>O registro SPF de %1 não autoriza %2 (include:%3).</translation>
    </message>
    <message>
        <source>The SPF include %1 of %2 did not resolve (%3).</source>
        <translation>O include SPF %1 de %2 não pôde ser resolvido (%3).</translation>
    </message>
    <message>
        <source>SPF: %1 (%2 of 10 lookups).</source>
        <translation>SPF: %1 (%2 de 10 consultas).</translation>
    </message>
    <message>
        <source>DKIM not checked: this provider&apos;s selector is chosen per domain; give it to check the key.</source>
        <translation>DKIM não verificado: o seletor deste provedor é escolhido por domínio; informe-o para verificar a chave.</translation>
    </message>
    <message>
        <source>No DKIM key at %1 (selector %2).</source>
        <translation>Nenhuma chave DKIM em %1 (seletor %2).</translation>
    </message>
    <message>
        <source>The DKIM record at %1 is not usable (%2).</source>
        <translation>O registro DKIM em %1 não pode ser usado (%2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; receivers ignore or distrust keys under %3 bits.</source>
        <translation>A chave DKIM em %1 tem só %2 bits; os destinatários ignoram chaves com menos de %3 bits ou desconfiam delas.</translation>
    </message>
    <message>
        <source>DKIM selector %1: a %2-bit %3 key.</source>
        <translation>Seletor DKIM %1: uma chave %3 de %2 bits.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record: receivers apply their own policy and send no reports.</source>
        <translation>%1 não tem registro DMARC: os destinatários aplicam a própria política e não enviam relatórios.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is invalid (%2): receivers ignore it.</source>
        <translation>O registro DMARC de %1 é inválido (%2): os destinatários o ignoram.</translation>
    </message>
    <message>
        <source>DMARC of %1 is p=none: monitoring only, failing mail is still delivered.</source>
        <translation>O DMARC de %1 está em p=none: só monitoramento, e-mails reprovados continuam sendo entregues.</translation>
    </message>
    <message>
        <source>DMARC: policy %1, DKIM alignment %2, SPF alignment %3.</source>
        <translation>DMARC: política %1, alinhamento DKIM %2, alinhamento SPF %3.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces to this domain cannot be delivered.</source>
        <translation>%1 não tem registro MX: respostas e avisos de não entrega para este domínio não podem ser entregues.</translation>
    </message>
    <message>
        <source>MX: %1.</source>
        <translation>MX: %1.</translation>
    </message>
    <message>
        <source>No TLSA records for %1 port %2 (no DANE).</source>
        <translation>Nenhum registro TLSA para %1 porta %2 (sem DANE).</translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so DANE cannot use them (RFC 7672 §2.2).</source>
        <translation>%1 tem registros TLSA, mas eles não são assinados com DNSSEC, então o DANE não pode usá-los (RFC 7672 §2.2).</translation>
    </message>
    <message>
        <source>DNSSEC validation of %1 failed: %2.</source>
        <translation>A validação DNSSEC de %1 falhou: %2.</translation>
    </message>
    <message>
        <source>%1 has DNSSEC-signed TLSA records (%2); no certificate was given to match.</source>
        <translation>%1 tem registros TLSA assinados com DNSSEC (%2); nenhum certificado foi informado para comparar.</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches TLSA %2 (DNSSEC-validated).</source>
        <translation>DANE: o certificado de %1 corresponde ao TLSA %2 (validado por DNSSEC).</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches none of its TLSA records (%2); DANE-enforcing senders will not deliver to it.</source>
        <translation>DANE: o certificado de %1 não corresponde a nenhum dos registros TLSA dele (%2); remetentes que aplicam DANE não vão entregar e-mails a ele.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <translation>registro %1 em %2: %3</translation>
    </message>
    <message>
        <source>Publish this %1.</source>
        <translation>Publique este %1.</translation>
    </message>
    <message>
        <source>Replace the %1 SPF records with one %2.</source>
        <translation>Substitua os %1 registros SPF por um único %2.</translation>
    </message>
    <message>
        <source>Change it to this %1.</source>
        <translation>Altere-o para este %1.</translation>
    </message>
    <message>
        <source>Once the reports show your mail passing, enforce it with this %1.</source>
        <translation>Quando os relatórios mostrarem que seus e-mails passam na verificação, aplique a política com este %1.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some with the ip4:/ip6: ranges they stand for, until at most %1 lookups remain.</source>
        <translation>Remova os includes que você não usa mais, ou substitua alguns pelas faixas ip4:/ip6: que eles representam, até restarem no máximo %1 consultas.</translation>
    </message>
    <message>
        <source>Check the spelling of include:%1; an include that does not resolve makes SPF fail.</source>
        <translation>Verifique a grafia de include:%1; um include que não resolve faz o SPF falhar.</translation>
    </message>
    <message>
        <source>Run check-domain again with --dkim-selector SELECTOR (from the provider&apos;s domain authentication page).</source>
        <translation>Execute check-domain de novo com --dkim-selector SELECTOR (da página de autenticação de domínio do provedor).</translation>
    </message>
    <message>
        <source>Enter the DKIM selector from the provider&apos;s domain authentication page.</source>
        <translation>Digite o seletor DKIM da página de autenticação de domínio do provedor.</translation>
    </message>
    <message>
        <source>Publish the DKIM record (TXT, or the CNAME your provider gives) at %1, as shown in the provider&apos;s domain authentication page.</source>
        <translation>Publique o registro DKIM (TXT, ou o CNAME que seu provedor informar) em %1, como mostrado na página de autenticação de domínio do provedor.</translation>
    </message>
    <message>
        <source>Copy the DKIM record at %1 again from the provider: the key must be one base64 value after p=.</source>
        <translation>Copie de novo do provedor o registro DKIM em %1: a chave deve ser um único valor base64 depois de p=.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit DKIM key with the provider and publish it at %1.</source>
        <translation>Crie uma nova chave DKIM de 2048 bits no provedor e publique-a em %1.</translation>
    </message>
    <message>
        <source>Publish an MX record at %1 naming the server that receives mail for the domain.</source>
        <translation>Publique em %1 um registro MX que indique o servidor que recebe os e-mails do domínio.</translation>
    </message>
    <message>
        <source>Publish TLSA records for the certificate the server uses now (e.g. 3 1 1 and the SHA-256 of its public key) at %1, before or together with every certificate change.</source>
        <translation>Publique em %1 registros TLSA para o certificado que o servidor usa agora (p. ex. 3 1 1 e o SHA-256 da chave pública dele), antes de cada troca de certificado ou junto com ela.</translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC and publish its DS record at the parent, or remove the TLSA records.</source>
        <translation>Assine a zona com DNSSEC e publique o registro DS dela na zona pai, ou remova os registros TLSA.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s nameservers (or DNS_SERVER), then run the check again.</source>
        <translation>Verifique os servidores de nomes do domínio (ou DNS_SERVER) e execute a verificação de novo.</translation>
    </message>
    <message>
        <source>the provider table (%1: %2)</source>
        <translation>a tabela de provedores (%1: %2)</translation>
    </message>
    <message>
        <source>SRV record %1</source>
        <translation>o registro SRV %1</translation>
    </message>
    <message>
        <source>MX record %1, a server of %2</source>
        <translation>o registro MX %1, um servidor de %2</translation>
    </message>
    <message>
        <source>a guess (%1), verified by connecting</source>
        <translation>um palpite (%1), verificado ao conectar</translation>
    </message>
    <message>
        <source>a guess (%1), not verified</source>
        <translation>um palpite (%1), não verificado</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sem TLS</translation>
    </message>
    <message>
        <source>%1:%2 %3, from %4</source>
        <translation>%1:%2 %3, de acordo com %4</translation>
    </message>
    <message>
        <source>The SPF record of %3 does not authorise the mail server %1 (%2): receivers will treat its mail as forged.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain</extracomment>
        <translation>O registro SPF de %3 não autoriza o servidor de e-mail %1 (%2): os destinatários tratarão as mensagens dele como falsificadas.</translation>
    </message>
    <message>
        <source>SPF authorises the mail server %1 (%2).</source>
        <translation>O SPF autoriza o servidor de e-mail %1 (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 has no address in DNS, so its SPF authorisation cannot be checked.</source>
        <translation>O servidor de e-mail %1 não tem endereço no DNS, então a autorização SPF dele não pode ser verificada.</translation>
    </message>
    <message>
        <source>No SES Easy DKIM record at %1 (token %2): SES cannot sign for the domain.</source>
        <extracomment>SES: Amazon SES; Easy DKIM: its name for the feature (not translated)</extracomment>
        <translation>Nenhum registro SES Easy DKIM em %1 (token %2): o SES não consegue assinar pelo domínio.</translation>
    </message>
    <message>
        <source>%1 must be a CNAME to %2 for SES Easy DKIM; it is %3.</source>
        <translation>%1 deve ser um CNAME para %2 no SES Easy DKIM; é %3.</translation>
    </message>
    <message>
        <source>%1 points to %2, but SES publishes no key there: the token is not one of this SES identity&apos;s.</source>
        <translation>%1 aponta para %2, mas o SES não publica nenhuma chave lá: o token não é desta identidade do SES.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the bounce (return-path) domain: SPF cannot align with the sender&apos;s domain for DMARC.</source>
        <extracomment>%1: a DNS name such as pm-bounces.example.com, %2: the record type (CNAME, MX)</extracomment>
        <translation>Nenhum registro %2 em %1, o domínio de retorno (return-path): o SPF não consegue se alinhar ao domínio do remetente para o DMARC.</translation>
    </message>
    <message>
        <source>The bounce (return-path) domain %1 points to %2, not to the provider.</source>
        <translation>O domínio de retorno (return-path) %1 aponta para %2, não para o provedor.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain %1 has no SPF record that authorises SES.</source>
        <translation>O domínio MAIL FROM %1 não tem um registro SPF que autorize o SES.</translation>
    </message>
    <message>
        <source>Bounce (return-path) domain %1: %2.</source>
        <translation>Domínio de retorno (return-path) %1: %2.</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without TLS (optional, RFC 8461).</source>
        <extracomment>MTA-STS: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 não publica nenhuma política MTA-STS: os remetentes podem entregar a ele sem TLS (opcional, RFC 8461).</translation>
    </message>
    <message>
        <source>The MTA-STS record at %1 is invalid (%2): senders ignore the policy.</source>
        <translation>O registro MTA-STS em %1 é inválido (%2): os remetentes ignoram a política.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched (HTTP %2, %3): senders ignore the policy.</source>
        <extracomment>%1: the policy&apos;s URL; %2: the HTTP status (0 when there was no answer); %3: the network&apos;s own words</extracomment>
        <translation>Não foi possível obter a política MTA-STS %1 (HTTP %2, %3): os remetentes ignoram a política.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is invalid (%2): senders ignore it.</source>
        <translation>A política MTA-STS %1 é inválida (%2): os remetentes a ignoram.</translation>
    </message>
    <message>
        <source>MTA-STS: id %1, mode %2, mx %3, max_age %4 s.</source>
        <translation>MTA-STS: id %1, mode %2, mx %3, max_age %4 s.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (mode %1) does not name the MX host %2 (it names %3): senders that enforce it will not deliver there.</source>
        <translation>A política MTA-STS (mode %1) não nomeia o host MX %2 (ela nomeia %3): os remetentes que a aplicam não entregarão lá.</translation>
    </message>
    <message>
        <source>%1 has no TLS-RPT record: nobody reports failed TLS deliveries to it (optional, RFC 8460).</source>
        <extracomment>TLS-RPT: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 não tem registro TLS-RPT: ninguém informa a ele as entregas TLS que falharam (opcional, RFC 8460).</translation>
    </message>
    <message>
        <source>The TLS-RPT record at %1 is invalid (%2).</source>
        <translation>O registro TLS-RPT em %1 é inválido (%2).</translation>
    </message>
    <message>
        <source>TLS-RPT: reports go to %1.</source>
        <translation>TLS-RPT: os relatórios vão para %1.</translation>
    </message>
    <message>
        <source>To receive reports of failed TLS deliveries, publish this %1.</source>
        <translation>Para receber relatórios de entregas TLS que falharam, publique este %1.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 over HTTPS with a certificate valid for its name, or remove the _mta-sts record.</source>
        <translation>Sirva a política em %1 por HTTPS com um certificado válido para o nome dela, ou remova o registro _mta-sts.</translation>
    </message>
    <message>
        <source>Correct the policy at %1: it needs version: STSv1, mode (enforce, testing or none), max_age (at most 31557600) and an mx line for each MX host.</source>
        <extracomment>Keep version: STSv1, mode, enforce, testing, none, max_age and mx as they are (the policy&apos;s keywords).</extracomment>
        <translation>Corrija a política em %1: ela precisa de version: STSv1, mode (enforce, testing ou none), max_age (no máximo 31557600) e uma linha mx para cada host MX.</translation>
    </message>
    <message>
        <source>Add an mx line for %1 to the policy at %2, then publish a new id in the _mta-sts record.</source>
        <translation>Adicione uma linha mx para %1 à política em %2 e depois publique um novo id no registro _mta-sts.</translation>
    </message>
    <message>
        <source>Add %1: change it to this %2.</source>
        <extracomment>%1: the SPF terms added, e.g. ip4:192.0.2.25; %2: the record to publish</extracomment>
        <translation>Adicione %1: altere-o para este %2.</translation>
    </message>
    <message>
        <source>Check the SMTP server&apos;s host name, or publish its A/AAAA records.</source>
        <translation>Verifique o nome do host do servidor SMTP ou publique os registros A/AAAA dele.</translation>
    </message>
    <message>
        <source>Publish this %1 (and the other two tokens&apos; records from the SES console).</source>
        <extracomment>%1: a DNS record such as &quot;CNAME record at TOKEN._domainkey.example.com: TOKEN.dkim.amazonses.com&quot;</extracomment>
        <translation>Publique este %1 (e os registros dos outros dois tokens, a partir do console do SES).</translation>
    </message>
    <message>
        <source>Copy the three DKIM tokens again from the SES console for this domain (and region) and publish their CNAME records.</source>
        <translation>Copie novamente os três tokens DKIM do console do SES para este domínio (e região) e publique os registros CNAME deles.</translation>
    </message>
    <message>
        <source>Publish the %1 record at %2 that the provider&apos;s domain page shows (its target ends in %3).</source>
        <extracomment>%1: the record type, %2: a DNS name; %3: the end of the target, e.g. .sendgrid.net</extracomment>
        <translation>Publique em %2 o registro %1 que a página do domínio do provedor mostra (o destino dele termina em %3).</translation>
    </message>
    <message>
        <source>%1 has only PKIX-TA/PKIX-EE TLSA records (%2), which SMTP senders do not use (RFC 7672 §3.1.3).</source>
        <extracomment>PKIX-TA and PKIX-EE are TLSA certificate usages (0 and 1); keep them as they are.</extracomment>
        <translation>%1 tem apenas registros TLSA PKIX-TA/PKIX-EE (%2), que remetentes SMTP não usam (RFC 7672 §3.1.3).</translation>
    </message>
    <message>
        <source>Publish DANE-EE (3 1 1) or DANE-TA (2 1 1) records at %1 instead.</source>
        <extracomment>DANE-EE and DANE-TA are TLSA certificate usages (3 and 2); keep them as they are.</extracomment>
        <translation>Publique registros DANE-EE (3 1 1) ou DANE-TA (2 1 1) em %1 no lugar deles.</translation>
    </message>
    <message>
        <source>Could not evaluate whether the SPF record of %3 authorises the mail server %1 (%2): the term %4 was not evaluated.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain, %4: an SPF term such as exists:%{i}.example.com</extracomment>
        <translation>Não foi possível avaliar se o registro SPF de %3 autoriza o servidor de e-mail %1 (%2): o termo %4 não foi avaliado.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the provider&apos;s tracking host: links and open tracking in the mail will not work (sending is not affected).</source>
        <extracomment>%1: a DNS name such as email.example.com, %2: the record type (CNAME)</extracomment>
        <translation>Nenhum registro %2 em %1, o host de rastreamento do provedor: os links e o rastreamento de aberturas nos e-mails não funcionarão (o envio não é afetado).</translation>
    </message>
    <message>
        <source>The tracking host %1 points to %2, not to the provider.</source>
        <translation>O host de rastreamento %1 aponta para %2, não para o provedor.</translation>
    </message>
    <message>
        <source>Tracking host %1: %2.</source>
        <translation>Host de rastreamento %1: %2.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 as Content-Type text/plain (it came as &quot;%2&quot;).</source>
        <extracomment>%1: the policy&apos;s URL, %2: the Content-Type it was served with (may be empty)</extracomment>
        <translation>Sirva a política em %1 com Content-Type text/plain (ela veio como &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox that shows the SPF result, or authorise the server&apos;s addresses before %1 with ip4:/ip6: terms.</source>
        <extracomment>%1: an SPF term, e.g. exists:%{i}.example.com</extracomment>
        <translation>Envie uma mensagem de teste para uma caixa de correio que mostre o resultado do SPF, ou autorize os endereços do servidor antes de %1 com termos ip4:/ip6:.</translation>
    </message>
    <message>
        <source>The record at %1 could not be checked: %2.</source>
        <translation>Não foi possível verificar o registro em %1: %2.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3&apos;s libcrypto (on Debian the package libssl3), then run the check again.</source>
        <translation>Instale a libcrypto do OpenSSL 3 (no Debian, o pacote libssl3) e execute a verificação de novo.</translation>
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
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 is required; set it to your SMTP server&apos;s name</source>
        <translation>%1 é obrigatório; informe o nome do seu servidor SMTP</translation>
    </message>
    <message>
        <source>the host name %1 does not resolve; check %2 for typos</source>
        <translation>o nome de host %1 não pôde ser resolvido; verifique se há erros de digitação em %2</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port, or a firewall rejects it; check %2 and %3, or try 587, 465 or 2525</source>
        <translation>%1 recusou a conexão: nada escuta nessa porta, ou um firewall a rejeita; verifique %2 e %3, ou tente 587, 465 ou 2525</translation>
    </message>
    <message>
        <source>no TCP connection to %1 within %2 s: the port is filtered (typical of blocked port 25) or the host is down; try another port or network</source>
        <translation>nenhuma conexão TCP com %1 em %2 s: a porta está filtrada (típico da porta 25 bloqueada) ou o host está fora do ar; tente outra porta ou outra rede</translation>
    </message>
    <message>
        <source>network error talking to %1</source>
        <translation>erro de rede ao falar com %1</translation>
    </message>
    <message>
        <source>connected, but %1 sent no greeting within %2 s; if this port expects implicit TLS (usually 465), set %3</source>
        <translation>conectado, mas %1 não enviou nenhuma saudação em %2 s; se esta porta espera TLS implícito (geralmente 465), defina %3</translation>
    </message>
    <message>
        <source>the server does not accept a session from us</source>
        <translation>o servidor não aceita uma sessão nossa</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not 220</source>
        <translation>a saudação do servidor não é 220</translation>
    </message>
    <message>
        <source>the server refused %1</source>
        <translation>o servidor recusou %1</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read from &quot;%2&quot;; give the path of the CA certificate in PEM format</source>
        <translation>%1: nenhum certificado PEM pôde ser lido de “%2”; informe o caminho do certificado da CA em formato PEM</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, and TLS is required, so nothing was sent in plaintext; use the server&apos;s TLS port (%2 or %3), or %4 only for a trusted local server</source>
        <translation>%1 não oferece STARTTLS, e TLS é obrigatório, então nada foi enviado em texto puro; use a porta TLS do servidor (%2 ou %3), ou %4 somente para um servidor local confiável</translation>
    </message>
    <message>
        <source>the server refused STARTTLS</source>
        <translation>o servidor recusou STARTTLS</translation>
    </message>
    <message>
        <source>the server sent data after its STARTTLS reply, before TLS began</source>
        <translation>o servidor enviou dados depois da resposta ao STARTTLS, antes de o TLS começar</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>a negociação TLS com %1 falhou</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2); trust its CA with %3, or connect by the name in the certificate</source>
        <translation>o certificado de %1 não pôde ser verificado (%2); confie na CA dele com %3, ou conecte-se pelo nome que consta no certificado</translation>
    </message>
    <message>
        <source>refusing to send the password to %1 without TLS; enable TLS (%2), or set %3 if you accept the risk</source>
        <translation>a senha não será enviada a %1 sem TLS; ative o TLS (%2), ou defina %3 se você aceita o risco</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH; leave %2 empty if it needs no login</source>
        <translation>%1 não oferece AUTH; deixe %2 vazio se ele não exige login</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH without TLS; enable TLS (%2)</source>
        <translation>%1 não oferece AUTH sem TLS; ative o TLS (%2)</translation>
    </message>
    <message>
        <source>the server offers only AUTH %1, none of which the console supports (PLAIN, LOGIN, CRAM-MD5)</source>
        <translation>o servidor oferece apenas AUTH %1, e o console não suporta nenhum deles (PLAIN, LOGIN, CRAM-MD5)</translation>
    </message>
    <message>
        <source>%1 is not offered; the server offers %2</source>
        <translation>%1 não é oferecido; o servidor oferece %2</translation>
    </message>
    <message>
        <source>the server rejected the user name or password (%1 / %2)</source>
        <translation>o servidor rejeitou o nome de usuário ou a senha (%1 / %2)</translation>
    </message>
    <message>
        <source>the server wants a different sign-in: an app-specific password, or a login through its web page first</source>
        <translation>o servidor quer outro tipo de login: uma senha de app, ou primeiro um login pela página web dele</translation>
    </message>
    <message>
        <source>the server requires another step (usually TLS) before AUTH</source>
        <translation>o servidor exige mais uma etapa (geralmente TLS) antes do AUTH</translation>
    </message>
    <message>
        <source>the server requires encryption for this AUTH mechanism</source>
        <translation>o servidor exige criptografia para este mecanismo AUTH</translation>
    </message>
    <message>
        <source>the server does not support AUTH %1 after all; force another with %2</source>
        <translation>afinal o servidor não suporta AUTH %1; force outro com %2</translation>
    </message>
    <message>
        <source>temporary authentication failure on the server; try again later</source>
        <translation>falha temporária de autenticação no servidor; tente novamente mais tarde</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>a autenticação falhou</translation>
    </message>
    <message>
        <source>the server asked for more AUTH %1 steps than the mechanism has</source>
        <translation>o servidor pediu mais etapas de AUTH %1 do que o mecanismo tem</translation>
    </message>
    <message>
        <source>the server refused the sender address</source>
        <translation>o servidor recusou o endereço do remetente</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains a space, a line break or angle brackets</source>
        <translation>o endereço “%1” contém um espaço, uma quebra de linha ou sinais de menor/maior</translation>
    </message>
    <message>
        <source>an address has non-ASCII characters, which needs SMTPUTF8 (RFC 6531), and %1 does not offer it; use an ASCII address</source>
        <translation>um endereço tem caracteres não ASCII, o que exige SMTPUTF8 (RFC 6531), e %1 não o oferece; use um endereço ASCII</translation>
    </message>
    <message>
        <source>the message has 8-bit content and %1 does not offer 8BITMIME; encode it as quoted-printable or base64</source>
        <translation>a mensagem tem conteúdo de 8 bits e %1 não oferece 8BITMIME; codifique-a como quoted-printable ou base64</translation>
    </message>
    <message>
        <source>the message is %1 bytes and %2 accepts at most %3 bytes (SIZE)</source>
        <translation>a mensagem tem %1 bytes e %2 aceita no máximo %3 bytes (SIZE)</translation>
    </message>
    <message>
        <source>the message cannot be built: %1</source>
        <translation>a mensagem não pode ser montada: %1</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>a mensagem não tem destinatários</translation>
    </message>
    <message>
        <source>the server refused every recipient</source>
        <translation>o servidor recusou todos os destinatários</translation>
    </message>
    <message>
        <source>the server refused DATA</source>
        <translation>o servidor recusou DATA</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>o servidor recusou a mensagem</translation>
    </message>
    <message>
        <source>the message content cannot be read</source>
        <translation>o conteúdo da mensagem não pode ser lido</translation>
    </message>
    <message>
        <source>reading the message failed after %1 bytes: %2</source>
        <translation>a leitura da mensagem falhou depois de %1 bytes: %2</translation>
    </message>
    <message>
        <source>the message was cancelled during DATA</source>
        <translation>a mensagem foi cancelada durante o DATA</translation>
    </message>
    <message>
        <source>unexpected reply to QUIT</source>
        <translation>resposta inesperada ao QUIT</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 s (%3) while in state %4</source>
        <translation>nenhuma resposta de %1 em %2 s (%3) no estado %4</translation>
    </message>
    <message>
        <source>the server closed the connection (while in state %1)</source>
        <translation>o servidor fechou a conexão (no estado %1)</translation>
    </message>
    <message>
        <source>the server broke the SMTP protocol</source>
        <translation>o servidor violou o protocolo SMTP</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>o servidor enviou uma resposta que ninguém pediu</translation>
    </message>
    <message>
        <source>the server is closing the connection (service not available)</source>
        <translation>o servidor está fechando a conexão (serviço indisponível)</translation>
    </message>
    <message>
        <source>the server refused RSET</source>
        <translation>o servidor recusou RSET</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the session is closing; the message was not sent</source>
        <translation>a sessão está sendo encerrada; a mensagem não foi enviada</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>falhou (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation> O servidor disse: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>the certificate of %1 is not the one pinned in %2 (it presented SHA-256 %3); if the server&apos;s certificate was renewed, check the new one and pin it, otherwise someone may be intercepting the connection</source>
        <extracomment>%1 the server, %2 the pin setting, %3 the SHA-256 fingerprint the server presented</extracomment>
        <translation>o certificado de %1 não é o fixado em %2 (apresentou SHA-256 %3); se o certificado do servidor foi renovado, verifique o novo e fixe-o; caso contrário, alguém pode estar interceptando a conexão</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>“Apply fix” sets %1.</source>
        <translation>“Aplicar correção” define %1.</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Nenhuma (texto puro)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply fix: %1</source>
        <translation>Aplicar correção: %1</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>o servidor disse: %1</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid %3 to %4, names [%5], SHA-256 %6</source>
        <translation>certificado “%1” emitido por “%2”, válido de %3 a %4, nomes [%5], SHA-256 %6</translation>
    </message>
    <message>
        <source>Trust it explicitly: save the server&apos;s CA (or, for a self-signed server, its certificate) as PEM and set %1 to that file, or pin exactly this certificate: set %2. Turning verification off (%3) is a last resort for development only.</source>
        <translation>Confie nele explicitamente: salve a CA do servidor (ou, para um servidor autoassinado, o certificado dele) como PEM e defina %1 com esse arquivo, ou fixe exatamente este certificado: defina %2. Desligar a verificação (%3) é um último recurso, só para desenvolvimento.</translation>
    </message>
    <message>
        <source>SendGrid: %1 is the literal word apikey, and %2 an API key (it starts with SG.).</source>
        <translation>SendGrid: %1 é literalmente a palavra apikey, e %2 uma chave de API (começa com SG.).</translation>
    </message>
    <message>
        <source>Mailgun: %1 is the domain&apos;s SMTP login (postmaster@your-domain); EU domains send through smtp.eu.mailgun.org.</source>
        <translation>Mailgun: %1 é o login SMTP do domínio (postmaster@seu-dominio); domínios da UE enviam por smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Amazon SES: use the SMTP credentials created for region %1 (the password has 44 characters), not IAM access keys; they work only in their own region.</source>
        <translation>Amazon SES: use as credenciais SMTP criadas para a região %1 (a senha tem 44 caracteres), não chaves de acesso do IAM; elas só funcionam na própria região.</translation>
    </message>
    <message>
        <source>of the endpoint</source>
        <translation>do endpoint</translation>
    </message>
    <message>
        <source>Postmark: with a Server API token, %1 and %2 are both the token.</source>
        <translation>Postmark: com um token de Server API, %1 e %2 são ambos o token.</translation>
    </message>
    <message>
        <source>Gmail: %1 is the full address and %2 an app password (needs 2-Step Verification), not the account password.</source>
        <translation>Gmail: %1 é o endereço completo e %2 uma senha de app (exige a verificação em duas etapas), não a senha da conta.</translation>
    </message>
    <message>
        <source>Microsoft 365: %1 is the mailbox&apos;s full address, and Authenticated SMTP must be enabled for that mailbox in the admin center (security defaults turn it off).</source>
        <translation>Microsoft 365: %1 é o endereço completo da caixa de correio, e o Authenticated SMTP precisa estar ativado para essa caixa no centro de administração (os padrões de segurança o desativam).</translation>
    </message>
    <message>
        <source>Outlook.com: %1 is the full address; Microsoft is moving Outlook.com to OAuth sign-in, so a password may be refused even when it is right.</source>
        <translation>Outlook.com: %1 é o endereço completo; a Microsoft está migrando o Outlook.com para login OAuth, então uma senha pode ser recusada mesmo estando certa.</translation>
    </message>
    <message>
        <source>Postfix: check its SASL configuration and the user&apos;s entry in the SASL database.</source>
        <translation>Postfix: verifique a configuração SASL dele e a entrada do usuário no banco de dados SASL.</translation>
    </message>
    <message>
        <source>Provider hint: %1</source>
        <translation>Dica do provedor: %1</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve</source>
        <translation>O nome de host %1 não pôde ser resolvido</translation>
    </message>
    <message>
        <source>no answer from DNS within %1 s</source>
        <translation>nenhuma resposta do DNS em %1 s</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net); check this machine&apos;s DNS with `getent hosts %2`.</source>
        <translation>Verifique se há erros de digitação em %1 (o nome documentado pelo provedor, p. ex. smtp.sendgrid.net); verifique o DNS desta máquina com `getent hosts %2`.</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net) and this machine&apos;s DNS settings.</source>
        <translation>Verifique se há erros de digitação em %1 (o nome documentado pelo provedor, p. ex. smtp.sendgrid.net) e as configurações de DNS desta máquina.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nenhuma resposta em %1 s</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 recusou a conexão</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 there, or a firewall rejects it. Verify %2 and %3; try the provider&apos;s other ports (587 STARTTLS, 465 implicit TLS, 2525).</source>
        <translation>Nada escuta na porta %1 ali, ou um firewall a rejeita. Confira %2 e %3; tente as outras portas do provedor (587 STARTTLS, 465 TLS implícito, 2525).</translation>
    </message>
    <message>
        <source>`selfmx-console discover %1` tries them all.</source>
        <translation>`selfmx-console discover %1` testa todas elas.</translation>
    </message>
    <message>
        <source>No answer from %1: the connection attempt timed out</source>
        <translation>Nenhuma resposta de %1: a tentativa de conexão expirou</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked by most ISPs and cloud providers (packets are dropped). Use the submission port 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>A porta 25 de saída é bloqueada pela maioria dos provedores de internet e de nuvem (os pacotes são descartados). Use a porta de envio 587 com STARTTLS, ou 465 com TLS implícito.</translation>
    </message>
    <message>
        <source>A firewall drops the packets, or the host is down. Check firewall rules for outbound connections to port %1; try 587, 465 or 2525.</source>
        <translation>Um firewall descarta os pacotes, ou o host está fora do ar. Verifique as regras de firewall para conexões de saída à porta %1; tente 587, 465 ou 2525.</translation>
    </message>
    <message>
        <source>%1 is unreachable from this machine</source>
        <translation>%1 está inacessível a partir desta máquina</translation>
    </message>
    <message>
        <source>This machine has no route to that network (no IPv6, a VPN, or no network at all). Check the network connection and routes.</source>
        <translation>Esta máquina não tem rota para essa rede (sem IPv6, uma VPN ou nenhuma rede). Verifique a conexão de rede e as rotas.</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Não foi possível conectar a %1</translation>
    </message>
    <message>
        <source>Verify %1 and %2, and that outbound connections to port %3 are allowed.</source>
        <translation>Confira %1 e %2, e se as conexões de saída à porta %3 são permitidas.</translation>
    </message>
    <message>
        <source>%1 works, %2 does not</source>
        <translation>%1 funciona, %2 não</translation>
    </message>
    <message>
        <source>Clients that try %1 first wait for it to fail before falling back. Fix %1 routing or firewalling, or remove the server&apos;s %2 record.</source>
        <translation>Clientes que tentam %1 primeiro esperam a falha antes de recorrer à alternativa. Corrija o roteamento ou o firewall de %1, ou remova o registro %2 do servidor.</translation>
    </message>
    <message>
        <source>Port 25 is in use</source>
        <translation>A porta 25 está em uso</translation>
    </message>
    <message>
        <source>Port 25 is for server-to-server relay and is often blocked or throttled for clients; use the submission port 587 (STARTTLS) or 465 (implicit TLS).</source>
        <translation>A porta 25 é para retransmissão entre servidores e costuma ser bloqueada ou limitada para clientes; use a porta de envio 587 (STARTTLS) ou 465 (TLS implícito).</translation>
    </message>
    <message>
        <source>Connected, but %1 sent no greeting within %2 s</source>
        <translation>Conectado, mas %1 não enviou nenhuma saudação em %2 s</translation>
    </message>
    <message>
        <source>Check that %1 is the server&apos;s SMTP port. A server that expects implicit TLS (usually 465) waits silently: set %2 there. A heavily loaded or tarpitting server may greet late: raise %3.</source>
        <translation>Verifique se %1 é a porta SMTP do servidor. Um servidor que espera TLS implícito (geralmente 465) aguarda em silêncio: defina %2 nele. Um servidor muito carregado ou que atrasa de propósito (tarpit) pode saudar tarde: aumente %3.</translation>
    </message>
    <message>
        <source>Port %1 speaks implicit TLS, but the settings wait for a plaintext greeting</source>
        <translation>A porta %1 fala TLS implícito, mas as configurações esperam uma saudação em texto puro</translation>
    </message>
    <message>
        <source>no greeting within %1 s, while a TLS handshake on the same port got a certificate</source>
        <translation>nenhuma saudação em %1 s, enquanto uma negociação TLS na mesma porta obteve um certificado</translation>
    </message>
    <message>
        <source>Set %1 for this port (%2 with port 465 does it by itself), or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Defina %1 para esta porta (%2 com a porta 465 faz isso sozinho), ou use a porta STARTTLS do servidor, geralmente 587.</translation>
    </message>
    <message>
        <source>Set %1 for this port, or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Defina %1 para esta porta, ou use a porta STARTTLS do servidor, geralmente 587.</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client (%1 greeting)</source>
        <translation>O servidor se recusa a falar com este cliente (saudação %1)</translation>
    </message>
    <message>
        <source>The server&apos;s access rules, a blocklist entry for this machine&apos;s IP address, or a connection limit turned the session away. Ask the server&apos;s operator or provider; try from another network.</source>
        <translation>As regras de acesso do servidor, uma entrada de lista de bloqueio para o endereço IP desta máquina ou um limite de conexões recusaram a sessão. Pergunte ao operador do servidor ou ao provedor; tente a partir de outra rede.</translation>
    </message>
    <message>
        <source>Port %1 does not speak SMTP</source>
        <translation>A porta %1 não fala SMTP</translation>
    </message>
    <message>
        <source>%1 points at another service; use the server&apos;s SMTP port (587, 465, 25 or 2525).</source>
        <translation>%1 aponta para outro serviço; use a porta SMTP do servidor (587, 465, 25 ou 2525).</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting</source>
        <translation>O servidor fechou a conexão antes da saudação</translation>
    </message>
    <message>
        <source>The server drops this client (access rules, rate limits, or a TLS-only port); check the server&apos;s logs or try another port.</source>
        <translation>O servidor recusa este cliente (regras de acesso, limites de taxa ou uma porta só TLS); verifique os logs do servidor ou tente outra porta.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and TLS is required</source>
        <translation>O servidor não oferece STARTTLS, e TLS é obrigatório</translation>
    </message>
    <message>
        <source>EHLO reply: %1</source>
        <translation>Resposta ao EHLO: %1</translation>
    </message>
    <message>
        <source>Nothing was sent in plaintext. Use the server&apos;s implicit-TLS port (465, or set %1) or its STARTTLS port (587). Only for a trusted local server: set %2.</source>
        <translation>Nada foi enviado em texto puro. Use a porta de TLS implícito do servidor (465, ou defina %1) ou a porta STARTTLS dele (587). Somente para um servidor local confiável: defina %2.</translation>
    </message>
    <message>
        <source>Port %1 greets in plaintext, but the settings start TLS at once (implicit TLS)</source>
        <translation>A porta %1 saúda em texto puro, mas as configurações iniciam TLS logo de cara (TLS implícito)</translation>
    </message>
    <message>
        <source>the server said first: %1; the TLS library: %2</source>
        <translation>o servidor disse primeiro: %1; a biblioteca TLS: %2</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: %1 (with %2, any port but 465 does this), or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Use STARTTLS nesta porta: %1 (com %2, qualquer porta exceto a 465 faz isso), ou conecte-se à porta de TLS implícito do servidor, geralmente 465.</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: set %1, or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Use STARTTLS nesta porta: defina %1, ou conecte-se à porta de TLS implícito do servidor, geralmente 465.</translation>
    </message>
    <message>
        <source>No TLS handshake with %1 within %2 s</source>
        <translation>Nenhuma negociação TLS com %1 em %2 s</translation>
    </message>
    <message>
        <source>The port accepts connections but does not answer TLS. Check %1 and the TLS mode (465: implicit; 587: STARTTLS).</source>
        <translation>A porta aceita conexões mas não responde ao TLS. Verifique %1 e o modo TLS (465: implícito; 587: STARTTLS).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>A negociação TLS com %1 falhou</translation>
    </message>
    <message>
        <source>The server and this machine share no TLS version or cipher, or the server closed the connection. Check the server&apos;s TLS configuration (TLS 1.2 or newer).</source>
        <translation>O servidor e esta máquina não têm nenhuma versão de TLS ou cifra em comum, ou o servidor fechou a conexão. Verifique a configuração TLS do servidor (TLS 1.2 ou mais recente).</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 não pode ser usado</translation>
    </message>
    <message>
        <source>Point %1 at a readable PEM file with the CA certificate.</source>
        <translation>Aponte %1 para um arquivo PEM legível com o certificado da CA.</translation>
    </message>
    <message>
        <source>Data arrived after the STARTTLS reply, before TLS began</source>
        <translation>Chegaram dados depois da resposta ao STARTTLS, antes de o TLS começar</translation>
    </message>
    <message>
        <source>Something between you and the server injects data (a broken proxy or an attack). Use implicit TLS (465) or another network.</source>
        <translation>Algo entre você e o servidor está injetando dados (um proxy com defeito ou um ataque). Use TLS implícito (465) ou outra rede.</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>O STARTTLS falhou</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but did not start it; check the server&apos;s TLS certificate and key configuration.</source>
        <translation>O servidor ofereceu STARTTLS mas não o iniciou; verifique a configuração do certificado e da chave TLS no servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>O certificado do servidor é autoassinado</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here</source>
        <translation>O emissor do certificado não é confiável aqui</translation>
    </message>
    <message>
        <source>If the server uses a private CA, set %1 to that CA&apos;s certificate (PEM). If it uses a public CA, the server probably does not send its intermediate certificates: fix the chain on the server. Or pin the certificate: set %2.</source>
        <translation>Se o servidor usa uma CA privada, defina %1 com o certificado dessa CA (PEM). Se usa uma CA pública, o servidor provavelmente não envia os certificados intermediários: corrija a cadeia no servidor. Ou fixe o certificado: defina %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation>O certificado do servidor expirou em %1</translation>
    </message>
    <message>
        <source>Renew the certificate on the server (e.g. `certbot renew`) and reload the mail server; also check this machine&apos;s clock.</source>
        <translation>Renove o certificado no servidor (p. ex. `certbot renew`) e recarregue o servidor de e-mail; verifique também o relógio desta máquina.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1</source>
        <translation>O certificado do servidor não é válido antes de %1</translation>
    </message>
    <message>
        <source>Check the clocks of this machine and of the server (NTP); a freshly issued certificate may also have been installed too early.</source>
        <translation>Verifique os relógios desta máquina e do servidor (NTP); um certificado recém-emitido também pode ter sido instalado cedo demais.</translation>
    </message>
    <message>
        <source>The certificate is not for %1</source>
        <translation>O certificado não é para %1</translation>
    </message>
    <message>
        <source>Connect by the name the certificate was issued for, or get a certificate that includes %1.</source>
        <translation>Conecte-se pelo nome para o qual o certificado foi emitido, ou obtenha um certificado que inclua %1.</translation>
    </message>
    <message>
        <source>Set %1 to a name in the certificate (%2), or get a certificate that includes %3.</source>
        <translation>Defina %1 com um nome do certificado (%2), ou obtenha um certificado que inclua %3.</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <translation>O certificado não pôde ser verificado: %1</translation>
    </message>
    <message>
        <source>Certificate verification is off</source>
        <translation>A verificação do certificado está desligada</translation>
    </message>
    <message>
        <source>The certificate verifies: set %1.</source>
        <translation>O certificado pode ser verificado: defina %1.</translation>
    </message>
    <message>
        <source>Certificate verification is off, and the certificate does not verify</source>
        <translation>A verificação do certificado está desligada, e o certificado não pode ser verificado</translation>
    </message>
    <message>
        <source>Anyone on the path can impersonate the server and read the password. Trust the CA with %1 or pin the certificate with %2, then set %3.</source>
        <translation>Qualquer pessoa no caminho pode se passar pelo servidor e ler a senha. Confie na CA com %1 ou fixe o certificado com %2, e então defina %3.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation>
            <numerusform>O certificado do servidor expira em %n dia</numerusform>
            <numerusform>O certificado do servidor expira em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>não depois de %1</translation>
    </message>
    <message>
        <source>Renew it now (e.g. `certbot renew`) and reload the mail server.</source>
        <translation>Renove-o agora (p. ex. `certbot renew`) e recarregue o servidor de e-mail.</translation>
    </message>
    <message>
        <source>TLS is off: mail and credentials travel unencrypted</source>
        <translation>O TLS está desligado: e-mails e credenciais trafegam sem criptografia</translation>
    </message>
    <message>
        <source>The server offers STARTTLS: set %1.</source>
        <translation>O servidor oferece STARTTLS: defina %1.</translation>
    </message>
    <message>
        <source>Use a port with TLS (587 STARTTLS or 465).</source>
        <translation>Use uma porta com TLS (587 STARTTLS ou 465).</translation>
    </message>
    <message>
        <source>The pinned certificate was accepted</source>
        <translation>O certificado fixado foi aceito</translation>
    </message>
    <message>
        <source>Nothing to change now; when the server&apos;s certificate is renewed, pin the new one in %1.</source>
        <translation>Nada a mudar agora; quando o certificado do servidor for renovado, fixe o novo em %1.</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO</source>
        <translation>O servidor recusou EHLO e HELO</translation>
    </message>
    <message>
        <source>Some servers require a fully qualified EHLO name: set %1 to this machine&apos;s public host name.</source>
        <translation>Alguns servidores exigem um nome EHLO totalmente qualificado: defina %1 com o nome de host público desta máquina.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS</source>
        <translation>O servidor oferece AUTH antes do TLS</translation>
    </message>
    <message>
        <source>EHLO before STARTTLS: %1</source>
        <translation>EHLO antes do STARTTLS: %1</translation>
    </message>
    <message>
        <source>The console never sends the password before TLS, but clients that do not insist on STARTTLS will. On the server, offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>O console nunca envia a senha antes do TLS, mas clientes que não insistem no STARTTLS enviam. No servidor, ofereça AUTH só depois do TLS (Postfix: smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>The server rejected the user name or password</source>
        <translation>O servidor rejeitou o nome de usuário ou a senha</translation>
    </message>
    <message>
        <source>Double-check %1 and %2 (no stray spaces or line breaks). Some providers need an app-specific password or SMTP access enabled for the account.</source>
        <translation>Confira com cuidado %1 e %2 (sem espaços ou quebras de linha sobrando). Alguns provedores exigem uma senha de app ou o acesso SMTP ativado na conta.</translation>
    </message>
    <message>
        <source>The provider wants you to sign in through its web page first</source>
        <translation>O provedor quer que você faça login primeiro pela página web dele</translation>
    </message>
    <message>
        <source>The provider requires an app-specific password (or a stronger sign-in)</source>
        <translation>O provedor exige uma senha de app (ou um login mais forte)</translation>
    </message>
    <message>
        <source>Create an app password in the account&apos;s security settings and use it as %1; if the server said 5.7.14, sign in once in a browser from this network, then retry.</source>
        <translation>Crie uma senha de app nas configurações de segurança da conta e use-a como %1; se o servidor disse 5.7.14, faça login uma vez em um navegador a partir desta rede e tente novamente.</translation>
    </message>
    <message>
        <source>The server requires TLS before AUTH</source>
        <translation>O servidor exige TLS antes do AUTH</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (STARTTLS on 587, implicit on 465).</source>
        <translation>Ative o TLS: defina %1 (STARTTLS na 587, implícito na 465).</translation>
    </message>
    <message>
        <source>Temporary authentication failure on the server</source>
        <translation>Falha temporária de autenticação no servidor</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it persists, the server&apos;s authentication backend is down or misconfigured (for Postfix: its SASL configuration); tell its operator.</source>
        <translation>Tente novamente em alguns minutos. Se persistir, o sistema de autenticação do servidor está fora do ar ou mal configurado (no Postfix: a configuração SASL); avise o operador dele.</translation>
    </message>
    <message>
        <source>The console refused to send the password without TLS</source>
        <translation>O console se recusou a enviar a senha sem TLS</translation>
    </message>
    <message>
        <source>Enable TLS (set %1). Only if you accept the risk: set %2.</source>
        <translation>Ative o TLS (defina %1). Somente se você aceitar o risco: defina %2.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after TLS</source>
        <translation>O servidor oferece AUTH só depois do TLS</translation>
    </message>
    <message>
        <source>EHLO without TLS: %1</source>
        <translation>EHLO sem TLS: %1</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (the server offers %2).</source>
        <translation>Ative o TLS: defina %1 (o servidor oferece %2).</translation>
    </message>
    <message>
        <source>no STARTTLS here; try port 465</source>
        <translation>sem STARTTLS aqui; tente a porta 465</translation>
    </message>
    <message>
        <source>The server does not offer AUTH at all</source>
        <translation>O servidor não oferece AUTH de forma alguma</translation>
    </message>
    <message>
        <source>EHLO: %1</source>
        <translation>EHLO: %1</translation>
    </message>
    <message>
        <source>This port does not take logins: it may relay by IP address (leave %1 empty) or be a server-to-server port (use the submission port 587).</source>
        <translation>Esta porta não aceita login: ela pode retransmitir pelo endereço IP (deixe %1 vazio) ou ser uma porta entre servidores (use a porta de envio 587).</translation>
    </message>
    <message>
        <source>No AUTH mechanism in common with the server</source>
        <translation>Nenhum mecanismo AUTH em comum com o servidor</translation>
    </message>
    <message>
        <source>The console speaks PLAIN, LOGIN and CRAM-MD5; leave %1 at auto or pick one the server offers (%2).</source>
        <translation>O console fala PLAIN, LOGIN e CRAM-MD5; deixe %1 em auto ou escolha um que o servidor ofereça (%2).</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>A autenticação falhou</translation>
    </message>
    <message>
        <source>Check %1 and %2.</source>
        <translation>Confira %1 e %2.</translation>
    </message>
    <message>
        <source>The server refuses %1 as sender</source>
        <translation>O servidor recusa %1 como remetente</translation>
    </message>
    <message>
        <source>This account may not send as this address: use a sender (or domain) verified with the provider, or the address you log in with.</source>
        <translation>Esta conta não pode enviar como este endereço: use um remetente (ou domínio) verificado no provedor, ou o endereço com que você faz login.</translation>
    </message>
    <message>
        <source>Check the sender address and that its domain exists (has MX or A records).</source>
        <translation>Confira o endereço do remetente e se o domínio dele existe (tem registros MX ou A).</translation>
    </message>
    <message>
        <source>The server refuses recipient %1</source>
        <translation>O servidor recusa o destinatário %1</translation>
    </message>
    <message>
        <source>The mailbox does not exist there: check the address for typos.</source>
        <translation>A caixa de correio não existe lá: verifique se há erros de digitação no endereço.</translation>
    </message>
    <message>
        <source>The server will not take mail for this recipient from you: relaying needs a login (set %1 and %2), or its access rules forbid this recipient.</source>
        <translation>O servidor não aceita e-mail seu para este destinatário: a retransmissão exige login (defina %1 e %2), ou as regras de acesso dele proíbem este destinatário.</translation>
    </message>
    <message>
        <source>A temporary refusal (greylisting, a full mailbox, rate limits): retry later.</source>
        <translation>Uma recusa temporária (greylisting, caixa cheia, limites de taxa): tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>See the server&apos;s words; the recipient may be misspelled or the server may not accept it.</source>
        <translation>Veja as palavras do servidor; talvez o destinatário esteja escrito errado ou o servidor não o aceite.</translation>
    </message>
    <message>
        <source>The server refused the test message</source>
        <translation>O servidor recusou a mensagem de teste</translation>
    </message>
    <message>
        <source>Content or size policy refused it; see the server&apos;s words.</source>
        <translation>Uma política de conteúdo ou de tamanho a recusou; veja as palavras do servidor.</translation>
    </message>
    <message>
        <source>The test message was accepted</source>
        <translation>A mensagem de teste foi aceita</translation>
    </message>
    <message>
        <source>Nothing to change: look for the message at %1.</source>
        <translation>Nada a mudar: procure a mensagem em %1.</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>O servidor encerrou a sessão</translation>
    </message>
    <message>
        <source>The server closed the connection (shutting down, or a limit was hit); retry later.</source>
        <translation>O servidor fechou a conexão (desligando, ou um limite foi atingido); tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The diagnosis was stopped at the %1 stage</source>
        <translation>O diagnóstico foi interrompido na etapa %1</translation>
    </message>
    <message>
        <source>Run it again; raise %1 if the server is slow.</source>
        <translation>Execute-o novamente; aumente %1 se o servidor estiver lento.</translation>
    </message>
    <message>
        <source>The server stopped answering during %1</source>
        <translation>O servidor parou de responder durante %1</translation>
    </message>
    <message>
        <source>Raise %1 if the server is slow; otherwise check its logs.</source>
        <translation>Aumente %1 se o servidor estiver lento; caso contrário, verifique os logs dele.</translation>
    </message>
    <message>
        <source>The %1 stage failed</source>
        <translation>A etapa %1 falhou</translation>
    </message>
    <message>
        <source>See the server&apos;s words in the evidence.</source>
        <translation>Veja as palavras do servidor nas evidências.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the pinned one</source>
        <translation>O certificado do servidor não é o fixado</translation>
    </message>
    <message>
        <source>presented SHA-256 %1, pinned %2</source>
        <extracomment>%1 the fingerprint the server presented, %2 the pinned one</extracomment>
        <translation>apresentado SHA-256 %1, fixado %2</translation>
    </message>
    <message>
        <source>Nothing was sent. If the server&apos;s certificate was renewed, check the new one (its issuer and dates) and pin it in %1; if not, someone may be intercepting the connection.</source>
        <translation>Nada foi enviado. Se o certificado do servidor foi renovado, verifique o novo (emissor e datas) e fixe-o em %1; caso contrário, alguém pode estar interceptando a conexão.</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service, or pass the password through SMTP_PASS for this run</source>
        <translation>nenhum chaveiro disponível: o console guarda senhas somente no chaveiro do sistema (Secret Service), e nenhum está acessível nesta sessão. Inicie o gnome-keyring ou o Secret Service do KeePassXC, ou passe a senha em SMTP_PASS para esta execução</translation>
    </message>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service</source>
        <translation>nenhum chaveiro disponível: o console guarda senhas somente no chaveiro do sistema (Secret Service), e nenhum está acessível nesta sessão. Inicie o gnome-keyring ou o Secret Service do KeePassXC</translation>
    </message>
    <message>
        <source>the keychain is locked and was not unlocked; unlock it (e.g. log in to the desktop session) and retry</source>
        <translation>o chaveiro está bloqueado e não foi desbloqueado; desbloqueie-o (p. ex. entrando na sessão da área de trabalho) e tente novamente</translation>
    </message>
    <message>
        <source>the keychain refused access to selfmx-console (%1)</source>
        <translation>o chaveiro negou acesso ao selfmx-console (%1)</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; set one with &apos;profile edit NAME --ask-password&apos;</source>
        <translation>nenhuma senha está guardada no chaveiro para este perfil; defina uma com &apos;profile edit NAME --ask-password&apos;</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; type it in the Password field and save</source>
        <translation>nenhuma senha está guardada no chaveiro para este perfil; digite-a no campo Senha e salve</translation>
    </message>
    <message>
        <source>this installation of selfmx-console is incomplete: its keychain module (selfmx-keychain) is missing; reinstall the package (%1)</source>
        <extracomment>%1: the dynamic loader&apos;s words, naming the files it looked for.</extracomment>
        <translation>esta instalação do selfmx-console está incompleta: o módulo de chaveiro (selfmx-keychain) está faltando; reinstale o pacote (%1)</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session, or pass the password through SMTP_PASS for this run</source>
        <extracomment>%1: the keychain&apos;s own words</extracomment>
        <translation>o chaveiro falhou: %1. Verifique se um Secret Service (gnome-keyring, KeePassXC) está em execução e desbloqueado nesta sessão, ou passe a senha em SMTP_PASS nesta execução</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session</source>
        <translation>o chaveiro falhou: %1. Verifique se um Secret Service (gnome-keyring, KeePassXC) está em execução e desbloqueado nesta sessão</translation>
    </message>
</context>
<context>
    <name>MimeText</name>
    <message>
        <source>the address is empty</source>
        <translation>o endereço está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is an email address (or a name and address) as the user wrote it</extracomment>
        <translation>“%1” contém uma quebra de linha (injeção de cabeçalhos é recusada)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form name@domain</source>
        <extracomment>%1 is an email address as the user wrote it; &quot;name@domain&quot; shows the expected form</extracomment>
        <translation>“%1” não tem a forma nome@dominio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a local part longer than 64 octets (RFC 5321 §4.5.3.1.1)</source>
        <extracomment>%1 is an email address; the local part is what comes before the @</extracomment>
        <translation>“%1” tem uma parte local com mais de 64 octetos (RFC 5321 §4.5.3.1.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 254 octets</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>“%1” tem mais de 254 octetos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid quoted local part</source>
        <extracomment>%1 is an email address; the local part is what comes before the @, here in double quotes</extracomment>
        <translation>“%1” tem uma parte local entre aspas inválida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced dot in the local part</source>
        <extracomment>%1 is an email address; a dot at the start or end of the part before the @, or two dots in a row</extracomment>
        <translation>“%1” tem um ponto fora do lugar na parte local</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the character &apos;%2&apos; in the local part, which needs quoting</source>
        <extracomment>%1 is an email address, %2 a single character of it (e.g. a comma or a space)</extracomment>
        <translation>“%1” tem na parte local o caractere “%2”, que precisa estar entre aspas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid (internationalised) host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>“%1” tem um domínio que não é um nome de host (internacionalizado) válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>“%1” tem um domínio que não é um nome de host válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has text after the closing &apos;&gt;&apos;</source>
        <extracomment>%1 is a name and email address such as Jane &lt;jane@example.com&gt;</extracomment>
        <translation>“%1” tem texto depois do “&gt;” de fechamento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quoted display name</source>
        <extracomment>%1 is a name and email address such as &quot;Doe, Jane&quot; &lt;jane@example.com&gt;</extracomment>
        <translation>“%1” tem um nome de exibição com aspas não fechadas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quote</source>
        <extracomment>%1 is a list of email addresses as the user wrote it</extracomment>
        <translation>“%1” tem aspas não fechadas</translation>
    </message>
    <message>
        <source>the display name &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name shown with an email address, e.g. Jane Doe</extracomment>
        <translation>o nome de exibição “%1” contém uma quebra de linha (injeção de cabeçalhos é recusada)</translation>
    </message>
    <message>
        <source>a sender address is required</source>
        <translation>é obrigatório um endereço de remetente</translation>
    </message>
    <message>
        <source>at least one recipient is required (to, cc or bcc)</source>
        <extracomment>to, cc and bcc are the recipient fields&apos; names; keep them as they are</extracomment>
        <translation>é obrigatório pelo menos um destinatário (to, cc ou bcc)</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name of an email header, e.g. X-Campaign</extracomment>
        <translation>o cabeçalho “%1” contém uma quebra de linha (injeção de cabeçalhos é recusada)</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has a line break in its name, content type or content id (header injection is refused)</source>
        <extracomment>%1 is an attachment&apos;s file name</extracomment>
        <translation>o anexo “%1” tem uma quebra de linha no nome, no tipo de conteúdo ou no identificador de conteúdo (injeção de cabeçalhos é recusada)</translation>
    </message>
    <message>
        <source>the subject contains a line break (header injection is refused)</source>
        <translation>o assunto contém uma quebra de linha (injeção de cabeçalhos é recusada)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use printable ASCII without spaces or &apos;:&apos;</source>
        <extracomment>%1 is what the user gave as the name of an email header</extracomment>
        <translation>“%1” não é um nome de cabeçalho válido: use ASCII imprimível sem espaços nem “:”</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is set from the message itself; use the matching option instead</source>
        <extracomment>%1 is the name of an email header, e.g. Subject or From</extracomment>
        <translation>o cabeçalho “%1” é definido a partir da própria mensagem; use a opção correspondente</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content type &quot;%2&quot;, which is not of the form type/subtype</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 a MIME content type such as text/plain</extracomment>
        <translation>o anexo “%1” tem o tipo de conteúdo “%2”, que não tem a forma tipo/subtipo</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content id &quot;%2&quot;, which is not valid: use ASCII letters, digits and . - _ @ (RFC 2392)</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 its content id (the NAME in &lt;img src=&quot;cid:NAME&quot;&gt;)</extracomment>
        <translation>o anexo “%1” tem o identificador de conteúdo “%2”, que não é válido: use letras ASCII, dígitos e . - _ @ (RFC 2392)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or directory); save it to a file first</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>%1 não é um arquivo comum (é um dispositivo, um pipe ou um diretório); salve o conteúdo em um arquivo primeiro</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason (e.g. &quot;No such file or directory&quot;)</extracomment>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 changed size while it was being sent; send the message again</source>
        <extracomment>%1 is the path of a file attached to the message</extracomment>
        <translation>o tamanho de %1 mudou enquanto era enviado; envie a mensagem novamente</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Self-hosted (Postfix)</source>
        <translation>Servidor próprio (Postfix)</translation>
    </message>
    <message>
        <source>Other server</source>
        <extracomment>A provider choice: any SMTP server not in the list</extracomment>
        <translation>Outro servidor</translation>
    </message>
    <message>
        <source>Use the user name and password your mail server&apos;s administrator gave you.</source>
        <translation>Use o nome de usuário e a senha que o administrador do seu servidor de e-mail forneceu.</translation>
    </message>
    <message>
        <source>postmaster@your-domain</source>
        <translation>postmaster@seu-dominio</translation>
    </message>
    <message>
        <source>SMTP user name (starts with AKIA)</source>
        <translation>Nome de usuário SMTP (começa com AKIA)</translation>
    </message>
    <message>
        <source>Server API token</source>
        <translation>Token de Server API</translation>
    </message>
    <message>
        <source>you@gmail.com</source>
        <translation>voce@gmail.com</translation>
    </message>
    <message>
        <source>you@your-company.com</source>
        <translation>voce@sua-empresa.com.br</translation>
    </message>
    <message>
        <source>you@outlook.com</source>
        <translation>voce@outlook.com</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>Picked %1, because the address is at %2.</source>
        <extracomment>%1 is a provider (&quot;Gmail / Google Workspace&quot;), %2 the domain that matched (&quot;gmail.com&quot;)</extracomment>
        <translation>%1 escolhido, porque o endereço é de %2.</translation>
    </message>
    <message>
        <source>%1 is not a domain the console knows: pick your provider from the list, or &quot;Other server&quot;.</source>
        <translation>%1 não é um domínio que o console conhece: escolha seu provedor na lista, ou “Outro servidor”.</translation>
    </message>
    <message>
        <source>Where %2 issues them: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <extracomment>%1 is a link&apos;s address, %2 the provider&apos;s name</extracomment>
        <translation>Onde %2 as emite: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>EU (smtp.eu.mailgun.org)</source>
        <translation>UE (smtp.eu.mailgun.org)</translation>
    </message>
    <message>
        <source>US (smtp.mailgun.org)</source>
        <translation>EUA (smtp.mailgun.org)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Mostra a ajuda, incluindo as opções específicas do Qt.</translation>
    </message>
</context>
<context>
    <name>RelayText</name>
    <message>
        <source>relay listening on http://%1:%2</source>
        <translation>relay escutando em http://%1:%2</translation>
    </message>
    <message>
        <source>The relay listens on %1, which other machines can reach: anyone with the API key can send mail through this profile.</source>
        <translation>O relay escuta em %1, que outras máquinas podem alcançar: qualquer pessoa com a chave de API pode enviar e-mails por este perfil.</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; clients send it as &quot;Authorization: Bearer KEY&quot;:</source>
        <translation>uma nova chave de API foi criada para o perfil “%1” e guardada no chaveiro; os clientes a enviam como &quot;Authorization: Bearer KEY&quot;:</translation>
    </message>
    <message>
        <source>The relay needs an API key. Make one with &quot;New key&quot;.</source>
        <translation>O relay precisa de uma chave de API. Crie uma com “Nova chave”.</translation>
    </message>
    <message>
        <source>HOST=%1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine</source>
        <translation>HOST=%1 não é um endereço IP; use 127.0.0.1, ::1 ou um endereço desta máquina</translation>
    </message>
    <message>
        <source>The listening address %1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine.</source>
        <translation>O endereço de escuta %1 não é um endereço IP; use 127.0.0.1, ::1 ou um endereço desta máquina.</translation>
    </message>
    <message>
        <source>another relay (process %1) already delivers from this queue; stop it first, or give this one its own --queue</source>
        <translation>outro relay (processo %1) já entrega a partir desta fila; pare-o primeiro, ou dê a este uma --queue própria</translation>
    </message>
    <message>
        <source>Another relay (process %1) already delivers from this profile&apos;s queue. Stop it first.</source>
        <translation>Outro relay (processo %1) já entrega a partir da fila deste perfil. Pare-o primeiro.</translation>
    </message>
    <message>
        <source>There is no message %1 in the queue.</source>
        <translation>Não há nenhuma mensagem %1 na fila.</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a failed, canceled or queued message can be retried.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>A mensagem %1 está %2: só uma mensagem com falha, cancelada ou na fila pode ser tentada de novo.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a queued or scheduled message can be canceled.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>A mensagem %1 está %2: só uma mensagem na fila ou agendada pode ser cancelada.</translation>
    </message>
    <message>
        <source>message %1 queued again; the relay sends it within a few seconds</source>
        <translation>mensagem %1 colocada na fila de novo; o relay a envia em alguns segundos</translation>
    </message>
    <message>
        <source>message %1 canceled; it will not be sent</source>
        <translation>mensagem %1 cancelada; ela não será enviada</translation>
    </message>
    <message>
        <source>relay: running (process %1)</source>
        <translation>relay: em execução (processo %1)</translation>
    </message>
    <message>
        <source>relay: not running</source>
        <translation>relay: parado</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>fila: %1</translation>
    </message>
    <message>
        <source>stopping: no new requests; finishing the SMTP transactions in progress</source>
        <translation>parando: nenhuma requisição nova; concluindo as transações SMTP em andamento</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>relay parado</translation>
    </message>
    <message>
        <source>HOST=%1 is not a loopback address: other machines can reach the relay; anyone with the API key can send mail through this profile</source>
        <translation>HOST=%1 não é um endereço de loopback: outras máquinas podem alcançar o relay; qualquer pessoa com a chave de API pode enviar e-mails por este perfil</translation>
    </message>
    <message>
        <source>the relay needs an API key: set API_KEY, or name a profile with --profile (its key is made and kept in the keychain)</source>
        <translation>o relay precisa de uma chave de API: defina API_KEY, ou indique um perfil com --profile (a chave dele é criada e guardada no chaveiro)</translation>
    </message>
    <message>
        <source>%1 port %2 is already in use (another program listens there): stop that program, or set PORT to a free port (or HOST to another address)</source>
        <extracomment>%1: an IP address, %2: a port number</extracomment>
        <translation>a porta %2 em %1 já está em uso (outro programa escuta nela): encerre esse programa, ou defina PORT como uma porta livre (ou HOST como outro endereço)</translation>
    </message>
    <message>
        <source>Port %2 on %1 is already in use by another program. Stop that program, or choose another relay port for this profile.</source>
        <translation>A porta %2 em %1 já está em uso por outro programa. Encerre esse programa, ou escolha outra porta do relay para este perfil.</translation>
    </message>
    <message>
        <source>HOST=%1 is not an address of this machine (or its network is not up yet); use 127.0.0.1, ::1 or one of this machine&apos;s addresses</source>
        <translation>HOST=%1 não é um endereço desta máquina (ou a rede dela ainda não está ativa); use 127.0.0.1, ::1 ou um dos endereços desta máquina</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine (or its network is not up yet). Use 127.0.0.1, ::1 or one of this machine&apos;s addresses.</source>
        <translation>%1 não é um endereço desta máquina (ou a rede dela ainda não está ativa). Use 127.0.0.1, ::1 ou um dos endereços desta máquina.</translation>
    </message>
    <message>
        <source>port %1 is below 1024, which only privileged programs may listen on; set PORT to 1024 or more</source>
        <translation>a porta %1 é menor que 1024, onde só programas com privilégios podem escutar; defina PORT como 1024 ou mais</translation>
    </message>
    <message>
        <source>Port %1 is below 1024, which only privileged programs may listen on. Choose a relay port of 1024 or more.</source>
        <translation>A porta %1 é menor que 1024, onde só programas com privilégios podem escutar. Escolha uma porta do relay de 1024 ou mais.</translation>
    </message>
    <message>
        <source>the relay cannot start: %1</source>
        <translation>o relay não pode iniciar: %1</translation>
    </message>
    <message>
        <source>there is no message %1 in the queue</source>
        <translation>não há nenhuma mensagem %1 na fila</translation>
    </message>
    <message>
        <source>message %1 is %2: only a failed, canceled or queued message can be retried</source>
        <translation>a mensagem %1 está %2: só uma mensagem com falha, cancelada ou na fila pode ser tentada de novo</translation>
    </message>
    <message>
        <source>message %1 is %2: only a queued or scheduled message can be canceled</source>
        <translation>a mensagem %1 está %2: só uma mensagem na fila ou agendada pode ser cancelada</translation>
    </message>
    <message>
        <source>it was written by an earlier version and a relay is using it; restart that relay (it moves the queue to this version&apos;s layout when it starts), then try again</source>
        <translation>ela foi gravada por uma versão anterior e um relay a está usando; reinicie esse relay (ao iniciar, ele converte a fila para o formato desta versão) e tente de novo</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Diagnosing … %1</source>
        <translation>Diagnosticando… %1</translation>
    </message>
    <message>
        <source>Diagnosing … %1: passed</source>
        <translation>Diagnosticando… %1: aprovado</translation>
    </message>
    <message>
        <source>Diagnosing … %1: passed with a warning</source>
        <translation>Diagnosticando… %1: aprovado com um aviso</translation>
    </message>
    <message>
        <source>Diagnosing … %1: failed</source>
        <translation>Diagnosticando… %1: falhou</translation>
    </message>
    <message>
        <source>Diagnosing … %1: skipped</source>
        <translation>Diagnosticando… %1: ignorado</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obrigatório</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sem TLS</translation>
    </message>
    <message>
        <source>no AUTH</source>
        <translation>sem AUTH</translation>
    </message>
    <message>
        <source>(HELO only)</source>
        <translation>(só HELO)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>não alcançado</translation>
    </message>
    <message>
        <source>no answer from DNS within the timeout</source>
        <translation>nenhuma resposta do DNS dentro do tempo limite</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 em %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nenhuma resposta em %1 s</translation>
    </message>
    <message>
        <source>off (%1)</source>
        <translation>desligado (%1)</translation>
    </message>
    <message>
        <source>%1 %2, %3%4</source>
        <translation>%1 %2, %3%4</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificado verificado</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>certificado NÃO verificado</translation>
    </message>
    <message>
        <source> (%1, expires %2)</source>
        <translation> (%1, expira em %2)</translation>
    </message>
    <message>
        <source>before TLS: %1 | after TLS: %2</source>
        <translation>antes do TLS: %1 | depois do TLS: %2</translation>
    </message>
    <message>
        <source>no %1: no login</source>
        <translation>sem %1: sem login</translation>
    </message>
    <message>
        <source>%1 as %2: refused</source>
        <translation>%1 como %2: recusado</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>not probed (--probe-sender)</source>
        <translation>não testado (--probe-sender)</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>não testado</translation>
    </message>
    <message>
        <source>not probed (--probe-recipient)</source>
        <translation>não testado (--probe-recipient)</translation>
    </message>
    <message>
        <source>no test message (--test-send)</source>
        <translation>sem mensagem de teste (--test-send)</translation>
    </message>
    <message>
        <source>no test message</source>
        <translation>sem mensagem de teste</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>texto puro</translation>
    </message>
    <message>
        <source>%1 %2: ✗ %3</source>
        <translation>%1 %2: ✗ %3</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, logged in (%3 ms)</source>
        <extracomment>discover&apos;s line for a port that works: port, TLS mode, milliseconds</extracomment>
        <translation>%1 %2: ✓ certificado NÃO verificado, login feito (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ logged in (%3 ms)</source>
        <translation>%1 %2: ✓ login feito (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, connected (%3 ms)</source>
        <translation>%1 %2: ✓ certificado NÃO verificado, conectado (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ connected (%3 ms)</source>
        <translation>%1 %2: ✓ conectado (%3 ms)</translation>
    </message>
    <message>
        <source>Diagnosis of %1:%2 (%3, verification %4, timeout %5 s)</source>
        <translation>Diagnóstico de %1:%2 (%3, verificação %4, tempo limite %5 s)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>DESLIGADA</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidência: %1</translation>
    </message>
    <message>
        <source>fix:      %1</source>
        <translation>correção:  %1</translation>
    </message>
    <message>
        <source>Result: working (%1 ms)</source>
        <translation>Resultado: funciona (%1 ms)</translation>
    </message>
    <message>
        <source>Result: fails at %1 (%2 ms)</source>
        <translation>Resultado: falha em %1 (%2 ms)</translation>
    </message>
    <message>
        <source>SelfMX Console diagnosis report</source>
        <translation>Relatório de diagnóstico do SelfMX Console</translation>
    </message>
    <message>
        <source>console %1, Qt %2, %3, %4</source>
        <translation>console %1, Qt %2, %3, %4</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciado em %1</translation>
    </message>
    <message>
        <source>Settings (secrets masked)</source>
        <translation>Configurações (segredos mascarados)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadeia de certificados</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>emissor %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>válido de %1 a %2</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>nomes %1</translation>
    </message>
    <message>
        <source>Transcript (AUTH redacted)</source>
        <translation>Transcrição (AUTH ocultado)</translation>
    </message>
    <message>
        <source>certificate accepted by its pin</source>
        <translation>certificado aceito pelo seu pin</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>sem saudação</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>sem sessão TLS</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>connect: refused the connection (nothing listens on this port, or a firewall rejects it)</source>
        <translation>connect: conexão recusada (nada escuta nesta porta, ou um firewall a rejeita)</translation>
    </message>
    <message>
        <source>connect: no TCP connection within %1 s (the port is filtered, or the host is down)</source>
        <translation>connect: nenhuma conexão TCP em %1 s (a porta está filtrada, ou o host está fora do ar)</translation>
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
        <translation>é obrigatório; informe o nome do seu servidor SMTP, p. ex. smtp.example.com</translation>
    </message>
    <message>
        <source>is required; give the profile a name such as &quot;production&quot;</source>
        <translation>é obrigatório; dê ao perfil um nome como “producao”</translation>
    </message>
    <message>
        <source>%1 is not a host name; use this machine&apos;s fully qualified name</source>
        <translation>%1 não é um nome de host; use o nome totalmente qualificado desta máquina</translation>
    </message>
    <message>
        <source>%1 is not a host name or IP address; use a name such as smtp.example.com</source>
        <translation>%1 não é um nome de host nem um endereço IP; use um nome como smtp.example.com</translation>
    </message>
    <message>
        <source>%1 is not a port; use a number from %2 to %3 (587 STARTTLS, 465 implicit TLS, 25, 2525)</source>
        <translation>%1 não é uma porta; use um número de %2 a %3 (587 STARTTLS, 465 TLS implícito, 25, 2525)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3 (default %4)</source>
        <translation>%1 está fora do intervalo de %2 a %3; use um número inteiro de %2 a %3 (padrão %4)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3</source>
        <translation>%1 está fora do intervalo de %2 a %3; use um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>%1 is not a boolean; use true or false</source>
        <translation>%1 não é um booleano; use true ou false</translation>
    </message>
    <message>
        <source>%1 is not a timeout; use a number of seconds greater than 0 (at least 0.001) and at most %2 (default %3)</source>
        <translation>%1 não é um tempo limite; use um número de segundos maior que 0 (no mínimo 0.001) e no máximo %2 (padrão %3)</translation>
    </message>
    <message>
        <source>%1 is not supported; use auto, PLAIN, LOGIN or CRAM-MD5</source>
        <translation>%1 não é suportado; use auto, PLAIN, LOGIN ou CRAM-MD5</translation>
    </message>
    <message>
        <source>%1 is not one of the accepted values; use %2</source>
        <translation>%1 não é um dos valores aceitos; use %2</translation>
    </message>
    <message>
        <source>%1 is not a TLS mode; use implicit, starttls or none</source>
        <translation>%1 não é um modo TLS; use implicit, starttls ou none</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed), as `openssl x509 -noout -fingerprint -sha256` prints it</source>
        <translation>%1 não é uma impressão digital SHA-256; use 64 dígitos hexadecimais (dois-pontos são permitidos), como `openssl x509 -noout -fingerprint -sha256` os imprime</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed)</source>
        <translation>%1 não é uma impressão digital SHA-256; use 64 dígitos hexadecimais (dois-pontos são permitidos)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address; write name@domain</source>
        <translation>%1 não é um endereço de e-mail; escreva nome@dominio</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer SMTP_TLS_CA_FILE to trust a self-signed server</source>
        <translation>a verificação do certificado está desligada: qualquer pessoa no caminho pode ler a senha. Prefira SMTP_TLS_CA_FILE para confiar em um servidor autoassinado</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer a trusted CA file or a pinned certificate</source>
        <translation>a verificação do certificado está desligada: qualquer pessoa no caminho pode ler a senha. Prefira um arquivo de CA confiável ou um certificado fixado</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a loopback server or with SMTP_ALLOW_PLAINTEXT_AUTH=true</source>
        <translation>o TLS está desligado: a senha trafegaria em texto puro; o console só a envia para um servidor de loopback ou com SMTP_ALLOW_PLAINTEXT_AUTH=true</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a server on this machine unless you allow login without TLS</source>
        <translation>o TLS está desligado: a senha trafegaria em texto puro; o console só a envia para um servidor nesta máquina, a menos que você permita login sem TLS</translation>
    </message>
    <message>
        <source>the relay listens on %1, not only on this machine: other machines can send mail through your account</source>
        <translation>o relay escuta em %1, não só nesta máquina: outras máquinas podem enviar e-mails pela sua conta</translation>
    </message>
    <message>
        <source>overrides SMTP_TLS=%1</source>
        <translation>substitui SMTP_TLS=%1</translation>
    </message>
    <message>
        <source>may not contain line breaks or &apos;/&apos;</source>
        <translation>não pode conter quebras de linha nem &apos;/&apos;</translation>
    </message>
    <message>
        <source>%1 is not an SES region; use one of %2</source>
        <translation>%1 não é uma região do SES; use uma de %2</translation>
    </message>
    <message>
        <source>a profile named %1 exists; pick another name</source>
        <translation>já existe um perfil chamado %1; escolha outro nome</translation>
    </message>
    <message>
        <source>no profile %1</source>
        <translation>nenhum perfil %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
    <message>
        <source>line %1: expected KEY=value, got &quot;%2&quot;</source>
        <translation>linha %1: esperava-se KEY=valor, veio “%2”</translation>
    </message>
    <message>
        <source>line %1: %2 has an unterminated %3 quote</source>
        <translation>linha %1: %2 tem uma aspa %3 sem fechamento</translation>
    </message>
    <message>
        <source>line %1: %2 has text after its closing quote; only a comment (after a space) may follow</source>
        <translation>linha %1: %2 tem texto depois da aspa de fechamento; só pode vir um comentário (depois de um espaço)</translation>
    </message>
    <message>
        <source>line %1: %2 uses $: Docker Compose would expand it as a variable and the console does not; write $$ for a literal $, or put the value in single quotes</source>
        <translation>linha %1: %2 usa $: o Docker Compose o expandiria como variável e o console não; escreva $$ para um $ literal, ou coloque o valor entre aspas simples</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown</source>
        <translation>
            <numerusform>… e mais %n problema não mostrado</numerusform>
            <numerusform>… e mais %n problemas não mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 serves SMTP on ports %2, not %3</source>
        <translation>%1 atende SMTP nas portas %2, não na %3</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; set SMTP_TLS_MODE=implicit</source>
        <translation>a porta %1 de %2 espera TLS implícito; defina SMTP_TLS_MODE=implicit</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; choose &quot;implicit&quot; as the TLS mode</source>
        <translation>a porta %1 de %2 espera TLS implícito; escolha “implícito” como modo TLS</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey, not %1</source>
        <translation>o nome de usuário do SendGrid é literalmente a palavra apikey, não %1</translation>
    </message>
    <message>
        <source>SendGrid API keys start with SG.; this looks like an account password</source>
        <translation>chaves de API do SendGrid começam com SG.; isto parece a senha de uma conta</translation>
    </message>
    <message>
        <source>with a Postmark Server API token, user name and password are the same token; they differ only for an SMTP Token (access key + secret key)</source>
        <translation>com um token de Server API do Postmark, nome de usuário e senha são o mesmo token; eles só diferem para um token SMTP (chave de acesso + chave secreta)</translation>
    </message>
    <message>
        <source>a 40-character secret with an AKIA… user looks like an IAM access key; SES needs SMTP credentials generated for region %1 (their password is 44 characters)</source>
        <translation>um segredo de 40 caracteres com um usuário AKIA… parece uma chave de acesso do IAM; o SES precisa de credenciais SMTP geradas para a região %1 (a senha delas tem 44 caracteres)</translation>
    </message>
    <message>
        <source>SES SMTP credentials work only in their own region: expected %1</source>
        <translation>credenciais SMTP do SES só funcionam na própria região: esperava-se %1</translation>
    </message>
    <message>
        <source>Amazon SES refuses unencrypted connections</source>
        <translation>O Amazon SES recusa conexões sem criptografia</translation>
    </message>
    <message>
        <source>Mailgun SMTP logins look like postmaster@your-domain; %1 has no domain</source>
        <translation>logins SMTP do Mailgun têm o formato postmaster@seu-dominio; %1 não tem domínio</translation>
    </message>
    <message>
        <source>EU Mailgun domains send through %1</source>
        <translation>domínios do Mailgun na UE enviam por %1</translation>
    </message>
    <message>
        <source>%1 logs in with the mailbox&apos;s full address (name@domain), not %2</source>
        <translation>%1 faz login com o endereço completo da caixa de correio (nome@dominio), não com %2</translation>
    </message>
    <message>
        <source>port 25 is often blocked by ISPs and clouds; prefer 587</source>
        <translation>a porta 25 costuma ser bloqueada por provedores de internet e de nuvem; prefira a 587</translation>
    </message>
    <message>
        <source>invalid value (%1)</source>
        <extracomment>An unknown problem code, shown as is</extracomment>
        <translation>valor inválido (%1)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;: </source>
        <translation>%1, perfil “%2”: </translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 não é uma configuração que o console conheça (veja a lista de variáveis SMTP_* no README)</translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows; did you mean %2?</source>
        <translation>%1 não é uma configuração que o console conheça; você quis dizer %2?</translation>
    </message>
    <message>
        <source>%1 is not a nameserver; use an IP address with an optional port, e.g. 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53</source>
        <extracomment>DNS_SERVER&apos;s value. Keep the example addresses as they are.</extracomment>
        <translation>%1 não é um servidor de nomes; use um endereço IP com uma porta opcional, por exemplo 192.0.2.53, 192.0.2.53:5353 ou [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8</source>
        <translation>a linha %1 não é texto UTF-8; salve o arquivo como UTF-8</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey</source>
        <translation>o nome de usuário do SendGrid é literalmente a palavra apikey</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 não foi importado: não é uma configuração que o console conheça (veja a lista de variáveis SMTP_* no README)</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (did you mean %2?)</source>
        <translation>%1 não foi importado: não é uma configuração que o console conheça (você quis dizer %2?)</translation>
    </message>
</context>
<context>
    <name>selfmx::app</name>
    <message>
        <source>connected to %1:%2</source>
        <extracomment>%1: host, %2: port</extracomment>
        <translation>conectado a %1:%2</translation>
    </message>
    <message>
        <source>, certificate verified</source>
        <translation>, certificado verificado</translation>
    </message>
    <message>
        <source>, certificate accepted by its pin (SMTP_TLS_PIN_SHA256)</source>
        <translation>, certificado aceito pela fixação (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>, CERTIFICATE NOT VERIFIED</source>
        <translation>, CERTIFICADO NÃO VERIFICADO</translation>
    </message>
    <message>
        <source>, no TLS</source>
        <translation>, sem TLS</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <extracomment>%1: the user name, %2: the SASL mechanism (PLAIN, LOGIN, …)</extracomment>
        <translation>autenticado como %1 com %2</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_PIN_SHA256 pins this certificate: %1</source>
        <extracomment>%1: the certificate error, as Qt words it</extracomment>
        <translation>aviso: aceito porque SMTP_TLS_PIN_SHA256 fixa este certificado: %1</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_VERIFY=false: %1</source>
        <translation>aviso: aceito porque SMTP_TLS_VERIFY=false: %1</translation>
    </message>
    <message>
        <source>Print the SMTP transcript (passwords redacted).</source>
        <translation>Mostrar a transcrição SMTP (senhas ocultadas).</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override its fields.</source>
        <translation>Usar um perfil salvo; as variáveis SMTP_* substituem os campos dele.</translation>
    </message>
    <message>
        <source>Connect, negotiate TLS, authenticate and quit.</source>
        <translation>Conectar, negociar TLS, autenticar e sair.</translation>
    </message>
    <message>
        <source>SMTP connection successful</source>
        <translation>Conexão SMTP bem-sucedida</translation>
    </message>
    <message>
        <source>Send a message: text and/or HTML, attachments, custom headers.</source>
        <translation>Enviar uma mensagem: texto e/ou HTML, anexos, cabeçalhos personalizados.</translation>
    </message>
    <message>
        <source>Recipients (repeatable, or comma-separated).</source>
        <translation>Destinatários (repetível, ou separados por vírgula).</translation>
    </message>
    <message>
        <source>Copy recipients.</source>
        <translation>Destinatários em cópia.</translation>
    </message>
    <message>
        <source>Blind copy recipients (envelope only).</source>
        <translation>Destinatários em cópia oculta (só no envelope).</translation>
    </message>
    <message>
        <source>Reply-To addresses.</source>
        <translation>Endereços de Reply-To.</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Assunto.</translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation>Corpo em texto puro.</translation>
    </message>
    <message>
        <source>HTML body, read from FILE.</source>
        <translation>Corpo HTML, lido de FILE.</translation>
    </message>
    <message>
        <source>Attach FILE (repeatable).</source>
        <translation>Anexar FILE (repetível).</translation>
    </message>
    <message>
        <source>Attach FILE inline as cid:NAME, written NAME=FILE (repeatable).</source>
        <translation>Anexar FILE embutido como cid:NAME, escrito NAME=FILE (repetível).</translation>
    </message>
    <message>
        <source>Custom header &quot;Name: value&quot; (repeatable).</source>
        <translation>Cabeçalho personalizado &quot;Nome: valor&quot; (repetível).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 é obrigatório</translation>
    </message>
    <message>
        <source>--text or --html is required</source>
        <translation>--text ou --html é obrigatório</translation>
    </message>
    <message>
        <source>--from: give exactly one sender</source>
        <translation>--from: informe exatamente um remetente</translation>
    </message>
    <message>
        <source>--html: cannot read %1: %2</source>
        <translation>--html: não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>--inline: write NAME=FILE, e.g. logo=logo.png (then &lt;img src=&quot;cid:logo&quot;&gt;)</source>
        <translation>--inline: escreva NAME=FILE, p. ex. logo=logo.png (e então &lt;img src=&quot;cid:logo&quot;&gt;)</translation>
    </message>
    <message>
        <source>--header: write &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation>--header: escreva &quot;Nome: valor&quot;, veio “%1”</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>nada foi enviado</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: aceito</translation>
    </message>
    <message>
        <source>%1: refused. The server said: %2</source>
        <extracomment>%1: the recipient&apos;s address, %2: the server&apos;s own words (not translated)</extracomment>
        <translation>%1: recusado. O servidor disse: %2</translation>
    </message>
    <message>
        <source>recipient: the message was accepted for some recipients only</source>
        <translation>destinatário: a mensagem foi aceita só para alguns destinatários</translation>
    </message>
    <message numerus="yes">
        <source>message accepted (%n bytes): %1</source>
        <extracomment>%n: the message&apos;s size in bytes, %1: the server&apos;s own words (not translated)</extracomment>
        <translation>
            <numerusform>mensagem aceita (%n byte): %1</numerusform>
            <numerusform>mensagem aceita (%n bytes): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>erro: comando desconhecido “%1”</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for its options.</source>
        <extracomment>%1: the command, e.g. &quot;selfmx-console test&quot;</extracomment>
        <translation>Execute &apos;%1 --help&apos; para ver as opções dele.</translation>
    </message>
    <message>
        <source>--password-stdin: nothing to read on standard input</source>
        <translation>--password-stdin: nada para ler na entrada padrão</translation>
    </message>
    <message>
        <source>no terminal to ask for the password; pipe it in with --password-stdin</source>
        <translation>nenhum terminal para pedir a senha; passe-a com --password-stdin</translation>
    </message>
    <message>
        <source>Diagnose the SMTP settings stage by stage (resolve, connect, greeting, TLS, EHLO, AUTH, and optionally sender, recipient and a test message) and name each fault with its fix. The exit status names the first failing stage.</source>
        <translation>Diagnosticar as configurações SMTP etapa por etapa (resolução, conexão, saudação, TLS, EHLO, AUTH e, opcionalmente, remetente, destinatário e uma mensagem de teste) e nomear cada falha com a sua correção. O código de saída indica a primeira etapa que falhou.</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override it.</source>
        <translation>Usar um perfil salvo; as variáveis SMTP_* o substituem.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema: docs/diagnostics-json.md).</source>
        <translation>Mostrar o relatório em JSON (esquema: docs/diagnostics-json.md).</translation>
    </message>
    <message>
        <source>Try MAIL FROM with this address (then RSET).</source>
        <translation>Testar MAIL FROM com este endereço (depois RSET).</translation>
    </message>
    <message>
        <source>Try RCPT TO with this address (then RSET).</source>
        <translation>Testar RCPT TO com este endereço (depois RSET).</translation>
    </message>
    <message>
        <source>Also send a real test message to --probe-recipient.</source>
        <translation>Enviar também uma mensagem de teste real para --probe-recipient.</translation>
    </message>
    <message>
        <source>Write a report for a support request to FILE (no secrets).</source>
        <translation>Gravar em FILE um relatório para um pedido de suporte (sem segredos).</translation>
    </message>
    <message>
        <source>error: --test-send needs --probe-recipient ADDR</source>
        <translation>erro: --test-send precisa de --probe-recipient ADDR</translation>
    </message>
    <message>
        <source>diagnosing %1:%2 …</source>
        <extracomment>%1: host, %2: port</extracomment>
        <translation>diagnosticando %1:%2…</translation>
    </message>
    <message>
        <source>error: --bundle: cannot write %1: %2</source>
        <translation>erro: --bundle: não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>report written to %1 (no passwords in it)</source>
        <translation>relatório gravado em %1 (sem senhas)</translation>
    </message>
    <message>
        <source>Take credentials and TLS trust from a stored profile.</source>
        <translation>Pegar as credenciais e a confiança TLS de um perfil salvo.</translation>
    </message>
    <message>
        <source>Also try plaintext on 587 and 25.</source>
        <translation>Testar também texto puro na 587 e na 25.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Mostrar os resultados em JSON.</translation>
    </message>
    <message>
        <source>error: discover needs a HOST</source>
        <translation>erro: discover precisa de um HOST</translation>
    </message>
    <message>
        <source>Tried on %1:</source>
        <translation>Testado em %1:</translation>
    </message>
    <message>
        <source>Nothing worked. Run &apos;selfmx-console diagnose&apos; with one of the ports for the details.</source>
        <translation>Nada funcionou. Execute &apos;selfmx-console diagnose&apos; com uma das portas para ver os detalhes.</translation>
    </message>
    <message>
        <source>Working, best first:</source>
        <translation>Funcionando, do melhor para o pior:</translation>
    </message>
    <message>
        <source>Recommended settings:</source>
        <translation>Configurações recomendadas:</translation>
    </message>
    <message>
        <source> (default %1)</source>
        <translation> (padrão %1)</translation>
    </message>
    <message>
        <source>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom.</source>
        <translation>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook ou custom.</translation>
    </message>
    <message>
        <source>Amazon SES region (us-east-1, ...) or Mailgun us/eu.</source>
        <translation>Região do Amazon SES (us-east-1, ...) ou Mailgun us/eu.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Ler a senha da primeira linha da entrada padrão.</translation>
    </message>
    <message>
        <source>Prompt for the password (no echo).</source>
        <translation>Pedir a senha (sem eco).</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>nada foi alterado</translation>
    </message>
    <message>
        <source>error: --provider: &quot;%1&quot; is unknown; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom</source>
        <translation>erro: --provider: “%1” é desconhecido; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook ou custom</translation>
    </message>
    <message>
        <source>SMTP password for %1@%2: </source>
        <translation>Senha SMTP de %1@%2: </translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>dica: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source> (NOT VERIFIED)</source>
        <translation> (NÃO VERIFICADO)</translation>
    </message>
    <message>
        <source>error: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>erro: nenhum perfil “%1”; veja &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>error: cannot write %1</source>
        <translation>erro: não é possível gravar %1</translation>
    </message>
    <message>
        <source>default profile: %1</source>
        <translation>perfil padrão: %1</translation>
    </message>
    <message>
        <source>no profiles yet; add one with: selfmx-console profile add NAME --provider sendgrid --ask-password</source>
        <translation>ainda não há perfis; adicione um com: selfmx-console profile add NAME --provider sendgrid --ask-password</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>NOME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>PROVEDOR</translation>
    </message>
    <message>
        <source>SERVER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>USER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>USUÁRIO</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>SENHA</translation>
    </message>
    <message>
        <source>keychain</source>
        <extracomment>&apos;profile list&apos;: the password is stored in the keychain</extracomment>
        <translation>chaveiro</translation>
    </message>
    <message>
        <source>name:      %1</source>
        <extracomment>&apos;profile show&apos;: the labels are padded to the same width, translated ones too</extracomment>
        <translation>nome:     %1</translation>
    </message>
    <message>
        <source>id:        %1</source>
        <translation>id:       %1</translation>
    </message>
    <message>
        <source>provider:  %1</source>
        <translation>provedor: %1</translation>
    </message>
    <message>
        <source>server:    %1:%2</source>
        <translation>servidor: %1:%2</translation>
    </message>
    <message>
        <source>tls:       %1</source>
        <translation>tls:      %1</translation>
    </message>
    <message>
        <source>user:      %1</source>
        <translation>usuário:  %1</translation>
    </message>
    <message>
        <source>password:  %1</source>
        <translation>senha:    %1</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardada no chaveiro</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; use &apos;profile edit&apos;</source>
        <translation>erro: name: já existe um perfil chamado “%1”; use &apos;profile edit&apos;</translation>
    </message>
    <message>
        <source>nothing was changed; set these values with this command&apos;s options (e.g. --%1) or fix the file</source>
        <extracomment>%1: an option such as --port</extracomment>
        <translation>nada foi alterado; defina estes valores com as opções deste comando (p. ex. --%1) ou corrija o arquivo</translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;</source>
        <translation>perfil “%1” adicionado</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot;</source>
        <translation>perfil “%1” salvo</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and its password</source>
        <translation>perfil “%1” e a senha dele removidos</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erro: não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>nada foi importado</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; pass --name</source>
        <translation>erro: name: já existe um perfil chamado “%1”; informe --name</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot;</source>
        <translation>perfil “%1” importado</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot; (secrets stored in the keychain)</source>
        <translation>perfil “%1” importado (segredos guardados no chaveiro)</translation>
    </message>
    <message>
        <source>nothing was exported: fix these values first (&apos;profile edit&apos;)</source>
        <translation>nada foi exportado: corrija primeiro estes valores (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>warning: the password is written in plain text (%1); keep this file private and out of version control</source>
        <extracomment>%1: the variables written, e.g. &quot;API_KEY, SMTP_PASS&quot;</extracomment>
        <translation>aviso: a senha é gravada em texto puro (%1); mantenha este arquivo privado e fora do controle de versão</translation>
    </message>
    <message>
        <source>error: --format: &quot;%1&quot; is unknown; use env, swaks or msmtp</source>
        <translation>erro: --format: “%1” é desconhecido; use env, swaks ou msmtp</translation>
    </message>
    <message>
        <source>list, show, add, edit, remove, default, import or export</source>
        <translation>list, show, add, edit, remove, default, import ou export</translation>
    </message>
    <message>
        <source>profile name (or .env file for import)</source>
        <translation>nome do perfil (ou arquivo .env para import)</translation>
    </message>
    <message>
        <source>New name (the stored password follows).</source>
        <translation>Novo nome (a senha guardada acompanha).</translation>
    </message>
    <message>
        <source>Delete the stored password.</source>
        <translation>Apagar a senha guardada.</translation>
    </message>
    <message>
        <source>Name of the new profile (default: the file&apos;s name).</source>
        <translation>Nome do novo perfil (padrão: o nome do arquivo).</translation>
    </message>
    <message>
        <source>env (default), swaks or msmtp.</source>
        <translation>env (padrão), swaks ou msmtp.</translation>
    </message>
    <message>
        <source>error: profile %1 needs a FILE</source>
        <extracomment>%1: the action (add, show, …)</extracomment>
        <translation>erro: profile %1 precisa de um FILE</translation>
    </message>
    <message>
        <source>error: profile %1 needs a NAME</source>
        <translation>erro: profile %1 precisa de um NAME</translation>
    </message>
    <message>
        <source>error: unknown action &quot;%1&quot;; use list, show, add, edit, remove, default, import or export</source>
        <translation>erro: ação desconhecida “%1”; use list, show, add, edit, remove, default, import ou export</translation>
    </message>
    <message>
        <source>error: --profile: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>erro: --profile: nenhum perfil “%1”; veja &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>error: profile &quot;%1&quot;: %2</source>
        <translation>erro: perfil “%1”: %2</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay %1 [--profile NAME | --queue FILE]</source>
        <extracomment>%1: the action with its argument, e.g. &quot;retry ID&quot;</extracomment>
        <translation>erro: uso: selfmx-console relay %1 [--profile NAME | --queue FILE]</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>error: cannot open the queue %1: %2</source>
        <translation>erro: não é possível abrir a fila %1: %2</translation>
    </message>
    <message>
        <source>Run the local HTTP relay (SelfMX- and Resend-compatible) headless.</source>
        <translation>Executar o relay HTTP local (compatível com SelfMX e Resend) sem janela.</translation>
    </message>
    <message>
        <source>Use the stored profile NAME (environment variables override it).</source>
        <translation>Usar o perfil salvo NAME (as variáveis de ambiente o substituem).</translation>
    </message>
    <message>
        <source>The queue&apos;s SQLite file (default: in the per-user data directory).</source>
        <translation>O arquivo SQLite da fila (padrão: no diretório de dados do usuário).</translation>
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
        <translation>Uso: selfmx-console [COMANDO] [OPÇÕES]

Sem comando, abre a janela. Comandos:
  test      conectar, negociar TLS, autenticar, sair
  send      enviar uma mensagem: [--from] --to --subject --text/--html [--attach FILE]...
  profile   list | show | add | edit | remove | default | import | export (senhas no chaveiro)
  diagnose  diagnóstico etapa por etapa, com constatações e correções [--json] [--probe-recipient A]
  discover  HOST: encontrar configurações de porta/TLS que funcionem; ADDRESS (ou --domain DOMAIN): encontrar o servidor no DNS
  check-domain DOMAIN  o domínio do remetente está pronto? SPF, DKIM, DMARC, MX [--dkim-selector S] [--json]
  relay     o relay HTTP local (API SelfMX/Resend) [--profile NAME]; relay list

As configurações vêm de SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_TLS,
SMTP_TLS_VERIFY, SMTP_TIMEOUT, SMTP_TLS_MODE, SMTP_TLS_CA_FILE (veja o README).
Execute &apos;selfmx-console COMANDO --help&apos; para ver as opções de um comando.
</translation>
    </message>
    <message>
        <source>Find working settings for HOST: tries 587 STARTTLS, 465 implicit TLS, 2525 STARTTLS and 25 STARTTLS in parallel, logs in where SMTP_USER/SMTP_PASS (or --profile) give a password, and ranks what worked.
For an ADDRESS (or a DOMAIN with --domain), finds the server in DNS instead: the provider table, SRV records (RFC 6186/8314), the MX of a known provider, then smtp./mail. verified by connecting; each answer says where it came from. DNS_SERVER=addr[:port] picks the nameserver.</source>
        <translation>Encontrar configurações que funcionem para HOST: testa em paralelo 587 STARTTLS, 465 TLS implícito, 2525 STARTTLS e 25 STARTTLS, faz login onde SMTP_USER/SMTP_PASS (ou --profile) fornecem uma senha, e classifica o que funcionou.
Para um ADDRESS (ou um DOMAIN com --domain), procura o servidor no DNS: a tabela de provedores, os registros SRV (RFC 6186/8314), o MX de um provedor conhecido e depois smtp./mail., verificados ao conectar; cada resposta diz de onde veio. DNS_SERVER=addr[:port] escolhe o servidor de nomes.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name, or an email address.</source>
        <translation>O nome de host do servidor SMTP, ou um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The argument is a mail domain: find its submission server in DNS.</source>
        <translation>O argumento é um domínio de e-mail: encontrar o servidor de envio dele no DNS.</translation>
    </message>
    <message>
        <source>error: --provider: unknown provider &quot;%1&quot;</source>
        <extracomment>%1: the value given to --provider</extracomment>
        <translation>erro: --provider: provedor desconhecido “%1”</translation>
    </message>
    <message>
        <source>error: check-domain needs a DOMAIN (or --profile with a sender address)</source>
        <translation>erro: check-domain precisa de um DOMAIN (ou --profile com um endereço de remetente)</translation>
    </message>
    <message>
        <source>Sender domain %1:</source>
        <extracomment>The heading of check-domain&apos;s findings. %1: the domain</extracomment>
        <translation>Domínio do remetente %1:</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <extracomment>Under a finding of check-domain: %1 is what to change (often a DNS record to publish)</extracomment>
        <translation>correção: %1</translation>
    </message>
    <message>
        <source>DNS answers: %1</source>
        <extracomment>%1: whether the DNS answers were signed (DNSSEC), e.g. &quot;DNSSEC-validated&quot; or &quot;not signed&quot;</extracomment>
        <translation>Respostas DNS: %1</translation>
    </message>
    <message>
        <source>Servers for %1:</source>
        <extracomment>The heading of discover ADDRESS&apos;s list. %1: the mail domain</extracomment>
        <translation>Servidores para %1:</translation>
    </message>
    <message>
        <source>No server found. If you know the host, &apos;selfmx-console discover HOST&apos; tries its ports.</source>
        <translation>Nenhum servidor encontrado. Se você conhece o host, &apos;selfmx-console discover HOST&apos; testa as portas dele.</translation>
    </message>
    <message>
        <source>Check that DOMAIN is ready to send mail: one valid SPF record that authorises the provider (at most 10 DNS lookups), the provider&apos;s DKIM keys (2048 bits recommended), a DMARC record and an MX for replies. Each problem comes with the DNS record to publish. DNS_SERVER=addr[:port] picks the nameserver. Exit status: 0 ready, 13 not ready, 3 lookups failed.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DNS_SERVER=addr[:port] and the exit codes as they are.</extracomment>
        <translation>Verificar se DOMAIN está pronto para enviar e-mails: um único registro SPF válido que autorize o provedor (no máximo 10 consultas DNS), as chaves DKIM do provedor (2048 bits recomendados), um registro DMARC e um MX para respostas. Cada problema vem com o registro DNS a publicar. DNS_SERVER=addr[:port] escolhe o servidor de nomes. Código de saída: 0 pronto, 13 não pronto, 3 consultas falharam.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain (or address); default: the domain of the profile&apos;s sender.</source>
        <translation>O domínio do remetente (ou o endereço dele); padrão: o domínio do remetente do perfil.</translation>
    </message>
    <message>
        <source>Check for this profile&apos;s provider and sender.</source>
        <translation>Verificar para o provedor e o remetente deste perfil.</translation>
    </message>
    <message>
        <source>The provider to check for: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</source>
        <extracomment>The provider keys after the colon are typed as they are: do not translate them.</extracomment>
        <translation>O provedor para o qual verificar: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</translation>
    </message>
    <message>
        <source>Print the findings and the DNS answers as JSON.</source>
        <translation>Mostrar as constatações e as respostas DNS em JSON.</translation>
    </message>
    <message>
        <source>selfmx-console: %1 is not installed next to this program; reinstall the package.</source>
        <extracomment>%1: a program&apos;s file name, e.g. selfmx-console-relay</extracomment>
        <translation>selfmx-console: %1 não está instalado ao lado deste programa; reinstale o pacote.</translation>
    </message>
    <message>
        <source>selfmx-console: cannot start %1: %2</source>
        <extracomment>%1: the program&apos;s path; %2: the system&apos;s reason (e.g. &quot;Permission denied&quot;)</extracomment>
        <translation>selfmx-console: não é possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>selfmx-console: no display to open the window on.
  Headless, use the commands: selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  For the window without a desktop: xvfb-run -a selfmx-console
</source>
        <extracomment>Keep the commands (selfmx-console --help, test, …, xvfb-run -a selfmx-console) as they are.</extracomment>
        <translation>selfmx-console: não há tela onde abrir a janela.
  Sem tela, use os comandos: selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  Para a janela sem área de trabalho: xvfb-run -a selfmx-console
</translation>
    </message>
    <message>
        <source>%1: not ready to send (see the findings)</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: não está pronto para enviar (veja as constatações)</translation>
    </message>
    <message>
        <source>%1: some lookups failed</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: algumas consultas falharam</translation>
    </message>
    <message>
        <source>%1: ready to send, with warnings</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: pronto para enviar, com avisos</translation>
    </message>
    <message>
        <source>%1: ready to send</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: pronto para enviar</translation>
    </message>
    <message>
        <source>Also check the domain of the sender (SMTP_FROM, else a login that is an address) in DNS: SPF, DKIM, DMARC and MX, as in check-domain, and DANE: the TLSA records of SMTP_HOST against the certificate this diagnosis saw. When the SMTP stages pass and the domain is not ready, the exit status is 13.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DANE, TLSA, SMTP_FROM, SMTP_HOST and the exit status 13 as they are.</extracomment>
        <translation>Verificar também no DNS o domínio do remetente (SMTP_FROM, senão um login que seja um endereço): SPF, DKIM, DMARC e MX, como check-domain, e DANE: os registros TLSA de SMTP_HOST comparados ao certificado que este diagnóstico viu. Se as etapas SMTP passarem e o domínio não estiver pronto, o código de saída é 13.</translation>
    </message>
    <message>
        <source>With --check-domain: a DKIM selector to check (repeatable); SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names (not translated).</extracomment>
        <translation>Com --check-domain: um seletor DKIM a verificar (repetível); s1/s2 do SendGrid são verificados de qualquer forma.</translation>
    </message>
    <message>
        <source>error: --dkim-selector needs --check-domain</source>
        <translation>erro: --dkim-selector precisa de --check-domain</translation>
    </message>
    <message>
        <source>error: --check-domain needs a sender address: set SMTP_FROM, or the profile&apos;s default sender</source>
        <extracomment>Keep --check-domain and SMTP_FROM as they are.</extracomment>
        <translation>erro: --check-domain precisa de um endereço de remetente: defina SMTP_FROM, ou o remetente padrão do perfil</translation>
    </message>
    <message>
        <source>checking the sender domain %1 …</source>
        <extracomment>%1: the sender&apos;s domain</extracomment>
        <translation>verificando o domínio do remetente %1 …</translation>
    </message>
    <message>
        <source>%1 has no address in DNS</source>
        <extracomment>%1: a host name</extracomment>
        <translation>%1 não tem endereço no DNS</translation>
    </message>
    <message>
        <source>error: --dane: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <extracomment>%1: the value given to --dane</extracomment>
        <translation>erro: --dane: &quot;%1&quot; não é HOST nem HOST:PORT</translation>
    </message>
    <message>
        <source>warning: no certificate from %1: %2</source>
        <extracomment>%1: HOST:PORT, %2: why (already in words). The check goes on without the certificate.</extracomment>
        <translation>aviso: nenhum certificado de %1: %2</translation>
    </message>
    <message>
        <source>A DKIM selector to check (repeatable), or with SES each of its three Easy DKIM tokens; SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names; Easy DKIM: Amazon SES&apos;s name (not translated).</extracomment>
        <translation>Um seletor DKIM a verificar (repetível) ou, com o SES, cada um dos seus três tokens Easy DKIM; os seletores s1/s2 do SendGrid são verificados de qualquer forma.</translation>
    </message>
    <message>
        <source>The bounce (return-path) name to check, a label under the domain or a full name: SendGrid&apos;s em123, the SES MAIL FROM subdomain; default: the provider&apos;s (Postmark pm-bounces, Mailgun email).</source>
        <extracomment>Keep em123, pm-bounces, SES and MAIL FROM as they are.</extracomment>
        <translation>O nome de retorno (return-path) a verificar, um rótulo sob o domínio ou um nome completo: em123 no SendGrid, o subdomínio MAIL FROM no SES; padrão: o do provedor (Postmark pm-bounces, Mailgun email).</translation>
    </message>
    <message>
        <source>Connect to this SMTP server (port 25 unless given) with STARTTLS and match its certificate against its DNSSEC-signed TLSA records (DANE).</source>
        <extracomment>Keep STARTTLS, TLSA, DNSSEC and DANE as they are.</extracomment>
        <translation>Conectar a este servidor SMTP (porta 25, se nenhuma for indicada) com STARTTLS e comparar o certificado dele com os registros TLSA assinados com DNSSEC (DANE).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>error: profile needs an action: list, show, add, edit, remove, default, import or export</source>
        <translation>erro: profile precisa de uma ação: list, show, add, edit, remove, default, import ou export</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; shows it</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>uma nova chave de API foi criada para o perfil “%1” e guardada no chaveiro; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; a mostra</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay new-key --profile NAME</source>
        <translation>erro: uso: selfmx-console relay new-key --profile NAME</translation>
    </message>
    <message>
        <source>a new API key for profile &quot;%1&quot; is stored in the keychain; a relay already running keeps the old key until it is restarted</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>uma nova chave de API para o perfil “%1” foi guardada no chaveiro; um relay já em execução mantém a chave antiga até ser reiniciado</translation>
    </message>
    <message>
        <source>error: unknown relay action &quot;%1&quot;; use &apos;selfmx-console relay&apos; to run it, or relay status|list|retry ID|cancel ID|new-key</source>
        <translation>erro: ação de relay desconhecida “%1”; use &apos;selfmx-console relay&apos; para executá-lo, ou relay status|list|retry ID|cancel ID|new-key</translation>
    </message>
    <message>
        <source>Nothing to run the relay; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; or &quot;cancel ID&quot; to read or change its queue (the running relay&apos;s, or the one it will deliver from); &quot;new-key&quot; (with --profile) to replace the profile&apos;s API key in the keychain and print the new one (a running relay keeps the old key until it is restarted).</source>
        <translation>Nada para executar o relay; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; ou &quot;cancel ID&quot; para ler ou alterar a fila dele (a do relay em execução, ou aquela da qual ele vai entregar); &quot;new-key&quot; (com --profile) para substituir a chave de API do perfil no chaveiro e imprimir a nova (um relay em execução mantém a chave antiga até ser reiniciado).</translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Acme &lt;hi@acme.test&gt;&quot;; default: SMTP_FROM (a profile&apos;s default sender).</source>
        <translation>Remetente, p. ex. &quot;Acme &lt;hi@acme.test&gt;&quot;; padrão: SMTP_FROM (o remetente padrão de um perfil).</translation>
    </message>
    <message>
        <source>--from is required (or SMTP_FROM, a profile&apos;s default sender)</source>
        <extracomment>Keep --from and SMTP_FROM as they are</extracomment>
        <translation>--from é obrigatório (ou SMTP_FROM, o remetente padrão de um perfil)</translation>
    </message>
    <message>
        <source>give exactly one sender</source>
        <translation>informe exatamente um remetente</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has stored values that break the rules and is not used until they are fixed; see &apos;selfmx-console profile show %1&apos;</source>
        <extracomment>%1: the profile&apos;s name; keep the command as it is</extracomment>
        <translation>aviso: o perfil &quot;%1&quot; tem valores salvos que violam as regras e não é usado até que sejam corrigidos; veja &apos;selfmx-console profile show %1&apos;</translation>
    </message>
    <message>
        <source>this profile is not used until these values are fixed (&apos;profile edit&apos;)</source>
        <translation>este perfil não é usado até que estes valores sejam corrigidos (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>Nothing listens on these ports of %1. Check the host name, and ask the provider which port its SMTP server uses (then &apos;selfmx-console diagnose&apos; with SMTP_PORT set to it).</source>
        <extracomment>%1: the host discover tried</extracomment>
        <translation>Nada escuta nestas portas de %1. Verifique o nome do host e pergunte ao provedor qual porta o servidor SMTP dele usa (depois &apos;selfmx-console diagnose&apos; com SMTP_PORT definido para ela).</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has no password in the keychain, so swaks will ask for it; store one with &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>aviso: o perfil “%1” não tem senha no chaveiro, então o swaks vai pedi-la; guarde uma com &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</translation>
    </message>
    <message>
        <source>note: %1 set in the environment, so the default profile &quot;%2&quot; is not used; unset them, or pass --profile &quot;%2&quot; to use the profile with these variables over it</source>
        <extracomment>%1: the variables set, e.g. &quot;SMTP_HOST, SMTP_PORT&quot;; %2: the default profile&apos;s name</extracomment>
        <translation>nota: %1 definido no ambiente, então o perfil padrão “%2” não é usado; remova essas variáveis, ou passe --profile &quot;%2&quot; para usar o perfil com estas variáveis por cima</translation>
    </message>
    <message>
        <source>error: SMTP_TLS_CA_FILE: &quot;%1&quot; does not exist; give the path of the CA certificate in PEM format</source>
        <extracomment>%1: the path given in SMTP_TLS_CA_FILE (or the profile&apos;s --ca-file)</extracomment>
        <translation>erro: SMTP_TLS_CA_FILE: “%1” não existe; informe o caminho do certificado da CA em formato PEM</translation>
    </message>
    <message>
        <source>note: the swaks command reads the password from the keychain as it runs (secret-tool into SWAKS_OPT_auth_password), not from an argument, which every user could read in the process list</source>
        <translation>nota: o comando swaks lê a senha do chaveiro ao ser executado (secret-tool em SWAKS_OPT_auth_password), não de um argumento, que qualquer usuário poderia ler na lista de processos</translation>
    </message>
    <message>
        <source>env: write the secrets (SMTP_PASS, and API_KEY when stored) into the .env (plain text!). swaks: the line reads the password from the keychain as it runs (secret-tool), never from an argument. msmtp: no change (its block always reads the keychain).</source>
        <translation>env: gravar os segredos (SMTP_PASS, e API_KEY quando guardada) no .env (em texto puro!). swaks: a linha lê a senha do chaveiro ao ser executada (secret-tool), nunca de um argumento. msmtp: nada muda (o bloco dele sempre lê o chaveiro).</translation>
    </message>
    <message numerus="yes">
        <source>(%n recipient(s) refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %n: how many were refused</extracomment>
        <translation>
            <numerusform>(%n destinatário recusado)</numerusform>
            <numerusform>(%n destinatários recusados)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of %2 recipients refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %1: how many were refused, %2: of how many (2 or more)</extracomment>
        <translation>(%1 de %2 destinatários recusados)</translation>
    </message>
</context>
<context>
    <name>selfmx::profile::Provider</name>
    <message>
        <source>User name is the literal word apikey; the password is an API key with Mail Send permission (starts with SG.).</source>
        <translation>O nome de usuário é literalmente a palavra apikey; a senha é uma chave de API com a permissão Mail Send (começa com SG.).</translation>
    </message>
    <message>
        <source>User name is the domain&apos;s SMTP login, e.g. postmaster@your-domain.mailgun.org; EU domains use smtp.eu.mailgun.org.</source>
        <translation>O nome de usuário é o login SMTP do domínio, p. ex. postmaster@seu-dominio.mailgun.org; domínios da UE usam smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Use SMTP credentials created for this region (not IAM access keys); every connection must use TLS.</source>
        <translation>Use credenciais SMTP criadas para esta região (não chaves de acesso do IAM); toda conexão precisa usar TLS.</translation>
    </message>
    <message>
        <source>The Server API token is both user name and password (an SMTP Token has a separate access and secret key).</source>
        <translation>O token de Server API é ao mesmo tempo nome de usuário e senha (um token SMTP tem chave de acesso e chave secreta separadas).</translation>
    </message>
    <message>
        <source>Your own server: submission on 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>Seu próprio servidor: envio na 587 com STARTTLS, ou na 465 com TLS implícito.</translation>
    </message>
    <message>
        <source>User name is your full Gmail or Workspace address; the password is an app password (16 letters, needs 2-Step Verification), not the account password. Workspace administrators can turn app passwords off.</source>
        <translation>O nome de usuário é o seu endereço completo do Gmail ou do Workspace; a senha é uma senha de app (16 letras, exige a verificação em duas etapas), não a senha da conta. Administradores do Workspace podem desativar as senhas de app.</translation>
    </message>
    <message>
        <source>User name is the mailbox&apos;s full address. Authenticated SMTP (SMTP AUTH) must be enabled for this mailbox in the Microsoft 365 admin center; security defaults turn it off for the whole organisation.</source>
        <translation>O nome de usuário é o endereço completo da caixa de correio. O Authenticated SMTP (SMTP AUTH) precisa estar ativado para esta caixa no centro de administração do Microsoft 365; os padrões de segurança o desativam para a organização inteira.</translation>
    </message>
    <message>
        <source>User name is your full Outlook.com address. Microsoft is moving Outlook.com to OAuth sign-in, which this program does not offer: an app password (with two-step verification) works only while the account still accepts password sign-in.</source>
        <translation>O nome de usuário é o seu endereço completo do Outlook.com. A Microsoft está migrando o Outlook.com para login OAuth, que este programa não oferece: uma senha de app (com verificação em duas etapas) só funciona enquanto a conta ainda aceitar login com senha.</translation>
    </message>
</context>
<context>
    <name>selfmx::settings::Field</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name, e.g. smtp.example.com.</source>
        <translation>O nome de host do servidor SMTP, p. ex. smtp.example.com.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>587 for STARTTLS (recommended), 465 for implicit TLS, 2525 as an alternative; 25 is often blocked.</source>
        <translation>587 para STARTTLS (recomendado), 465 para TLS implícito, 2525 como alternativa; a 25 costuma ser bloqueada.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>The login for SMTP AUTH; leave empty for a server that needs none.</source>
        <translation>O login do SMTP AUTH; deixe vazio para um servidor que não exige login.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The password, API key or token for SMTP AUTH. Kept in the OS keychain only.</source>
        <translation>A senha, chave de API ou token do SMTP AUTH. Guardada somente no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>On: port 465 uses implicit TLS, every other port STARTTLS, which is then required. Off: plaintext.</source>
        <translation>Ligado: a porta 465 usa TLS implícito, qualquer outra porta STARTTLS, que então é obrigatório. Desligado: texto puro.</translation>
    </message>
    <message>
        <source>Verify the certificate</source>
        <translation>Verificar o certificado</translation>
    </message>
    <message>
        <source>Check that the server&apos;s certificate is valid for its name. Turning this off lets anyone on the path read the password; trust a CA file or pin the certificate instead.</source>
        <translation>Verifica se o certificado do servidor é válido para o nome dele. Desligar isto permite que qualquer pessoa no caminho leia a senha; em vez disso, confie em um arquivo de CA ou fixe o certificado.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tempo limite</translation>
    </message>
    <message>
        <source>Seconds to wait at each stage: connect, greeting, each reply.</source>
        <translation>Segundos de espera em cada etapa: conexão, saudação, cada resposta.</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Modo TLS</translation>
    </message>
    <message>
        <source>Overrides the automatic choice: implicit TLS from the first byte, STARTTLS (required), or none.</source>
        <translation>Substitui a escolha automática: TLS implícito desde o primeiro byte, STARTTLS (obrigatório) ou nenhum.</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Arquivo de CA confiável</translation>
    </message>
    <message>
        <source>A PEM certificate of a CA to trust besides the system&apos;s: verify a private or self-signed server instead of turning verification off.</source>
        <translation>Um certificado PEM de uma CA em que confiar além das do sistema: verifique assim um servidor privado ou autoassinado em vez de desligar a verificação.</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificado fixado</translation>
    </message>
    <message>
        <source>Accept exactly this certificate: its SHA-256 fingerprint, as openssl x509 -fingerprint -sha256 prints it.</source>
        <translation>Aceitar exatamente este certificado: a impressão digital SHA-256 dele, como openssl x509 -fingerprint -sha256 a imprime.</translation>
    </message>
    <message>
        <source>AUTH mechanism</source>
        <translation>Mecanismo AUTH</translation>
    </message>
    <message>
        <source>auto picks the strongest the server offers; or force PLAIN, LOGIN or CRAM-MD5.</source>
        <translation>auto escolhe o mais forte que o servidor oferece; ou force PLAIN, LOGIN ou CRAM-MD5.</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nome EHLO</translation>
    </message>
    <message>
        <source>The name this machine gives in EHLO; empty: its fully qualified name.</source>
        <translation>O nome que esta máquina informa no EHLO; vazio: o nome totalmente qualificado dela.</translation>
    </message>
    <message>
        <source>Allow login without TLS</source>
        <translation>Permitir login sem TLS</translation>
    </message>
    <message>
        <source>Send the password to a server that is not on this machine without TLS. Anyone on the path can read it.</source>
        <translation>Enviar a senha sem TLS para um servidor que não está nesta máquina. Qualquer pessoa no caminho pode lê-la.</translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation>Remetente padrão</translation>
    </message>
    <message>
        <source>The From address for test messages, e.g. Acme &lt;hi@acme.example&gt;.</source>
        <translation>O endereço From das mensagens de teste, p. ex. Acme &lt;hi@acme.example&gt;.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Endereço de escuta</translation>
    </message>
    <message>
        <source>The address the relay listens on. Anything but loopback lets other machines send through your account.</source>
        <translation>O endereço em que o relay escuta. Qualquer coisa além de loopback permite que outras máquinas enviem pela sua conta.</translation>
    </message>
    <message>
        <source>Relay port</source>
        <translation>Porta do relay</translation>
    </message>
    <message>
        <source>The HTTP port applications send to.</source>
        <translation>A porta HTTP para a qual os aplicativos enviam.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>The bearer key applications send. Kept in the OS keychain only.</source>
        <translation>A chave bearer que os aplicativos enviam. Guardada somente no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation>Requisições por janela</translation>
    </message>
    <message>
        <source>How many requests one key may make in each rate-limit window.</source>
        <translation>Quantas requisições uma chave pode fazer em cada janela de limite de taxa.</translation>
    </message>
    <message>
        <source>Rate-limit window</source>
        <translation>Janela de limite de taxa</translation>
    </message>
    <message>
        <source>The rate-limit window in seconds.</source>
        <translation>A janela de limite de taxa, em segundos.</translation>
    </message>
    <message>
        <source>Delivery workers</source>
        <translation>Processos de entrega</translation>
    </message>
    <message>
        <source>How many messages are delivered at the same time.</source>
        <translation>Quantas mensagens são entregues ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Novas tentativas</translation>
    </message>
    <message>
        <source>How often a temporary failure (4xx, a lost connection) is retried.</source>
        <translation>Quantas vezes uma falha temporária (4xx, uma conexão perdida) é tentada de novo.</translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation>Intervalo entre tentativas</translation>
    </message>
    <message>
        <source>Seconds between retries.</source>
        <translation>Segundos entre as tentativas.</translation>
    </message>
    <message>
        <source>Keep bodies</source>
        <translation>Manter corpos</translation>
    </message>
    <message>
        <source>Days a delivered message&apos;s body is kept; its record stays in the list. 0 keeps bodies for ever.</source>
        <translation>Dias em que o corpo de uma mensagem entregue é mantido; o registro dela continua na lista. 0 mantém os corpos para sempre.</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nível de log</translation>
    </message>
    <message>
        <source>debug, info, warn or error.</source>
        <translation>debug, info, warn ou error.</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Formato do log</translation>
    </message>
    <message>
        <source>json (one object a line) or text.</source>
        <translation>json (um objeto por linha) ou text.</translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation>Origens CORS</translation>
    </message>
    <message>
        <source>Web origins allowed to call the relay from a browser, comma-separated; empty: none.</source>
        <translation>Origens web autorizadas a chamar o relay de um navegador, separadas por vírgula; vazio: nenhuma.</translation>
    </message>
    <message>
        <source>SMTP connections</source>
        <translation>Conexões SMTP</translation>
    </message>
    <message>
        <source>How many SMTP connections the relay keeps open to the server (1 to 100).</source>
        <translation>Quantas conexões SMTP o relay mantém abertas com o servidor (1 a 100).</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>The nameserver the DNS checks ask, an IP address with an optional port (192.0.2.53:5353, [2001:db8::53]:53); empty: the system&apos;s.</source>
        <translation>O servidor de nomes que as verificações de DNS consultam, um endereço IP com uma porta opcional (192.0.2.53:5353, [2001:db8::53]:53); vazio: o do sistema.</translation>
    </message>
    <message>
        <source>Largest request</source>
        <translation>Maior requisição</translation>
    </message>
    <message>
        <source>The largest request body the relay reads, in MiB (1 to 1024); a larger one is refused with 413.</source>
        <translation>O maior corpo de requisição que o relay lê, em MiB (1 a 1024); um maior é recusado com 413.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Finish; the password then goes to the system keychain.</source>
        <translation>Nada é salvo até você clicar em Concluir; então a senha vai para o chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The provider&apos;s rules for user name and password</source>
        <translation>As regras do provedor para nome de usuário e senha</translation>
    </message>
    <message>
        <source>Where to get the credentials</source>
        <translation>Onde obter as credenciais</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name (SMTP_HOST)</source>
        <translation>O nome de host do servidor SMTP (SMTP_HOST)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>The SMTP login (SMTP_USER)</source>
        <translation>O login SMTP (SMTP_USER)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The SMTP password or API key (SMTP_PASS); kept in the system keychain, never in a file</source>
        <translation>A senha SMTP ou chave de API (SMTP_PASS); guardada no chaveiro do sistema, nunca em um arquivo</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>&amp;Mostrar senha</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>Hints about these credentials</source>
        <translation>Dicas sobre estas credenciais</translation>
    </message>
    <message>
        <source>Shows the password in plain text while checked</source>
        <translation>Mostra a senha em texto claro enquanto marcada</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s page that issues SMTP credentials in the web browser</source>
        <translation>Abre no navegador a página do provedor que emite as credenciais SMTP</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DiagnosisView</name>
    <message>
        <source>Settings tried</source>
        <translation>Configurações testadas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
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
        <translation>O que foi observado: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correção: %1</translation>
    </message>
    <message>
        <source>Changes the settings as proposed; press Test again to try them. Nothing is saved.</source>
        <translation>Altera as configurações como proposto; clique em Testar de novo para experimentá-las. Nada é salvo.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Press Finish to save the profile.</source>
        <translation>Clique em Concluir para salvar o perfil.</translation>
    </message>
    <message>
        <source>What Finish saves</source>
        <translation>O que Concluir salva</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>O que fazer em seguida</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Situação do salvamento</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sem criptografia</translation>
    </message>
    <message>
        <source>Finish saves the profile &quot;%1&quot; (%2): server %3, port %4, %5, user name %6. Its settings go to %7.</source>
        <translation>Concluir salva o perfil “%1” (%2): servidor %3, porta %4, %5, nome de usuário %6. As configurações dele vão para %7.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>No password was given, so none is stored.</source>
        <translation>Nenhuma senha foi informada, então nenhuma é guardada.</translation>
    </message>
    <message>
        <source>The password goes to the system keychain (service &quot;%1&quot;), never into that file.</source>
        <translation>A senha vai para o chaveiro do sistema (serviço “%1”), nunca para esse arquivo.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@example.com</translation>
    </message>
    <message>
        <source>Next:
• Send from the command line:
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Start the local HTTP relay for your applications:
    selfmx-console relay --profile %1</source>
        <extracomment>The command lines stay as they are: only the sentences around them are translated</extracomment>
        <translation>Em seguida:
• Enviar pela linha de comando:
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Iniciar o relay HTTP local para os seus aplicativos:
    selfmx-console relay --profile %1</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <extracomment>Language menu: follow the desktop&apos;s language (LANG, LANGUAGE)</extracomment>
        <translation>Padrão do &amp;sistema</translation>
    </message>
    <message>
        <source>Takes effect when SelfMX Console starts again</source>
        <translation>Passa a valer na próxima vez que o SelfMX Console for iniciado</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::MainWindow</name>
    <message>
        <source>Fill in the server and press Test.</source>
        <translation>Preencha o servidor e clique em Testar.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Teste de conexão</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <source>Transcr&amp;ipt</source>
        <translation>Transcr&amp;ição</translation>
    </message>
    <message>
        <source>Rela&amp;y</source>
        <translation>Rela&amp;y</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Falha na entrega</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Para %1: %2</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>Save &amp;as profile…</source>
        <translation>Salvar &amp;como perfil…</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Salvar como perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nome do perfil:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Apply proposed fix</source>
        <translation>&amp;Aplicar a correção proposta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfis</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcrição</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relay</translation>
    </message>
    <message>
        <source>&amp;Start or stop the relay</source>
        <translation>&amp;Iniciar ou parar o relay</translation>
    </message>
    <message>
        <source>Copy the API &amp;key</source>
        <translation>Copiar a &amp;chave de API</translation>
    </message>
    <message>
        <source>Copy the c&amp;url command</source>
        <translation>Copiar o comando c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Retry the selected message</source>
        <translation>&amp;Tentar de novo a mensagem selecionada</translation>
    </message>
    <message>
        <source>&amp;Cancel the selected message</source>
        <translation>Ca&amp;ncelar a mensagem selecionada</translation>
    </message>
    <message>
        <source>Tra&amp;nscript</source>
        <translation>Tra&amp;nscrição</translation>
    </message>
    <message>
        <source>&amp;Copy transcript</source>
        <translation>&amp;Copiar a transcrição</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>&amp;Salvar a transcrição…</translation>
    </message>
    <message>
        <source>Save report &amp;bundle…</source>
        <translation>Salvar o &amp;pacote de relatório…</translation>
    </message>
    <message>
        <source>SelfMX Console: the relay is running</source>
        <translation>SelfMX Console: o relay está em execução</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar a janela</translation>
    </message>
    <message>
        <source>S&amp;top relay and quit</source>
        <translation>&amp;Parar o relay e sair</translation>
    </message>
    <message>
        <source>The relay is running</source>
        <translation>O relay está em execução</translation>
    </message>
    <message>
        <source>The relay is running. Applications that send through it get no answer once it stops.</source>
        <translation>O relay está em execução. Os aplicativos que enviam por ele deixam de receber resposta assim que ele para.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>&amp;Continuar rodando na bandeja</translation>
    </message>
    <message>
        <source>&amp;Stop relay and quit</source>
        <translation>&amp;Parar o relay e sair</translation>
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
        <translation>✓ Conexão SMTP bem-sucedida</translation>
    </message>
    <message>
        <source> — authenticated with %1</source>
        <translation> — autenticado com %1</translation>
    </message>
    <message>
        <source>
✓ the certificate was accepted because it matches the pinned certificate</source>
        <translation>
✓ o certificado foi aceito porque corresponde ao certificado fixado</translation>
    </message>
    <message>
        <source>
⚠ the certificate was NOT verified</source>
        <translation>
⚠ o certificado NÃO foi verificado</translation>
    </message>
    <message>
        <source>✗ Fails at %1: %2</source>
        <translation>✗ Falha em %1: %2</translation>
    </message>
    <message>
        <source>Fix applied to the form; press Test to try it</source>
        <translation>Correção aplicada ao formulário; clique em Testar para experimentá-la</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProfilesView</name>
    <message>
        <source>Ne&amp;w profile…</source>
        <translation>No&amp;vo perfil…</translation>
    </message>
    <message>
        <source>Set up a new profile with the setup wizard</source>
        <translation>Configurar um novo perfil com o assistente de configuração</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>Copy the selected profile, its secrets included, under a new name</source>
        <translation>Copiar o perfil selecionado, com os segredos, com um novo nome</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mear…</translation>
    </message>
    <message>
        <source>Give the selected profile another name; its secrets stay with it</source>
        <translation>Dar outro nome ao perfil selecionado; os segredos dele continuam com ele</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its secrets in the keychain</source>
        <translation>Excluir o perfil selecionado e os segredos dele no chaveiro</translation>
    </message>
    <message>
        <source>Set as d&amp;efault</source>
        <translation>Definir como pa&amp;drão</translation>
    </message>
    <message>
        <source>The command line uses the default profile when neither --profile nor SMTP_* variables are given</source>
        <translation>A linha de comando usa o perfil padrão quando nem --profile nem variáveis SMTP_* são informados</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Salvar o perfil</translation>
    </message>
    <message>
        <source>Write the changes: settings to the profile file, secrets to the keychain</source>
        <translation>Gravar as alterações: as configurações no arquivo de perfis, os segredos no chaveiro</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Desc&amp;artar as alterações</translation>
    </message>
    <message>
        <source>Go back to the profile as it is stored</source>
        <translation>Voltar ao perfil como está salvo</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Stored profiles; * marks unsaved changes. Passwords come from the OS keychain.</source>
        <translation>Perfis salvos; * marca alterações não salvas. As senhas vêm do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Configurações do perfil</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Situação do perfil</translation>
    </message>
    <message>
        <source> (default)</source>
        <extracomment>Marks the default profile in the list</extracomment>
        <translation> (padrão)</translation>
    </message>
    <message>
        <source> * unsaved</source>
        <extracomment>Marks the profile with unsaved changes in the list</extracomment>
        <translation> * não salvo</translation>
    </message>
    <message>
        <source>This profile has unsaved changes</source>
        <translation>Este perfil tem alterações não salvas</translation>
    </message>
    <message>
        <source> ✗ cannot be used</source>
        <extracomment>Marks a profile whose stored values break the rules</extracomment>
        <translation> ✗ não pode ser usado</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <extracomment>Heading of the editor: the profile&apos;s name; * when it has unsaved changes</extracomment>
        <translation>Perfil “%1”</translation>
    </message>
    <message>
        <source>Unsaved settings (not a stored profile)</source>
        <translation>Configurações não salvas (não é um perfil salvo)</translation>
    </message>
    <message>
        <source> — unsaved changes *</source>
        <translation> — alterações não salvas *</translation>
    </message>
    <message>
        <source>Reading profile &quot;%1&quot; …</source>
        <translation>Lendo o perfil “%1”…</translation>
    </message>
    <message>
        <source>✗ Profile &quot;%1&quot;: %2</source>
        <translation>✗ Perfil “%1”: %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded, but its password is missing from the keychain: type it and save</source>
        <translation>Perfil “%1” carregado, mas a senha dele não está no chaveiro: digite-a e salve</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded; password from the keychain</source>
        <translation>Perfil “%1” carregado; senha do chaveiro</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded (no password stored)</source>
        <translation>Perfil “%1” carregado (nenhuma senha guardada)</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ Não salvo: %1</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; …</source>
        <translation>Salvando “%1”…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the password is in the OS keychain</source>
        <translation>“%1” salvo; a senha está no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (no password)</source>
        <translation>“%1” salvo (sem senha)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Salvar como perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nome do perfil:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to profile &quot;%1&quot;?</source>
        <translation>Salvar as alterações do perfil “%1”?</translation>
    </message>
    <message>
        <source>Save these settings as a profile?</source>
        <translation>Salvar estas configurações como um perfil?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation>Se você não salvar, as alterações serão perdidas.</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <extracomment>The suggested name of a copy of a profile</extracomment>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>Name of the &amp;copy:</source>
        <translation>Nome da &amp;cópia:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 cópia</translation>
    </message>
    <message>
        <source>✗ Not duplicated: there is a profile &quot;%1&quot; already</source>
        <translation>✗ Não duplicado: já existe um perfil “%1”</translation>
    </message>
    <message>
        <source>✗ Not duplicated: %1</source>
        <translation>✗ Não duplicado: %1</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;</source>
        <translation>Duplicado como “%1”</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;Novo nome:</translation>
    </message>
    <message>
        <source>✗ Not renamed: there is a profile &quot;%1&quot; already</source>
        <translation>✗ Não renomeado: já existe um perfil “%1”</translation>
    </message>
    <message>
        <source>✗ Not renamed: %1</source>
        <translation>✗ Não renomeado: %1</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;</source>
        <translation>Renomeado para “%1”</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Excluir o perfil “%1”?</translation>
    </message>
    <message>
        <source>Its settings and its secrets in the keychain are deleted. This cannot be undone.</source>
        <translation>As configurações e os segredos dele no chaveiro serão excluídos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>✗ Not deleted: %1</source>
        <translation>✗ Não excluído: %1</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>“%1” excluído</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile</source>
        <translation>“%1” agora é o perfil padrão</translation>
    </message>
    <message>
        <source>✗ Could not write %1</source>
        <translation>✗ Não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Stor&amp;ed profiles:</source>
        <extracomment>Heading above the list of stored profiles</extracomment>
        <translation>Perfis &amp;salvos:</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProviderPage</name>
    <message>
        <source>Who sends your mail?</source>
        <translation>Quem envia os seus e-mails?</translation>
    </message>
    <message>
        <source>Type the address you send from, or pick the service that delivers your mail.</source>
        <translation>Digite o endereço de onde você envia, ou escolha o serviço que entrega os seus e-mails.</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>voce@example.com ou example.com</translation>
    </message>
    <message>
        <source>Sending address or domain</source>
        <translation>Endereço de envio ou domínio</translation>
    </message>
    <message>
        <source>A well-known domain such as gmail.com picks its provider for you</source>
        <translation>Um domínio conhecido como gmail.com escolhe o provedor para você</translation>
    </message>
    <message>
        <source>Sending &amp;address or domain:</source>
        <translation>&amp;Endereço de envio ou domínio:</translation>
    </message>
    <message>
        <source>Provider picked from the address</source>
        <translation>Provedor escolhido pelo endereço</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>The service that delivers your mail; its server and rules fill in the next pages</source>
        <translation>O serviço que entrega os seus e-mails; o servidor e as regras dele preenchem as próximas páginas</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Prove&amp;dor:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Where the provider keeps your account; credentials work only in their own region</source>
        <translation>Onde o provedor mantém a sua conta; as credenciais só funcionam na própria região</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>How this setup is called in the console and on the command line (--profile)</source>
        <translation>Como esta configuração se chama no console e na linha de comando (--profile)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>No&amp;me do perfil:</translation>
    </message>
    <message>
        <source>Problem with the profile name</source>
        <translation>Problema com o nome do perfil</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>A profile name may not contain &apos;/&apos; or line breaks.</source>
        <translation>Um nome de perfil não pode conter &apos;/&apos; nem quebras de linha.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Já existe um perfil chamado “%1”; escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::RelayPanel</name>
    <message>
        <source>queued</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>na fila</translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>agendada</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>enviando</translation>
    </message>
    <message>
        <source>✓ delivered</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✓ entregue</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✗ falhou</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Relay on or off</source>
        <translation>Relay ligado ou desligado</translation>
    </message>
    <message>
        <source>Runs the local HTTP relay (SelfMX&apos;s and Resend&apos;s API) for the selected profile</source>
        <translation>Executa o relay HTTP local (a API do SelfMX e do Resend) para o perfil selecionado</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Endereço de escuta</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>Listening address:</source>
        <translation>Endereço de escuta:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer KEY&quot;; it is kept in the OS keychain</source>
        <translation>Os clientes a enviam como &quot;Authorization: Bearer KEY&quot;; ela fica guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Chave de API:</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar a chave de API</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copiar a chave de API</translation>
    </message>
    <message>
        <source>curl example</source>
        <translation>Exemplo com curl</translation>
    </message>
    <message>
        <source>A command that sends a message through the relay</source>
        <translation>Um comando que envia uma mensagem pelo relay</translation>
    </message>
    <message>
        <source>Try it with curl:</source>
        <translation>Experimente com curl:</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar o comando</translation>
    </message>
    <message>
        <source>Copy the curl command</source>
        <translation>Copiar o comando curl</translation>
    </message>
    <message>
        <source>Message counts</source>
        <translation>Contagem de mensagens</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Mensagens recentes</translation>
    </message>
    <message>
        <source>Message columns</source>
        <translation>Colunas das mensagens</translation>
    </message>
    <message>
        <source>Recent messages:</source>
        <translation>Mensagens recentes:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar de novo agora</translation>
    </message>
    <message>
        <source>Retry the selected message now</source>
        <translation>Tentar de novo agora a mensagem selecionada</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Cancelar a mensagem</translation>
    </message>
    <message>
        <source>Cancel the selected message</source>
        <translation>Cancelar a mensagem selecionada</translation>
    </message>
    <message>
        <source>Relay status</source>
        <translation>Situação do relay</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>Chave de API copiada</translation>
    </message>
    <message>
        <source>curl command copied (with the key)</source>
        <translation>Comando curl copiado (com a chave)</translation>
    </message>
    <message>
        <source>Relay for profile &quot;%1&quot;</source>
        <translation>Relay do perfil “%1”</translation>
    </message>
    <message>
        <source>Select a stored profile to run the relay for it</source>
        <translation>Selecione um perfil salvo para executar o relay com ele</translation>
    </message>
    <message>
        <source>Starting the relay …</source>
        <translation>Iniciando o relay…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ No API key could be stored: %1</source>
        <translation>✗ Não foi possível guardar nenhuma chave de API: %1</translation>
    </message>
    <message>
        <source>A new API key was made for this profile and stored in the keychain.</source>
        <translation>Uma nova chave de API foi criada para este perfil e guardada no chaveiro.</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>Relay parado</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ Running on %1</source>
        <extracomment>Status of the relay panel: the address it listens on</extracomment>
        <translation>✓ Em execução em %1</translation>
    </message>
    <message>
        <source>Stopping: no new requests; the SMTP transactions in progress end first …</source>
        <translation>Parando: nenhuma requisição nova; as transações SMTP em andamento terminam primeiro…</translation>
    </message>
    <message>
        <source>Queued: %1 · Sending: %2 · Delivered: %3 · Failed: %4 · Retrying: %5</source>
        <extracomment>The relay&apos;s live counts</extracomment>
        <translation>Na fila: %1 · Enviando: %2 · Entregues: %3 · Com falha: %4 · Tentando de novo: %5</translation>
    </message>
    <message>
        <source>Message %1 queued to be sent now</source>
        <translation>Mensagem %1 colocada na fila para envio imediato</translation>
    </message>
    <message>
        <source>Message %1 canceled</source>
        <translation>Mensagem %1 cancelada</translation>
    </message>
    <message>
        <source>Relay on</source>
        <translation>Relay ligado</translation>
    </message>
    <message>
        <source>The address and port the relay takes requests on while it runs</source>
        <translation>O endereço e a porta em que o relay aceita requisições enquanto está rodando</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Shows the API key, in the field and in the curl example, while checked</source>
        <translation>Mostra a chave de API, no campo e no exemplo de curl, enquanto pressionado</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar a chave</translation>
    </message>
    <message>
        <source>Copies the API key to the clipboard</source>
        <translation>Copia a chave de API para a área de transferência</translation>
    </message>
    <message>
        <source>Copies the curl example, with the real API key, to the clipboard</source>
        <translation>Copia o exemplo de curl, com a chave de API real, para a área de transferência</translation>
    </message>
    <message>
        <source>Delivers the selected queued or failed message again now</source>
        <translation>Entrega de novo agora a mensagem selecionada, na fila ou com falha</translation>
    </message>
    <message>
        <source>Stops trying to deliver the selected message</source>
        <translation>Para de tentar entregar a mensagem selecionada</translation>
    </message>
    <message>
        <source>Relay off</source>
        <extracomment>The relay toggle&apos;s text while the relay runs / while it is off</extracomment>
        <translation>Relay desligado</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button that reveals or hides the API key</extracomment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>The messages the relay took most recently, with their state, attempts and last error</source>
        <translation>As mensagens que o relay recebeu mais recentemente, com situação, tentativas e último erro</translation>
    </message>
    <message>
        <source>New key…</source>
        <extracomment>The button that replaces the relay&apos;s API key (asks first)</extracomment>
        <translation>Nova chave…</translation>
    </message>
    <message>
        <source>Make a new API key</source>
        <translation>Criar uma nova chave de API</translation>
    </message>
    <message>
        <source>Replaces the API key with a new one, in the keychain and in the running relay; asks first</source>
        <translation>Substitui a chave de API por uma nova, no chaveiro e no relay em execução; pergunta antes</translation>
    </message>
    <message>
        <source>Replace the API key?</source>
        <translation>Substituir a chave de API?</translation>
    </message>
    <message>
        <source>Applications using the current key will get 401 invalid_api_key until they use the new one.</source>
        <translation>Aplicativos que usam a chave atual vão receber 401 invalid_api_key até usarem a nova.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button of the question before the relay&apos;s API key is replaced</extracomment>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>✗ The API key was not replaced; the old key still works: %1</source>
        <translation>✗ A chave de API não foi substituída; a chave antiga continua funcionando: %1</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay accepts only this key now.</source>
        <translation>✓ Nova chave de API guardada no chaveiro; o relay agora aceita somente esta chave.</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay will use it when it starts.</source>
        <translation>✓ Nova chave de API guardada no chaveiro; o relay vai usá-la quando for iniciado.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>How the connection is encrypted, and how the console knows it talks to the right server.</source>
        <translation>Como a conexão é criptografada e como o console sabe que está falando com o servidor certo.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>The server&apos;s port (SMTP_PORT): 587 for STARTTLS, 465 for implicit TLS</source>
        <translation>A porta do servidor (SMTP_PORT): 587 para STARTTLS, 465 para TLS implícito</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rta:</translation>
    </message>
    <message>
        <source>&amp;STARTTLS (port 587)</source>
        <translation>&amp;STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>The connection starts in plaintext and switches to TLS before anything else is said; if the server does not offer it, the console stops rather than go on unencrypted.</source>
        <translation>A conexão começa em texto puro e passa para TLS antes de qualquer outra coisa; se o servidor não oferecer isso, o console para em vez de seguir sem criptografia.</translation>
    </message>
    <message>
        <source>&amp;Implicit TLS (port 465)</source>
        <translation>TLS &amp;implícito (porta 465)</translation>
    </message>
    <message>
        <source>The connection is encrypted from its very first byte.</source>
        <translation>A conexão é criptografada desde o primeiríssimo byte.</translation>
    </message>
    <message>
        <source>N&amp;o encryption</source>
        <translation>Sem crip&amp;tografia</translation>
    </message>
    <message>
        <source>Everything, the password included, travels readable: only for a server on this machine.</source>
        <translation>Tudo, inclusive a senha, trafega legível: só para um servidor nesta máquina.</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation>V&amp;erificar o certificado do servidor (recomendado)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Verificar o certificado do servidor</translation>
    </message>
    <message>
        <source>Without verification anyone on the way can pretend to be the server and read the password</source>
        <translation>Sem verificação, qualquer pessoa no caminho pode se passar pelo servidor e ler a senha</translation>
    </message>
    <message>
        <source>⚠ Without verification anyone on the path can pretend to be the server and read the password. Prefer a CA file or a pinned certificate under Advanced.</source>
        <translation>⚠ Sem verificação, qualquer pessoa no caminho pode se passar pelo servidor e ler a senha. Prefira um arquivo de CA ou um certificado fixado, em Avançado.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Avança&amp;do</translation>
    </message>
    <message>
        <source>Show advanced security settings</source>
        <translation>Mostrar as configurações de segurança avançadas</translation>
    </message>
    <message>
        <source>optional: a PEM file with the CA that signed the server&apos;s certificate</source>
        <translation>opcional: um arquivo PEM com a CA que assinou o certificado do servidor</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Arquivo de CA</translation>
    </message>
    <message>
        <source>Trust certificates signed by this CA, besides the system&apos;s (SMTP_TLS_CA_FILE)</source>
        <translation>Confiar em certificados assinados por esta CA, além dos do sistema (SMTP_TLS_CA_FILE)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Arquivo de &amp;CA:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Procurar o arquivo de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>opcional: AB:CD:… (64 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificado fixado</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with this SHA-256 fingerprint (SMTP_TLS_PIN_SHA256)</source>
        <translation>Aceitar exatamente o certificado com esta impressão digital SHA-256 (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate (SHA-256):</source>
        <translation>Certificado &amp;fixado (SHA-256):</translation>
    </message>
    <message>
        <source>Shows or hides the CA file and the pinned certificate</source>
        <translation>Mostra ou oculta o arquivo de CA e o certificado fixado</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file with the CA&apos;s certificate</source>
        <translation>Abre uma caixa de diálogo para escolher um arquivo PEM com o certificado da CA</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SenderDomainSection</name>
    <message>
        <source>Sender domain</source>
        <extracomment>The heading of the section that checks the sender&apos;s domain in DNS</extracomment>
        <translation>Domínio do remetente</translation>
    </message>
    <message>
        <source>Check the sender domain</source>
        <translation>Verificar o domínio do remetente</translation>
    </message>
    <message>
        <source>Looks up the SPF, DKIM, DMARC and MX records of the sender&apos;s domain and says what to publish</source>
        <translation>Consulta os registros SPF, DKIM, DMARC e MX do domínio do remetente e diz o que publicar</translation>
    </message>
    <message>
        <source>Stop the sender domain check</source>
        <translation>Parar a verificação do domínio do remetente</translation>
    </message>
    <message>
        <source>optional, e.g. pm20241105, k1</source>
        <translation>opcional, p. ex. pm20241105, k1</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>Seletores DKIM</translation>
    </message>
    <message>
        <source>The DKIM selectors from the provider&apos;s domain authentication page, separated by commas; SendGrid&apos;s s1 and s2 are checked anyway</source>
        <translation>Os seletores DKIM da página de autenticação de domínio do provedor, separados por vírgulas; s1 e s2 do SendGrid são verificados de qualquer forma</translation>
    </message>
    <message>
        <source>Checking the sender domain</source>
        <translation>Verificando o domínio do remetente</translation>
    </message>
    <message>
        <source>Sender domain result</source>
        <translation>Resultado do domínio do remetente</translation>
    </message>
    <message>
        <source>Sender domain findings</source>
        <translation>Constatações do domínio do remetente</translation>
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
        <translation>Correção: %1</translation>
    </message>
    <message>
        <source>DNS record to publish</source>
        <translation>Registro DNS a publicar</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>Copiar o registro</translation>
    </message>
    <message>
        <source>Copy the record for %1</source>
        <extracomment>%1: the DNS record&apos;s name, e.g. _dmarc.example.com</extracomment>
        <translation>Copiar o registro de %1</translation>
    </message>
    <message>
        <source>Fill in the default sender to check that its domain is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Preencha o remetente padrão para verificar se o domínio dele está configurado para enviar (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Press Check sender domain to check that %1 is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Pressione “Verificar o domínio do remetente” para verificar se %1 está configurado para enviar (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Checking %1 in DNS…</source>
        <translation>Verificando %1 no DNS…</translation>
    </message>
    <message>
        <source>✓ %1 is ready to send.</source>
        <translation>✓ %1 está pronto para enviar.</translation>
    </message>
    <message>
        <source>✗ %1 is not ready to send: publish the records below.</source>
        <translation>✗ %1 não está pronto para enviar: publique os registros abaixo.</translation>
    </message>
    <message>
        <source>⚠ Some lookups for %1 failed; the results below are incomplete.</source>
        <translation>⚠ Algumas consultas de %1 falharam; os resultados abaixo estão incompletos.</translation>
    </message>
    <message>
        <source>There is no sender address to check: fill in the default sender first.</source>
        <translation>Não há endereço de remetente a verificar: preencha primeiro o remetente padrão.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Verificação parada.</translation>
    </message>
    <message>
        <source>The check of %1 took too long and was stopped.</source>
        <translation>A verificação de %1 demorou demais e foi parada.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups of the running check</source>
        <translation>Para as consultas DNS da verificação em andamento</translation>
    </message>
    <message>
        <source>Check sender domain</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Verificar o domínio do remetente</translation>
    </message>
    <message>
        <source>Stop check</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Parar a verificação</translation>
    </message>
    <message>
        <source>DKIM selectors:</source>
        <extracomment>A field&apos;s label; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Seletores DKIM:</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ServerDiscoveryBox</name>
    <message>
        <source>&amp;Find my server</source>
        <translation>Encontrar meu ser&amp;vidor</translation>
    </message>
    <message>
        <source>Find the server in DNS</source>
        <translation>Encontrar o servidor no DNS</translation>
    </message>
    <message>
        <source>Looks up the domain of the address: the provider table, its SRV records, its MX records, then smtp. and mail. verified by connecting</source>
        <translation>Procura o domínio do endereço: a tabela de provedores, seus registros SRV, seus registros MX e depois smtp. e mail. verificados conectando-se</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>P&amp;arar</translation>
    </message>
    <message>
        <source>Stop looking for the server</source>
        <translation>Parar de procurar o servidor</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Procurando o servidor</translation>
    </message>
    <message>
        <source>Server lookup result</source>
        <translation>Resultado da busca do servidor</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Servidores encontrados</translation>
    </message>
    <message>
        <source>Each server with where it came from; choose one to fill in the server, port and TLS mode</source>
        <translation>Cada servidor com sua origem; escolha um para preencher o servidor, a porta e o modo TLS</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Usar este servidor</translation>
    </message>
    <message>
        <source>Use the selected server</source>
        <translation>Usar o servidor selecionado</translation>
    </message>
    <message>
        <source>Using %1:%2; the next pages show it and you can still change it.</source>
        <extracomment>%1: the server and port chosen from the list, e.g. &quot;smtp.example.com:465&quot;</extracomment>
        <translation>Usando %1:%2; as próximas páginas o mostram e você ainda pode alterá-lo.</translation>
    </message>
    <message>
        <source>Looking up the server for %1…</source>
        <extracomment>%1: the mail domain</extracomment>
        <translation>Procurando o servidor de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) for %1. Choose one and press Use this server, or go on and fill in the server yourself.</source>
        <translation>
            <numerusform>%n servidor encontrado para %1. Escolha-o e pressione “Usar este servidor”, ou continue e preencha o servidor você mesmo.</numerusform>
            <numerusform>%n servidores encontrados para %1. Escolha um e pressione “Usar este servidor”, ou continue e preencha o servidor você mesmo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No server found for %1 in DNS. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Nenhum servidor encontrado para %1 no DNS. Escolha seu provedor abaixo, ou preencha o servidor na próxima página.</translation>
    </message>
    <message>
        <source>Stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Parado. Escolha seu provedor abaixo, ou preencha o servidor na próxima página.</translation>
    </message>
    <message>
        <source>The lookup for %1 took too long and was stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>A busca de %1 demorou demais e foi parada. Escolha seu provedor abaixo, ou preencha o servidor na próxima página.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups and connection attempts of the search</source>
        <translation>Para as consultas DNS e as tentativas de conexão da busca</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SettingsForm</name>
    <message>
        <source>Automatic (Use TLS: port 465 implicit, any other STARTTLS required)</source>
        <translation>Automático (Usar TLS: 465 implícito, senão STARTTLS obrigatório)</translation>
    </message>
    <message>
        <source>Implicit TLS (from the first byte)</source>
        <translation>TLS implícito (desde o primeiro byte)</translation>
    </message>
    <message>
        <source>STARTTLS (required, never skipped)</source>
        <translation>STARTTLS (obrigatório, nunca ignorado)</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Nenhuma (texto puro)</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automático (o mais forte oferecido)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema com %1</translation>
    </message>
    <message>
        <source>Hint about %1</source>
        <translation>Dica sobre %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Procurar %1</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form row&apos;s label: the field&apos;s name and a colon</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar as configurações avançadas</translation>
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
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the text</source>
        <translation>Mostrar ou ocultar o texto</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>optional: a PEM file with an extra trusted CA</source>
        <translation>opcional: um arquivo PEM com uma CA confiável adicional</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>opcional: AB:CD:… (64 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <extracomment>Accessible name of the Show / Hide button of a secret field, %1 the field&apos;s label</extracomment>
        <translation>Mostrar ou ocultar %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button beside a password or key field while its text is shown</extracomment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Shows or hides the settings most setups leave as they are</source>
        <translation>Mostra ou oculta as configurações que a maioria das instalações deixa como estão</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the file</source>
        <translation>Abre uma caixa de diálogo para escolher o arquivo</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SetupWizard</name>
    <message>
        <source>Set up sending</source>
        <translation>Configurar o envio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Goes back to the previous page; nothing is saved</source>
        <translation>Volta à página anterior; nada é salvo</translation>
    </message>
    <message>
        <source>Goes on to the next page; nothing is saved before Finish</source>
        <translation>Avança para a próxima página; nada é salvo antes de “Concluir”</translation>
    </message>
    <message>
        <source>Closes the wizard without saving anything</source>
        <translation>Fecha o assistente sem salvar nada</translation>
    </message>
    <message>
        <source>Saves the profile: its settings to the profile file, its password to the keychain</source>
        <translation>Salva o perfil: as configurações no arquivo de perfis, a senha no chaveiro</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TestPage</name>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Try the settings before saving them: connect, encrypt, greet and log in.</source>
        <translation>Experimente as configurações antes de salvá-las: conectar, criptografar, saudar e fazer login.</translation>
    </message>
    <message>
        <source>Save &amp;without a passing test</source>
        <translation>Salvar &amp;sem um teste aprovado</translation>
    </message>
    <message>
        <source>Save without a passing test</source>
        <translation>Salvar sem um teste aprovado</translation>
    </message>
    <message>
        <source>Lets you finish even though the test did not pass, e.g. for a server you cannot reach from here</source>
        <translation>Permite concluir mesmo que o teste não tenha sido aprovado, p. ex. para um servidor que você não alcança daqui</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TestPanel</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
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
        <translation>Login (AUTH)</translation>
    </message>
    <message>
        <source>Sender accepted (MAIL FROM)</source>
        <translation>Remetente aceito (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient accepted (RCPT TO)</source>
        <translation>Destinatário aceito (RCPT TO)</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensagem de teste</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>em andamento…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ aprovado</translation>
    </message>
    <message>
        <source>⚠ passed with a warning</source>
        <translation>⚠ aprovado com um aviso</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ falhou</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– ignorado</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>Titular: %1
Emissor: %2
Válido de %3 a %4
Impressão digital SHA-256: %5</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Connects, secures the connection, greets and logs in with these settings</source>
        <translation>Conecta, protege a conexão, saúda e faz login com estas configurações</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Cancelar o teste</translation>
    </message>
    <message>
        <source>&amp;Find working settings</source>
        <translation>Encontrar confi&amp;gurações que funcionem</translation>
    </message>
    <message>
        <source>Find working settings</source>
        <translation>Encontrar configurações que funcionem</translation>
    </message>
    <message>
        <source>Tries ports 587, 465, 2525 and 25 with their TLS modes at once, shows what each did, and applies the best that worked</source>
        <translation>Testa ao mesmo tempo as portas 587, 465, 2525 e 25 com os modos TLS delas, mostra o que cada uma fez e aplica a melhor que funcionou</translation>
    </message>
    <message>
        <source>optional: you@example.com</source>
        <translation>opcional: voce@example.com</translation>
    </message>
    <message>
        <source>Send a test message to</source>
        <translation>Enviar uma mensagem de teste para</translation>
    </message>
    <message>
        <source>When filled in, the test also asks whether the server accepts this sender and recipient, and sends a short test message</source>
        <translation>Quando preenchido, o teste também verifica se o servidor aceita este remetente e este destinatário, e envia uma mensagem de teste curta</translation>
    </message>
    <message>
        <source>Send a test &amp;message to:</source>
        <translation>Enviar uma &amp;mensagem de teste para:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Etapas do teste</translation>
    </message>
    <message>
        <source>Each step of the test with its state and the time it took</source>
        <translation>Cada etapa do teste com a situação e o tempo que levou</translation>
    </message>
    <message>
        <source>Step, state and time columns</source>
        <translation>Colunas de etapa, situação e tempo</translation>
    </message>
    <message>
        <source>Press Test to try these settings; nothing is saved by a test.</source>
        <translation>Clique em Testar para experimentar estas configurações; um teste não salva nada.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tested yet:
%1</source>
        <translation>✗ Estas configurações ainda não podem ser testadas:
%1</translation>
    </message>
    <message>
        <source>Testing %1:%2 …</source>
        <translation>Testando %1:%2…</translation>
    </message>
    <message>
        <source>Search cancelled; nothing was changed.</source>
        <translation>Busca cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tried yet:
%1</source>
        <translation>✗ Estas configurações ainda não podem ser experimentadas:
%1</translation>
    </message>
    <message>
        <source>Trying the usual ports of %1 …</source>
        <translation>Testando as portas usuais de %1…</translation>
    </message>
    <message>
        <source>✗ None of the usual ports worked; nothing was changed. What each did is listed below.</source>
        <translation>✗ Nenhuma das portas usuais funcionou; nada foi alterado. O que cada uma fez está listado abaixo.</translation>
    </message>
    <message>
        <source>✓ Applied the best that worked: %1. Press Test to confirm, then save.</source>
        <translation>✓ Aplicada a melhor que funcionou: %1. Clique em Testar para confirmar e depois salve.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Teste cancelado.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms.</source>
        <translation>✓ Teste aprovado em %1 ms.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms: logged in with %2.</source>
        <translation>✓ Teste aprovado em %1 ms: login feito com %2.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Confiar neste certificado?</translation>
    </message>
    <message>
        <source>The console will accept this server&apos;s certificate from now on, and only this one:

%1</source>
        <translation>A partir de agora, o console aceitará o certificado deste servidor, e somente ele:

%1</translation>
    </message>
    <message>
        <source>Fix applied: %1. Press Test to try it.</source>
        <translation>Correção aplicada: %1. Clique em Testar para experimentá-la.</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>C&amp;ancelar o teste</translation>
    </message>
    <message>
        <source>Stops the running test and closes its connection</source>
        <translation>Para o teste em andamento e fecha a conexão</translation>
    </message>
    <message>
        <source>Show the sender domain check</source>
        <translation>Mostrar a verificação do domínio do remetente</translation>
    </message>
    <message>
        <source>Shows or hides the check of the SPF, DKIM, DMARC and MX records of the sender&apos;s domain</source>
        <translation>Mostra ou oculta a verificação dos registros SPF, DKIM, DMARC e MX do domínio do remetente</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TranscriptView</name>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column of the transcript: who sent the line (C: the console, S: the server)</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>── TLS from here on: every line below is encrypted ──</source>
        <extracomment>A marker row in the transcript where the connection becomes encrypted</extracomment>
        <translation>── TLS daqui em diante: todas as linhas abaixo são criptografadas ──</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Time of a transcript line since the session started</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sent by the console</source>
        <translation>Enviado pelo console</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Enviado pelo servidor</translation>
    </message>
    <message>
        <source>A note from the console</source>
        <translation>Uma observação do console</translation>
    </message>
    <message>
        <source>Transcript columns</source>
        <translation>Colunas da transcrição</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line: C: sent by the console, S: sent by the server, * a note. Passwords are never shown.</source>
        <translation>A conversa SMTP linha por linha: C: enviado pelo console, S: enviado pelo servidor, * uma observação. As senhas nunca são mostradas.</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copiar a transcrição</translation>
    </message>
    <message>
        <source>Save the transcript to a file</source>
        <translation>Salvar a transcrição em um arquivo</translation>
    </message>
    <message>
        <source>Save a report bundle for a support request</source>
        <translation>Salvar um pacote de relatório para um pedido de suporte</translation>
    </message>
    <message>
        <source>The diagnosis, the settings without secrets, and the transcript, in one file</source>
        <translation>O diagnóstico, as configurações sem segredos e a transcrição, em um só arquivo</translation>
    </message>
    <message>
        <source>Available after a diagnosis</source>
        <translation>Disponível depois de um diagnóstico</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Transcrição copiada</translation>
    </message>
    <message>
        <source>There is no diagnosis to put in a bundle yet</source>
        <translation>Ainda não há diagnóstico para colocar em um pacote</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Salvar a transcrição</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Transcrição salva em %1</translation>
    </message>
    <message>
        <source>✗ Could not save %1: %2</source>
        <translation>✗ Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Save report bundle</source>
        <translation>Salvar o pacote de relatório</translation>
    </message>
    <message>
        <source>Report bundle saved to %1 (no passwords in it)</source>
        <translation>Pacote de relatório salvo em %1 (sem senhas)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies every line of the transcript to the clipboard; passwords are never in it</source>
        <translation>Copia todas as linhas da transcrição para a área de transferência; nunca contém senhas</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Salvar como texto…</translation>
    </message>
    <message>
        <source>Writes the transcript to a text file you choose; passwords are never in it</source>
        <translation>Grava a transcrição em um arquivo de texto que você escolhe; nunca contém senhas</translation>
    </message>
    <message>
        <source>Save report bundle…</source>
        <translation>Salvar o pacote de relatório…</translation>
    </message>
</context>
</TS>
