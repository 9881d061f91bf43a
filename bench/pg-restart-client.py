#!/usr/bin/env python3
"""Write and read load for pg-restart-test.sh; standard library only.

  pg-restart-client.py PORT RUN SECONDS WRITERS READERS OUTDIR

Writers post claims (subject "PG restart test RUN claim n") and append "n id" to
OUTDIR/acked on 201; readers fetch acknowledged claims by id. Every response is
appended to OUTDIR/responses as "started ended kind status content_type retry_after"
(wall-clock seconds; status ERR when the request failed without an HTTP answer), so
the script can judge the answers given while PostgreSQL was down. Bounded: SECONDS.
"""
import http.client
import json
import os
import random
import sys
import threading
import time

TIMEOUT_SECONDS = 30


def main(port, run, seconds, writers, readers, outdir):
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    counter = iter(range(1, 10_000_000))
    acked_ids = []
    acked = open(os.path.join(outdir, "acked"), "a", buffering=1)
    responses = open(os.path.join(outdir, "responses"), "a", buffering=1)
    headers = {"Authorization": "Bearer " + os.environ["CLAIMS_ADMIN_KEY"]}

    def record(started, kind, status, content_type, retry_after):
        with lock:
            responses.write(f"{started:.3f} {time.time():.3f} {kind} {status} {content_type or '-'} {retry_after or '-'}\n")

    def exchange(conn, kind, method, path, body=None):
        started = time.time()
        try:
            conn.request(method, path, body=body, headers=dict(headers, **({"Content-Type": "application/json"} if body else {})))
            response = conn.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException):
            record(started, kind, "ERR", None, None)
            conn.close()
            return None, None
        record(started, kind, response.status, response.getheader("Content-Type"), response.getheader("Retry-After"))
        return response.status, payload

    def writer():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_SECONDS)
        while time.monotonic() < deadline:
            with lock:
                n = next(counter)
            body = json.dumps({"subject": f"PG restart test {run} claim {n}", "category": "killed", "figure": n,
                               "speaker": "PG restart test", "source": "bench/pg-restart-test.sh",
                               "statedOn": "2025-01-09"})
            status, payload = exchange(conn, "write", "POST", "/api/v1/claims", body)
            if status == 201:
                claim_id = json.loads(payload)["id"]
                with lock:
                    acked.write(f"{n} {claim_id}\n")
                    acked_ids.append(claim_id)
            elif status != 201:
                time.sleep(0.05)  # a client backing off a little, as Retry-After asks

    def reader():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_SECONDS)
        while time.monotonic() < deadline:
            with lock:
                claim_id = random.choice(acked_ids) if acked_ids else None
            if claim_id is None:
                time.sleep(0.05)
                continue
            status, _ = exchange(conn, "read", "GET", f"/api/v1/claims/{claim_id}")
            if status != 200:
                time.sleep(0.05)

    threads = [threading.Thread(target=writer) for _ in range(writers)]
    threads += [threading.Thread(target=reader) for _ in range(readers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
