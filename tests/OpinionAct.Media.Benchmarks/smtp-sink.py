#!/usr/bin/python3
"""Loopback SMTP sink for the newsletter benchmark: aiosmtpd's protocol with a handler that drops every message.

Usage: smtp-sink.py PORT [--processes N] [--pipelining] [--uvloop]

--processes N  N sink processes listening on the same port (SO_REUSEPORT: the kernel spreads connections).
--pipelining   advertise PIPELINING (RFC 2920) in the EHLO answer. aiosmtpd reads commands in order from its
               stream either way; it just does not say so, so MailKit would not pipeline without it.
--uvloop       run the event loop on uvloop (python3-uvloop) instead of asyncio's default loop.

On SIGTERM each process prints "sink <pid>: <messages> messages, <reads> socket reads" to stderr and exits
(without pipelining a message takes at least 4 reads: MAIL, RCPT, DATA, the content; with it, about 2).
"""
import asyncio
import os
import signal
import socket
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    """Accepts and forgets every message; counts them, and the socket reads they took (pipelining shows as fewer)."""

    def __init__(self, pipelining):
        self.pipelining = pipelining
        self.count = 0
        self.reads = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.pipelining:
            responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


class CountingSMTP(SMTP):
    """aiosmtpd's protocol, counting each chunk read from the socket."""

    def data_received(self, data):
        self.event_handler.reads += 1
        super().data_received(data)


def serve(port, pipelining, use_uvloop):
    if use_uvloop:
        import uvloop
        uvloop.install()
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = Sink(pipelining)
    # IPPROTO_TCP explicitly: asyncio turns Nagle off only on sockets whose proto says TCP; with Nagle on, pipelined
    # replies (250, 250, 354 written one by one) wait for the client's delayed ACK, about 40 ms per message.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(512)
    server = loop.run_until_complete(loop.create_server(lambda: CountingSMTP(handler, hostname="sink.local"), sock=sock))

    def stop():
        sys.stderr.write(f"sink {os.getpid()}: {handler.count} messages, {handler.reads} socket reads\n")
        sys.stderr.flush()
        server.close()
        loop.stop()

    loop.add_signal_handler(signal.SIGTERM, stop)
    loop.add_signal_handler(signal.SIGINT, stop)
    loop.run_forever()


def main():
    args = sys.argv[1:]
    port = int(args[0])
    processes = int(args[args.index("--processes") + 1]) if "--processes" in args else 1
    pipelining = "--pipelining" in args
    use_uvloop = "--uvloop" in args
    children = []
    for _ in range(processes - 1):
        pid = os.fork()
        if pid == 0:
            serve(port, pipelining, use_uvloop)
            os._exit(0)
        children.append(pid)

    def forward(signum, _frame):
        for child in children:
            try:
                os.kill(child, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, forward)
    try:
        serve(port, pipelining, use_uvloop)
    finally:
        forward(signal.SIGTERM, None)
        for child in children:
            os.waitpid(child, 0)


if __name__ == "__main__":
    main()
