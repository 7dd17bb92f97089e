"""The error hierarchy. Only service/ turns these into HTTP or GraphQL errors."""


class KGError(Exception):
    """Base of every error this project raises on purpose."""

    code = "error"


class InvalidInput(KGError):
    """Input that cannot be processed: empty, undecodable, too large, malformed."""

    code = "invalid_input"


class OntologyError(InvalidInput):
    """A type or label that the ontology does not define."""

    code = "unknown_type"


class NotFound(KGError):
    code = "not_found"


class Conflict(KGError):
    """Concurrent writers collided and retrying did not resolve it; the caller may try again."""

    code = "conflict"


class NotUndoable(KGError):
    """A curation whose effects cannot be taken back (a merge)."""

    code = "not_undoable"


class StoreUnavailable(KGError):
    """The graph store cannot be reached or refused the connection; retrying later may work."""

    code = "store_unavailable"


class StoreLocked(StoreUnavailable):
    """The embedded store is held by another process."""

    code = "store_locked"


class ConfigError(KGError):
    code = "config_error"
