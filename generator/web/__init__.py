"""``msoko serve``: the web face of the pipeline (Starlette, server-rendered Jinja pages, htmx).

The pages call the same stages as the CLI (check, evaluate, the build use case, the review loop);
:mod:`.actions` is the one module through which the app writes."""
