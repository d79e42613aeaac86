"""Fixtures shared by the web test modules: a store of the fixture documents and a client
of the app over it, one pair per test module (import both names into the module)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.web import create_app

from .corpus import build_store


@pytest.fixture(scope="module")
def store_path(request, tmp_path_factory):
    name = request.module.__name__.rsplit(".", 1)[-1]
    return build_store(tmp_path_factory.mktemp(name) / "corpus.duckdb")


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path)) as c:
        yield c
