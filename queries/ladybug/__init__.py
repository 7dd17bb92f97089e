"""LadybugDB adapter: the embedded, zero-setup store (a maintained fork of Kùzu)."""

from queries.ladybug.store import LadybugStore

__all__ = ["LadybugStore"]
