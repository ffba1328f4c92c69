"""The guard on strangers' notification URLs (SSRF): :func:`guard` passes or raises.

A notification URL is a request to make the server talk to a host. :func:`guard` allows
a URL only when

1. it is one apprise URL (apprise reads ``"a://x, b://y"`` as two; that is refused), at
   most :data:`MAX_URL_LENGTH` characters, without spaces or control characters;
2. its scheme is in the admin's allowlist (``TRACKER_ALLOWED_SCHEMES``);
3. apprise can use it;
4. it does not ask apprise to follow redirects (``redirect=yes``) or to wait longer than
   :data:`MAX_TIMEOUT` seconds (``cto=``/``rto=``);
5. for services whose URL names the host the server connects to (apprise's templates with
   a ``{host}``: json, form, xml, gotify, matrix, signal, a self-hosted ntfy, mailto's SMTP
   server, ...), every address that host has right now is public: not loopback, private,
   link-local, shared (CGNAT, 100.64/10), multicast, reserved or unspecified, nor an
   IPv4-mapped or IPv4-compatible IPv6 address. IPv4 written in decimal, octal, hex or
   short form (``2130706433``, ``017700000001``, ``0x7f.1``, ``127.1``) is read the way
   the C resolver reads it. A host that does not resolve is refused.

Rule 5 is skipped when the admin sets ``TRACKER_ALLOW_PRIVATE_TARGETS=true``.

Call it when a URL is given and again right before each send (DNS can change between
the two). It cannot close the gap between its own lookup and apprise's (a DNS answer that
changes within those milliseconds); an egress firewall or proxy is the complete answer.
Redirects: :func:`harden` adds ``redirect=no`` to a URL, which every apprise HTTP plugin
honours (``AppriseAsset(http_redirects=False)`` does the same for a whole Apprise object).
"""

from __future__ import annotations

import functools
import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from tracker.secrets import mask_url
from tracker.web.settings import WebSettings

MAX_URL_LENGTH = 2048
MAX_TIMEOUT = 30.0

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], Iterable[str]]

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_CLOUD_MODES = {"cloud", "t2bot"}  # ntfy.sh, t2bot.io: apprise picks the host, not the URL


class UnsafeTarget(ValueError):
    """A notification URL that must not be used; the message shows it masked only."""


@dataclass(frozen=True)
class UrlPolicy:
    allowed_schemes: frozenset[str]
    allow_private: bool = False

    @classmethod
    def from_settings(cls, web: WebSettings) -> UrlPolicy:
        return cls(web.allowed_schemes, web.allow_private_targets)

    @classmethod
    def from_env(cls) -> UrlPolicy:
        return cls.from_settings(WebSettings.from_env())


