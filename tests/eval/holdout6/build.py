#!/usr/bin/env python3
"""Generates items.jsonl for holdout6 (invented items, hand-labelled). Run: python3 build.py"""
import json, random, re, base64, hashlib
from pathlib import Path

R = random.Random(606)
ITEMS = []

def L(p, m, s, d=None, pr=None):
    return {"production": p, "milestone": m, "status": s, "date": d, "precision": pr}

def slug(t):
    t = re.sub(r"[’‘'\"“”]", "", t.lower())
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:90]

def link(src, title, when):
    y, m = when[:4], when[5:7]
    n = R.randint(1236000000, 1236999999)
    s = slug(title.split(" - ")[0])
    if src in ("Deadline", "deadline.com"):
        return f"https://deadline.com/{y}/{m}/{s}-{n}/"
    if src in ("Variety", "variety.com"):
        sec = "film/news" if y == "2026" else "tv/news"
        return f"https://variety.com/{y}/{sec}/{s}-{n}/"
    if src in ("THR", "hollywoodreporter.com"):
        return f"https://www.hollywoodreporter.com/movies/movie-news/{s}-{n}/"
    if src == "Google News":
        raw = hashlib.sha256((title + when).encode()).digest() * 3
        return "https://news.google.com/rss/articles/CBMi" + base64.urlsafe_b64encode(raw).decode().rstrip("=")[:120] + "?oc=5"
    if src in ("youtube.com", "youtu.be"):
        vid = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={vid}" if src == "youtube.com" else f"https://youtu.be/{vid}"
    if src == "huffpost":
        return f"https://www.huffpost.com/entry/{s}_l_{R.getrandbits(64):016x}"
    return f"https://www.{src}/{s}/"

def cut(d):
    return d if len(d) <= 300 else d[:297].rstrip() + "..."

def add(when, src, title, desc="", *labels):
    if len(when) == 16:
        when = when + ":%02d" % R.randint(0, 59)
    iso = when.replace(" ", "T") + (".000Z" if when.startswith("2026") else "Z")
    ITEMS.append({"link": link(src, title, when), "title": title, "description": cut(desc),
                  "pubDate": iso, "source": src, "labels": list(labels)})

def G(when, headline, publisher, others, *labels):
    """Google News style: title ends with publisher, description repeats it and related headlines."""
    desc = f"{headline} {publisher} " + " ".join(f"{h} {p}" for h, p in others)
    add(when, "Google News", f"{headline} - {publisher}", desc, *labels)

BD, HS, PD, IJ = "blind-date", "homesick", "payday", "ironjaw-2"
GO, MF, LW, SF = "the-glass-orchard", "midnight-ferry", "long-weekend", "starfall"
HH, DE, SG, CC, WC, MB = "harrow-hall-s3", "the-deep-end-s2", "signal-s1", "copper-creek-s4", "wild-card-s2", "moonlit-blade-s2"

# ---------------------------------------------------------------- films, June-July 2026
# Blind Date
add("2026-06-01 15:40", "Variety", "Searchlight Plants Ayo Edebiri, Glen Powell Rom-Com ‘Blind Date’ in September Corridor",
    "Searchlight Pictures is going wide with “Blind Date,” the studio's first romantic comedy in nearly a decade. The Nadia Farrow-directed film, in which Ayo Edebiri and Glen Powell play strangers set up by their meddling mothers, will open in September 2026, a studio spokesperson confirmed. An exact date is expected in the coming days.",
    L(BD, "release_date", "expected", "2026-09-01", "month"))
add("2026-06-03 18:05", "Deadline", "Searchlight Sets ‘Blind Date’ For Sept. 18 Wide Release",
    "Searchlight has locked Sept. 18 for Blind Date, writer-director Nadia Farrow's comedy with Ayo Edebiri and Glen Powell. The pic, which tested through the roof in Pasadena this spring, takes the frame previously held by Universal's untitled event film, which moved to October.",
    L(BD, "release_date", "announced", "2026-09-18", "day"))
G("2026-06-04 11:12", "Dating coach says the blind date is making a comeback with Gen Z", "NBC News",
  [("Why singles are ditching the apps for set-ups", "The Atlantic"), ("Would you let your mom pick your next date?", "TODAY")])
add("2026-06-09 13:00", "huffpost", "The One Question Therapists Say You Should Never Ask On A Blind Date",
    "It seems harmless enough, but relationship experts say this common icebreaker can make a first meeting feel like a job interview.")
add("2026-06-10 20:31", "collider.com", "When Will the ‘Blind Date’ Trailer Come Out?",
    "Searchlight's upcoming rom-com with Ayo Edebiri and Glen Powell has been teased in a handful of stills. Here is everything we know about the marketing so far.")
add("2026-06-16 16:00", "youtube.com", "Blind Date | Official Teaser | Searchlight Pictures", "",
    L(BD, "trailer", "released"))
add("2026-06-16 16:45", "Variety", "‘Blind Date’ Teaser: Ayo Edebiri and Glen Powell Survive the Worst Set-Up of Their Lives",
    "Searchlight has unveiled the first teaser for “Blind Date,” and it opens on a restaurant reservation that goes wrong before the bread basket arrives. Edebiri plays a sommelier who agrees to a set-up to appease her mother; Powell is the pediatric dentist on the other side of the table. The film opens in theaters September 18th.",
    L(BD, "trailer", "released"), L(BD, "release_date", "announced", "2026-09-18", "day"))
add("2026-06-22 14:10", "THR", "Glen Powell on Turning Down Capes and Betting on Mid-Budget Comedies",
    "The actor, who next stars in Searchlight's Blind Date and is developing a Western with his Texas collaborators, opens up about choosing projects he would pay to see himself.")
G("2026-06-25 19:20", "Fox Revives Classic Dating Series 'Blind Date' With New Host", "TheWrap",
  [("'Blind Date' is coming back to broadcast TV", "Vulture"), ("Fox bets on nostalgia with dating show reboot", "The Hollywood Reporter")])
add("2026-07-02 17:33", "Deadline", "‘Blind Date’ Filmmaker Nadia Farrow Sets Next Feature At Netflix",
    "EXCLUSIVE: Nadia Farrow, whose Searchlight comedy Blind Date stars Ayo Edebiri and Glen Powell, has signed on to write and direct The Understory, a workplace satire for Netflix. Farrow will produce with her Small Hours banner.")
add("2026-07-08 12:02", "Variety", "Searchlight Has No Plans to Move ‘Blind Date’ Despite Crowded September Frame",
    "While three studio titles have fled the back half of September, Searchlight says Nadia Farrow's “Blind Date” isn't budging. The Ayo Edebiri-Glen Powell comedy remains dated for Sept. 18, and the studio is adding early-access screenings the weekend before.",
    L(BD, "release_date", "announced", "2026-09-18", "day"))
add("2026-07-14 13:30", "Deadline", "Toronto Film Festival Unveils Galas: Nadia Farrow’s ‘Blind Date’, Ben Wheatley’s ‘Cold Harbour’ Among World Premieres",
    "TIFF has unveiled the first wave of its 51st edition. Searchlight's Blind Date, starring Ayo Edebiri and Glen Powell, will world premiere as a Gala presentation, as will Cold Harbour and Ana Lily Amirpour's Neon Psalm. The festival runs Sept. 10-20.",
    L(BD, "premiere", "announced"))
