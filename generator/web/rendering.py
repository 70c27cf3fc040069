"""Server-rendered pages: the Jinja environment (autoescaped, strict) and the Markdown of the preview."""

from __future__ import annotations

from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.templating import Jinja2Templates

from schemas.diagnostics import Diagnostic

from ..messages import web as say
from ..russian.hyphens import hyphenated
from .wording import approved_word, blocking, heading, located, stale_words

HERE = Path(__file__).resolve().parent
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")
"""Raw HTML in prose is shown as text, never run: the preview cannot carry a script."""


def markdown_html(text: str) -> str:
    return _MARKDOWN.render(text or "")


HYPHENATED_LETTERS = 7
"""Words this long or longer get soft hyphens in the overview's narrow columns."""


def templates() -> Jinja2Templates:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    environment.filters["approved"] = approved_word
    environment.filters["heading"] = heading
    environment.filters["stale_words"] = stale_words
    environment.filters["blocking"] = jinja2.pass_context(lambda context, found: blocking(context["layout"], found))
    environment.filters["problem"] = jinja2.pass_context(lambda context, d: located(context["layout"], d))
    environment.filters["sentence"] = lambda text: text[:1].upper() + text[1:]
    environment.filters["lower_first"] = lambda text: text[:1].lower() + text[1:]
    # Narrow table columns break long words at syllables, with a hyphen, whatever the browser's dictionaries.
    environment.filters["hyphenated"] = lambda text: hyphenated(str(text), HYPHENATED_LETTERS)
    environment.globals["messages"] = say
    environment.filters["markdown"] = lambda text: Markup(markdown_html(text))
    return Jinja2Templates(env=environment)


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    token = request.scope.get("csrftoken")
    context.setdefault("message", None)
    page = request.app.state.templates.TemplateResponse(
        request,
        name,
        {"csrftoken": token() if token else "", "layout": request.app.state.layout, **context},
        status_code=status,
    )
    return page


def message_page(
    request: Request, title: str, text: str, status: int, details: list[Diagnostic] | None = None
) -> Response:
    return render(request, "message.html", status, title=title, text=text, details=details or [])
