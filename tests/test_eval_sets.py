"""Detection quality on our own labelled sets (tests/eval/): it must not fall back.

Scored as ../shared/eval/score.py scores: a key is (link, production, milestone, status);
a label with a day date must get the day right.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from tracker.detect import detect
from tracker.domain import Entry
from tracker.match import Matcher
from tracker.watchlist import Watchlist

SETS = Path(__file__).resolve().parent / "eval"

#: (precision, recall) floors, a little under the figures of 2026-11-25 (session 3).
FLOORS = {
    "review": (0.94, 0.94),
    "holdout2": (0.98, 0.98),
    "holdout3": (0.93, 0.97),
    "holdout4": (0.97, 0.96),
    "holdout5": (0.93, 0.91),
    "holdout6": (0.97, 0.95),
    "holdout7": (0.97, 0.92),
    "holdout8": (0.98, 0.92),
    "holdout9": (0.92, 0.89),
    "holdout10": (0.92, 0.82),
    "holdout11": (0.97, 0.91),
    "holdout12": (0.94, 0.97),
    "holdout13": (0.95, 0.89),
    "holdout14": (0.93, 0.85),
    "holdout15": (0.84, 0.91),
    "holdout16": (0.93, 0.97),
    "holdout17": (0.87, 0.93),
    "holdout18": (0.88, 0.88),
    "holdout19": (0.95, 0.95),
    "holdout20": (0.97, 0.91),
    "holdout21": (0.97, 0.94),
    "holdout22": (0.97, 0.94),
    "holdout23": (0.95, 0.91),
    "holdout24": (0.95, 0.91),
    "holdout25": (0.97, 0.94),
    "holdout26": (0.97, 0.94),
    "holdout27": (0.95, 0.89),
    "holdout28": (0.97, 0.91),
    "holdout29": (0.96, 0.96),
    "holdout30": (0.96, 0.96),
    "holdout31": (0.93, 0.96),
    "holdout32": (0.96, 0.96),
    "holdout33": (0.97, 0.94),
    "holdout34": (0.97, 0.94),
    "holdout35": (0.95, 0.95),
    "holdout36": (0.95, 0.97),
    "holdout37": (0.97, 0.88),
    "holdout38": (0.95, 0.93),
    "holdout39": (0.97, 0.97),
    "holdout40": (0.97, 0.97),
    "holdout41": (0.95, 0.95),
    "holdout42": (0.97, 0.97),
    "holdout43": (0.97, 0.97),
    "holdout44": (0.90, 0.93),
    "holdout45": (0.97, 0.97),
    "holdout46": (0.97, 0.97),
    "holdout47": (0.85, 0.85),
    "holdout48": (0.85, 0.88),
    "holdout49": (0.97, 0.88),
    "holdout50": (0.97, 0.97),
    "holdout51": (0.97, 0.92),
    "holdout52": (0.92, 0.95),
    "holdout53": (0.97, 0.92),
    "holdout54": (0.94, 0.89),
    "holdout55": (0.97, 0.89),
    "holdout56": (0.97, 0.87),
    "holdout57": (0.84, 0.91),
    "holdout58": (0.89, 0.87),
    "holdout59": (0.84, 0.82),
    "holdout60": (0.94, 0.91),
    "holdout61": (0.97, 0.94),
    "holdout62": (0.94, 0.94),
    "holdout63": (0.97, 0.94),
    "holdout64": (0.97, 0.97),
    "holdout65": (0.94, 0.97),
    "holdout66": (0.97, 0.91),
    "holdout67": (0.94, 0.97),
    "holdout68": (0.88, 0.94),
    "holdout69": (0.97, 0.97),
    "holdout70": (0.93, 0.96),
    "holdout71": (0.97, 0.97),
    "holdout72": (0.97, 0.96),
    "holdout73": (0.97, 0.97),
    "holdout74": (0.97, 0.91),
    "holdout75": (0.97, 0.97),
    "holdout76": (0.97, 0.94),
    "holdout77": (0.94, 0.97),
    "holdout78": (0.97, 0.97),
    "holdout79": (0.97, 0.96),
    "holdout80": (0.97, 0.97),
    "holdout81": (0.91, 0.89),
    "holdout82": (0.97, 0.96),
    "holdout83": (0.93, 0.96),
    "holdout84": (0.94, 0.97),
    "holdout85": (0.97, 0.94),
    "holdout86": (0.97, 0.93),
    "holdout87": (0.96, 0.91),
    "holdout88": (0.93, 0.83),
    "holdout89": (0.97, 0.97),
    "holdout90": (0.99, 0.97),
    "holdout91": (0.99, 0.97),
    "holdout92": (0.99, 0.99),
    "holdout93": (0.92, 0.97),
    "holdout94": (0.94, 0.94),
    "holdout95": (0.97, 0.95),
    "holdout96": (0.97, 0.97),
    "holdout97": (0.99, 0.97),
    "holdout98": (0.99, 0.99),
    "holdout99": (0.99, 0.97),
    "holdout100": (0.92, 0.92),
    "holdout101": (0.90, 0.94),
    "holdout102": (0.94, 0.94),
    "holdout103": (0.92, 0.92),
    "holdout104": (0.90, 0.95),
    "holdout105": (0.99, 0.97),
    "holdout106": (0.99, 0.92),
    "holdout107": (0.99, 0.99),
    "holdout108": (0.97, 0.99),
    "holdout109": (0.97, 0.94),
    "holdout110": (0.99, 0.92),
    "holdout111": (0.95, 0.99),
    "holdout112": (0.97, 0.99),
    "holdout113": (0.97, 0.97),
    "holdout114": (0.97, 0.99),
    "holdout115": (0.94, 0.97),
    "holdout116": (0.94, 0.94),
    "holdout117": (0.97, 0.87),
    "holdout118": (0.94, 0.94),
    "holdout119": (0.94, 0.97),
    "holdout120": (0.92, 0.99),
    "holdout121": (0.97, 0.99),
    "holdout122": (0.97, 0.89),
    "holdout123": (0.88, 0.94),
    "holdout124": (0.88, 0.92),
    "holdout125": (0.99, 0.97),
    "holdout126": (0.94, 0.99),
    "holdout127": (0.99, 0.99),
    "holdout128": (0.99, 0.99),
    "holdout129": (0.99, 0.95),
    "holdout130": (0.97, 0.95),
    "holdout131": (0.97, 0.99),
    "holdout132": (0.95, 0.99),
    "holdout133": (0.99, 0.97),
    "holdout134": (0.97, 0.90),
    "holdout135": (0.99, 0.99),
    "holdout136": (0.92, 0.95),
    "holdout137": (0.97, 0.99),
    "holdout138": (0.97, 0.97),
    "holdout139": (0.97, 0.95),
    "holdout140": (0.99, 0.97),
    "holdout141": (0.95, 0.97),
    "holdout142": (0.99, 0.99),
    "holdout143": (0.93, 0.99),
    "holdout144": (0.97, 0.99),
    "holdout145": (0.99, 0.99),
    "holdout146": (0.99, 0.99),
    "holdout147": (0.99, 0.99),
    "holdout148": (0.94, 0.99),
    "holdout149": (0.99, 0.94),
    "holdout150": (0.96, 0.89),
    "holdout151": (0.99, 0.94),
    "holdout152": (0.94, 0.88),
    "holdout153": (0.96, 0.92),
    "holdout154": (0.99, 0.97),
    "holdout155": (0.96, 0.99),
    "holdout156": (0.99, 0.99),
    "holdout157": (0.96, 0.94),
    "holdout158": (0.96, 0.99),
    "holdout159": (0.99, 0.92),
    "holdout160": (0.96, 0.99),
    "holdout161": (0.99, 0.96),
    "holdout162": (0.96, 0.92),
    "holdout163": (0.96, 0.99),
    "holdout164": (0.96, 0.92),
    "holdout165": (0.99, 0.94),
    "holdout166": (0.99, 0.97),
    "holdout167": (0.90, 0.90),
    "holdout168": (0.92, 0.90),
    "holdout169": (0.94, 0.85),
    "holdout170": (0.92, 0.95),
    "holdout171": (0.90, 0.93),
    "holdout172": (0.97, 0.99),
    "holdout173": (0.97, 0.97),
    "holdout174": (0.97, 0.90),
    "holdout175": (0.95, 0.97),
    "holdout176": (0.97, 0.95),
    "holdout177": (0.93, 0.99),
    "holdout178": (0.92, 0.92),
    "holdout179": (0.95, 0.95),
    "holdout180": (0.94, 0.87),
    "holdout181": (0.96, 0.92),
    "holdout182": (0.92, 0.90),
    "holdout183": (0.94, 0.92),
    "holdout184": (0.99, 0.94),
    "holdout185": (0.93, 0.99),
    "holdout186": (0.95, 0.96),
    "holdout187": (0.95, 0.96),
    "holdout188": (0.99, 0.92),
    "holdout189": (0.90, 0.90),
    "holdout190": (0.95, 0.95),
    "holdout191": (0.88, 0.94),
    "holdout192": (0.90, 0.96),
    "holdout193": (0.82, 0.90),
    "holdout194": (0.90, 0.92),
    "holdout195": (0.86, 0.94),
    "holdout196": (0.90, 0.94),
    "holdout197": (0.88, 0.96),
    "holdout198": (0.95, 0.96),
    "holdout199": (0.90, 0.87),
    "holdout200": (0.84, 0.90),
    "holdout201": (0.90, 0.92),
    "holdout202": (0.95, 0.96),
    "holdout203": (0.94, 0.94),
    "holdout204": (0.90, 0.99),
    "holdout205": (0.87, 0.92),
    "holdout206": (0.90, 0.86),
    "holdout207": (0.87, 0.96),
    "holdout208": (0.97, 0.95),
    "holdout209": (0.90, 0.90),
    "holdout210": (0.97, 0.97),
    "holdout211": (0.90, 0.95),
    "holdout212": (0.81, 0.97),
    "holdout213": (0.92, 0.99),
    "holdout214": (0.90, 0.88),
    "holdout215": (0.88, 0.95),
    "holdout216": (0.90, 0.95),
    "holdout217": (0.97, 0.99),
    "holdout218": (0.97, 0.99),
    "holdout219": (0.93, 0.97),
    "holdout220": (0.86, 0.94),
    "holdout221": (0.97, 0.99),
    "holdout222": (0.93, 0.95),
    "holdout223": (0.92, 0.88),
    "holdout224": (0.90, 0.92),
    "holdout225": (0.93, 0.97),
    "holdout226": (0.99, 0.99),
    "holdout227": (0.92, 0.90),
    "holdout228": (0.93, 0.99),
    "holdout229": (0.93, 0.97),
    "holdout230": (0.91, 0.95),
    "holdout231": (0.85, 0.93),
    "holdout232": (0.88, 0.95),
    "holdout233": (0.91, 0.99),
    "holdout234": (0.92, 0.92),
    "holdout235": (0.85, 0.97),
    "holdout236": (0.90, 0.97),
    "holdout237": (0.93, 0.97),
    "holdout238": (0.99, 0.97),
    "holdout239": (0.93, 0.97),
    "holdout240": (0.93, 0.97),
    "holdout241": (0.85, 0.97),
    "holdout242": (0.84, 0.97),
    "holdout243": (0.93, 0.91),
    "holdout244": (0.91, 0.97),
    "holdout245": (0.97, 0.97),
    "holdout246": (0.91, 0.95),
    "holdout247": (0.97, 0.99),
    "holdout248": (0.93, 0.95),
    "holdout249": (0.95, 0.99),
    "holdout250": (0.89, 0.95),
    "holdout251": (0.83, 0.91),
    "holdout252": (0.93, 0.97),
    "holdout253": (0.93, 0.97),
    "holdout254": (0.77, 0.95),
    "holdout255": (0.92, 0.88),
    "holdout256": (0.93, 0.95),
    "holdout257": (0.89, 0.93),
    "holdout258": (0.95, 0.91),
    "holdout259": (0.84, 0.91),
    "holdout260": (0.90, 0.97),
    "holdout261": (0.86, 0.95),
    "holdout262": (0.93, 0.87),
    "holdout263": (0.85, 0.95),
    "holdout264": (0.84, 0.93),
    "holdout265": (0.93, 0.95),
    "holdout266": (0.90, 0.97),
    "holdout267": (0.85, 0.87),
    "holdout268": (0.91, 0.97),
    "holdout269": (0.84, 0.95),
    "holdout270": (0.89, 0.87),
    "holdout271": (0.93, 0.93),
    "holdout272": (0.90, 0.95),
}


def score(folder: Path) -> tuple[float, float]:
    watchlist = Watchlist.model_validate(yaml.safe_load((folder / "watchlist.yaml").read_text()))
    matcher = Matcher([p.spec() for p in watchlist.productions])
    items = [json.loads(line) for line in (folder / "items.jsonl").read_text().splitlines() if line]
    truth = {
        (it["link"], lab["production"], lab["milestone"], lab["status"]): lab
        for it in items
        for lab in it["labels"]
    }
    got: dict[tuple[str, str, str, str], str | None] = {}
    for it in items:
        published = datetime.fromisoformat(it["pubDate"].replace("Z", "+00:00"))
        entry = Entry(it["link"], it["title"], it["link"], it.get("description") or "", published)
        for obs in detect(entry, matcher, published):
            key = (it["link"], obs.production, obs.milestone, obs.status)
            got[key] = obs.date.iso() if obs.date else None
    tp = fp = 0
    for key, day in got.items():
        label = truth.get(key)
        if label is None or (label.get("precision") == "day" and label.get("date") != day):
            fp += 1
        else:
            tp += 1
    fn = len(truth) - tp
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_detection_does_not_fall_back(name: str) -> None:
    precision, recall = score(SETS / name)
    floor_p, floor_r = FLOORS[name]
    assert precision >= floor_p and recall >= floor_r, (
        f"{name}: precision {precision:.3f} (floor {floor_p}), "
        f"recall {recall:.3f} (floor {floor_r})"
    )


def test_every_set_has_a_floor() -> None:
    folders = {p.name for p in SETS.iterdir() if (p / "items.jsonl").exists()}
    assert folders == set(FLOORS), "give each labelled set a floor just under its score"
