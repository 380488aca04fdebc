#!/usr/bin/env python3
"""A stand-in for the Wikidata Query Service, for update_test.sh.

    sparql_server.py FIXTURES_DIR STATE_DIR [CERT.pem KEY.pem]

Listens on 127.0.0.1 on a free port (HTTPS with the certificate, when given) and writes the port to STATE_DIR/port. Answers each POST
to .../sparql with the fixture of the query it recognises (FIXTURES_DIR/<query>.json), after
doing what the next line of STATE_DIR/actions says (the line is then consumed):
  ok        answer at once
  slow      wait 3 s first (longer than the test's --timeout)
  429       HTTP 429 with Retry-After: 1
  500       HTTP 500
  truncated a Content-Length larger than the body sent, then close
  chunked   close in the middle of a chunk
  malformed a 200 answer that is not JSON
Each request is logged as one JSON line in STATE_DIR/requests.jsonl (path, headers, query).
As a proxy, it also takes CONNECT host:port, logs {"connect": "host:port"} and relays the bytes
of the tunnel (the way to an HTTPS endpoint through https_proxy).
"""
import json
import os
import select
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIXTURES, STATE = sys.argv[1], sys.argv[2]
LOCK = threading.Lock()

# Which embedded query a text is, by what only it asks for.
QUERIES = [("wdt:P1906", "heads-of-state"), ("wdt:P1313", "heads-of-government"),
           ("(deputy|vice)", "deputy-foreign-ministers"), ("wd:Q7330070", "foreign-ministers")]


def next_action():
    path = os.path.join(STATE, "actions")
    with LOCK:
        if not os.path.exists(path):
            return "ok"
        with open(path) as f:
            lines = f.read().split()
        with open(path, "w") as f:
            f.write("\n".join(lines[1:]))
        return lines[0] if lines else "ok"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_CONNECT(self):
        with LOCK, open(os.path.join(STATE, "requests.jsonl"), "a") as log:
            log.write(json.dumps({"connect": self.path}) + "\n")
        host, port = self.path.rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)))
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        ends = [self.connection, upstream]
        while True:
            readable, _, _ = select.select(ends, [], [], 10)
            if not readable:
                break
            for end in readable:
                data = end.recv(65536)
                if not data:
                    upstream.close()
                    self.close_connection = True
                    return
                (upstream if end is self.connection else self.connection).sendall(data)
        upstream.close()
        self.close_connection = True

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        query = form.get("query", [""])[0]
        name = next((n for marker, n in QUERIES if marker in query), None)
        with LOCK, open(os.path.join(STATE, "requests.jsonl"), "a") as log:
            log.write(json.dumps({"path": self.path, "user_agent": self.headers.get("User-Agent"),
                                  "content_type": self.headers.get("Content-Type"),
                                  "accept": self.headers.get("Accept"), "query": query,
                                  "name": name}) + "\n")
        if not self.path.endswith("/sparql") or name is None:
            return self.answer(400, b"unknown query")
        action = next_action()
        with open(os.path.join(FIXTURES, name + ".json"), "rb") as f:
            body = f.read()
        if action == "slow":
            time.sleep(3)
        if action == "429":
            return self.answer(429, b"slow down", {"Retry-After": "1"})
        if action == "500":
            return self.answer(500, b"server error")
        if action == "503":
            return self.answer(503, b"maintenance", {"Retry-After": "1"})
        if action == "empty":  # well-formed, but not one row
            return self.answer(200, json.dumps({"head": json.loads(body)["head"],
                                                "results": {"bindings": []}}).encode())
        if action == "malformed":
            return self.answer(200, body[: len(body) // 2])
        if action == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body) + 1000))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        if action == "chunked":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"%x\r\n" % len(body) + body[: len(body) // 2])
            self.close_connection = True
            return
        self.answer(200, body)

    def answer(self, status, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that gave up on a slow answer: expected here


server = Server(("127.0.0.1", 0), Handler)
if len(sys.argv) > 4:
    import ssl
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    server.socket = context.wrap_socket(server.socket, server_side=True)
with open(os.path.join(STATE, "port.tmp"), "w") as f:
    f.write(str(server.server_address[1]))
os.rename(os.path.join(STATE, "port.tmp"), os.path.join(STATE, "port"))
server.serve_forever()
