"""The fixed content of the demo workspace: people, OKRs, comments, experiments, reviews.

Only data lives here; `demo.py` turns it into dated rows. Comments may use `{value}`, the
check-in's value formatted in the key result's unit.
"""

from __future__ import annotations

from typing import Any, NamedTuple

WORKSPACE_NAME = "Northwind Analytics — demo"
CURRENCY = "EUR"

TEAMS = ("Leadership", "Marketing", "Sales", "Customer Success")

# key: (name, e-mail, team)
PEOPLE = {
    "claire": ("Claire Dubois", "claire.dubois@northwind-analytics.example", "Leadership"),
    "zofia": ("Zofia Nowak", "zofia.nowak@northwind-analytics.example", "Marketing"),
    "tom": ("Tom Fischer", "tom.fischer@northwind-analytics.example", "Marketing"),
    "bence": ("Bence Kovács", "bence.kovacs@northwind-analytics.example", "Sales"),
    "priya": ("Priya Raman", "priya.raman@northwind-analytics.example", "Sales"),
    "jonas": ("Jonas Weber", "jonas.weber@northwind-analytics.example", "Sales"),
    "eszter": ("Eszter Szabó", "eszter.szabo@northwind-analytics.example", "Customer Success"),
    "marek": ("Marek Wójcik", "marek.wojcik@northwind-analytics.example", "Customer Success"),
}


class KrSpec(NamedTuple):
    """A key result and how its check-ins move through the cycle.

    Values follow `start + (target - start) * pace * share` (share = elapsed part of the
    cycle) plus noise, a fraction of `|target - start|`; a binary KR is done once
    `share >= pace`. For stay kinds `start` is the baseline and `target` the threshold.
    `final` pins the last check-in of a closed cycle. `conf` is the first and last confidence.
    """

    key: str
    title: str
    kind: str
    unit: str
    start: float
    target: float
    owner: str
    pace: float
    step: float
    conf: tuple[int, int] = (7, 8)
    noise: float = 0.03
    monotone: bool = False
    budget: float | None = None
    burn: float = 1.0
    final: float | None = None
    carried_from: str | None = None
    stale: bool = False
    grade_note: str = ""
    unit_label: str = ""  # shown after its values, as its title says ("h", "days")


class ObjectiveSpec(NamedTuple):
    key: str
    title: str
    level: str
    team: str
    owner: str
    parent: str | None
    description: str
    key_results: tuple[KrSpec, ...]
    retrospective: str = ""


