"""Property-based tests of the JSON routes against their own OpenAPI document (schemathesis).

Schemathesis reads ``/openapi.json`` from the running service (waitress on 127.0.0.1, as
``kg serve`` runs it), sends real HTTP requests for every operation, valid ones and invalid
ones, and checks every answer: no 5xx,
a documented status code and content type, a body that matches the documented schema, and
invalid input refused.

``schemathesis.pytest.from_fixture`` is not used: schemathesis 4.32 sets the private
``Item._nodeid`` that pytest 9 no longer has. Each operation gets its own test instead,
driven by the operation's own Hypothesis strategy; the examples per operation are few
enough that the file runs in well under a minute on the real model.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from web import create_app

from conftest import serving

EXAMPLES = 20

OPERATIONS = [
    "GET /api/search",
    "POST /api/search",
    "GET /api/nodes/{node_id}",
    "GET /api/nodes/{node_id}/neighbourhood",
    "GET /api/documents/{doc_id}",
    "POST /api/embed",
    "POST /v1/embeddings",
    "GET /v1/models",
    "GET /healthz",
    "GET /api/export.gexf",
    "GET /api/export.graphml",
    "GET /api/export.json",
]


@pytest.fixture(scope="module")
def api_schema(engine):
    app = create_app({"TESTING": True, "ENGINE": engine})
    with serving(app) as url:
        yield schemathesis.openapi.from_url(f"{url}/openapi.json")


@pytest.fixture(scope="module")
def operations(api_schema) -> dict:
    found = {}
    for result in api_schema.get_all_operations():
        operation = result.ok()  # raises if the document has an invalid operation
        found[f"{operation.method.upper()} {operation.path}"] = operation
    return found


def test_every_operation_is_tested(operations, api_schema):
    # Schemathesis leaves out the operation that serves the document itself.
    assert "/openapi.json" in api_schema.raw_schema["paths"]
    assert sorted(operations) == sorted(OPERATIONS)


@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
@pytest.mark.parametrize("label", OPERATIONS)
def test_operation_conforms_to_the_document(operations, label, mode):
    operation = operations[label]
    if mode is schemathesis.GenerationMode.NEGATIVE and not _has_inputs(operation):
        pytest.skip("no parameters or body to get wrong")

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        case.call_and_validate()

    check()


def _has_inputs(operation) -> bool:
    """Whether some input can be got wrong (a path segment is any non-empty string)."""
    definition = operation.definition.raw
    parameters = [p for p in definition.get("parameters", []) if p.get("in") != "path"]
    return bool(parameters or definition.get("requestBody"))
