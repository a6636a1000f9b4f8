#!/usr/bin/env python3
"""Per-component figures of the engine's predictions: cue, source and content, each scored on its own.

    components.py GOLD PREDICTIONS [--scorer ../shared/eval/score.py] [--types direct,indirect,mixed]

GOLD is a corpus in the format of shared/eval/README.md (each quotation with its cueFragments and speakerFragments);
PREDICTIONS the engine's predictions over it in the scorer's format with cueStart/cueEnd and speakerStart/speakerEnd
(./saywho cv-cue and ./saywho predict write them). Spans are compared as sets of characters (code points), after
the scorer's trimming for contents; a pair matches at character Jaccard >= 0.5, one to one, greedily by overlap.

* cue: every annotated cue (the union of a quotation's cueFragments; a cue shared by several quotations counts once)
  against every predicted cue;
* source: every annotated source span (speakerFragments) of a quotation the scorer matches, against the speaker
  mention of the predicted quotation it matches: precision over predicted quotations with a mention, recall over
  gold quotations with a source span, both counting only matched pairs whose spans match;
* content: the scorer's own overlap and exact-boundary F1.

Python 3 standard library, plus the scorer's functions (imported from --scorer).
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calibration import load_scorer  # noqa: E402


def chars(ranges):
    out = set()
    for a, b in ranges:
        out.update(range(a, b))
    return frozenset(out)


def jaccard(a, b):
    return len(a & b) / float(len(a | b)) if a and b else 0.0


def greedy(gold, pred, threshold=0.5):
    """One-to-one matching of two lists of character sets, best overlap first; returns the matched pairs."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = jaccard(g, p)
            if ov >= threshold:
                cands.append((-ov, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("predictions")
    ap.add_argument("--scorer", default=os.path.join(here, "..", "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--types", default="direct,indirect,mixed")
    args = ap.parse_args(argv)
    types = set(args.types.split(","))
    if not types <= {"direct", "indirect", "mixed"}:
        ap.error("--types is a comma-separated subset of direct,indirect,mixed")
    scorer = load_scorer(args.scorer)
    gold = scorer.load_jsonl(args.gold)
    pred = scorer.load_jsonl(args.predictions)

    cue = [0, 0, 0, 0]  # matched, exact, predicted, gold
    source = [0, 0, 0, 0]  # matched, exact, predicted with a mention, gold with a source span
    for aid, g in gold.items():
        gq = [q for q in g["quotes"] if q.get("type") in types]
        pq = [q for q in pred.get(aid, {"quotes": []})["quotes"] if q.get("type") in types]
        gold_cues = sorted({chars(q["cueFragments"]) for q in gq if q.get("cueFragments")}, key=min)
        pred_cues = sorted({chars([(q["cueStart"], q["cueEnd"])]) for q in pq
                            if q.get("cueStart") is not None and q["cueEnd"] > q["cueStart"]}, key=min)
        pairs = greedy(gold_cues, pred_cues)
        cue[0] += len(pairs)
        cue[1] += sum(1 for i, j in pairs if gold_cues[i] == pred_cues[j])
        cue[2] += len(pred_cues)
        cue[3] += len(gold_cues)

        matched, _ = scorer.match_doc(g["text"], gq, pq, 0.5)
        source[2] += sum(1 for q in pq if q.get("speakerStart") is not None)
        source[3] += sum(1 for q in gq if q.get("speakerFragments"))
        for i, j, _ in matched:
            gs, p = gq[i].get("speakerFragments"), pq[j]
            if not gs or p.get("speakerStart") is None:
                continue
            a, b = chars(gs), chars([(p["speakerStart"], p["speakerEnd"])])
            if jaccard(a, b) >= 0.5:
                source[0] += 1
                source[1] += a == b

    print("types: %s; %d articles" % (",".join(sorted(types)), len(gold)))
    print("| component | gold | predicted | precision | recall | F1 | exact F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (m, exact, npred, ngold) in (("cue", cue), ("source", source)):
        p, r, f = prf(m, npred, ngold)
        print("| %s | %d | %d | %.3f | %.3f | %.3f | %.3f |" % (name, ngold, npred, p, r, f, prf(exact, npred, ngold)[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
