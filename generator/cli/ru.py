"""Russian for click's own words (usage, options, its error messages).

click marks its strings for gettext but ships no Russian catalog; this supplies one, so that
everything a user sees from ``msoko`` is in Russian.
"""

from __future__ import annotations

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.types

_RUSSIAN = {
    "Usage:": "Использование:",
    "Options": "Параметры",
    "Commands": "Команды",
    "Show this message and exit.": "Показать эту справку и выйти.",
    "Show the version and exit.": "Показать версию и выйти.",
    "Error: {message}": "Ошибка: {message}",
    "Try '{command} {option}' for help.": "Справка: «{command} {option}».",
    "No such command {name!r}.": "Нет такой команды «{name}».",
    "No such option {name!r}.": "Нет такого параметра «{name}».",
    "Missing argument": "Не указан аргумент",
    "Missing option": "Не указан параметр",
    "Missing parameter": "Не указан параметр",
    "Missing command.": "Не указана команда.",
    "Missing {param_type}": "Не указан {param_type}",
    "Missing parameter: {param_name}": "Не указан параметр: {param_name}",
    "Invalid value for {param_hint}: {message}": "Недопустимое значение {param_hint}: {message}",
    "Invalid value: {message}": "Недопустимое значение: {message}",
    "Option {name!r} does not take a value.": "Параметр «{name}» не принимает значения.",
    "Option {name!r} requires an argument.": "Параметру «{name}» нужно значение.",
    "default: {default}": "по умолчанию: {default}",
    "required": "обязательный",
    "Aborted!": "Прервано.",
    "argument": "аргумент",
    "option": "параметр",
    "parameter": "параметр",
    "file": "файл",
    "directory": "папка",
    "path": "путь",
    "{name} {filename!r} does not exist.": "{name} «{filename}» не существует.",
    "{name} {filename!r} is a file.": "{name} «{filename}» — это файл.",
    "{name} {filename!r} is a directory.": "{name} «{filename}» — это папка.",
    "{name} {filename!r} is not readable.": "{name} «{filename}» недоступен для чтения.",
    "{name} {filename!r} is not writable.": "{name} «{filename}» недоступен для записи.",
    "{value!r} is not a valid {number_type}.": "«{value}» — не {number_type}.",
    "integer": "целое число",
    "Choose from:\n\t{choices}": "Допустимо:\n\t{choices}",
    "{value!r} is not {choice}.": "«{value}» — недопустимо; допустимо: {choice}.",
    "{value!r} is not one of {choices}.": "«{value}» — недопустимо; допустимо: {choices}.",
    "Got unexpected extra argument ({args})": "Лишний аргумент ({args})",
    "Got unexpected extra arguments ({args})": "Лишние аргументы ({args})",
    "Did you mean {possibility}?": "Возможно, имелось в виду {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Возможно, имелось в виду: {possibilities}?)",
}


def _gettext(message: str) -> str:
    return _RUSSIAN.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


def install() -> None:
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.types):
        if hasattr(module, "_"):
            setattr(module, "_", _gettext)  # noqa: B010  (mypy knows no such attribute of click's modules)
        if hasattr(module, "ngettext"):
            setattr(module, "ngettext", _ngettext)  # noqa: B010
