"""The API's OpenAPI 3.0 document, written out (``/api/openapi.json``)."""

from __future__ import annotations

from typing import Any

from tracker import __version__
from tracker.domain import MILESTONE_KINDS, PRECISIONS
from tracker.subscriptions import DIGESTS


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict[str, Any]:
    return _json(_ref("Error"), description)


_NULLABLE_STR = {"type": "string", "nullable": True}
_KIND = {"type": "string", "enum": list(MILESTONE_KINDS)}
_PRECISION = {"type": "string", "enum": list(PRECISIONS), "nullable": True}
_TOKEN = {
    "name": "token",
    "in": "path",
    "required": True,
    "description": "the secret manage token (from subscribing, or a notification's link)",
    "schema": {"type": "string", "minLength": 1, "maxLength": 200},
}
_ADMIN: list[dict[str, list[str]]] = [{"admin": []}]

SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {"error": {"type": "string"}},
    },
    "State": {
        "type": "object",
        "properties": {
            "status": {"type": "string"},
            "date": {**_NULLABLE_STR, "format": "date"},
            "precision": _PRECISION,
            "variant": _NULLABLE_STR,
            "since": {**_NULLABLE_STR, "format": "date-time"},
            "source": _NULLABLE_STR,
        },
    },
    "Production": {
        "type": "object",
        "required": ["id", "title", "kind", "milestones", "upcoming"],
        "properties": {
            "id": {"type": "string"},
            "title": {"type": "string"},
            "kind": {"type": "string", "enum": ["film", "series"]},
            "season": {"type": "integer", "nullable": True},
            "milestones": {
                "type": "object",
                "description": "current state per milestone kind (kinds with no news are absent)",
                "additionalProperties": _ref("State"),
            },
            "upcoming": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "milestone": _KIND,
                        "status": {"type": "string"},
                        "date": {"type": "string", "format": "date"},
                        "precision": _PRECISION,
                    },
                },
            },
        },
    },
    "Event": {
        "type": "object",
        "description": "a change of a milestone's state (as `tracker events --json`)",
        "required": ["id", "production", "milestone", "status", "detected_at"],
        "properties": {
            "id": {"type": "integer"},
            "production": {"type": "string"},
            "milestone": _KIND,
            "status": {"type": "string"},
            "variant": _NULLABLE_STR,
            "date": {**_NULLABLE_STR, "format": "date"},
            "precision": _PRECISION,
            "previous": {
                "type": "object",
                "nullable": True,
                "properties": {
                    "status": {"type": "string"},
                    "date": {**_NULLABLE_STR, "format": "date"},
                    "precision": _PRECISION,
                    "variant": _NULLABLE_STR,
                },
            },
            "source": _NULLABLE_STR,
            "detected_at": {"type": "string", "format": "date-time"},
        },
    },
    "Subscription": {
        "type": "object",
        "description": "a fan's subscription; notification URLs are shown masked",
        "properties": {
            "productions": {"type": "array", "items": {"type": "string"}},
            "milestones": {"type": "array", "items": _KIND, "nullable": True},
            "notify": {"type": "array", "items": {"type": "string"}},
            "digest": {"type": "string", "enum": list(DIGESTS)},
            "timezone": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"},
        },
    },
    "SubscribeRequest": {
        "type": "object",
        "required": ["productions", "notify"],
        "properties": {
            "productions": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "milestones": {
                "type": "array",
                "items": _KIND,
                "nullable": True,
                "description": "null or absent: every kind",
            },
            "notify": {
                "type": "array",
                "items": {"type": "string"},
                "minItems": 1,
                "maxItems": 5,
                "description": "apprise URLs, like ntfy://my-topic",
            },
            "digest": {"type": "string", "enum": list(DIGESTS)},
            "timezone": {"type": "string", "example": "Europe/Paris"},
        },
    },
    "ManageChange": {
        "type": "object",
        "description": "absent fields keep their value; notify replaces every URL",
        "properties": {
            "productions": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "milestones": {"type": "array", "items": _KIND, "nullable": True},
            "notify": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
            "digest": {"type": "string", "enum": list(DIGESTS)},
            "timezone": {"type": "string"},
        },
    },
    "Feed": {
        "type": "object",
        "properties": {
            "url": {"type": "string"},
            "name": _NULLABLE_STR,
            "state": {"type": "string", "enum": ["ok", "failing", "never polled"]},
            "last_success": _NULLABLE_STR,
            "consecutive_errors": {"type": "integer"},
            "last_error": _NULLABLE_STR,
            "failing_since": _NULLABLE_STR,
            "next_check": _NULLABLE_STR,
            "moved_to": _NULLABLE_STR,
        },
    },
    "Delivery": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "state": {"type": "string"},
            "production": _NULLABLE_STR,
            "what": {"type": "string"},
            "subscriber": {"type": "string"},
            "target": {"type": "string", "description": "masked"},
            "attempts": {"type": "integer"},
            "last_error": _NULLABLE_STR,
            "next_attempt": _NULLABLE_STR,
            "created_at": {"type": "string"},
        },
    },
    "ConfigReport": {
        "type": "object",
        "properties": {
            "path": {"type": "string"},
            "productions": {"type": "integer"},
            "feeds": {"type": "integer"},
            "problems": {"type": "array", "items": {"type": "string"}},
        },
    },
}

_LIMITED = _error("too many requests from this client; see Retry-After")
_BAD = _error("the request cannot be done; the message says why")
_UNAUTHORISED = _error("no or a wrong admin token")
_ADMIN_OFF = _error("the admin side is off (no TRACKER_ADMIN_TOKEN)")