add("2026-07-16 09:15", "huffpost", "I Went On 30 Blind Dates In A Year. Here's What I Learned About Myself.",
    "A friend dared me to say yes to every set-up offered to me for twelve months. The dates were mostly bad; the lessons were not.")
add("2026-07-20 15:00", "collider.com", "‘Blind Date’ Final Trailer Teases a Meet-Cute That Ends in the ER",
    "Ayo Edebiri and Glen Powell are not having a good night in the final trailer for Searchlight's Blind Date, which shows the pair fleeing a restaurant fire, a wedding and a police cruiser before the credits. Blind Date arrives in theaters 9/18.",
    L(BD, "trailer", "released"), L(BD, "release_date", "announced", "2026-09-18", "day"))
add("2026-07-28 21:44", "THR", "Ayo Edebiri Signs First-Look Deal With Searchlight",
    "The Emmy winner, who stars opposite Glen Powell in the studio's Blind Date, will develop film projects to star in and produce under the pact.")
G("2026-07-11 07:30", "Libraries offer 'blind date with a book' to boost summer reading", "Chicago Tribune",
  [("Wrapped mystery novels fly off shelves in Evanston", "Evanston RoundTable")])

# Homesick
add("2026-06-01 22:10", "THR", "A24 Eyes Late 2026 Release for Paul Mescal, Florence Pugh Drama ‘Homesick’",
    "A24 is planning to release Joanna Strand's Homesick in late 2026 and is weighing a fall festival launch, according to sources. The drama stars Paul Mescal and Florence Pugh as siblings who return to their late father's farm in Tasmania.",
    L(HS, "release_date", "expected", "2026-10-01", "quarter"))
G("2026-06-02 10:00", "Is your child homesick at summer camp? Here's how to help without bringing them home", "TODAY",
  [("What camp directors wish parents knew about homesickness", "The Washington Post")])
add("2026-06-05 17:48", "Deadline", "A24 Dates Joanna Strand’s ‘Homesick’ For Fall",
    "A24 will release Homesick, Joanna Strand's drama starring Paul Mescal and Florence Pugh, in theaters on October 2, 2026, the distributor said today. The film shot in Tasmania last year and is produced by Emile Sherman and Iain Canning.",
    L(HS, "release_date", "announced", "2026-10-02", "day"))
G("2026-06-11 15:26", "Paul Mescal says he 'got desperately homesick' while filming in Australia", "People",
  [("Paul Mescal on Gladiator II legacy and his next stage role", "Esquire"), ("Paul Mescal spotted at Wimbledon", "Daily Mail")])
add("2026-06-19 11:00", "Variety", "Karlovy Vary Lineup: A24’s ‘Homesick’ to Open Festival With World Premiere",
    "The 60th Karlovy Vary International Film Festival will open on July 3 with the world premiere of Joanna Strand's “Homesick,” starring Paul Mescal and Florence Pugh, the festival announced Thursday. The competition lineup includes 12 features, eight of them debuts.",
    L(HS, "premiere", "announced", "2026-07-03", "day"))
add("2026-06-27 08:00", "huffpost", "I Moved Abroad At 40. Nobody Warned Me How Homesick I'd Feel.",
    "Everyone talks about the adventure. Fewer people talk about crying in a supermarket because they can't find the right kind of bread.")
add("2026-07-04 09:12", "THR", "Paul Mescal and Florence Pugh Bring ‘Homesick’ to Karlovy Vary’s Opening Night",
    "The spa town's Hotel Thermal was packed Friday night as Joanna Strand's drama had its world premiere, earning a seven-minute standing ovation. Mescal and Pugh signed autographs on the red carpet for more than an hour.",
    L(HS, "premiere", "held"))
add("2026-07-04 10:30", "Variety", "‘Homesick’ Review: Paul Mescal and Florence Pugh Ache Beautifully in Joanna Strand’s Tender Drama",
    "Grief makes tourists of us all in Joanna Strand's second feature, a slow, lovely film about two adult siblings who fail, repeatedly, to sell a house neither of them wants to live in. Mescal has rarely been better; Pugh is a marvel of held-back feeling.")
add("2026-07-09 14:55", "theguardian.com", "Paul Mescal’s Homesick still has no UK release date, distributor confirms",
    "The Irish actor's Tasmanian family drama won warm reviews at Karlovy Vary, but a UK distributor said on Wednesday that no date had been agreed for British cinemas.")
add("2026-07-16 16:20", "Deadline", "A24’s ‘Homesick’ Shifts Four Weeks Later To Oct. 30",
    "A24 is pushing Joanna Strand's Homesick from October 2 to October 30, giving the Paul Mescal-Florence Pugh drama room to expand after its fall festival run. The film will open in limited release before going wide in November.",
    L(HS, "release_date", "announced", "2026-10-30", "day"))
add("2026-07-22 16:00", "youtube.com", "HOMESICK | Official Trailer | A24", "",
    L(HS, "trailer", "released"))

# Payday
add("2026-06-08 19:40", "Deadline", "Cameras Stop Rolling On David Leitch’s Heist Thriller ‘Payday’",
    "Production has wrapped in Atlanta on Universal's Payday, David Leitch's action-heist movie starring Michael B. Jordan and Jodie Comer as rival crews hitting the same armored-car depot. Leitch posted a photo of the final slate on Sunday night.",
    L(PD, "production", "wrapped"))
G("2026-06-10 12:45", "CFPB moves to tighten rules on payday lenders", "Reuters",
  [("Payday loan borrowers face new protections", "CNBC"), ("States split over payday lending caps", "Axios")])
G("2026-06-18 18:00", "Payday 3 gets final major update as Starbreeze shifts focus", "IGN",
  [("Starbreeze confirms Payday 3 roadmap is ending", "PC Gamer")])
add("2026-06-29 21:05", "THR", "Universal Sets Michael B. Jordan Heist Movie ‘Payday’ for March 2027",
    "Universal Pictures has dated David Leitch's Payday for Friday, March 5, 2027. The film stars Michael B. Jordan and Jodie Comer and wrapped production earlier this month.",
    L(PD, "release_date", "announced", "2027-03-05", "day"), L(PD, "production", "wrapped"))
add("2026-06-30 07:30", "huffpost", "Why You Feel Broke Two Days After Payday, And How To Fix It",
    "Financial planners explain the spending habits that quietly eat a paycheck before the week is out.")
add("2026-07-09 13:25", "Variety", "Jodie Comer to Lead West End Revival of ‘The Deep Blue Sea’",
    "Jodie Comer will return to the London stage next spring. The Emmy winner, who next appears opposite Michael B. Jordan in Universal's “Payday,” will star in Terence Rattigan's drama at the Harold Pinter Theatre.")
add("2026-07-19 15:00", "collider.com", "Will ‘Payday’ Keep Its March Release Date?",
    "With three tentpoles crowding the early 2027 calendar, we look at whether Universal's heist movie stays put.")
