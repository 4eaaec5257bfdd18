"""The OKR screen: the tree of a cycle, its editors, the weekly check-in."""
