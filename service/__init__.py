"""The service: settings, FastAPI app (REST and GraphQL) and the `kg` command line."""
