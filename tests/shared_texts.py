"""Texts several test modules share (tests/ is on sys.path, as for ci_helpers)."""

from __future__ import annotations

import re

# What reunify says of a flow collection nested past its limit. Our own walk stops at 64
# levels; some PyYAML / libyaml releases stop earlier in the scanner, and then we report
# their refusal as "invalid YAML: ...". Either is our behaviour (one line, exit 2, the
# file and line named); the dependency's own words are never asserted.
TOO_DEEP = re.compile(r"nesting deeper than 64|invalid YAML")


def says(fragment: str | re.Pattern[str], message: str) -> bool:
    """`fragment` is in `message` (a plain fragment), or matches it (a pattern)."""
    if isinstance(fragment, re.Pattern):
        return fragment.search(message) is not None
    return fragment in message


# A plan header naming the mother and the caseworker; goals follow under `goals:`.
# A plan whose one goal lists a condition of return and a poverty need together: the
# rewrite keeps the counseling as the parent's and gives the housing as help.
NEED_AMONG_CONDITIONS = (
    "people:\n  - {id: mother, role: parent, name: Ana}\ngoals:\n"
    "  - statement: Mother must participate in anger management counseling and maintain"
    " stable housing.\n"
)

CASE = """\
case:
  caseworker: "J. Alvarez"
  agency: "Child Welfare Services"
  next_review: 2026-07-15
people:
  - {id: mother, role: parent, name: "Loraine"}
goals:
"""

# Run the reunify CLI in a fresh process where creating a socket or resolving a name fails:
# `python -c NO_NETWORK lint ...`.
NO_NETWORK = """
import socket, sys

def refuse(*args, **kwargs):
    raise OSError("network access attempted")

class NoSocket(socket.socket):  # a class, so that modules subclassing it still import
    def __init__(self, *args, **kwargs):
        refuse()

socket.socket = NoSocket
for name in ("create_connection", "getaddrinfo", "socketpair", "fromfd"):
    setattr(socket, name, refuse)
sys.argv = ["reunify", *sys.argv[1:]]
from reunify_cli.cli import main
main()
"""
