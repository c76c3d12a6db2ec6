"""One real Dask cluster of two worker processes for the distributed tests."""

import pytest
from distributed import Client, LocalCluster


@pytest.fixture(scope="session")
def client(private_caches):
    """A client of a ``LocalCluster`` with 2 worker processes of 1 thread (they inherit the private caches)."""
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