# Hand-aligned tables: one key result per entry reads better than one field per line.
# fmt: off
CURRENT_OBJECTIVES = (
    ObjectiveSpec(
        "revenue", "Grow recurring revenue efficiently", "company", "Leadership", "claire", None,
        "Grow without buying it: every euro of spend has to come back within a year.",
        (
            KrSpec("mrr", "Grow MRR from 186 000 € to 230 000 €", "increase", "currency",
                   186_000, 230_000, "claire", 0.97, 100, (7, 8), 0.02, True,
                   carried_from="q_mrr"),
            KrSpec("cac", "Reduce blended CAC from 420 € to 300 €", "decrease", "currency",
                   420, 300, "zofia", 0.55, 1, (6, 4), 0.05, budget=36_000, burn=1.08,
                   carried_from="q_cac"),
        ),
    ),
    ObjectiveSpec(
        "pipeline", "Build a predictable inbound pipeline", "company", "Leadership", "claire",
        None, "Sales should never again start a month wondering where the deals will come from.",
        (
            KrSpec("mql", "Grow MQLs per month from 240 to 360", "increase", "number",
                   240, 360, "zofia", 0.6, 1, (7, 4), 0.05, budget=6_000),
            KrSpec("partner", "Launch the partner programme with 5 signed agencies", "binary",
                   "number", 0, 1, "bence", 2.0, 1, (6, 7)),
        ),
    ),
    ObjectiveSpec(
        "customers", "Keep customers successful and loyal", "company", "Leadership", "claire",
        None, "Retention is the cheapest growth we have.",
        (
            KrSpec("churn", "Keep monthly logo churn below 2 %", "stay_below", "percent",
                   1.8, 2.0, "eszter", 0.2, 0.1, (8, 8), 0.25),
            KrSpec("nps", "Keep NPS above 40", "stay_above", "number",
                   44, 40, "eszter", -0.5, 1, (7, 8), 0.4),
        ),
    ),
    ObjectiveSpec(
        "mkt_paid", "Put paid budget where it converts", "team", "Marketing", "tom", "revenue",
        "Fewer channels, better tracked, cut the ones that only produce clicks.",
        (
            KrSpec("cpl", "Keep paid cost per lead below 95 €", "stay_below", "currency",
                   84, 95, "tom", 0.9, 1, (7, 6), 0.15, budget=28_000, burn=0.97),
            KrSpec("newsletter", "Grow newsletter-sourced leads from 70 to 110 per month",
                   "increase", "number", 70, 110, "tom", 1.1, 1, (7, 8), 0.06),
        ),
    ),
    ObjectiveSpec(
        "sales_speed", "Respond faster and win more of the deals we work", "team", "Sales",
        "bence", "revenue", "Inbound leads go cold in hours, not days.",
        (
            KrSpec("speed", "Cut median speed-to-lead from 26 h to 4 h", "decrease", "number",
                   26, 4, "priya", 1.05, 0.5, (6, 8), 0.04, carried_from="q_speed",
                   unit_label="h"),
            KrSpec("winrate", "Increase SQL→deal win rate from 18 % to 25 %", "increase",
                   "percent", 18, 25, "jonas", -0.15, 0.5, (6, 2), 0.08),
            KrSpec("showup", "Keep demo show-up rate above 70 %", "stay_above", "percent",
                   76, 70, "priya", 0.1, 1, (7, 7), 0.3),
        ),
    ),
    ObjectiveSpec(
        "mkt_leads", "Turn more website visitors into qualified leads", "team", "Marketing",
        "zofia", "pipeline", "The traffic is there; the demo page is where we lose it.",
        (
            KrSpec("form_rate", "Raise visit→form conversion from 2.8 % to 4.0 %", "increase",
                   "percent", 2.8, 4.0, "tom", 1.0, 0.1, (7, 7), 0.06, carried_from="q_form"),
            KrSpec("cases", "Publish 6 customer case studies", "increase", "number",
                   0, 6, "zofia", 0.8, 1, (7, 6), 0.05, True, stale=True),
        ),
    ),
    ObjectiveSpec(
        "sales_pipe", "Build next quarter's pipeline now", "team", "Sales", "jonas", "pipeline",
        "Qualified opportunities with a next step and a date, not names in a spreadsheet.",
        (
            KrSpec("pipe", "Build 450 000 € of qualified pipeline", "increase", "currency",
                   0, 450_000, "jonas", 0.9, 1000, (7, 7), 0.03, True),
            KrSpec("referrals", "Book 40 discovery calls from customer referrals", "increase",
                   "number", 0, 40, "bence", 1.0, 1, (6, 7), 0.04, True),
        ),
    ),
    ObjectiveSpec(
        "cs_onboard", "Get new customers to value in two weeks", "team", "Customer Success",
        "eszter", "customers", "Customers who see their first dashboard early stay.",
        (
            KrSpec("ttv", "Cut time to first dashboard from 19 to 7 days", "decrease", "number",
                   19, 7, "marek", 0.9, 0.5, (6, 7), 0.05, unit_label="days"),
            KrSpec("checklist", "Ship the in-app onboarding checklist", "binary", "number",
                   0, 1, "marek", 0.4, 1, (6, 9)),
        ),
    ),
)

