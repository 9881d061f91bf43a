#!/usr/bin/env python3
"""Holds slow readers and idle event streams open against the service while a second
client checks that health, GET /claims/{id} and POST /claims still answer within 1 s.
Used by fault-test.sh; standard library only (plus curl for the slow readers).

  fault-client.py seed  PORT COUNT           posts COUNT claims (pairs per subject,
                                             so /deltas has rows); prints one claim id
  fault-client.py fault PORT CLAIM_ID STREAMS SLOW_READERS SECONDS
      opens STREAMS idle streams, SLOW_READERS `curl --limit-rate 1k` readers and as
      many readers that read 1 KiB/s through a 4 KiB receive buffer (curl's buffers and
      loopback's may swallow a whole listing; these make the server's write block), then
      probes for SECONDS; prints one summary line and exits 0 on PASS, 1 on FAIL
"""
import asyncio
import http.client
import json
import os
import subprocess
import tempfile
import sys
import threading
import time

ADMIN = os.environ["CLAIMS_ADMIN_KEY"]
PROBE_LIMIT = 1.0


def claim_body(subject, figure, stated_on):
    return json.dumps({"subject": subject, "category": "killed", "figure": figure,
                       "speaker": "Fault test", "source": "bench/fault-test.sh", "statedOn": stated_on})


def post_claim(conn, subject, figure, stated_on):
    conn.request("POST", "/api/v1/claims", body=claim_body(subject, figure, stated_on),
                 headers={"Content-Type": "application/json", "Authorization": "Bearer " + ADMIN})
    response = conn.getresponse()
    payload = response.read()
    return response.status, payload


def seed(port, count):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    first_id = None
    for n in range(count):
        subject = f"Fault test series {n // 2} with a long enough subject to make listings heavy"
        status, payload = post_claim(conn, subject, 1000 + n, "2025-01-0%d" % (1 + n % 2 * 4))
        if status != 201:
            sys.exit(f"seeding: claim {n} answered {status}: {payload[:200]!r}")
        if first_id is None:
            first_id = json.loads(payload)["id"]
    print(first_id)


async def idle_stream(port, opened, ended):
    """Opens one stream and reads it (heartbeats) until the server ends it or we stop."""
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /api/v1/deltas/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Accept: text/event-stream\r\n\r\n")
        await writer.drain()
        status = await asyncio.wait_for(reader.readline(), 30)
        if b" 200 " not in status:
            return
        opened.append(1)
        while await reader.read(4096):
            pass
        ended.append(1)
    except (OSError, asyncio.TimeoutError):
        return


async def tight_reader(port, path, seconds, alive):
    """Reads 1 KiB a second through a 4 KiB receive buffer, so the server's write blocks."""
    import socket
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    try:
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
        reader, writer = await asyncio.open_connection(sock=sock, limit=1024)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n\r\n".encode())
        await writer.drain()
        deadline = time.monotonic() + seconds
        if not await reader.readline():
            return
        alive.append(1)
        while time.monotonic() < deadline:
            if not await reader.read(1024):
                alive.pop()
                return
            await asyncio.sleep(1)
    except OSError:
        pass


def probe(port, claim_id, seconds, results, stop):
    """Sequential probes on fresh connections, each allowed PROBE_LIMIT seconds."""
    began = time.monotonic()
    deadline = began + seconds
    n = 0
    while time.monotonic() < deadline and not stop.is_set():
        n += 1
        for name, method, path, body, ok in (
                ("health", "GET", "/actuator/health", None, 200),
                ("get", "GET", f"/api/v1/claims/{claim_id}", None, 200),
                ("post", "POST", "/api/v1/claims", claim_body(f"Fault test probe {n}", n, "2025-01-09"), 201)):
            started = time.monotonic()
            status = "error"
            try:
                # a longer socket timeout, so a late answer is measured rather than lost
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                headers = {"Authorization": "Bearer " + ADMIN}
                if body:
                    headers["Content-Type"] = "application/json"
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
                conn.close()
            except (OSError, http.client.HTTPException):
                pass
            elapsed = time.monotonic() - started
            outcome = "failed" if status != ok else ("slow" if elapsed > PROBE_LIMIT else "ok")
            results[name][outcome] += 1
            if outcome != "ok":
                print(f"fault-test: {name} at {started - began:.1f} s: {status} in {elapsed:.3f} s", file=sys.stderr)
            results[name]["max"] = max(results[name]["max"], elapsed)
        time.sleep(0.2)


async def fault(port, claim_id, streams, slow_readers, seconds):
    opened, ended = [], []
    tasks = []
    for _ in range(streams):
        tasks.append(asyncio.create_task(idle_stream(port, opened, ended)))
        await asyncio.sleep(0.002)
    settle = time.monotonic() + 60
    while len(opened) < streams and time.monotonic() < settle and not all(t.done() for t in tasks):
        await asyncio.sleep(0.2)
    # each answer must outlast the run at 1 KiB/s (a first page of 100 deltas did not)
    urls = ["/api/v1/claims?size=500", "/api/v1/deltas?size=500", "/api/v1/claims?size=500&page=1"]
    headers = tempfile.mkdtemp()
    readers = [subprocess.Popen(["curl", "-sS", "-o", "/dev/null", "-D", os.path.join(headers, str(i)),
                                 "--limit-rate", "1k", "--max-time", str(seconds + 30),
                                 f"http://127.0.0.1:{port}{urls[i % len(urls)]}"])
               for i in range(slow_readers)]
    tight_alive = []
    tight = [asyncio.create_task(tight_reader(port, urls[i % len(urls)], seconds + 30, tight_alive))
             for i in range(slow_readers)]
    # the fault is in place once every reader has its answer started (rendered) and stalls
    settle = time.monotonic() + 120
    while time.monotonic() < settle and (len(tight_alive) < slow_readers or len(os.listdir(headers)) < slow_readers):
        await asyncio.sleep(0.2)
    await asyncio.sleep(2)
    results = {name: {"ok": 0, "slow": 0, "failed": 0, "max": 0.0} for name in ("health", "get", "post")}
    stop = threading.Event()
    await asyncio.to_thread(probe, port, claim_id, seconds, results, stop)
    readers_alive = sum(1 for r in readers if r.poll() is None)
    tight_open = len(tight_alive)
    streams_alive = len(opened) - len(ended)
    for r in readers:
        r.kill()
    for t in tasks + tight:
        t.cancel()
    failed = sum(r["failed"] + r["slow"] for r in results.values())
    probes = sum(r["ok"] + r["slow"] + r["failed"] for r in results.values())
    verdict = "PASS" if (failed == 0 and probes > 0 and len(opened) == streams
                         and streams_alive == streams and readers_alive == slow_readers
                         and tight_open == slow_readers) else "FAIL"
    detail = " ".join(f"{name}_ok={r['ok']} {name}_over_1s={r['slow']} {name}_failed={r['failed']} {name}_max={r['max']:.3f}s"
                      for name, r in results.items())
    print(f"fault-test: streams_opened={len(opened)}/{streams} streams_open_at_end={streams_alive} "
          f"curl_readers_open_at_end={readers_alive}/{slow_readers} "
          f"tight_readers_open_at_end={tight_open}/{slow_readers} probes_for={seconds}s {detail} => {verdict}")
    return verdict == "PASS"


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    if mode == "seed":
        seed(port, int(sys.argv[3]))
    else:
        claim_id, streams, slow, seconds = sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
        sys.exit(0 if asyncio.run(fault(port, claim_id, streams, slow, seconds)) else 1)


if __name__ == "__main__":
    main()
