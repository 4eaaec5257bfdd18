"""okrdesk: a team's OKRs, weekly experiments and sales funnel in one offline workspace file."""

__version__ = "0.1.0"
