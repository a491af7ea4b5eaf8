// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The official Resend SDK, unchanged, against the relay (RESEND_BASE_URL). Prints one JSON
// object with what each call returned; the C++ test checks it.
import { Resend } from 'resend';

const mark = process.env.MARK;
const resend = new Resend(process.env.RELAY_KEY);
const out = {};
out.send = await resend.emails.send({
  from: 'Acme <sdk@example.test>', to: ['rcpt@example.test'], subject: 'sdk ' + mark, text: 'hello ' + mark,
  headers: { 'X-Selfmx-Test': mark },
});
out.get = await resend.emails.get(out.send.data?.id);
out.batch = await resend.batch.send([
  { from: 'sdk@example.test', to: 'rcpt@example.test', subject: 'b1', html: '<p>' + mark + '</p>', headers: { 'X-Selfmx-Batch': mark } },
  { from: 'sdk@example.test', to: 'rcpt@example.test', subject: 'b2', text: mark, headers: { 'X-Selfmx-Batch': mark } },
]);
const later = await resend.emails.send({ from: 'sdk@example.test', to: 'rcpt@example.test', subject: 'later', text: 'z', scheduledAt: 'in 1 hour' });
out.cancel = await resend.emails.cancel(later.data?.id);
out.canceled = await resend.emails.get(later.data?.id);
out.invalid = await resend.emails.send({ from: 'sdk@example.test', to: 'not an address', subject: 's', text: 't' });
// An inline image as the SDK words it (`inlineContentId` -> `inline_content_id`).
out.inline = await resend.emails.send({
  from: 'sdk@example.test', to: 'rcpt@example.test', subject: 'inline ' + mark, html: '<p><img src="cid:logo-sdk"></p>',
  headers: { 'X-Selfmx-Inline': mark },
  attachments: [{ filename: 'logo.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), contentType: 'image/png', inlineContentId: 'logo-sdk' }],
});
// A Buffer as content: the SDK passes it through, JSON.stringify writes {"type":"Buffer","data":[...]}.
out.buffer = await resend.emails.send({
  from: 'sdk@example.test', to: 'rcpt@example.test', subject: 'buffer ' + mark, text: 'see attached',
  headers: { 'X-Selfmx-Buffer': mark },
  attachments: [{ filename: 'buffer.txt', content: Buffer.from('buffer ' + mark) }],
});
out.wrongKey = await new Resend('wrong-key').emails.send({ from: 'sdk@example.test', to: 'rcpt@example.test', subject: 's', text: 't' });
console.log(JSON.stringify(out));
