#!/usr/bin/env python3
"""Fits the source model: a conditional log-linear ranker that picks a quote's source among its candidate mentions.

    source.py GOLD PREDICTIONS [--out model.tsv] [--folds-out DIR] [--scorer ../shared/eval/score.py] [--folds 5]
              [--l2 1.0] [--min-count 3] [--iterations 300] [--name NAME] [--date YYYY-MM-DD]

GOLD is a corpus in the format of shared/eval/README.md; PREDICTIONS the engine's cross-validated predictions over it
with each quote's "sources" (./saywho cv-cue writes attribution-service/target/eval/cv-pred.jsonl: for every quote
found through a cue, its candidates with offsets and feature names, SourceCandidates'). Only quotes the scorer matches
to a gold quote teach: a candidate is right when its mention overlaps the annotated source (or, for the rules' own
choice, when the scorer counts its speaker right), and "no source" is right when the annotation has none. A quote with
no right candidate teaches nothing.

Prints, over folds by article (sha256(id) mod --folds), each fold's model fitted on the other folds only: how often the
rules' choice and the model's choice are right among the matched quotes with candidates, by rule. With --folds-out,
writes each fold's model as DIR/fold-K.tsv (for ./saywho train-source to run the whole engine with it on fold K);
with --out, fits on every quote and writes the model file that SourceModel reads: weights only (feature names are
tree paths, tags, rules, pronouns and nouns), never text.

Deterministic: full-batch gradient descent (Adam, fixed step and iteration count) from zero weights. Python 3
standard library only.
"""
import argparse
import collections
import hashlib
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calibration  # noqa: E402

FORMAT = "saywho-source/1"
FEATURES = "source-features-1"
MAX_WEIGHT = 50.0


def overlaps(c, g):
    if c.get("start") is None or g.get("speakerStart") is None:
        return False
    return max(c["start"], g["speakerStart"]) < min(c["end"], g["speakerEnd"])


def items(scorer, gold, pred, folds):
    """Every matched quote with candidates: its fold, rule, features per candidate, which are right, the rules' pick."""
    out = []
    for aid, g in gold.items():
        fold = int(hashlib.sha256(aid.encode("utf-8")).hexdigest(), 16) % folds
        p = pred.get(aid, {"quotes": []})
        pairs, _ = scorer.match_doc(g["text"], g["quotes"], p["quotes"], 0.5)
        for i, j, _ in pairs:
            q, gq = p["quotes"][j], g["quotes"][i]
            sources = q.get("sources") or {}
            cands = sources.get("candidates") or []
            if not cands:
                continue
            nobody_right = not gq.get("speaker")
            right = []
            for c in cands:
                if c.get("start") is None:
                    right.append(nobody_right)
                elif "current" in c["features"]:
                    right.append(scorer.speaker_correct(q, gq))
                else:
                    right.append(not nobody_right and overlaps(c, gq))
            out.append({"fold": fold, "rule": q.get("rule"), "features": [c["features"] for c in cands],
                        "right": right, "current": next((k for k, c in enumerate(cands) if "current" in c["features"]),
                                                        -1)})
    return out


def fit(data, l2, min_count, iterations):
    """Maximises the log of each quote's probability mass on its right candidates, L2-regularised."""
    teach = [q for q in data if any(q["right"])]
    counts = collections.Counter(f for q in teach for fs in q["features"] for f in set(fs))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    rows = [([[index[f] for f in sorted(set(fs)) if f in index] for fs in q["features"]], q["right"]) for q in teach]
    w = [0.0] * len(names)
    m = [0.0] * len(names)
    v = [0.0] * len(names)
    n = float(len(rows)) or 1.0
    for t in range(1, iterations + 1):
        g = [0.0] * len(names)
        for cands, right in rows:
            z = [sum(w[i] for i in fs) for fs in cands]
            top = max(z)
            e = [math.exp(x - top) for x in z]
            total = sum(e)
            good = sum(x for x, r in zip(e, right) if r)
            for fs, ex, r in zip(cands, e, right):
                # d(-log p(right))/dz_k = p_k - [k right] * ex_k / good
                d = (ex / total - (ex / good if r else 0.0)) / n
                if d:
                    for i in fs:
                        g[i] += d
        for i in range(len(w)):
            g[i] += l2 * w[i] / n
        calibration.adam_step(w, g, m, v, t)
    return {f: max(-MAX_WEIGHT, min(MAX_WEIGHT, w[i])) for f, i in index.items()}