PREVIOUS_OBJECTIVES = (
    ObjectiveSpec(
        "q_inbound", "Prove that inbound can carry our growth", "company", "Leadership",
        "claire", None, "Inbound has to bring at least half of new revenue.",
        (
            KrSpec("q_mrr", "Grow MRR from 158 000 € to 205 000 €", "increase", "currency",
                   158_000, 205_000, "claire", 0, 100, (7, 6), 0.02, True, final=186_000,
                   grade_note="Two enterprise deals slipped into this quarter."),
            KrSpec("q_cac", "Reduce blended CAC from 510 € to 400 €", "decrease", "currency",
                   510, 400, "zofia", 0, 1, (6, 7), 0.05, budget=30_000, burn=0.98, final=420,
                   grade_note="Pausing display ads did most of the work."),
        ),
        "Good enough to double down, but not efficient yet: CAC missed its target.",
    ),
    ObjectiveSpec(
        "q_site", "Relaunch the website and measure it end to end", "team", "Marketing",
        "zofia", "q_inbound", "One demo form, tracked from the ad click to the deal.",
        (
            KrSpec("q_launch", "Launch the new website with a tracked demo form", "binary",
                   "number", 0, 1, "tom", 0.55, 1, (6, 9), final=1,
                   grade_note="Live in week 7, two weeks late."),
            KrSpec("q_form", "Raise visit→form conversion from 2.1 % to 3.0 %", "increase",
                   "percent", 2.1, 3.0, "tom", 0, 0.1, (6, 7), 0.06, final=2.8,
                   grade_note="Most of the gain came after the relaunch."),
        ),
        "Shipped late but it paid off; attribution finally works for paid channels.",
    ),
    ObjectiveSpec(
        "q_follow", "Stop losing inbound leads to slow follow-up", "team", "Sales", "bence",
        "q_inbound", "Every inbound lead gets a human reply the same working day.",
        (
            KrSpec("q_speed", "Cut median speed-to-lead from 40 h to 12 h", "decrease", "number",
                   40, 12, "priya", 0, 0.5, (5, 5), 0.05, final=26,
                   grade_note="Halfway there; round-robin routing never got built.",
                   unit_label="h"),
            KrSpec("q_sql", "Qualify 250 SQLs", "increase", "number", 0, 250, "jonas", 0, 1,
                   (7, 8), 0.03, True, final=230, grade_note="Steady all quarter."),
        ),
        "Speed-to-lead is a process problem, not a people problem. Carried into next quarter.",
    ),
)
# fmt: on

PREVIOUS_RETRO = {
    "what_helped": "The relaunch of the demo page and turning off display ads. Weekly check-ins "
    "kept the KRs honest; nobody was surprised at the end.",
    "root_causes": "Speed-to-lead stalled because lead routing was manual and nobody owned it "
    "on Fridays. Two enterprise deals slipped because legal review took four weeks.",
    "lessons": "Fewer KRs, each with one owner. Tooling changes need a date and a name in the "
    "first week, or they do not happen.",
}

