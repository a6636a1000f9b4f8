#!/usr/bin/env python3
"""Fits the content model: a conditional log-linear ranker that picks where a reported clause ends among its candidates.

    content.py GOLD PREDICTIONS [--out model.tsv] [--folds-out DIR] [--scorer ../shared/eval/score.py] [--folds 5]
               [--l2 10] [--min-count 3] [--iterations 300] [--name NAME] [--date YYYY-MM-DD]

GOLD is a corpus in the format of shared/eval/README.md; PREDICTIONS the engine's cross-validated predictions over it
with each quote's "contents" (./saywho cv-cue writes attribution-service/target/eval/cv-pred.jsonl: for every quote
whose content follows its cue, the content's start and its candidate ends with feature names, ContentCandidates').
A predicted quote teaches when an annotated quotation has a cue that overlaps its cue: the candidates whose content
(trimmed as the scorer trims) overlaps that quotation's content best, at character Jaccard 0.5 or more, are right.
A quote with no such quotation, or no candidate that reaches 0.5, teaches nothing.

Prints, over folds by article (sha256(id) mod --folds), each fold's model fitted on the other folds only: how often
the rules' end and the model's end match the annotated content (Jaccard >= 0.5) and how often they are a best one, by
rule. With --folds-out, writes each fold's model as DIR/fold-K.tsv (for ./saywho train-content to run the whole
engine with it on fold K); with --out, fits on every quote and writes the model file that ContentModel reads: weights
only (feature names are cut words, the word after a cut, tree relations, rules and counts), never text.

Deterministic: the source model's fitting (source.py: full-batch Adam from zero weights); --l2 defaults to 10, which
five-fold cross-validation over PolNeAR dev preferred to 1 and 3. Python 3 standard library
only.
"""
import argparse
import collections
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calibration  # noqa: E402
import source  # noqa: E402

FORMAT = "saywho-content/1"
FEATURES = "content-features-1"


def annotated_for(gold_quotes, q):
    """The annotated quotations whose cue overlaps the predicted quote's cue."""
    if q.get("cueStart") is None:
        return []
    out = []
    for g in gold_quotes:
        for a, b in g.get("cueFragments") or []:
            if max(a, q["cueStart"]) < min(b, q["cueEnd"]):
                out.append(g)
                break
    return out


def items(scorer, gold, pred, folds):
    """Every predicted quote with candidate ends and an annotated quotation for its cue: fold, rule, features per
    candidate, each candidate's overlap, which are right, the rules' end."""
    out = []
    for aid, g in gold.items():
        fold = int(hashlib.sha256(aid.encode("utf-8")).hexdigest(), 16) % folds
        text = g["text"]
        for q in pred.get(aid, {"quotes": []})["quotes"]:
            contents = q.get("contents")
            if not contents or not contents.get("candidates"):
                continue
            targets = [scorer.span_set(text, t) for t in annotated_for(g["quotes"], q)]
            targets = [t for t in targets if t]
            if not targets:
                continue
            cands = contents["candidates"]
            overlaps = []
            for c in cands:
                span = scorer.span_set(text, {"start": contents["start"], "end": c["end"],
                                              "fragments": [[contents["start"], c["end"]]]})
                overlaps.append(max((len(span & t) / float(len(span | t)) for t in targets if span), default=0.0))
            best = max(overlaps)
            right = [best >= 0.5 and ov >= best - 1e-9 for ov in overlaps]
            out.append({"fold": fold, "rule": q.get("rule"), "features": [c["features"] for c in cands],
                        "right": right, "overlaps": overlaps,
                        "current": next((k for k, c in enumerate(cands) if "current" in c["features"]), -1)})
    return out


def write(path, weights, args, articles, quotes):
    """The model file, weights that are exactly zero left out."""
    calibration.write_model(
        path,
        ["Saywho content model, written by tools/eval/content.py: the weights of a candidate content end's features",
         "(dev.saywho.attribution.engine.content.ContentCandidates); weights only, no text."],
        FORMAT, FEATURES, args, articles, quotes, weights, [f for f in sorted(weights) if weights[f] != 0.0])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    calibration.add_fit_arguments(ap, l2=10.0, min_count=3, iterations=300)
    ap.add_argument("--folds-out")
    args = ap.parse_args(argv)
    if not calibration.fit_arguments_valid(args):
        ap.error(calibration.FIT_LIMITS)
    scorer = calibration.load_scorer(args.scorer)
    gold = scorer.load_jsonl(args.gold)
    data = items(scorer, gold, scorer.load_jsonl(args.predictions), args.folds)
    if not data:
        print("the predictions carry no content candidates: write them with ./saywho cv-cue", file=sys.stderr)
        return 1

    # per rule: quotes, rules' end matches, model's end matches, rules' end best, model's end best
    by_rule = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
    for f, weights in source.fold_models(data, args, len(gold), write):
        for q in data:
            if q["fold"] != f:
                continue
            pick = source.choose(weights, q)
            cur = q["current"]
            for key in (q["rule"], "all"):
                row = by_rule[key]
                row[0] += 1
                row[1] += cur >= 0 and q["overlaps"][cur] >= 0.5
                row[2] += q["overlaps"][pick] >= 0.5
                row[3] += cur >= 0 and q["right"][cur]
                row[4] += q["right"][pick]
    print("%d quotes with candidate ends and an annotated quotation for their cue (%d with a right end); each fold's"
          " model fitted on the other %d folds" % (len(data), sum(1 for q in data if any(q["right"])),
                                                  args.folds - 1))
    print("| rule | quotes | rules match | model matches | rules best | model best |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: |")
    for key in sorted(by_rule, key=lambda k: (k != "all", -by_rule[k][0])):
        n, rm, mm, rb, mb = by_rule[key]
        print("| %s | %d | %.3f | %.3f | %.3f | %.3f |" % (key, n, rm / n, mm / n, rb / n, mb / n))

    if args.out:
        weights = source.fit(data, args.l2, args.min_count, args.iterations)
        write(args.out, weights, args, len(gold), len(data))
        print("\nwrote %s: %d weights" % (args.out, sum(1 for v in weights.values() if v != 0.0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
