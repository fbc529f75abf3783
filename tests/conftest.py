"""Shared test set-up: nothing a test does may touch the repository's progress file,
figures use the Agg backend, and tests/ is importable (notebook_runner)."""
import os
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _private_progress_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "progress-under-test.json"))
    yield


# The course must work offline: nothing in a test may reach the network. Kernels started by
# nbval talk over local ZMQ sockets and the browser tests use 127.0.0.1, which stay allowed.
_LOCAL = {"127.0.0.1", "::1", "localhost", "0.0.0.0", ""}


def _local(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    if host is None:  # getaddrinfo(None, port): this machine's own addresses
        return True
    host = host.decode() if isinstance(host, bytes) else str(host)
    return host in _LOCAL or host.startswith("127.")


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    patches = pytest.MonkeyPatch()
    real = {name: getattr(socket.socket, name) for name in ("connect", "connect_ex", "sendto")}
    real_getaddrinfo = socket.getaddrinfo

    def guard(name):
        def method(self, *args):
            address = args[-1]
            if self.family == getattr(socket, "AF_UNIX", object()) or _local(address):
                return real[name](self, *args)
            raise OSError(f"network access blocked in tests: {name} to {address!r}")
        return method

    def getaddrinfo(host, *args, **kwargs):
        if _local((host,)):
            return real_getaddrinfo(host, *args, **kwargs)
        raise OSError(f"network access blocked in tests: resolving {host!r}")

    for name in real:
        patches.setattr(socket.socket, name, guard(name))
    patches.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
    patches.undo()
