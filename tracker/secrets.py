"""Keeping notification URLs secret: the only way a URL is ever shown or logged."""

from __future__ import annotations

import re

_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s'\"<>]*[^\s'\"<>.,;:)]", re.IGNORECASE)


def _mask_segment(segment: str) -> str:
    if not segment or "..." in segment or "*" in segment:
        return segment
    return f"{segment[0]}...{segment[-1]}" if len(segment) > 2 else "..."


def _mask_host(host: str) -> str:
    """A host that is no domain name or address (``ntfys://my-topic``) is a secret too."""
    name = host.rsplit("@", 1)[-1]
    if "." in name or ":" in name or name in ("", "localhost"):
        return host
    return host[: len(host) - len(name)] + _mask_segment(name)


def _mask_path(url: str) -> str:
    """Drop the query and mask every path segment (ntfy topics and webhook ids are secrets)."""
    url = url.split("?", 1)[0]
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    masked = "/".join(_mask_segment(s) for s in path.split("/"))
    return f"{scheme}{sep}{_mask_host(host)}{slash}{masked}"


def mask_url(url: str) -> str:
    """A privacy-masked form of an apprise URL (tokens, passwords and most of the path hidden)."""
    try:
        import apprise

        plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
        if plugin:
            return _mask_path(str(plugin.url(privacy=True)))  # type: ignore[no-untyped-call]
    except Exception:
        pass
    scheme, _, rest = url.partition("://")
    host = re.split(r"[/@?#:]", rest.rsplit("@", 1)[-1], maxsplit=1)[0] if rest else ""
    return f"{scheme}://{'***@' if '@' in rest else ''}{host[:2]}***" if rest else "***"


def redact(text: str) -> str:
    """Replace every URL-looking thing in free text (an error message) by its masked form."""
    return _URL.sub(lambda m: mask_url(m.group(0)), text)
