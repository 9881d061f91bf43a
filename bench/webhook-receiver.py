#!/usr/bin/env python3
"""A webhook target for bench/webhook-crash-test.sh: listens on 127.0.0.1, checks each
request's signature (HMAC-SHA256 of "timestamp.body" with the secret) and appends
"<event id> <ok|bad>" to a file. Stops by itself after a fixed lifetime.

    webhook-receiver.py PORT SECRET OUT_FILE LIFETIME_SECONDS
"""
import hashlib
import hmac
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, SECRET, OUT, LIFETIME = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3], float(sys.argv[4])
LOCK = threading.Lock()


class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        timestamp = self.headers.get("X-Claims-Timestamp", "")
        expected = "sha256=" + hmac.new(SECRET, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(expected, self.headers.get("X-Claims-Signature", ""))
        with LOCK, open(OUT, "a") as out:
            out.write(f"{self.headers.get('X-Claims-Event-Id')} {'ok' if ok else 'bad'}\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", PORT), Hook)
threading.Timer(LIFETIME, server.shutdown).start()
server.serve_forever()
