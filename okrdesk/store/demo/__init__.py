"""Demo: the store's part for this area."""