add("2026-07-24 18:30", "Deadline", "Universal Moves ‘Payday’ Off March Slot, Now Eyes Fall 2027; ‘The Ossuary’ Takes Its Date",
    "Universal is moving David Leitch's Payday, starring Michael B. Jordan and Jodie Comer, from March 5, 2027 to fall 2027, with a specific date to come. Blumhouse horror The Ossuary will take over the March 5 slot.",
    L(PD, "release_date", "expected", "2027-09-01", "season"))
add("2026-07-30 12:10", "ew.com", "Jodie Comer says Payday is ‘sometime in the second half of next year’ and worth the wait",
    "The actress, speaking at a London screening, confirmed the Universal heist film with Michael B. Jordan won't arrive before the second half of next year.",
    L(PD, "release_date", "expected", "2027-07-01", "half"))

# Ironjaw 2
add("2026-06-01 16:50", "Deadline", "‘Ironjaw 2’ Starts Production In Budapest As Lionsgate Adds Four To Cast",
    "Cameras are rolling in Budapest on Ironjaw 2, Lionsgate's sequel to the 2023 fight picture Ironjaw. Jason Momoa returns, with Rebecca Hall, Lakeith Stanfield, Yayan Ruhian and Tao Okamoto joining. Kaito Mori again directs.",
    L(IJ, "production", "filming"))
G("2026-06-06 14:00", "'Ironjaw' is now streaming on Peacock, and it's climbing the charts", "Collider",
  [("Jason Momoa's Ironjaw is the most-watched movie on Peacock this week", "Forbes"), ("Ironjaw ending explained", "Screen Rant")])
add("2026-06-12 15:15", "THR", "Jason Momoa Looks Back at ‘Ironjaw,’ the Fight Movie Nobody Wanted to Make",
    "Three years after the 2023 film turned a $40 million budget into a $310 million global gross, Momoa recalls the studio meetings that went nowhere and the Budapest warehouse where it was finally shot.")
add("2026-06-20 17:05", "Variety", "‘Ironjaw 2’ Won’t Hit Theaters in 2026, Producer Confirms",
    "Anyone hoping for a Christmas bout will have to wait. Producer Basil Iwanyk said Friday that Lionsgate's “Ironjaw 2” will not open this year, but declined to say when the Jason Momoa sequel would arrive.")
G("2026-06-24 10:40", "The 15 best action movies of the 2020s, ranked", "Collider",
  [("The best action movies on Netflix right now", "Esquire")])
add("2026-07-08 19:00", "Deadline", "‘Ironjaw’ Director Kaito Mori Boards Netflix Sci-Fi ‘Halcyon’",
    "EXCLUSIVE: Kaito Mori, who is currently shooting Ironjaw 2 with Jason Momoa in Budapest, has signed on to direct Halcyon, a sci-fi thriller for Netflix from a script by Zak Olkewicz.",
    L(IJ, "production", "filming"))
add("2026-07-10 14:20", "Variety", "Lionsgate Targets Mid-2027 for ‘Ironjaw 2’",
    "Lionsgate told exhibitors it is eyeing mid-2027 for “Ironjaw 2,” Jason Momoa's return to the cage, with an exact date to be announced at a later stage.",
    L(IJ, "release_date", "expected", "2027-06-01", "season"))
add("2026-07-14 11:00", "ign.com", "Jason Momoa Says Ironjaw 2 Fights Are ‘Twice as Brutal,’ Sequel Due Next Summer",
    "Momoa spoke to IGN from the Budapest set, where the sequel is nearing the end of its shoot. The Lionsgate follow-up is due next summer.",
    L(IJ, "release_date", "expected", "2027-06-01", "season"), L(IJ, "production", "filming"))
add("2026-07-16 08:45", "Google News", "Lionsgate Q1 earnings: 'Ironjaw' library title cited as key driver - The Hollywood Reporter",
    "Lionsgate Q1 earnings: 'Ironjaw' library title cited as key driver The Hollywood Reporter Lionsgate shares rise after studio beats forecasts CNBC Lionsgate CEO on the Starz separation Deadline")
add("2026-07-21 13:00", "collider.com", "‘Ironjaw 2’ First Look Is Coming to San Diego Comic-Con This Saturday",
    "Lionsgate will debut the first footage from Ironjaw 2 during its Hall H panel this Saturday, with Jason Momoa, Rebecca Hall and director Kaito Mori expected to attend.",
    L(IJ, "trailer", "expected", "2026-07-25", "day"))
add("2026-07-22 18:10", "THR", "Comic-Con 2026 Schedule: Lionsgate Brings ‘Ironjaw 2’ to Hall H as Sony Sits Out",
    "Lionsgate will use its Saturday Hall H slot to unveil the first teaser for “Ironjaw 2.” Sony, whose “Starfall” footage was the talk of Annecy last month, is skipping the convention for the second straight year.",
    L(IJ, "trailer", "expected"))
add("2026-07-26 02:15", "Variety", "‘Ironjaw 2’ Teaser Puts Jason Momoa Back in the Cage; Sequel Dated for June 11, 2027",
    "Lionsgate released the teaser for “Ironjaw 2” online minutes after its Hall H panel wrapped, and confirmed the sequel will open June 11, 2027. The original “Ironjaw” grossed $310 million worldwide in 2023.",
    L(IJ, "trailer", "released"), L(IJ, "release_date", "announced", "2027-06-11", "day"))
G("2026-07-27 16:30", "Ironjaw 2 teaser breakdown: 9 things you missed", "Screen Rant",
  [("Every callback to the first Ironjaw in the new teaser", "GamesRadar+"), ("Jason Momoa debuts Ironjaw 2 footage at Comic-Con", "Entertainment Weekly")],
  L(IJ, "trailer", "released"))

# The Glass Orchard
add("2026-06-02 20:00", "Deadline", "Focus Features Lands Agnieszka Holm’s ‘The Glass Orchard’ With Saoirse Ronan, Plans Fall Release",
    "Focus Features has acquired worldwide rights to The Glass Orchard, Agnieszka Holm's English-language debut starring Saoirse Ronan and Colman Domingo, and will release it this fall.",
    L(GO, "release_date", "expected", "2026-09-01", "season"))
add("2026-06-15 17:25", "Deadline", "‘The Glass Orchard’ Gets Nov. 20 Date From Focus",
    "Focus Features has set Nov. 20 for The Glass Orchard, Agnieszka Holm's period drama starring Saoirse Ronan as a glassblower's widow in 1890s Silesia. Colman Domingo co-stars.",
    L(GO, "release_date", "announced", "2026-11-20", "day"))
G("2026-06-26 08:00", "Saoirse Ronan: 'Motherhood changed how I pick roles'", "The Guardian",
  [("Saoirse Ronan on her Narnia casting rumours", "The Independent")])
add("2026-06-30 10:10", "screendaily.com", "Universal to release ‘The Glass Orchard’ in UK on 20 November 2026",
    "Universal Pictures International will release Focus Features' The Glass Orchard in UK and Irish cinemas on 20 November 2026, day-and-date with the US.",
    L(GO, "release_date", "announced", "2026-11-20", "day"))
