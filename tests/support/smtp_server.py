"""A real SMTP server for Overdue's integration tests (TEST-ONLY).

Built on aiosmtpd (Debian's python3-aiosmtpd; run it with /usr/bin/python3):

  /usr/bin/python3 tests/support/smtp_server.py --dir DIR --cert LEAF.pem
      --key LEAF.key --mode starttls|tls|plain --user USER --password PASS
      [--reject-rcpt SUBSTRING] [--port 0] [--exit-on-stdin-eof]

Modes:
  starttls  plain listener; STARTTLS is required before AUTH and MAIL (port 587 style)
  tls       implicit TLS from the first byte (port 465 style)
  plain     no TLS at all; AUTH is still required (for `security none` on localhost)

AUTH PLAIN and LOGIN accept only USER/PASS; anything else gets
"535 5.7.8 Authentication credentials invalid". With --reject-rcpt, a RCPT TO
whose address contains SUBSTRING gets "550 5.1.1 mailbox unavailable".

Once listening it prints exactly one line, "READY <port>", to stdout. It stops
cleanly on SIGTERM or SIGINT (and, with --exit-on-stdin-eof, when its stdin
closes, so it cannot outlive a test process that was killed).

Each accepted message N (0001, 0002, ...) becomes DIR/N.json, then DIR/N.eml,
each written under a temporary name and renamed into place: whoever sees N.eml
also sees N.json. N.eml holds the DATA bytes exactly as received (dot-unstuffed);
N.json holds {"mail_from", "rcpt_tos", "auth_user", "tls"}.
"""

import argparse
import json
import logging
import os
import signal
import ssl
import sys
import threading
import warnings

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError:  # pragma: no cover - environment problem, reported clearly
    sys.stderr.write(
        "smtp_server.py: the aiosmtpd module is missing; install it with\n"
        "  apt-get install -y --no-install-recommends python3-aiosmtpd\n"
        "and run this script with /usr/bin/python3 (not a pyenv/venv python).\n"
    )
    sys.exit(3)


def parse_args(argv):
    p = argparse.ArgumentParser(description="TEST-ONLY SMTP server for Overdue's tests")
    p.add_argument("--dir", required=True, help="where received messages are written")
    p.add_argument("--cert", required=True, help="server certificate chain (PEM)")
    p.add_argument("--key", required=True, help="server private key (PEM)")
    p.add_argument("--mode", required=True, choices=["starttls", "tls", "plain"])
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--reject-rcpt", default=None, metavar="SUBSTRING",
                   help="refuse (550) any recipient containing SUBSTRING")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    p.add_argument("--exit-on-stdin-eof", action="store_true",
                   help="also stop when stdin reaches end of file")
    return p.parse_args(argv)


class FreePortController(Controller):
    """Controller that works with port 0.

    aiosmtpd 1.4's Controller.start() opens a test connection to self.port to
    make the server instantiate its protocol; with port 0 that would dial port
    0. Learn the real port from the bound socket first."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class Authenticator:
    def __init__(self, user, password):
        self.user = user.encode("utf-8")
        self.password = password.encode("utf-8")

    def __call__(self, server, session, envelope, mechanism, auth_data):
        if mechanism not in ("PLAIN", "LOGIN") or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        if auth_data.login == self.user and auth_data.password == self.password:
            # auth_data ends up in session.auth_data.
            return AuthResult(success=True, auth_data=self.user.decode("utf-8"))
        # handled=False: aiosmtpd answers "535 5.7.8 Authentication credentials invalid".
        return AuthResult(success=False, handled=False)


class Handler:
    def __init__(self, out_dir, reject_rcpt):
        self.out_dir = out_dir
        self.reject_rcpt = reject_rcpt
        self.seq = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject_rcpt and self.reject_rcpt in address:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content
        if data is None:
            content = envelope.content
            data = content.encode("utf-8", "surrogateescape") if isinstance(content, str) else content
        # Works for both STARTTLS (the TLS app transport) and implicit TLS.
        tls = server.transport is not None and server.transport.get_extra_info("ssl_object") is not None
        auth_user = session.auth_data if session.authenticated else None
        if isinstance(auth_user, bytes):
            auth_user = auth_user.decode("utf-8", "replace")
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "auth_user": auth_user,
            "tls": tls,
        }
        with self.lock:
            self.seq += 1
            name = "%04d" % self.seq
            write_atomically(os.path.join(self.out_dir, name + ".json"),
                             json.dumps(meta, ensure_ascii=False).encode("utf-8"))
            write_atomically(os.path.join(self.out_dir, name + ".eml"), data)
        return "250 2.0.0 Message accepted for delivery"


def write_atomically(path, data):
    directory, base = os.path.split(path)
    tmp = os.path.join(directory, "." + base + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def main(argv):
    args = parse_args(argv)
    os.makedirs(args.dir, exist_ok=True)
    # Log to stderr only: stdout carries nothing but the READY line.
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING,
                        format="smtp_server.py: %(name)s: %(message)s")
    # "plain" mode requires AUTH without TLS on purpose; aiosmtpd warns about that.
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    # The log twin of that warning, and the deprecation chatter about login_data.
    logging.getLogger("mail.log").setLevel(logging.ERROR)

    ctx = None
    if args.mode in ("starttls", "tls"):
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(args.cert, args.key)

    handler = Handler(args.dir, args.reject_rcpt)
    common = dict(
        hostname="127.0.0.1",          # the address to bind
        port=args.port,
        server_hostname="localhost",    # the name in the greeting; avoids a slow getfqdn()
        authenticator=Authenticator(args.user, args.password),
        auth_required=True,
        ready_timeout=20.0,
    )
    if args.mode == "starttls":
        controller = FreePortController(handler, tls_context=ctx, require_starttls=True,
                                auth_require_tls=True, **common)
    elif args.mode == "tls":
        # aiosmtpd 1.4's auth_require_tls only counts STARTTLS as TLS: with an
        # implicit-TLS listener it would hide AUTH and answer 538. The whole
        # connection is TLS here, so it is switched off.
        controller = FreePortController(handler, ssl_context=ctx, auth_require_tls=False, **common)
    else:
        controller = FreePortController(handler, auth_require_tls=False, **common)

    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    controller.start()
    sys.stdout.write("READY %d\n" % controller.port)
    sys.stdout.flush()

    if args.exit_on_stdin_eof:
        def watch_stdin():
            try:
                while sys.stdin.buffer.read(4096):
                    pass
            finally:
                stop.set()
        threading.Thread(target=watch_stdin, daemon=True).start()

    while not stop.wait(0.5):
        pass
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
