#!/usr/bin/env python3
"""Writes a synthetic, fictional corpus for the web benchmark as PostgreSQL COPY statements on stdout.

N short articles (about 300 words, 10 quotes each, 600 speakers, 8 sources, a year of publication dates) plus one long
article of 5,000 words with 100 quotes by 12 speakers, whose id is printed on stderr. Deterministic for a seed.
Offsets are exact: every quote's text is article_text[start:end]. Load into a database that ingest has migrated:

    python3 seed.py --articles 10000 | psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres -d DB
"""
import argparse
import datetime
import hashlib
import json
import random
import sys

WORDS = ("harbour bridge council budget ferry crossing steel survey vote tender contract engineers season traffic "
         "quay tide mooring tariff repair schedule committee auditor estimate delay union port shipyard pier dredging "
         "lighthouse warehouse cargo freight inspector ministry fishermen market festival tram depot").split()
GIVEN = "Ilse Tomas Petra Joel Marta Ansel Rhea Odo Lina Bram Cato Dara Eino Fenna Gus Hild Ivo Jora Kell Lotte".split()
FAMILY = "Varga Brel Aldane Marchetti Quill Renn Osk Havel Lind Moro Tarn Sallo Vey Dunmar Ekholt Farro Grell Hult Iver Kask".split()
ORG_HEADS = "Harbour Authority|Chamber of Commerce|Farmers' Union|Orrin Institute|Ports Board|Dock Workers' Association|City Council|Ferry Company".split("|")
PLACES = "Tessaly Vellmar Orrin Kessa Dunmar Lorn Brask Ithe".split()
SOURCES = ["tessaly-courier", "vellmar-post", "orrin-daily", "kessa-herald", "harbour-wire", "lorn-gazette",
           "brask-times", "ithe-observer"]
TYPES = ["DIRECT"] * 5 + ["INDIRECT"] * 3 + ["MIXED"] * 2
SIEVES = ["TRAILING_CUE", "INVERTED_CUE", "LEADING_CUE", "ACCORDING_TO", "SENTENCE_SUBJECT", "ADJACENT_QUOTE"]


def esc(value):
    """A value in COPY text format."""
    if value is None:
        return "\\N"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:])


