"""GraphQL (Strawberry) over the storage interface, split by domain, with per-request DataLoaders."""
