from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.team.pg import Cluster


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    running = Cluster()
    yield running
    running.close()


@pytest.fixture
def team_url(cluster: Cluster) -> str:
    """A new, empty database for each test: its team library."""
    return cluster.url(database=cluster.new_database())
