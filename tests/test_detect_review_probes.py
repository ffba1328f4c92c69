# ruff: noqa: E501  (a table of probes: each headline on one line)
"""Reviewers' probes of the holdout69-72, 73-76, 77-80 and 81-84 rounds' rules: ordinary trade
phrasings around each rule (what it is for, and what it must leave alone), in our own
words, with what detection should give. Probes still misread are not here; the closing
note counts them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.test_detect import PUBLISHED, SPECS, dated, entry
from tracker.detect import detect
from tracker.domain import ProductionSpec
from tracker.match import Matcher


@pytest.mark.parametrize(
    ("rule", "title", "summary", "expected"),
    [
        (
            "fest-open",
            "‘Orbital Drift’ Scores Best Post-Cannes Opening Weekend for a Palme Winner",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "fest-open",
            "Box Office: ‘Orbital Drift’ Leads Scare-Fest Opening Weekend With $22M",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "fest-open",
            "‘Orbital Drift’ Opening Weekend Box Office: $40M",
            "Theo Vance stars.",
            [("drift", "release", "released", None)],
        ),
        (
            "fest-open",
            "‘Orbital Drift’ Sets Record Toronto Opening Weekend at Canadian Box Office",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "fest-open",
            "TIFF 2026 Opening Weekend: ‘Orbital Drift’ Packs the Princess of Wales",
            "Theo Vance",
            [],
        ),
        (
            "fest-open",
            "Sundance Opening Day: ‘Orbital Drift’ Premiere Draws Crowds",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        ("fest-open", "Cannes 2026 Opening Day: Theo Vance Arrives for ‘Orbital Drift’", "", []),
        (
            "fest-open",
            "Sundance Film Festival opening weekend: ‘Orbital Drift’ and more",
            "Theo Vance",
            [],
        ),
        (
            "fest-open",
            "‘Orbital Drift’ Rode Its Venice Buzz to a Strong Opening Weekend",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "fest-open",
            "‘Orbital Drift’ Tops Box Office in Festival-Heavy Opening Weekend",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "hashtag",
            "‘Gravewater’ Is Netflix’s #1 Show With 25M Views",
            "The thriller debuted last week.",
            [("gravewater", "release", "released", None)],
        ),
        (
            "hashtag",
            "Netflix Top 10: ‘Gravewater’ Hits #1 With 25.4 Million Views",
            "",
            [("gravewater", "release", "released", None)],
        ),
        (
            "hashtag",
            "‘Orbital Drift’ Debuts at #1 on Peacock With 12M Streams",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "hashtag",
            "Orbital Drift Official Trailer #2 Passes 40M Views",
            "Universal",
            [("drift", "trailer", "released", None)],
        ),
        (
            "hashtag",
            "‘Gravewater’ Sparks #GravewaterChallenge, Which Has Passed 1 Billion Views on TikTok",
            "Netflix",
            [],
        ),
        (
            "hashtag",
            "TikTok's #orbitaldrift trend has racked up 500 million views",
            "Universal's Theo Vance film.",
            [],
        ),
        (
            "hashtag",
            "Netflix #1: ‘Gravewater’ Draws 30 Million Views in First Week",
            "",
            [("gravewater", "release", "released", None)],
        ),
        (
            "hashtag",
            "‘Gravewater’ Stays #1 on Netflix With 40M Views",
            "",
            [("gravewater", "release", "released", None)],
        ),
        (
            "hashtag",
            "‘Gravewater’ Is the #1 Series on Netflix, Racking Up 18.2M Views",
            "",
            [("gravewater", "release", "released", None)],
        ),
        (
            "hashtag",
            "‘Orbital Drift’ Is Peacock’s #1 Movie With 9 Million Streams",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "hashtag",
            "Netflix Top 10",
            "Gravewater remained the #1 show globally with 22 million views.",
            [("gravewater", "release", "released", None)],
        ),
        (
            "hashtag",
            "‘Orbital Drift’ Trailer Tops 100M Views; #OrbitalDrift Trends",
            "Universal",
            [("drift", "trailer", "released", None)],
        ),
        (
            "hashtag",
            "The #OrbitalDrift trailer drew 120 million views in 24 hours",
            "Universal",
            [("drift", "trailer", "released", None)],
        ),
        (
            "hashtag",
            "‘Gravewater’ Hits 100M Views, Sparks #Gravewater Trend",
            "Netflix",
            [("gravewater", "release", "released", None)],
        ),
        ("through", "‘Orbital Drift’ Screens Free Friday Through Sunday at AMC", "Universal", []),
        (
            "through",
            "Gravewater: First Three Episodes Drop Friday, With Weekly Episodes Through July 24",
            "Netflix",
            [("gravewater", "release_date", "announced", "2026-06-12")],
        ),
        (
            "through",
            "‘Orbital Drift’ Hits Theaters Friday Through Universal",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-06-12")],
        ),
        (
            "through",
            "Velvet Hours season 2 is available to stream through Sunday on HBO Max",
            "",
            [("velvet-s2", "release", "released", None)],
        ),
        (
            "through",
            "‘Orbital Drift’ Now Streaming on Peacock; Free Through Sunday",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "through",
            "‘Orbital Drift’ Screens at Tribeca Through Sunday Before Its Oct. 2 Release",
            "Universal",
            [
                ("drift", "premiere", "held", None),
                ("drift", "release_date", "announced", "2026-10-02"),
            ],
        ),
        (
            "through",
            "Box Office: ‘Orbital Drift’ Grosses $12M Through Sunday",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "through",
            "‘Orbital Drift’ Opens Thursday Through Universal",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-06-11")],
        ),
        (
            "through",
            "Velvet Hours season 2 premiered Sunday; the episode was streamed 6M times through Tuesday",
            "HBO",
            [("velvet-s2", "release", "released", "2026-06-07")],
        ),
        (
            "through",
            "‘Orbital Drift’ Is Now Playing Through June 30 at the Egyptian",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "through",
            "‘Gravewater’ Season 1 streams Sunday thru Thursday on Netflix",
            "",
            [("gravewater", "release_date", "announced", "2026-06-14")],
        ),
        (
            "through",
            "‘Gravewater’: Episodes 1 through 4 Drop Friday on Netflix",
            "",
            [("gravewater", "release_date", "announced", "2026-06-12")],
        ),
        (
            "move-from",
            "Universal Moves ‘Orbital Drift’ to Oct. 2 From Nov. 6",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "move-from",
            "‘Orbital Drift’ Shifts to Streaming, Available From 4 July on Peacock",
            "Universal",
            [("drift", "release_date", "announced", "2026-07-04")],
        ),
        (
            "move-from",
            "Universal Pushes ‘Orbital Drift’ Back From Its Oct. 2 Date",
            "No new date has been set.",
            [],
        ),
        (
            "move-from",
            "Universal Pulls ‘Orbital Drift’ Off Its October Date",
            "No new date was set.",
            [],
        ),
        (
            "move-from",
            "Universal Delays ‘Orbital Drift’ Out of October",
            "No new date was set.",
            [],
        ),
        (
            "move-from",
            "‘Orbital Drift’ moves up from Nov. 6 to Oct. 2",
            "Universal",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "move-from",
            "‘Orbital Drift’ Release Moved: Universal Shifts Film From October to March 2027",
            "",
            [("drift", "release_date", "expected", "2027-03-01")],
        ),
        (
            "move-from",
            "Universal Moves ‘Orbital Drift’ Up Two Weeks From Oct. 16",
            "The film now opens Oct. 2.",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "move-from",
            "Universal Brings Forward ‘Orbital Drift’ UK Release, In Cinemas From 3 July",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-07-03")],
        ),
        (
            "move-from",
            "Universal moves ‘Orbital Drift’ UK release; film now opens from 17 July",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-07-17")],
        ),
        (
            "move-from",
            "‘Orbital Drift’ Delayed: Film Will Now Stream on Peacock From July 4",
            "Universal",
            [("drift", "release_date", "announced", "2026-07-04")],
        ),
        ("move-from", "Universal moves ‘Orbital Drift’ from October", "No new date was given.", []),
        (
            "move-from",
            "‘Orbital Drift’ Delayed From October",
            "Universal has not set a new date.",
            [],
        ),
        (
            "move-from",
            "‘Orbital Drift’ delayed to Nov. 6 from Oct. 2",
            "Universal",
            [("drift", "release_date", "announced", "2026-11-06")],
        ),
        (
            "competition",
            "Theo Vance's ‘Orbital Drift’ debuted in competition Thursday night",
            "Universal",
            [("drift", "premiere", "held", None)],
        ),
        (
            "competition",
            "‘Orbital Drift’ world premiered in the main competition on Thursday",
            "Universal",
            [("drift", "premiere", "held", None)],
        ),
        (
            "competition",
            "‘Orbital Drift’ premiered in official competition Monday",
            "Universal",
            [("drift", "premiere", "held", None)],
        ),
        (
            "competition",
            "‘Orbital Drift’ premiered in competition at Cannes on May 14",
            "Universal",
            [("drift", "premiere", "held", None)],
        ),
        (
            "ovation",
            "CinemaCon: ‘Orbital Drift’ Earns Standing Ovation From Exhibitors",
            "Universal showed 20 minutes of footage.",
            [],
        ),
        ("ovation", "D23: ‘Orbital Drift’ Gets Standing Ovation in Hall D", "Theo Vance", []),
        (
            "ovation",
            "Comic-Con: ‘Orbital Drift’ Gets Standing Ovation in Hall H",
            "Theo Vance brought footage.",
            [],
        ),
        (
            "ovation",
            "Cannes: ‘Orbital Drift’ Gets a Rapturous Eight-and-a-Half-Minute Standing Ovation",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "ovation",
            "‘Orbital Drift’ Wows Venice With Eight-Minute Ovation",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "ovation",
            "Standing Ovation for ‘Orbital Drift’ at Venice",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "ovation",
            "‘Orbital Drift’ Receives 9-Minute Standing Ovation in Venice",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "ovation",
            "Toronto: ‘Orbital Drift’ Draws Standing Ovation at Roy Thomson Hall",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "ovation",
            "Berlin: ‘Velvet Hours’ Season 2 Earns Ovation",
            "HBO",
            [("velvet-s2", "premiere", "held", None)],
        ),
        (
            "ovation",
            "Cannes Flashback: ‘Orbital Drift’ Earned a 10-Minute Ovation in 2016",
            "Theo Vance",
            [],
        ),
        (
            "ovation",
            "Cannes Classics: ‘Orbital Drift’ Gets Standing Ovation 30 Years On",
            "Theo Vance",
            [],
        ),
        (
            "ovation",
            "Oscars: ‘Orbital Drift’ Gets Standing Ovation at Academy Screening",
            "Theo Vance",
            [],
        ),
        (
            "ovation",
            "Telluride: ‘Orbital Drift’ Lands Five-Minute Standing Ovation",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "ovation",
            "Sundance: ‘Orbital Drift’ Scores Standing Ovation, Sparks Bidding War",
            "Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and what it means for season 3",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and how it sets up season 3",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and what to expect from season 3",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and what the ending means for season 3",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and what it could mean for season 3",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and theories for season 3",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and what it means for Velvet Hours season 3",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and what it means for season three",
            "HBO",
            [],
        ),
        (
            "season-next",
            "Velvet Hours finale: that twist explained, and what it means for the show's third season",
            "HBO",
            [],
        ),
        ("season-next", "‘Velvet Hours’ Finale Recap: Ines Marlow Teases Season 3", "HBO", []),
        (
            "season-next",
            "Velvet Hours season 2 finale, explained: what to expect from season 3",
            "HBO",
            [("velvet-s2", "release", "released", None)],
        ),
        (
            "season-next",
            "Velvet Hours season 2 premieres Sunday: Ines Marlow on what it means for season 3",
            "HBO",
            [("velvet-s2", "release_date", "announced", "2026-06-14")],
        ),
        ("season-next", "Velvet Hours finale hints at a season 3 twist", "HBO", []),
        (
            "gross",
            "‘Pale Kingdom’ Rides to No. 1 as ‘Good Sex’ Hits $40M",
            "",
            [("good-sex", "release", "released", None)],
        ),
        (
            "gross",
            "‘Good Sex’ Passes 40 Million Views on Netflix",
            "",
            [("good-sex", "release", "released", None)],
        ),
        (
            "gross",
            "‘Silver’ Tops $5 Million as Gold Slips",
            "Commodity prices rose on Wednesday.",
            [],
        ),
        (
            "gross",
            "‘Silver’ Surpasses $50 an Ounce for First Time Since 1980",
            "Precious metals rallied.",
            [],
        ),
        (
            "gross",
            "Why ‘Good Sex’ Earns $200K a Year for Relationship Coaches",
            "A survey of therapists.",
            [],
        ),
        (
            "gross",
            "Box Office: ‘Silver’ Crosses $10M Domestic",
            "",
            [("silver", "release", "released", None)],
        ),
        (
            "gross",
            "‘Good Sex’ Crosses $40M at Global Box Office",
            "",
            [("good-sex", "release", "released", None)],
        ),
        (
            "gross",
            "‘Pale Kingdom’ Rides to No. 1 as ‘Good Sex’ Crosses $40M Worldwide",
            "",
            [("good-sex", "release", "released", None)],
        ),
        (
            "roundup",
            "Every Trailer From CinemaCon - Collider",
            "Every Trailer From CinemaCon Collider This Week's Best Trailers: ‘Orbital Drift,’ ‘Gorgon Protocol’ and More IndieWire Box office preview Deadline",
            [("drift", "trailer", "released", None)],
        ),
        (
            "roundup",
            "Best Super Bowl commercials, ranked - USA Today",
            "Best Super Bowl commercials, ranked USA Today Super Bowl Ads: ‘Orbital Drift’ Star Theo Vance Sells Doritos Variety The most-watched Super Bowl ever CNN",
            [],
        ),
        (
            "roundup",
            "Best Super Bowl commercials, ranked - USA Today",
            "Best Super Bowl commercials, ranked USA Today Every Super Bowl Trailer We Didn’t Get, From ‘Orbital Drift’ to ‘Pale Kingdom’ Vulture The most-watched Super Bowl ever CNN",
            [],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline This Week's Best Trailers: ‘Pale Kingdom’ and More IndieWire ‘Orbital Drift’ Star Theo Vance Talks Sequel Collider",
            [("kingdom", "trailer", "released", None)],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline This Week's Best Trailers: ‘Pale Kingdom’, Plus Why ‘Orbital Drift’ Was Delayed IndieWire",
            [("kingdom", "trailer", "released", None)],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline Super Bowl Trailers: Why ‘Orbital Drift’ Skipped the Big Game Variety",
            [],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline All the Trailers, Ranked: ‘Orbital Drift’ Tops the List IndieWire",
            [("drift", "trailer", "released", None)],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline Super Bowl Trailers: ‘Orbital Drift,’ ‘Gorgon Protocol’ and More Variety",
            [("drift", "trailer", "released", None)],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline Every Trailer Pulled From the Super Bowl: ‘Orbital Drift,’ ‘Pale Kingdom’ Variety",
            [],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline All the Teasers Marvel Has Delayed, From ‘Orbital Drift’ to ‘Pale Kingdom’ Collider",
            [],
        ),
        (
            "roundup",
            "Box office preview - Deadline",
            "Box office preview Deadline Every Trailer That Aired During the Super Bowl: Why ‘Orbital Drift’ Wasn't One Collider",
            [],
        ),
        (
            "on-track",
            "‘Orbital Drift’ Director Theo Vance Says the Sci-Fi Epic Is On Track for Late 2026",
            "",
            [("drift", "release_date", "expected", "2026-10-01")],
        ),
        ("on-track", "‘Orbital Drift’ On Track for 2027 Oscar Run", "Universal", []),
        ("on-track", "‘Orbital Drift’ on Track for 2027 Awards Season Push", "Universal", []),
        (
            "on-track",
            "‘Orbital Drift’ is on schedule for late 2026",
            "Universal",
            [("drift", "release_date", "expected", "2026-10-01")],
        ),
        (
            "on-track",
            "‘Orbital Drift’ is on schedule for 2027",
            "Universal",
            [("drift", "release_date", "expected", "2027-01-01")],
        ),
        (
            "on-track",
            "Universal says ‘Orbital Drift’ is still on schedule for next summer",
            "",
            [("drift", "release_date", "expected", "2027-06-01")],
        ),
        (
            "on-track",
            "‘Orbital Drift’ Is On Track for Summer 2027",
            "Universal",
            [("drift", "release_date", "expected", "2027-06-01")],
        ),
        (
            "on-track",
            "‘Orbital Drift’ Still on Track for Release in Late 2026",
            "Theo Vance",
            [("drift", "release_date", "expected", "2026-10-01")],
        ),
        (
            "on-track",
            "‘Orbital Drift’ on Schedule for Summer 2027 Release",
            "Universal",
            [("drift", "release_date", "expected", "2027-06-01")],
        ),
        (
            "on-track",
            "‘Orbital Drift’ On Track for 2026’s Biggest Opening Weekend",
            "Universal",
            [],
        ),
        ("on-track", "‘Orbital Drift’ on Track for Fall Festival Bow", "Universal", []),
        (
            "on-track",
            "‘Pale Kingdom’ on Track for March Start of Production in Budapest",
            "Lionsgate",
            [],
        ),
        (
            "on-track",
            "‘Gravewater’ Season 1 on Track for Fall Premiere",
            "Netflix",
            [("gravewater", "release_date", "expected", "2026-09-01")],
        ),
        ("on-track", "‘Orbital Drift’ Production on Track for January Start", "Universal", []),
        (
            "opening-night",
            "‘Orbital Drift’ Brings Down the House at Tribeca Opening-Night Premiere - Variety",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "opening-night",
            "‘Orbital Drift’ Brings Down the House at Tribeca's Opening-Night Premiere",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "opening-night",
            "‘Orbital Drift’ Brings Down the House at the Tribeca Film Festival Opening-Night Premiere",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "opening-night",
            "‘Orbital Drift’ Stars Hit Tribeca Opening-Night Premiere Red Carpet",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "opening-night",
            "Inside the ‘Orbital Drift’ Tribeca Opening-Night Premiere After-Party",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "opening-night",
            "‘Orbital Drift’ Kicks Off Tribeca With Opening Night Gala Premiere",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "opening-night",
            "‘Orbital Drift’ to Close Tribeca With Closing-Night Premiere",
            "",
            [("drift", "premiere", "announced", None)],
        ),
        (
            "named",
            "‘Orbital Drift’ Named Opening Night Film of Tribeca 2026",
            "",
            [("drift", "premiere", "announced", None)],
        ),
        (
            "named",
            "‘Orbital Drift’ Tapped as Closing Night Film of Toronto Film Festival",
            "",
            [("drift", "premiere", "announced", None)],
        ),
        (
            "named",
            "‘Orbital Drift’ Set as Tribeca Opening Night Film",
            "Theo Vance",
            [("drift", "premiere", "announced", None)],
        ),
        (
            "named",
            "‘Orbital Drift’ Picked to Open Venice Film Festival",
            "",
            [("drift", "premiere", "announced", None)],
        ),
        (
            "named",
            "Theo Vance, Newly Named Oscar Host, Attends ‘Orbital Drift’ Premiere",
            "Universal",
            [("drift", "premiere", "held", None)],
        ),
        (
            "named",
            "Orbital Drift premiered at Cannes to a standing ovation; Universal named it a top awards priority",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "named",
            "‘Orbital Drift’ Premiere: Mara Quell, Named Cannes Jury President, Joins Theo Vance",
            "Universal",
            [("drift", "premiere", "held", None)],
        ),
        (
            "period",
            "Universal Sets Thanksgiving Release for ‘Orbital Drift’",
            "The film will open Wednesday, Nov. 25.",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "period",
            "Universal Dates ‘Orbital Drift’ for Fourth of July Weekend 2027",
            "The film opens Friday, July 2, 2027.",
            [("drift", "release_date", "announced", "2027-07-02")],
        ),
        (
            "period",
            "Universal Dates ‘Orbital Drift’ for Memorial Day 2027",
            "It opens Friday, May 28, 2027.",
            [("drift", "release_date", "announced", "2027-05-28")],
        ),
        (
            "period",
            "Universal Sets Christmas Release for ‘Orbital Drift’",
            "The film opens Dec. 23.",
            [("drift", "release_date", "announced", "2026-12-23")],
        ),
        (
            "period",
            "‘Orbital Drift’ Eyes Summer 2027 Release",
            "Universal dated the film for June 11, 2027.",
            [("drift", "release_date", "announced", "2027-06-11")],
        ),
        (
            "period",
            "‘Orbital Drift’ Eyes Early 2027 Release",
            "Universal will open the film March 19, 2027.",
            [("drift", "release_date", "announced", "2027-03-19")],
        ),
        (
            "period",
            "‘Orbital Drift’ Sets Holiday Release",
            "Universal will open the film Nov. 25.",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "period",
            "Universal Delays ‘Orbital Drift’ to 2027",
            "The film, previously set for Oct. 2, now opens Jan. 15, 2027.",
            [("drift", "release_date", "announced", "2027-01-15")],
        ),
        (
            "period",
            "‘Orbital Drift’ Will No Longer Open in October",
            "Universal now opens the film Nov. 6.",
            [("drift", "release_date", "announced", "2026-11-06")],
        ),
        (
            "period",
            "‘Velvet Hours’ Season 3 Sets Summer Premiere on HBO",
            "The new season debuts Sunday, June 21.",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "period",
            "‘Gravewater’ Premieres This Fall on Netflix",
            "The series arrives Sept. 4.",
            [("gravewater", "release_date", "announced", "2026-09-04")],
        ),
        (
            "period",
            "Universal Dates ‘Orbital Drift’ for Late 2026",
            "It opens Oct. 2.",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "period",
            "Universal Dates ‘Orbital Drift’ for Summer 2027",
            "The film opens May 7, 2027, kicking off the summer box office season.",
            [("drift", "release_date", "announced", "2027-05-07")],
        ),
        (
            "period",
            "‘Orbital Drift’ Eyes Early 2027 Release",
            "Universal will open the film April 16, 2027.",
            [("drift", "release_date", "announced", "2027-04-16")],
        ),
        (
            "period",
            "‘Orbital Drift’ Sets Late 2026 Release",
            "Universal will open the film Sept. 25.",
            [("drift", "release_date", "announced", "2026-09-25")],
        ),
        (
            "period",
            "‘Gravewater’ Will Premiere This Summer on Netflix",
            "The series launches Sept. 4.",
            [("gravewater", "release_date", "announced", "2026-09-04")],
        ),
        (
            "period",
            "‘Orbital Drift’ Set for Spring 2027",
            "Universal will open the film June 4, 2027.",
            [("drift", "release_date", "announced", "2027-06-04")],
        ),
        (
            "period",
            "‘Orbital Drift’ Gets Fall Release Date",
            "Universal will release the film Dec. 4.",
            [("drift", "release_date", "announced", "2026-12-04")],
        ),
        (
            "period",
            "‘Orbital Drift’ Moves to Fall",
            "Universal now opens the film Sept. 4, Labor Day weekend.",
            [("drift", "release_date", "announced", "2026-09-04")],
        ),
        (
            "period",
            "‘Orbital Drift’ Moves From Oct. 2",
            "The film now opens Nov. 6.",
            [("drift", "release_date", "announced", "2026-11-06")],
        ),
        (
            "counted",
            "‘Orbital Drift’ Posts Top Per-Screen Average of Any Release This Year",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "counted",
            "‘Orbital Drift’ Opens Strong",
            "Universal’s Orbital Drift opened to $228K, the best per-screen average among arthouse releases this year.",
            [("drift", "release", "released", None)],
        ),
        (
            "counted",
            "‘Orbital Drift’ Opens Strong",
            "Universal’s Orbital Drift opened to $228K, ahead of the studio's other fall releases.",
            [("drift", "release", "released", None)],
        ),
        (
            "counted",
            "Indie Label Neon Releases ‘Orbital Drift’ Oct. 2",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "counted",
            "After Theatrical Run, Peacock Releases ‘Orbital Drift’ Friday",
            "Universal",
            [("drift", "release_date", "announced", "2026-06-12")],
        ),
        (
            "counted",
            "Specialty Distributor Neon Releases ‘Orbital Drift’ Oct. 2",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "counted",
            "Focus Features, Universal’s indie arm, releases ‘Orbital Drift’ Nov. 6",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-11-06")],
        ),
        (
            "counted",
            "Searchlight, Disney’s specialty label, releases ‘The Lantern Keeper’ Oct. 9",
            "Mara Quell",
            [("lantern", "release_date", "announced", "2026-10-09")],
        ),
        (
            "counted",
            "‘The Lantern Keeper’: Searchlight’s specialty arm releases the drama Oct. 9",
            "Mara Quell",
            [("lantern", "release_date", "announced", "2026-10-09")],
        ),
        (
            "counted",
            "Universal’s Theatrical Arm Releases ‘Orbital Drift’ Nov. 6",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-11-06")],
        ),
        (
            "counted",
            "Among its fall titles, Universal releases ‘Orbital Drift’ Nov. 6",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-11-06")],
        ),
        (
            "year-streams",
            "‘Orbital Drift’ hits theaters in 2027 before it streams on Peacock",
            "Universal",
            [("drift", "release_date", "expected", "2027-01-01")],
        ),
        (
            "year-streams",
            "‘Orbital Drift’ opens in late 2026; it streams on Peacock in 2027",
            "Universal",
            [("drift", "release_date", "expected", "2026-10-01")],
        ),
        (
            "year-streams",
            "Orbital Drift drew 2,000 viewers to its opening",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "year-streams",
            "‘Gravewater’ Racked Up 1.2 Billion Minutes Watched in 2026 Streams Report",
            "Netflix",
            [("gravewater", "release", "released", None)],
        ),
        (
            "year-streams",
            "Netflix Sets ‘Gravewater’ for 2027; Series Streams Globally",
            "",
            [("gravewater", "release_date", "expected", "2027-01-01")],
        ),
        (
            "schedule",
            "‘Velvet Hours’ Season 3 Premieres Sunday, HBO Reveals Ahead of Upfronts",
            "Ines Marlow",
            [("velvet-s3", "release_date", "announced", "2026-06-14")],
        ),
        (
            "schedule",
            "HBO Max 2026 Schedule: ‘Velvet Hours’ Season 3 Premieres Sunday",
            "Ines Marlow",
            [("velvet-s3", "release_date", "announced", "2026-06-14")],
        ),
        (
            "schedule",
            "Summer 2026 TV Schedule: ‘Velvet Hours’ Season 3 Returns Sunday",
            "HBO",
            [("velvet-s3", "release_date", "announced", "2026-06-14")],
        ),
        (
            "schedule",
            "Peacock's Summer Schedule: ‘Orbital Drift’ Streams Friday",
            "Universal",
            [("drift", "release_date", "announced", "2026-06-12")],
        ),
        (
            "schedule",
            "Netflix June 2026 Schedule: ‘Gravewater’ Arrives Friday",
            "",
            [("gravewater", "release_date", "announced", "2026-06-12")],
        ),
        (
            "schedule",
            "NBC Fall Lineup: ‘Orbital Drift’ Moves to Tuesday",
            "Theo Vance stars. The network unveiled its 2026-27 slate.",
            [],
        ),
        ("schedule", "CBS 2026-27 Schedule: ‘Orbital Drift’ Gets Thursday Slot", "Theo Vance", []),
        ("schedule", "NBC Fall Schedule: ‘Orbital Drift’ Lands Monday 10 p.m.", "Theo Vance", []),
        (
            "schedule",
            "Upfront Roundup: ‘Orbital Drift’ Takes Over Tuesday",
            "NBC’s Theo Vance drama airs this fall.",
            [("drift", "release_date", "expected", "2026-09-01")],
        ),
        (
            "schedule",
            "What’s on TV This Week: ‘Velvet Hours’ Season 3 Premieres Sunday on HBO",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-14")],
        ),
        (
            "schedule",
            "NBC Fall 2026 Schedule: ‘Orbital Drift’ Premieres Thursday, Sept. 24",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-09-24")],
        ),
        (
            "plural",
            "‘Orbital Drift’ Will Air Thursdays on NBC This Fall",
            "Theo Vance",
            [("drift", "release_date", "expected", "2026-09-01")],
        ),
        ("plural", "‘Gravewater’ Drops New Episodes Fridays on Netflix", "", []),
        (
            "plural",
            "Velvet Hours Season 3 Premieres Sunday, June 21; New Episodes Sundays",
            "HBO",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "plural",
            "Orbital Drift returns Thursdays at 9 p.m. starting Sept. 24",
            "NBC, Theo Vance",
            [("drift", "release_date", "announced", "2026-09-24")],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 24 else "",
)
def test_review_probe(
    rule: str, title: str, summary: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert sorted(dated(title, summary)) == expected, rule


@pytest.mark.parametrize(
    ("rule", "title", "summary", "expected"),
    [
        (
            "trailer-compound",
            "Watch: ‘Orbital Drift’ Final Trailer Heavy With Dread",
            "Universal",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer-compound",
            "‘Orbital Drift’ Teaser Ready to Launch During the Super Bowl",
            "Universal",
            [("drift", "trailer", "expected", None)],
        ),
        (
            "trailer-compound",
            "‘Orbital Drift’ Eyes $25M Opening on Trailer-Heavy Campaign",
            "Universal",
            [],
        ),
        (
            "trailer-compound",
            "Trailer-Ready Moments: Inside the Making of ‘Orbital Drift’",
            "Universal",
            [],
        ),
        (
            "trailer-compound",
            "‘Orbital Drift’ Tracking For $25M+ Opening",
            "Universal’s Orbital Drift is tracking to a $25M start, with upside if the film’s trailer-powered buzz converts.",
            [],
        ),
        (
            "still-before",
            "The Week’s Best Trailers: ‘Pale Kingdom’ and More",
            "Watch the new trailer for Lionsgate’s Pale Kingdom, plus new images from Universal’s Orbital Drift.",
            [("kingdom", "trailer", "released", None)],
        ),
        (
            "still-before",
            "The Week’s Best Trailers: ‘Pale Kingdom’ and More",
            "This week brought a new look at Lionsgate's Pale Kingdom. Universal also unveiled character posters for Theo Vance’s Orbital Drift.",
            [("kingdom", "trailer", "released", None)],
        ),
        (
            "still-before",
            "The Week’s Best Trailers: ‘Pale Kingdom’ and More",
            "This week brought a new look at Lionsgate's Pale Kingdom. We also got the first image of Theo Vance in Orbital Drift.",
            [("kingdom", "trailer", "released", None)],
        ),
        (
            "still-before",
            "The Week’s Best Trailers: ‘Pale Kingdom’, ‘Orbital Drift’ and More",
            "This week brought new trailers and posters for Lionsgate's Pale Kingdom and Universal’s Orbital Drift.",
            [("drift", "trailer", "released", None), ("kingdom", "trailer", "released", None)],
        ),
        (
            "still-before",
            "Trailer Roundup: ‘Pale Kingdom’, ‘Orbital Drift’ and More",
            "Plus a new trailer and key art for Theo Vance’s Orbital Drift, and Lionsgate's first look at Pale Kingdom.",
            [("drift", "trailer", "released", None), ("kingdom", "trailer", "released", None)],
        ),
        (
            "still-before",
            "New Trailers and Posters for ‘Orbital Drift’, ‘Pale Kingdom’ and More",
            "Universal, Lionsgate",
            [("drift", "trailer", "released", None), ("kingdom", "trailer", "released", None)],
        ),
        (
            "still-before",
            "This Week’s Trailers: ‘Orbital Drift’, ‘Pale Kingdom’ and More",
            "The poster for Universal's Orbital Drift landed alongside its trailer, and Lionsgate's Pale Kingdom got a teaser.",
            [("drift", "trailer", "released", None), ("kingdom", "trailer", "released", None)],
        ),
        (
            "bracket",
            "Holiday Movie Preview: What’s Opening When",
            "Universal’s ‘Orbital Drift’ opens Nov. 25. Also coming: Sony’s ‘Aurelia Rising’ (Nov. 13) and Disney’s ‘Moana 3’ (Dec. 18).",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "bracket",
            "Universal Dates ‘Orbital Drift’ (Theo Vance) for Nov. 25",
            "",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "bracket",
            "Universal Sets Theo Vance (‘Dune’) Space Epic ‘Orbital Drift’ for Nov. 25",
            "",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "bracket",
            "Universal Dates Mara Quell (Arrival) Sci-Fi Pic ‘Orbital Drift’ for Nov. 25",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "bracket",
            "Release Calendar: Universal Dates ‘Aurelia Rising’ (Nov. 13) and ‘Orbital Drift’ (Nov. 25)",
            "",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "bracket",
            "Netflix Sets ‘Ridgeline’ (June 19) and ‘Gravewater’ (June 26) Premiere Dates",
            "",
            [("gravewater", "release_date", "announced", "2026-06-26")],
        ),
        (
            "bracket",
            "Netflix Dates ‘Gravewater’ (June 26), ‘Ridgeline’ (July 10) in Summer Slate",
            "",
            [("gravewater", "release_date", "announced", "2026-06-26")],
        ),
        (
            "bracket",
            "Opening Friday: Sony's ‘Aurelia Rising’ (PG-13), Universal's ‘Orbital Drift’ (PG-13)",
            "",
            [("drift", "release_date", "announced", "2026-06-12")],
        ),
        (
            "bracket",
            "Universal Moves ‘Aurelia Rising’ (Sony) Rival ‘Orbital Drift’ to Nov. 25",
            "",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "now-streaming",
            "Thanksgiving Streaming Guide: ‘Orbital Drift’ and 20 More",
            "Here is what to stream this Thanksgiving. Universal’s “Orbital Drift,” now available on Peacock, makes a perfect Black Friday warm-up.",
            [("drift", "release", "released", None)],
        ),
        (
            "now-streaming",
            "Weekend Watch: ‘Orbital Drift’ Now Playing in Theaters, Perfect for Saturday",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "now-streaming",
            "‘Velvet Hours’ Season 2 Now Available to Pre-Order Ahead of June 21 Premiere",
            "HBO",
            [("velvet-s2", "release_date", "announced", "2026-06-21")],
        ),
        (
            "now-streaming",
            "‘Orbital Drift,’ Now Playing in Theaters, Hits Peacock July 3",
            "Universal",
            [
                ("drift", "release", "released", None),
                ("drift", "release_date", "announced", "2026-07-03"),
            ],
        ),
        (
            "confirmed",
            "Universal Maps Out 2027",
            "The studio confirmed that Theo Vance’s space epic ‘Orbital Drift’ remains on track for summer 2027.",
            [("drift", "release_date", "expected", "2027-06-01")],
        ),
        (
            "confirmed",
            "Universal Confirms ‘Orbital Drift’ Release Date: Nov. 25",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "confirmed",
            "Netflix Confirms ‘Good Sex’ for June 26",
            "Natalie Portman stars in Lena Dunham’s comedy.",
            [("good-sex", "release_date", "announced", "2026-06-26")],
        ),
        (
            "confirmed",
            "Universal confirmed on Monday that ‘Orbital Drift’ will open Nov. 25",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "confirmed",
            "‘Gravewater’ Renewed at Netflix",
            "Netflix confirmed Tuesday that the thriller will return for a second season.",
            [],
        ),
        (
            "confirmed",
            "HBO Confirms ‘Velvet Hours’ Season 3 Renewal Monday",
            "Ines Marlow returns.",
            [],
        ),
        (
            "confirmed",
            "HBO Confirmed Monday That ‘Velvet Hours’ Season 3 Will Be Its Last",
            "Ines Marlow",
            [],
        ),
        ("confirmed", "Theo Vance Confirmed for ‘Orbital Drift’ Sequel", "Universal", []),
        ("confirmed", "Mara Quell Confirmed to Star in Searchlight’s ‘The Lantern Keeper’", "", []),
        ("confirmed", "‘Velvet Hours’ Confirmed for Season 3 at HBO", "Ines Marlow", []),
        ("confirmed", "Universal Confirms ‘Orbital Drift’ Sequel for 2028", "Theo Vance", []),
        (
            "confirmed",
            "Theo Vance Confirms ‘Orbital Drift’ Shoots in Budapest This Fall",
            "Universal",
            [],
        ),
        (
            "confirmed",
            "HBO Confirms ‘Velvet Hours’ Season 3 Will Film in Belfast This Summer",
            "Ines Marlow",
            [],
        ),
        (
            "confirmed",
            "Cast Confirmed for ‘Velvet Hours’ Season 3 as Production Starts in Belfast in September",
            "HBO",
            [],
        ),
        (
            "confirmed",
            "Theo Vance Confirmed Friday He Will Return for ‘Orbital Drift’ Sequel",
            "Universal",
            [],
        ),
        (
            "confirmed",
            "Netflix confirmed on Tuesday that ‘Gravewater’ has been picked up for a second season",
            "",
            [],
        ),
        (
            "confirmed",
            "Lionsgate Confirms ‘Pale Kingdom’ Is Still Dated for March 2027 Despite Reshoots",
            "",
            [("kingdom", "release_date", "expected", "2027-03-01")],
        ),
        (
            "confirmed",
            "Theo Vance Confirmed for Comic-Con Panel on July 23 Ahead of ‘Orbital Drift’ Release",
            "Universal",
            [],
        ),
        (
            "start-date",
            "‘Orbital Drift’ Sets January Start Date; Theo Vance Leads Universal Space Epic",
            "",
            [],
        ),
        (
            "start-date",
            "Theo Vance’s ‘Orbital Drift’ Eyes October Start Date",
            "Universal’s sci-fi epic will shoot in Budapest.",
            [],
        ),
        (
            "start-date",
            "‘Velvet Hours’ Season 3 Sets September Start Date in Belfast",
            "Filming will take place across Northern Ireland, HBO said.",
            [],
        ),
        (
            "start-date",
            "‘Orbital Drift’ Shoot Start Date Pushed to September Amid Strike",
            "Universal",
            [],
        ),
        (
            "start-date",
            "‘Velvet Hours’ Season 3 Gets June 21 Start Date on HBO",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "start-date",
            "HBO Sets ‘Velvet Hours’ Season 3 Start Date: June 21",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "start-date",
            "Velvet Hours series 3: start date, cast and everything we know",
            "HBO has confirmed the drama returns on Sunday 21 June.",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "start-date",
            "Gravewater on Netflix: start date revealed as thriller lands June 26",
            "",
            [("gravewater", "release_date", "announced", "2026-06-26")],
        ),
        (
            "start-date",
            "Velvet Hours series 3 start date announced: HBO drama returns 21 June",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "start-date",
            "‘Orbital Drift’ Gets a September Start Date After Theo Vance’s Schedule Clears",
            "Cameras will roll in Budapest for Universal.",
            [],
        ),
        (
            "ratings-day",
            "Ratings: ‘Velvet Hours’ Season 2 Premiere Wins Sunday for HBO",
            "",
            [("velvet-s2", "release", "released", None)],
        ),
        (
            "ratings-day",
            "‘Velvet Hours’ Season 2 Premiere Tops Sunday Cable Ratings",
            "",
            [("velvet-s2", "release", "released", None)],
        ),
        (
            "ratings-day",
            "‘Velvet Hours’ Season 2 Premiere Dominates Sunday Night",
            "HBO",
            [("velvet-s2", "release", "released", None)],
        ),
        (
            "ratings-day",
            "Box Office: ‘Orbital Drift’ Wins Friday With $20M",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "ratings-day",
            "‘Orbital Drift’ Leads Thursday Previews With $5.1M",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "ratings-day",
            "HBO’s ‘Velvet Hours’ Leads Sunday Lineup as Season 3 Premieres June 21",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "bank",
            "‘Orbital Drift’ To Bank $40M Opening After $15M Friday",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "bank",
            "Weekend Box Office: ‘Orbital Drift’ Set to Bank $40M Opening",
            "Universal’s Theo Vance space epic led Friday with $15M.",
            [("drift", "release", "released", None)],
        ),
        ("bank", "Bank of America Backs ‘Orbital Drift’ With $40M Loan", "Universal", []),
        (
            "bank",
            "‘Orbital Drift’ Banks $40M Opening",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "bank",
            "‘Orbital Drift’ Banked $12M Friday",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Announces June 21 Return",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Teaser Dates June 21 Premiere",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Reveals June 21 Return",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Sets Up June 21 Return",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Teases June 21 Return",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Drops Ahead of June 21 Return",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Arrives Monday Ahead of June 21 Return",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "expected", "2026-06-15"),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Sets June 21 Return Date",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Velvet Hours’ Season 2 Trailer Locks In June 21 Return",
            "",
            [
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Orbital Drift’ Trailer Announces Nov. 25 Release",
            "Universal",
            [
                ("drift", "release_date", "announced", "2026-11-25"),
                ("drift", "trailer", "released", None),
            ],
        ),
        (
            "trailer-sets",
            "‘Orbital Drift’ Trailer Sets the Stage for Theo Vance’s Space Odyssey",
            "Universal",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer-sets",
            "‘Orbital Drift’ Trailer Sets Record With 180M Views in 24 Hours",
            "Universal",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer-sets",
            "Universal Sets ‘Orbital Drift’ Trailer Launch for Thursday",
            "",
            [("drift", "trailer", "expected", "2026-06-11")],
        ),
        (
            "trailer-sets",
            "‘Orbital Drift’ Trailer Announcement Coming Thursday",
            "Universal",
            [("drift", "trailer", "expected", "2026-06-11")],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps In Budapest After 62 Days",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps in the U.K.",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps in Atlanta",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Velvet Hours’ Season 3 Wraps in Belfast",
            "HBO",
            [("velvet-s3", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ wraps in Los Angeles; Theo Vance heads to Cannes",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps in Record Time",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        ("wraps-in", "‘Orbital Drift’ Wraps in Oct.", "Universal", []),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps in One Month; Universal Eyes 2027 Bow",
            "",
            [("drift", "release_date", "expected", "2027-01-01")],
        ),
        ("wraps-in", "‘Orbital Drift’ Wraps in Days", "Universal", []),
        ("wraps-in", "‘Orbital Drift’ Wraps in Less Than a Month", "Universal", []),
        ("wraps-in", "‘Orbital Drift’ Wraps in Budapest Next Week", "Universal", []),
        ("wraps-in", "‘Orbital Drift’ Wraps in Budapest Tomorrow", "Universal", []),
        ("wraps-in", "‘Orbital Drift’ Wraps in Seven Weeks", "Universal", []),
        (
            "wraps-in",
            "‘Orbital Drift’ Officially Wraps in Budapest",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Has Wrapped in New Zealand",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Season 3 Premiere Draws 4.1M Viewers, Up From the First Two Seasons’ Average",
            "HBO",
            [("velvet-s3", "release", "released", None)],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Season 3 Is Now Streaming; Catch Up on the First Two Seasons on Max",
            "HBO",
            [("velvet-s3", "release", "released", None)],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Season 3 Premiere Draws 4.1M Viewers, Topping Its First Two Seasons",
            "",
            [("velvet-s3", "release", "released", None)],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Season 3 Premiere Draws 4.1M Viewers",
            "The HBO drama premiered Sunday. Meanwhile, the first two seasons of ‘Ridgeline’ arrive on Max Friday.",
            [("velvet-s3", "release", "released", "2026-06-07")],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Season 3 Premiere Draws 4.1M Viewers",
            "The HBO drama premiered Sunday; all three seasons of ‘Ridgeline’ are on Max.",
            [("velvet-s3", "release", "released", "2026-06-07")],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Season 3 Is Streaming Now — Here’s a Recap of the Previous Two Seasons",
            "HBO",
            [("velvet-s3", "release", "released", None)],
        ),
        (
            "seasons-counted",
            "Ahead of Season 3, Stream the First Two Seasons of ‘Velvet Hours’ on Max",
            "HBO",
            [],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Season 3 Premiered Sunday to Higher Ratings Than All Two Previous Seasons",
            "HBO",
            [("velvet-s3", "release", "released", "2026-06-07")],
        ),
        (
            "seasons-counted",
            "The First Two Seasons of ‘Velvet Hours’ Are Now on Netflix Ahead of Season 3",
            "",
            [],
        ),
        (
            "seasons-counted",
            "Both Seasons of ‘Velvet Hours’ Are Now Streaming on Netflix Ahead of Season 3",
            "",
            [],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Seasons 1 and 2 Land on Netflix Ahead of Season 3",
            "",
            [],
        ),
        (
            "seasons-counted",
            "‘Velvet Hours’ Seasons 1-2 Now Streaming on Netflix Ahead of Season 3 Premiere",
            "",
            [],
        ),
        (
            "seasons-counted",
            "All 2 Seasons of ‘Velvet Hours’ Now Streaming Ahead of Season 3",
            "",
            [],
        ),
        (
            "bracket",
            "Netflix Sets Premiere Dates: Ridgeline (June 19), Gravewater (June 26)",
            "",
            [("gravewater", "release_date", "announced", "2026-06-26")],
        ),
        (
            "bracket",
            "Summer TV Calendar: Netflix Dates Ridgeline (Thriller) and Gravewater for June 26",
            "",
            [("gravewater", "release_date", "announced", "2026-06-26")],
        ),
        (
            "trailer-compound",
            "‘Orbital Drift’ Trailer Led YouTube Views This Week With 80M",
            "Universal",
            [("drift", "trailer", "released", None)],
        ),
        (
            "start-date",
            "‘Orbital Drift’ Gets Jan. 12 Start Date",
            "Universal’s Theo Vance epic will shoot in Budapest.",
            [],
        ),
        (
            "start-date",
            "‘Velvet Hours’ Season 3 Gets Jan. 12 Start Date in Belfast",
            "Filming will take place across Northern Ireland, HBO said.",
            [],
        ),
        (
            "start-date",
            "‘Orbital Drift’ Sets Sept. 8 Start Date; Theo Vance Leads Universal Space Epic",
            "",
            [],
        ),
        (
            "confirmed",
            "Universal Confirms ‘Orbital Drift’ Hall H Panel for Saturday",
            "Theo Vance",
            [],
        ),
        ("confirmed", "Universal Confirms ‘Orbital Drift’ Test Screening Friday", "Theo Vance", []),
        (
            "confirmed",
            "‘Velvet Hours’ Season 2 Confirmed for June 21",
            "HBO",
            [("velvet-s2", "release_date", "announced", "2026-06-21")],
        ),
        (
            "confirmed",
            "Netflix Drops ‘Gravewater’ Trailer",
            "Netflix first confirmed the thriller in March; it premieres June 26.",
            [
                ("gravewater", "release_date", "announced", "2026-06-26"),
                ("gravewater", "trailer", "released", None),
            ],
        ),
        (
            "confirmed",
            "HBO Confirmed Monday That ‘Velvet Hours’ Will Return for Season 3",
            "Ines Marlow",
            [],
        ),
        (
            "confirmed",
            "Theo Vance Confirms ‘Orbital Drift’ Sequel Will Shoot in 2027",
            "Universal",
            [],
        ),
        (
            "confirmed",
            "Netflix Confirms ‘Good Sex’ Casting Call in Atlanta for July",
            "Natalie Portman, Lena Dunham",
            [],
        ),
        (
            "bank",
            "‘Orbital Drift’ To Bank $40M Opening",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps in Hungary",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps in the Canary Islands",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "wraps-in",
            "‘Orbital Drift’ Wraps in Style",
            "Universal",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "now-streaming",
            "‘Gravewater’ Now Streaming: Netflix’s Thriller Arrived Friday",
            "",
            [("gravewater", "release", "released", "2026-06-05")],
        ),
        (
            "ratings-day",
            "‘Velvet Hours’ Season 3 Wins Sunday Slot on HBO, Premieres June 21",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-21")],
        ),
        (
            "ratings-day",
            "Ratings: ‘Velvet Hours’ Season 2 Premiere Leads Sunday",
            "HBO",
            [("velvet-s2", "release", "released", None)],
        ),
        (
            "trailer-compound",
            "Trailer-Driven Buzz Lifts ‘Orbital Drift’ Presales Ahead of Nov. 25 Opening",
            "Universal",
            [("drift", "release_date", "announced", "2026-11-25")],
        ),
        (
            "still-before",
            "Trailers of the Week: ‘Orbital Drift’, ‘Pale Kingdom’ and More",
            "Universal dropped the trailer — and a striking poster — for Orbital Drift, and Lionsgate unveiled Pale Kingdom's teaser.",
            [("drift", "trailer", "released", None), ("kingdom", "trailer", "released", None)],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 24 else "",
)
def test_review_probe_of_the_holdout73_to_76_round(
    rule: str, title: str, summary: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert sorted(dated(title, summary)) == expected, rule


@pytest.mark.parametrize(
    ("rule", "title", "summary", "expected"),
    [
        (
            "trailer_for_quoted",
            "Universal Drops Trailer For ‘Orbital Drift’",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Universal drops trailer for ‘Orbital Drift’",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Universal Drops Trailer For ‘80s Sci-Fi Thriller ‘Orbital Drift’",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Watch the Trailer For ‘70s-Set Heist Film ‘Orbital Drift,’ Starring Theo Vance",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Searchlight Unveils Teaser for ‘90s Ghost Story ‘The Lantern Keeper’",
            "",
            [("lantern", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Lionsgate Drops Trailer For ‘Nightfall Depot’, Produced By ‘Orbital Drift’ Director Theo Vance",
            "",
            [],
        ),
        (
            "trailer_for_quoted",
            "Netflix Releases Teaser For ‘Nightfall Depot’ From ‘Gravewater’ Creator",
            "",
            [],
        ),
        (
            "trailer_for_quoted",
            "Theo Vance Unveils Trailer of ‘Nightfall Depot’, His Follow-Up to ‘Orbital Drift’",
            "",
            [],
        ),
        (
            "trailer_for_quoted",
            "New Trailer For ‘Nightfall Depot’ Teases Theo Vance’s Return After ‘Orbital Drift’",
            "",
            [],
        ),
        (
            "trailer_for_quoted",
            "Watch the Trailer for “The Lantern Keeper,” Mara Quell’s Ghost Story",
            "",
            [("lantern", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "HBO Drops Teaser For ‘Velvet Hours’ Season 3",
            "",
            [("velvet-s3", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "HBO Releases Official Trailer for 'Velvet Hours' Season 2",
            "",
            [("velvet-s2", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Here’s the First Trailer For ‘Pale Kingdom’",
            "",
            [("kingdom", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Watch the Trailer of ‘Good Sex,’ Starring Natalie Portman",
            "",
            [("good-sex", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "A24 Drops Trailer for ‘Silver,’ Daniel Okafor’s Boxing Drama",
            "",
            [("silver", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Official Trailer For 'Orbital Drift' (2026) | Universal Pictures",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Netflix shares first teaser of ‘Gravewater’",
            "",
            [("gravewater", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Trailer For ‘Nightfall Depot’ Is Here; ‘Orbital Drift’ Sets Oct. 2 Release",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "trailer_for_quoted",
            "Theo Vance Drops Trailer For ‘Orbital Drift’ Sequel ‘Orbital Drift 2’",
            "",
            [],
        ),
        (
            "trailer_for_quoted",
            "Watch: First Trailer for “Orbital Drift” Is Here",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "global_premiere",
            "Netflix has set May 7 for the global premiere of ‘Gravewater’",
            "",
            [("gravewater", "release_date", "announced", "2027-05-07")],
        ),
        (
            "global_premiere",
            "Netflix has set July 3 for the global premiere of its limited series ‘Gravewater’",
            "",
            [("gravewater", "release_date", "announced", "2026-07-03")],
        ),
        (
            "global_premiere",
            "Netflix set July 3 for the global premiere of ‘Good Sex,’ the Natalie Portman rom-com",
            "",
            [("good-sex", "release_date", "announced", "2026-07-03")],
        ),
        (
            "global_premiere",
            "Disney Sets ‘Orbital Drift’ Global Premiere Tour Starting Dec. 8 in London",
            "",
            [("drift", "premiere", "announced", "2026-12-08")],
        ),
        (
            "global_premiere",
            "‘Orbital Drift’ Global Premiere: Theo Vance Walks the Red Carpet in London",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "season_object",
            "‘Gravewater’ Star Mara Quell Joins Universal’s ‘Foxtrot Zulu’",
            "Mara Quell, the star of Netflix’s “Gravewater,” has joined “Foxtrot Zulu.” She is currently filming the second season of “Gravewater” in Oslo.",
            [],
        ),
        (
            "season_object",
            "Netflix starts shooting the second season of ‘Gravewater’ in Oslo",
            "",
            [],
        ),
        (
            "season_object",
            "HBO wraps production on season 3 of ‘Velvet Hours’",
            "",
            [("velvet-s3", "production", "wrapped", None)],
        ),
        (
            "season_object",
            "Ines Marlow wraps filming on the third season of ‘Velvet Hours’",
            "",
            [("velvet-s3", "production", "wrapped", None)],
        ),
        (
            "season_object",
            "HBO Begins Production on the Third Season of ‘Velvet Hours’",
            "",
            [("velvet-s3", "production", "filming", None)],
        ),
        (
            "season_object",
            "Cameras Roll on Season 2 of ‘Velvet Hours’ in Belfast",
            "",
            [("velvet-s2", "production", "filming", None)],
        ),
        (
            "season_object",
            "Ines Marlow is currently shooting the third season of ‘Velvet Hours’ in Belfast",
            "",
            [("velvet-s3", "production", "filming", None)],
        ),
        (
            "season_object",
            "Production on the second season of ‘Gravewater’ begins in Oslo in September",
            "Netflix renewed the series in March.",
            [],
        ),
        (
            "season_object",
            "HBO premieres the third season of ‘Velvet Hours’ on June 22",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-22")],
        ),
        (
            "season_object",
            "HBO will premiere the second season of ‘Velvet Hours’ on June 22",
            "",
            [("velvet-s2", "release_date", "announced", "2026-06-22")],
        ),
        (
            "season_object",
            "HBO Drops Trailer for the Third Season of ‘Velvet Hours’",
            "",
            [("velvet-s3", "trailer", "released", None)],
        ),
        ("season_object", "HBO Releases the First Season of ‘Velvet Hours’ on YouTube", "", []),
        ("season_object", "Netflix Releases All of Season 2 of ‘Gravewater’ Today", "", []),
        (
            "season_object",
            "HBO has renewed ‘Velvet Hours’, with the fourth season of the drama to begin filming in the fall",
            "",
            [],
        ),
        (
            "season_object",
            "Ines Marlow started filming season two of ‘Velvet Hours’ on Monday",
            "",
            [("velvet-s2", "production", "filming", None)],
        ),
        (
            "video_tail",
            "Harbor Lights 2 | Official Trailer (2026 Movie) | Paramount Pictures",
            "",
            [("harbor-2", "trailer", "released", None)],
        ),
        (
            "video_tail",
            "ORBITAL DRIFT Trailer (2026 Movie) Theo Vance",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "video_tail",
            "Orbital Drift - Official Teaser (2026 Film) Theo Vance, Jack Tremaine",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "video_tail",
            "Gravewater Official Trailer (2026 TV Series) Netflix",
            "",
            [("gravewater", "trailer", "released", None)],
        ),
        (
            "video_tail",
            "Velvet Hours Season 3 Official Teaser (2026 Series) | HBO",
            "",
            [("velvet-s3", "trailer", "released", None)],
        ),
        (
            "video_tail",
            "Orbital Drift Final Trailer (2026 Movie) HD",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "video_tail",
            "The Lantern Keeper Official Trailer (2026 Horror Movie)",
            "",
            [("lantern", "trailer", "released", None)],
        ),
        (
            "video_tail",
            "Gravewater Official Trailer (2026 Netflix Series)",
            "",
            [("gravewater", "trailer", "released", None)],
        ),
        ("video_tail", "Orbital Drift (2026 Movie) Trailer Breakdown", "", []),
        (
            "story_set",
            "‘Orbital Drift’ First Look",
            "Universal released first images from Theo Vance's film, set in 1980s Berlin.",
            [],
        ),
        (
            "story_set",
            "‘Orbital Drift’ First Look",
            "Universal released first images from Theo Vance's film, set in the late 1980s.",
            [],
        ),
        (
            "story_set",
            "Theo Vance Spotted in New Photos From the ‘Orbital Drift’ Set During Night Shoot",
            "",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "New Images From the ‘Orbital Drift’ Set Over the Weekend Show a Car Crash",
            "",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "Photos From the ‘Orbital Drift’ Set in Atlanta Show Theo Vance in Costume",
            "",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "Set photos from ‘Orbital Drift’ show Theo Vance in a spacesuit",
            "",
            [("drift", "production", "filming", None)],
        ),
        (
            "promo_premiere",
            "Mubi Dates ‘Orbital Drift’ For November 6; Watch The Teaser",
            "Deadline has the exclusive premiere of the first teaser, below.",
            [
                ("drift", "release_date", "announced", "2026-11-06"),
                ("drift", "trailer", "released", None),
            ],
        ),
        (
            "promo_premiere",
            "Velvet Hours Season 3 Trailer",
            "Deadline has the exclusive premiere of the Velvet Hours season 3 trailer, below.",
            [("velvet-s3", "trailer", "released", None)],
        ),
        (
            "promo_premiere",
            "Billboard has the premiere of the song ‘Tidewater’ from ‘Orbital Drift’",
            "",
            [],
        ),
        (
            "promo_premiere",
            "Deadline has the exclusive premiere of a new clip from ‘Orbital Drift’",
            "",
            [],
        ),
        (
            "promo_premiere",
            "Lionsgate held the world premiere of the video game adaptation ‘Pale Kingdom’ in Los Angeles",
            "",
            [("kingdom", "premiere", "held", None)],
        ),
        (
            "promo_premiere",
            "Theo Vance walked the red carpet at the premiere of the single-camera comedy ‘Orbital Drift’ in London",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "promo_premiere",
            "HBO hosted the premiere of the single-camera comedy ‘Velvet Hours’ season 3 in New York",
            "",
            [("velvet-s3", "premiere", "held", None)],
        ),
        (
            "promo_premiere",
            "Stars Turn Out for the Premiere of the Video Game Movie ‘Pale Kingdom’",
            "",
            [("kingdom", "premiere", "held", None)],
        ),
        (
            "not_a_work_due",
            "Korea Selects ‘Orbital Drift’? Not So Fast",
            "Universal. The decision is due in September.",
            [],
        ),
        (
            "not_a_work_due",
            "‘Orbital Drift,’ the Sundance winner, is due in theaters Oct. 2",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "not_a_work_due",
            "Universal’s ‘Orbital Drift’ is due in September",
            "",
            [("drift", "release_date", "expected", "2026-09-01")],
        ),
        ("not_a_work_due", "A decision on ‘Orbital Drift’ is not due until September", "", []),
        (
            "not_a_work_due",
            "The Academy’s shortlist is due Dec. 16; ‘Orbital Drift’ is among the contenders",
            "",
            [],
        ),
        (
            "not_a_work_due",
            "Nominations are due Sept. 1 for the Gotham Awards, where ‘Orbital Drift’ is expected to compete",
            "",
            [],
        ),
        (
            "people_arrive",
            "Cannes Market: Neon Circles Titles",
            "Buyers arrived on the Croisette with deep pockets this year, with Universal’s “Orbital Drift” among the packages.",
            [],
        ),
        (
            "people_arrive",
            "Cannes Market: Neon Circles Titles",
            "Buyers have now arrived on the Croisette, with Universal’s “Orbital Drift” among the packages.",
            [],
        ),
        (
            "people_arrive",
            "Toronto Market Heats Up",
            "Acquisition execs arrived in Toronto eager to see “Orbital Drift,” which Universal is shopping.",
            [],
        ),
        (
            "people_arrive",
            "‘Gravewater,’ a hit with teen audiences, arrives on Netflix July 3",
            "",
            [("gravewater", "release_date", "announced", "2026-07-03")],
        ),
        (
            "people_arrive",
            "‘Orbital Drift’ Arrives in Theaters Oct. 2",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "people_arrive",
            "Stars arrive at the ‘Orbital Drift’ premiere in London",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "releases_listed",
            "Lionsgate Q2 Results: Studio Touts Film Slate",
            "Executives highlighted upcoming releases including the heist comedy Orbital Drift, now in post-production.",
            [],
        ),
        (
            "releases_listed",
            "Universal Q2 Results",
            "Executives touted upcoming releases such as Orbital Drift and Pale Kingdom.",
            [],
        ),
        (
            "releases_listed",
            "Universal Q2 Results",
            "Executives touted upcoming releases like Orbital Drift, now in post-production.",
            [],
        ),
        (
            "releases_listed",
            "Universal Q2 Results",
            "Executives touted upcoming releases that include Orbital Drift, now in post-production.",
            [],
        ),
        (
            "releases_listed",
            "Universal Q2 Results",
            "Executives touted its fall releases, among them Orbital Drift, now in post-production.",
            [],
        ),
        (
            "releases_listed",
            "Universal Releases ‘Orbital Drift’ Digitally Today",
            "",
            [("drift", "release", "released", "2026-06-10")],
        ),
        (
            "releases_listed",
            "Netflix Quietly Drops Gravewater, Its Most Expensive Series Yet",
            "",
            [("gravewater", "release", "released", None)],
        ),
        (
            "gross_after_phrase",
            "‘Good Sex’ Pays Off With $11M Opening",
            "",
            [("good-sex", "release", "released", None)],
        ),
        (
            "gross_after_phrase",
            "‘Silver’ Soars to $61M Debut",
            "",
            [("silver", "release", "released", None)],
        ),
        (
            "gross_after_phrase",
            "‘Silver’ Soars to $61M+ Debut",
            "",
            [("silver", "release", "released", None)],
        ),
        (
            "gross_after_phrase",
            "‘Silver’ Soars to Record $61M Debut",
            "",
            [("silver", "release", "released", None)],
        ),
        (
            "gross_after_phrase",
            "‘Silver’ Soars With $61M Global Debut",
            "",
            [("silver", "release", "released", None)],
        ),
        (
            "gross_after_phrase",
            "‘Good Sex’ Scores With $11 Million Domestic Opening",
            "",
            [("good-sex", "release", "released", None)],
        ),
        ("gross_after_phrase", "Box Office Preview: ‘Silver’ Tracking to $30M Opening", "", []),
        ("gross_after_phrase", "Box Office Preview: ‘Silver’ Eyes $30M Opening", "", []),
        (
            "gross_after_phrase",
            "‘Good Sex’ Pays Off With $11M Opening; ‘Pale Kingdom’ Crosses $100M Domestic",
            "",
            [("good-sex", "release", "released", None), ("kingdom", "release", "released", None)],
        ),
        ("gross_after_phrase", "Netflix paid $40 million for ‘Good Sex’", "Natalie Portman", []),
        (
            "reference_point",
            "‘Harbor Lights’ Climbs Back Into Netflix Top 10 Ahead Of Sequel",
            "Paramount’s 2023 actioner Harbor Lights is back in the top 10 as audiences catch up ahead of the sequel. Harbor Lights 2, again starring Jack Tremaine, opens in theaters July 24.",
            [("harbor-2", "release_date", "announced", "2026-07-24")],
        ),
        (
            "reference_point",
            "‘Harbor Lights’ Climbs Back Into Netflix Top 10 Ahead Of Sequel",
            "Harbor Lights is back in the top 10 ahead of the sequel; Harbor Lights 2 opens in theaters July 24.",
            [("harbor-2", "release_date", "announced", "2026-07-24")],
        ),
        (
            "reference_point",
            "‘Harbor Lights’ Climbs Back Into Netflix Top 10 Ahead Of Sequel",
            "Harbor Lights is back in the top 10 ahead of the sequel, and Harbor Lights 2 opens in theaters July 24.",
            [("harbor-2", "release_date", "announced", "2026-07-24")],
        ),
        ("reference_point", "Theo Vance Visits Tokyo Ahead of ‘Orbital Drift’ Release", "", []),
        (
            "reference_point",
            "Natalie Portman Wraps ‘Nightfall Depot’, Her First Film Since ‘Good Sex’",
            "",
            [],
        ),
        (
            "reference_point",
            "Jack Tremaine Talks Fame Ahead of the U.S. Release of ‘Orbital Drift’",
            "",
            [],
        ),
        (
            "not_a_work_due",
            "‘Orbital Drift,’ Korea’s Oscar selection, is due out Oct. 2",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "not_a_work_due",
            "‘Orbital Drift,’ the Sundance winner, is due out Oct. 2",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "not_a_work_due",
            "‘Orbital Drift,’ the Sundance winner, is due Oct. 2 from Universal",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "not_a_work_due",
            "‘Orbital Drift’ Review: Theo Vance’s Thriller, the Cannes Jury Prize Winner, Is Due Oct. 2",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "not_a_work_due",
            "Season 3 of ‘Velvet Hours’, HBO’s Emmy winner, is due June 22",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-22")],
        ),
        (
            "not_a_work_due",
            "‘Orbital Drift,’ the new film from the Oscar winner, is due Oct. 2",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "people_arrive",
            "‘Orbital Drift,’ the thriller that wowed critics, arrives Oct. 2",
            "",
            [("drift", "release_date", "announced", "2026-10-02")],
        ),
        (
            "people_arrive",
            "‘Gravewater,’ a hit with teen audiences, arrives July 3",
            "",
            [("gravewater", "release_date", "announced", "2026-07-03")],
        ),
        (
            "people_arrive",
            "‘Velvet Hours’ season 3, packed with young talent, arrives June 22",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-22")],
        ),
        (
            "people_arrive",
            "‘Velvet Hours’ Season 3, Beloved by Fans, Arrives June 22",
            "",
            [("velvet-s3", "release_date", "announced", "2026-06-22")],
        ),
        (
            "people_arrive",
            "‘Good Sex,’ Natalie Portman’s rom-com for grown-up audiences, arrives on Netflix June 19",
            "",
            [("good-sex", "release_date", "announced", "2026-06-19")],
        ),
        (
            "season_object",
            "HBO releases the second season of ‘Velvet Hours’ on Max today",
            "",
            [("velvet-s2", "release", "released", "2026-06-10")],
        ),
        (
            "video_tail",
            "Orbital Drift (2026 Movie) Official Trailer – Theo Vance, Jack Tremaine",
            "",
            [("drift", "trailer", "released", None)],
        ),
        ("video_tail", "Orbital Drift - Teaser Trailer (2026 Movie) Fan Made", "", []),
        ("video_tail", "Orbital Drift Official Trailer (2026 Movie) Reaction", "", []),
        (
            "video_tail",
            "ORBITAL DRIFT Trailer 2 (2026 Film) | 4K UHD",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "story_set",
            "Behind-the-Scenes Video From the ‘Orbital Drift’ Set During Filming in Budapest",
            "",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "Exclusive Photos From the ‘Orbital Drift’ Set in Budapest",
            "",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "Exclusive Photos From the ‘Orbital Drift’ Set in the Desert",
            "",
            [("drift", "production", "filming", None)],
        ),
        (
            "promo_premiere",
            "Deadline has the exclusive premiere of the new Velvet Hours season 3 teaser",
            "",
            [("velvet-s3", "trailer", "released", None)],
        ),
        (
            "promo_premiere",
            "Critics Praise the Spot-On Satire at the Premiere of ‘Orbital Drift’",
            "",
            [("drift", "premiere", "held", None)],
        ),
        (
            "promo_premiere",
            "Lionsgate hosted the premiere of a video game movie, ‘Pale Kingdom’, in Los Angeles",
            "",
            [("kingdom", "premiere", "held", None)],
        ),
        (
            "promo_premiere",
            "Natalie Portman at the premiere of the music-video director’s debut ‘Good Sex’",
            "",
            [("good-sex", "premiere", "held", None)],
        ),
        ("gross_after_phrase", "Netflix Pays $40M for ‘Good Sex’", "Natalie Portman", []),
        (
            "gross_after_phrase",
            "‘Silver’ Shines With $30M Opening",
            "",
            [("silver", "release", "released", None)],
        ),
        (
            "gross_after_phrase",
            "‘Good Sex’ Fails to Excite With $3M Opening",
            "",
            [("good-sex", "release", "released", None)],
        ),
        ("gross_after_phrase", "‘Silver’ Could Climb to $40M Debut This Weekend", "", []),
        (
            "gross_after_phrase",
            "Box Office Preview: ‘Silver’ Aims to Hit $40M Opening Weekend",
            "",
            [],
        ),
        ("gross_after_phrase", "‘Silver’ Projected to $40M Opening", "", []),
        (
            "reference_point",
            "‘Harbor Lights’ Climbs Back Into Netflix Top 10 Ahead Of Sequel",
            "Harbor Lights is back ahead of the sequel — Harbor Lights 2 opens July 24",
            [("harbor-2", "release_date", "announced", "2026-07-24")],
        ),
        (
            "reference_point",
            "Paramount Bets on Sequels",
            "Fans keep revisiting hits like Top Gun. Harbor Lights 2 opens in theaters July 24.",
            [("harbor-2", "release_date", "announced", "2026-07-24")],
        ),
        (
            "trailer_for_quoted",
            "Netflix Drops Teaser Of “Gravewater” Season 1",
            "",
            [("gravewater", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "HBO Releases Teaser for ‘Velvet Hours: Season 3’",
            "",
            [("velvet-s3", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Universal Drops Trailer For “80s-Set ‘Orbital Drift’",
            "",
            [("drift", "trailer", "released", None)],
        ),
        (
            "trailer_for_quoted",
            "Watch the Trailer for ‘Le Gardien’ (‘The Lantern Keeper’), Mara Quell’s Ghost Story",
            "",
            [("lantern", "trailer", "released", None)],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 24 else "",
)
def test_review_probe_of_the_holdout77_to_80_round(
    rule: str, title: str, summary: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert sorted(dated(title, summary), key=str) == expected, rule


_MONEY_TITLES = Matcher(
    [
        *SPECS,
        ProductionSpec(
            id="safe-bet", title="Safe Bet", context=("Focus Features", "Jack Tremaine")
        ),
        ProductionSpec(id="pay-day", title="Pay Day", context=("Sony", "Rhea Sol")),
    ]
)


@pytest.mark.parametrize(
    ("rule", "title", "summary", "expected"),
    [
        (
            "money_title",
            "‘Safe Bet’ Pays Off With $11M Opening",
            "",
            [("safe-bet", "release", "released", None)],
        ),
        (
            "money_title",
            "‘Safe Bet’ Opens to $11M at the Box Office",
            "",
            [("safe-bet", "release", "released", None)],
        ),
        (
            "money_title",
            "‘Pay Day’ Tops Box Office With $30M Opening",
            "",
            [("pay-day", "release", "released", None)],
        ),
        (
            "money_title",
            "‘Pay Day’ Grosses $30M in Its Opening Weekend",
            "",
            [("pay-day", "release", "released", None)],
        ),
        ("money_title", "Jack Tremaine Paid $20M for ‘Safe Bet’", "", []),
        ("money_title", "Sony Buys ‘Pay Day’ for $15M", "", []),
        ("money_title", "Focus Features Acquires ‘Safe Bet’ in $15M Deal", "", []),
        ("money_title", "‘Pay Day’ Star Rhea Sol Lands $10M Salary for Next Film", "", []),
        ("money_title", "‘Safe Bet’ Budget Balloons to $80M", "", []),
        ("money_title", "Sony Pays $15M for ‘Pay Day’", "", []),
        ("money_title", "Focus Features Bets $30M on ‘Safe Bet’", "", []),
        ("money_title", "Sony Pays Rhea Sol $10M for ‘Pay Day’", "", []),
        (
            "money_title",
            "‘Pay Day’ Pays Off With $30M Opening",
            "",
            [("pay-day", "release", "released", None)],
        ),
        ("money_title", "Netflix Buys ‘Safe Bet’ for $20M", "", []),
        ("money_title", "Jack Tremaine Gets $20M Payday for ‘Safe Bet’", "", []),
        ("money_title", "‘Safe Bet’ Costs Focus $80M", "", []),
        ("money_title", "Focus Features Spends $80M on ‘Safe Bet’", "", []),
        ("money_title", "‘Safe Bet’ Sells to Netflix for $20M", "", []),
        ("money_title", "‘Pay Day’ Lawsuit Settles for $5M", "", []),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 24 else "",
)
def test_review_probe_of_titles_with_money_words(
    rule: str, title: str, summary: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    got = {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary), _MONEY_TITLES, PUBLISHED)
    }
    assert sorted(got, key=str) == expected, rule


@pytest.mark.parametrize(
    ("rule", "title", "summary", "expected"),
    [
        (
            "feast_black_friday",
            "Universal Sets ‘Orbital Drift’ for Black Friday",
            "Theo Vance stars.",
            [("drift", "release_date", "announced", "2026-11-27")],
        ),
        (
            "feast_black_friday",
            "Universal Sets Black Friday Opening for ‘Orbital Drift’",
            "Theo Vance stars.",
            [("drift", "release_date", "announced", "2026-11-27")],
        ),
        (
            "feast_black_friday",
            "Universal Dates ‘Orbital Drift’ for Black Friday 2027",
            "Theo Vance stars.",
            [("drift", "release_date", "announced", "2027-11-26")],
        ),
        (
            "feast_black_friday",
            "‘Orbital Drift’ Moves to Black Friday Weekend",
            "Universal's Theo Vance film.",
            [("drift", "release_date", "announced", "2026-11-27")],
        ),
        (
            "feast_black_friday",
            "‘Orbital Drift’ Trailer Drops Black Friday",
            "Universal",
            [("drift", "trailer", "expected", "2026-11-27")],
        ),
        (
            "feast_genre_after",
            "Blumhouse Lands Black Friday Horror ‘Orbital Drift’",
            "Theo Vance",
            [],
        ),
        (
            "feast_genre_after",
            "Blumhouse Lands Black Friday Slasher ‘Orbital Drift’",
            "Universal, Theo Vance",
            [],
        ),
        (
            "feast_genre_after",
            "Blumhouse Dates Black Friday Slasher ‘Orbital Drift’ for Oct. 16",
            "Universal, Theo Vance",
            [("drift", "release_date", "announced", "2026-10-16")],
        ),
        (
            "feast_genre_after",
            "Universal’s Christmas Horror ‘Orbital Drift’ Sets Dec. 4 Release",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-12-04")],
        ),
        (
            "feast_genre_after",
            "Universal’s Halloween Movie ‘Orbital Drift’ Gets First Trailer",
            "Theo Vance",
            [("drift", "trailer", "released", None)],
        ),
        (
            "feast_genre_after",
            "Universal’s Black Friday Horror Movie ‘Orbital Drift’ Gets First Trailer",
            "Theo Vance",
            [("drift", "trailer", "released", None)],
        ),
        (
            "feast_genre_after",
            "Universal Moves ‘Orbital Drift’ to Christmas Day Release",
            "Theo Vance stars.",
            [("drift", "release_date", "announced", "2026-12-25")],
        ),
        (
            "feast_genre_after",
            "Netflix Sets ‘Good Sex’ for Valentine’s Day Release",
            "Natalie Portman stars in the film from Lena Dunham.",
            [("good-sex", "release_date", "announced", "2027-02-14")],
        ),
        (
            "feast_genre_after",
            "HBO Sets ‘Velvet Hours’ Season 3 Premiere With Christmas Day Special",
            "Ines Marlow stars.",
            [("velvet-s3", "release_date", "announced", "2026-12-25")],
        ),
        (
            "feast_genre_after",
            "‘Velvet Hours’ Season 3 to Return With Christmas Eve Episode",
            "HBO drama with Ines Marlow.",
            [("velvet-s3", "release_date", "announced", "2026-12-24")],
        ),
        (
            "feast_genre_after",
            "‘Orbital Drift’ opens Black Friday. Film stars Theo Vance.",
            "Universal",
            [("drift", "release_date", "announced", "2026-11-27")],
        ),
        (
            "feast_genre_after",
            "Universal will open ‘Orbital Drift’ on Christmas Day. Movie fans have waited years.",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-12-25")],
        ),
        (
            "feast_genre_after",
            "Universal Sets ‘Orbital Drift’ for Christmas Day - Film Stories",
            "Theo Vance stars.",
            [("drift", "release_date", "announced", "2026-12-25")],
        ),
        (
            "feast_genre_after",
            "Universal Dates ‘Orbital Drift’ for Black Friday - Movie Insider",
            "Theo Vance stars.",
            [("drift", "release_date", "announced", "2026-11-27")],
        ),
        (
            "feast_genre_after",
            "Universal Sets ‘Orbital Drift’ for Christmas Day; Thriller Stars Theo Vance",
            "",
            [("drift", "release_date", "announced", "2026-12-25")],
        ),
        (
            "feast_genre_after",
            "Universal Sets ‘Orbital Drift’ for Christmas Day, Comedy Sequel Moves to 2027",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-12-25")],
        ),
        (
            "feast_genre_after",
            "Orbital Drift | In Theaters Christmas Day | Movie Trailer",
            "Universal Pictures. Theo Vance.",
            [
                ("drift", "release_date", "announced", "2026-12-25"),
                ("drift", "trailer", "released", None),
            ],
        ),
        (
            "holiday_gross",
            "‘Orbital Drift’ Tracking For $95M+ Five-Day July 4th Opening",
            "Universal",
            [],
        ),
        (
            "holiday_gross",
            "‘Orbital Drift’ Dives To $71M 5-Day Fourth Of July Opening – Box Office",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "holiday_gross",
            "‘Orbital Drift’ Eyes $100M Five-Day Thanksgiving Day Opening",
            "Universal",
            [],
        ),
        (
            "holiday_gross",
            "‘Orbital Drift’ Nabs $71M Over 5-Day July 4th Holiday",
            "Universal",
            [("drift", "release", "released", None)],
        ),
        (
            "holiday_gross",
            "Universal Sets July 4th Opening for ‘Orbital Drift’",
            "Theo Vance",
            [("drift", "release_date", "announced", "2026-07-04")],
        ),
        (
            "holiday_gross",
            "‘Orbital Drift’ Gets Wednesday July 1 Release for Five-Day Fourth of July Frame",
            "Universal, Theo Vance",
            [("drift", "release_date", "announced", "2026-07-01")],
        ),
        (
            "figures_came_out",
            "‘Orbital Drift’ Tracking For $95M+ Opening",
            "Universal’s Orbital Drift is tracking for a $95 million opening, according to the tracking services that came out Thursday.",
            [],
        ),
        (
            "figures_came_out",
            "‘Orbital Drift’ Tracking For $95M+ Opening",
            "Universal’s Orbital Drift is tracking for a $95 million opening, according to tracking released Thursday.",
            [],
        ),
        (
            "figures_came_out",
            "‘Orbital Drift’ Tracking For $95M+ Opening",
            "Universal’s Orbital Drift is tracking for a $95 million opening, per first tracking, which came out Thursday.",
            [],
        ),
        (
            "figures_came_out",
            "‘Orbital Drift’ Tracking For $95M+ Opening",
            "Universal’s Orbital Drift is tracking for a $95 million opening, according to the tracking services that came out Thursday. The film opens June 19.",
            [("drift", "release_date", "announced", "2026-06-19")],
        ),
        (
            "figures_came_out",
            "‘Velvet Hours’ Ratings",
            "The ratings that came out Tuesday show HBO's Velvet Hours season 2 up 20%.",
            [],
        ),
        (
            "figures_came_out",
            "‘Orbital Drift’ Box Office",
            "Universal's Orbital Drift grossed $40M, according to the numbers that arrived Sunday.",
            [("drift", "release", "released", None)],
        ),
        (
            "figures_came_out",
            "‘Orbital Drift’ Tracking Strong",
            "Universal's Theo Vance film opens Friday, per tracking that came out Thursday.",
            [("drift", "release_date", "announced", "2026-06-12")],
        ),
        (
            "figures_came_out",
            "‘Orbital Drift’ Opens Dec. 4",
            "Early reports that Universal will open Orbital Drift Dec. 4 were confirmed on Tuesday.",
            [("drift", "release_date", "announced", "2026-12-04")],
        ),
        (
            "credit_person",
            "Theater news - BBC",
            "Theater news BBC Velvet Hours star Ines Marlow returns to the stage next spring BBC News",
            [],
        ),
        (
            "credit_person",
            "‘Velvet Hours’ Star Ines Marlow Returns to Broadway Next Spring",
            "",
            [],
        ),
        (
            "credit_person",
            "‘Orbital Drift’ Director Kira Sandoval Returns With Sci-Fi Thriller Next Spring",
            "Universal",
            [],
        ),
        (
            "credit_person",
            "‘Orbital Drift’ Helmer Mara Quell Sets Next Film for March 2027",
            "",
            [],
        ),
        (
            "credit_person",
            "‘Orbital Drift’ Director Unveils Haunting First Trailer",
            "Universal, Theo Vance",
            [("drift", "trailer", "released", None)],
        ),
        (
            "credit_person",
            "‘Orbital Drift’ Director Debuts Thrilling First Teaser",
            "Universal, Theo Vance",
            [("drift", "trailer", "released", None)],
        ),
        (
            "credit_person",
            "‘Orbital Drift’ Star Cast Unveils Trailer",
            "Universal, Theo Vance",
            [("drift", "trailer", "released", None)],
        ),
        (
            "credit_person",
            "‘Orbital Drift’ Stars Hit the Red Carpet at Venice Premiere",
            "Universal, Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "credit_person",
            "‘Velvet Hours’ Star Ines Marlow Says Season 3 Premieres in July",
            "HBO",
            [("velvet-s3", "release_date", "expected", "2026-07-01")],
        ),
        (
            "credit_person",
            "‘Velvet Hours’ Creator Ines Marlow Confirms Season 3 Returns July 5",
            "HBO",
            [("velvet-s3", "release_date", "announced", "2026-07-05")],
        ),
        (
            "credit_person",
            "‘Orbital Drift’ Director Mara Quell Says Film Will Hit Theaters Dec. 4",
            "Universal, Theo Vance",
            [("drift", "release_date", "announced", "2026-12-04")],
        ),
        (
            "credit_person",
            "‘Gravewater’ Showrunner Kira Sandoval Says Season 1 Arrives in October",
            "Netflix",
            [("gravewater", "release_date", "expected", "2026-10-01")],
        ),
        (
            "story_set",
            "Theo Vance Rides for Universal’s ‘Orbital Drift’ in First Photo",
            "Universal has released a first-look photo from “Orbital Drift,” its drama set inside a struggling cycling team.",
            [],
        ),
        (
            "story_set",
            "First Look at ‘Orbital Drift’",
            "Universal has released a first-look image from “Orbital Drift,” its thriller set aboard a failing space station.",
            [],
        ),
        (
            "story_set",
            "First Look at ‘Orbital Drift’",
            "Universal released a first image from Orbital Drift, the Theo Vance drama, set in a remote Arctic research base.",
            [],
        ),
        (
            "story_set",
            "Leaked Photos From ‘Orbital Drift’ Movie Set Show Theo Vance in Costume",
            "Universal",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "Footage From ‘Gravewater’ Series Set Reveals Creepy Lake House",
            "Netflix",
            [("gravewater", "production", "filming", None)],
        ),
        (
            "story_set",
            "‘Orbital Drift’ Set Photos Show Theo Vance in Costume",
            "Universal",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "Images From ‘Orbital Drift’ Film Set Reveal Theo Vance’s Look",
            "Universal",
            [("drift", "production", "filming", None)],
        ),
        (
            "story_set",
            "New Video From the ‘Velvet Hours’ Season 3 Set Shows Ines Marlow",
            "HBO",
            [("velvet-s3", "production", "filming", None)],
        ),
        (
            "premiere_following",
            "Universal Sets December Release For Venice Breakout ‘Orbital Drift’",
            "Universal will open Theo Vance’s Orbital Drift on December 4, following the film’s rapturous world premiere in competition at the Venice Film Festival.",
            [
                ("drift", "premiere", "held", None),
                ("drift", "release_date", "announced", "2026-12-04"),
            ],
        ),
        (
            "premiere_following",
            "Universal Dates ‘Orbital Drift’ After Cannes Triumph",
            "Universal will open Orbital Drift on Dec. 4, following the film's rapturous premiere at Cannes last month.",
            [
                ("drift", "premiere", "held", None),
                ("drift", "release_date", "announced", "2026-12-04"),
            ],
        ),
        (
            "premiere_following",
            "Universal Sets December Release For ‘Orbital Drift’",
            "Universal will open Theo Vance’s Orbital Drift on December 4, following its world premiere at the Venice Film Festival in September.",
            [
                ("drift", "premiere", "announced", "2026-09-01"),
                ("drift", "release_date", "announced", "2026-12-04"),
            ],
        ),
        (
            "premiere_following",
            "‘Orbital Drift’ Dated for Dec. 4",
            "Orbital Drift opens Dec. 4, following its world premiere at AFI Fest next month.",
            [
                ("drift", "premiere", "announced", "2026-07-01"),
                ("drift", "release_date", "announced", "2026-12-04"),
            ],
        ),
        (
            "premiere_following",
            "‘Orbital Drift’ Dated for Dec. 4",
            "Universal is opening Orbital Drift on Dec. 4, following its upcoming premiere in London.",
            [
                ("drift", "premiere", "announced", None),
                ("drift", "release_date", "announced", "2026-12-04"),
            ],
        ),
        (
            "premiere_following",
            "‘Orbital Drift’ Dated for Dec. 4",
            "Orbital Drift hits theaters Dec. 4, following the film's upcoming world premiere at the BFI London Film Festival.",
            [
                ("drift", "premiere", "announced", None),
                ("drift", "release_date", "announced", "2026-12-04"),
            ],
        ),
        (
            "premiere_following",
            "‘Orbital Drift’ Opens Dec. 4 Following Its Upcoming London Premiere",
            "Universal, Theo Vance",
            [
                ("drift", "premiere", "announced", None),
                ("drift", "release_date", "announced", "2026-12-04"),
            ],
        ),
        (
            "premiere_adj_world",
            "‘Orbital Drift’ Gets Rapturous World Premiere in Venice",
            "Universal, Theo Vance",
            [("drift", "premiere", "held", None)],
        ),
        (
            "premiere_adj_world",
            "Netflix Plans Splashy World Premiere for ‘Good Sex’ in Los Angeles on Aug. 12",
            "Natalie Portman, Lena Dunham",
            [("good-sex", "premiere", "announced", "2026-08-12")],
        ),
        (
            "premiere_adj_world",
            "Universal Plans Star-Studded World Premiere for ‘Orbital Drift’ in London Next Month",
            "Theo Vance",
            [("drift", "premiere", "announced", "2026-07-01")],
        ),
        (
            "premiere_adj_world",
            "‘Orbital Drift’ Will Get a Glitzy World Premiere in Venice on Sept. 3",
            "Universal, Theo Vance",
            [("drift", "premiere", "announced", "2026-09-03")],
        ),
        (
            "premiere_adj_world",
            "Universal will roll out the red carpet for a starry world premiere of ‘Orbital Drift’ in London on July 1",
            "Theo Vance",
            [("drift", "premiere", "announced", "2026-07-01")],
        ),
        (
            "the_sequel",
            "‘Harbor Lights 2’ Teaser: Jack Tremaine Is Back as Paramount Sets June 2027 Release",
            "Paramount has unveiled the first teaser for “Harbor Lights 2,” the follow-up to the 2023 sleeper hit, and dated the sequel for June 11, 2027.",
            [
                ("harbor-2", "release_date", "announced", "2027-06-11"),
                ("harbor-2", "trailer", "released", None),
            ],
        ),
        (
            "the_sequel",
            "‘Harbor Lights 2’ Gets First Teaser",
            "Paramount also dated the sequel, which reunites the original cast, for June 11, 2027.",
            [
                ("harbor-2", "release_date", "announced", "2027-06-11"),
                ("harbor-2", "trailer", "released", None),
            ],
        ),
        (
            "the_sequel",
            "‘Harbor Lights 2’ Gets Release Date",
            "Paramount has moved the sequel from June 2027 to July 16, 2027.",
            [("harbor-2", "release_date", "announced", "2027-07-16")],
        ),
        (
            "the_sequel",
            "‘Orbital Drift’ Tops Box Office",
            "Universal has dated the sequel for June 11, 2027.",
            [("drift", "release", "released", None)],
        ),
        (
            "the_sequel",
            "‘Orbital Drift’ Tops Box Office",
            "Universal has dated the untitled sequel for June 11, 2027.",
            [("drift", "release", "released", None)],
        ),
        (
            "the_sequel",
            "‘Orbital Drift’ Tops Box Office",
            "Universal has dated the inevitable sequel for June 9, 2028.",
            [("drift", "release", "released", None)],
        ),
        (
            "the_sequel",
            "‘Orbital Drift’ Tops Box Office",
            "Universal dated Theo Vance's Orbital Drift follow-up for June 9, 2028.",
            [("drift", "release", "released", None)],
        ),
        (
            "the_sequel",
            "‘Orbital Drift’ Tops Box Office",
            "Universal has dated the spinoff for June 11, 2027.",
            [("drift", "release", "released", None)],
        ),
        (
            "trailer_for_coming",
            "Orbital Drift: First Trailer for Universal's Sci-Fi Epic Arrives Thursday",
            "",
            [("drift", "trailer", "expected", "2026-06-11")],
        ),
        (
            "trailer_for_coming",
            "‘Orbital Drift’: Trailer for Theo Vance’s Space Thriller Drops Tomorrow",
            "Universal",
            [("drift", "trailer", "expected", "2026-06-11")],
        ),
        (
            "trailer_for_coming",
            "Final Trailer for Universal’s ‘Orbital Drift’ Lands Ahead of Friday Opening",
            "Theo Vance",
            [
                ("drift", "release_date", "announced", "2026-06-12"),
                ("drift", "trailer", "released", None),
            ],
        ),
        (
            "trailer_will_drop",
            "‘Orbital Drift’ Trailer Arrives Thursday: Universal Shares First Look",
            "Universal has released first-look images from Orbital Drift and said the first trailer for the film will drop Thursday.",
            [("drift", "trailer", "expected", "2026-06-11")],
        ),
        (
            "trailer_will_drop",
            "Universal Drops Trailer for ‘Orbital Drift,’ Opening Dec. 4",
            "Theo Vance stars.",
            [
                ("drift", "release_date", "announced", "2026-12-04"),
                ("drift", "trailer", "released", None),
            ],
        ),
        (
            "trailer_will_drop",
            "Universal has released the first trailer for Orbital Drift, which opens Dec. 4.",
            "Theo Vance",
            [
                ("drift", "release_date", "announced", "2026-12-04"),
                ("drift", "trailer", "released", None),
            ],
        ),
        (
            "trailer_will_drop",
            "Paramount Unveils Teaser for ‘Harbor Lights 2,’ Opening June 11, 2027",
            "",
            [
                ("harbor-2", "release_date", "announced", "2027-06-11"),
                ("harbor-2", "trailer", "released", None),
            ],
        ),
        (
            "trailer_will_drop",
            "Gravewater | Official Trailer | Netflix",
            "Watch the official trailer for Gravewater, premiering October 3 only on Netflix.",
            [
                ("gravewater", "release_date", "announced", "2026-10-03"),
                ("gravewater", "trailer", "released", None),
            ],
        ),
        (
            "trailer_will_drop",
            "The Velvet Hours season 3 trailer is here",
            "HBO released the trailer for Velvet Hours season 3, which returns July 5.",
            [
                ("velvet-s3", "release_date", "announced", "2026-07-05"),
                ("velvet-s3", "trailer", "released", None),
            ],
        ),
        (
            "festival_slot",
            "Cameras Stop Rolling On ‘Orbital Drift’; Universal Eyes 2027 Festival Bow",
            "",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "festival_slot",
            "Cameras Stop Rolling On ‘Orbital Drift’; Universal Eyes 2027 Fest Debut",
            "",
            [("drift", "production", "wrapped", None)],
        ),
        (
            "festival_slot",
            "Cameras Stop Rolling On ‘Orbital Drift’; Universal Eyes 2027 Release",
            "",
            [
                ("drift", "production", "wrapped", None),
                ("drift", "release_date", "expected", "2027-01-01"),
            ],
        ),
        (
            "festival_slot",
            "Universal Eyes 2027 Release for ‘Orbital Drift’ After Festival Run",
            "Theo Vance",
            [("drift", "release_date", "expected", "2027-01-01")],
        ),
        (
            "festival_slot",
            "Universal Eyes 2027 Festival-Season Release for ‘Orbital Drift’",
            "Theo Vance",
            [("drift", "release_date", "expected", "2027-01-01")],
        ),
        (
            "global_premiere",
            "‘Good Sex’ First Look: Netflix Rom-Com, Premiering Aug. 14",
            "Netflix has set an Aug. 14 global premiere for “Good Sex,” starring Natalie Portman, and released first-look images.",
            [("good-sex", "release_date", "announced", "2026-08-14")],
        ),
        (
            "global_premiere",
            "Netflix Sets Oct. 3 Global Launch for ‘Gravewater’",
            "",
            [("gravewater", "release_date", "announced", "2026-10-03")],
        ),
        (
            "global_premiere",
            "Netflix Hosts ‘Good Sex’ Global Premiere in Los Angeles",
            "Natalie Portman, Lena Dunham",
            [("good-sex", "premiere", "held", None)],
        ),
        (
            "global_premiere",
            "Netflix Will Host the ‘Good Sex’ Global Premiere on Aug. 12 in New York",
            "Natalie Portman, Lena Dunham",
            [("good-sex", "premiere", "announced", "2026-08-12")],
        ),
        (
            "global_premiere",
            "Photos: Natalie Portman, Lena Dunham at Netflix’s ‘Good Sex’ Global Premiere",
            "",
            [("good-sex", "premiere", "held", None)],
        ),
        (
            "global_premiere",
            "Netflix’s Global Premiere of ‘Good Sex’ Draws Natalie Portman, Lena Dunham",
            "",
            [("good-sex", "premiere", "held", None)],
        ),
        (
            "global_premiere",
            "Netflix held the global premiere of Gravewater at the Egyptian Theatre on Tuesday night.",
            "",
            [("gravewater", "premiere", "held", None)],
        ),
        (
            "global_premiere",
            "Netflix Celebrates the Global Premiere of ‘Gravewater’",
            "The streamer's horror series drew a starry crowd.",
            [("gravewater", "premiere", "held", None)],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 24 else "",
)
def test_review_probe_of_the_holdout81_to_84_round(
    rule: str, title: str, summary: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert sorted(dated(title, summary), key=str) == expected, rule


#: a reviewer's probes of session 7's round (holdout89-92): each with its own watchlist and
#: published time; the milestones a careful reader reports (a day only for release dates)
ROUND7 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round7_review.json").read_text("utf-8")
)
#: and of its second and third rounds (holdout93-96, holdout97-100)
ROUND8 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round8_review.json").read_text("utf-8")
)
ROUND9 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round9_review.json").read_text("utf-8")
)
#: and of the short round on holdout101-104
ROUND10 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round10_review.json").read_text("utf-8")
)
#: and of session 8's round (batch 9's residue and holdout105-108)
ROUND11 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round11_review.json").read_text("utf-8")
)
#: and of its second round (holdout109-112)
ROUND12 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round12_review.json").read_text("utf-8")
)
#: and of its third round (holdout113-116)
ROUND13 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round13_review.json").read_text("utf-8")
)
#: and of its fourth round (holdout117-120)
ROUND14 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round14_review.json").read_text("utf-8")
)
#: and of its last, short round (holdout121-124)
ROUND15 = json.loads(
    (Path(__file__).resolve().parent / "probes" / "round15_review.json").read_text("utf-8")
)


def _normalised(rows: list[list[str | None]]) -> list[tuple[str | None, ...]]:
    return sorted((r[0], r[1], r[2], r[3] if r[1] == "release_date" else None) for r in rows)


@pytest.mark.parametrize(
    "probe",
    ROUND7 + ROUND8 + ROUND9 + ROUND10 + ROUND11 + ROUND12 + ROUND13 + ROUND14 + ROUND15,
    ids=[f"r7-{p['id']}" for p in ROUND7]
    + [f"r8-{p['id']}" for p in ROUND8]
    + [f"r9-{p['id']}" for p in ROUND9]
    + [f"r10-{p['id']}" for p in ROUND10]
    + [f"r11-{p['id']}" for p in ROUND11]
    + [f"r12-{p['id']}" for p in ROUND12]
    + [f"r13-{p['id']}" for p in ROUND13]
    + [f"r14-{p['id']}" for p in ROUND14]
    + [f"r15-{p['id']}" for p in ROUND15],
)
def test_session7_review_probe(probe: dict[str, Any]) -> None:
    specs = [
        ProductionSpec(
            id=s["id"],
            title=s["title"],
            kind=s.get("kind", "film"),
            season=s.get("season"),
            context=tuple(s.get("context", ())),
            aliases=tuple(s.get("aliases", ())),
        )
        for s in probe["specs"]
    ]
    published = datetime.fromisoformat(probe["published"].replace("Z", "+00:00"))
    got = detect(entry(probe["title"], probe["summary"], published), Matcher(specs), published)
    rows = [[o.production, o.milestone, o.status, o.date.iso() if o.date else None] for o in got]
    assert _normalised(rows) == _normalised(probe["expect"])
