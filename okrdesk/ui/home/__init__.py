"""The home dashboard: the main window's first section (OKR health, this week's funnel, recent
check-ins, funnel alerts). Not to be confused with ui/dashboards/, the management and team
windows opened from the View menu. It sits above the okr and funnel areas and reads from them."""
