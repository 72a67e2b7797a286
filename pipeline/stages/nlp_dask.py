"""spaCy annotation on a Dask cluster: chunks of documents out to the workers, rows back.

Only (doc_id, body, published) items travel, so the workers need the project and its model
installed but no DuckDB file and no shared filesystem; the run process stays the single writer
(`pipeline.stages.nlp.run_nlp`). Failures: Dask itself reruns the tasks of a worker that died,
until a task has been on `distributed.scheduler.allowed-failures` + 1 dead workers (scheduler
config, default 3); then it fails with `KilledWorker`, a chunk is split into single documents,
and a document that fails so alone twice is given up on (quarantined and marked processed), so
one bad article neither loses its batch nor kills workers on every run.
"""

from __future__ import annotations

import contextlib
from collections import Counter, deque
from collections.abc import Iterator

try:
    import distributed
except ImportError as exc:  # only the Dask path needs it
    raise ImportError("CLAIMTRAIL_DASK_SCHEDULER needs dask's `distributed`: "
                      "pip install 'claimtrail[distributed]'") from exc

from pipeline.nlp.model import load_nlp
from pipeline.stages.nlp import Annotations, Annotator, Item, chunks

ALONE_ATTEMPTS = 2  # KilledWorker twice on its own: the document is quarantined


class SpacyModel(distributed.WorkerPlugin):
    """Loads the model once per worker process, when it starts (restarted workers too), so
    no task pays for it; counts the documents the worker annotated (see `documents_by_worker`)."""

    name = "claimtrail-spacy"

    def __init__(self) -> None:
        self.documents = 0

    def setup(self, worker: distributed.Worker) -> None:
        load_nlp()


def annotate_chunk(items: list[Item], annotator: Annotator) -> Annotations:
    """On a worker: one chunk's mentions and claim candidates."""
    result = annotator(items)
    distributed.get_worker().plugins[SpacyModel.name].documents += len(items)
    return result


def documents_by_worker(client: distributed.Client) -> dict[str, int]:
    """Worker address -> documents it annotated since the plugin was (re)registered."""
    return client.run(lambda dask_worker: dask_worker.plugins[SpacyModel.name].documents)


def after_crash(items: list[Item], failed_alone: int) -> tuple[list[list[Item]], list[str]]:
    """What follows a chunk that kept killing its workers: several documents are resubmitted
    one by one, to find the culprit. A document alone is given up on (its doc_id returned) only
    the second time (``failed_alone``: times before): every task queued on a dying worker counts
    as a suspect, not only the one running, so once may be bad luck."""
    if len(items) > 1:
        return [[item] for item in items], []
    if failed_alone + 1 < ALONE_ATTEMPTS:
        return [items], []
    return [], [items[0][0]]


class ClusterAnnotator:
    """Submits chunks to the cluster and collects a batch's results as they complete."""

    def __init__(self, client: distributed.Client, annotator: Annotator, chunk_size: int):
        self.client = client
        self.annotator = annotator
        self.chunk_size = chunk_size
        self._items: dict[str, list[Item]] = {}  # future key -> its chunk
        self._failed_alone: Counter[str] = Counter()  # doc_id -> KilledWorker on its own

    def workers(self) -> int:
        return len(self.client.nthreads())

    def submit(self, items: list[Item]) -> list[distributed.Future]:
        return [self._submit(chunk) for chunk in chunks(items, self.chunk_size)]

    def _submit(self, chunk: list[Item]) -> distributed.Future:
        future = self.client.submit(annotate_chunk, chunk, self.annotator, pure=False)
        self._items[future.key] = chunk
        return future

    def collect(
        self, futures: list[distributed.Future]
    ) -> tuple[list[Annotations], list[str]]:
        """The batch's annotations (in document order, as the local pool gives them) and the
        documents that crashed workers even alone.

        Suspects (the documents of a chunk that crashed) go out one at a time: a document
        alone on a dying worker is then the one that killed it, not a bystander queued there.
        """
        done: list[tuple[str, Annotations]] = []
        crashed: list[str] = []
        suspects: deque[list[Item]] = deque()
        testing: str | None = None  # key of the suspect in flight
        running = distributed.as_completed(futures, loop=self.client.loop)
        for future in running:
            chunk = self._items.pop(future.key)
            testing = None if future.key == testing else testing
            try:
                done.append((chunk[0][0], future.result()))
            except distributed.KilledWorker:
                retry, given_up = after_crash(chunk, self._failed_alone[chunk[0][0]])
                if len(chunk) == 1:
                    self._failed_alone[chunk[0][0]] += 1
                crashed += given_up
                suspects.extend(retry)
            finally:
                future.release()
            if testing is None and suspects:
                suspect = self._submit(suspects.popleft())
                testing = suspect.key
                running.add(suspect)
        return [annotations for _, annotations in sorted(done, key=lambda d: d[0])], crashed


@contextlib.contextmanager
def cluster_annotator(
    address: str, annotator: Annotator, chunk_size: int
) -> Iterator[ClusterAnnotator]:
    """A client of the scheduler at ``address`` with the model plugin registered on every
    worker (registering waits for the model to load on the current ones)."""
    with distributed.Client(address, set_as_default=False) as client:
        client.register_plugin(SpacyModel())
        yield ClusterAnnotator(client, annotator, chunk_size)