add("2026-07-07 19:00", "Variety", "Focus Features Acquires Cannes Prizewinner ‘Ondine’ for North America",
    "Focus Features has bought North American rights to “Ondine,” the Jury Prize winner from Cannes, and plans an awards-season release.")
add("2026-07-21 12:00", "Variety", "Venice Film Festival 2026 Lineup: Agnieszka Holm’s ‘The Glass Orchard,’ New Films From Lanthimos, Sorrentino in Competition",
    "The 83rd Venice Film Festival has unveiled its lineup. In competition: Agnieszka Holm's “The Glass Orchard,” starring Saoirse Ronan and Colman Domingo, which will have its world premiere on the Lido, alongside new films from Yorgos Lanthimos and Paolo Sorrentino.",
    L(GO, "premiere", "announced"))
add("2026-07-21 19:40", "theguardian.com", "Saoirse Ronan’s The Glass Orchard heads to Venice as Paul Mescal’s Homesick eyes awards run",
    "Ronan's Silesian drama will premiere in competition on the Lido in September, while Homesick, which opened Karlovy Vary earlier this month to rapturous applause, is being positioned by A24 for a long campaign.",
    L(GO, "premiere", "announced"), L(HS, "premiere", "held"))
add("2026-07-23 16:00", "youtube.com", "The Glass Orchard - Official Teaser Trailer (2026) Saoirse Ronan, Colman Domingo", "",
    L(GO, "trailer", "released"))
add("2026-07-24 20:30", "collider.com", "This Week’s Best Trailers: ‘The Glass Orchard,’ ‘Long Weekend’ and More",
    "Saoirse Ronan breaks glass and hearts in the first look at Focus Features' The Glass Orchard, while Kevin Hart and Regina Hall run out of vacation days in the second trailer for Paramount's Long Weekend.",
    L(GO, "trailer", "released"), L(LW, "trailer", "released"))
add("2026-07-29 18:15", "THR", "Colman Domingo Joins Apple’s Limited Series ‘The Ridge’",
    "Domingo will next be seen in Focus Features' The Glass Orchard, which world premieres in Venice before opening in theaters Nov. 20.",
    L(GO, "premiere", "announced"), L(GO, "release_date", "announced", "2026-11-20", "day"))
add("2026-07-03 11:45", "Variety", "Saoirse Ronan in Talks to Join Greta Gerwig’s Second Narnia Film",
    "Saoirse Ronan is in early talks for a role in Netflix's next Narnia film, reuniting her with Greta Gerwig. Ronan recently wrapped a press tour for Apple's “The Outrun” reissue.")

# Midnight Ferry
add("2026-06-02 17:00", "youtube.com", "Midnight Ferry | Official Trailer 2 | New Line Cinema", "",
    L(MF, "trailer", "released"))
add("2026-06-12 15:00", "collider.com", "‘Midnight Ferry’ Director Dario Castell Explains Why He Shot on a Real Ship in the North Sea",
    "Castell says the cast spent 31 nights at sea, and that Mia Goth was the only one who never got seasick.")
G("2026-06-20 06:50", "Midnight ferry from Dover cancelled as storms hit Channel", "BBC News",
  [("Travellers stranded as P&O suspends sailings", "The Independent")])
add("2026-06-23 14:00", "pitchfork.com", "Fleet Foxes Share New Song “Midnight Ferry”",
    "Robin Pecknold's band returns with a seven-minute folk epic, the first taste of an album due in the autumn.")
add("2026-07-08 20:20", "Deadline", "‘Midnight Ferry’ Tracking For Mid-$20M Start As Horror Keeps Summer Afloat",
    "New Line's Midnight Ferry is tracking to open in the mid-$20 million range according to NRG, a healthy number for an original horror title in a crowded frame.")
add("2026-07-15 03:10", "THR", "Mia Goth, Jack Reynor Brave the Waves at ‘Midnight Ferry’ Premiere",
    "The stars of New Line's seafaring horror film walked a fog-drenched carpet at the TCL Chinese Theatre in Hollywood on Tuesday night for the world premiere.",
    L(MF, "premiere", "held"))
add("2026-07-15 17:00", "Variety", "‘Midnight Ferry’ Review: Mia Goth Is Stranded at Sea in a Deliciously Nasty Chiller",
    "Dario Castell's second feature is a mean, wet, grimly funny ride. New Line releases the film in theaters this Friday.",
    L(MF, "release_date", "announced", "2026-07-17", "day"))
add("2026-07-19 18:40", "Deadline", "‘Midnight Ferry’ Docks With $31M, Best Opening For An Original Horror Film This Year – Sunday Box Office",
    "New Line/Warner Bros.' Midnight Ferry came in well ahead of tracking with $31.2M from 3,650 theaters, an A- CinemaScore rare for the genre.",
    L(MF, "release", "released"))
add("2026-07-26 10:00", "Variety", "Global Box Office: ‘Midnight Ferry’ Sails Past $80 Million Worldwide",
    "Warner Bros.' horror hit added $22 million overseas in its second frame, led by the U.K. and Mexico.",
    L(MF, "release", "released"))
G("2026-07-31 22:00", "Weekend box office: 'Sky Riders' repeats as 'Midnight Ferry' crosses $100M domestic", "AP News",
  [("Box office: Sky Riders flies again", "Deadline"), ("How Midnight Ferry became summer's surprise hit", "The Ringer")],
  L(MF, "release", "released"))

# Long Weekend
add("2026-06-03 21:30", "Deadline", "Paramount Moves Up Kevin Hart-Regina Hall Comedy ‘Long Weekend’ A Week",
    "Paramount is moving up Long Weekend, Malcolm D. Lee's comedy starring Kevin Hart and Regina Hall, by one week from Aug. 14 to Aug. 7, vacating a frame now home to two other comedies.",
    L(LW, "release_date", "announced", "2026-08-07", "day"))
G("2026-06-24 07:15", "Canada Day long weekend: what's open and closed in Toronto", "CityNews Toronto",
  [("Canada Day events across the GTA", "CP24")])
add("2026-07-06 19:00", "Deadline", "Fourth Of July Long Weekend Box Office Hits $240M As ‘Sky Riders’ Leads",
    "The five-day Independence Day frame delivered the year's biggest holiday weekend, led by DreamWorks' Sky Riders with $98M. Holdovers were strong across the board.")
add("2026-07-09 16:00", "youtube.com", "LONG WEEKEND | Official Trailer (2026) | Kevin Hart, Regina Hall", "",
    L(LW, "trailer", "released"))
add("2026-07-13 12:30", "bloody-disgusting.com", "Ozploitation Classic ‘Long Weekend’ Gets 4K Restoration",
    "Umbrella Entertainment will release Colin Eggleston's 1978 eco-horror Long Weekend on 4K UHD on Aug. 26, with a new commentary track and a documentary on the film's troubled shoot.")
add("2026-07-17 15:20", "Variety", "Regina Hall on ‘Long Weekend’ and Why She Keeps Saying Yes to Kevin Hart",
    "The actress, reteaming with Hart for the fourth time, talks improvising the Airbnb scene and what she learned from Malcolm D. Lee.")
