"""What the review, the dashboards and the health check read across the areas."""