COMMENTS = {
    "mrr": (
        "MRR at {value}. Two expansions from the spring cohort landed.",
        "New logos on plan; one downgrade from a retail customer.",
        "{value} after the price-list change for new customers.",
        "Annual prepay deals helped, churn was quiet this week.",
        "Slightly ahead; the enterprise pilot converted to paid.",
    ),
    "cac": (
        "Blended CAC {value}; LinkedIn still the expensive channel.",
        "Paused two Google ad groups with no SQLs in 30 days.",
        "CAC {value}. Webinar leads came in below plan; chasing partners.",
        "Deal volume dipped, so CAC went up even with flat spend.",
        "Moving budget from LinkedIn to retargeting next week.",
    ),
    "mql": (
        "{value} MQLs over the last 4 weeks, pace is behind.",
        "Webinar leads came in below plan; chasing partners for co-hosting.",
        "Scoring model counts too few product-page visits, reviewing with sales.",
        "Good week from newsletter and referrals, paid flat.",
        "{value} MQLs. Need the partner channel to start delivering.",
    ),
    "partner": (
        "Partner agreement draft is with legal.",
        "Three agencies interested, one ready to sign.",
        "Commission model agreed with finance.",
        "Onboarding kit for partners half done.",
    ),
    "churn": (
        "Logo churn {value}; no surprises in the renewal list.",
        "One churn (company acquired), otherwise stable.",
        "{value}. Health scores show two accounts to watch.",
        "Quiet month on cancellations.",
    ),
    "nps": (
        "NPS {value} from 38 responses.",
        "Detractors mention export speed again.",
        "NPS {value}; the new onboarding calls get good comments.",
        "Fewer responses this month, score stable.",
    ),
    "cpl": (
        "Paid CPL {value}, creeping up as LinkedIn CPCs rise.",
        "Google Ads CPL fine, LinkedIn pulls the average up.",
        "{value}. Tested narrower job-title targeting.",
        "Capped LinkedIn daily budget until the new creatives are live.",
    ),
    "newsletter": (
        "{value} leads from the newsletter this month.",
        "Case-study issue had the best click rate this year.",
        "Added a demo CTA to the footer, small lift.",
        "{value}; list grew by 300 after the webinar.",
    ),
    "speed": (
        "Median speed-to-lead {value} h.",
        "Round-robin in HubSpot is live; weekends still slow.",
        "{value} h. Priya covers the Friday afternoon gap now.",
        "Auto-assignment works; a few leads stuck in the 'unknown country' queue.",
    ),
    "winrate": (
        "Win rate {value}, two deals lost to a cheaper competitor.",
        "Pricing objections in every late-stage deal this week.",
        "{value}. Lost the logistics deal on integration scope.",
        "Discount approvals take too long; deals go cold.",
    ),
    "showup": (
        "Show-up {value}; reminder SMS helps.",
        "Two no-shows from the same agency.",
        "{value}. Calendar invites now go out from the AE, not the SDR.",
        "Stable week.",
    ),
    "form_rate": (
        "Visit→form {value}.",
        "Logos above the form lifted conversion.",
        "{value}; mobile form still converts at half the desktop rate.",
        "Shorter form test rolled back; quality matters more.",
    ),
    "cases": (
        "Case studies published so far: {value}.",
        "Two drafts waiting for customer approval.",
        "Interview with the logistics customer done, writing it up.",
    ),
    "pipe": (
        "Qualified pipeline {value}.",
        "Three new opportunities from the referral push.",
        "{value}; two deals moved to next quarter's close date.",
        "Cleaned out stale opportunities older than 90 days.",
    ),
    "referrals": (
        "{value} referral calls booked.",
        "Referral e-mail to happy customers sent.",
        "{value}. Customers ask what is in it for them; drafting an offer.",
        "Good week: CS handed over four warm intros.",
    ),
    "ttv": (
        "Median time to first dashboard {value} days.",
        "Kick-off call now booked before the contract is signed.",
        "{value} days; data-connector set-up is the slow step.",
        "Template dashboards cut set-up time for retail customers.",
    ),
    "checklist": ("Checklist designs approved.", "Built and in QA.", "QA found two blockers."),
    "q_mrr": (
        "MRR {value}.",
        "Enterprise deal slipped to next quarter.",
        "{value}; expansions carried the month.",
    ),
    "q_cac": ("CAC {value}.", "Display ads off, CAC down.", "{value}; LinkedIn test ongoing."),
    "q_launch": ("Design done, content late.", "Launch moved by two weeks."),
    "q_form": ("Visit→form {value}.", "Relaunch lifted conversion.", "{value} this week."),
    "q_speed": ("Speed-to-lead {value} h.", "Routing still manual.", "{value} h, Friday gap."),
    "q_sql": ("{value} SQLs so far.", "Good inbound week.", "{value}; on plan."),
}