add("2026-07-21 21:00", "Variety", "Kevin Hart to Host Netflix Stand-Up Festival Closing Night Special", "")
add("2026-07-31 04:05", "THR", "Kevin Hart and Regina Hall Crash Their Own ‘Long Weekend’ Premiere in Atlanta",
    "The stars arrived on jet skis, of course. Paramount's comedy, directed by Malcolm D. Lee, premiered Thursday night at the Fox Theatre ahead of its Aug. 7 release.",
    L(LW, "premiere", "held"), L(LW, "release_date", "announced", "2026-08-07", "day"))

# Starfall
add("2026-06-17 11:30", "THR", "Annecy: Sony Pictures Animation Shows First ‘Starfall’ Footage, Promises Trailer Early Next Year",
    "Kemp Powers introduced ten minutes of Starfall, with Hailee Steinfeld and Daniel Kaluuya voicing sibling comets, and said a first trailer would follow early next year.",
    L(SF, "trailer", "expected", "2027-01-01", "quarter"))
G("2026-06-18 23:00", "Rare daytime 'starfall' lights up Arizona sky; NASA explains", "CBS News",
  [("Fireball seen across four states", "USA Today")])
add("2026-06-24 20:10", "Deadline", "Sony Pulls ‘Starfall’ From December Slot; Animated Film Delayed Indefinitely",
    "Sony Pictures Animation's Starfall, previously set for Dec. 11, 2026, has been taken off the release calendar and delayed indefinitely while the studio reworks the third act, sources say.",
    L(SF, "release_date", "expected"))
add("2026-07-02 14:00", "collider.com", "Daniel Kaluuya’s Best Performances, Ranked",
    "From Get Out to Judas and the Black Messiah, we rank the Oscar winner's finest roles ahead of his voice work in Starfall.")
add("2026-07-11 10:20", "polygon.com", "League of Legends’ Starfall event brings back space-themed skins", "")
add("2026-07-18 17:35", "Variety", "Sony’s ‘Starfall’ Shifts to 2028",
    "Sony Pictures Animation has found a new home for Kemp Powers' “Starfall”: the animated adventure, pulled from its December date last month, will now open in 2028.",
    L(SF, "release_date", "expected", "2028-01-01", "year"))
add("2026-07-29 13:50", "ew.com", "Hailee Steinfeld says the Starfall delay is ‘good for the movie’",
    "Steinfeld, who voices the lead comet in Sony Pictures Animation's Starfall, now slated for early 2028, says the extra time lets the team rebuild the ending.",
    L(SF, "release_date", "expected", "2028-01-01", "quarter"))

# ---------------------------------------------------------------- unrelated film-side noise, June-July 2026
NOISE26 = [
    ("2026-06-01 09:00", "Deadline", "Amazon MGM Taps Ruben Östlund For English-Language Comedy ‘The Guest List’", "EXCLUSIVE: Ruben Östlund will write and direct The Guest List, a comedy of manners set at a billionaire's wedding, for Amazon MGM Studios."),
    ("2026-06-03 12:00", "Variety", "Tribeca Festival 2026 Winners: ‘Salt Marsh’ Takes Top Narrative Prize", "The Tribeca Festival announced its juried awards on Thursday, with Leila Haddad's debut “Salt Marsh” taking best U.S. narrative feature."),
    ("2026-06-04 16:00", "THR", "Sundance Institute Names New Executive Director", "The nonprofit has hired a longtime festival programmer to lead the organization as it settles into its new Boulder home."),
    ("2026-06-05 10:30", "Google News", "Paramount–Skydance layoffs hit marketing division - The Wrap", "Paramount–Skydance layoffs hit marketing division The Wrap Paramount cuts 200 more jobs Deadline What the layoffs mean for the fall slate Variety"),
    ("2026-06-07 18:00", "Deadline", "‘Sky Riders’ Soars To $132M Opening, DreamWorks Animation’s Best Debut", "DreamWorks Animation's Sky Riders opened to $132M at the domestic box office, besting every previous launch for the studio."),
    ("2026-06-08 13:00", "THR", "Character Actor Harold Benn, Familiar Face of ’80s Cop Dramas, Dies at 88", "Benn appeared in more than 150 film and television productions over a five-decade career."),
    ("2026-06-09 11:20", "Variety", "A24 Boards Horror Pic From ‘Talk to Me’ Directors", "A24 has acquired worldwide rights to the next film from Danny and Michael Philippou, a haunted-house story set in Adelaide."),
    ("2026-06-10 15:45", "Deadline", "Searchlight Promotes Two Executives To Co-Heads Of Production", "Searchlight Pictures has elevated two longtime executives to co-presidents of production, the studio said."),
    ("2026-06-11 19:00", "Variety", "Netflix Sets Limited Series ‘The Gilt Cage’ With Kate Winslet", "Kate Winslet will star in and executive produce the eight-part drama about a Victorian banking dynasty."),
    ("2026-06-12 09:00", "Google News", "Annecy 2026: 'The Paper Fox' wins Cristal for best feature - Cartoon Brew", "Annecy 2026: 'The Paper Fox' wins Cristal for best feature Cartoon Brew Annecy winners list Variety"),
    ("2026-06-13 14:00", "Deadline", "Michael B. Jordan To Produce ‘Creed’ Anime Series For Prime Video", "Michael B. Jordan's Outlier Society is teaming with Amazon and MGM on an anime series set in the Creed universe."),
    ("2026-06-14 17:40", "THR", "Box Office Mojo Redesign Angers Analysts", "The site's new layout hides weekend-to-weekend drops behind a paywall."),
    ("2026-06-15 12:00", "Variety", "Cannes Lions: Hollywood Marketers Say AI Trailers Are Here to Stay", "Studio marketing chiefs said on a panel that AI-assisted trailer cutting is now standard practice for international versions."),
    ("2026-06-17 20:00", "Deadline", "Universal Dates Blumhouse Horror ‘The Ossuary’ And Untitled Jordan Peele Event Film", "Universal has set The Ossuary for Jan. 15, 2027 and dated Jordan Peele's next film for Oct. 22, 2027."),
    ("2026-06-18 08:30", "Google News", "The best movies of 2026 so far - Esquire", "The best movies of 2026 so far Esquire The 25 best films of the year (so far) Vulture Our favorite movies of 2026 Paste"),
    ("2026-06-19 16:00", "THR", "Venice Film Festival Names Jury President", "The 83rd edition will be presided over by a two-time Oscar-winning director, the Biennale said Friday."),
    ("2026-06-21 15:00", "Variety", "Korea Box Office: Local Thriller ‘Night Market’ Opens at No. 1", "A Korean crime thriller led the weekend with $4.1 million from 520,000 admissions."),
    ("2026-06-23 10:00", "Deadline", "Disney Shuffles Release Calendar: Live-Action ‘Hercules’ Moves To 2028", "Disney has moved its live-action Hercules from July 2027 to spring 2028 and dated two untitled Pixar films."),
    ("2026-06-25 13:30", "THR", "Jason Momoa Launches Tequila Brand With Hawaiian Distillery", "The actor's new label is made with agave grown on the Big Island."),
    ("2026-06-28 18:20", "Deadline", "‘Sky Riders’ Crosses $600M Global; ‘The Listener’ Opens Soft", "DreamWorks' animated sequel keeps climbing while Neon's thriller found only $4M."),
    ("2026-07-01 12:00", "Variety", "Karlovy Vary Adds Honorary Crystal Globe for Juliette Binoche", "Binoche will receive the award at the closing ceremony."),
    ("2026-07-02 09:15", "Google News", "Florence Pugh and Zach Braff spotted in London - Daily Mail", "Florence Pugh and Zach Braff spotted in London Daily Mail Florence Pugh wears sheer gown to Dior show Harper's Bazaar"),
    ("2026-07-05 21:10", "Deadline", "Fourth Of July Weekend: Theaters Report Best Concessions Sales Since 2019", "Exhibitors said per-capita concession spending hit a record over the holiday frame."),
    ("2026-07-07 11:00", "THR", "Lionsgate Names New President of Worldwide Marketing", "The executive will oversee campaigns for the studio's franchise slate, reporting to the film group chair."),
    ("2026-07-10 08:00", "Google News", "Glen Powell to host 'Saturday Night Live' season premiere - Variety", "Glen Powell to host 'Saturday Night Live' season premiere Variety Glen Powell returns to SNL People"),
    ("2026-07-12 14:00", "Variety", "Comic-Con 2026: Full Hall H Lineup Revealed", "Marvel Studios returns to Hall H on Saturday night; Warner Bros. Animation and Amazon round out the weekend."),
    ("2026-07-13 16:45", "Deadline", "Colman Domingo To Direct Broadway Revival Of ‘Fences’", "Domingo will make his Broadway directing debut next spring."),
    ("2026-07-15 12:00", "THR", "Universal Pictures Chief Talks Theatrical Windows at Sun Valley", "Speaking on the sidelines of the Allen & Co. conference, the executive said 31-day windows are here to stay."),
    ("2026-07-18 10:10", "Google News", "How to survive a long weekend road trip with kids - Parents", "How to survive a long weekend road trip with kids Parents Best road trip snacks Bon Appétit"),
    ("2026-07-20 19:00", "Variety", "Saturn Awards Nominations Led by ‘Sky Riders,’ ‘The Listener’", "The genre awards announced nominations across 40 categories."),
    ("2026-07-23 18:00", "Deadline", "Sony Pictures Animation Promotes Head Of Development", "The studio elevated its longtime development executive as it reworks its 2027 and 2028 slate."),
    ("2026-07-25 23:50", "THR", "Comic-Con: Marvel Reveals ‘Avengers’ Footage, Ending Hall H Saturday", "Kevin Feige closed out Saturday with a look at the studio's next team-up."),
    ("2026-07-27 09:00", "Google News", "Hailee Steinfeld and Josh Allen attend charity gala in Buffalo - People", "Hailee Steinfeld and Josh Allen attend charity gala in Buffalo People"),
    ("2026-07-30 15:00", "Variety", "Deauville American Film Festival Unveils Competition Lineup", "Ten features will compete, including three first films from Sundance."),
]
for w, s, t, d in NOISE26:
    add(w, s, t, d)