PATHS: dict[str, Any] = {
    "/api/productions": {
        "get": {
            "summary": "Every production with its current state and upcoming dates",
            "operationId": "listProductions",
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {
                            "productions": {"type": "array", "items": _ref("Production")}
                        },
                    },
                    "the productions, in the watchlist's order",
                )
            },
        }
    },
    "/api/productions/{id}": {
        "get": {
            "summary": "One production, its state and its newest 100 events",
            "operationId": "getProduction",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": _json(
                    {
                        "allOf": [
                            _ref("Production"),
                            {
                                "type": "object",
                                "properties": {"events": {"type": "array", "items": _ref("Event")}},
                            },
                        ]
                    },
                    "the production",
                ),
                "404": _error("no such production"),
            },
        }
    },
    "/api/events": {
        "get": {
            "summary": "Events, newest first",
            "operationId": "listEvents",
            "parameters": [
                {"name": "production", "in": "query", "schema": {"type": "string"}},
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50},
                },
                {
                    "name": "before",
                    "in": "query",
                    "description": "only events with a smaller id",
                    "schema": {"type": "integer", "minimum": 1},
                },
            ],
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {"events": {"type": "array", "items": _ref("Event")}},
                    },
                    "the events",
                ),
                "400": _BAD,
                "404": _error("no such production"),
            },
        }
    },
    "/api/subscriptions": {
        "post": {
            "summary": "Subscribe: titles, kinds of news and notification URLs",
            "description": "Each call makes a new subscription. Keep the manage token: it is "
            "the only way to change or end it. URLs must use a scheme the admin allows and "
            "point at public hosts.",
            "operationId": "subscribe",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("SubscribeRequest")}},
            },
            "responses": {
                "201": _json(
                    {
                        "allOf": [
                            _ref("Subscription"),
                            {
                                "type": "object",
                                "properties": {
                                    "manage_token": {"type": "string"},
                                    "manage_url": {"type": "string"},
                                },
                            },
                        ]
                    },
                    "subscribed",
                ),
                "400": _BAD,
                "415": _error("the body is not application/json"),
                "429": _LIMITED,
                "503": _error("subscriptions are closed (no TRACKER_SECRET_KEY)"),
            },
        }
    },
    "/api/test": {
        "post": {
            "summary": "Send a test notification to a URL",
            "operationId": "sendTest",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["url"],
                            "properties": {"url": {"type": "string"}},
                        }
                    }
                },
            },
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {"ok": {"type": "boolean"}, "error": _NULLABLE_STR},
                    },
                    "sent (ok) or refused or failed (error says why, the URL masked)",
                ),
                "400": _BAD,
                "415": _error("the body is not application/json"),
                "429": _LIMITED,
            },
        }
    },
    "/api/manage/{token}": {
        "parameters": [_TOKEN],
        "get": {
            "summary": "The subscription this token manages",
            "operationId": "getSubscription",
            "responses": {
                "200": _json(_ref("Subscription"), "the subscription"),
                "404": _error("no subscription has this token"),
            },
        },
        "patch": {
            "summary": "Change the subscription",
            "operationId": "changeSubscription",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("ManageChange")}},
            },
            "responses": {
                "200": _json(_ref("Subscription"), "the subscription as it is now"),
                "400": _BAD,
                "404": _error("no subscription has this token"),
                "415": _error("the body is not application/json"),
            },
        },
        "delete": {
            "summary": "End the subscription: forget it and its URLs",
            "operationId": "endSubscription",
            "responses": {
                "204": {"description": "ended"},
                "404": _error("no subscription has this token"),
            },
        },
    },
    "/api/admin/feeds": {
        "get": {
            "summary": "Every feed's health",
            "operationId": "adminFeeds",
            "security": _ADMIN,
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {"feeds": {"type": "array", "items": _ref("Feed")}},
                    },
                    "the feeds",
                ),
                "401": _UNAUTHORISED,
                "404": _ADMIN_OFF,
                "429": _LIMITED,
            },
        }
    },
    "/api/admin/deliveries": {
        "get": {
            "summary": "Deliveries failed for good or being retried",
            "operationId": "adminDeliveries",
            "security": _ADMIN,
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {"deliveries": {"type": "array", "items": _ref("Delivery")}},
                    },
                    "the deliveries, newest first",
                ),
                "401": _UNAUTHORISED,
                "404": _ADMIN_OFF,
                "429": _LIMITED,
            },
        }
    },
    "/api/admin/config": {
        "get": {
            "summary": "The watchlist in force and the file's problems",
            "operationId": "adminConfig",
            "security": _ADMIN,
            "responses": {
                "200": _json(_ref("ConfigReport"), "the report"),
                "401": _UNAUTHORISED,
                "404": _ADMIN_OFF,
                "429": _LIMITED,
            },
        }
    },
    "/api/admin/reload": {
        "post": {
            "summary": "Re-read the watchlist now",
            "operationId": "adminReload",
            "security": _ADMIN,
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {
                            "reloaded": {"type": "boolean"},
                            "message": {"type": "string"},
                            "problems": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                    "what happened",
                ),
                "401": _UNAUTHORISED,
                "404": _ADMIN_OFF,
                "429": _LIMITED,
            },
        }
    },
}


def document(server_url: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "tracker API",
            "version": __version__,
            "description": "Film and series milestones (trailers, release dates, premieres) "
            "and fans' subscriptions to them.",
        },
        "servers": [{"url": server_url}],
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "admin": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "TRACKER_ADMIN_TOKEN",
                }
            },
        },
    }