# Binary key results tell a story in order: COMMENTS until done, then these.
COMMENTS_DONE = {
    "checklist": ("Shipped to all new workspaces.", "First data: most new users finish step one."),
    "q_launch": ("Site is live.", "Tracking verified end to end."),
}

BLOCKERS = {
    "q_speed": ("Lead routing needs a HubSpot admin, and we have none.",),
    "q_launch": ("Copy for the product pages is late.",),
    "cac": (
        "LinkedIn bids need a review before more budget goes in.",
        "Finance has not approved the retargeting budget yet.",
    ),
    "mql": (
        "Partner webinars postponed to next month.",
        "Lead scoring change needs a sales sign-off.",
    ),
    "winrate": (
        "No competitive battle card for the cheaper competitor.",
        "Discount approval needs the CEO, who is travelling.",
        "Integration scope unclear in late-stage deals.",
    ),
    "partner": ("Legal review of the partner agreement.",),
    "cases": ("Customers slow to approve drafts.",),
    "cpl": ("New LinkedIn creatives waiting for design.",),
}

# (KR key, title, owner, due = days after the cycle start, slips past its due date)
INITIATIVES = (
    ("form_rate", "Redesign the demo request page", "tom", 18, False),
    ("form_rate", "Add customer logos above the demo form", "tom", 30, False),
    ("mql", "Monthly webinar with a customer guest", "zofia", 40, False),
    ("speed", "HubSpot round-robin lead routing", "priya", 14, False),
    ("speed", "Friday afternoon SDR rota", "bence", 45, False),
    ("partner", "Draft the partner agreement with legal", "bence", 28, True),
    ("partner", "Recruit the first three agency partners", "bence", 75, False),
    ("checklist", "Build the onboarding checklist in-app", "marek", 35, False),
    ("winrate", "Battle card for the cheaper competitor", "jonas", 50, False),
)

# (name, unit, team, higher is better, green, red)
KPIS = (
    ("Website uptime", "percent", "Leadership", True, 99.9, 99.5),
    ("Support first-response time (hours)", "number", "Customer Success", False, 4.0, 8.0),
    ("Monthly recurring revenue", "currency", "Leadership", True, 190_000, 160_000),
)

FUNNEL_NAME = "Inbound B2B"
STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")
# Key results that take their value from the funnel: (key, metric, from stage, to stage,
# segment). Their check-in of this Monday comes from the demo's import, not from a person.
BOUND_KEY_RESULTS = (("form_rate", "step_rate", "Visit", "Form submitted", ""),)


class SourceSpec(NamedTuple):
    """A channel's weekly visits, cost per visit, step rates and average deal value."""

    name: str
    visits: float
    trend: float  # weekly growth of visits
    cost_per_visit: float
    rates: tuple[float, float, float, float, float]
    deal_value: float


SOURCES = (
    SourceSpec("google_ads", 800, 0.003, 1.40, (0.034, 0.74, 0.50, 0.38, 0.21), 3_400),
    SourceSpec("linkedin", 380, 0.004, 2.40, (0.031, 0.82, 0.55, 0.42, 0.24), 4_800),
    SourceSpec("organic", 3_600, 0.006, 0.0, (0.027, 0.70, 0.46, 0.35, 0.20), 3_000),
    SourceSpec("newsletter", 600, 0.004, 0.0, (0.039, 0.82, 0.52, 0.40, 0.22), 2_800),
    SourceSpec("referral", 420, 0.002, 0.0, (0.038, 0.85, 0.55, 0.44, 0.26), 5_200),
)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEK_LABEL = "{day} {month}"  # a review's week, as its brief names it
IMPORT_FILE = "hubspot_export_{year}-W{week:02d}.csv"  # the demo's import of the last weeks