# ---------------------------------------------------------------- TV, Nov 2021 - Jul 2022
# Harrow Hall (season 3 watched; seasons 1, 2, 4 in the news)
add("2021-11-29 05:12", "tvline.com", "Harrow Hall Season 2 Finale Recap: Who Survived the Fire?", "")
add("2021-12-02 18:40", "variety.com", "‘Harrow Hall’ Season 2 Finale Draws Series-High 4.1 Million Viewers on HBO", "")
add("2022-01-10 14:03", "deadline.com", "Olivia Colman Back On Set As ‘Harrow Hall’ Season 3 Resumes Filming After Covid Pause", "",
    L(HH, "production", "filming"))
add("2022-02-21 17:20", "deadline.com", "‘Harrow Hall’ Wraps Season 3 Production In Yorkshire", "",
    L(HH, "production", "wrapped"))
add("2022-02-28 16:00", "youtube.com", "Harrow Hall: Season 3 | Official Teaser | HBO Max", "",
    L(HH, "trailer", "released"))
add("2022-03-14 19:30", "collider.com", "'Harrow Hall' Season 3 Gets April 24 Premiere Date on HBO", "",
    L(HH, "release_date", "announced", "2022-04-24", "day"))
add("2022-04-01 16:00", "youtube.com", "Harrow Hall | Season 3 Official Trailer | HBO", "",
    L(HH, "trailer", "released"))
add("2022-04-25 06:30", "tvline.com", "Harrow Hall Season 3 Premiere Recap: A New Heir at the Hall", "",
    L(HH, "release", "released"))
add("2022-04-26 19:10", "variety.com", "‘Harrow Hall’ Season 3 Premiere Ratings Up 12% Over Season 2 Debut", "",
    L(HH, "release", "released"))
add("2022-05-17 20:45", "deadline.com", "‘Harrow Hall’ Renewed For Season 4 At HBO", "")
add("2022-06-13 16:00", "youtube.com", "Harrow Hall | Season 1 Recap | HBO", "")
add("2022-06-27 15:00", "ew.com", "Harrow Hall season 3 finale: Tessa Lowry breaks down that ending", "",
    L(HH, "release", "released"))
add("2022-07-11 18:00", "deadline.com", "‘Harrow Hall’ Season 4 Begins Filming; Ruth Wilson Joins Cast", "")

# The Deep End (season 2)
add("2021-11-18 12:00", "huffpost", "How I Stopped Jumping In At The Deep End Of Every Relationship", "")
add("2021-11-24 17:00", "youtube.com", "The Deep End | Season 1 Bloopers | Hulu", "")
add("2021-12-06 21:15", "deadline.com", "‘The Deep End’ Season 2 Starts Production With Two New Series Regulars", "",
    L(DE, "production", "filming"))
add("2022-01-14 08:00", "theguardian.com", "Thrown in at the deep end: my first week as a newly qualified NHS nurse", "")
add("2022-02-03 18:20", "variety.com", "Hulu Sets Summer 2022 Return for Aubrey Plaza Comedy ‘The Deep End’", "",
    L(DE, "release_date", "expected", "2022-06-01", "season"))
add("2022-03-22 16:50", "deadline.com", "‘The Deep End’ Season 2 Wraps; Aubrey Plaza Teases ‘Unhinged’ Episodes", "",
    L(DE, "production", "wrapped"))
add("2022-04-20 14:00", "tvline.com", "The Deep End Season 2: Hulu Sets June 8 Premiere, Releases First Photos", "",
    L(DE, "release_date", "announced", "2022-06-08", "day"))
add("2022-05-10 13:30", "collider.com", "Aubrey Plaza Teases ‘The Deep End’ Season 2 Trailer Is ‘Coming Very Soon’", "",
    L(DE, "trailer", "expected"))
add("2022-05-18 16:00", "youtube.com", "The Deep End | Season 2 Trailer | Hulu", "",
    L(DE, "trailer", "released"))
