"""Making a file or folder read-only for a test, in a way that holds even for root.

Root writes through file permissions, so as root a read-only bind mount (EROFS, which stops
root too) stands in for chmod; as any other user chmod is enough. Where neither can be done
the test is skipped.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    return result.returncode == 0


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a file or a folder) cannot be written while the body runs."""
    path = Path(path)
    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    if not _mount("--bind", str(path), str(path)):
        pytest.skip("running as root and cannot bind-mount read-only here")
    try:
        if not _mount("-o", "remount,ro,bind", str(path)):
            pytest.skip("running as root and cannot remount read-only here")
        assert not os.access(path, os.W_OK)
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)
