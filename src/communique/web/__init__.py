"""The web app (``communique serve``): a FastAPI front end and JSON API over a store.

See ``app.create_app`` and docs/web.md."""

from .app import create_app

__all__ = ["create_app"]