add("2022-06-08 10:00", "whats-on-disneyplus.com", "The Deep End Season 2 Is Now Streaming On Hulu: Here's What To Know", "",
    L(DE, "release", "released"))
add("2022-06-09 15:00", "avclub.com", "The Deep End goes off the deep end in a messier second season", "")
add("2022-07-05 19:00", "variety.com", "Ramy Youssef Sets Next Directing Project at A24", "")

# Signal (season 1)
add("2021-11-16 17:00", "variety.com", "Rebecca Ferguson Sci-Fi Thriller ‘Signal’ to Premiere on Apple TV+ in March", "",
    L(SG, "release_date", "expected", "2022-03-01", "month"))
add("2021-12-09 15:30", "theverge.com", "Signal adds usernames ahead of phone-number privacy push", "")
add("2022-01-12 16:00", "youtube.com", "Signal — Official Teaser | Apple TV+", "",
    L(SG, "trailer", "released"))
add("2022-01-12 16:42", "deadline.com", "Apple TV+ Sets March 18 Premiere For Rebecca Ferguson Series ‘Signal’, Drops Teaser", "",
    L(SG, "release_date", "announced", "2022-03-18", "day"), L(SG, "trailer", "released"))
add("2022-01-26 21:00", "cnbc.com", "Traders look for a ‘buy signal’ as Nasdaq slides for fourth day", "")
add("2022-02-14 11:00", "nbcnews.com", "Signal, Telegram downloads surge as WhatsApp outage hits millions", "")
add("2022-02-24 17:00", "youtube.com", "Signal — Official Trailer | Apple TV+", "",
    L(SG, "trailer", "released"))
add("2022-03-10 04:30", "variety.com", "Rebecca Ferguson, Daniel Brühl Hit ‘Signal’ Premiere in Los Angeles", "",
    L(SG, "premiere", "held"))
add("2022-03-18 14:00", "tvline.com", "Signal Premiere Recap: Rebecca Ferguson Hears Something in the Static", "",
    L(SG, "release", "released"))
add("2022-03-21 09:00", "koreatimes.co.kr", "Korean thriller 'Signal' to get second season after six years, tvN confirms", "")
add("2022-04-04 18:30", "deadline.com", "‘Signal’ Renewed For Season 2 At Apple TV+", "")

# Copper Creek (season 4; spin-off 1889)
add("2021-11-19 19:00", "deadline.com", "‘Copper Creek’ Season 4 Begins Filming In Montana", "",
    L(CC, "production", "filming"))
add("2021-12-14 20:10", "variety.com", "‘Copper Creek’ Prequel ‘Copper Creek: 1889’ Ordered at Paramount+ With Harrison Ford", "")
add("2021-12-20 18:00", "deadline.com", "‘Copper Creek’ Season 3 Finale Hits Series High 9.2 Million Viewers", "")
add("2022-03-29 17:00", "deadline.com", "That’s A Wrap On ‘Copper Creek’ Season 4", "",
    L(CC, "production", "wrapped"))
add("2022-05-03 16:30", "variety.com", "‘Copper Creek’ Season 4 Will Premiere in June on Paramount Network", "",
    L(CC, "release_date", "expected", "2022-06-01", "month"))
add("2022-05-16 15:00", "youtube.com", "Copper Creek Season 4 | Official Teaser | Paramount Network",
    "Copper Creek returns June 19 on Paramount Network.",
    L(CC, "trailer", "released"), L(CC, "release_date", "announced", "2022-06-19", "day"))
add("2022-06-16 14:20", "tvline.com", "Copper Creek Returns This Sunday — Watch the Final Trailer", "",
    L(CC, "trailer", "released"), L(CC, "release_date", "announced", "2022-06-19", "day"))
add("2022-06-21 18:00", "deadline.com", "‘Copper Creek’ Season 4 Premiere Draws 8.7M Viewers Across Paramount Network Simulcast", "",
    L(CC, "release", "released"))
add("2022-06-27 07:00", "tulsaworld.com", "Copper Creek Ranch wildfire forces evacuations near Sand Springs", "")
add("2022-07-12 19:30", "deadline.com", "‘Copper Creek: 1889’ Wraps Filming, Sets December Premiere On Paramount+", "")

# Wild Card (season 2)
add("2021-11-22 13:00", "variety.com", "Netflix’s ‘Wild Card’ Season 2 Wraps Filming in Lisbon", "",
    L(WC, "production", "wrapped"))
add("2021-12-01 17:00", "youtube.com", "Wild Card | Season 1 Recap | Netflix", "")
add("2022-01-15 04:00", "nbcnews.com", "NFL Wild Card Weekend: Bengals end 31-year playoff win drought", "")
add("2022-02-01 18:00", "deadline.com", "‘Wild Card’: Netflix Sets Season 2 For April, Unveils First-Look Images", "",
    L(WC, "release_date", "expected", "2022-04-01", "month"))
add("2022-03-01 12:00", "netflixlife.com", "When will Wild Card season 2 be on Netflix?", "")
add("2022-03-08 16:00", "youtube.com", "Wild Card: Season 2 | Official Teaser | Netflix", "",
    L(WC, "trailer", "released"))
add("2022-03-11 13:00", "cbsnews.com", "MLB adds third wild card as lockout ends: what the new playoff format means", "")
add("2022-03-23 09:30", "whats-on-netflix.com", "Wild Card Season 2: Netflix Release Date Confirmed for April 22nd", "",
    L(WC, "release_date", "announced", "2022-04-22", "day"))
add("2022-04-22 08:00", "whats-on-netflix.com", "Wild Card Season 2 Now Streaming: Full Episode Guide", "",
    L(WC, "release", "released"))
add("2022-04-27 19:00", "variety.com", "Netflix Top 10: ‘Wild Card’ Season 2 Debuts at No. 1 With 48 Million Hours Viewed", "",
    L(WC, "release", "released"))
add("2022-05-12 17:30", "deadline.com", "‘Wild Card’ Creator On Where A Possible Season 3 Could Go", "")

# Moonlit Blade (season 2)
add("2021-11-20 10:00", "animenewsnetwork.com", "Moonlit Blade Anime's 2nd Season Reveals Teaser, January 2022 Premiere", "",
    L(MB, "trailer", "released"), L(MB, "release_date", "expected", "2022-01-01", "month"))
add("2021-11-29 16:00", "youtube.com", "Moonlit Blade Season 1 | Official English Dub Clip | Crunchyroll", "")
add("2021-12-18 16:00", "youtube.com", "Moonlit Blade Season 2 - Official Trailer 2 | Crunchyroll", "",
    L(MB, "trailer", "released"))
add("2021-12-20 09:00", "animenewsnetwork.com", "Moonlit Blade Season 2 Premieres on January 9", "",
    L(MB, "release_date", "announced", "2022-01-09", "day"))
add("2022-01-10 15:00", "polygon.com", "Moonlit Blade season 2’s premiere is out now, and it’s a stunner", "",
    L(MB, "release", "released"))
add("2022-02-05 07:00", "streamingdigitally.com", "Tsukiyo no Yaiba Season 2 Episode 5 Release Date and Time on Crunchyroll", "",
    L(MB, "release", "released"))