def system_resolve(host: str) -> list[str]:
    """Every address ``host`` has now (A and AAAA), as the C resolver gives them."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]) for info in infos]


def guard(url: str, policy: UrlPolicy | None = None, *, resolve: Resolver | None = None) -> None:
    """Return when ``url`` may be used; else raise :class:`UnsafeTarget` saying why."""
    policy = UrlPolicy.from_env() if policy is None else policy
    url = url.strip()
    shown = mask_url(url)
    _check_shape(url, shown)
    scheme = url.split("://", 1)[0].lower()
    if scheme not in policy.allowed_schemes:
        allowed = ", ".join(sorted(policy.allowed_schemes)) or "none"
        raise UnsafeTarget(f"{scheme}:// notifications are not allowed here; allowed: {allowed}")
    if not policy.allow_private and _scheme_names_host(scheme):
        # An address written in the URL is judged before apprise reads it (apprise refuses
        # some forms, like 0x7f.1, that the C resolver would take).
        raw = _raw_host(url)
        if literal_address(raw) is not None:
            check_host(raw, resolve or system_resolve, shown)
    plugin = _instantiate(url)
    if plugin is None:
        from tracker.subscriptions import check_url

        raise UnsafeTarget(check_url(url) or f"{shown}: apprise cannot use this URL")
    _check_options(url, shown)
    if policy.allow_private:
        return
    for host in connect_hosts(url, plugin):
        check_host(host, resolve or system_resolve, shown)


def refusal(url: str, policy: UrlPolicy | None = None) -> str | None:
    """Why ``url`` must not be used, or None when :func:`guard` lets it pass."""
    try:
        guard(url, policy)
    except UnsafeTarget as exc:
        return str(exc)
    return None


def refusal_at_send(url: str, policy: UrlPolicy) -> str | None:
    """:func:`refusal` for a URL that passed :func:`guard` when it was given.

    Right before a send only what can have changed is checked again: the admin's scheme
    allowlist and, unless private targets are allowed, the addresses the host resolves to
    now (DNS can change). With private targets allowed that is a string comparison.
    """
    scheme = url.split("://", 1)[0].lower()
    if scheme not in policy.allowed_schemes:
        allowed = ", ".join(sorted(policy.allowed_schemes)) or "none"
        return f"{scheme}:// notifications are not allowed here; allowed: {allowed}"
    return None if policy.allow_private else refusal(url, policy)


def harden(url: str) -> str:
    """``url`` with ``redirect=no``: apprise then never follows an HTTP redirect for it."""
    base, _, query = url.partition("?")
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "redirect"]
    return f"{base}?{urlencode([*pairs, ('redirect', 'no')])}"


def _check_shape(url: str, shown: str) -> None:
    if "://" not in url:
        raise UnsafeTarget(f"{shown}: not a notification URL (like ntfy://my-topic)")
    if len(url) > MAX_URL_LENGTH:
        raise UnsafeTarget(f"{shown}: longer than {MAX_URL_LENGTH} characters")
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise UnsafeTarget(f"{shown}: spaces and control characters are not allowed")
    from apprise.utils.parse import parse_urls

    if len(parse_urls(url)) != 1:  # type: ignore[no-untyped-call]
        raise UnsafeTarget(f"{shown}: give one notification URL at a time")


def _check_options(url: str, shown: str) -> None:
    query = url.partition("?")[2]
    for key, value in parse_qsl(query, keep_blank_values=True):
        key = key.lower()
        if key == "redirect" and value.strip().lower() not in {"no", "false", "0", "off", "n"}:
            raise UnsafeTarget(f"{shown}: redirects are never followed; remove redirect=")
        if key in {"cto", "rto"}:
            try:
                seconds = float(value)
            except ValueError:
                raise UnsafeTarget(f"{shown}: {key}= must be a number of seconds") from None
            if not 0 < seconds <= MAX_TIMEOUT:
                raise UnsafeTarget(f"{shown}: {key}= must be at most {MAX_TIMEOUT:.0f} seconds")


def _instantiate(url: str) -> Any:
    import apprise

    import tracker.outbox  # noqa: F401  (hides URLs in apprise's own log lines)

    return apprise.Apprise.instantiate(url, suppress_exceptions=True) or None


def _raw_host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


@functools.cache
def _scheme_names_host(scheme: str) -> bool:
    from apprise.manager_plugins import NotificationManager

    try:
        return names_host(NotificationManager()[scheme])  # type: ignore[no-untyped-call]
    except KeyError:
        return True  # unknown to apprise: it is refused anyway; assume the worst


def names_host(plugin: Any) -> bool:
    """Does this service's URL name the host the server connects to? (apprise's templates)"""
    return any("{host}" in str(t) for t in getattr(plugin, "templates", ()))


def connect_hosts(url: str, plugin: Any) -> list[str]:
    """The hosts the server would connect to for ``url`` ([] for a fixed cloud service)."""
    if not names_host(plugin):
        return []
    smtp = getattr(plugin, "smtp_host", None)
    if isinstance(smtp, str) and smtp:
        return [smtp]  # e-mail: the user@domain part is not where it connects
    mode = getattr(plugin, "mode", None)
    if str(getattr(mode, "value", mode)) in _CLOUD_MODES:
        return []
    hosts = [str(getattr(plugin, "host", "") or ""), _raw_host(url)]
    return [h for h in dict.fromkeys(hosts) if h]


def literal_address(host: str) -> IPAddress | None:
    """The address ``host`` is written as, in any form the C library accepts; else None."""
    bare = host.strip().strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(bare))  # 2130706433, 0x7f.1, 0177.1
    except (OSError, ValueError):
        return None


def why_not_public(address: IPAddress) -> str | None:
    """None for a public unicast address; else what kind of address it is."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return "an IPv4-mapped IPv6 address"
        if int(address) >> 32 == 0:
            return "an IPv4-compatible IPv6 address" if int(address) > 1 else _kind(address)
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            inner = why_not_public(embedded)
            if inner:
                return f"{inner} in IPv6 form"
    return _kind(address)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _kind(address: IPAddress) -> str | None:
    checks: tuple[tuple[bool, str], ...] = (
        (address.is_unspecified, "the unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (isinstance(address, ipaddress.IPv4Address) and address in _CGNAT, "a shared (CGNAT)"
         " address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (not address.is_global, "not a public address"),
    )  # fmt: skip
    return next((why for bad, why in checks if bad), None)


def check_host(host: str, resolve: Resolver, shown: str) -> None:
    """Raise unless every address of ``host`` is public."""
    literal = literal_address(host)
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        try:
            addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolve(host)]
        except (OSError, UnicodeError, ValueError):
            addresses = []
        if not addresses:
            raise UnsafeTarget(f"{shown}: cannot resolve {host!r}")
    for address in addresses:
        why = why_not_public(address)
        if why:
            raise UnsafeTarget(
                f"{shown}: {host} is {why} ({address}); notifications go to public hosts only"
            )