def choose(weights, q):
    """The index the engine would take: the best score, the rules' choice on a tie, then the earlier candidate."""
    best, best_z = -1, -math.inf
    for k, fs in enumerate(q["features"]):
        z = sum(weights.get(f, 0.0) for f in fs)
        if z > best_z or (z == best_z and k == q["current"]):
            best, best_z = k, z
    return best


def fold_models(data, args, articles, write_model):
    """Yields (fold, weights) for each of --folds folds, the weights fitted on the other folds' data only; with
    --folds-out, also writes each as DIR/fold-K.tsv through write_model(path, weights, args, articles, quotes)."""
    for f in range(args.folds):
        weights = fit([q for q in data if q["fold"] != f], args.l2, args.min_count, args.iterations)
        if args.folds_out:
            os.makedirs(args.folds_out, exist_ok=True)
            write_model(os.path.join(args.folds_out, "fold-%d.tsv" % f), weights, args, articles,
                        sum(1 for q in data if q["fold"] != f))
        yield f, weights


def write(path, weights, args, articles, quotes):
    """The model file, weights that are exactly zero left out."""
    calibration.write_model(
        path,
        ["Saywho source model, written by tools/eval/source.py: the weights of a source candidate's features",
         "(dev.saywho.attribution.engine.source.SourceCandidates); weights only, no text."],
        FORMAT, FEATURES, args, articles, quotes, weights, [f for f in sorted(weights) if weights[f] != 0.0])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    calibration.add_fit_arguments(ap, l2=1.0, min_count=3, iterations=300)
    ap.add_argument("--folds-out")
    args = ap.parse_args(argv)
    if not calibration.fit_arguments_valid(args):
        ap.error(calibration.FIT_LIMITS)
    scorer = calibration.load_scorer(args.scorer)
    gold = scorer.load_jsonl(args.gold)
    data = items(scorer, gold, scorer.load_jsonl(args.predictions), args.folds)
    if not data:
        print("the predictions carry no source candidates: write them with ./saywho cv-cue", file=sys.stderr)
        return 1

    by_rule = collections.defaultdict(lambda: [0, 0, 0])
    for f, weights in fold_models(data, args, len(gold), write):
        for q in data:
            if q["fold"] != f:
                continue
            pick = choose(weights, q)
            rules_right = q["current"] >= 0 and q["right"][q["current"]]
            for key in (q["rule"], "all"):
                by_rule[key][0] += 1
                by_rule[key][1] += rules_right
                by_rule[key][2] += q["right"][pick]
    print("%d matched quotes with candidates (%d with a right one); each fold's model fitted on the other %d folds" % (
        len(data), sum(1 for q in data if any(q["right"])), args.folds - 1))
    print("| rule | quotes | rules right | model right |\n| --- | ---: | ---: | ---: |")
    for key in sorted(by_rule, key=lambda k: (k != "all", -by_rule[k][0])):
        n, r, m = by_rule[key]
        print("| %s | %d | %.3f | %.3f |" % (key, n, r / n, m / n))

    if args.out:
        weights = fit(data, args.l2, args.min_count, args.iterations)
        write(args.out, weights, args, len(gold), len(data))
        print("\nwrote %s: %d weights" % (args.out, sum(1 for v in weights.values() if v != 0.0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
