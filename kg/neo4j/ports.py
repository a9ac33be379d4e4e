"""Free TCP ports on 127.0.0.1 for the servers kg starts (Neo4j's Bolt and HTTP, the
Browser's assets), drawn where no outgoing connection will take them first."""

from __future__ import annotations

import random
import socket
from collections.abc import Sequence
from pathlib import Path

from kg.errors import Neo4jError


def free_ports(count: int, avoid: Sequence[int] = ()) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on now, distinct and not in ``avoid``.

    They are drawn below the kernel's ephemeral range where it can be read, so that
    no outgoing connection (a driver, Maven, pip) takes one as its local port
    between this call and the server binding it; above 1024 either way.
    """
    low, high = listen_range()
    chosen: list[int] = []
    draw = random.SystemRandom()
    for _ in range(200 * count):
        if len(chosen) == count:
            break
        port = draw.randrange(low, high)
        if port not in chosen and port not in avoid and port_free(port):
            chosen.append(port)
    if len(chosen) < count:
        raise Neo4jError(f"found only {len(chosen)} free ports of {count} on 127.0.0.1.")
    return chosen


def listen_range() -> tuple[int, int]:
    """Ports to listen on: from 10000 up to the start of the ephemeral range."""
    try:
        text = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text(encoding="ascii")
        ephemeral_low = int(text.split()[0])
    except (OSError, ValueError, IndexError):
        ephemeral_low = 32768
    if ephemeral_low - 10000 < 2000:  # an unusual setting: take what lies above 1024
        return 1025, max(ephemeral_low, 2048)
    return 10000, ephemeral_low


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
