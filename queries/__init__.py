"""Storage: one interface (store.GraphStore) and one adapter per graph store."""
