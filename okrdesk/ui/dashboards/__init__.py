"""The View menu's dashboard windows: management (the whole cycle on one page) and team (one
team's week), with the look they share with the presentation and the review. The main window's
own first section, the home dashboard, is ui/home/."""
