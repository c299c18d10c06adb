"""Generate realistic, fictional case plans for benchmarks and scale tests.

    python benchmarks/generate.py OUT_DIR --plans 2000 --seed 7

Seeded and deterministic. Plans are spread over office folders, cover several domains
(therapy, substance use, domestic violence, parenting, housing, income, visitation,
medical, education), and mix well-written goals with vague ones, written the ways real
plans are: run-on sentences, abbreviations (IOP, UA, DV, CWS, SW), folded and literal
blocks, plain strings, `goal:` / `text:` spellings, missing ids, odd capitalisation.
About 8 goals per plan. Every name and case number is invented.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PARENTS = ["mother", "father", "Ms. Rivera", "Mr. Okafor", "Parent", "Mom", "Dad", "Tanya", "Luis"]
NAMES = ["Loraine", "Darnell", "Tanya", "Luis", "Keisha", "Amber", "Jorge", "Mai", "Sam"]
WORKERS = ["J. Alvarez", "M. Chen", "R. Patel", "K. Brooks", "D. Nguyen"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]

VAGUE = [
    "{p} must make progress in individual therapy.",
    "{p} will participate in substance abuse treatment and follow all recommendations.",
    "{p} will maintain sobriety and submit to drug testing as directed.",
    "{p} will gain insight into how {their} depression affects the children.",
    "{p} must cooperate with the Agency and successfully complete a parenting program.",
    "{p} will work on {their} anger and demonstrate an understanding of the impact of DV on "
    "children.",
    "{p} will provide appropriate supervision at all times.",
    "{p} will benefit from services and show improved parenting.",
    "{p} must obtain stable housing before the children can return home.",
    "{p} will obtain full-time employment and demonstrate financial stability.",
    "{p} must obtain reliable transportation and maintain a working phone.",
    "{p} has been non-compliant and in denial; {pl} must be more cooperative with the SW.",
    "{p} will engage in IOP as needed.",
    "{p} to address mental health issues.",
    "{p} will remain drug free.",
    "{p} needs to be more protective of the kids and stop being manipulative.",
    "Attend DV classes.",
    "{p} will address {their} substance use, attend all appointments, keep the home clean and "
    "safe, cooperate with CWS and show that {pl} can meet the children's needs, and follow "
    "through with all referrals as recommended by the SW and the service providers",
    "UA's as requested",
    "{p} will demonstrate the ability to parent safely.",
]

GOOD = [
    "{n} will attend the 26-week batterer intervention program every Tuesday evening until "
    "{month} 30, 2026; the facilitator will send monthly attendance reports to {w}, who will "
    "tell {n} within 7 days of each report whether {pl} is on track.",
    "{n} will complete 8 sessions of the home-safety course by {month} 30, 2026, shown by the "
    "certificate of completion, and {w} will confirm it at the next monthly home visit.",
    "{n} will attend weekly individual therapy sessions until {month} 31, 2026; the therapist "
    "will send monthly progress reports to {w}, who will tell {n} within a week of each report "
    "whether {pl} is on track.",
    "{n} will submit to random drug screens twice a week for 90 days; the lab will send results "
    "to {w} weekly, and {w} will review them with {n} within 5 days.",
    "{n} will attend 3 IOP groups a week until discharge; the counselor sends weekly attendance "
    "to {w}, who tells {n} within 7 days if {pl} is not on track.",
    "{n} will write a responsibility letter to each child by {month} 15, 2026 and read it in "
    "family therapy; the therapist will report to {w} within 14 days.",
    "{n} will attend 10 of 12 parenting classes by {month} 31, 2026, shown by the sign-in "
    "sheets, which the instructor sends to {w} every month.",
    "{n} will visit the children twice a week for 2 hours at the family center until {month} "
    "30, 2026; the visit monitor's log goes to {w} weekly.",
]

MESSY = [
    "{p} wll attend UA testing 2x/wk & provide neg results x 90 days, results to SW monthly",
    "complete psych eval by {month} 1st and follow recs",
    "{p} to attend AA/NA mtgs 3x per week + get sponsor, sign-in sheet to SW at each CFT",
    "Parent must make progress in individual therapy",
    "enroll in & complete DV program (52 wks) — proof of enrollment to CWS w/in 30 days",
    "{p} will keep all medical appts for the baby, incl. WIC and well-child checks",
    "Ensure children attend school daily & communicate w/ teachers re: IEP",
]


def pronouns(rng: random.Random) -> tuple[str, str]:
    return rng.choice([("she", "her"), ("he", "his"), ("they", "their")])


def goal_text(rng: random.Random) -> str:
    pl, their = pronouns(rng)
    roll = rng.random()
    pool = VAGUE if roll < 0.45 else GOOD if roll < 0.8 else MESSY
    text = rng.choice(pool).format(
        p=rng.choice(PARENTS),
        n=rng.choice(NAMES),
        w=rng.choice(WORKERS),
        month=rng.choice(MONTHS),
        pl=pl,
        their=their,
    )
    if rng.random() < 0.1:
        text = text.upper() if rng.random() < 0.3 else text.lower()
    if rng.random() < 0.15:  # run-on: two goals glued together
        text = (
            text.rstrip(".")
            + " and "
            + rng.choice(VAGUE + MESSY).format(
                p="also", n="", w="the SW", month="May", pl=pl, their=their
            )
        )
    return text


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def scalar(text: str, rng: random.Random, indent: str) -> str:
    """The goal text as YAML, in one of the styles real plans use."""
    style = rng.random()
    if style < 0.3 and len(text) > 60:
        words, lines, line = text.split(), [], ""
        for word in words:
            if line and len(line) + len(word) > 70:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        marker = rng.choice([">-", ">", "|-"])
        return marker + "\n" + "\n".join(indent + "  " + ln for ln in lines)
    if style < 0.6 or ": " in text or " #" in text or text[:1] in "&*!|>'\"%@`-[]{}":
        return quoted(text)
    return text


def plan_text(rng: random.Random, number: int) -> str:
    goals = rng.randint(3, 13)
    shape = rng.random()
    if shape < 0.08:  # a bare list of goal strings
        return "".join(f"- {quoted(goal_text(rng))}\n" for _ in range(goals))
    worker = rng.choice(WORKERS)
    out = [
        f"# Case plan (fictional) no. {number}\n",
        "case:\n",
        f'  id: "2026-{rng.choice(["DA", "FV", "NG", "SU"])}-{number:04d}"\n',
        f'  caseworker: "{worker}"\n',
        '  agency: "Child Welfare Services"\n',
        f"  plan_date: 2026-0{rng.randint(1, 6)}-{rng.randint(10, 28)}\n",
        f"  next_review: 2026-{rng.randint(7, 9):02d}-15\n",
        "  permanency_hearing: 2027-01-10\n",
        "people:\n",
        f'  - {{id: mother, role: parent, name: "{rng.choice(NAMES)}"}}\n',
        "concerns:\n",
        "  - id: safety\n    kind: safety\n"
        '    statement: "The children were left without supervision."\n',
        '  - id: housing\n    kind: other\n    statement: "The family lost their apartment."\n',
        "goals:\n",
    ]
    for index in range(goals):
        text = goal_text(rng)
        if shape < 0.2:
            out.append(f"  - {scalar(text, rng, '    ')}\n")
            continue
        key = rng.choice(["statement", "statement", "statement", "goal", "text"])
        out.append(f"  - id: g{index + 1}\n")
        if rng.random() < 0.7:
            out.append(f"    concern: {rng.choice(['safety', 'safety', 'housing'])}\n")
        out.append(f"    responsible: {rng.choice(['mother', 'father'])}\n")
        if rng.random() < 0.4:
            out.append(f"    due: 2026-{rng.randint(3, 12):02d}-{rng.randint(10, 28)}\n")
        out.append(f"    {key}: {scalar(text, rng, '    ')}\n")
    return "".join(out)


def generate(out: Path, plans: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    written = []
    for number in range(plans):
        folder = out / f"office-{number % 7:02d}" / f"unit-{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        suffix = ".yml" if number % 11 == 0 else ".yaml"
        path = folder / f"plan-{number:05d}{suffix}"
        path.write_text(plan_text(rng, number), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.plans, args.seed)
    print(f"wrote {len(paths)} plans under {args.out}")


if __name__ == "__main__":
    main()