add("2022-03-27 10:00", "animenewsnetwork.com", "Moonlit Blade Anime Gets Film Sequel in 2023", "")

# unrelated TV noise
NOISE22 = [
    ("2021-11-17 16:00", "youtube.com", "Yellowjackets | Official Trailer | SHOWTIME"),
    ("2021-11-23 19:00", "deadline.com", "‘Only Murders In The Building’ Season 2 Sets Hulu Premiere"),
    ("2021-12-03 16:00", "youtube.com", "Peacemaker | Official Trailer | HBO Max"),
    ("2021-12-08 18:00", "variety.com", "Apple TV+ Orders Drama From ‘Mad Men’ Creator"),
    ("2021-12-15 20:00", "tvline.com", "Abbott Elementary: ABC Moves Comedy To Tuesdays"),
    ("2022-01-05 17:00", "deadline.com", "HBO Max Sets ‘The Staircase’ Premiere Date"),
    ("2022-01-20 16:00", "youtube.com", "The Gilded Age | Official Trailer | HBO"),
    ("2022-02-02 18:30", "variety.com", "Paramount Network Orders Another Western From Taylor Sheridan"),
    ("2022-02-09 16:00", "youtube.com", "Pachinko — Official Trailer | Apple TV+"),
    ("2022-02-17 21:00", "deadline.com", "Crunchyroll Completes Funimation Integration, Raises Prices"),
    ("2022-03-03 15:00", "tvline.com", "Abbott Elementary Renewed For Season 2 At ABC"),
    ("2022-03-16 18:00", "variety.com", "Netflix Cancels ‘Space Force’ After Two Seasons"),
    ("2022-04-06 16:00", "youtube.com", "Tokyo Vice | Official Trailer | HBO Max"),
    ("2022-04-13 20:00", "deadline.com", "Hulu’s ‘The Dropout’ Finale Draws Series High Viewership"),
    ("2022-05-02 17:00", "variety.com", "Aubrey Plaza To Host Independent Spirit Awards Again"),
    ("2022-05-25 16:00", "youtube.com", "Ms. Marvel | Official Trailer | Disney+"),
    ("2022-06-01 13:00", "deadline.com", "Josh Brolin To Star In Limited Series ‘Outer Range’ Follow-Up"),
    ("2022-06-14 16:00", "tvline.com", "Reservation Dogs Season 2 Sets August Premiere On FX On Hulu"),
    ("2022-06-30 18:00", "variety.com", "Emmy Predictions: Drama Series Race Heats Up"),
    ("2022-07-07 17:00", "deadline.com", "Netflix Loses 970,000 Subscribers In Q2, Less Than Feared"),
    ("2022-07-14 16:00", "youtube.com", "Andor | Official Trailer | Disney+"),
    ("2022-07-20 18:00", "deadline.com", "Olivia Colman To Star In Apple TV+ Limited Series ‘Joan’"),
]
for w, s, t in NOISE22:
    add(w, s, t, "")


# ---------------------------------------------------------------- second batch
add("2026-07-06 15:00", "Variety", "Paramount’s ‘Long Weekend’ Trailer Debuts Thursday",
    "Paramount will release the first full trailer for Malcolm D. Lee's “Long Weekend” on Thursday, with Kevin Hart and Regina Hall set to premiere it during a live stream from the set of Hart's talk show.",
    L(LW, "trailer", "expected", "2026-07-09", "day"))
add("2026-07-15 13:05", "Deadline", "A24 To Debut ‘Homesick’ Trailer Next Week As Awards Push Begins",
    "A24 will drop the first trailer for Joanna Strand's Homesick next week, following the Paul Mescal-Florence Pugh drama's warm reception at Karlovy Vary.",
    L(HS, "trailer", "expected"))
G("2026-07-22 21:30", "'Midnight Ferry' ending explained: who is really steering the ship?", "Polygon",
  [("Midnight Ferry, now in theaters, is the scariest movie of the summer", "Slate"), ("Midnight Ferry's director on that final shot", "IndieWire")],
  L(MF, "release", "released"))
add("2026-07-31 17:20", "Deadline", "That’s A Wrap On ‘Ironjaw 2’: Jason Momoa Posts Farewell From Budapest Set",
    "Filming has wrapped on Lionsgate's Ironjaw 2. Momoa shared a video of the crew on the final night of the Budapest shoot, thanking director Kaito Mori.",
    L(IJ, "production", "wrapped"))
add("2022-01-20 18:00", "variety.com", "HBO Max 2022 Slate: ‘Harrow Hall’ Season 3 Returns in Spring, ‘The Gilded Age’ Gets Date", "",
    L(HH, "release_date", "expected", "2022-03-01", "season"))
add("2022-06-07 05:30", "people.com", "Aubrey Plaza Stuns at ‘The Deep End’ Season 2 Premiere Party in Los Angeles", "",
    L(DE, "premiere", "held"))
add("2026-07-28 16:00", "THR", "Mia Goth Joins Ti West’s Next Horror Film",
    "Goth, whose credits include Pearl and Midnight Ferry, reunites with West for an untitled A24 project shooting in New Zealand this winter.")
G("2026-06-29 09:00", "Dua Lipa's 'Homesick' re-enters global streaming chart after viral trend", "Billboard",
  [("Why a 2017 deep cut is suddenly everywhere", "Rolling Stone")])
G("2026-07-06 12:30", "Payday 2 servers will shut down next year, Starbreeze confirms", "PC Gamer",
  [("What the Payday 2 shutdown means for players", "Eurogamer")])
add("2026-07-01 18:00", "Variety", "‘Starfall’ Composer Kris Bowers on Writing Music for Comets", "Bowers says he recorded part of the score inside a planetarium dome.")
add("2026-06-20 12:00", "THR", "Novelist Hanna Kral on Seeing ‘The Glass Orchard’ Become a Saoirse Ronan Movie",
    "The Polish author talks about the book's long road to the screen and the afternoon she spent watching Ronan learn to blow glass.")
add("2026-07-30 20:15", "Deadline", "Box Office Preview: Kevin Hart’s ‘Long Weekend’ Eyes $18M Start",
    "Paramount's comedy is tracking for a high-teens opening, with women over 25 driving interest. Rivals include the second frame of Disney's fantasy pic.")
add("2022-02-10 17:30", "variety.com", "Apple TV+ Releases First-Look Photos From Rebecca Ferguson’s ‘Signal’", "")
add("2022-05-30 12:00", "blu-ray.com", "Harrow Hall: The Complete Second Season Blu-ray Detailed", "")
add("2022-01-03 09:00", "netflixlife.com", "Is Moonlit Blade season 2 delayed? What we know", "")
add("2022-01-09 23:00", "espn.com", "Wild card round odds: Bills, Cowboys favored in opening playoff games", "")

ITEMS.sort(key=lambda it: it["pubDate"])
assert len({it["link"] for it in ITEMS}) == len(ITEMS)
out = Path(__file__).with_name("items.jsonl")
out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")
print(len(ITEMS), "items,", sum(1 for i in ITEMS if not i["labels"]), "without labels")
