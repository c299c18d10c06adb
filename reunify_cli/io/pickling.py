"""Let our frozen dataclasses, which hold read-only mappings (MappingProxyType), be pickled:
reports cross process boundaries in batch runs."""

from __future__ import annotations

import copyreg
from types import MappingProxyType
from typing import Any


def _mappingproxy(data: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(data)


def _reduce_mappingproxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[Any, ...]]:
    return _mappingproxy, (dict(proxy),)


copyreg.pickle(MappingProxyType, _reduce_mappingproxy)
