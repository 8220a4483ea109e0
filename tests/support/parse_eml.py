"""Parses an email with Python's own MIME parser (the `email` package, RFC 5322/2047/
2231 aware) and prints what the tests check, as JSON. TEST-ONLY.

  python3 tests/support/parse_eml.py FILE.eml

Prints {"headers": {name: [decoded values]}, "from_name", "from_addr", "to_name",
"to_addr", "subject", "message_id", "unsent", "body", "attachments": [{"filename",
"content_type", "sha256", "size"}], "defects": [...]}.
"""

import hashlib
import json
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses


def main(path):
    with open(path, "rb") as f:
        msg = BytesParser(policy=policy.default).parse(f)
    defects = [str(d) for d in msg.defects]
    headers = {}
    for name, value in msg.items():
        headers.setdefault(name, []).append(str(value))
    (from_name, from_addr), = getaddresses([str(msg["From"])]) or [("", "")]
    (to_name, to_addr), = getaddresses([str(msg["To"])]) or [("", "")]
    body = msg.get_body(preferencelist=("plain",))
    attachments = []
    for part in msg.iter_attachments():
        data = part.get_payload(decode=True) or b""
        defects.extend(str(d) for d in part.defects)
        attachments.append({
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        })
    print(json.dumps({
        "headers": headers,
        "from_name": from_name,
        "from_addr": from_addr,
        "to_name": to_name,
        "to_addr": to_addr,
        "subject": str(msg["Subject"]),
        "message_id": str(msg["Message-ID"]),
        "date": str(msg["Date"]) if msg["Date"] else None,
        "unsent": str(msg["X-Unsent"]) if msg["X-Unsent"] else None,
        "body": body.get_content() if body is not None else None,
        "attachments": attachments,
        "defects": defects,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