TASKS = (
    (1, "Define the one variable, the hypothesis and the metric"),
    (2, "Deploy the change and check that tracking works"),
    (3, "Collect data; check attribution of the first leads"),
    (4, "Collect data; check the split between arms"),
    (5, "Collect data; check attribution by source"),
    (6, "Check lead quality with sales"),
    (7, "Decide: scale or roll back"),
)


class ExperimentSpec(NamedTuple):
    """An experiment; `week` is its start relative to this week's Monday (None: no date)."""

    title: str
    hypothesis: str
    variable: str
    kr: str
    stages: tuple[str, str]
    owner: str
    ice: tuple[int, int, int]
    status: str
    week: int | None
    decision: str | None = None
    learnings: str = ""  # `{...}` filled from its arms (demo.facts.experiment_facts)
    # (visitors, conversions, sql_count, avg_deal_value) for control and variant
    arms: tuple[tuple[int, int, int | None, float | None], ...] = ()


# The smallest change each step's experiments are planned to detect, in absolute rate: a
# point on a 3 % step is a third more; later steps convert more and need larger moves.
PLANNED_MDE = {("Visit", "Form submitted"): 0.01}

EXPERIMENTS = (
    ExperimentSpec(
        "Customer logos above the demo form",
        "If we show six customer logos and the G2 badge above the demo form, then visit→form "
        "conversion will rise by a third, because B2B visitors look for proof that companies "
        "like theirs use us.",
        "Social proof above the demo form",
        "form_rate",
        ("Visit", "Form submitted"),
        "tom",
        (7, 7, 9),
        "decided",
        -3,
        "scale",
        "Visit→form went from {control_rate} to {variant_rate} ({p}) and SQL quality held. "
        "Logos now on every form; next, test which logos matter by industry.",
        ((2210, 64, 11, 3_800.0), (2185, 106, 16, 3_900.0)),
    ),
    ExperimentSpec(
        "Three-field demo form instead of six",
        "If we cut the demo form from six fields to three, then visit→form conversion will "
        "rise by 25 %, because every extra field loses visitors on mobile.",
        "Number of fields on the demo form",
        "form_rate",
        ("Visit", "Form submitted"),
        "tom",
        (8, 5, 8),
        "decided",
        -2,
        "roll_back",
        "More forms ({lift}) but fewer SQLs ({variant_sqls} against {control_sqls}): without "
        "company size and role, sales spent the week on students and competitors. Keep company "
        "size as a required field; try a two-step form instead of a shorter one.",
        ((2140, 66, 10, 4_100.0), (2165, 97, 5, 2_700.0)),
    ),
    ExperimentSpec(
        "Live chat on the pricing page during office hours",
        "If we open live chat on the pricing page from 9 to 17, then visit→form conversion will "
        "rise by 20 %, because pricing questions block visitors who are ready to talk.",
        "Live chat on the pricing page",
        "form_rate",
        ("Visit", "Form submitted"),
        "zofia",
        (6, 5, 7),
        "analysing",
        -1,
        arms=((1240, 38, None, None), (1228, 51, None, None)),
    ),
    ExperimentSpec(
        "Booking link in the first reply to every MQL",
        "If we put a booking link in the first reply to every MQL instead of asking for "
        "times, then MQL→SQL conversion will rise by 25 %, because every e-mail round trip "
        "loses a day and a few leads.",
        "Call to action in the first reply",
        "speed",
        ("MQL", "SQL"),
        "priya",
        (7, 6, 9),
        "running",
        0,
    ),
    ExperimentSpec(
        "ROI calculator instead of the e-book in LinkedIn ads",
        "If we offer an ROI calculator instead of the e-book in LinkedIn ads, then lead→MQL "
        "conversion will rise by 30 %, because people who calculate their own numbers have a "
        "real project.",
        "Offer in LinkedIn ads",
        "mql",
        ("Lead", "MQL"),
        "tom",
        (7, 5, 6),
        "planned",
        1,
    ),
    ExperimentSpec(
        "Customer story video in the newsletter",
        "If we lead the newsletter with a two-minute customer story video, then newsletter "
        "visit→form conversion will rise by 15 %, because readers trust peers more than us.",
        "Lead item of the newsletter",
        "newsletter",
        ("Visit", "Form submitted"),
        "zofia",
        (5, 4, 6),
        "idea",
        None,
    ),
    ExperimentSpec(
        "Two-step demo form: e-mail first, company details second",
        "If we split the demo form into two steps, e-mail first and company details second, "
        "then visit→form conversion will rise by 20 %, because a short first step gets "
        "visitors started while sales still learn company size and role.",
        "Layout of the demo form",
        "form_rate",
        ("Visit", "Form submitted"),
        "tom",
        (8, 6, 6),
        "idea",
        None,
    ),
    ExperimentSpec(
        "Case study from the lead's industry in the first nurture e-mail",
        "If we send each new lead a case study from their own industry, then lead→MQL "
        "conversion will rise by 15 %, because proof from a peer in the same trade answers "
        "the first question every lead asks.",
        "Story in the first nurture e-mail",
        "mql",
        ("Lead", "MQL"),
        "zofia",
        (6, 5, 8),
        "idea",
        None,
    ),
)

