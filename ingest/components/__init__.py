"""spaCy components, registered with @Language.factory on import."""
