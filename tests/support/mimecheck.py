#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# An independent reading of a message: Python's standard email package parses the bytes
# on stdin and prints what it understood as JSON, for the MIME builder's tests.
import email
import hashlib
import json
import sys
from email import policy

raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(raw, policy=policy.default)

def addresses(name):
    header = msg[name]
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]

def structure(part):
    if part.is_multipart():
        return {"type": part.get_content_type(), "parts": [structure(p) for p in part.iter_parts()]}
    return part.get_content_type()

result = {
    "subject": str(msg["subject"]) if msg["subject"] is not None else None,
    "from": addresses("from"),
    "to": addresses("to"),
    "cc": addresses("cc"),
    "reply_to": addresses("reply-to"),
    "has_bcc": "bcc" in msg,
    "message_id": msg["message-id"],
    "date": msg["date"],
    "mime_version": msg["mime-version"],
    "structure": structure(msg),
    "text": None,
    "html": None,
    "attachments": [],
    "headers": {k: str(v) for k, v in msg.items()},
    "max_line": max((len(line) for line in raw.split(b"\n")), default=0),
    "max_header_line": max((len(line.rstrip(b"\r")) for line in raw.split(b"\r\n\r\n", 1)[0].split(b"\n")), default=0),
    "defects": [],
}
for part in msg.walk():
    result["defects"] += [type(d).__name__ for d in part.defects]
    if part.is_multipart():
        continue
    disposition = part.get_content_disposition()
    ctype = part.get_content_type()
    if disposition is None and ctype in ("text/plain", "text/html"):
        key = "text" if ctype == "text/plain" else "html"
        result[key] = part.get_content()
        result[key + "_cte"] = part["content-transfer-encoding"]
        continue
    payload = part.get_payload(decode=True) or b""
    result["attachments"].append({
        "filename": part.get_filename(),
        "content_type": ctype,
        "disposition": disposition,
        "content_id": part["content-id"],
        "sha256": hashlib.sha256(payload).hexdigest(),
        "size": len(payload),
    })
json.dump(result, sys.stdout, ensure_ascii=False)
