"""Which addresses a fetch may reach: public ones, plus whatever the allowlist names."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from bot.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Cloud metadata endpoints, named apart so the error says what was refused.
_METADATA = {
    ipaddress.ip_address("169.254.169.254"),
    ipaddress.ip_address("100.100.100.200"),
    ipaddress.ip_address("fd00:ec2::254"),
}


class RefusedAddress(FetchError):
    """The URL points at an address the guard refuses."""


class AddressPolicy:
    """Refuse private, loopback, link-local, metadata and other non-public addresses."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self.hosts: set[str] = set()
        self.networks: list[IPNetwork] = []
        for raw in allow:
            item = raw.strip().lower()
            if not item:
                continue
            try:
                self.networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                self.hosts.add(item.rstrip("."))

    def host_allowed(self, host: str) -> bool:
        """Tell whether the allowlist names this host outright."""
        return host.lower().rstrip(".") in self.hosts

    def address_allowed(self, address: IPAddress) -> bool:
        """Tell whether an address is public, or allowlisted."""
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if any(address in net for net in self.networks):
            return True
        return address.is_global and address not in _METADATA

    def check(self, host: str, address: IPAddress) -> None:
        """Raise RefusedAddress when `host` resolving to `address` may not be fetched."""
        if self.host_allowed(host) or self.address_allowed(address):
            return
        raise RefusedAddress(f"refused {host}: {describe(address)} (not in SITREP_ALLOW_HOSTS)")

    def check_literal(self, host: str) -> None:
        """Check a URL host that is an IP literal before connecting to it."""
        try:
            address = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            return
        self.check(host, address)


def describe(address: IPAddress) -> str:
    """Name the kind of address refused, for a readable error."""
    if address in _METADATA:
        return f"{address} is a cloud metadata address"
    for attribute, kind in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_private", "private"),
        ("is_multicast", "multicast"),
        ("is_reserved", "reserved"),
        ("is_unspecified", "unspecified"),
    ):
        if getattr(address, attribute):
            return f"{address} is a {kind} address"
    return f"{address} is not a public address"
