"""Schemathesis against the API's own OpenAPI document, in-process (no network at all): for every operation,
generated cases (valid and invalid parameters) never get a 500, and every 422 carries a message.
Bounded: EXAMPLES cases per operation, no deadline."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from newsledger.api import create_app
from tests.fixtures import web_demo

EXAMPLES = 40


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "demo.duckdb"
    web_demo.build(path)
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(path))


def test_every_operation_fuzzed(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 8
    cases = []
    for op in operations:
        for mode in ("positive", "negative"):
            strategy = op.as_strategy(generation_mode=schemathesis.GenerationMode(mode))

            @given(case=strategy)
            @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def check(case):
                cases.append(case)
                response = case.call()
                assert response.status_code < 500, (case.path, case.query, response.text[:300])
                if response.status_code == 422:
                    detail = response.json()["detail"]
                    assert detail and all(d.get("msg") for d in detail), detail

            try:
                check()
            except Unsatisfiable:
                assert mode == "negative"  # an operation without parameters has no invalid input
    print(f"schemathesis cases run: {len(cases)} over {len(operations)} operations")
    assert len(cases) >= len(operations) * 10
