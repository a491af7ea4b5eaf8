<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DnsText</name>
    <message>
        <source>DNSSEC-validated</source>
        <translation>validadas con DNSSEC</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>DNSSEC validation FAILED</source>
        <translation>la validación DNSSEC FALLÓ</translation>
    </message>
    <message>
        <source>The %1 lookup of %2 failed (%3).</source>
        <translation>La consulta %1 de %2 falló (%3).</translation>
    </message>
    <message>
        <source>%1 has no SPF record: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 no tiene registro SPF: los destinatarios no pueden saber qué servidores pueden enviar su correo.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one (RFC 7208 §4.5), so SPF fails everywhere.</source>
        <translation>%1 tiene %2 registros SPF; debe haber exactamente uno (RFC 7208 §4.5), así que SPF falla en todas partes.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has invalid terms: %2.</source>
        <translation>El registro SPF de %1 tiene términos no válidos: %2.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS lookups; the limit is %3 (RFC 7208 §4.6.4), so SPF fails with a permanent error.</source>
        <translation>El registro SPF de %1 necesita %2 consultas DNS; el límite es %3 (RFC 7208 §4.6.4), así que SPF falla con un error permanente.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2: it lets any server send as the domain.</source>
        <translation>El registro SPF de %1 termina en %2: permite que cualquier servidor envíe en nombre del dominio.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (include:%3).</source>
        <translation>El registro SPF de %1 no autoriza a %2 (include:%3).</translation>
    </message>
    <message>
        <source>The SPF include %1 of %2 did not resolve (%3).</source>
        <translation>El include SPF %1 de %2 no se pudo resolver (%3).</translation>
    </message>
    <message>
        <source>SPF: %1 (%2 of 10 lookups).</source>
        <translation>SPF: %1 (%2 de 10 consultas).</translation>
    </message>
    <message>
        <source>DKIM not checked: this provider&apos;s selector is chosen per domain; give it to check the key.</source>
        <translation>DKIM sin comprobar: el selector de este proveedor se elige para cada dominio; indíquelo para comprobar la clave.</translation>
    </message>
    <message>
        <source>No DKIM key at %1 (selector %2).</source>
        <translation>No hay ninguna clave DKIM en %1 (selector %2).</translation>
    </message>
    <message>
        <source>The DKIM record at %1 is not usable (%2).</source>
        <translation>El registro DKIM en %1 no se puede usar (%2).</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has only %2 bits; receivers ignore or distrust keys under %3 bits.</source>
        <translation>La clave DKIM en %1 tiene solo %2 bits; los destinatarios ignoran las claves de menos de %3 bits o desconfían de ellas.</translation>
    </message>
    <message>
        <source>DKIM selector %1: a %2-bit %3 key.</source>
        <translation>Selector DKIM %1: una clave %3 de %2 bits.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record: receivers apply their own policy and send no reports.</source>
        <translation>%1 no tiene registro DMARC: los destinatarios aplican su propia política y no envían informes.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is invalid (%2): receivers ignore it.</source>
        <translation>El registro DMARC de %1 no es válido (%2): los destinatarios lo ignoran.</translation>
    </message>
    <message>
        <source>DMARC of %1 is p=none: monitoring only, failing mail is still delivered.</source>
        <translation>El DMARC de %1 está en p=none: solo supervisión, el correo que no pasa la comprobación se entrega igualmente.</translation>
    </message>
    <message>
        <source>DMARC: policy %1, DKIM alignment %2, SPF alignment %3.</source>
        <translation>DMARC: política %1, alineación DKIM %2, alineación SPF %3.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces to this domain cannot be delivered.</source>
        <translation>%1 no tiene registro MX: las respuestas y los avisos de no entrega dirigidos a este dominio no se pueden entregar.</translation>
    </message>
    <message>
        <source>MX: %1.</source>
        <translation>MX: %1.</translation>
    </message>
    <message>
        <source>No TLSA records for %1 port %2 (no DANE).</source>
        <translation>No hay registros TLSA para %1 puerto %2 (sin DANE).</translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so DANE cannot use them (RFC 7672 §2.2).</source>
        <translation>%1 tiene registros TLSA, pero no están firmados con DNSSEC, así que DANE no puede usarlos (RFC 7672 §2.2).</translation>
    </message>
    <message>
        <source>DNSSEC validation of %1 failed: %2.</source>
        <translation>La validación DNSSEC de %1 falló: %2.</translation>
    </message>
    <message>
        <source>%1 has DNSSEC-signed TLSA records (%2); no certificate was given to match.</source>
        <translation>%1 tiene registros TLSA firmados con DNSSEC (%2); no se indicó ningún certificado con el que compararlos.</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches TLSA %2 (DNSSEC-validated).</source>
        <translation>DANE: el certificado de %1 coincide con TLSA %2 (validado con DNSSEC).</translation>
    </message>
    <message>
        <source>DANE: the certificate of %1 matches none of its TLSA records (%2); DANE-enforcing senders will not deliver to it.</source>
        <translation>DANE: el certificado de %1 no coincide con ninguno de sus registros TLSA (%2); los remitentes que aplican DANE no le entregarán correo.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <translation>registro %1 en %2: %3</translation>
    </message>
    <message>
        <source>Publish this %1.</source>
        <translation>Publique este %1.</translation>
    </message>
    <message>
        <source>Replace the %1 SPF records with one %2.</source>
        <translation>Sustituya los %1 registros SPF por un único %2.</translation>
    </message>
    <message>
        <source>Change it to this %1.</source>
        <translation>Cámbielo por este %1.</translation>
    </message>
    <message>
        <source>Once the reports show your mail passing, enforce it with this %1.</source>
        <translation>Cuando los informes muestren que su correo pasa la comprobación, aplique la política con este %1.</translation>
    </message>
    <message>
        <source>Remove includes you no longer use, or replace some with the ip4:/ip6: ranges they stand for, until at most %1 lookups remain.</source>
        <translation>Elimine los includes que ya no use, o sustituya algunos por los rangos ip4:/ip6: que representan, hasta que queden como máximo %1 consultas.</translation>
    </message>
    <message>
        <source>Check the spelling of include:%1; an include that does not resolve makes SPF fail.</source>
        <translation>Revise la ortografía de include:%1; un include que no se resuelve hace que SPF falle.</translation>
    </message>
    <message>
        <source>Run check-domain again with --dkim-selector SELECTOR (from the provider&apos;s domain authentication page).</source>
        <translation>Vuelva a ejecutar check-domain con --dkim-selector SELECTOR (de la página de autenticación de dominio del proveedor).</translation>
    </message>
    <message>
        <source>Enter the DKIM selector from the provider&apos;s domain authentication page.</source>
        <translation>Introduzca el selector DKIM de la página de autenticación de dominio del proveedor.</translation>
    </message>
    <message>
        <source>Publish the DKIM record (TXT, or the CNAME your provider gives) at %1, as shown in the provider&apos;s domain authentication page.</source>
        <translation>Publique el registro DKIM (TXT, o el CNAME que indique su proveedor) en %1, tal como aparece en la página de autenticación de dominio del proveedor.</translation>
    </message>
    <message>
        <source>Copy the DKIM record at %1 again from the provider: the key must be one base64 value after p=.</source>
        <translation>Vuelva a copiar del proveedor el registro DKIM en %1: la clave debe ser un único valor base64 después de p=.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit DKIM key with the provider and publish it at %1.</source>
        <translation>Cree una nueva clave DKIM de 2048 bits con el proveedor y publíquela en %1.</translation>
    </message>
    <message>
        <source>Publish an MX record at %1 naming the server that receives mail for the domain.</source>
        <translation>Publique en %1 un registro MX que indique el servidor que recibe el correo del dominio.</translation>
    </message>
    <message>
        <source>Publish TLSA records for the certificate the server uses now (e.g. 3 1 1 and the SHA-256 of its public key) at %1, before or together with every certificate change.</source>
        <translation>Publique en %1 registros TLSA para el certificado que usa ahora el servidor (p. ej. 3 1 1 y el SHA-256 de su clave pública), antes de cada cambio de certificado o junto con él.</translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC and publish its DS record at the parent, or remove the TLSA records.</source>
        <translation>Firme la zona con DNSSEC y publique su registro DS en la zona padre, o elimine los registros TLSA.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s nameservers (or DNS_SERVER), then run the check again.</source>
        <translation>Revise los servidores de nombres del dominio (o DNS_SERVER) y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>the provider table (%1: %2)</source>
        <translation>la tabla de proveedores (%1: %2)</translation>
    </message>
    <message>
        <source>SRV record %1</source>
        <translation>el registro SRV %1</translation>
    </message>
    <message>
        <source>MX record %1, a server of %2</source>
        <translation>el registro MX %1, un servidor de %2</translation>
    </message>
    <message>
        <source>a guess (%1), verified by connecting</source>
        <translation>una suposición (%1), verificada al conectar</translation>
    </message>
    <message>
        <source>a guess (%1), not verified</source>
        <translation>una suposición (%1), sin verificar</translation>
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
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>%1:%2 %3, from %4</source>
        <translation>%1:%2 %3, según %4</translation>
    </message>
    <message>
        <source>The SPF record of %3 does not authorise the mail server %1 (%2): receivers will treat its mail as forged.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain</extracomment>
        <translation>El registro SPF de %3 no autoriza al servidor de correo %1 (%2): los receptores tratarán su correo como falsificado.</translation>
    </message>
    <message>
        <source>SPF authorises the mail server %1 (%2).</source>
        <translation>SPF autoriza al servidor de correo %1 (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 has no address in DNS, so its SPF authorisation cannot be checked.</source>
        <translation>El servidor de correo %1 no tiene dirección en el DNS, así que no se puede comprobar su autorización SPF.</translation>
    </message>
    <message>
        <source>No SES Easy DKIM record at %1 (token %2): SES cannot sign for the domain.</source>
        <extracomment>SES: Amazon SES; Easy DKIM: its name for the feature (not translated)</extracomment>
        <translation>No hay registro SES Easy DKIM en %1 (token %2): SES no puede firmar para el dominio.</translation>
    </message>
    <message>
        <source>%1 must be a CNAME to %2 for SES Easy DKIM; it is %3.</source>
        <translation>%1 debe ser un CNAME a %2 para SES Easy DKIM; es %3.</translation>
    </message>
    <message>
        <source>%1 points to %2, but SES publishes no key there: the token is not one of this SES identity&apos;s.</source>
        <translation>%1 apunta a %2, pero SES no publica ninguna clave allí: el token no es de esta identidad de SES.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the bounce (return-path) domain: SPF cannot align with the sender&apos;s domain for DMARC.</source>
        <extracomment>%1: a DNS name such as pm-bounces.example.com, %2: the record type (CNAME, MX)</extracomment>
        <translation>No hay registro %2 en %1, el dominio de rebote (return-path): SPF no puede alinearse con el dominio del remitente para DMARC.</translation>
    </message>
    <message>
        <source>The bounce (return-path) domain %1 points to %2, not to the provider.</source>
        <translation>El dominio de rebote (return-path) %1 apunta a %2, no al proveedor.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain %1 has no SPF record that authorises SES.</source>
        <translation>El dominio MAIL FROM %1 no tiene un registro SPF que autorice a SES.</translation>
    </message>
    <message>
        <source>Bounce (return-path) domain %1: %2.</source>
        <translation>Dominio de rebote (return-path) %1: %2.</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without TLS (optional, RFC 8461).</source>
        <extracomment>MTA-STS: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 no publica ninguna política MTA-STS: los remitentes pueden entregarle correo sin TLS (opcional, RFC 8461).</translation>
    </message>
    <message>
        <source>The MTA-STS record at %1 is invalid (%2): senders ignore the policy.</source>
        <translation>El registro MTA-STS en %1 no es válido (%2): los remitentes ignoran la política.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched (HTTP %2, %3): senders ignore the policy.</source>
        <extracomment>%1: the policy&apos;s URL; %2: the HTTP status (0 when there was no answer); %3: the network&apos;s own words</extracomment>
        <translation>No se pudo obtener la política MTA-STS %1 (HTTP %2, %3): los remitentes ignoran la política.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is invalid (%2): senders ignore it.</source>
        <translation>La política MTA-STS %1 no es válida (%2): los remitentes la ignoran.</translation>
    </message>
    <message>
        <source>MTA-STS: id %1, mode %2, mx %3, max_age %4 s.</source>
        <translation>MTA-STS: id %1, mode %2, mx %3, max_age %4 s.</translation>
    </message>
    <message>
        <source>The MTA-STS policy (mode %1) does not name the MX host %2 (it names %3): senders that enforce it will not deliver there.</source>
        <translation>La política MTA-STS (mode %1) no nombra el host MX %2 (nombra %3): los remitentes que la aplican no entregarán allí.</translation>
    </message>
    <message>
        <source>%1 has no TLS-RPT record: nobody reports failed TLS deliveries to it (optional, RFC 8460).</source>
        <extracomment>TLS-RPT: the standard&apos;s name (not translated)</extracomment>
        <translation>%1 no tiene registro TLS-RPT: nadie le informa de las entregas TLS fallidas (opcional, RFC 8460).</translation>
    </message>
    <message>
        <source>The TLS-RPT record at %1 is invalid (%2).</source>
        <translation>El registro TLS-RPT en %1 no es válido (%2).</translation>
    </message>
    <message>
        <source>TLS-RPT: reports go to %1.</source>
        <translation>TLS-RPT: los informes van a %1.</translation>
    </message>
    <message>
        <source>To receive reports of failed TLS deliveries, publish this %1.</source>
        <translation>Para recibir informes de entregas TLS fallidas, publique este %1.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 over HTTPS with a certificate valid for its name, or remove the _mta-sts record.</source>
        <translation>Sirva la política en %1 por HTTPS con un certificado válido para su nombre, o elimine el registro _mta-sts.</translation>
    </message>
    <message>
        <source>Correct the policy at %1: it needs version: STSv1, mode (enforce, testing or none), max_age (at most 31557600) and an mx line for each MX host.</source>
        <extracomment>Keep version: STSv1, mode, enforce, testing, none, max_age and mx as they are (the policy&apos;s keywords).</extracomment>
        <translation>Corrija la política en %1: necesita version: STSv1, mode (enforce, testing o none), max_age (como máximo 31557600) y una línea mx por cada host MX.</translation>
    </message>
    <message>
        <source>Add an mx line for %1 to the policy at %2, then publish a new id in the _mta-sts record.</source>
        <translation>Añada una línea mx para %1 a la política en %2 y luego publique un nuevo id en el registro _mta-sts.</translation>
    </message>
    <message>
        <source>Add %1: change it to this %2.</source>
        <extracomment>%1: the SPF terms added, e.g. ip4:192.0.2.25; %2: the record to publish</extracomment>
        <translation>Añada %1: cámbielo por este %2.</translation>
    </message>
    <message>
        <source>Check the SMTP server&apos;s host name, or publish its A/AAAA records.</source>
        <translation>Compruebe el nombre de host del servidor SMTP o publique sus registros A/AAAA.</translation>
    </message>
    <message>
        <source>Publish this %1 (and the other two tokens&apos; records from the SES console).</source>
        <extracomment>%1: a DNS record such as &quot;CNAME record at TOKEN._domainkey.example.com: TOKEN.dkim.amazonses.com&quot;</extracomment>
        <translation>Publique este %1 (y los registros de los otros dos tokens, desde la consola de SES).</translation>
    </message>
    <message>
        <source>Copy the three DKIM tokens again from the SES console for this domain (and region) and publish their CNAME records.</source>
        <translation>Vuelva a copiar los tres tokens DKIM desde la consola de SES para este dominio (y región) y publique sus registros CNAME.</translation>
    </message>
    <message>
        <source>Publish the %1 record at %2 that the provider&apos;s domain page shows (its target ends in %3).</source>
        <extracomment>%1: the record type, %2: a DNS name; %3: the end of the target, e.g. .sendgrid.net</extracomment>
        <translation>Publique en %2 el registro %1 que muestra la página del dominio del proveedor (su destino termina en %3).</translation>
    </message>
    <message>
        <source>%1 has only PKIX-TA/PKIX-EE TLSA records (%2), which SMTP senders do not use (RFC 7672 §3.1.3).</source>
        <extracomment>PKIX-TA and PKIX-EE are TLSA certificate usages (0 and 1); keep them as they are.</extracomment>
        <translation>%1 solo tiene registros TLSA PKIX-TA/PKIX-EE (%2), que los remitentes SMTP no usan (RFC 7672 §3.1.3).</translation>
    </message>
    <message>
        <source>Publish DANE-EE (3 1 1) or DANE-TA (2 1 1) records at %1 instead.</source>
        <extracomment>DANE-EE and DANE-TA are TLSA certificate usages (3 and 2); keep them as they are.</extracomment>
        <translation>Publique en su lugar registros DANE-EE (3 1 1) o DANE-TA (2 1 1) en %1.</translation>
    </message>
    <message>
        <source>Could not evaluate whether the SPF record of %3 authorises the mail server %1 (%2): the term %4 was not evaluated.</source>
        <extracomment>%1: the SMTP server&apos;s host name, %2: its addresses, %3: the domain, %4: an SPF term such as exists:%{i}.example.com</extracomment>
        <translation>No se pudo evaluar si el registro SPF de %3 autoriza al servidor de correo %1 (%2): el término %4 no se evaluó.</translation>
    </message>
    <message>
        <source>No %2 record at %1, the provider&apos;s tracking host: links and open tracking in the mail will not work (sending is not affected).</source>
        <extracomment>%1: a DNS name such as email.example.com, %2: the record type (CNAME)</extracomment>
        <translation>No hay ningún registro %2 en %1, el host de seguimiento del proveedor: los enlaces y el seguimiento de aperturas del correo no funcionarán (el envío no se ve afectado).</translation>
    </message>
    <message>
        <source>The tracking host %1 points to %2, not to the provider.</source>
        <translation>El host de seguimiento %1 apunta a %2, no al proveedor.</translation>
    </message>
    <message>
        <source>Tracking host %1: %2.</source>
        <translation>Host de seguimiento %1: %2.</translation>
    </message>
    <message>
        <source>Serve the policy at %1 as Content-Type text/plain (it came as &quot;%2&quot;).</source>
        <extracomment>%1: the policy&apos;s URL, %2: the Content-Type it was served with (may be empty)</extracomment>
        <translation>Sirva la política en %1 con Content-Type text/plain (llegó como &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Send a test message to a mailbox that shows the SPF result, or authorise the server&apos;s addresses before %1 with ip4:/ip6: terms.</source>
        <extracomment>%1: an SPF term, e.g. exists:%{i}.example.com</extracomment>
        <translation>Envíe un mensaje de prueba a un buzón que muestre el resultado de SPF, o autorice las direcciones del servidor antes de %1 con términos ip4:/ip6:.</translation>
    </message>
    <message>
        <source>The record at %1 could not be checked: %2.</source>
        <translation>No se pudo comprobar el registro en %1: %2.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3&apos;s libcrypto (on Debian the package libssl3), then run the check again.</source>
        <translation>Instale libcrypto de OpenSSL 3 (en Debian, el paquete libssl3) y vuelva a ejecutar la comprobación.</translation>
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
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 is required; set it to your SMTP server&apos;s name</source>
        <translation>%1 es obligatorio; indique el nombre de su servidor SMTP</translation>
    </message>
    <message>
        <source>the host name %1 does not resolve; check %2 for typos</source>
        <translation>el nombre de host %1 no se resuelve; revise %2 por si hay errores de escritura</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port, or a firewall rejects it; check %2 and %3, or try 587, 465 or 2525</source>
        <translation>%1 rechazó la conexión: no hay nada escuchando en ese puerto, o un cortafuegos la rechaza; revise %2 y %3, o pruebe 587, 465 o 2525</translation>
    </message>
    <message>
        <source>no TCP connection to %1 within %2 s: the port is filtered (typical of blocked port 25) or the host is down; try another port or network</source>
        <translation>sin conexión TCP con %1 en %2 s: el puerto está filtrado (típico del puerto 25 bloqueado) o el host está caído; pruebe otro puerto u otra red</translation>
    </message>
    <message>
        <source>network error talking to %1</source>
        <translation>error de red al hablar con %1</translation>
    </message>
    <message>
        <source>connected, but %1 sent no greeting within %2 s; if this port expects implicit TLS (usually 465), set %3</source>
        <translation>conectado, pero %1 no envió ningún saludo en %2 s; si este puerto espera TLS implícito (normalmente 465), establezca %3</translation>
    </message>
    <message>
        <source>the server does not accept a session from us</source>
        <translation>el servidor no acepta una sesión nuestra</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not 220</source>
        <translation>el saludo del servidor no es 220</translation>
    </message>
    <message>
        <source>the server refused %1</source>
        <translation>el servidor rechazó %1</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read from &quot;%2&quot;; give the path of the CA certificate in PEM format</source>
        <translation>%1: no se pudo leer ningún certificado PEM de «%2»; indique la ruta del certificado de la CA en formato PEM</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, and TLS is required, so nothing was sent in plaintext; use the server&apos;s TLS port (%2 or %3), or %4 only for a trusted local server</source>
        <translation>%1 no ofrece STARTTLS y TLS es obligatorio, así que no se envió nada en texto plano; use el puerto TLS del servidor (%2 o %3), o %4 solo para un servidor local de confianza</translation>
    </message>
    <message>
        <source>the server refused STARTTLS</source>
        <translation>el servidor rechazó STARTTLS</translation>
    </message>
    <message>
        <source>the server sent data after its STARTTLS reply, before TLS began</source>
        <translation>el servidor envió datos tras su respuesta a STARTTLS, antes de que empezara TLS</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>falló la negociación TLS con %1</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2); trust its CA with %3, or connect by the name in the certificate</source>
        <translation>no se pudo verificar el certificado de %1 (%2); confíe en su CA con %3, o conéctese con el nombre que figura en el certificado</translation>
    </message>
    <message>
        <source>refusing to send the password to %1 without TLS; enable TLS (%2), or set %3 if you accept the risk</source>
        <translation>no se enviará la contraseña a %1 sin TLS; active TLS (%2), o establezca %3 si acepta el riesgo</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH; leave %2 empty if it needs no login</source>
        <translation>%1 no ofrece AUTH; deje %2 vacío si no requiere inicio de sesión</translation>
    </message>
    <message>
        <source>%1 does not offer AUTH without TLS; enable TLS (%2)</source>
        <translation>%1 no ofrece AUTH sin TLS; active TLS (%2)</translation>
    </message>
    <message>
        <source>the server offers only AUTH %1, none of which the console supports (PLAIN, LOGIN, CRAM-MD5)</source>
        <translation>el servidor solo ofrece AUTH %1, y la consola no admite ninguno de ellos (PLAIN, LOGIN, CRAM-MD5)</translation>
    </message>
    <message>
        <source>%1 is not offered; the server offers %2</source>
        <translation>%1 no se ofrece; el servidor ofrece %2</translation>
    </message>
    <message>
        <source>the server rejected the user name or password (%1 / %2)</source>
        <translation>el servidor rechazó el nombre de usuario o la contraseña (%1 / %2)</translation>
    </message>
    <message>
        <source>the server wants a different sign-in: an app-specific password, or a login through its web page first</source>
        <translation>el servidor pide otro tipo de inicio de sesión: una contraseña de aplicación, o iniciar sesión antes en su página web</translation>
    </message>
    <message>
        <source>the server requires another step (usually TLS) before AUTH</source>
        <translation>el servidor exige otro paso (normalmente TLS) antes de AUTH</translation>
    </message>
    <message>
        <source>the server requires encryption for this AUTH mechanism</source>
        <translation>el servidor exige cifrado para este mecanismo AUTH</translation>
    </message>
    <message>
        <source>the server does not support AUTH %1 after all; force another with %2</source>
        <translation>al final el servidor no admite AUTH %1; fuerce otro con %2</translation>
    </message>
    <message>
        <source>temporary authentication failure on the server; try again later</source>
        <translation>fallo temporal de autenticación en el servidor; inténtelo más tarde</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>falló la autenticación</translation>
    </message>
    <message>
        <source>the server asked for more AUTH %1 steps than the mechanism has</source>
        <translation>el servidor pidió más pasos de AUTH %1 de los que tiene el mecanismo</translation>
    </message>
    <message>
        <source>the server refused the sender address</source>
        <translation>el servidor rechazó la dirección del remitente</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains a space, a line break or angle brackets</source>
        <translation>la dirección «%1» contiene un espacio, un salto de línea o corchetes angulares</translation>
    </message>
    <message>
        <source>an address has non-ASCII characters, which needs SMTPUTF8 (RFC 6531), and %1 does not offer it; use an ASCII address</source>
        <translation>una dirección tiene caracteres no ASCII, lo que requiere SMTPUTF8 (RFC 6531), y %1 no lo ofrece; use una dirección ASCII</translation>
    </message>
    <message>
        <source>the message has 8-bit content and %1 does not offer 8BITMIME; encode it as quoted-printable or base64</source>
        <translation>el mensaje tiene contenido de 8 bits y %1 no ofrece 8BITMIME; codifíquelo como quoted-printable o base64</translation>
    </message>
    <message>
        <source>the message is %1 bytes and %2 accepts at most %3 bytes (SIZE)</source>
        <translation>el mensaje ocupa %1 bytes y %2 acepta como máximo %3 bytes (SIZE)</translation>
    </message>
    <message>
        <source>the message cannot be built: %1</source>
        <translation>no se puede construir el mensaje: %1</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>el mensaje no tiene destinatarios</translation>
    </message>
    <message>
        <source>the server refused every recipient</source>
        <translation>el servidor rechazó todos los destinatarios</translation>
    </message>
    <message>
        <source>the server refused DATA</source>
        <translation>el servidor rechazó DATA</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>el servidor rechazó el mensaje</translation>
    </message>
    <message>
        <source>the message content cannot be read</source>
        <translation>no se puede leer el contenido del mensaje</translation>
    </message>
    <message>
        <source>reading the message failed after %1 bytes: %2</source>
        <translation>la lectura del mensaje falló tras %1 bytes: %2</translation>
    </message>
    <message>
        <source>the message was cancelled during DATA</source>
        <translation>el mensaje se canceló durante DATA</translation>
    </message>
    <message>
        <source>unexpected reply to QUIT</source>
        <translation>respuesta inesperada a QUIT</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 s (%3) while in state %4</source>
        <translation>sin respuesta de %1 en %2 s (%3) en el estado %4</translation>
    </message>
    <message>
        <source>the server closed the connection (while in state %1)</source>
        <translation>el servidor cerró la conexión (en el estado %1)</translation>
    </message>
    <message>
        <source>the server broke the SMTP protocol</source>
        <translation>el servidor incumplió el protocolo SMTP</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>el servidor envió una respuesta que nadie pidió</translation>
    </message>
    <message>
        <source>the server is closing the connection (service not available)</source>
        <translation>el servidor está cerrando la conexión (servicio no disponible)</translation>
    </message>
    <message>
        <source>the server refused RSET</source>
        <translation>el servidor rechazó RSET</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the session is closing; the message was not sent</source>
        <translation>la sesión se está cerrando; el mensaje no se envió</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>falló (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> The server said: %1</source>
        <translation> El servidor dijo: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>the certificate of %1 is not the one pinned in %2 (it presented SHA-256 %3); if the server&apos;s certificate was renewed, check the new one and pin it, otherwise someone may be intercepting the connection</source>
        <extracomment>%1 the server, %2 the pin setting, %3 the SHA-256 fingerprint the server presented</extracomment>
        <translation>el certificado de %1 no es el fijado en %2 (presentó SHA-256 %3); si el certificado del servidor se renovó, compruebe el nuevo y fíjelo; si no, alguien podría estar interceptando la conexión</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>“Apply fix” sets %1.</source>
        <translation>«Aplicar corrección» establece %1.</translation>
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
        <translation>Ninguno (texto plano)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <translation>Aplicar corrección: %1</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>el servidor dijo: %1</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid %3 to %4, names [%5], SHA-256 %6</source>
        <translation>certificado «%1» emitido por «%2», válido del %3 al %4, nombres [%5], SHA-256 %6</translation>
    </message>
    <message>
        <source>Trust it explicitly: save the server&apos;s CA (or, for a self-signed server, its certificate) as PEM and set %1 to that file, or pin exactly this certificate: set %2. Turning verification off (%3) is a last resort for development only.</source>
        <translation>Confíe en él de forma explícita: guarde la CA del servidor (o, para un servidor autofirmado, su certificado) como PEM y establezca %1 a ese archivo, o fije exactamente este certificado: establezca %2. Desactivar la verificación (%3) es un último recurso, solo para desarrollo.</translation>
    </message>
    <message>
        <source>SendGrid: %1 is the literal word apikey, and %2 an API key (it starts with SG.).</source>
        <translation>SendGrid: %1 es literalmente la palabra apikey, y %2 una clave de API (empieza por SG.).</translation>
    </message>
    <message>
        <source>Mailgun: %1 is the domain&apos;s SMTP login (postmaster@your-domain); EU domains send through smtp.eu.mailgun.org.</source>
        <translation>Mailgun: %1 es el usuario SMTP del dominio (postmaster@su-dominio); los dominios de la UE envían a través de smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Amazon SES: use the SMTP credentials created for region %1 (the password has 44 characters), not IAM access keys; they work only in their own region.</source>
        <translation>Amazon SES: use las credenciales SMTP creadas para la región %1 (la contraseña tiene 44 caracteres), no claves de acceso de IAM; solo funcionan en su propia región.</translation>
    </message>
    <message>
        <source>of the endpoint</source>
        <translation>del endpoint</translation>
    </message>
    <message>
        <source>Postmark: with a Server API token, %1 and %2 are both the token.</source>
        <translation>Postmark: con un token de Server API, %1 y %2 son ambos ese token.</translation>
    </message>
    <message>
        <source>Gmail: %1 is the full address and %2 an app password (needs 2-Step Verification), not the account password.</source>
        <translation>Gmail: %1 es la dirección completa y %2 una contraseña de aplicación (requiere la verificación en dos pasos), no la contraseña de la cuenta.</translation>
    </message>
    <message>
        <source>Microsoft 365: %1 is the mailbox&apos;s full address, and Authenticated SMTP must be enabled for that mailbox in the admin center (security defaults turn it off).</source>
        <translation>Microsoft 365: %1 es la dirección completa del buzón, y Authenticated SMTP debe estar activado para ese buzón en el centro de administración (los valores predeterminados de seguridad lo desactivan).</translation>
    </message>
    <message>
        <source>Outlook.com: %1 is the full address; Microsoft is moving Outlook.com to OAuth sign-in, so a password may be refused even when it is right.</source>
        <translation>Outlook.com: %1 es la dirección completa; Microsoft está pasando Outlook.com al inicio de sesión OAuth, así que una contraseña puede rechazarse aunque sea correcta.</translation>
    </message>
    <message>
        <source>Postfix: check its SASL configuration and the user&apos;s entry in the SASL database.</source>
        <translation>Postfix: revise su configuración SASL y la entrada del usuario en la base de datos SASL.</translation>
    </message>
    <message>
        <source>Provider hint: %1</source>
        <translation>Consejo del proveedor: %1</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve</source>
        <translation>El nombre de host %1 no se resuelve</translation>
    </message>
    <message>
        <source>no answer from DNS within %1 s</source>
        <translation>sin respuesta del DNS en %1 s</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net); check this machine&apos;s DNS with `getent hosts %2`.</source>
        <translation>Revise %1 por si hay errores (el nombre documentado por el proveedor, p. ej. smtp.sendgrid.net); compruebe el DNS de este equipo con `getent hosts %2`.</translation>
    </message>
    <message>
        <source>Check %1 for typos (the provider&apos;s documented name, e.g. smtp.sendgrid.net) and this machine&apos;s DNS settings.</source>
        <translation>Revise %1 por si hay errores (el nombre documentado por el proveedor, p. ej. smtp.sendgrid.net) y la configuración DNS de este equipo.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 rechazó la conexión</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 there, or a firewall rejects it. Verify %2 and %3; try the provider&apos;s other ports (587 STARTTLS, 465 implicit TLS, 2525).</source>
        <translation>No hay nada escuchando allí en el puerto %1, o un cortafuegos lo rechaza. Compruebe %2 y %3; pruebe los otros puertos del proveedor (587 STARTTLS, 465 TLS implícito, 2525).</translation>
    </message>
    <message>
        <source>`selfmx-console discover %1` tries them all.</source>
        <translation>`selfmx-console discover %1` los prueba todos.</translation>
    </message>
    <message>
        <source>No answer from %1: the connection attempt timed out</source>
        <translation>Sin respuesta de %1: el intento de conexión agotó el tiempo de espera</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked by most ISPs and cloud providers (packets are dropped). Use the submission port 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>La mayoría de los proveedores de internet y de nube bloquean el puerto 25 de salida (los paquetes se descartan). Use el puerto de envío 587 con STARTTLS, o el 465 con TLS implícito.</translation>
    </message>
    <message>
        <source>A firewall drops the packets, or the host is down. Check firewall rules for outbound connections to port %1; try 587, 465 or 2525.</source>
        <translation>Un cortafuegos descarta los paquetes, o el host está caído. Revise las reglas del cortafuegos para conexiones salientes al puerto %1; pruebe 587, 465 o 2525.</translation>
    </message>
    <message>
        <source>%1 is unreachable from this machine</source>
        <translation>%1 no es accesible desde este equipo</translation>
    </message>
    <message>
        <source>This machine has no route to that network (no IPv6, a VPN, or no network at all). Check the network connection and routes.</source>
        <translation>Este equipo no tiene ruta hacia esa red (sin IPv6, una VPN o sin red en absoluto). Compruebe la conexión de red y las rutas.</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>No se pudo conectar con %1</translation>
    </message>
    <message>
        <source>Verify %1 and %2, and that outbound connections to port %3 are allowed.</source>
        <translation>Compruebe %1 y %2, y que se permiten las conexiones salientes al puerto %3.</translation>
    </message>
    <message>
        <source>%1 works, %2 does not</source>
        <translation>%1 funciona, %2 no</translation>
    </message>
    <message>
        <source>Clients that try %1 first wait for it to fail before falling back. Fix %1 routing or firewalling, or remove the server&apos;s %2 record.</source>
        <translation>Los clientes que prueban primero %1 esperan a que falle antes de recurrir a la otra. Corrija el enrutamiento o el cortafuegos de %1, o elimine el registro %2 del servidor.</translation>
    </message>
    <message>
        <source>Port 25 is in use</source>
        <translation>Se está usando el puerto 25</translation>
    </message>
    <message>
        <source>Port 25 is for server-to-server relay and is often blocked or throttled for clients; use the submission port 587 (STARTTLS) or 465 (implicit TLS).</source>
        <translation>El puerto 25 es para el reenvío entre servidores y suele estar bloqueado o limitado para los clientes; use el puerto de envío 587 (STARTTLS) o 465 (TLS implícito).</translation>
    </message>
    <message>
        <source>Connected, but %1 sent no greeting within %2 s</source>
        <translation>Conectado, pero %1 no envió ningún saludo en %2 s</translation>
    </message>
    <message>
        <source>Check that %1 is the server&apos;s SMTP port. A server that expects implicit TLS (usually 465) waits silently: set %2 there. A heavily loaded or tarpitting server may greet late: raise %3.</source>
        <translation>Compruebe que %1 es el puerto SMTP del servidor. Un servidor que espera TLS implícito (normalmente 465) aguarda en silencio: establezca allí %2. Un servidor muy cargado o que frena a propósito (tarpit) puede saludar tarde: aumente %3.</translation>
    </message>
    <message>
        <source>Port %1 speaks implicit TLS, but the settings wait for a plaintext greeting</source>
        <translation>El puerto %1 habla TLS implícito, pero la configuración espera un saludo en texto plano</translation>
    </message>
    <message>
        <source>no greeting within %1 s, while a TLS handshake on the same port got a certificate</source>
        <translation>sin saludo en %1 s, mientras que una negociación TLS en el mismo puerto obtuvo un certificado</translation>
    </message>
    <message>
        <source>Set %1 for this port (%2 with port 465 does it by itself), or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Establezca %1 para este puerto (%2 con el puerto 465 lo hace solo), o use el puerto STARTTLS del servidor, normalmente 587.</translation>
    </message>
    <message>
        <source>Set %1 for this port, or use the server&apos;s STARTTLS port, usually 587.</source>
        <translation>Establezca %1 para este puerto, o use el puerto STARTTLS del servidor, normalmente 587.</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client (%1 greeting)</source>
        <translation>El servidor se niega a hablar con este cliente (saludo %1)</translation>
    </message>
    <message>
        <source>The server&apos;s access rules, a blocklist entry for this machine&apos;s IP address, or a connection limit turned the session away. Ask the server&apos;s operator or provider; try from another network.</source>
        <translation>Las reglas de acceso del servidor, una entrada en una lista de bloqueo para la dirección IP de este equipo o un límite de conexiones rechazaron la sesión. Consulte al operador del servidor o al proveedor; pruebe desde otra red.</translation>
    </message>
    <message>
        <source>Port %1 does not speak SMTP</source>
        <translation>El puerto %1 no habla SMTP</translation>
    </message>
    <message>
        <source>%1 points at another service; use the server&apos;s SMTP port (587, 465, 25 or 2525).</source>
        <translation>%1 apunta a otro servicio; use el puerto SMTP del servidor (587, 465, 25 o 2525).</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting</source>
        <translation>El servidor cerró la conexión antes del saludo</translation>
    </message>
    <message>
        <source>The server drops this client (access rules, rate limits, or a TLS-only port); check the server&apos;s logs or try another port.</source>
        <translation>El servidor rechaza a este cliente (reglas de acceso, límites de frecuencia o un puerto solo TLS); revise los registros del servidor o pruebe otro puerto.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and TLS is required</source>
        <translation>El servidor no ofrece STARTTLS y TLS es obligatorio</translation>
    </message>
    <message>
        <source>EHLO reply: %1</source>
        <translation>Respuesta a EHLO: %1</translation>
    </message>
    <message>
        <source>Nothing was sent in plaintext. Use the server&apos;s implicit-TLS port (465, or set %1) or its STARTTLS port (587). Only for a trusted local server: set %2.</source>
        <translation>No se envió nada en texto plano. Use el puerto de TLS implícito del servidor (465, o establezca %1) o su puerto STARTTLS (587). Solo para un servidor local de confianza: establezca %2.</translation>
    </message>
    <message>
        <source>Port %1 greets in plaintext, but the settings start TLS at once (implicit TLS)</source>
        <translation>El puerto %1 saluda en texto plano, pero la configuración inicia TLS de inmediato (TLS implícito)</translation>
    </message>
    <message>
        <source>the server said first: %1; the TLS library: %2</source>
        <translation>el servidor dijo primero: %1; la biblioteca TLS: %2</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: %1 (with %2, any port but 465 does this), or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Use STARTTLS en este puerto: %1 (con %2, cualquier puerto salvo el 465 lo hace), o conéctese al puerto de TLS implícito del servidor, normalmente 465.</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port: set %1, or connect to the server&apos;s implicit-TLS port, usually 465.</source>
        <translation>Use STARTTLS en este puerto: establezca %1, o conéctese al puerto de TLS implícito del servidor, normalmente 465.</translation>
    </message>
    <message>
        <source>No TLS handshake with %1 within %2 s</source>
        <translation>Sin negociación TLS con %1 en %2 s</translation>
    </message>
    <message>
        <source>The port accepts connections but does not answer TLS. Check %1 and the TLS mode (465: implicit; 587: STARTTLS).</source>
        <translation>El puerto acepta conexiones pero no responde a TLS. Compruebe %1 y el modo TLS (465: implícito; 587: STARTTLS).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>Falló la negociación TLS con %1</translation>
    </message>
    <message>
        <source>The server and this machine share no TLS version or cipher, or the server closed the connection. Check the server&apos;s TLS configuration (TLS 1.2 or newer).</source>
        <translation>El servidor y este equipo no comparten ninguna versión de TLS ni ningún cifrado, o el servidor cerró la conexión. Revise la configuración TLS del servidor (TLS 1.2 o posterior).</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>No se puede usar %1</translation>
    </message>
    <message>
        <source>Point %1 at a readable PEM file with the CA certificate.</source>
        <translation>Haga que %1 apunte a un archivo PEM legible con el certificado de la CA.</translation>
    </message>
    <message>
        <source>Data arrived after the STARTTLS reply, before TLS began</source>
        <translation>Llegaron datos tras la respuesta a STARTTLS, antes de que empezara TLS</translation>
    </message>
    <message>
        <source>Something between you and the server injects data (a broken proxy or an attack). Use implicit TLS (465) or another network.</source>
        <translation>Algo entre usted y el servidor inyecta datos (un proxy defectuoso o un ataque). Use TLS implícito (465) u otra red.</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>Falló STARTTLS</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but did not start it; check the server&apos;s TLS certificate and key configuration.</source>
        <translation>El servidor ofreció STARTTLS pero no lo inició; revise la configuración del certificado y la clave TLS en el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>El certificado del servidor es autofirmado</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here</source>
        <translation>El emisor del certificado no es de confianza aquí</translation>
    </message>
    <message>
        <source>If the server uses a private CA, set %1 to that CA&apos;s certificate (PEM). If it uses a public CA, the server probably does not send its intermediate certificates: fix the chain on the server. Or pin the certificate: set %2.</source>
        <translation>Si el servidor usa una CA privada, establezca %1 al certificado de esa CA (PEM). Si usa una CA pública, probablemente el servidor no envía sus certificados intermedios: corrija la cadena en el servidor. O fije el certificado: establezca %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation>El certificado del servidor caducó el %1</translation>
    </message>
    <message>
        <source>Renew the certificate on the server (e.g. `certbot renew`) and reload the mail server; also check this machine&apos;s clock.</source>
        <translation>Renueve el certificado en el servidor (p. ej. `certbot renew`) y recargue el servidor de correo; revise también el reloj de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1</source>
        <translation>El certificado del servidor no es válido antes del %1</translation>
    </message>
    <message>
        <source>Check the clocks of this machine and of the server (NTP); a freshly issued certificate may also have been installed too early.</source>
        <translation>Revise los relojes de este equipo y del servidor (NTP); también puede que un certificado recién emitido se instalara demasiado pronto.</translation>
    </message>
    <message>
        <source>The certificate is not for %1</source>
        <translation>El certificado no es para %1</translation>
    </message>
    <message>
        <source>Connect by the name the certificate was issued for, or get a certificate that includes %1.</source>
        <translation>Conéctese con el nombre para el que se emitió el certificado, u obtenga un certificado que incluya %1.</translation>
    </message>
    <message>
        <source>Set %1 to a name in the certificate (%2), or get a certificate that includes %3.</source>
        <translation>Establezca %1 a un nombre del certificado (%2), u obtenga un certificado que incluya %3.</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <translation>No se pudo verificar el certificado: %1</translation>
    </message>
    <message>
        <source>Certificate verification is off</source>
        <translation>La verificación del certificado está desactivada</translation>
    </message>
    <message>
        <source>The certificate verifies: set %1.</source>
        <translation>El certificado se puede verificar: establezca %1.</translation>
    </message>
    <message>
        <source>Certificate verification is off, and the certificate does not verify</source>
        <translation>La verificación del certificado está desactivada y el certificado no se puede verificar</translation>
    </message>
    <message>
        <source>Anyone on the path can impersonate the server and read the password. Trust the CA with %1 or pin the certificate with %2, then set %3.</source>
        <translation>Cualquiera en el camino puede hacerse pasar por el servidor y leer la contraseña. Confíe en la CA con %1 o fije el certificado con %2, y luego establezca %3.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation>
            <numerusform>El certificado del servidor caduca dentro de %n día</numerusform>
            <numerusform>El certificado del servidor caduca dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>no después del %1</translation>
    </message>
    <message>
        <source>Renew it now (e.g. `certbot renew`) and reload the mail server.</source>
        <translation>Renuévelo ya (p. ej. `certbot renew`) y recargue el servidor de correo.</translation>
    </message>
    <message>
        <source>TLS is off: mail and credentials travel unencrypted</source>
        <translation>TLS está desactivado: el correo y las credenciales viajan sin cifrar</translation>
    </message>
    <message>
        <source>The server offers STARTTLS: set %1.</source>
        <translation>El servidor ofrece STARTTLS: establezca %1.</translation>
    </message>
    <message>
        <source>Use a port with TLS (587 STARTTLS or 465).</source>
        <translation>Use un puerto con TLS (587 STARTTLS o 465).</translation>
    </message>
    <message>
        <source>The pinned certificate was accepted</source>
        <translation>Se aceptó el certificado fijado</translation>
    </message>
    <message>
        <source>Nothing to change now; when the server&apos;s certificate is renewed, pin the new one in %1.</source>
        <translation>Nada que cambiar por ahora; cuando se renueve el certificado del servidor, fije el nuevo en %1.</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO</source>
        <translation>El servidor rechazó EHLO y HELO</translation>
    </message>
    <message>
        <source>Some servers require a fully qualified EHLO name: set %1 to this machine&apos;s public host name.</source>
        <translation>Algunos servidores exigen un nombre EHLO completo: establezca %1 al nombre de host público de este equipo.</translation>
    </message>
    <message>
        <source>The server offers AUTH before TLS</source>
        <translation>El servidor ofrece AUTH antes de TLS</translation>
    </message>
    <message>
        <source>EHLO before STARTTLS: %1</source>
        <translation>EHLO antes de STARTTLS: %1</translation>
    </message>
    <message>
        <source>The console never sends the password before TLS, but clients that do not insist on STARTTLS will. On the server, offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>La consola nunca envía la contraseña antes de TLS, pero los clientes que no exigen STARTTLS sí lo harán. En el servidor, ofrezca AUTH solo después de TLS (Postfix: smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>The server rejected the user name or password</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>Double-check %1 and %2 (no stray spaces or line breaks). Some providers need an app-specific password or SMTP access enabled for the account.</source>
        <translation>Revise bien %1 y %2 (sin espacios ni saltos de línea de más). Algunos proveedores requieren una contraseña de aplicación o tener activado el acceso SMTP en la cuenta.</translation>
    </message>
    <message>
        <source>The provider wants you to sign in through its web page first</source>
        <translation>El proveedor quiere que inicie sesión primero en su página web</translation>
    </message>
    <message>
        <source>The provider requires an app-specific password (or a stronger sign-in)</source>
        <translation>El proveedor exige una contraseña de aplicación (o un inicio de sesión más seguro)</translation>
    </message>
    <message>
        <source>Create an app password in the account&apos;s security settings and use it as %1; if the server said 5.7.14, sign in once in a browser from this network, then retry.</source>
        <translation>Cree una contraseña de aplicación en la configuración de seguridad de la cuenta y úsela como %1; si el servidor dijo 5.7.14, inicie sesión una vez en un navegador desde esta red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server requires TLS before AUTH</source>
        <translation>El servidor exige TLS antes de AUTH</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (STARTTLS on 587, implicit on 465).</source>
        <translation>Active TLS: establezca %1 (STARTTLS en 587, implícito en 465).</translation>
    </message>
    <message>
        <source>Temporary authentication failure on the server</source>
        <translation>Fallo temporal de autenticación en el servidor</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it persists, the server&apos;s authentication backend is down or misconfigured (for Postfix: its SASL configuration); tell its operator.</source>
        <translation>Vuelva a intentarlo en unos minutos. Si persiste, el sistema de autenticación del servidor está caído o mal configurado (en Postfix: su configuración SASL); avise a su operador.</translation>
    </message>
    <message>
        <source>The console refused to send the password without TLS</source>
        <translation>La consola se negó a enviar la contraseña sin TLS</translation>
    </message>
    <message>
        <source>Enable TLS (set %1). Only if you accept the risk: set %2.</source>
        <translation>Active TLS (establezca %1). Solo si acepta el riesgo: establezca %2.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after TLS</source>
        <translation>El servidor ofrece AUTH solo después de TLS</translation>
    </message>
    <message>
        <source>EHLO without TLS: %1</source>
        <translation>EHLO sin TLS: %1</translation>
    </message>
    <message>
        <source>Enable TLS: set %1 (the server offers %2).</source>
        <translation>Active TLS: establezca %1 (el servidor ofrece %2).</translation>
    </message>
    <message>
        <source>no STARTTLS here; try port 465</source>
        <translation>aquí no hay STARTTLS; pruebe el puerto 465</translation>
    </message>
    <message>
        <source>The server does not offer AUTH at all</source>
        <translation>El servidor no ofrece AUTH en absoluto</translation>
    </message>
    <message>
        <source>EHLO: %1</source>
        <translation>EHLO: %1</translation>
    </message>
    <message>
        <source>This port does not take logins: it may relay by IP address (leave %1 empty) or be a server-to-server port (use the submission port 587).</source>
        <translation>Este puerto no acepta inicios de sesión: puede que reenvíe según la dirección IP (deje %1 vacío) o que sea un puerto entre servidores (use el puerto de envío 587).</translation>
    </message>
    <message>
        <source>No AUTH mechanism in common with the server</source>
        <translation>Ningún mecanismo AUTH en común con el servidor</translation>
    </message>
    <message>
        <source>The console speaks PLAIN, LOGIN and CRAM-MD5; leave %1 at auto or pick one the server offers (%2).</source>
        <translation>La consola habla PLAIN, LOGIN y CRAM-MD5; deje %1 en auto o elija uno que ofrezca el servidor (%2).</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Falló la autenticación</translation>
    </message>
    <message>
        <source>Check %1 and %2.</source>
        <translation>Revise %1 y %2.</translation>
    </message>
    <message>
        <source>The server refuses %1 as sender</source>
        <translation>El servidor rechaza %1 como remitente</translation>
    </message>
    <message>
        <source>This account may not send as this address: use a sender (or domain) verified with the provider, or the address you log in with.</source>
        <translation>Esta cuenta no puede enviar como esta dirección: use un remitente (o dominio) verificado con el proveedor, o la dirección con la que inicia sesión.</translation>
    </message>
    <message>
        <source>Check the sender address and that its domain exists (has MX or A records).</source>
        <translation>Revise la dirección del remitente y que su dominio existe (tiene registros MX o A).</translation>
    </message>
    <message>
        <source>The server refuses recipient %1</source>
        <translation>El servidor rechaza el destinatario %1</translation>
    </message>
    <message>
        <source>The mailbox does not exist there: check the address for typos.</source>
        <translation>El buzón no existe allí: revise la dirección por si hay errores.</translation>
    </message>
    <message>
        <source>The server will not take mail for this recipient from you: relaying needs a login (set %1 and %2), or its access rules forbid this recipient.</source>
        <translation>El servidor no acepta correo suyo para este destinatario: el reenvío requiere iniciar sesión (establezca %1 y %2), o sus reglas de acceso prohíben este destinatario.</translation>
    </message>
    <message>
        <source>A temporary refusal (greylisting, a full mailbox, rate limits): retry later.</source>
        <translation>Un rechazo temporal (lista gris, buzón lleno, límites de frecuencia): vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>See the server&apos;s words; the recipient may be misspelled or the server may not accept it.</source>
        <translation>Vea las palabras del servidor; puede que el destinatario esté mal escrito o que el servidor no lo acepte.</translation>
    </message>
    <message>
        <source>The server refused the test message</source>
        <translation>El servidor rechazó el mensaje de prueba</translation>
    </message>
    <message>
        <source>Content or size policy refused it; see the server&apos;s words.</source>
        <translation>Una política de contenido o de tamaño lo rechazó; vea las palabras del servidor.</translation>
    </message>
    <message>
        <source>The test message was accepted</source>
        <translation>Se aceptó el mensaje de prueba</translation>
    </message>
    <message>
        <source>Nothing to change: look for the message at %1.</source>
        <translation>Nada que cambiar: busque el mensaje en %1.</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>El servidor terminó la sesión</translation>
    </message>
    <message>
        <source>The server closed the connection (shutting down, or a limit was hit); retry later.</source>
        <translation>El servidor cerró la conexión (se está apagando, o se alcanzó un límite); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The diagnosis was stopped at the %1 stage</source>
        <translation>El diagnóstico se detuvo en la etapa %1</translation>
    </message>
    <message>
        <source>Run it again; raise %1 if the server is slow.</source>
        <translation>Vuelva a ejecutarlo; aumente %1 si el servidor es lento.</translation>
    </message>
    <message>
        <source>The server stopped answering during %1</source>
        <translation>El servidor dejó de responder durante %1</translation>
    </message>
    <message>
        <source>Raise %1 if the server is slow; otherwise check its logs.</source>
        <translation>Aumente %1 si el servidor es lento; si no, revise sus registros.</translation>
    </message>
    <message>
        <source>The %1 stage failed</source>
        <translation>Falló la etapa %1</translation>
    </message>
    <message>
        <source>See the server&apos;s words in the evidence.</source>
        <translation>Vea las palabras del servidor en las evidencias.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the pinned one</source>
        <translation>El certificado del servidor no es el fijado</translation>
    </message>
    <message>
        <source>presented SHA-256 %1, pinned %2</source>
        <extracomment>%1 the fingerprint the server presented, %2 the pinned one</extracomment>
        <translation>presentado SHA-256 %1, fijado %2</translation>
    </message>
    <message>
        <source>Nothing was sent. If the server&apos;s certificate was renewed, check the new one (its issuer and dates) and pin it in %1; if not, someone may be intercepting the connection.</source>
        <translation>No se envió nada. Si el certificado del servidor se renovó, compruebe el nuevo (su emisor y sus fechas) y fíjelo en %1; si no, alguien podría estar interceptando la conexión.</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service, or pass the password through SMTP_PASS for this run</source>
        <translation>no hay llavero disponible: la consola guarda las contraseñas solo en el llavero del sistema (Secret Service), y no hay ninguno accesible en esta sesión. Inicie gnome-keyring o el Secret Service de KeePassXC, o pase la contraseña en SMTP_PASS para esta ejecución</translation>
    </message>
    <message>
        <source>no keychain available: the console stores passwords only in the OS keychain (Secret Service), and none is reachable in this session. Start gnome-keyring or KeePassXC&apos;s Secret Service</source>
        <translation>no hay llavero disponible: la consola guarda las contraseñas solo en el llavero del sistema (Secret Service), y no hay ninguno accesible en esta sesión. Inicie gnome-keyring o el Secret Service de KeePassXC</translation>
    </message>
    <message>
        <source>the keychain is locked and was not unlocked; unlock it (e.g. log in to the desktop session) and retry</source>
        <translation>el llavero está bloqueado y no se desbloqueó; desbloquéelo (p. ej. iniciando la sesión de escritorio) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the keychain refused access to selfmx-console (%1)</source>
        <translation>el llavero denegó el acceso a selfmx-console (%1)</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; set one with &apos;profile edit NAME --ask-password&apos;</source>
        <translation>no hay ninguna contraseña guardada en el llavero para este perfil; establezca una con &apos;profile edit NAME --ask-password&apos;</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for this profile; type it in the Password field and save</source>
        <translation>no hay ninguna contraseña guardada en el llavero para este perfil; escríbala en el campo Contraseña y guarde</translation>
    </message>
    <message>
        <source>this installation of selfmx-console is incomplete: its keychain module (selfmx-keychain) is missing; reinstall the package (%1)</source>
        <extracomment>%1: the dynamic loader&apos;s words, naming the files it looked for.</extracomment>
        <translation>esta instalación de selfmx-console está incompleta: falta su módulo de llavero (selfmx-keychain); reinstale el paquete (%1)</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session, or pass the password through SMTP_PASS for this run</source>
        <extracomment>%1: the keychain&apos;s own words</extracomment>
        <translation>falló el llavero: %1. Compruebe que un Secret Service (gnome-keyring, KeePassXC) se ejecuta y está desbloqueado en esta sesión, o pase la contraseña en SMTP_PASS para esta ejecución</translation>
    </message>
    <message>
        <source>the keychain failed: %1. Check that a Secret Service (gnome-keyring, KeePassXC) runs and is unlocked in this session</source>
        <translation>falló el llavero: %1. Compruebe que un Secret Service (gnome-keyring, KeePassXC) se ejecuta y está desbloqueado en esta sesión</translation>
    </message>
</context>
<context>
    <name>MimeText</name>
    <message>
        <source>the address is empty</source>
        <translation>la dirección está vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is an email address (or a name and address) as the user wrote it</extracomment>
        <translation>«%1» contiene un salto de línea (se rechaza la inyección de cabeceras)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form name@domain</source>
        <extracomment>%1 is an email address as the user wrote it; &quot;name@domain&quot; shows the expected form</extracomment>
        <translation>«%1» no tiene la forma nombre@dominio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a local part longer than 64 octets (RFC 5321 §4.5.3.1.1)</source>
        <extracomment>%1 is an email address; the local part is what comes before the @</extracomment>
        <translation>«%1» tiene una parte local de más de 64 octetos (RFC 5321 §4.5.3.1.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 254 octets</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>«%1» tiene más de 254 octetos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid quoted local part</source>
        <extracomment>%1 is an email address; the local part is what comes before the @, here in double quotes</extracomment>
        <translation>«%1» tiene una parte local entre comillas no válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced dot in the local part</source>
        <extracomment>%1 is an email address; a dot at the start or end of the part before the @, or two dots in a row</extracomment>
        <translation>«%1» tiene un punto mal colocado en la parte local</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the character &apos;%2&apos; in the local part, which needs quoting</source>
        <extracomment>%1 is an email address, %2 a single character of it (e.g. a comma or a space)</extracomment>
        <translation>«%1» tiene en la parte local el carácter «%2», que debe ir entre comillas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid (internationalised) host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>«%1» tiene un dominio que no es un nombre de host (internacionalizado) válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a domain that is not a valid host name</source>
        <extracomment>%1 is an email address; the domain is what comes after the @</extracomment>
        <translation>«%1» tiene un dominio que no es un nombre de host válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has text after the closing &apos;&gt;&apos;</source>
        <extracomment>%1 is a name and email address such as Jane &lt;jane@example.com&gt;</extracomment>
        <translation>«%1» tiene texto después del «&gt;» de cierre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quoted display name</source>
        <extracomment>%1 is a name and email address such as &quot;Doe, Jane&quot; &lt;jane@example.com&gt;</extracomment>
        <translation>«%1» tiene un nombre visible con comillas sin cerrar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unterminated quote</source>
        <extracomment>%1 is a list of email addresses as the user wrote it</extracomment>
        <translation>«%1» tiene comillas sin cerrar</translation>
    </message>
    <message>
        <source>the display name &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name shown with an email address, e.g. Jane Doe</extracomment>
        <translation>el nombre visible «%1» contiene un salto de línea (se rechaza la inyección de cabeceras)</translation>
    </message>
    <message>
        <source>a sender address is required</source>
        <translation>se requiere una dirección de remitente</translation>
    </message>
    <message>
        <source>at least one recipient is required (to, cc or bcc)</source>
        <extracomment>to, cc and bcc are the recipient fields&apos; names; keep them as they are</extracomment>
        <translation>se requiere al menos un destinatario (to, cc o bcc)</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; contains a line break (header injection is refused)</source>
        <extracomment>%1 is the name of an email header, e.g. X-Campaign</extracomment>
        <translation>la cabecera «%1» contiene un salto de línea (se rechaza la inyección de cabeceras)</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has a line break in its name, content type or content id (header injection is refused)</source>
        <extracomment>%1 is an attachment&apos;s file name</extracomment>
        <translation>el adjunto «%1» tiene un salto de línea en su nombre, su tipo de contenido o su identificador de contenido (se rechaza la inyección de cabeceras)</translation>
    </message>
    <message>
        <source>the subject contains a line break (header injection is refused)</source>
        <translation>el asunto contiene un salto de línea (se rechaza la inyección de cabeceras)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use printable ASCII without spaces or &apos;:&apos;</source>
        <extracomment>%1 is what the user gave as the name of an email header</extracomment>
        <translation>«%1» no es un nombre de cabecera válido: use ASCII imprimible sin espacios ni «:»</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is set from the message itself; use the matching option instead</source>
        <extracomment>%1 is the name of an email header, e.g. Subject or From</extracomment>
        <translation>la cabecera «%1» se genera a partir del propio mensaje; use la opción correspondiente</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content type &quot;%2&quot;, which is not of the form type/subtype</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 a MIME content type such as text/plain</extracomment>
        <translation>el adjunto «%1» tiene el tipo de contenido «%2», que no tiene la forma tipo/subtipo</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; has the content id &quot;%2&quot;, which is not valid: use ASCII letters, digits and . - _ @ (RFC 2392)</source>
        <extracomment>%1 is an attachment&apos;s file name, %2 its content id (the NAME in &lt;img src=&quot;cid:NAME&quot;&gt;)</extracomment>
        <translation>el adjunto «%1» tiene el identificador de contenido «%2», que no es válido: use letras ASCII, dígitos y . - _ @ (RFC 2392)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or directory); save it to a file first</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>%1 no es un archivo normal (es un dispositivo, una tubería o un directorio); guarde primero su contenido en un archivo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason (e.g. &quot;No such file or directory&quot;)</extracomment>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed size while it was being sent; send the message again</source>
        <extracomment>%1 is the path of a file attached to the message</extracomment>
        <translation>el tamaño de %1 cambió mientras se enviaba; envíe el mensaje de nuevo</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Self-hosted (Postfix)</source>
        <translation>Servidor propio (Postfix)</translation>
    </message>
    <message>
        <source>Other server</source>
        <extracomment>A provider choice: any SMTP server not in the list</extracomment>
        <translation>Otro servidor</translation>
    </message>
    <message>
        <source>Use the user name and password your mail server&apos;s administrator gave you.</source>
        <translation>Use el nombre de usuario y la contraseña que le dio el administrador de su servidor de correo.</translation>
    </message>
    <message>
        <source>postmaster@your-domain</source>
        <translation>postmaster@su-dominio</translation>
    </message>
    <message>
        <source>SMTP user name (starts with AKIA)</source>
        <translation>Nombre de usuario SMTP (empieza por AKIA)</translation>
    </message>
    <message>
        <source>Server API token</source>
        <translation>Token de Server API</translation>
    </message>
    <message>
        <source>you@gmail.com</source>
        <translation>usted@gmail.com</translation>
    </message>
    <message>
        <source>you@your-company.com</source>
        <translation>usted@su-empresa.com</translation>
    </message>
    <message>
        <source>you@outlook.com</source>
        <translation>usted@outlook.com</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>Picked %1, because the address is at %2.</source>
        <extracomment>%1 is a provider (&quot;Gmail / Google Workspace&quot;), %2 the domain that matched (&quot;gmail.com&quot;)</extracomment>
        <translation>Se eligió %1 porque la dirección es de %2.</translation>
    </message>
    <message>
        <source>%1 is not a domain the console knows: pick your provider from the list, or &quot;Other server&quot;.</source>
        <translation>%1 no es un dominio que la consola conozca: elija su proveedor en la lista, u «Otro servidor».</translation>
    </message>
    <message>
        <source>Where %2 issues them: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <extracomment>%1 is a link&apos;s address, %2 the provider&apos;s name</extracomment>
        <translation>Dónde los emite %2: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>EU (smtp.eu.mailgun.org)</source>
        <translation>UE (smtp.eu.mailgun.org)</translation>
    </message>
    <message>
        <source>US (smtp.mailgun.org)</source>
        <translation>EE. UU. (smtp.mailgun.org)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones específicas de Qt.</translation>
    </message>
</context>
<context>
    <name>RelayText</name>
    <message>
        <source>relay listening on http://%1:%2</source>
        <translation>relay escuchando en http://%1:%2</translation>
    </message>
    <message>
        <source>The relay listens on %1, which other machines can reach: anyone with the API key can send mail through this profile.</source>
        <translation>El relay escucha en %1, accesible desde otros equipos: cualquiera con la clave de API puede enviar correo a través de este perfil.</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; clients send it as &quot;Authorization: Bearer KEY&quot;:</source>
        <translation>se creó una nueva clave de API para el perfil «%1» y se guardó en el llavero; los clientes la envían como &quot;Authorization: Bearer KEY&quot;:</translation>
    </message>
    <message>
        <source>The relay needs an API key. Make one with &quot;New key&quot;.</source>
        <translation>El relay necesita una clave de API. Cree una con «Nueva clave».</translation>
    </message>
    <message>
        <source>HOST=%1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine</source>
        <translation>HOST=%1 no es una dirección IP; use 127.0.0.1, ::1 o una dirección de este equipo</translation>
    </message>
    <message>
        <source>The listening address %1 is not an IP address; use 127.0.0.1, ::1 or an address of this machine.</source>
        <translation>La dirección de escucha %1 no es una dirección IP; use 127.0.0.1, ::1 o una dirección de este equipo.</translation>
    </message>
    <message>
        <source>another relay (process %1) already delivers from this queue; stop it first, or give this one its own --queue</source>
        <translation>otro relay (proceso %1) ya entrega desde esta cola; deténgalo primero, o dé a este su propia --queue</translation>
    </message>
    <message>
        <source>Another relay (process %1) already delivers from this profile&apos;s queue. Stop it first.</source>
        <translation>Otro relay (proceso %1) ya entrega desde la cola de este perfil. Deténgalo primero.</translation>
    </message>
    <message>
        <source>There is no message %1 in the queue.</source>
        <translation>No hay ningún mensaje %1 en la cola.</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a failed, canceled or queued message can be retried.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>El mensaje %1 está %2: solo se puede reintentar un mensaje fallido, cancelado o en cola.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a queued or scheduled message can be canceled.</source>
        <extracomment>%2 is the message&apos;s state as the API names it (queued, sending, delivered, ...)</extracomment>
        <translation>El mensaje %1 está %2: solo se puede cancelar un mensaje en cola o programado.</translation>
    </message>
    <message>
        <source>message %1 queued again; the relay sends it within a few seconds</source>
        <translation>mensaje %1 en cola de nuevo; el relay lo envía en unos segundos</translation>
    </message>
    <message>
        <source>message %1 canceled; it will not be sent</source>
        <translation>mensaje %1 cancelado; no se enviará</translation>
    </message>
    <message>
        <source>relay: running (process %1)</source>
        <translation>relay: en marcha (proceso %1)</translation>
    </message>
    <message>
        <source>relay: not running</source>
        <translation>relay: detenido</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>cola: %1</translation>
    </message>
    <message>
        <source>stopping: no new requests; finishing the SMTP transactions in progress</source>
        <translation>deteniendo: no se aceptan solicitudes nuevas; terminando las transacciones SMTP en curso</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>relay detenido</translation>
    </message>
    <message>
        <source>HOST=%1 is not a loopback address: other machines can reach the relay; anyone with the API key can send mail through this profile</source>
        <translation>HOST=%1 no es una dirección de loopback: otros equipos pueden acceder al relay; cualquiera con la clave de API puede enviar correo a través de este perfil</translation>
    </message>
    <message>
        <source>the relay needs an API key: set API_KEY, or name a profile with --profile (its key is made and kept in the keychain)</source>
        <translation>el relay necesita una clave de API: establezca API_KEY, o indique un perfil con --profile (su clave se crea y se guarda en el llavero)</translation>
    </message>
    <message>
        <source>%1 port %2 is already in use (another program listens there): stop that program, or set PORT to a free port (or HOST to another address)</source>
        <extracomment>%1: an IP address, %2: a port number</extracomment>
        <translation>el puerto %2 en %1 ya está en uso (otro programa escucha ahí): detenga ese programa, o establezca PORT en un puerto libre (o HOST en otra dirección)</translation>
    </message>
    <message>
        <source>Port %2 on %1 is already in use by another program. Stop that program, or choose another relay port for this profile.</source>
        <translation>El puerto %2 en %1 ya lo usa otro programa. Detenga ese programa, o elija otro puerto del relay para este perfil.</translation>
    </message>
    <message>
        <source>HOST=%1 is not an address of this machine (or its network is not up yet); use 127.0.0.1, ::1 or one of this machine&apos;s addresses</source>
        <translation>HOST=%1 no es una dirección de este equipo (o su red aún no está activa); use 127.0.0.1, ::1 o una de las direcciones de este equipo</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine (or its network is not up yet). Use 127.0.0.1, ::1 or one of this machine&apos;s addresses.</source>
        <translation>%1 no es una dirección de este equipo (o su red aún no está activa). Use 127.0.0.1, ::1 o una de las direcciones de este equipo.</translation>
    </message>
    <message>
        <source>port %1 is below 1024, which only privileged programs may listen on; set PORT to 1024 or more</source>
        <translation>el puerto %1 es menor que 1024, donde solo pueden escuchar programas con privilegios; establezca PORT en 1024 o más</translation>
    </message>
    <message>
        <source>Port %1 is below 1024, which only privileged programs may listen on. Choose a relay port of 1024 or more.</source>
        <translation>El puerto %1 es menor que 1024, donde solo pueden escuchar programas con privilegios. Elija un puerto del relay de 1024 o más.</translation>
    </message>
    <message>
        <source>the relay cannot start: %1</source>
        <translation>el relay no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>there is no message %1 in the queue</source>
        <translation>no hay ningún mensaje %1 en la cola</translation>
    </message>
    <message>
        <source>message %1 is %2: only a failed, canceled or queued message can be retried</source>
        <translation>el mensaje %1 está %2: solo se puede reintentar un mensaje fallido, cancelado o en cola</translation>
    </message>
    <message>
        <source>message %1 is %2: only a queued or scheduled message can be canceled</source>
        <translation>el mensaje %1 está %2: solo se puede cancelar un mensaje en cola o programado</translation>
    </message>
    <message>
        <source>it was written by an earlier version and a relay is using it; restart that relay (it moves the queue to this version&apos;s layout when it starts), then try again</source>
        <translation>la escribió una versión anterior y un relay la está usando; reinicie ese relay (al arrancar convierte la cola al formato de esta versión) y vuelva a intentarlo</translation>
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
        <translation>Diagnosticando… %1: superado</translation>
    </message>
    <message>
        <source>Diagnosing … %1: passed with a warning</source>
        <translation>Diagnosticando… %1: superado con un aviso</translation>
    </message>
    <message>
        <source>Diagnosing … %1: failed</source>
        <translation>Diagnosticando… %1: fallido</translation>
    </message>
    <message>
        <source>Diagnosing … %1: skipped</source>
        <translation>Diagnosticando… %1: omitido</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>no AUTH</source>
        <translation>sin AUTH</translation>
    </message>
    <message>
        <source>(HELO only)</source>
        <translation>(solo HELO)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>no answer from DNS within the timeout</source>
        <translation>sin respuesta del DNS dentro del tiempo de espera</translation>
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
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>off (%1)</source>
        <translation>desactivado (%1)</translation>
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
        <translation>certificado NO verificado</translation>
    </message>
    <message>
        <source> (%1, expires %2)</source>
        <translation> (%1, caduca el %2)</translation>
    </message>
    <message>
        <source>before TLS: %1 | after TLS: %2</source>
        <translation>antes de TLS: %1 | después de TLS: %2</translation>
    </message>
    <message>
        <source>no %1: no login</source>
        <translation>sin %1: sin inicio de sesión</translation>
    </message>
    <message>
        <source>%1 as %2: refused</source>
        <translation>%1 como %2: rechazado</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>not probed (--probe-sender)</source>
        <translation>no comprobado (--probe-sender)</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>not probed (--probe-recipient)</source>
        <translation>no comprobado (--probe-recipient)</translation>
    </message>
    <message>
        <source>no test message (--test-send)</source>
        <translation>sin mensaje de prueba (--test-send)</translation>
    </message>
    <message>
        <source>no test message</source>
        <translation>sin mensaje de prueba</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>texto plano</translation>
    </message>
    <message>
        <source>%1 %2: ✗ %3</source>
        <translation>%1 %2: ✗ %3</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, logged in (%3 ms)</source>
        <extracomment>discover&apos;s line for a port that works: port, TLS mode, milliseconds</extracomment>
        <translation>%1 %2: ✓ certificado NO verificado, sesión iniciada (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ logged in (%3 ms)</source>
        <translation>%1 %2: ✓ sesión iniciada (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ certificate NOT verified, connected (%3 ms)</source>
        <translation>%1 %2: ✓ certificado NO verificado, conectado (%3 ms)</translation>
    </message>
    <message>
        <source>%1 %2: ✓ connected (%3 ms)</source>
        <translation>%1 %2: ✓ conectado (%3 ms)</translation>
    </message>
    <message>
        <source>Diagnosis of %1:%2 (%3, verification %4, timeout %5 s)</source>
        <translation>Diagnóstico de %1:%2 (%3, verificación %4, tiempo de espera %5 s)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>DESACTIVADA</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidencia:  %1</translation>
    </message>
    <message>
        <source>fix:      %1</source>
        <translation>corrección: %1</translation>
    </message>
    <message>
        <source>Result: working (%1 ms)</source>
        <translation>Resultado: funciona (%1 ms)</translation>
    </message>
    <message>
        <source>Result: fails at %1 (%2 ms)</source>
        <translation>Resultado: falla en %1 (%2 ms)</translation>
    </message>
    <message>
        <source>SelfMX Console diagnosis report</source>
        <translation>Informe de diagnóstico de SelfMX Console</translation>
    </message>
    <message>
        <source>console %1, Qt %2, %3, %4</source>
        <translation>consola %1, Qt %2, %3, %4</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciado el %1</translation>
    </message>
    <message>
        <source>Settings (secrets masked)</source>
        <translation>Configuración (secretos ocultos)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>emisor %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>válido del %1 al %2</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>nombres %1</translation>
    </message>
    <message>
        <source>Transcript (AUTH redacted)</source>
        <translation>Transcripción (AUTH oculto)</translation>
    </message>
    <message>
        <source>certificate accepted by its pin</source>
        <translation>certificado aceptado por su pin</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>sin saludo</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>sin sesión TLS</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>connect: refused the connection (nothing listens on this port, or a firewall rejects it)</source>
        <translation>connect: conexión rechazada (no hay nada escuchando en este puerto, o un cortafuegos la rechaza)</translation>
    </message>
    <message>
        <source>connect: no TCP connection within %1 s (the port is filtered, or the host is down)</source>
        <translation>connect: sin conexión TCP en %1 s (el puerto está filtrado, o el host está caído)</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of alternatives: &quot;a, b&quot; and &quot;c&quot;</extracomment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A form field&apos;s label and the variable it stands for, e.g. &quot;Port (SMTP_PORT)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>is required; set it to your SMTP server&apos;s name, e.g. smtp.example.com</source>
        <translation>es obligatorio; indique el nombre de su servidor SMTP, p. ej. smtp.example.com</translation>
    </message>
    <message>
        <source>is required; give the profile a name such as &quot;production&quot;</source>
        <translation>es obligatorio; dé al perfil un nombre como «produccion»</translation>
    </message>
    <message>
        <source>%1 is not a host name; use this machine&apos;s fully qualified name</source>
        <translation>%1 no es un nombre de host; use el nombre completo de este equipo</translation>
    </message>
    <message>
        <source>%1 is not a host name or IP address; use a name such as smtp.example.com</source>
        <translation>%1 no es un nombre de host ni una dirección IP; use un nombre como smtp.example.com</translation>
    </message>
    <message>
        <source>%1 is not a port; use a number from %2 to %3 (587 STARTTLS, 465 implicit TLS, 25, 2525)</source>
        <translation>%1 no es un puerto; use un número de %2 a %3 (587 STARTTLS, 465 TLS implícito, 25, 2525)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3 (default %4)</source>
        <translation>%1 está fuera del rango %2 a %3; use un número entero de %2 a %3 (predeterminado %4)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3; use a whole number from %2 to %3</source>
        <translation>%1 está fuera del rango %2 a %3; use un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>%1 is not a boolean; use true or false</source>
        <translation>%1 no es un booleano; use true o false</translation>
    </message>
    <message>
        <source>%1 is not a timeout; use a number of seconds greater than 0 (at least 0.001) and at most %2 (default %3)</source>
        <translation>%1 no es un tiempo de espera; use un número de segundos mayor que 0 (al menos 0.001) y como máximo %2 (predeterminado %3)</translation>
    </message>
    <message>
        <source>%1 is not supported; use auto, PLAIN, LOGIN or CRAM-MD5</source>
        <translation>%1 no se admite; use auto, PLAIN, LOGIN o CRAM-MD5</translation>
    </message>
    <message>
        <source>%1 is not one of the accepted values; use %2</source>
        <translation>%1 no es uno de los valores aceptados; use %2</translation>
    </message>
    <message>
        <source>%1 is not a TLS mode; use implicit, starttls or none</source>
        <translation>%1 no es un modo TLS; use implicit, starttls o none</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed), as `openssl x509 -noout -fingerprint -sha256` prints it</source>
        <translation>%1 no es una huella SHA-256; use 64 dígitos hexadecimales (se admiten dos puntos), tal como los imprime `openssl x509 -noout -fingerprint -sha256`</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed)</source>
        <translation>%1 no es una huella SHA-256; use 64 dígitos hexadecimales (se admiten dos puntos)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address; write name@domain</source>
        <translation>%1 no es una dirección de correo; escriba nombre@dominio</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer SMTP_TLS_CA_FILE to trust a self-signed server</source>
        <translation>la verificación del certificado está desactivada: cualquiera en el camino puede leer la contraseña. Mejor use SMTP_TLS_CA_FILE para confiar en un servidor autofirmado</translation>
    </message>
    <message>
        <source>certificate verification is off: anyone on the path can read the password. Prefer a trusted CA file or a pinned certificate</source>
        <translation>la verificación del certificado está desactivada: cualquiera en el camino puede leer la contraseña. Mejor use un archivo de CA de confianza o un certificado fijado</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a loopback server or with SMTP_ALLOW_PLAINTEXT_AUTH=true</source>
        <translation>TLS está desactivado: la contraseña viajaría en texto plano; la consola solo la envía a un servidor de loopback o con SMTP_ALLOW_PLAINTEXT_AUTH=true</translation>
    </message>
    <message>
        <source>TLS is off: the password would travel in plaintext; the console sends it only to a server on this machine unless you allow login without TLS</source>
        <translation>TLS está desactivado: la contraseña viajaría en texto plano; la consola solo la envía a un servidor en este equipo, salvo que permita el inicio de sesión sin TLS</translation>
    </message>
    <message>
        <source>the relay listens on %1, not only on this machine: other machines can send mail through your account</source>
        <translation>el relay escucha en %1, no solo en este equipo: otros equipos pueden enviar correo a través de su cuenta</translation>
    </message>
    <message>
        <source>overrides SMTP_TLS=%1</source>
        <translation>anula SMTP_TLS=%1</translation>
    </message>
    <message>
        <source>may not contain line breaks or &apos;/&apos;</source>
        <translation>no puede contener saltos de línea ni &apos;/&apos;</translation>
    </message>
    <message>
        <source>%1 is not an SES region; use one of %2</source>
        <translation>%1 no es una región de SES; use una de %2</translation>
    </message>
    <message>
        <source>a profile named %1 exists; pick another name</source>
        <translation>ya existe un perfil llamado %1; elija otro nombre</translation>
    </message>
    <message>
        <source>no profile %1</source>
        <translation>no existe el perfil %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>line %1: expected KEY=value, got &quot;%2&quot;</source>
        <translation>línea %1: se esperaba KEY=valor, se obtuvo «%2»</translation>
    </message>
    <message>
        <source>line %1: %2 has an unterminated %3 quote</source>
        <translation>línea %1: %2 tiene una comilla %3 sin cerrar</translation>
    </message>
    <message>
        <source>line %1: %2 has text after its closing quote; only a comment (after a space) may follow</source>
        <translation>línea %1: %2 tiene texto tras la comilla de cierre; solo puede seguir un comentario (tras un espacio)</translation>
    </message>
    <message>
        <source>line %1: %2 uses $: Docker Compose would expand it as a variable and the console does not; write $$ for a literal $, or put the value in single quotes</source>
        <translation>línea %1: %2 usa $: Docker Compose lo expandiría como variable y la consola no; escriba $$ para un $ literal, o ponga el valor entre comillas simples</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown</source>
        <translation>
            <numerusform>… y %n problema más no mostrado</numerusform>
            <numerusform>… y %n problemas más no mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 serves SMTP on ports %2, not %3</source>
        <translation>%1 ofrece SMTP en los puertos %2, no en %3</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; set SMTP_TLS_MODE=implicit</source>
        <translation>el puerto %1 de %2 espera TLS implícito; establezca SMTP_TLS_MODE=implicit</translation>
    </message>
    <message>
        <source>port %1 of %2 expects implicit TLS; choose &quot;implicit&quot; as the TLS mode</source>
        <translation>el puerto %1 de %2 espera TLS implícito; elija «implícito» como modo TLS</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey, not %1</source>
        <translation>el nombre de usuario de SendGrid es literalmente la palabra apikey, no %1</translation>
    </message>
    <message>
        <source>SendGrid API keys start with SG.; this looks like an account password</source>
        <translation>las claves de API de SendGrid empiezan por SG.; esto parece la contraseña de una cuenta</translation>
    </message>
    <message>
        <source>with a Postmark Server API token, user name and password are the same token; they differ only for an SMTP Token (access key + secret key)</source>
        <translation>con un token de Server API de Postmark, el nombre de usuario y la contraseña son el mismo token; solo difieren con un token SMTP (clave de acceso + clave secreta)</translation>
    </message>
    <message>
        <source>a 40-character secret with an AKIA… user looks like an IAM access key; SES needs SMTP credentials generated for region %1 (their password is 44 characters)</source>
        <translation>un secreto de 40 caracteres con un usuario AKIA… parece una clave de acceso de IAM; SES necesita credenciales SMTP generadas para la región %1 (su contraseña tiene 44 caracteres)</translation>
    </message>
    <message>
        <source>SES SMTP credentials work only in their own region: expected %1</source>
        <translation>las credenciales SMTP de SES solo funcionan en su propia región: se esperaba %1</translation>
    </message>
    <message>
        <source>Amazon SES refuses unencrypted connections</source>
        <translation>Amazon SES rechaza las conexiones sin cifrar</translation>
    </message>
    <message>
        <source>Mailgun SMTP logins look like postmaster@your-domain; %1 has no domain</source>
        <translation>los usuarios SMTP de Mailgun tienen la forma postmaster@su-dominio; %1 no tiene dominio</translation>
    </message>
    <message>
        <source>EU Mailgun domains send through %1</source>
        <translation>los dominios de Mailgun de la UE envían a través de %1</translation>
    </message>
    <message>
        <source>%1 logs in with the mailbox&apos;s full address (name@domain), not %2</source>
        <translation>%1 inicia sesión con la dirección completa del buzón (nombre@dominio), no con %2</translation>
    </message>
    <message>
        <source>port 25 is often blocked by ISPs and clouds; prefer 587</source>
        <translation>el puerto 25 suele estar bloqueado por los proveedores de internet y de nube; mejor use 587</translation>
    </message>
    <message>
        <source>invalid value (%1)</source>
        <extracomment>An unknown problem code, shown as is</extracomment>
        <translation>valor no válido (%1)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;: </source>
        <translation>%1, perfil «%2»: </translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 no es una opción que la consola conozca (vea la lista de variables SMTP_* en el README)</translation>
    </message>
    <message>
        <source>%1 is not a setting the console knows; did you mean %2?</source>
        <translation>%1 no es una opción que la consola conozca; ¿quiso decir %2?</translation>
    </message>
    <message>
        <source>%1 is not a nameserver; use an IP address with an optional port, e.g. 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53</source>
        <extracomment>DNS_SERVER&apos;s value. Keep the example addresses as they are.</extracomment>
        <translation>%1 no es un servidor de nombres; use una dirección IP con un puerto opcional, p. ej. 192.0.2.53, 192.0.2.53:5353 o [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8</source>
        <translation>la línea %1 no es texto UTF-8; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>SendGrid&apos;s user name is the literal word apikey</source>
        <translation>el nombre de usuario de SendGrid es literalmente la palabra apikey</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (see the README&apos;s list of SMTP_* variables)</source>
        <translation>%1 no se importó: no es una opción que la consola conozca (vea la lista de variables SMTP_* en el README)</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a setting the console knows (did you mean %2?)</source>
        <translation>%1 no se importó: no es una opción que la consola conozca (¿quiso decir %2?)</translation>
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
        <translation>, certificado aceptado por su huella fijada (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>, CERTIFICATE NOT VERIFIED</source>
        <translation>, CERTIFICADO NO VERIFICADO</translation>
    </message>
    <message>
        <source>, no TLS</source>
        <translation>, sin TLS</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <extracomment>%1: the user name, %2: the SASL mechanism (PLAIN, LOGIN, …)</extracomment>
        <translation>autenticado como %1 con %2</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_PIN_SHA256 pins this certificate: %1</source>
        <extracomment>%1: the certificate error, as Qt words it</extracomment>
        <translation>aviso: aceptado porque SMTP_TLS_PIN_SHA256 fija este certificado: %1</translation>
    </message>
    <message>
        <source>warning: accepted because SMTP_TLS_VERIFY=false: %1</source>
        <translation>aviso: aceptado porque SMTP_TLS_VERIFY=false: %1</translation>
    </message>
    <message>
        <source>Print the SMTP transcript (passwords redacted).</source>
        <translation>Mostrar la transcripción SMTP (contraseñas ocultas).</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override its fields.</source>
        <translation>Usar un perfil guardado; las variables SMTP_* anulan sus campos.</translation>
    </message>
    <message>
        <source>Connect, negotiate TLS, authenticate and quit.</source>
        <translation>Conectar, negociar TLS, autenticarse y salir.</translation>
    </message>
    <message>
        <source>SMTP connection successful</source>
        <translation>Conexión SMTP correcta</translation>
    </message>
    <message>
        <source>Send a message: text and/or HTML, attachments, custom headers.</source>
        <translation>Enviar un mensaje: texto y/o HTML, adjuntos, cabeceras personalizadas.</translation>
    </message>
    <message>
        <source>Recipients (repeatable, or comma-separated).</source>
        <translation>Destinatarios (repetible, o separados por comas).</translation>
    </message>
    <message>
        <source>Copy recipients.</source>
        <translation>Destinatarios en copia.</translation>
    </message>
    <message>
        <source>Blind copy recipients (envelope only).</source>
        <translation>Destinatarios en copia oculta (solo en el sobre).</translation>
    </message>
    <message>
        <source>Reply-To addresses.</source>
        <translation>Direcciones Reply-To.</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Asunto.</translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation>Cuerpo en texto plano.</translation>
    </message>
    <message>
        <source>HTML body, read from FILE.</source>
        <translation>Cuerpo HTML, leído de FILE.</translation>
    </message>
    <message>
        <source>Attach FILE (repeatable).</source>
        <translation>Adjuntar FILE (repetible).</translation>
    </message>
    <message>
        <source>Attach FILE inline as cid:NAME, written NAME=FILE (repeatable).</source>
        <translation>Adjuntar FILE en línea como cid:NAME, escrito NAME=FILE (repetible).</translation>
    </message>
    <message>
        <source>Custom header &quot;Name: value&quot; (repeatable).</source>
        <translation>Cabecera personalizada &quot;Nombre: valor&quot; (repetible).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>--text or --html is required</source>
        <translation>--text o --html es obligatorio</translation>
    </message>
    <message>
        <source>--from: give exactly one sender</source>
        <translation>--from: indique exactamente un remitente</translation>
    </message>
    <message>
        <source>--html: cannot read %1: %2</source>
        <translation>--html: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--inline: write NAME=FILE, e.g. logo=logo.png (then &lt;img src=&quot;cid:logo&quot;&gt;)</source>
        <translation>--inline: escriba NAME=FILE, p. ej. logo=logo.png (y luego &lt;img src=&quot;cid:logo&quot;&gt;)</translation>
    </message>
    <message>
        <source>--header: write &quot;Name: value&quot;, got &quot;%1&quot;</source>
        <translation>--header: escriba &quot;Nombre: valor&quot;, se recibió «%1»</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>no se envió nada</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: aceptado</translation>
    </message>
    <message>
        <source>%1: refused. The server said: %2</source>
        <extracomment>%1: the recipient&apos;s address, %2: the server&apos;s own words (not translated)</extracomment>
        <translation>%1: rechazado. El servidor dijo: %2</translation>
    </message>
    <message>
        <source>recipient: the message was accepted for some recipients only</source>
        <translation>destinatario: el mensaje se aceptó solo para algunos destinatarios</translation>
    </message>
    <message numerus="yes">
        <source>message accepted (%n bytes): %1</source>
        <extracomment>%n: the message&apos;s size in bytes, %1: the server&apos;s own words (not translated)</extracomment>
        <translation>
            <numerusform>mensaje aceptado (%n byte): %1</numerusform>
            <numerusform>mensaje aceptado (%n bytes): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>error: comando desconocido «%1»</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for its options.</source>
        <extracomment>%1: the command, e.g. &quot;selfmx-console test&quot;</extracomment>
        <translation>Ejecute &apos;%1 --help&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <source>--password-stdin: nothing to read on standard input</source>
        <translation>--password-stdin: no hay nada que leer en la entrada estándar</translation>
    </message>
    <message>
        <source>no terminal to ask for the password; pipe it in with --password-stdin</source>
        <translation>no hay terminal para pedir la contraseña; pásela con --password-stdin</translation>
    </message>
    <message>
        <source>Diagnose the SMTP settings stage by stage (resolve, connect, greeting, TLS, EHLO, AUTH, and optionally sender, recipient and a test message) and name each fault with its fix. The exit status names the first failing stage.</source>
        <translation>Diagnosticar la configuración SMTP etapa por etapa (resolución, conexión, saludo, TLS, EHLO, AUTH y, opcionalmente, remitente, destinatario y un mensaje de prueba) y nombrar cada fallo con su corrección. El código de salida indica la primera etapa que falla.</translation>
    </message>
    <message>
        <source>Use a stored profile; SMTP_* variables override it.</source>
        <translation>Usar un perfil guardado; las variables SMTP_* lo anulan.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema: docs/diagnostics-json.md).</source>
        <translation>Mostrar el informe como JSON (esquema: docs/diagnostics-json.md).</translation>
    </message>
    <message>
        <source>Try MAIL FROM with this address (then RSET).</source>
        <translation>Probar MAIL FROM con esta dirección (y luego RSET).</translation>
    </message>
    <message>
        <source>Try RCPT TO with this address (then RSET).</source>
        <translation>Probar RCPT TO con esta dirección (y luego RSET).</translation>
    </message>
    <message>
        <source>Also send a real test message to --probe-recipient.</source>
        <translation>Enviar también un mensaje de prueba real a --probe-recipient.</translation>
    </message>
    <message>
        <source>Write a report for a support request to FILE (no secrets).</source>
        <translation>Escribir en FILE un informe para una solicitud de soporte (sin secretos).</translation>
    </message>
    <message>
        <source>error: --test-send needs --probe-recipient ADDR</source>
        <translation>error: --test-send necesita --probe-recipient ADDR</translation>
    </message>
    <message>
        <source>diagnosing %1:%2 …</source>
        <extracomment>%1: host, %2: port</extracomment>
        <translation>diagnosticando %1:%2…</translation>
    </message>
    <message>
        <source>error: --bundle: cannot write %1: %2</source>
        <translation>error: --bundle: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>report written to %1 (no passwords in it)</source>
        <translation>informe escrito en %1 (sin contraseñas)</translation>
    </message>
    <message>
        <source>Take credentials and TLS trust from a stored profile.</source>
        <translation>Tomar las credenciales y la confianza TLS de un perfil guardado.</translation>
    </message>
    <message>
        <source>Also try plaintext on 587 and 25.</source>
        <translation>Probar también texto plano en 587 y 25.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Mostrar los resultados como JSON.</translation>
    </message>
    <message>
        <source>error: discover needs a HOST</source>
        <translation>error: discover necesita un HOST</translation>
    </message>
    <message>
        <source>Tried on %1:</source>
        <translation>Probado en %1:</translation>
    </message>
    <message>
        <source>Nothing worked. Run &apos;selfmx-console diagnose&apos; with one of the ports for the details.</source>
        <translation>No funcionó nada. Ejecute &apos;selfmx-console diagnose&apos; con uno de los puertos para ver los detalles.</translation>
    </message>
    <message>
        <source>Working, best first:</source>
        <translation>Funciona, de mejor a peor:</translation>
    </message>
    <message>
        <source>Recommended settings:</source>
        <translation>Configuración recomendada:</translation>
    </message>
    <message>
        <source> (default %1)</source>
        <translation> (predeterminado %1)</translation>
    </message>
    <message>
        <source>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom.</source>
        <translation>sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook o custom.</translation>
    </message>
    <message>
        <source>Amazon SES region (us-east-1, ...) or Mailgun us/eu.</source>
        <translation>Región de Amazon SES (us-east-1, ...) o Mailgun us/eu.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Prompt for the password (no echo).</source>
        <translation>Pedir la contraseña (sin eco).</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>no se cambió nada</translation>
    </message>
    <message>
        <source>error: --provider: &quot;%1&quot; is unknown; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook or custom</source>
        <translation>error: --provider: «%1» es desconocido; use sendgrid, mailgun, ses, postmark, postfix, gmail, microsoft365, outlook o custom</translation>
    </message>
    <message>
        <source>SMTP password for %1@%2: </source>
        <translation>Contraseña SMTP de %1@%2: </translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>consejo: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source> (NOT VERIFIED)</source>
        <translation> (NO VERIFICADO)</translation>
    </message>
    <message>
        <source>error: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>error: no existe el perfil «%1»; vea &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>error: cannot write %1</source>
        <translation>error: no se puede escribir %1</translation>
    </message>
    <message>
        <source>default profile: %1</source>
        <translation>perfil predeterminado: %1</translation>
    </message>
    <message>
        <source>no profiles yet; add one with: selfmx-console profile add NAME --provider sendgrid --ask-password</source>
        <translation>aún no hay perfiles; añada uno con: selfmx-console profile add NAME --provider sendgrid --ask-password</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>SERVER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>USER</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <extracomment>Column heading of &apos;profile list&apos;</extracomment>
        <translation>CONTRASEÑA</translation>
    </message>
    <message>
        <source>keychain</source>
        <extracomment>&apos;profile list&apos;: the password is stored in the keychain</extracomment>
        <translation>llavero</translation>
    </message>
    <message>
        <source>name:      %1</source>
        <extracomment>&apos;profile show&apos;: the labels are padded to the same width, translated ones too</extracomment>
        <translation>nombre:     %1</translation>
    </message>
    <message>
        <source>id:        %1</source>
        <translation>id:         %1</translation>
    </message>
    <message>
        <source>provider:  %1</source>
        <translation>proveedor:  %1</translation>
    </message>
    <message>
        <source>server:    %1:%2</source>
        <translation>servidor:   %1:%2</translation>
    </message>
    <message>
        <source>tls:       %1</source>
        <translation>tls:        %1</translation>
    </message>
    <message>
        <source>user:      %1</source>
        <translation>usuario:    %1</translation>
    </message>
    <message>
        <source>password:  %1</source>
        <translation>contraseña: %1</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; use &apos;profile edit&apos;</source>
        <translation>error: name: ya existe un perfil llamado «%1»; use &apos;profile edit&apos;</translation>
    </message>
    <message>
        <source>nothing was changed; set these values with this command&apos;s options (e.g. --%1) or fix the file</source>
        <extracomment>%1: an option such as --port</extracomment>
        <translation>no se cambió nada; establezca estos valores con las opciones de este comando (p. ej. --%1) o corrija el archivo</translation>
    </message>
    <message>
        <source>added profile &quot;%1&quot;</source>
        <translation>perfil «%1» añadido</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot;</source>
        <translation>perfil «%1» guardado</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and its password</source>
        <translation>perfil «%1» y su contraseña eliminados</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>error: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>no se importó nada</translation>
    </message>
    <message>
        <source>error: name: a profile named &quot;%1&quot; exists; pass --name</source>
        <translation>error: name: ya existe un perfil llamado «%1»; indique --name</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot;</source>
        <translation>perfil «%1» importado</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot; (secrets stored in the keychain)</source>
        <translation>perfil «%1» importado (secretos guardados en el llavero)</translation>
    </message>
    <message>
        <source>nothing was exported: fix these values first (&apos;profile edit&apos;)</source>
        <translation>no se exportó nada: corrija primero estos valores (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>warning: the password is written in plain text (%1); keep this file private and out of version control</source>
        <extracomment>%1: the variables written, e.g. &quot;API_KEY, SMTP_PASS&quot;</extracomment>
        <translation>aviso: la contraseña se escribe en texto plano (%1); mantenga este archivo privado y fuera del control de versiones</translation>
    </message>
    <message>
        <source>error: --format: &quot;%1&quot; is unknown; use env, swaks or msmtp</source>
        <translation>error: --format: «%1» es desconocido; use env, swaks o msmtp</translation>
    </message>
    <message>
        <source>list, show, add, edit, remove, default, import or export</source>
        <translation>list, show, add, edit, remove, default, import o export</translation>
    </message>
    <message>
        <source>profile name (or .env file for import)</source>
        <translation>nombre del perfil (o archivo .env para import)</translation>
    </message>
    <message>
        <source>New name (the stored password follows).</source>
        <translation>Nombre nuevo (la contraseña guardada lo acompaña).</translation>
    </message>
    <message>
        <source>Delete the stored password.</source>
        <translation>Borrar la contraseña guardada.</translation>
    </message>
    <message>
        <source>Name of the new profile (default: the file&apos;s name).</source>
        <translation>Nombre del perfil nuevo (predeterminado: el nombre del archivo).</translation>
    </message>
    <message>
        <source>env (default), swaks or msmtp.</source>
        <translation>env (predeterminado), swaks o msmtp.</translation>
    </message>
    <message>
        <source>error: profile %1 needs a FILE</source>
        <extracomment>%1: the action (add, show, …)</extracomment>
        <translation>error: profile %1 necesita un FILE</translation>
    </message>
    <message>
        <source>error: profile %1 needs a NAME</source>
        <translation>error: profile %1 necesita un NAME</translation>
    </message>
    <message>
        <source>error: unknown action &quot;%1&quot;; use list, show, add, edit, remove, default, import or export</source>
        <translation>error: acción desconocida «%1»; use list, show, add, edit, remove, default, import o export</translation>
    </message>
    <message>
        <source>error: --profile: no profile &quot;%1&quot;; see &apos;selfmx-console profile list&apos;</source>
        <translation>error: --profile: no existe el perfil «%1»; vea &apos;selfmx-console profile list&apos;</translation>
    </message>
    <message>
        <source>error: profile &quot;%1&quot;: %2</source>
        <translation>error: perfil «%1»: %2</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay %1 [--profile NAME | --queue FILE]</source>
        <extracomment>%1: the action with its argument, e.g. &quot;retry ID&quot;</extracomment>
        <translation>error: uso: selfmx-console relay %1 [--profile NAME | --queue FILE]</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>error: cannot open the queue %1: %2</source>
        <translation>error: no se puede abrir la cola %1: %2</translation>
    </message>
    <message>
        <source>Run the local HTTP relay (SelfMX- and Resend-compatible) headless.</source>
        <translation>Ejecutar el relay HTTP local (compatible con SelfMX y Resend) sin ventana.</translation>
    </message>
    <message>
        <source>Use the stored profile NAME (environment variables override it).</source>
        <translation>Usar el perfil guardado NAME (las variables de entorno lo anulan).</translation>
    </message>
    <message>
        <source>The queue&apos;s SQLite file (default: in the per-user data directory).</source>
        <translation>El archivo SQLite de la cola (predeterminado: en el directorio de datos del usuario).</translation>
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
        <translation>Uso: selfmx-console [COMANDO] [OPCIONES]

Sin comando, abre la ventana. Comandos:
  test      conectar, negociar TLS, autenticarse, salir
  send      enviar un mensaje: [--from] --to --subject --text/--html [--attach FILE]...
  profile   list | show | add | edit | remove | default | import | export (contraseñas en el llavero)
  diagnose  diagnóstico etapa por etapa con hallazgos y correcciones [--json] [--probe-recipient A]
  discover  HOST: encontrar una configuración de puerto/TLS que funcione; ADDRESS (o --domain DOMAIN): encontrar el servidor en el DNS
  check-domain DOMAIN  ¿está listo el dominio del remitente? SPF, DKIM, DMARC, MX [--dkim-selector S] [--json]
  relay     el relay HTTP local (API de SelfMX/Resend) [--profile NAME]; relay list

La configuración viene de SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_TLS,
SMTP_TLS_VERIFY, SMTP_TIMEOUT, SMTP_TLS_MODE, SMTP_TLS_CA_FILE (vea el README).
Ejecute &apos;selfmx-console COMANDO --help&apos; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>Find working settings for HOST: tries 587 STARTTLS, 465 implicit TLS, 2525 STARTTLS and 25 STARTTLS in parallel, logs in where SMTP_USER/SMTP_PASS (or --profile) give a password, and ranks what worked.
For an ADDRESS (or a DOMAIN with --domain), finds the server in DNS instead: the provider table, SRV records (RFC 6186/8314), the MX of a known provider, then smtp./mail. verified by connecting; each answer says where it came from. DNS_SERVER=addr[:port] picks the nameserver.</source>
        <translation>Encontrar una configuración que funcione para HOST: prueba en paralelo 587 STARTTLS, 465 TLS implícito, 2525 STARTTLS y 25 STARTTLS, inicia sesión cuando SMTP_USER/SMTP_PASS (o --profile) dan una contraseña, y ordena lo que funcionó.
Para una ADDRESS (o un DOMAIN con --domain), busca en cambio el servidor en el DNS: la tabla de proveedores, los registros SRV (RFC 6186/8314), el MX de un proveedor conocido y luego smtp./mail., verificados al conectar; cada respuesta indica de dónde procede. DNS_SERVER=addr[:port] elige el servidor de nombres.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name, or an email address.</source>
        <translation>El nombre de host del servidor SMTP, o una dirección de correo.</translation>
    </message>
    <message>
        <source>The argument is a mail domain: find its submission server in DNS.</source>
        <translation>El argumento es un dominio de correo: encontrar su servidor de envío en el DNS.</translation>
    </message>
    <message>
        <source>error: --provider: unknown provider &quot;%1&quot;</source>
        <extracomment>%1: the value given to --provider</extracomment>
        <translation>error: --provider: proveedor desconocido «%1»</translation>
    </message>
    <message>
        <source>error: check-domain needs a DOMAIN (or --profile with a sender address)</source>
        <translation>error: check-domain necesita un DOMAIN (o --profile con una dirección de remitente)</translation>
    </message>
    <message>
        <source>Sender domain %1:</source>
        <extracomment>The heading of check-domain&apos;s findings. %1: the domain</extracomment>
        <translation>Dominio del remitente %1:</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <extracomment>Under a finding of check-domain: %1 is what to change (often a DNS record to publish)</extracomment>
        <translation>corrección: %1</translation>
    </message>
    <message>
        <source>DNS answers: %1</source>
        <extracomment>%1: whether the DNS answers were signed (DNSSEC), e.g. &quot;DNSSEC-validated&quot; or &quot;not signed&quot;</extracomment>
        <translation>Respuestas DNS: %1</translation>
    </message>
    <message>
        <source>Servers for %1:</source>
        <extracomment>The heading of discover ADDRESS&apos;s list. %1: the mail domain</extracomment>
        <translation>Servidores para %1:</translation>
    </message>
    <message>
        <source>No server found. If you know the host, &apos;selfmx-console discover HOST&apos; tries its ports.</source>
        <translation>No se encontró ningún servidor. Si conoce el host, &apos;selfmx-console discover HOST&apos; prueba sus puertos.</translation>
    </message>
    <message>
        <source>Check that DOMAIN is ready to send mail: one valid SPF record that authorises the provider (at most 10 DNS lookups), the provider&apos;s DKIM keys (2048 bits recommended), a DMARC record and an MX for replies. Each problem comes with the DNS record to publish. DNS_SERVER=addr[:port] picks the nameserver. Exit status: 0 ready, 13 not ready, 3 lookups failed.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DNS_SERVER=addr[:port] and the exit codes as they are.</extracomment>
        <translation>Comprobar que DOMAIN está listo para enviar correo: un único registro SPF válido que autorice al proveedor (como máximo 10 consultas DNS), las claves DKIM del proveedor (se recomiendan 2048 bits), un registro DMARC y un MX para las respuestas. Cada problema viene con el registro DNS que hay que publicar. DNS_SERVER=addr[:port] elige el servidor de nombres. Código de salida: 0 listo, 13 no listo, 3 consultas fallidas.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain (or address); default: the domain of the profile&apos;s sender.</source>
        <translation>El dominio del remitente (o su dirección); por defecto: el dominio del remitente del perfil.</translation>
    </message>
    <message>
        <source>Check for this profile&apos;s provider and sender.</source>
        <translation>Comprobar para el proveedor y el remitente de este perfil.</translation>
    </message>
    <message>
        <source>The provider to check for: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</source>
        <extracomment>The provider keys after the colon are typed as they are: do not translate them.</extracomment>
        <translation>El proveedor para el que comprobar: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom.</translation>
    </message>
    <message>
        <source>Print the findings and the DNS answers as JSON.</source>
        <translation>Mostrar los hallazgos y las respuestas DNS como JSON.</translation>
    </message>
    <message>
        <source>selfmx-console: %1 is not installed next to this program; reinstall the package.</source>
        <extracomment>%1: a program&apos;s file name, e.g. selfmx-console-relay</extracomment>
        <translation>selfmx-console: %1 no está instalado junto a este programa; reinstale el paquete.</translation>
    </message>
    <message>
        <source>selfmx-console: cannot start %1: %2</source>
        <extracomment>%1: the program&apos;s path; %2: the system&apos;s reason (e.g. &quot;Permission denied&quot;)</extracomment>
        <translation>selfmx-console: no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>selfmx-console: no display to open the window on.
  Headless, use the commands: selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  For the window without a desktop: xvfb-run -a selfmx-console
</source>
        <extracomment>Keep the commands (selfmx-console --help, test, …, xvfb-run -a selfmx-console) as they are.</extracomment>
        <translation>selfmx-console: no hay pantalla en la que abrir la ventana.
  Sin pantalla, use los comandos: selfmx-console --help (test, send, diagnose, discover, check-domain, profile, relay).
  Para la ventana sin escritorio: xvfb-run -a selfmx-console
</translation>
    </message>
    <message>
        <source>%1: not ready to send (see the findings)</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: no está listo para enviar (vea los hallazgos)</translation>
    </message>
    <message>
        <source>%1: some lookups failed</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: algunas consultas fallaron</translation>
    </message>
    <message>
        <source>%1: ready to send, with warnings</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: listo para enviar, con advertencias</translation>
    </message>
    <message>
        <source>%1: ready to send</source>
        <extracomment>diagnose&apos;s &quot;sender domain&quot; stage. %1: the domain</extracomment>
        <translation>%1: listo para enviar</translation>
    </message>
    <message>
        <source>Also check the domain of the sender (SMTP_FROM, else a login that is an address) in DNS: SPF, DKIM, DMARC and MX, as in check-domain, and DANE: the TLSA records of SMTP_HOST against the certificate this diagnosis saw. When the SMTP stages pass and the domain is not ready, the exit status is 13.</source>
        <extracomment>Keep SPF, DKIM, DMARC, MX, DANE, TLSA, SMTP_FROM, SMTP_HOST and the exit status 13 as they are.</extracomment>
        <translation>Comprobar también en el DNS el dominio del remitente (SMTP_FROM, si no, un usuario que sea una dirección): SPF, DKIM, DMARC y MX, como check-domain, y DANE: los registros TLSA de SMTP_HOST frente al certificado que vio este diagnóstico. Si las etapas SMTP pasan y el dominio no está listo, el código de salida es 13.</translation>
    </message>
    <message>
        <source>With --check-domain: a DKIM selector to check (repeatable); SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names (not translated).</extracomment>
        <translation>Con --check-domain: un selector DKIM que comprobar (repetible); s1/s2 de SendGrid se comprueban de todos modos.</translation>
    </message>
    <message>
        <source>error: --dkim-selector needs --check-domain</source>
        <translation>error: --dkim-selector necesita --check-domain</translation>
    </message>
    <message>
        <source>error: --check-domain needs a sender address: set SMTP_FROM, or the profile&apos;s default sender</source>
        <extracomment>Keep --check-domain and SMTP_FROM as they are.</extracomment>
        <translation>error: --check-domain necesita una dirección de remitente: defina SMTP_FROM, o el remitente predeterminado del perfil</translation>
    </message>
    <message>
        <source>checking the sender domain %1 …</source>
        <extracomment>%1: the sender&apos;s domain</extracomment>
        <translation>comprobando el dominio del remitente %1 …</translation>
    </message>
    <message>
        <source>%1 has no address in DNS</source>
        <extracomment>%1: a host name</extracomment>
        <translation>%1 no tiene dirección en el DNS</translation>
    </message>
    <message>
        <source>error: --dane: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <extracomment>%1: the value given to --dane</extracomment>
        <translation>error: --dane: «%1» no es HOST ni HOST:PORT</translation>
    </message>
    <message>
        <source>warning: no certificate from %1: %2</source>
        <extracomment>%1: HOST:PORT, %2: why (already in words). The check goes on without the certificate.</extracomment>
        <translation>advertencia: ningún certificado de %1: %2</translation>
    </message>
    <message>
        <source>A DKIM selector to check (repeatable), or with SES each of its three Easy DKIM tokens; SendGrid&apos;s s1/s2 are checked anyway.</source>
        <extracomment>s1/s2: SendGrid&apos;s DKIM selector names; Easy DKIM: Amazon SES&apos;s name (not translated).</extracomment>
        <translation>Un selector DKIM que comprobar (repetible), o con SES cada uno de sus tres tokens Easy DKIM; los selectores s1/s2 de SendGrid se comprueban de todos modos.</translation>
    </message>
    <message>
        <source>The bounce (return-path) name to check, a label under the domain or a full name: SendGrid&apos;s em123, the SES MAIL FROM subdomain; default: the provider&apos;s (Postmark pm-bounces, Mailgun email).</source>
        <extracomment>Keep em123, pm-bounces, SES and MAIL FROM as they are.</extracomment>
        <translation>El nombre de rebote (return-path) que comprobar, una etiqueta bajo el dominio o un nombre completo: em123 en SendGrid, el subdominio MAIL FROM en SES; predeterminado: el del proveedor (Postmark pm-bounces, Mailgun email).</translation>
    </message>
    <message>
        <source>Connect to this SMTP server (port 25 unless given) with STARTTLS and match its certificate against its DNSSEC-signed TLSA records (DANE).</source>
        <extracomment>Keep STARTTLS, TLSA, DNSSEC and DANE as they are.</extracomment>
        <translation>Conectarse a este servidor SMTP (puerto 25 si no se indica otro) con STARTTLS y comparar su certificado con sus registros TLSA firmados con DNSSEC (DANE).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>error: profile needs an action: list, show, add, edit, remove, default, import or export</source>
        <translation>error: profile necesita una acción: list, show, add, edit, remove, default, import o export</translation>
    </message>
    <message>
        <source>a new API key was made for profile &quot;%1&quot; and stored in the keychain; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; shows it</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>se creó una nueva clave de API para el perfil «%1» y se guardó en el llavero; &apos;selfmx-console profile export &quot;%1&quot; --include-password&apos; la muestra</translation>
    </message>
    <message>
        <source>error: usage: selfmx-console relay new-key --profile NAME</source>
        <translation>error: uso: selfmx-console relay new-key --profile NAME</translation>
    </message>
    <message>
        <source>a new API key for profile &quot;%1&quot; is stored in the keychain; a relay already running keeps the old key until it is restarted</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>se guardó una nueva clave de API para el perfil «%1» en el llavero; un relay que ya está en marcha conserva la clave anterior hasta que se reinicie</translation>
    </message>
    <message>
        <source>error: unknown relay action &quot;%1&quot;; use &apos;selfmx-console relay&apos; to run it, or relay status|list|retry ID|cancel ID|new-key</source>
        <translation>error: acción de relay desconocida «%1»; use &apos;selfmx-console relay&apos; para ejecutarlo, o relay status|list|retry ID|cancel ID|new-key</translation>
    </message>
    <message>
        <source>Nothing to run the relay; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; or &quot;cancel ID&quot; to read or change its queue (the running relay&apos;s, or the one it will deliver from); &quot;new-key&quot; (with --profile) to replace the profile&apos;s API key in the keychain and print the new one (a running relay keeps the old key until it is restarted).</source>
        <translation>Nada para ejecutar el relay; &quot;status&quot;, &quot;list&quot;, &quot;retry ID&quot; o &quot;cancel ID&quot; para leer o cambiar su cola (la del relay en marcha, o aquella desde la que entregará); &quot;new-key&quot; (con --profile) para reemplazar la clave de API del perfil en el llavero e imprimir la nueva (un relay en marcha conserva la clave anterior hasta que se reinicie).</translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Acme &lt;hi@acme.test&gt;&quot;; default: SMTP_FROM (a profile&apos;s default sender).</source>
        <translation>Remitente, p. ej. &quot;Acme &lt;hi@acme.test&gt;&quot;; por defecto: SMTP_FROM (el remitente predeterminado de un perfil).</translation>
    </message>
    <message>
        <source>--from is required (or SMTP_FROM, a profile&apos;s default sender)</source>
        <extracomment>Keep --from and SMTP_FROM as they are</extracomment>
        <translation>--from es obligatorio (o SMTP_FROM, el remitente predeterminado de un perfil)</translation>
    </message>
    <message>
        <source>give exactly one sender</source>
        <translation>indique exactamente un remitente</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has stored values that break the rules and is not used until they are fixed; see &apos;selfmx-console profile show %1&apos;</source>
        <extracomment>%1: the profile&apos;s name; keep the command as it is</extracomment>
        <translation>aviso: el perfil &quot;%1&quot; tiene valores guardados que incumplen las reglas y no se usa hasta que se corrijan; vea &apos;selfmx-console profile show %1&apos;</translation>
    </message>
    <message>
        <source>this profile is not used until these values are fixed (&apos;profile edit&apos;)</source>
        <translation>este perfil no se usa hasta que se corrijan estos valores (&apos;profile edit&apos;)</translation>
    </message>
    <message>
        <source>Nothing listens on these ports of %1. Check the host name, and ask the provider which port its SMTP server uses (then &apos;selfmx-console diagnose&apos; with SMTP_PORT set to it).</source>
        <extracomment>%1: the host discover tried</extracomment>
        <translation>No hay nada escuchando en estos puertos de %1. Revise el nombre del host y pregunte al proveedor qué puerto usa su servidor SMTP (luego &apos;selfmx-console diagnose&apos; con SMTP_PORT establecido a ese puerto).</translation>
    </message>
    <message>
        <source>warning: profile &quot;%1&quot; has no password in the keychain, so swaks will ask for it; store one with &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</source>
        <extracomment>%1: the profile&apos;s name</extracomment>
        <translation>aviso: el perfil «%1» no tiene contraseña en el llavero, así que swaks la pedirá; guarde una con &apos;selfmx-console profile edit &quot;%1&quot; --ask-password&apos;</translation>
    </message>
    <message>
        <source>note: %1 set in the environment, so the default profile &quot;%2&quot; is not used; unset them, or pass --profile &quot;%2&quot; to use the profile with these variables over it</source>
        <extracomment>%1: the variables set, e.g. &quot;SMTP_HOST, SMTP_PORT&quot;; %2: the default profile&apos;s name</extracomment>
        <translation>nota: %1 definido en el entorno, así que no se usa el perfil predeterminado «%2»; elimine esas variables, o pase --profile &quot;%2&quot; para usar el perfil con estas variables por encima</translation>
    </message>
    <message>
        <source>error: SMTP_TLS_CA_FILE: &quot;%1&quot; does not exist; give the path of the CA certificate in PEM format</source>
        <extracomment>%1: the path given in SMTP_TLS_CA_FILE (or the profile&apos;s --ca-file)</extracomment>
        <translation>error: SMTP_TLS_CA_FILE: «%1» no existe; indique la ruta del certificado de la CA en formato PEM</translation>
    </message>
    <message>
        <source>note: the swaks command reads the password from the keychain as it runs (secret-tool into SWAKS_OPT_auth_password), not from an argument, which every user could read in the process list</source>
        <translation>nota: el comando swaks lee la contraseña del llavero al ejecutarse (secret-tool en SWAKS_OPT_auth_password), no de un argumento, que cualquier usuario podría leer en la lista de procesos</translation>
    </message>
    <message>
        <source>env: write the secrets (SMTP_PASS, and API_KEY when stored) into the .env (plain text!). swaks: the line reads the password from the keychain as it runs (secret-tool), never from an argument. msmtp: no change (its block always reads the keychain).</source>
        <translation>env: escribir los secretos (SMTP_PASS, y API_KEY si está guardada) en el .env (¡en texto plano!). swaks: la línea lee la contraseña del llavero al ejecutarse (secret-tool), nunca de un argumento. msmtp: sin cambios (su bloque siempre lee el llavero).</translation>
    </message>
    <message numerus="yes">
        <source>(%n recipient(s) refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %n: how many were refused</extracomment>
        <translation>
            <numerusform>(%n destinatario rechazado)</numerusform>
            <numerusform>(%n destinatarios rechazados)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of %2 recipients refused)</source>
        <extracomment>`relay list`, before the refused addresses of a message delivered to some of its recipients only; %1: how many were refused, %2: of how many (2 or more)</extracomment>
        <translation>(%1 de %2 destinatarios rechazados)</translation>
    </message>
</context>
<context>
    <name>selfmx::profile::Provider</name>
    <message>
        <source>User name is the literal word apikey; the password is an API key with Mail Send permission (starts with SG.).</source>
        <translation>El nombre de usuario es literalmente la palabra apikey; la contraseña es una clave de API con el permiso Mail Send (empieza por SG.).</translation>
    </message>
    <message>
        <source>User name is the domain&apos;s SMTP login, e.g. postmaster@your-domain.mailgun.org; EU domains use smtp.eu.mailgun.org.</source>
        <translation>El nombre de usuario es el usuario SMTP del dominio, p. ej. postmaster@su-dominio.mailgun.org; los dominios de la UE usan smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Use SMTP credentials created for this region (not IAM access keys); every connection must use TLS.</source>
        <translation>Use credenciales SMTP creadas para esta región (no claves de acceso de IAM); toda conexión debe usar TLS.</translation>
    </message>
    <message>
        <source>The Server API token is both user name and password (an SMTP Token has a separate access and secret key).</source>
        <translation>El token de Server API es a la vez nombre de usuario y contraseña (un token SMTP tiene clave de acceso y clave secreta separadas).</translation>
    </message>
    <message>
        <source>Your own server: submission on 587 with STARTTLS, or 465 with implicit TLS.</source>
        <translation>Su propio servidor: envío por el 587 con STARTTLS, o el 465 con TLS implícito.</translation>
    </message>
    <message>
        <source>User name is your full Gmail or Workspace address; the password is an app password (16 letters, needs 2-Step Verification), not the account password. Workspace administrators can turn app passwords off.</source>
        <translation>El nombre de usuario es su dirección completa de Gmail o Workspace; la contraseña es una contraseña de aplicación (16 letras, requiere la verificación en dos pasos), no la de la cuenta. Los administradores de Workspace pueden desactivar las contraseñas de aplicación.</translation>
    </message>
    <message>
        <source>User name is the mailbox&apos;s full address. Authenticated SMTP (SMTP AUTH) must be enabled for this mailbox in the Microsoft 365 admin center; security defaults turn it off for the whole organisation.</source>
        <translation>El nombre de usuario es la dirección completa del buzón. Authenticated SMTP (SMTP AUTH) debe estar activado para este buzón en el centro de administración de Microsoft 365; los valores predeterminados de seguridad lo desactivan para toda la organización.</translation>
    </message>
    <message>
        <source>User name is your full Outlook.com address. Microsoft is moving Outlook.com to OAuth sign-in, which this program does not offer: an app password (with two-step verification) works only while the account still accepts password sign-in.</source>
        <translation>El nombre de usuario es su dirección completa de Outlook.com. Microsoft está pasando Outlook.com al inicio de sesión OAuth, que este programa no ofrece: una contraseña de aplicación (con verificación en dos pasos) solo funciona mientras la cuenta siga aceptando el inicio de sesión con contraseña.</translation>
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
        <translation>El nombre de host del servidor SMTP, p. ej. smtp.example.com.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>587 for STARTTLS (recommended), 465 for implicit TLS, 2525 as an alternative; 25 is often blocked.</source>
        <translation>587 para STARTTLS (recomendado), 465 para TLS implícito, 2525 como alternativa; el 25 suele estar bloqueado.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The login for SMTP AUTH; leave empty for a server that needs none.</source>
        <translation>El usuario para SMTP AUTH; déjelo vacío si el servidor no lo necesita.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password, API key or token for SMTP AUTH. Kept in the OS keychain only.</source>
        <translation>La contraseña, clave de API o token para SMTP AUTH. Se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>On: port 465 uses implicit TLS, every other port STARTTLS, which is then required. Off: plaintext.</source>
        <translation>Activado: el puerto 465 usa TLS implícito y cualquier otro puerto STARTTLS, que pasa a ser obligatorio. Desactivado: texto plano.</translation>
    </message>
    <message>
        <source>Verify the certificate</source>
        <translation>Verificar el certificado</translation>
    </message>
    <message>
        <source>Check that the server&apos;s certificate is valid for its name. Turning this off lets anyone on the path read the password; trust a CA file or pin the certificate instead.</source>
        <translation>Comprueba que el certificado del servidor es válido para su nombre. Desactivarlo permite a cualquiera en el camino leer la contraseña; mejor confíe en un archivo de CA o fije el certificado.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Seconds to wait at each stage: connect, greeting, each reply.</source>
        <translation>Segundos de espera en cada etapa: conexión, saludo, cada respuesta.</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Modo TLS</translation>
    </message>
    <message>
        <source>Overrides the automatic choice: implicit TLS from the first byte, STARTTLS (required), or none.</source>
        <translation>Anula la elección automática: TLS implícito desde el primer byte, STARTTLS (obligatorio) o ninguno.</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Archivo de CA de confianza</translation>
    </message>
    <message>
        <source>A PEM certificate of a CA to trust besides the system&apos;s: verify a private or self-signed server instead of turning verification off.</source>
        <translation>Un certificado PEM de una CA en la que confiar además de las del sistema: verifique así un servidor privado o autofirmado en lugar de desactivar la verificación.</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificado fijado</translation>
    </message>
    <message>
        <source>Accept exactly this certificate: its SHA-256 fingerprint, as openssl x509 -fingerprint -sha256 prints it.</source>
        <translation>Aceptar exactamente este certificado: su huella SHA-256, tal como la imprime openssl x509 -fingerprint -sha256.</translation>
    </message>
    <message>
        <source>AUTH mechanism</source>
        <translation>Mecanismo AUTH</translation>
    </message>
    <message>
        <source>auto picks the strongest the server offers; or force PLAIN, LOGIN or CRAM-MD5.</source>
        <translation>auto elige el más fuerte que ofrezca el servidor; o fuerce PLAIN, LOGIN o CRAM-MD5.</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nombre EHLO</translation>
    </message>
    <message>
        <source>The name this machine gives in EHLO; empty: its fully qualified name.</source>
        <translation>El nombre que este equipo da en EHLO; vacío: su nombre completo.</translation>
    </message>
    <message>
        <source>Allow login without TLS</source>
        <translation>Permitir inicio de sesión sin TLS</translation>
    </message>
    <message>
        <source>Send the password to a server that is not on this machine without TLS. Anyone on the path can read it.</source>
        <translation>Enviar la contraseña sin TLS a un servidor que no está en este equipo. Cualquiera en el camino puede leerla.</translation>
    </message>
    <message>
        <source>Default sender</source>
        <translation>Remitente predeterminado</translation>
    </message>
    <message>
        <source>The From address for test messages, e.g. Acme &lt;hi@acme.example&gt;.</source>
        <translation>La dirección From de los mensajes de prueba, p. ej. Acme &lt;hi@acme.example&gt;.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>The address the relay listens on. Anything but loopback lets other machines send through your account.</source>
        <translation>La dirección en la que escucha el relay. Cualquier cosa que no sea loopback permite a otros equipos enviar a través de su cuenta.</translation>
    </message>
    <message>
        <source>Relay port</source>
        <translation>Puerto del relay</translation>
    </message>
    <message>
        <source>The HTTP port applications send to.</source>
        <translation>El puerto HTTP al que envían las aplicaciones.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The bearer key applications send. Kept in the OS keychain only.</source>
        <translation>La clave bearer que envían las aplicaciones. Se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation>Solicitudes por ventana</translation>
    </message>
    <message>
        <source>How many requests one key may make in each rate-limit window.</source>
        <translation>Cuántas solicitudes puede hacer una clave en cada ventana de limitación.</translation>
    </message>
    <message>
        <source>Rate-limit window</source>
        <translation>Ventana de limitación</translation>
    </message>
    <message>
        <source>The rate-limit window in seconds.</source>
        <translation>La ventana de limitación de frecuencia, en segundos.</translation>
    </message>
    <message>
        <source>Delivery workers</source>
        <translation>Procesos de entrega</translation>
    </message>
    <message>
        <source>How many messages are delivered at the same time.</source>
        <translation>Cuántos mensajes se entregan a la vez.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>How often a temporary failure (4xx, a lost connection) is retried.</source>
        <translation>Cuántas veces se reintenta un fallo temporal (4xx, una conexión perdida).</translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation>Espera entre reintentos</translation>
    </message>
    <message>
        <source>Seconds between retries.</source>
        <translation>Segundos entre reintentos.</translation>
    </message>
    <message>
        <source>Keep bodies</source>
        <translation>Conservar cuerpos</translation>
    </message>
    <message>
        <source>Days a delivered message&apos;s body is kept; its record stays in the list. 0 keeps bodies for ever.</source>
        <translation>Días que se conserva el cuerpo de un mensaje entregado; su registro sigue en la lista. 0 los conserva para siempre.</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <source>debug, info, warn or error.</source>
        <translation>debug, info, warn o error.</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Formato de registro</translation>
    </message>
    <message>
        <source>json (one object a line) or text.</source>
        <translation>json (un objeto por línea) o text.</translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation>Orígenes CORS</translation>
    </message>
    <message>
        <source>Web origins allowed to call the relay from a browser, comma-separated; empty: none.</source>
        <translation>Orígenes web autorizados a llamar al relay desde un navegador, separados por comas; vacío: ninguno.</translation>
    </message>
    <message>
        <source>SMTP connections</source>
        <translation>Conexiones SMTP</translation>
    </message>
    <message>
        <source>How many SMTP connections the relay keeps open to the server (1 to 100).</source>
        <translation>Cuántas conexiones SMTP mantiene abiertas el relay con el servidor (de 1 a 100).</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>The nameserver the DNS checks ask, an IP address with an optional port (192.0.2.53:5353, [2001:db8::53]:53); empty: the system&apos;s.</source>
        <translation>El servidor de nombres al que preguntan las comprobaciones DNS, una dirección IP con un puerto opcional (192.0.2.53:5353, [2001:db8::53]:53); vacío: el del sistema.</translation>
    </message>
    <message>
        <source>Largest request</source>
        <translation>Solicitud más grande</translation>
    </message>
    <message>
        <source>The largest request body the relay reads, in MiB (1 to 1024); a larger one is refused with 413.</source>
        <translation>El cuerpo de solicitud más grande que lee el relay, en MiB (1 a 1024); uno mayor se rechaza con 413.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Finish; the password then goes to the system keychain.</source>
        <translation>No se guarda nada hasta que pulse Finalizar; entonces la contraseña va al llavero del sistema.</translation>
    </message>
    <message>
        <source>The provider&apos;s rules for user name and password</source>
        <translation>Las reglas del proveedor para el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>Where to get the credentials</source>
        <translation>Dónde obtener las credenciales</translation>
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
        <translation>El nombre de host del servidor SMTP (SMTP_HOST)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The SMTP login (SMTP_USER)</source>
        <translation>El usuario SMTP (SMTP_USER)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The SMTP password or API key (SMTP_PASS); kept in the system keychain, never in a file</source>
        <translation>La contraseña SMTP o clave de API (SMTP_PASS); se guarda en el llavero del sistema, nunca en un archivo</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>&amp;Mostrar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Hints about these credentials</source>
        <translation>Consejos sobre estas credenciales</translation>
    </message>
    <message>
        <source>Shows the password in plain text while checked</source>
        <translation>Muestra la contraseña en texto claro mientras está marcada</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s page that issues SMTP credentials in the web browser</source>
        <translation>Abre en el navegador la página del proveedor que emite las credenciales SMTP</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DiagnosisView</name>
    <message>
        <source>Settings tried</source>
        <translation>Configuraciones probadas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
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
        <translation>Lo que se observó: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Changes the settings as proposed; press Test again to try them. Nothing is saved.</source>
        <translation>Cambia la configuración como se propone; pulse Probar de nuevo para comprobarla. No se guarda nada.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Press Finish to save the profile.</source>
        <translation>Pulse Finalizar para guardar el perfil.</translation>
    </message>
    <message>
        <source>What Finish saves</source>
        <translation>Qué guarda Finalizar</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
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
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>Finish saves the profile &quot;%1&quot; (%2): server %3, port %4, %5, user name %6. Its settings go to %7.</source>
        <translation>Finalizar guarda el perfil «%1» (%2): servidor %3, puerto %4, %5, nombre de usuario %6. Su configuración va a %7.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No password was given, so none is stored.</source>
        <translation>No se indicó contraseña, así que no se guarda ninguna.</translation>
    </message>
    <message>
        <source>The password goes to the system keychain (service &quot;%1&quot;), never into that file.</source>
        <translation>La contraseña va al llavero del sistema (servicio «%1»), nunca a ese archivo.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>Next:
• Send from the command line:
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Start the local HTTP relay for your applications:
    selfmx-console relay --profile %1</source>
        <extracomment>The command lines stay as they are: only the sentences around them are translated</extracomment>
        <translation>A continuación:
• Enviar desde la línea de comandos:
    selfmx-console send --profile %1 --from %2 --to someone@example.com --subject Hello --text &quot;It works&quot;
• Iniciar el relay HTTP local para sus aplicaciones:
    selfmx-console relay --profile %1</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ No guardado: %1</translation>
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
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <source>Takes effect when SelfMX Console starts again</source>
        <translation>Se aplica la próxima vez que se inicie SelfMX Console</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::MainWindow</name>
    <message>
        <source>Fill in the server and press Test.</source>
        <translation>Rellene el servidor y pulse Probar.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Transcr&amp;ipt</source>
        <translation>Transcr&amp;ipción</translation>
    </message>
    <message>
        <source>Rela&amp;y</source>
        <translation>Rela&amp;y</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Falló la entrega</translation>
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
        <translation>Guardar &amp;como perfil…</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Apply proposed fix</source>
        <translation>&amp;Aplicar la corrección propuesta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relay</translation>
    </message>
    <message>
        <source>&amp;Start or stop the relay</source>
        <translation>&amp;Iniciar o detener el relay</translation>
    </message>
    <message>
        <source>Copy the API &amp;key</source>
        <translation>Copiar la &amp;clave de API</translation>
    </message>
    <message>
        <source>Copy the c&amp;url command</source>
        <translation>Copiar el comando c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Retry the selected message</source>
        <translation>&amp;Reintentar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>&amp;Cancel the selected message</source>
        <translation>Ca&amp;ncelar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Tra&amp;nscript</source>
        <translation>Tra&amp;nscripción</translation>
    </message>
    <message>
        <source>&amp;Copy transcript</source>
        <translation>&amp;Copiar la transcripción</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>&amp;Guardar la transcripción…</translation>
    </message>
    <message>
        <source>Save report &amp;bundle…</source>
        <translation>Guardar el &amp;paquete de informe…</translation>
    </message>
    <message>
        <source>SelfMX Console: the relay is running</source>
        <translation>SelfMX Console: el relay está en marcha</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar la ventana</translation>
    </message>
    <message>
        <source>S&amp;top relay and quit</source>
        <translation>De&amp;tener el relay y salir</translation>
    </message>
    <message>
        <source>The relay is running</source>
        <translation>El relay está en marcha</translation>
    </message>
    <message>
        <source>The relay is running. Applications that send through it get no answer once it stops.</source>
        <translation>El relay está en marcha. Las aplicaciones que envían a través de él dejan de recibir respuesta en cuanto se detiene.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>&amp;Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Stop relay and quit</source>
        <translation>&amp;Detener el relay y salir</translation>
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
        <translation>✓ Conexión SMTP correcta</translation>
    </message>
    <message>
        <source> — authenticated with %1</source>
        <translation> — autenticado con %1</translation>
    </message>
    <message>
        <source>
✓ the certificate was accepted because it matches the pinned certificate</source>
        <translation>
✓ el certificado se aceptó porque coincide con el certificado fijado</translation>
    </message>
    <message>
        <source>
⚠ the certificate was NOT verified</source>
        <translation>
⚠ el certificado NO se verificó</translation>
    </message>
    <message>
        <source>✗ Fails at %1: %2</source>
        <translation>✗ Falla en %1: %2</translation>
    </message>
    <message>
        <source>Fix applied to the form; press Test to try it</source>
        <translation>Corrección aplicada al formulario; pulse Probar para comprobarla</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProfilesView</name>
    <message>
        <source>Ne&amp;w profile…</source>
        <translation>Nue&amp;vo perfil…</translation>
    </message>
    <message>
        <source>Set up a new profile with the setup wizard</source>
        <translation>Configurar un perfil nuevo con el asistente</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>Copy the selected profile, its secrets included, under a new name</source>
        <translation>Copiar el perfil seleccionado, secretos incluidos, con un nombre nuevo</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Renom&amp;brar…</translation>
    </message>
    <message>
        <source>Give the selected profile another name; its secrets stay with it</source>
        <translation>Dar otro nombre al perfil seleccionado; sus secretos lo acompañan</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its secrets in the keychain</source>
        <translation>Eliminar el perfil seleccionado y sus secretos del llavero</translation>
    </message>
    <message>
        <source>Set as d&amp;efault</source>
        <translation>Establecer como pre&amp;determinado</translation>
    </message>
    <message>
        <source>The command line uses the default profile when neither --profile nor SMTP_* variables are given</source>
        <translation>La línea de comandos usa el perfil predeterminado cuando no se indica --profile ni variables SMTP_*</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar el perfil</translation>
    </message>
    <message>
        <source>Write the changes: settings to the profile file, secrets to the keychain</source>
        <translation>Escribir los cambios: la configuración en el archivo de perfiles, los secretos en el llavero</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Descartar los ca&amp;mbios</translation>
    </message>
    <message>
        <source>Go back to the profile as it is stored</source>
        <translation>Volver al perfil tal como está guardado</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Stored profiles; * marks unsaved changes. Passwords come from the OS keychain.</source>
        <translation>Perfiles guardados; * marca cambios sin guardar. Las contraseñas vienen del llavero del sistema.</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Configuración del perfil</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Estado del perfil</translation>
    </message>
    <message>
        <source> (default)</source>
        <extracomment>Marks the default profile in the list</extracomment>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <source> * unsaved</source>
        <extracomment>Marks the profile with unsaved changes in the list</extracomment>
        <translation> * sin guardar</translation>
    </message>
    <message>
        <source>This profile has unsaved changes</source>
        <translation>Este perfil tiene cambios sin guardar</translation>
    </message>
    <message>
        <source> ✗ cannot be used</source>
        <extracomment>Marks a profile whose stored values break the rules</extracomment>
        <translation> ✗ no se puede usar</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <extracomment>Heading of the editor: the profile&apos;s name; * when it has unsaved changes</extracomment>
        <translation>Perfil «%1»</translation>
    </message>
    <message>
        <source>Unsaved settings (not a stored profile)</source>
        <translation>Configuración sin guardar (no es un perfil guardado)</translation>
    </message>
    <message>
        <source> — unsaved changes *</source>
        <translation> — cambios sin guardar *</translation>
    </message>
    <message>
        <source>Reading profile &quot;%1&quot; …</source>
        <translation>Leyendo el perfil «%1»…</translation>
    </message>
    <message>
        <source>✗ Profile &quot;%1&quot;: %2</source>
        <translation>✗ Perfil «%1»: %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded, but its password is missing from the keychain: type it and save</source>
        <translation>Perfil «%1» cargado, pero falta su contraseña en el llavero: escríbala y guarde</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded; password from the keychain</source>
        <translation>Perfil «%1» cargado; contraseña del llavero</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded (no password stored)</source>
        <translation>Perfil «%1» cargado (sin contraseña guardada)</translation>
    </message>
    <message>
        <source>✗ Not saved: %1</source>
        <translation>✗ No guardado: %1</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; …</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the password is in the OS keychain</source>
        <translation>«%1» guardado; la contraseña está en el llavero del sistema</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (no password)</source>
        <translation>«%1» guardado (sin contraseña)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to profile &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios del perfil «%1»?</translation>
    </message>
    <message>
        <source>Save these settings as a profile?</source>
        <translation>¿Guardar esta configuración como perfil?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes are lost.</source>
        <translation>Si no guarda, los cambios se pierden.</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <extracomment>The suggested name of a copy of a profile</extracomment>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>Name of the &amp;copy:</source>
        <translation>Nombre de la &amp;copia:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>✗ Not duplicated: there is a profile &quot;%1&quot; already</source>
        <translation>✗ No duplicado: ya existe un perfil «%1»</translation>
    </message>
    <message>
        <source>✗ Not duplicated: %1</source>
        <translation>✗ No duplicado: %1</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;</source>
        <translation>Duplicado como «%1»</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renombrar perfil</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Nombre &amp;nuevo:</translation>
    </message>
    <message>
        <source>✗ Not renamed: there is a profile &quot;%1&quot; already</source>
        <translation>✗ No renombrado: ya existe un perfil «%1»</translation>
    </message>
    <message>
        <source>✗ Not renamed: %1</source>
        <translation>✗ No renombrado: %1</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;</source>
        <translation>Renombrado a «%1»</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil «%1»?</translation>
    </message>
    <message>
        <source>Its settings and its secrets in the keychain are deleted. This cannot be undone.</source>
        <translation>Se eliminan su configuración y sus secretos del llavero. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>✗ Not deleted: %1</source>
        <translation>✗ No eliminado: %1</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>«%1» eliminado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile</source>
        <translation>«%1» es ahora el perfil predeterminado</translation>
    </message>
    <message>
        <source>✗ Could not write %1</source>
        <translation>✗ No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Stor&amp;ed profiles:</source>
        <extracomment>Heading above the list of stored profiles</extracomment>
        <translation>Per&amp;files guardados:</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ProviderPage</name>
    <message>
        <source>Who sends your mail?</source>
        <translation>¿Quién envía su correo?</translation>
    </message>
    <message>
        <source>Type the address you send from, or pick the service that delivers your mail.</source>
        <translation>Escriba la dirección desde la que envía, o elija el servicio que entrega su correo.</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>usted@example.com o example.com</translation>
    </message>
    <message>
        <source>Sending address or domain</source>
        <translation>Dirección de envío o dominio</translation>
    </message>
    <message>
        <source>A well-known domain such as gmail.com picks its provider for you</source>
        <translation>Un dominio conocido como gmail.com elige su proveedor por usted</translation>
    </message>
    <message>
        <source>Sending &amp;address or domain:</source>
        <translation>&amp;Dirección de envío o dominio:</translation>
    </message>
    <message>
        <source>Provider picked from the address</source>
        <translation>Proveedor elegido a partir de la dirección</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>The service that delivers your mail; its server and rules fill in the next pages</source>
        <translation>El servicio que entrega su correo; su servidor y sus reglas rellenan las páginas siguientes</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Where the provider keeps your account; credentials work only in their own region</source>
        <translation>Dónde tiene el proveedor su cuenta; las credenciales solo funcionan en su propia región</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>How this setup is called in the console and on the command line (--profile)</source>
        <translation>Cómo se llama esta configuración en la consola y en la línea de comandos (--profile)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>No&amp;mbre del perfil:</translation>
    </message>
    <message>
        <source>Problem with the profile name</source>
        <translation>Problema con el nombre del perfil</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile name may not contain &apos;/&apos; or line breaks.</source>
        <translation>Un nombre de perfil no puede contener &apos;/&apos; ni saltos de línea.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ya existe un perfil llamado «%1»; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::RelayPanel</name>
    <message>
        <source>queued</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>en cola</translation>
    </message>
    <message>
        <source>scheduled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>programado</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>enviando</translation>
    </message>
    <message>
        <source>✓ delivered</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✓ entregado</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>✗ fallido</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>State of a message in the relay&apos;s queue</extracomment>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Relay on or off</source>
        <translation>Relay activado o desactivado</translation>
    </message>
    <message>
        <source>Runs the local HTTP relay (SelfMX&apos;s and Resend&apos;s API) for the selected profile</source>
        <translation>Ejecuta el relay HTTP local (la API de SelfMX y de Resend) para el perfil seleccionado</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Listening address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer KEY&quot;; it is kept in the OS keychain</source>
        <translation>Los clientes la envían como &quot;Authorization: Bearer KEY&quot;; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copiar la clave de API</translation>
    </message>
    <message>
        <source>curl example</source>
        <translation>Ejemplo con curl</translation>
    </message>
    <message>
        <source>A command that sends a message through the relay</source>
        <translation>Un comando que envía un mensaje a través del relay</translation>
    </message>
    <message>
        <source>Try it with curl:</source>
        <translation>Pruébelo con curl:</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar el comando</translation>
    </message>
    <message>
        <source>Copy the curl command</source>
        <translation>Copiar el comando curl</translation>
    </message>
    <message>
        <source>Message counts</source>
        <translation>Recuento de mensajes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Mensajes recientes</translation>
    </message>
    <message>
        <source>Message columns</source>
        <translation>Columnas de mensajes</translation>
    </message>
    <message>
        <source>Recent messages:</source>
        <translation>Mensajes recientes:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry the selected message now</source>
        <translation>Reintentar ahora el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Cancelar el mensaje</translation>
    </message>
    <message>
        <source>Cancel the selected message</source>
        <translation>Cancelar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Relay status</source>
        <translation>Estado del relay</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>Clave de API copiada</translation>
    </message>
    <message>
        <source>curl command copied (with the key)</source>
        <translation>Comando curl copiado (con la clave)</translation>
    </message>
    <message>
        <source>Relay for profile &quot;%1&quot;</source>
        <translation>Relay del perfil «%1»</translation>
    </message>
    <message>
        <source>Select a stored profile to run the relay for it</source>
        <translation>Seleccione un perfil guardado para ejecutar el relay con él</translation>
    </message>
    <message>
        <source>Starting the relay …</source>
        <translation>Iniciando el relay…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ No API key could be stored: %1</source>
        <translation>✗ No se pudo guardar ninguna clave de API: %1</translation>
    </message>
    <message>
        <source>A new API key was made for this profile and stored in the keychain.</source>
        <translation>Se creó una nueva clave de API para este perfil y se guardó en el llavero.</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>Relay detenido</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ Running on %1</source>
        <extracomment>Status of the relay panel: the address it listens on</extracomment>
        <translation>✓ En marcha en %1</translation>
    </message>
    <message>
        <source>Stopping: no new requests; the SMTP transactions in progress end first …</source>
        <translation>Deteniendo: no se aceptan solicitudes nuevas; primero terminan las transacciones SMTP en curso…</translation>
    </message>
    <message>
        <source>Queued: %1 · Sending: %2 · Delivered: %3 · Failed: %4 · Retrying: %5</source>
        <extracomment>The relay&apos;s live counts</extracomment>
        <translation>En cola: %1 · Enviando: %2 · Entregados: %3 · Fallidos: %4 · Reintentando: %5</translation>
    </message>
    <message>
        <source>Message %1 queued to be sent now</source>
        <translation>Mensaje %1 en cola para enviarse ahora</translation>
    </message>
    <message>
        <source>Message %1 canceled</source>
        <translation>Mensaje %1 cancelado</translation>
    </message>
    <message>
        <source>Relay on</source>
        <translation>Relay activado</translation>
    </message>
    <message>
        <source>The address and port the relay takes requests on while it runs</source>
        <translation>La dirección y el puerto en los que el relay acepta peticiones mientras funciona</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Shows the API key, in the field and in the curl example, while checked</source>
        <translation>Muestra la clave de API, en el campo y en el ejemplo de curl, mientras está pulsado</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar la clave</translation>
    </message>
    <message>
        <source>Copies the API key to the clipboard</source>
        <translation>Copia la clave de API al portapapeles</translation>
    </message>
    <message>
        <source>Copies the curl example, with the real API key, to the clipboard</source>
        <translation>Copia el ejemplo de curl, con la clave de API real, al portapapeles</translation>
    </message>
    <message>
        <source>Delivers the selected queued or failed message again now</source>
        <translation>Vuelve a entregar ahora el mensaje seleccionado, en cola o fallido</translation>
    </message>
    <message>
        <source>Stops trying to deliver the selected message</source>
        <translation>Deja de intentar entregar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Relay off</source>
        <extracomment>The relay toggle&apos;s text while the relay runs / while it is off</extracomment>
        <translation>Relay desactivado</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button that reveals or hides the API key</extracomment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>The messages the relay took most recently, with their state, attempts and last error</source>
        <translation>Los mensajes que el relay recibió más recientemente, con su estado, intentos y último error</translation>
    </message>
    <message>
        <source>New key…</source>
        <extracomment>The button that replaces the relay&apos;s API key (asks first)</extracomment>
        <translation>Nueva clave…</translation>
    </message>
    <message>
        <source>Make a new API key</source>
        <translation>Crear una nueva clave de API</translation>
    </message>
    <message>
        <source>Replaces the API key with a new one, in the keychain and in the running relay; asks first</source>
        <translation>Reemplaza la clave de API por una nueva, en el llavero y en el relay en marcha; pregunta antes</translation>
    </message>
    <message>
        <source>Replace the API key?</source>
        <translation>¿Reemplazar la clave de API?</translation>
    </message>
    <message>
        <source>Applications using the current key will get 401 invalid_api_key until they use the new one.</source>
        <translation>Las aplicaciones que usan la clave actual recibirán 401 invalid_api_key hasta que usen la nueva.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button of the question before the relay&apos;s API key is replaced</extracomment>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>✗ The API key was not replaced; the old key still works: %1</source>
        <translation>✗ La clave de API no se reemplazó; la clave anterior sigue funcionando: %1</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay accepts only this key now.</source>
        <translation>✓ Nueva clave de API guardada en el llavero; el relay ahora solo acepta esta clave.</translation>
    </message>
    <message>
        <source>✓ New API key stored in the keychain; the relay will use it when it starts.</source>
        <translation>✓ Nueva clave de API guardada en el llavero; el relay la usará cuando se inicie.</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>How the connection is encrypted, and how the console knows it talks to the right server.</source>
        <translation>Cómo se cifra la conexión y cómo sabe la consola que habla con el servidor correcto.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>The server&apos;s port (SMTP_PORT): 587 for STARTTLS, 465 for implicit TLS</source>
        <translation>El puerto del servidor (SMTP_PORT): 587 para STARTTLS, 465 para TLS implícito</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;STARTTLS (port 587)</source>
        <translation>&amp;STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>The connection starts in plaintext and switches to TLS before anything else is said; if the server does not offer it, the console stops rather than go on unencrypted.</source>
        <translation>La conexión empieza en texto plano y pasa a TLS antes de decir nada más; si el servidor no lo ofrece, la consola se detiene en lugar de seguir sin cifrar.</translation>
    </message>
    <message>
        <source>&amp;Implicit TLS (port 465)</source>
        <translation>TLS &amp;implícito (puerto 465)</translation>
    </message>
    <message>
        <source>The connection is encrypted from its very first byte.</source>
        <translation>La conexión va cifrada desde su primer byte.</translation>
    </message>
    <message>
        <source>N&amp;o encryption</source>
        <translation>Sin ci&amp;frado</translation>
    </message>
    <message>
        <source>Everything, the password included, travels readable: only for a server on this machine.</source>
        <translation>Todo, incluida la contraseña, viaja legible: solo para un servidor en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation>&amp;Verificar el certificado del servidor (recomendado)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>Without verification anyone on the way can pretend to be the server and read the password</source>
        <translation>Sin verificación, cualquiera por el camino puede hacerse pasar por el servidor y leer la contraseña</translation>
    </message>
    <message>
        <source>⚠ Without verification anyone on the path can pretend to be the server and read the password. Prefer a CA file or a pinned certificate under Advanced.</source>
        <translation>⚠ Sin verificación, cualquiera en el camino puede hacerse pasar por el servidor y leer la contraseña. Mejor use un archivo de CA o un certificado fijado en Avanzado.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>Show advanced security settings</source>
        <translation>Mostrar la configuración de seguridad avanzada</translation>
    </message>
    <message>
        <source>optional: a PEM file with the CA that signed the server&apos;s certificate</source>
        <translation>opcional: un archivo PEM con la CA que firmó el certificado del servidor</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>Trust certificates signed by this CA, besides the system&apos;s (SMTP_TLS_CA_FILE)</source>
        <translation>Confiar en los certificados firmados por esta CA, además de en los del sistema (SMTP_TLS_CA_FILE)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Buscar el archivo de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>opcional: AB:CD:… (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificado fijado</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with this SHA-256 fingerprint (SMTP_TLS_PIN_SHA256)</source>
        <translation>Aceptar exactamente el certificado con esta huella SHA-256 (SMTP_TLS_PIN_SHA256)</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate (SHA-256):</source>
        <translation>Certificado fi&amp;jado (SHA-256):</translation>
    </message>
    <message>
        <source>Shows or hides the CA file and the pinned certificate</source>
        <translation>Muestra u oculta el archivo de CA y el certificado fijado</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose a PEM file with the CA&apos;s certificate</source>
        <translation>Abre un diálogo para elegir un archivo PEM con el certificado de la CA</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SenderDomainSection</name>
    <message>
        <source>Sender domain</source>
        <extracomment>The heading of the section that checks the sender&apos;s domain in DNS</extracomment>
        <translation>Dominio del remitente</translation>
    </message>
    <message>
        <source>Check the sender domain</source>
        <translation>Comprobar el dominio del remitente</translation>
    </message>
    <message>
        <source>Looks up the SPF, DKIM, DMARC and MX records of the sender&apos;s domain and says what to publish</source>
        <translation>Consulta los registros SPF, DKIM, DMARC y MX del dominio del remitente e indica qué publicar</translation>
    </message>
    <message>
        <source>Stop the sender domain check</source>
        <translation>Detener la comprobación del dominio del remitente</translation>
    </message>
    <message>
        <source>optional, e.g. pm20241105, k1</source>
        <translation>opcional, p. ej. pm20241105, k1</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>Selectores DKIM</translation>
    </message>
    <message>
        <source>The DKIM selectors from the provider&apos;s domain authentication page, separated by commas; SendGrid&apos;s s1 and s2 are checked anyway</source>
        <translation>Los selectores DKIM de la página de autenticación de dominio del proveedor, separados por comas; s1 y s2 de SendGrid se comprueban de todos modos</translation>
    </message>
    <message>
        <source>Checking the sender domain</source>
        <translation>Comprobando el dominio del remitente</translation>
    </message>
    <message>
        <source>Sender domain result</source>
        <translation>Resultado del dominio del remitente</translation>
    </message>
    <message>
        <source>Sender domain findings</source>
        <translation>Hallazgos del dominio del remitente</translation>
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
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>DNS record to publish</source>
        <translation>Registro DNS que publicar</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>Copiar el registro</translation>
    </message>
    <message>
        <source>Copy the record for %1</source>
        <extracomment>%1: the DNS record&apos;s name, e.g. _dmarc.example.com</extracomment>
        <translation>Copiar el registro de %1</translation>
    </message>
    <message>
        <source>Fill in the default sender to check that its domain is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Rellene el remitente predeterminado para comprobar que su dominio está configurado para enviar (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Press Check sender domain to check that %1 is set up to send (SPF, DKIM, DMARC, MX).</source>
        <translation>Pulse «Comprobar el dominio del remitente» para comprobar que %1 está configurado para enviar (SPF, DKIM, DMARC, MX).</translation>
    </message>
    <message>
        <source>Checking %1 in DNS…</source>
        <translation>Comprobando %1 en el DNS…</translation>
    </message>
    <message>
        <source>✓ %1 is ready to send.</source>
        <translation>✓ %1 está listo para enviar.</translation>
    </message>
    <message>
        <source>✗ %1 is not ready to send: publish the records below.</source>
        <translation>✗ %1 no está listo para enviar: publique los registros de abajo.</translation>
    </message>
    <message>
        <source>⚠ Some lookups for %1 failed; the results below are incomplete.</source>
        <translation>⚠ Algunas consultas de %1 fallaron; los resultados de abajo están incompletos.</translation>
    </message>
    <message>
        <source>There is no sender address to check: fill in the default sender first.</source>
        <translation>No hay dirección de remitente que comprobar: rellene primero el remitente predeterminado.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Comprobación detenida.</translation>
    </message>
    <message>
        <source>The check of %1 took too long and was stopped.</source>
        <translation>La comprobación de %1 tardó demasiado y se detuvo.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups of the running check</source>
        <translation>Detiene las consultas DNS de la comprobación en curso</translation>
    </message>
    <message>
        <source>Check sender domain</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Comprobar el dominio del remitente</translation>
    </message>
    <message>
        <source>Stop check</source>
        <extracomment>A button; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Detener la comprobación</translation>
    </message>
    <message>
        <source>DKIM selectors:</source>
        <extracomment>A field&apos;s label; the program adds the Alt+letter mnemonic, so the text has none</extracomment>
        <translation>Selectores DKIM:</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::ServerDiscoveryBox</name>
    <message>
        <source>&amp;Find my server</source>
        <translation>&amp;Buscar mi servidor</translation>
    </message>
    <message>
        <source>Find the server in DNS</source>
        <translation>Buscar el servidor en el DNS</translation>
    </message>
    <message>
        <source>Looks up the domain of the address: the provider table, its SRV records, its MX records, then smtp. and mail. verified by connecting</source>
        <translation>Busca el dominio de la dirección: la tabla de proveedores, sus registros SRV, sus registros MX y luego smtp. y mail. verificados conectándose</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop looking for the server</source>
        <translation>Dejar de buscar el servidor</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Buscando el servidor</translation>
    </message>
    <message>
        <source>Server lookup result</source>
        <translation>Resultado de la búsqueda del servidor</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Servidores encontrados</translation>
    </message>
    <message>
        <source>Each server with where it came from; choose one to fill in the server, port and TLS mode</source>
        <translation>Cada servidor con su procedencia; elija uno para rellenar el servidor, el puerto y el modo TLS</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Usar este servidor</translation>
    </message>
    <message>
        <source>Use the selected server</source>
        <translation>Usar el servidor seleccionado</translation>
    </message>
    <message>
        <source>Using %1:%2; the next pages show it and you can still change it.</source>
        <extracomment>%1: the server and port chosen from the list, e.g. &quot;smtp.example.com:465&quot;</extracomment>
        <translation>Se usa %1:%2; las páginas siguientes lo muestran y aún puede cambiarlo.</translation>
    </message>
    <message>
        <source>Looking up the server for %1…</source>
        <extracomment>%1: the mail domain</extracomment>
        <translation>Buscando el servidor de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) for %1. Choose one and press Use this server, or go on and fill in the server yourself.</source>
        <translation>
            <numerusform>Se encontró %n servidor para %1. Elíjalo y pulse «Usar este servidor», o continúe y rellene el servidor usted mismo.</numerusform>
            <numerusform>Se encontraron %n servidores para %1. Elija uno y pulse «Usar este servidor», o continúe y rellene el servidor usted mismo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No server found for %1 in DNS. Pick your provider below, or fill in the server on the next page.</source>
        <translation>No se encontró ningún servidor para %1 en el DNS. Elija su proveedor abajo, o rellene el servidor en la página siguiente.</translation>
    </message>
    <message>
        <source>Stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>Detenido. Elija su proveedor abajo, o rellene el servidor en la página siguiente.</translation>
    </message>
    <message>
        <source>The lookup for %1 took too long and was stopped. Pick your provider below, or fill in the server on the next page.</source>
        <translation>La búsqueda de %1 tardó demasiado y se detuvo. Elija su proveedor abajo, o rellene el servidor en la página siguiente.</translation>
    </message>
    <message>
        <source>Stops the DNS lookups and connection attempts of the search</source>
        <translation>Detiene las consultas DNS y los intentos de conexión de la búsqueda</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SettingsForm</name>
    <message>
        <source>Automatic (Use TLS: port 465 implicit, any other STARTTLS required)</source>
        <translation>Automático (Usar TLS: 465 implícito, si no STARTTLS obligatorio)</translation>
    </message>
    <message>
        <source>Implicit TLS (from the first byte)</source>
        <translation>TLS implícito (desde el primer byte)</translation>
    </message>
    <message>
        <source>STARTTLS (required, never skipped)</source>
        <translation>STARTTLS (obligatorio, nunca se omite)</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>Ninguno (texto plano)</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automático (el más fuerte ofrecido)</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Hint about %1</source>
        <translation>Consejo sobre %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form row&apos;s label: the field&apos;s name and a colon</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar la configuración avanzada</translation>
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
        <translation>Mostrar u ocultar el texto</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>optional: a PEM file with an extra trusted CA</source>
        <translation>opcional: un archivo PEM con una CA de confianza adicional</translation>
    </message>
    <message>
        <source>optional: AB:CD:… (64 hex digits)</source>
        <translation>opcional: AB:CD:… (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <extracomment>Accessible name of the Show / Hide button of a secret field, %1 the field&apos;s label</extracomment>
        <translation>Mostrar u ocultar %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button beside a password or key field while its text is shown</extracomment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Shows or hides the settings most setups leave as they are</source>
        <translation>Muestra u oculta los ajustes que la mayoría de las configuraciones deja como están</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the file</source>
        <translation>Abre un diálogo para elegir el archivo</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::SetupWizard</name>
    <message>
        <source>Set up sending</source>
        <translation>Configurar el envío</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Goes back to the previous page; nothing is saved</source>
        <translation>Vuelve a la página anterior; no se guarda nada</translation>
    </message>
    <message>
        <source>Goes on to the next page; nothing is saved before Finish</source>
        <translation>Pasa a la página siguiente; no se guarda nada antes de «Finalizar»</translation>
    </message>
    <message>
        <source>Closes the wizard without saving anything</source>
        <translation>Cierra el asistente sin guardar nada</translation>
    </message>
    <message>
        <source>Saves the profile: its settings to the profile file, its password to the keychain</source>
        <translation>Guarda el perfil: la configuración en el archivo de perfiles, la contraseña en el llavero</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TestPage</name>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Try the settings before saving them: connect, encrypt, greet and log in.</source>
        <translation>Pruebe la configuración antes de guardarla: conectar, cifrar, saludar e iniciar sesión.</translation>
    </message>
    <message>
        <source>Save &amp;without a passing test</source>
        <translation>Guardar &amp;sin una prueba superada</translation>
    </message>
    <message>
        <source>Save without a passing test</source>
        <translation>Guardar sin una prueba superada</translation>
    </message>
    <message>
        <source>Lets you finish even though the test did not pass, e.g. for a server you cannot reach from here</source>
        <translation>Le permite terminar aunque la prueba no se haya superado, p. ej. para un servidor al que no puede acceder desde aquí</translation>
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
        <translation>Iniciar sesión (AUTH)</translation>
    </message>
    <message>
        <source>Sender accepted (MAIL FROM)</source>
        <translation>Remitente aceptado (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient accepted (RCPT TO)</source>
        <translation>Destinatario aceptado (RCPT TO)</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensaje de prueba</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ superado</translation>
    </message>
    <message>
        <source>⚠ passed with a warning</source>
        <translation>⚠ superado con un aviso</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fallido</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– omitido</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>Sujeto: %1
Emisor: %2
Válido del %3 al %4
Huella SHA-256: %5</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connects, secures the connection, greets and logs in with these settings</source>
        <translation>Se conecta, protege la conexión, saluda e inicia sesión con esta configuración</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Cancelar la prueba</translation>
    </message>
    <message>
        <source>&amp;Find working settings</source>
        <translation>&amp;Encontrar una configuración que funcione</translation>
    </message>
    <message>
        <source>Find working settings</source>
        <translation>Encontrar una configuración que funcione</translation>
    </message>
    <message>
        <source>Tries ports 587, 465, 2525 and 25 with their TLS modes at once, shows what each did, and applies the best that worked</source>
        <translation>Prueba a la vez los puertos 587, 465, 2525 y 25 con sus modos TLS, muestra qué hizo cada uno y aplica lo mejor que funcionó</translation>
    </message>
    <message>
        <source>optional: you@example.com</source>
        <translation>opcional: usted@example.com</translation>
    </message>
    <message>
        <source>Send a test message to</source>
        <translation>Enviar un mensaje de prueba a</translation>
    </message>
    <message>
        <source>When filled in, the test also asks whether the server accepts this sender and recipient, and sends a short test message</source>
        <translation>Si se rellena, la prueba comprueba también si el servidor acepta este remitente y este destinatario, y envía un mensaje de prueba breve</translation>
    </message>
    <message>
        <source>Send a test &amp;message to:</source>
        <translation>Enviar un &amp;mensaje de prueba a:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Pasos de la prueba</translation>
    </message>
    <message>
        <source>Each step of the test with its state and the time it took</source>
        <translation>Cada paso de la prueba con su estado y el tiempo que tardó</translation>
    </message>
    <message>
        <source>Step, state and time columns</source>
        <translation>Columnas de paso, estado y tiempo</translation>
    </message>
    <message>
        <source>Press Test to try these settings; nothing is saved by a test.</source>
        <translation>Pulse Probar para probar esta configuración; una prueba no guarda nada.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tested yet:
%1</source>
        <translation>✗ Esta configuración aún no se puede probar:
%1</translation>
    </message>
    <message>
        <source>Testing %1:%2 …</source>
        <translation>Probando %1:%2…</translation>
    </message>
    <message>
        <source>Search cancelled; nothing was changed.</source>
        <translation>Búsqueda cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>✗ These settings cannot be tried yet:
%1</source>
        <translation>✗ Esta configuración aún no se puede ensayar:
%1</translation>
    </message>
    <message>
        <source>Trying the usual ports of %1 …</source>
        <translation>Probando los puertos habituales de %1…</translation>
    </message>
    <message>
        <source>✗ None of the usual ports worked; nothing was changed. What each did is listed below.</source>
        <translation>✗ No funcionó ninguno de los puertos habituales; no se cambió nada. Abajo se indica qué hizo cada uno.</translation>
    </message>
    <message>
        <source>✓ Applied the best that worked: %1. Press Test to confirm, then save.</source>
        <translation>✓ Se aplicó lo mejor que funcionó: %1. Pulse Probar para confirmarlo y luego guarde.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms.</source>
        <translation>✓ Prueba superada en %1 ms.</translation>
    </message>
    <message>
        <source>✓ Test passed in %1 ms: logged in with %2.</source>
        <translation>✓ Prueba superada en %1 ms: sesión iniciada con %2.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>The console will accept this server&apos;s certificate from now on, and only this one:

%1</source>
        <translation>A partir de ahora, la consola aceptará el certificado de este servidor, y solo ese:

%1</translation>
    </message>
    <message>
        <source>Fix applied: %1. Press Test to try it.</source>
        <translation>Corrección aplicada: %1. Pulse Probar para comprobarla.</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>Cancelar la pr&amp;ueba</translation>
    </message>
    <message>
        <source>Stops the running test and closes its connection</source>
        <translation>Detiene la prueba en curso y cierra su conexión</translation>
    </message>
    <message>
        <source>Show the sender domain check</source>
        <translation>Mostrar la comprobación del dominio del remitente</translation>
    </message>
    <message>
        <source>Shows or hides the check of the SPF, DKIM, DMARC and MX records of the sender&apos;s domain</source>
        <translation>Muestra u oculta la comprobación de los registros SPF, DKIM, DMARC y MX del dominio del remitente</translation>
    </message>
</context>
<context>
    <name>selfmx::ui::TranscriptView</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column of the transcript: who sent the line (C: the console, S: the server)</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>── TLS from here on: every line below is encrypted ──</source>
        <extracomment>A marker row in the transcript where the connection becomes encrypted</extracomment>
        <translation>── TLS a partir de aquí: todas las líneas siguientes van cifradas ──</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Time of a transcript line since the session started</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sent by the console</source>
        <translation>Enviado por la consola</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Enviado por el servidor</translation>
    </message>
    <message>
        <source>A note from the console</source>
        <translation>Una nota de la consola</translation>
    </message>
    <message>
        <source>Transcript columns</source>
        <translation>Columnas de la transcripción</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line: C: sent by the console, S: sent by the server, * a note. Passwords are never shown.</source>
        <translation>La conversación SMTP línea a línea: C: enviado por la consola, S: enviado por el servidor, * una nota. Las contraseñas nunca se muestran.</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copiar la transcripción</translation>
    </message>
    <message>
        <source>Save the transcript to a file</source>
        <translation>Guardar la transcripción en un archivo</translation>
    </message>
    <message>
        <source>Save a report bundle for a support request</source>
        <translation>Guardar un paquete de informe para una solicitud de soporte</translation>
    </message>
    <message>
        <source>The diagnosis, the settings without secrets, and the transcript, in one file</source>
        <translation>El diagnóstico, la configuración sin secretos y la transcripción, en un solo archivo</translation>
    </message>
    <message>
        <source>Available after a diagnosis</source>
        <translation>Disponible tras un diagnóstico</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Transcripción copiada</translation>
    </message>
    <message>
        <source>There is no diagnosis to put in a bundle yet</source>
        <translation>Aún no hay ningún diagnóstico que poner en un paquete</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Guardar la transcripción</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Transcripción guardada en %1</translation>
    </message>
    <message>
        <source>✗ Could not save %1: %2</source>
        <translation>✗ No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Save report bundle</source>
        <translation>Guardar el paquete de informe</translation>
    </message>
    <message>
        <source>Report bundle saved to %1 (no passwords in it)</source>
        <translation>Paquete de informe guardado en %1 (sin contraseñas)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies every line of the transcript to the clipboard; passwords are never in it</source>
        <translation>Copia todas las líneas de la transcripción al portapapeles; nunca contiene contraseñas</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <source>Writes the transcript to a text file you choose; passwords are never in it</source>
        <translation>Escribe la transcripción en un archivo de texto que usted elige; nunca contiene contraseñas</translation>
    </message>
    <message>
        <source>Save report bundle…</source>
        <translation>Guardar el paquete de informe…</translation>
    </message>
</context>
</TS>
