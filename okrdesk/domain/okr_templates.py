"""Example OKRs to start from: one objective and three measurable key results per template.

Pure data. Each template is written for one team (TEAMS) and one kind of business (FLAVOURS):
a SaaS company, or a small business such as a bakery, a shop or an agency. A key result's
title names its metric and the move ("Cut … from 9 h to 2 h"), and its start and target say
the same. For stay_above and stay_below the start is today's value and the target the line
to hold, as everywhere in okrdesk. Amounts are in euros.

The texts are marked in the context `Templates` (English sources, translated by Qt): the
screen shows them in the user's language, and a template inserted into a cycle is saved in
the language of the user at that moment (`objective(..., shown=...)`, `key_results_for`);
after that it is the user's own text and never translated again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.domain.text import Text, Words

TEAMS = ("Product", "Engineering", "Marketing", "Sales", "Customer success")
FLAVOURS = ("SaaS", "Small business")
UNIT_LABEL = "unit label"  # the disambiguation of a key result's unit label ("days", "h")

# Renders a marked sentence in the user's language; str gives the English source.
Shown = Callable[[Text], str]


class Templates(Words):
    """The templates' example objectives, reasons, key result titles and unit labels."""


def key_result_text(kr: KeyResultValues) -> Text:
    """A template key result's title as the marked sentence it was written as."""
    return Templates.tr(kr.title)


def unit_label_text(kr: KeyResultValues) -> Text | None:
    """A template key result's unit label as a marked word; None when it has none."""
    return Templates.tr(kr.unit_label, UNIT_LABEL) if kr.unit_label else None


@dataclass(frozen=True)
class Template:
    """An example objective with its key results; owners and team are chosen when used.

    title, why: marked sentences; key_results hold their titles and unit labels as the
    English sources (the values the store checks), translated by `key_results_for`."""

    id: str
    team: str
    flavour: str
    title: Text
    why: Text
    key_results: tuple[KeyResultValues, ...]
    level: str = "team"

    def objective(
        self,
        owner_id: int | None,
        team_id: int | None,
        parent_id: int | None = None,
        shown: Shown = str,
    ) -> ObjectiveValues:
        """The objective to create, its title and reason written by `shown` (English: str)."""
        return ObjectiveValues(
            title=shown(self.title),
            level=self.level,
            owner_id=owner_id,
            team_id=team_id,
            parent_id=parent_id,
            description=shown(self.why),
        )

    def key_results_for(
        self, owner_id: int | None, shown: Shown = str
    ) -> tuple[KeyResultValues, ...]:
        """The key results, each owned by `owner_id`, titles and unit labels by `shown`."""
        return tuple(
            replace(
                kr,
                owner_id=owner_id,
                title=shown(key_result_text(kr)),
                unit_label=shown(label) if (label := unit_label_text(kr)) else "",
            )
            for kr in self.key_results
        )


# Short names keep one key result on one line: kind, then title, unit, start and target.
NUM, PCT, EUR = "number", "percent", "currency"


def _kr(kind: str, title: Text, unit: str, start: float, target: float) -> KeyResultValues:
    return KeyResultValues(title.source, kind, unit, float(start), float(target))


def _up(title: Text, unit: str, start: float, target: float) -> KeyResultValues:
    return _kr("increase", title, unit, start, target)


def _down(
    title: Text, unit: str, start: float, target: float, label: Text | None = None
) -> KeyResultValues:
    """label: the unit label its values are shown with ("h", "days"), as its title says."""
    kr = _kr("decrease", title, unit, start, target)
    return replace(kr, unit_label=label.source) if label else kr


def _above(title: Text, unit: str, now: float, line: float) -> KeyResultValues:
    return _kr("stay_above", title, unit, now, line)


def _below(title: Text, unit: str, now: float, line: float) -> KeyResultValues:
    return _kr("stay_below", title, unit, now, line)


def _done(title: Text) -> KeyResultValues:
    """A binary key result: 0 (not done) to 1 (done)."""
    return _kr("binary", title, NUM, 0, 1)


