"""A LibreOffice kept running for msoko's conversions: launched as a script (``python -I converter_server.py
SOFFICE FOLDER IDLE``) by a Python that has LibreOffice's ``uno`` module (Debian's python3-uno for /usr/bin/python3, the
``program/python`` of LibreOffice's own builds), which is seldom the Python msoko runs on; so it imports nothing
but the standard library and ``uno``. :mod:`generator.docx.converters` starts it and talks to it.

One converter a FOLDER: it holds ``FOLDER/lock`` (``flock``) for its life and hands the same open file to its
LibreOffice, so the lock is free only when both have ended (never two LibreOffices on the profile
``FOLDER/profile``); one that gets the lock after the file was removed (the converters were stopped while it
waited) ends. It listens on the Unix socket ``FOLDER/socket`` (the folder is the user's alone), bound before
LibreOffice starts, so a client can send its first document at once: one request a connection, a JSON line
``{"source", "target", "filter"}`` (absolute paths, LibreOffice's export filter), answered by ``{"ok": true}`` or
``{"error": "…"}``. A document is opened and stored as ``soffice --convert-to`` does (hidden, read-only, the
same load and store properties), so the output is the same. After IDLE seconds with no request, or when its
LibreOffice has died, it removes the socket, ends LibreOffice and exits."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

EXIT_NO_UNO = 3
"""This Python has no ``uno``: the client tries another or converts without a kept LibreOffice."""
TAKEOVER_SECONDS = 20.0
"""How long a lock held with no socket to answer is waited for (a converter stopping takes at most
``STOP_SECONDS``): then its holder is taken for stuck, a LibreOffice whose converter was killed, and is killed."""
STOP_SECONDS = 10.0
START_SECONDS = 120.0
"""LibreOffice's start, a few seconds on a loaded machine."""
CONVERSION_LIMIT_SECONDS = 900.0
"""A document that takes longer has hung LibreOffice, and no client waits for it any more (a client gives up after
a few minutes): the converter and its LibreOffice are killed, so that none is left forever."""
TICK_SECONDS = 1.0
"""How often an idle converter looks whether its LibreOffice still lives."""
REQUEST_SECONDS = 10.0
"""A client sends its request line at once; one that does not is dropped."""
LOAD_PROPERTIES = {
    "Referer": "private:OpenEvent",
    "ReadOnly": True,
    "OpenNewView": True,
    "Hidden": True,
    "Silent": True,
}
"""What ``soffice --convert-to`` opens a document with (desktop/source/app/dispatchwatcher.cxx)."""


