"""The OpenAPI document: valid OpenAPI 3, and schemathesis finds no server error.

Every operation gets a bounded number of generated requests (:data:`EXAMPLES`); answers
must not be 5xx, must use a documented status code and content type, and must match the
documented schema. Notification schemes are all refused here, so that generated URLs
never make the server connect anywhere.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import test_web
from tests.test_web import ADMIN, Site

start_site = test_web.start_site  # the fixture, shared

pytestmark = pytest.mark.slow

EXAMPLES = 25


@pytest.fixture
def api_site(start_site: Any) -> Site:
    site: Site = start_site(allowed_schemes=frozenset(), allow_private_targets=False,
                            rate_limit=(100_000, 3600.0))  # fmt: skip
    return site


def test_openapi_document_is_valid(api_site: Site) -> None:
    import httpx
    import jsonschema_rs
    from schemathesis.specs.openapi.definitions import OPENAPI_30

    with api_site.client() as c:
        doc = c.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert doc["servers"] == [{"url": api_site.url}]
    jsonschema_rs.Draft4Validator(OPENAPI_30).validate(doc)  # raises with every problem
    assert httpx.get(api_site.url + "/api/openapi.json").status_code == 200


def test_schemathesis_finds_no_server_error(api_site: Site) -> None:
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    schema = schemathesis.openapi.from_url(api_site.url + "/api/openapi.json")
    checks = [not_a_server_error, status_code_conformance, content_type_conformance,
              response_schema_conformance]  # fmt: skip
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 12

    def fuzz(operation: Any) -> Any:
        headers = {"authorization": f"Bearer {ADMIN}"} if "/admin/" in operation.path else {}

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            case.call_and_validate(base_url=api_site.url, headers=headers, checks=checks)

        return check

    for operation in operations:
        fuzz(operation)()
