"""`okrdesk --help` and argparse's refusals speak the user's language, through the real .qm."""

from __future__ import annotations

import argparse

import pytest

from okrdesk import cli
from okrdesk.cli import main


@pytest.fixture
def speaking(monkeypatch):
    """The language of LANG, as a command chooses it; English again after the test."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)

    def speak(name: str) -> None:
        monkeypatch.setenv("LANG", name)
        cli.speak_for(None)  # as a command does: argparse's own words too

    yield speak


def helps(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Every help text of the parser and its subcommands, by where it is."""
    found: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[f"{choice.dest}"] = choice.help or ""
            for name, sub in action.choices.items():
                found |= {f"{name} {key}": text for key, text in helps(sub).items()}
        elif action.help and action.help != argparse.SUPPRESS:
            found[action.dest] = action.help
    if parser.description:
        found["description"] = parser.description
    return found


@pytest.mark.parametrize("name", ["pl_PL.UTF-8", "hu_HU.UTF-8", "ru_RU.UTF-8"])
def test_every_help_text_is_translated(speaking, name):
    speaking("en_US.UTF-8")
    english = helps(cli._parser())
    speaking(name)
    translated = helps(cli._parser())
    assert translated.keys() == english.keys()
    same = [where for where, text in english.items() if translated[where] == text]
    assert same == []
    assert len(english) > 60


def test_help_and_a_refusal_in_polish(speaking, capsys):
    speaking("pl_PL.UTF-8")
    with pytest.raises(SystemExit) as exit_code:
        main(["checkin", "--help"])
    assert exit_code.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("użycie: okrdesk checkin")
    assert "show this help message" not in out and "positional arguments" not in out
    with pytest.raises(SystemExit) as exit_code:
        main(["checkin"])
    assert exit_code.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("użycie: okrdesk checkin")
    assert "error:" not in err and "the following arguments" not in err
