"""The workspace file: schema, opening and migrating, queries, importers, the demo. No Qt."""
