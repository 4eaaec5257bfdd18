"""Text from a file made fit for a one-line message: control characters shown escaped, long
values cut with "…".

A hostile file can put ESC sequences, NUL, BEL or line breaks in a cell, a column name or its
own name; printed as they are they would redraw a terminal or split a message over lines.
"""

from __future__ import annotations

import unicodedata

# A cell value or a column name in a message; a whole message.
MAX_VALUE = 60
MAX_NAME = 80
MAX_MESSAGE = 300
ELLIPSIS = "…"

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Control and format characters (bidi overrides too), line and paragraph separators.
_HIDDEN = ("Cc", "Cf", "Zl", "Zp")


def escaped(text: str) -> str:
    """`text` with every control or invisible format character written as \\xNN or \\uNNNN."""
    if text.isprintable():
        return text
    parts = []
    for char in text:
        if char in _NAMED:
            parts.append(_NAMED[char])
        elif unicodedata.category(char) in _HIDDEN:
            code = ord(char)
            parts.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            parts.append(char)
    return "".join(parts)


def cut(text: str, limit: int = MAX_VALUE) -> str:
    """`text` escaped and, when longer than `limit` characters, cut there with "…"."""
    shown = escaped(text[: limit + 1])
    if len(text) > limit or len(shown) > limit:
        return shown[: limit - 1] + ELLIPSIS
    return shown