def build_article(rng, paragraphs, quotes_per_paragraph, fillers, speakers):
    """Text of filler and quoted sentences; returns text and [(start, end, text, type, speaker, cue)]."""
    parts, quotes, length = [], [], 0
    for _ in range(paragraphs):
        paragraph = []
        for q in range(quotes_per_paragraph + fillers):
            if q < quotes_per_paragraph:
                speaker = rng.choice(speakers)
                quoted = sentence(rng, rng.randint(8, 16)) + ","
                prefix = "“"
                start = length + sum(len(p) + 1 for p in paragraph) + len(prefix)
                cue = " " + speaker[1].split()[-1] + " said."
                paragraph.append(prefix + quoted + "”" + cue)
                quotes.append((start, start + len(quoted), quoted, rng.choice(TYPES), speaker, "said"))
            else:
                paragraph.append(sentence(rng, rng.randint(10, 20)) + ".")
        block = " ".join(paragraph)
        parts.append(block)
        length += len(block) + 2
    return "\n\n".join(parts), quotes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    now = datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc)

    speakers = []  # (id, name, kind, affiliation)
    for i in range(500):
        name = GIVEN[i % len(GIVEN)] + " " + FAMILY[(i // len(GIVEN)) % len(FAMILY)] + ("" if i < 400 else " " + FAMILY[i % 7])
        speakers.append((i + 1, name, "PERSON", rng.choice(PLACES) + " " + rng.choice(ORG_HEADS) if rng.random() < 0.7 else None))
    for i in range(100):
        speakers.append((501 + i, PLACES[i % len(PLACES)] + " " + ORG_HEADS[(i // len(PLACES)) % len(ORG_HEADS)]
                         + ("" if i < 64 else " " + str(i)), "ORGANIZATION", None))
    # Some speakers are quoted far more often than others, as in the news.
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(speakers))]

    out.write("COPY speaker (id, name_key, kind, name, created_at) FROM stdin;\n")
    for sid, name, kind, _ in speakers:
        out.write("\t".join(esc(v) for v in (sid, name.lower(), kind, name, now.isoformat())) + "\n")
    out.write("\\.\n")

    article_rows, quote_rows = [], []
    quote_id = 0
    long_id = args.articles + 1
    for aid in range(1, args.articles + 2):
        long_article = aid == long_id
        if long_article:
            cast = speakers[:12]
            text, quotes = build_article(rng, 50, 2, 5, cast)
        else:
            cast = rng.choices(speakers, weights=weights, k=4)
            text, quotes = build_article(rng, 5, 2, 2, cast)
        published = now - datetime.timedelta(days=rng.randint(0, 364), hours=rng.randint(0, 23))
        status = "ATTRIBUTED" if rng.random() < 0.97 or long_article else rng.choice(["PENDING", "FAILED"])
        if status != "ATTRIBUTED":
            quotes = []
        article_rows.append((aid, None, None, hashlib.sha256(text.encode()).hexdigest(),
                             ("A long read on the harbour" if long_article else sentence(rng, 7)), None,
                             published.isoformat(), None, SOURCES[aid % len(SOURCES)] if not long_article else "bench-long",
                             text, json.dumps({"text": "(seeded)"}), status, "1.2.1" if status == "ATTRIBUTED" else None,
                             1, None, None, published.isoformat(), published.isoformat() if status == "ATTRIBUTED" else None,
                             "bench", 0))
        for position, (start, end, quoted, qtype, speaker, cue) in enumerate(quotes):
            quote_id += 1
            sid, name, kind, affiliation = speaker
            cue_start = text.index(cue, end)
            mention = name.split()[-1]
            mention_start = text.index(mention, end)
            quote_rows.append((quote_id, aid, position, quoted, start, end, qtype,
                               json.dumps([{"text": quoted, "start": start, "end": end}]), cue, cue_start, cue_start + len(cue),
                               sid, name, mention, mention_start, mention_start + len(mention),
                               "spokesperson" if kind == "PERSON" and sid % 3 == 0 else None, affiliation,
                               round(rng.uniform(0.5, 0.99), 2), rng.choice(SIEVES), "1.2.1",
                               *profile(sid, kind)))

    out.write("COPY article (id, external_id, canonical_url, content_hash, title, byline, published_at, site_name, source, "
              "text, original_json, status, engine_version, attempts, last_error, next_attempt_at, created_at, "
              "attributed_at, submitted_by, quotes_omitted) FROM stdin;\n")
    for row in article_rows:
        out.write("\t".join(esc(v) for v in row) + "\n")
    out.write("\\.\n")
    out.write("COPY quote (id, article_id, position, text, start_offset, end_offset, type, fragments, cue_text, cue_start, "
              "cue_end, speaker_id, speaker_name, mention_text, mention_start, mention_end, role, affiliation, confidence, "
              "sieve, engine_version, gender, source_kind, role_class) FROM stdin;\n")
    for row in quote_rows:
        out.write("\t".join(esc(v) for v in row) + "\n")
    out.write("\\.\n")
    # The per-article quote counts the service keeps with every attribution (migrations V4 and V11), from the quote
    # rows.
    counts = {"direct_quotes": "type = 'DIRECT'", "indirect_quotes": "type = 'INDIRECT'",
              "mixed_quotes": "type = 'MIXED'", "profiled_quotes": "source_kind IS NOT NULL",
              "women_quotes": "source_kind = 'PERSON' AND gender = 'FEMALE'",
              "men_quotes": "source_kind = 'PERSON' AND gender = 'MALE'"}
    for column, kind in (("person", "PERSON"), ("organisation", "ORGANISATION"), ("anonymous", "ANONYMOUS"),
                         ("document", "DOCUMENT"), ("unknown_source", "UNKNOWN")):
        counts[column + "_quotes"] = f"source_kind = '{kind}'"
    for role in ROLE_CLASSES:
        column = "other_role" if role == "OTHER" else role.lower()
        counts[column + "_quotes"] = f"source_kind = 'PERSON' AND role_class = '{role}'"
    out.write("UPDATE article a SET " + ", ".join(f"{c} = c.{c}" for c in counts)
              + " FROM (SELECT article_id, " + ", ".join(f"count(*) FILTER (WHERE {w}) AS {c}" for c, w in counts.items())
              + " FROM quote GROUP BY article_id) c WHERE c.article_id = a.id;\n")
    for seq, value in (("article_seq", long_id + 100), ("speaker_seq", 1000), ("quote_seq", quote_id + 100)):
        out.write(f"SELECT setval('{seq}', {value});\n")
    # The steady state: autovacuum keeps the visibility map current, which index-only scans rely on.
    out.write("VACUUM ANALYZE;\n")
    long_words = len(article_rows[-1][9].split())
    print(f"long article: id {long_id}, {long_words} words, "
          f"{sum(1 for q in quote_rows if q[1] == long_id)} quotes; {len(article_rows)} articles, {len(quote_rows)} quotes",
          file=sys.stderr)


ROLE_CLASSES = ["OFFICIAL", "EXPERT", "BUSINESS", "SPOKESPERSON", "ADVOCATE", "CITIZEN", "OTHER"]


def profile(sid, kind):
    """A speaker's source profile (issue 24), the same in every article: a third of the people women, the rest men or
    of unstated gender; organisations speak for themselves."""
    if kind != "PERSON":
        return ("UNKNOWN", "ORGANISATION", None)
    gender = ("FEMALE", "MALE", "MALE", "UNKNOWN")[sid % 4]
    return (gender, "PERSON", ROLE_CLASSES[sid % len(ROLE_CLASSES)])


if __name__ == "__main__":
    main()
