"""Sentences the Qt-free layers hand up to be shown in the user's language.

The domain and the store cannot import Qt, yet their refusals, warnings and example texts reach
the user. They write them as `Text`: the English source, the translation context and the values
to put in, built through a `Words` subclass so that pyside6-lupdate finds each sentence:

    class Importing(Words):
        '''Sentences of the file importer.'''

    Importing.tr('"{value}" is not a date').format(value=shown)
    Importing.tr("%n row(s) skipped", None, skipped)

The class name is the context; `%n` with a count makes a plural message (Polish and Russian have
three forms). The layer that may import Qt translates with `okrdesk.reports.text.shown`; `str()`
gives the English sentence for logs, tests and the command line without a translator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

_ENGLISH_PLURAL = re.compile(r"\(s\)")
# translate(context, source, disambiguation, n) -> the sentence in the user's language
Translate = Callable[[str, str, "str | None", int], str]


@dataclass(frozen=True)
class Text:
    """One translatable sentence with its values; immutable, comparable, printable in English."""

    context: str
    source: str
    disambiguation: str | None = None
    n: int = -1
    values: tuple[tuple[str, object], ...] = ()

    def format(self, **values: object) -> Text:
        """The same sentence with `{name}` placeholders given (a value may itself be a Text)."""
        return replace(self, values=self.values + tuple(values.items()))

    def render(self, translate: Translate) -> str:
        """The sentence through `translate(context, source, disambiguation, n)`, values put in."""
        pattern = translate(self.context, self.source, self.disambiguation, self.n)
        values = {
            name: value.render(translate) if isinstance(value, Text) else value
            for name, value in self.values
        }
        return pattern.format(**values) if values else pattern

    def __str__(self) -> str:
        return self.render(english)


def english_plural(sentence: str, n: int) -> str:
    """A counted English sentence's "(s)" as English writes it for `n`: "1 day", "3 days"."""
    return _ENGLISH_PLURAL.sub("" if n == 1 else "s", sentence)


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source as it reads without a translator: `%n` and `(s)` follow the count,
    `%Ln` is the count with its thousands grouped (as Qt writes it in the user's locale)."""
    if n < 0:
        return source
    counted = source.replace("%Ln", f"{n:,}").replace("%n", str(n))
    return english_plural(counted, n)


class Words:
    """Base of the translation contexts of the Qt-free layers: `Context.tr(source)` is a Text."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> Text:
        return Text(cls.__name__, source, disambiguation, n)
