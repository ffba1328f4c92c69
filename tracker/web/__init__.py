"""The web: fans' pages, calendars, Atom feeds, the JSON API, admin pages, health, metrics.

:func:`tracker.web.app.create_app` builds the Starlette app; :func:`tracker.web.server.serve_web`
serves it inside a running event loop.
"""
