#!/usr/bin/env python3
"""A local web server for PageFetchingTests: fixture pages and every way a fetch goes wrong.

Binds 127.0.0.1 on a free port, prints the port on the first line of stdout, and exits when
its stdin closes, so it never outlives the test process that started it.
"""
import gzip
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=(), length=True):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, status, location):
        self.send(status, b"", headers=[("Location", location)])

    def page(self, name):
        with open(os.path.join(PAGES, name), "rb") as f:
            return f.read()

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path in ("/article.html", "/news/2026/12/06/budget-row.html"):
            self.send(200, self.page("article.html"))
        elif path == "/news/library.html":
            self.send(200, self.page("library.html"))
        elif path == "/go/library":
            self.redirect(301, "/news/library.html")
        elif path == "/latin1.html":
            self.send(200, self.page("latin1.html"), "text/html; charset=ISO-8859-1")
        elif path == "/utf16.html":
            self.send(200, "\ufeff<html><body><p>Two-byte text.</p></body></html>".encode("utf-16-le"), "text/html")
        elif path == "/plain.txt":
            self.send(200, b"Budget row\n\nThe minister said 1,000 jobs were at stake.\n", "text/plain")
        elif path == "/unlabelled.html":
            self.send(200, self.page("article.html"), None)
        elif path == "/unlabelled.bin":
            self.send(200, b"\x00\x01\x02binary\x00" * 10, None)
        elif path == "/user-agent":
            self.send(200, self.headers.get("User-Agent", "").encode(), "text/plain")
        elif path == "/redirect":
            self.redirect(302, "/article.html")
        elif path == "/moved":
            self.redirect(301, "http://127.0.0.1:%d/redirect" % self.server.server_port)
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            self.redirect(302, "/chain/%d" % (n - 1) if n > 0 else "/article.html")
        elif path == "/cookie-wall":
            # Back to the same address once the cookie is set, as consent and paywall pages do.
            if "seen=1" in self.headers.get("Cookie", ""):
                self.send(200, self.page("article.html"))
            else:
                self.send(302, b"", headers=[("Location", "/cookie-wall"), ("Set-Cookie", "seen=1; Path=/")])
        elif path == "/loop-a":
            self.redirect(302, "/loop-b")
        elif path == "/loop-b":
            self.redirect(302, "/loop-a")
        elif path == "/to-ftp":
            self.redirect(302, "ftp://127.0.0.1/file.html")
        elif path == "/missing":
            self.send(404, b"<html><body>Not here</body></html>")
        elif path == "/broken":
            self.send(500, b"<html><body>Oops</body></html>")
        elif path == "/slow":
            time.sleep(float(self.headers.get("X-Delay", "5")))
            self.send(200, self.page("article.html"))
        elif path == "/trickle":
            # Headers at once, then a byte now and then: no gap is long, the whole never ends.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(100000):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path == "/report.pdf":
            self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
        elif path == "/photo.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        elif path == "/data.json":
            self.send(200, b'{"headline": "not a page"}', "application/json")
        elif path == "/big":
            self.send(200, b"<p>" + b"a" * (3 << 20) + b"</p>")
        elif path == "/big-unannounced":
            # No Content-Length: only counting the bytes as they come can stop this one.
            self.send(200, b"<p>" + b"a" * (3 << 20) + b"</p>", length=False)
        elif path == "/gzip.html":
            self.send(200, gzip.compress(self.page("article.html")), headers=[("Content-Encoding", "gzip")])
        elif path == "/gzip-bomb":
            self.send(200, gzip.compress(b" " * (8 << 20)), headers=[("Content-Encoding", "gzip")])
        else:
            self.send(404, b"no such fixture")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_port, flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # returns when the test process closes the pipe or exits
    os._exit(0)


if __name__ == "__main__":
    main()
