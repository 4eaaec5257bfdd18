"""The funnel screen: definitions, the data grid, the import wizard and the charts."""
