"""Example OKRs to start from: one objective and three measurable key results per template.

Pure data. Each template is written for one team (TEAMS) and one kind of business (FLAVOURS):
a SaaS company, or a small business such as a bakery, a shop or an agency. A key result's
title names its metric and the move ("Cut … from 9 h to 2 h"), and its start and target say
the same. For stay_above and stay_below the start is today's value and the target the line
to hold, as everywhere in okrdesk. Amounts are in euros.

The texts are content, like the demo workspace: they are saved as written, in English.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues

TEAMS = ("Product", "Engineering", "Marketing", "Sales", "Customer success")
FLAVOURS = ("SaaS", "Small business")


@dataclass(frozen=True)
class Template:
    """An example objective with its key results; owners and team are chosen when used."""

    id: str
    team: str
    flavour: str
    title: str
    why: str
    key_results: tuple[KeyResultValues, ...]
    level: str = "team"

    def objective(
        self, owner_id: int | None, team_id: int | None, parent_id: int | None = None
    ) -> ObjectiveValues:
        return ObjectiveValues(
            title=self.title,
            level=self.level,
            owner_id=owner_id,
            team_id=team_id,
            parent_id=parent_id,
            description=self.why,
        )

    def key_results_for(self, owner_id: int | None) -> tuple[KeyResultValues, ...]:
        """The key results, each owned by `owner_id`."""
        return tuple(replace(kr, owner_id=owner_id) for kr in self.key_results)


# Short names keep one key result on one line: kind, then title, unit, start and target.
NUM, PCT, EUR = "number", "percent", "currency"


def _kr(kind: str, title: str, unit: str, start: float, target: float) -> KeyResultValues:
    return KeyResultValues(title, kind, unit, float(start), float(target))


def _up(title: str, unit: str, start: float, target: float) -> KeyResultValues:
    return _kr("increase", title, unit, start, target)


def _down(title: str, unit: str, start: float, target: float, label: str = "") -> KeyResultValues:
    """label: the unit label its values are shown with ("h", "days"), as its title says."""
    return replace(_kr("decrease", title, unit, start, target), unit_label=label)


def _above(title: str, unit: str, now: float, line: float) -> KeyResultValues:
    return _kr("stay_above", title, unit, now, line)


def _below(title: str, unit: str, now: float, line: float) -> KeyResultValues:
    return _kr("stay_below", title, unit, now, line)


def _done(title: str) -> KeyResultValues:
    """A binary key result: 0 (not done) to 1 (done)."""
    return _kr("binary", title, NUM, 0, 1)


_TEMPLATES = (
    # -- product --------------------------------------------------------------------------
    Template(
        "product-saas-first-week",
        "Product",
        "SaaS",
        "Make the first week with our product a delight",
        "New accounts that see value in their first days stay; the rest quietly leave.",
        (
            _up("Raise 30-day retention of new accounts from 45% to 60%", PCT, 45, 60),
            _down("Cut median time to first value from 7 days to 3 days", NUM, 7, 3, "days"),
            _done("Ship the guided setup checklist to every new workspace"),
        ),
    ),
    Template(
        "product-saas-expansion",
        "Product",
        "SaaS",
        "Give customers a reason to grow with us",
        "Expansion revenue from happy customers costs far less than a new logo.",
        (
            _done("Launch usage-based pricing as a beta for existing customers"),
            _up("Grow weekly active users from 1,200 to 1,600", NUM, 1200, 1600),
            _up("Lift monthly expansion revenue from €8,000 to €14,000", EUR, 8000, 14000),
        ),
    ),
    Template(
        "product-small-bakery-range",
        "Product",
        "Small business",
        "Bake a seasonal range our regulars queue for",
        "A few loved seasonal items bring people back more often than a long menu.",
        (
            _up("Grow seasonal items on the counter from 1 to 4", NUM, 1, 4),
            _down("Cut unsold bread thrown away from 12% to 5% of the daily bake", PCT, 12, 5),
            _above("Keep the average Google review above 4.5 stars", NUM, 4.6, 4.5),
        ),
    ),
    # -- engineering ----------------------------------------------------------------------
    Template(
        "engineering-saas-quality",
        "Engineering",
        "SaaS",
        "Ship releases our customers can trust",
        "Every bug a customer finds costs us trust and a day of someone's focus.",
        (
            _down("Cut new bug reports from 72 to 60 per month", NUM, 72, 60),
            _up("Raise the crash-free session rate from 96% to 99%", PCT, 96, 99),
            _up("Raise automated test coverage from 35% to 50%", PCT, 35, 50),
        ),
    ),
    Template(
        "engineering-saas-reliability",
        "Engineering",
        "SaaS",
        "Keep the product fast and always up",
        "Speed is a feature; downtime in a customer's busiest hour is a lost renewal.",
        (
            _above("Keep monthly uptime above 99.5%", PCT, 99.8, 99.5),
            _down("Cut p95 dashboard load time from 2,400 ms to 1,200 ms", NUM, 2400, 1200),
            _below("Keep the monthly cloud bill below €18,000", EUR, 16500, 18000),
        ),
    ),
    Template(
        "engineering-small-web-shop",
        "Engineering",
        "Small business",
        "Make our online shop quick and dependable",
        "Most of our orders come from phones, and a slow checkout is an empty basket.",
        (
            _down("Cut mobile page load time from 5.2 s to 2.5 s", NUM, 5.2, 2.5),
            _below("Keep failed checkouts below 1% of orders", PCT, 0.8, 1),
            _done("Move the shop to automatic daily backups with a tested restore"),
        ),
    ),
    # -- marketing ------------------------------------------------------------------------
    Template(
        "marketing-saas-lead-quality",
        "Marketing",
        "SaaS",
        "Send sales leads they are glad to call",
        "Clicks are cheap; qualified conversations are what the pipeline runs on.",
        (
            _down("Cut unqualified leads handed to sales from 40% to 25%", PCT, 40, 25),
            _up("Lift MQL-to-SQL conversion from 12% to 20%", PCT, 12, 20),
            _below("Keep paid cost per lead below €95", EUR, 88, 95),
        ),
    ),
    Template(
        "marketing-saas-brand",
        "Marketing",
        "SaaS",
        "Become the name people hear first in our niche",
        "Buyers shortlist the tools they already know before they ever talk to sales.",
        (
            _up("Grow organic website visits from 18,000 to 24,000 per month", NUM, 18000, 24000),
            _up("Raise the newsletter open rate from 25% to 35%", PCT, 25, 35),
            _up("Grow published customer case studies from 0 to 3", NUM, 0, 3),
        ),
    ),
    Template(
        "marketing-small-cafe",
        "Marketing",
        "Small business",
        "Make our café the neighbourhood's favourite morning stop",
        "People walk past every day; we want them to stop, and to come back tomorrow.",
        (
            _up("Grow Instagram followers from 1,800 to 3,000", NUM, 1800, 3000),
            _up("Raise weekday morning visitors from 140 to 190 a day", NUM, 140, 190),
            _below("Keep local advertising spend below €600 a month", EUR, 450, 600),
        ),
    ),
    # -- sales ----------------------------------------------------------------------------
    Template(
        "sales-saas-win-more",
        "Sales",
        "SaaS",
        "Win more of the deals we work, and win them sooner",
        "We lose most deals through slow follow-up, not on price.",
        (
            _up("Raise the win rate from 18% to 25%", PCT, 18, 25),
            _down("Shorten the average sales cycle from 42 to 30 days", NUM, 42, 30, "days"),
            _up("Raise closed deals with a win/loss review from 20% to 100%", PCT, 20, 100),
        ),
    ),
    Template(
        "sales-saas-outbound",
        "Sales",
        "SaaS",
        "Build an outbound engine we can repeat every quarter",
        "Inbound alone will not carry next year's number.",
        (
            _up("Grow outbound-sourced qualified leads from 10 to 50 a quarter", NUM, 10, 50),
            _up("Lift the reply rate of outbound sequences from 4% to 10%", PCT, 4, 10),
            _up("Grow new contract value from €60,000 to €90,000 a quarter", EUR, 60000, 90000),
        ),
    ),
    Template(
        "sales-small-agency",
        "Sales",
        "Small business",
        "Fill the agency's calendar with clients we love working with",
        "Steady retainers let us say no to projects that are a bad fit.",
        (
            _up("Grow monthly retainer revenue from €12,000 to €18,000", EUR, 12000, 18000),
            _up("Raise the proposal win rate from 30% to 45%", PCT, 30, 45),
            _down("Cut the reply time to new enquiries from 24 to 4 hours", NUM, 24, 4, "hours"),
        ),
    ),
    Template(
        "sales-small-shop",
        "Sales",
        "Small business",
        "Turn one-off shoppers into regulars",
        "A regular spends more per visit and tells friends about us.",
        (
            _up("Raise the average basket from €18 to €23", EUR, 18, 23),
            _up("Grow loyalty-card members from 250 to 600", NUM, 250, 600),
            _below("Keep returns and refunds below 3% of sales", PCT, 2.1, 3),
        ),
    ),
    # -- customer success -----------------------------------------------------------------
    Template(
        "customer-success-saas-loyalty",
        "Customer success",
        "SaaS",
        "Make customers feel looked after, every time they ask",
        "How fast and how well we answer decides whether they renew.",
        (
            _up("Raise customer satisfaction (CSAT) from 84% to 90%", PCT, 84, 90),
            _up("Raise the Net Promoter Score from 48 to 65", NUM, 48, 65),
            _down("Cut median first-response time from 9 h to 2 h", NUM, 9, 2, "h"),
        ),
    ),
    Template(
        "customer-success-saas-retention",
        "Customer success",
        "SaaS",
        "Stop losing customers after their first three months",
        "Customers who leave in month three never saw the value they bought.",
        (
            _down("Cut monthly logo churn from 5% to 3%", PCT, 5, 3),
            _up("Raise top accounts with a quarterly review from 35% to 80%", PCT, 35, 80),
            _above("Keep gross revenue retention above 90%", PCT, 92, 90),
        ),
    ),
    Template(
        "customer-success-small-regulars",
        "Customer success",
        "Small business",
        "Make every customer want to come back and bring a friend",
        "Word of mouth is our cheapest and most trusted advertising.",
        (
            _up("Raise customers returning within 60 days from 35% to 50%", PCT, 35, 50),
            _down("Cut complaints about late or wrong orders from 15 to 5 a month", NUM, 15, 5),
            _done("Start a referral card that rewards both the regular and the friend"),
        ),
    ),
)


def templates() -> list[Template]:
    """Every template, grouped by team in TEAMS order."""
    return list(_TEMPLATES)
