"""The Jinja environment user templates run in: sandboxed, autoescaped, and bounded in size and time.

Jinja's sandbox stops attribute tricks but not ``{{ 'x' * 2000000000 }}``, ``'x'|center(10**9)``, a
loop of loops or an endless recursion: those are refused here with a Russian message."""

from __future__ import annotations

import functools
import resource
import time
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import StrictUndefined
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from .. import messages

MAX_TEXT = 1_000_000
"""Characters (or items) one expression may produce; a whole document is a few hundred thousand."""
MAX_RANGE = 100_000
MAX_OUTPUT = 50_000_000
"""Characters one rendered body may reach."""
TIME_LIMIT = 10.0
"""Seconds one document's template may run."""


MAX_MEMORY = 1024 * 1024 * 1024
"""Bytes of address space a template may add while it runs (``'x' * n ~ …`` doubled by ``{% set %}``)."""


@contextmanager
def _memory_bound() -> Iterator[None]:
    """Lower the soft address-space limit to what the process uses now plus :data:`MAX_MEMORY` while a
    template runs, so a runaway allocation is a :class:`MemoryError` here rather than the machine's
    out-of-memory killer; the previous limit is restored afterwards (only the soft limit moves)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm", encoding="ascii") as statm:
        used = int(statm.read().split()[0]) * resource.getpagesize()
    bound = used + MAX_MEMORY
    if hard != resource.RLIM_INFINITY:
        bound = min(bound, hard)
    if soft != resource.RLIM_INFINITY and soft <= bound:
        yield  # already bounded at least as tightly
        return
    resource.setrlimit(resource.RLIMIT_AS, (bound, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


class TemplateLimit(SecurityError):
    """A template went past a bound; the message is Russian."""


def _too_much_text(limit: int) -> TemplateLimit:
    """The limit said as the message says it: «более 1 млн знаков»."""
    return TemplateLimit(
        messages.TEMPLATE_TOO_MUCH_TEXT.format(limit=messages.MILLIONS.format(count=limit // 1_000_000))
    )


class BoundedEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
        self.deadline = float("inf")
        self.globals["range"] = self._range
        self.filters = {name: _guarded(function) for name, function in self.filters.items()}

    def render_bounded(self, template_body: Iterable[str]) -> str:
        """Join a template's output stream, within :data:`MAX_OUTPUT` and :data:`TIME_LIMIT`."""
        self.deadline = time.monotonic() + TIME_LIMIT
        chunks: list[str] = []
        size = 0
        try:
            with _memory_bound():
                for chunk in template_body:
                    size += len(chunk)
                    if size > MAX_OUTPUT:
                        raise _too_much_text(MAX_OUTPUT)
                    self._check_time()
                    chunks.append(chunk)
        except RecursionError:
            raise TemplateLimit(messages.TEMPLATE_RECURSION) from None
        except MemoryError:
            chunks.clear()
            raise TemplateLimit(messages.TEMPLATE_TOO_MUCH_MEMORY.format(limit=MAX_MEMORY // (1024 * 1024))) from None
        finally:
            self.deadline = float("inf")
        return "".join(chunks)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self._check_time()
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise _too_much_text(MAX_TEXT)
        if operator == "*":
            for sized, times in ((left, right), (right, left)):
                if isinstance(sized, (str, list, tuple)) and isinstance(times, int) and len(sized) * times > MAX_TEXT:
                    raise _too_much_text(MAX_TEXT)
        if operator == "%" and isinstance(left, str) and _has_big_number(left):
            raise _too_much_text(MAX_TEXT)
        result = super().call_binop(context, operator, left, right)
        _check_size(result)
        return result

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        __self._check_time()
        _check_arguments(args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _check_size(result)
        return result

    def _range(self, *args: int) -> Iterator[int]:
        steps = range(*args)
        if len(steps) > MAX_RANGE:
            raise TemplateLimit(messages.TEMPLATE_RANGE.format(limit="100 000"))
        return self._timed(steps)

    def _timed(self, steps: range) -> Iterator[int]:
        for step in steps:
            self._check_time()
            yield step

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimit(messages.TEMPLATE_TOO_SLOW.format(limit=f"{TIME_LIMIT:.0f}"))


def _guarded(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses widths and counts that would build a huge text (``center(10**9)``)."""

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args[1:], kwargs)
        result = function(*args, **kwargs)
        _check_size(result)
        return result

    return guarded


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
            raise _too_much_text(MAX_TEXT)
        if isinstance(value, str) and _has_big_number(value):
            raise _too_much_text(MAX_TEXT)


def _has_big_number(text: str) -> bool:
    """A format width such as «%2000000000s» or «{:>2000000000}»."""
    digits = 0
    for character in text:
        digits = digits + 1 if character.isdigit() else 0
        if digits > 6:
            return True
    return False


def _check_size(value: Any) -> None:
    if isinstance(value, (str, list, tuple)) and len(value) > MAX_TEXT:
        raise _too_much_text(MAX_TEXT)
