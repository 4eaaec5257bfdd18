"""pyqtgraph charts with a `set_data()`, imported only by the screens that show them."""