_TEMPLATES = (
    # -- product --------------------------------------------------------------------------
    Template(
        "product-saas-first-week",
        "Product",
        "SaaS",
        Templates.tr("Make the first week with our product a delight"),
        Templates.tr(
            "New accounts that see value in their first days stay; the rest quietly leave."
        ),
        (
            _up(
                Templates.tr("Raise 30-day retention of new accounts from 45% to 60%"), PCT, 45, 60
            ),
            _down(
                Templates.tr("Cut median time to first value from 7 days to 3 days"),
                NUM,
                7,
                3,
                Templates.tr("days", "unit label"),
            ),
            _done(Templates.tr("Ship the guided setup checklist to every new workspace")),
        ),
    ),
    Template(
        "product-saas-expansion",
        "Product",
        "SaaS",
        Templates.tr("Give customers a reason to grow with us"),
        Templates.tr("Expansion revenue from happy customers costs far less than a new logo."),
        (
            _done(Templates.tr("Launch usage-based pricing as a beta for existing customers")),
            _up(Templates.tr("Grow weekly active users from 1,200 to 1,600"), NUM, 1200, 1600),
            _up(
                Templates.tr("Lift monthly expansion revenue from €8,000 to €14,000"),
                EUR,
                8000,
                14000,
            ),
        ),
    ),
    Template(
        "product-small-bakery-range",
        "Product",
        "Small business",
        Templates.tr("Bake a seasonal range our regulars queue for"),
        Templates.tr("A few loved seasonal items bring people back more often than a long menu."),
        (
            _up(Templates.tr("Grow seasonal items on the counter from 1 to 4"), NUM, 1, 4),
            _down(
                Templates.tr("Cut unsold bread thrown away from 12% to 5% of the daily bake"),
                PCT,
                12,
                5,
            ),
            _above(Templates.tr("Keep the average Google review above 4.5 stars"), NUM, 4.6, 4.5),
        ),
    ),
    # -- engineering ----------------------------------------------------------------------
    Template(
        "engineering-saas-quality",
        "Engineering",
        "SaaS",
        Templates.tr("Ship releases our customers can trust"),
        Templates.tr("Every bug a customer finds costs us trust and a day of someone's focus."),
        (
            _down(Templates.tr("Cut new bug reports from 72 to 60 per month"), NUM, 72, 60),
            _up(Templates.tr("Raise the crash-free session rate from 96% to 99%"), PCT, 96, 99),
            _up(Templates.tr("Raise automated test coverage from 35% to 50%"), PCT, 35, 50),
        ),
    ),
    Template(
        "engineering-saas-reliability",
        "Engineering",
        "SaaS",
        Templates.tr("Keep the product fast and always up"),
        Templates.tr(
            "Speed is a feature; downtime in a customer's busiest hour is a lost renewal."
        ),
        (
            _above(Templates.tr("Keep monthly uptime above 99.5%"), PCT, 99.8, 99.5),
            _down(
                Templates.tr("Cut p95 dashboard load time from 2,400 ms to 1,200 ms"),
                NUM,
                2400,
                1200,
            ),
            _below(Templates.tr("Keep the monthly cloud bill below €18,000"), EUR, 16500, 18000),
        ),
    ),
    Template(
        "engineering-small-web-shop",
        "Engineering",
        "Small business",
        Templates.tr("Make our online shop quick and dependable"),
        Templates.tr(
            "Most of our orders come from phones, and a slow checkout is an empty basket."
        ),
        (
            _down(Templates.tr("Cut mobile page load time from 5.2 s to 2.5 s"), NUM, 5.2, 2.5),
            _below(Templates.tr("Keep failed checkouts below 1% of orders"), PCT, 0.8, 1),
            _done(Templates.tr("Move the shop to automatic daily backups with a tested restore")),
        ),
    ),
    # -- marketing ------------------------------------------------------------------------
    Template(
        "marketing-saas-lead-quality",
        "Marketing",
        "SaaS",
        Templates.tr("Send sales leads they are glad to call"),
        Templates.tr("Clicks are cheap; qualified conversations are what the pipeline runs on."),
        (
            _down(
                Templates.tr("Cut unqualified leads handed to sales from 40% to 25%"), PCT, 40, 25
            ),
            _up(Templates.tr("Lift MQL-to-SQL conversion from 12% to 20%"), PCT, 12, 20),
            _below(Templates.tr("Keep paid cost per lead below €95"), EUR, 88, 95),
        ),
    ),
    Template(
        "marketing-saas-brand",
        "Marketing",
        "SaaS",
        Templates.tr("Become the name people hear first in our niche"),
        Templates.tr(
            "Buyers shortlist the tools they already know before they ever talk to sales."
        ),
        (
            _up(
                Templates.tr("Grow organic website visits from 18,000 to 24,000 per month"),
                NUM,
                18000,
                24000,
            ),
            _up(Templates.tr("Raise the newsletter open rate from 25% to 35%"), PCT, 25, 35),
            _up(Templates.tr("Grow published customer case studies from 0 to 3"), NUM, 0, 3),
        ),
    ),
    Template(
        "marketing-small-cafe",
        "Marketing",
        "Small business",
        Templates.tr("Make our café the neighbourhood's favourite morning stop"),
        Templates.tr(
            "People walk past every day; we want them to stop, and to come back tomorrow."
        ),
        (
            _up(Templates.tr("Grow Instagram followers from 1,800 to 3,000"), NUM, 1800, 3000),
            _up(
                Templates.tr("Raise weekday morning visitors from 140 to 190 a day"), NUM, 140, 190
            ),
            _below(Templates.tr("Keep local advertising spend below €600 a month"), EUR, 450, 600),
        ),
    ),
    # -- sales ----------------------------------------------------------------------------
    Template(
        "sales-saas-win-more",
        "Sales",
        "SaaS",
        Templates.tr("Win more of the deals we work, and win them sooner"),
        Templates.tr("We lose most deals through slow follow-up, not on price."),
        (
            _up(Templates.tr("Raise the win rate from 18% to 25%"), PCT, 18, 25),
            _down(
                Templates.tr("Shorten the average sales cycle from 42 to 30 days"),
                NUM,
                42,
                30,
                Templates.tr("days", "unit label"),
            ),
            _up(
                Templates.tr("Raise closed deals with a win/loss review from 20% to 100%"),
                PCT,
                20,
                100,
            ),
        ),
    ),
    Template(
        "sales-saas-outbound",
        "Sales",
        "SaaS",
        Templates.tr("Build an outbound engine we can repeat every quarter"),
        Templates.tr("Inbound alone will not carry next year's number."),
        (
            _up(
                Templates.tr("Grow outbound-sourced qualified leads from 10 to 50 a quarter"),
                NUM,
                10,
                50,
            ),
            _up(
                Templates.tr("Lift the reply rate of outbound sequences from 4% to 10%"), PCT, 4, 10
            ),
            _up(
                Templates.tr("Grow new contract value from €60,000 to €90,000 a quarter"),
                EUR,
                60000,
                90000,
            ),
        ),
    ),
    Template(
        "sales-small-agency",
        "Sales",
        "Small business",
        Templates.tr("Fill the agency's calendar with clients we love working with"),
        Templates.tr("Steady retainers let us say no to projects that are a bad fit."),
        (
            _up(
                Templates.tr("Grow monthly retainer revenue from €12,000 to €18,000"),
                EUR,
                12000,
                18000,
            ),
            _up(Templates.tr("Raise the proposal win rate from 30% to 45%"), PCT, 30, 45),
            _down(
                Templates.tr("Cut the reply time to new enquiries from 24 to 4 hours"),
                NUM,
                24,
                4,
                Templates.tr("hours", "unit label"),
            ),
        ),
    ),
    Template(
        "sales-small-shop",
        "Sales",
        "Small business",
        Templates.tr("Turn one-off shoppers into regulars"),
        Templates.tr("A regular spends more per visit and tells friends about us."),
        (
            _up(Templates.tr("Raise the average basket from €18 to €23"), EUR, 18, 23),
            _up(Templates.tr("Grow loyalty-card members from 250 to 600"), NUM, 250, 600),
            _below(Templates.tr("Keep returns and refunds below 3% of sales"), PCT, 2.1, 3),
        ),
    ),
    # -- customer success -----------------------------------------------------------------
    Template(
        "customer-success-saas-loyalty",
        "Customer success",
        "SaaS",
        Templates.tr("Make customers feel looked after, every time they ask"),
        Templates.tr("How fast and how well we answer decides whether they renew."),
        (
            _up(Templates.tr("Raise customer satisfaction (CSAT) from 84% to 90%"), PCT, 84, 90),
            _up(Templates.tr("Raise the Net Promoter Score from 48 to 65"), NUM, 48, 65),
            _down(
                Templates.tr("Cut median first-response time from 9 h to 2 h"),
                NUM,
                9,
                2,
                Templates.tr("h", "unit label"),
            ),
        ),
    ),
    Template(
        "customer-success-saas-retention",
        "Customer success",
        "SaaS",
        Templates.tr("Stop losing customers after their first three months"),
        Templates.tr("Customers who leave in month three never saw the value they bought."),
        (
            _down(Templates.tr("Cut monthly logo churn from 5% to 3%"), PCT, 5, 3),
            _up(
                Templates.tr("Raise top accounts with a quarterly review from 35% to 80%"),
                PCT,
                35,
                80,
            ),
            _above(Templates.tr("Keep gross revenue retention above 90%"), PCT, 92, 90),
        ),
    ),
    Template(
        "customer-success-small-regulars",
        "Customer success",
        "Small business",
        Templates.tr("Make every customer want to come back and bring a friend"),
        Templates.tr("Word of mouth is our cheapest and most trusted advertising."),
        (
            _up(
                Templates.tr("Raise customers returning within 60 days from 35% to 50%"),
                PCT,
                35,
                50,
            ),
            _down(
                Templates.tr("Cut complaints about late or wrong orders from 15 to 5 a month"),
                NUM,
                15,
                5,
            ),
            _done(
                Templates.tr("Start a referral card that rewards both the regular and the friend")
            ),
        ),
    ),
)


def templates() -> list[Template]:
    """Every template, grouped by team in TEAMS order."""
    return list(_TEMPLATES)
