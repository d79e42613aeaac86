"""``communique serve``: the web app over a store (or with none: analyse pasted texts)."""

from __future__ import annotations

import ipaddress
import sys

import click

from .group import main
from .common import say

#: Loopback: the only default bind address; anything else must be asked for.
DEFAULT_HOST = "127.0.0.1"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
              help="A communique store (DuckDB) to explore, opened read-only. Without it the "
                   "app only analyses pasted or uploaded texts.")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to bind. Anything but loopback exposes the server to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="COMMUNIQUE_TOKEN", default=None,
              help="Require this token for write endpoints (POST /api/analyze and the analyse "
                   "form): `Authorization: Bearer TOKEN`. Also read from $COMMUNIQUE_TOKEN.")
@click.option("--max-body", "max_body_bytes", type=click.IntRange(1), default=None,
              help="Largest request body in bytes (default 2,000,000).")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Run one GET request in-process, print the response and exit (no server).")
def serve(db_path, host, port, token, max_body_bytes, get_path):
    """Serve the web app: document view, actor pages, graph, timeline, search, JSON API.

    \b
    Examples:
      communique serve --db corpus.duckdb
      communique serve                                  # analyse-only, no store
      communique serve --db corpus.duckdb --host 0.0.0.0 --token "$(openssl rand -hex 16)"
      communique serve --db corpus.duckdb --get /api/actors
    """
    from ..web import create_app
    from ..web.security import DEFAULT_MAX_BODY_BYTES

    app = create_app(db_path, token=token, max_body_bytes=max_body_bytes or DEFAULT_MAX_BODY_BYTES)
    if get_path is not None:
        from fastapi.testclient import TestClient

        with TestClient(app) as client:
            response = client.get(get_path)
        click.echo(response.text)
        sys.exit(0 if response.status_code < 400 else 1)
    if not _is_loopback(host) and not token:
        say(f"warning: binding {host} exposes the server to the network without a token; "
            "anyone who can reach it can run analyses. Use --token.")
    import uvicorn

    say(f"serving http://{host}:{port}/" + (f" over {db_path}" if db_path else " (no database: analyse only)"))
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                limit_concurrency=64, timeout_keep_alive=5)
