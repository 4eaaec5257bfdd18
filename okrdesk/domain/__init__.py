"""Pure computation: OKR progress and status, funnel metrics, experiment statistics. No Qt."""