def launch(soffice: str, folder: Path, idle: float) -> int:
    """The converter started in a session of its own, to outlive the command that launched it (not forked: ``uno``
    starts LibreOffice's runtime as it is imported, and a fork would copy it half-made); its errors go to
    ``FOLDER/log``."""
    try:
        import uno  # noqa: F401
    except ImportError:
        return EXIT_NO_UNO
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(folder / "log", "wb") as log:
        subprocess.Popen(
            [sys.executable, "-I", __file__, "serve", soffice, str(folder), f"{idle:g}"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    return 0


def serve(soffice: str, folder: Path, idle: float) -> None:
    lock = _claimed(folder)
    if lock is None:
        return
    (folder / "pid").write_text(str(os.getpgrp()))  # the group: this process, LibreOffice and its helpers
    listener = _listening(folder / "socket")
    office = _started(soffice, folder, lock)
    desktop = None
    try:
        desktop = _connected(office, _pipe_name(folder))
        if desktop is not None:
            _answer_requests(listener, desktop, office, idle)
    finally:
        (folder / "socket").unlink(missing_ok=True)
        listener.close()
        _stop(office, desktop)


def _claimed(folder: Path) -> int | None:
    """The lock's descriptor, once it is ours; None when a converter answers on the folder's socket, or when the
    converters were stopped while this one waited (the stop removes the lock file it held)."""
    descriptor = os.open(folder / "lock", os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + TAKEOVER_SECONDS
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pass
        else:
            if _still_named(descriptor, folder / "lock"):
                return descriptor
            os.close(descriptor)
            return None
        if answers(folder / "socket"):
            os.close(descriptor)
            return None
        if time.monotonic() > deadline:
            kill_group(folder)  # the holder has held it this long without a socket
            deadline = time.monotonic() + TAKEOVER_SECONDS
        time.sleep(0.1)


def _still_named(descriptor: int, path: Path) -> bool:
    """The file open as ``descriptor`` is the one at ``path``, not one removed since it was opened."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def answers(path: Path) -> bool:
    """A converter listens on the socket ``path`` (it reads the empty request as a probe)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


def kill_group(folder: Path) -> None:
    """The process group of the converter on ``folder`` killed: call it only while the lock is held (the group then
    still has a member, so its number is not another's)."""
    try:
        os.killpg(int((folder / "pid").read_text()), signal.SIGKILL)
    except (OSError, ValueError):
        pass


def _listening(path: Path) -> socket.socket:
    path.unlink(missing_ok=True)  # a converter killed outright leaves its socket
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(64)
    return listener


def _pipe_name(folder: Path) -> str:
    return "msoko-" + hashlib.sha256(str(folder).encode()).hexdigest()[:16]


def _started(soffice: str, folder: Path, lock: int) -> subprocess.Popen:
    accept = f"pipe,name={_pipe_name(folder)};urp;StarOffice.ComponentContext"
    command = [
        soffice,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--invisible",
        "--nocrashreport",
        "--nodefault",
        "--nologo",
        "--nofirststartwizard",
        "--norestore",
        f"--accept={accept}",
    ]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, pass_fds=(lock,))


def _connected(office: subprocess.Popen, pipe: str):
    """LibreOffice's desktop, once it answers; None when it ended first or did not answer in time."""
    import uno

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + START_SECONDS
    while office.poll() is None and time.monotonic() < deadline:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # NoConnectException until LibreOffice listens
            time.sleep(0.05)
            continue
        return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    return None


def _answer_requests(listener: socket.socket, desktop, office: subprocess.Popen, idle: float) -> None:
    listener.settimeout(TICK_SECONDS)
    deadline = time.monotonic() + idle
    while time.monotonic() < deadline and office.poll() is None:
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            continue
        with connection:
            connection.settimeout(REQUEST_SECONDS)
            try:
                line = connection.makefile("rb").readline()
            except OSError:
                continue
            if not line.strip():
                continue  # a client looking whether the converter answers
            watchdog = threading.Timer(CONVERSION_LIMIT_SECONDS, os.killpg, (os.getpgrp(), signal.SIGKILL))
            watchdog.start()
            try:
                reply = _converted(desktop, line)
            finally:
                watchdog.cancel()
            try:
                connection.sendall(json.dumps(reply).encode() + b"\n")
            except OSError:
                pass  # the client gave up waiting
        deadline = time.monotonic() + idle


def _converted(desktop, line: bytes) -> dict:
    import uno

    try:
        request = json.loads(line)
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(request["source"]), "_blank", 0, _properties(LOAD_PROPERTIES)
        )
        if document is None:
            return {"error": "LibreOffice did not open the document"}
        try:
            store = {"Overwrite": True, "FilterName": request["filter"]}
            document.storeToURL(uno.systemPathToFileUrl(request["target"]), _properties(store))
        finally:
            document.close(True)
    except Exception as error:  # a UNO error, a dead LibreOffice, a broken request: the client decides
        return {"error": f"{type(error).__name__}: {error}"}
    return {"ok": True}


def _properties(values: dict) -> tuple:
    from com.sun.star.beans import PropertyValue

    properties = []
    for name, value in values.items():
        item = PropertyValue()
        item.Name, item.Value = name, value
        properties.append(item)
    return tuple(properties)


def _stop(office: subprocess.Popen, desktop) -> None:
    """LibreOffice asked to end, then its whole group killed (this process last) if it has not."""
    if desktop is not None and office.poll() is None:
        try:
            desktop.terminate()
        except Exception:  # the bridge goes as LibreOffice ends
            pass
    try:
        office.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(os.getpgrp(), signal.SIGKILL)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(sys.argv[2], Path(sys.argv[3]), float(sys.argv[4]))
    else:
        sys.exit(launch(sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])))
