#!/usr/bin/env python3
"""Posts claims to the service, each under its own Idempotency-Key, and records what
was acknowledged. Used by crash-test.sh; standard library only.

  crash-client.py post  PORT RUN FIRST LAST THREADS SECONDS OUTDIR
      posts keys FIRST..LAST until done, SECONDS pass, or the server goes away;
      appends "n" to OUTDIR/sent before sending and "n id" to OUTDIR/acked on 201
  crash-client.py retry PORT RUN OUTDIR
      posts again every key in OUTDIR/sent (same key, same body); writes "n id status"
      to OUTDIR/retried
"""
import http.client
import json
import os
import sys
import threading
import time


def body(run, n):
    # a pure function of the key number: a retry sends byte for byte what the first try did
    return json.dumps({
        "subject": f"Crash test {run} claim {n}",
        "category": "killed",
        "figure": n,
        "speaker": "Crash test",
        "source": "bench/crash-test.sh",
        "statedOn": "2025-01-09",
    })


def key(run, n):
    return f"crash-{run}-{n}"


def post(conn, run, n):
    conn.request("POST", "/api/v1/claims", body=body(run, n), headers={
        "Content-Type": "application/json", "Idempotency-Key": key(run, n),
        "Authorization": "Bearer " + os.environ["CLAIMS_ADMIN_KEY"]})
    response = conn.getresponse()
    payload = response.read()
    claim_id = json.loads(payload).get("id") if response.status == 201 else None
    return response.status, claim_id


def post_loop(port, run, first, last, threads, seconds, outdir):
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    numbers = iter(range(first, last + 1))
    sent = open(os.path.join(outdir, "sent"), "a", buffering=1)
    acked = open(os.path.join(outdir, "acked"), "a", buffering=1)
    other = open(os.path.join(outdir, "other"), "a", buffering=1)

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < deadline:
            with lock:
                n = next(numbers, None)
                if n is None:
                    return
                sent.write(f"{n}\n")
            try:
                status, claim_id = post(conn, run, n)
            except OSError:
                return  # the server is gone: this key stays unacknowledged
            except http.client.HTTPException:
                return
            with lock:
                if status == 201:
                    acked.write(f"{n} {claim_id}\n")
                else:
                    other.write(f"{n} {status}\n")

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def retry(port, run, outdir):
    with open(os.path.join(outdir, "sent")) as f:
        numbers = sorted({int(line) for line in f if line.strip()})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    with open(os.path.join(outdir, "retried"), "w") as out:
        for n in numbers:
            status, claim_id = post(conn, run, n)
            out.write(f"{n} {claim_id} {status}\n")


if __name__ == "__main__":
    mode, port, run = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if mode == "post":
        post_loop(port, run, int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), float(sys.argv[7]), sys.argv[8])
    else:
        retry(port, run, sys.argv[4])
