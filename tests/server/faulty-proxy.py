#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A reverse proxy in front of the real test server that misbehaves the
way networks do, for the sync tests (issue 5: "a response cut short, and a
response that is not JSON"). Everything passes through untouched except:

  --mode cut    answers to _changes are cut in the middle: the headers
                announce the full Content-Length, half the body is sent,
                then the connection closes.
  --mode html   every answer is a 200 text/html page, as a captive portal
                or a misconfigured reverse proxy gives.
  --mode pass   nothing is spoiled: a server that appears on a port where
                nothing listened before (the client was offline).
  --mode tls    HTTPS with a self-signed certificate (--cert, --key), which
                a client that verifies certificates must refuse.

Usage: faulty-proxy.py --port P --upstream PORT --mode cut|html
Prints "ready" on stdout once it listens. Loopback only.
"""

import argparse
import http.client
import http.server
import ssl
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", type=int, required=True)
    parser.add_argument("--mode", choices=["cut", "html", "pass", "tls"], required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if args.mode == "html":
                page = b"<html><body><h1>Welcome to the hotel network</h1></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                return
            upstream = http.client.HTTPConnection("127.0.0.1", args.upstream, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
            cut = args.mode == "cut" and "_changes" in self.path
            self.send_response(response.status)
            for k, v in response.getheaders():
                if k.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            if cut:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data[: len(data) // 2] if cut else data)
            self.wfile.flush()
            if cut:
                self.close_connection = True
            upstream.close()

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = forward

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    if args.mode == "tls":
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print("ready", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