# Running arms grow with the days elapsed: (visitors per day, control rate, variant rate).
RUNNING_ARMS = (6, 0.36, 0.47)
ARM_NAMES = ("control", "variant")  # as the results panel names new arms

# Two weekly reviews, oldest first; `{...}` are filled from the funnel week they discuss and
# the arms of the experiment they quote (store/demo/facts.py), never typed in.
REVIEWS: tuple[dict[str, Any], ...] = (
    {
        "next_experiment": 1,  # index into EXPERIMENTS
        "experiment": 0,  # the decided experiment whose arms the brief quotes
        "brief": "Week of {week}: {visits} visits, visit→form {form_rate}, lead→MQL "
        "{mql_rate}, {deals} deals worth {revenue}. {funnel_moves}\n"
        "EXP-0001 (customer logos above the demo form) lifted visit→form from {control_rate} "
        "to {variant_rate} ({p}); SQL quality held.\n"
        "KRs: speed-to-lead on track since round-robin went live; CAC at risk, LinkedIn CPL "
        "up again; win rate off track.",
        "decisions": "1. Scale EXP-0001: logos stay on every demo form (Tom, by Tuesday).\n"
        "2. Next experiment: EXP-0002, three-field demo form instead of six. Day 1 today.\n"
        "3. Bence reviews LinkedIn targeting before more budget goes in.",
        "notes": "Claire asked for the win-rate losses to be tagged by reason in HubSpot, so "
        "that we stop guessing. Jonas will bring the three lost deals to next week's review. "
        "Partner agreement still with legal.",
    },
    {
        "next_experiment": 2,
        "experiment": 1,
        "brief": "Week of {week}: {visits} visits, visit→form {form_rate}, lead→MQL "
        "{mql_rate}, {deals} deals worth {revenue}. {funnel_moves}\n"
        "EXP-0002 (three-field form) raised form fills by {lift_size}, but only "
        "{variant_sqls} of {variant_conversions} variant leads became SQLs against "
        "{control_sqls} of {control_conversions} in control: cheaper leads, worse leads.\n"
        "KRs: MQLs behind pace; churn and NPS fine; checklist shipping on plan.",
        "decisions": "1. Roll back EXP-0002 today; the six-field form stays.\n"
        "2. Next experiment: EXP-0003, live chat on the pricing page during office hours.\n"
        "3. Zofia and Bence agree on a lead-scoring change by Thursday.",
        "notes": "Short meeting (30 min). The roll-back was an easy call once sales showed the "
        "leads. Tom suggested a two-step form as a follow-up idea. Eszter flagged two "
        "accounts with falling usage; CS will call both this week.",
    },
)
