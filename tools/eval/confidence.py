#!/usr/bin/env python3
"""Fits the quote-confidence model: a logistic regression from a quote's features to the chance that its span and speaker are right.

    confidence.py GOLD PREDICTIONS [--out model.tsv] [--scorer ../shared/eval/score.py] [--folds 5] [--l2 5.0]
                  [--min-count 5] [--iterations 400] [--name NAME] [--date YYYY-MM-DD]

GOLD is a corpus in the format of shared/eval/README.md; PREDICTIONS the engine's cross-validated predictions over it
with each quote's "features" (./saywho cv-cue writes attribution-service/target/eval/cv-pred.jsonl; the names are
QuoteFeatures'). A quote is right when the scorer matches it to a gold quote and its speaker is right by the scorer's
rule, as in calibration.py. Prints, over folds by article (sha256(id) mod --folds), each fold's model fitted on the
other folds only: expected calibration error (ten bins), reliability table, Brier score, log loss and ROC AUC of the
model, against the rules' shares (calibration.py's refitted confidences). With --out, fits on every quote and writes
the model file that ConfidenceModel reads: weights only (feature names are rules, quote types, bucketed lengths and
distances, and cue words), never text.

Deterministic: full-batch gradient descent (Adam, fixed step and iteration count) from zero weights. Python 3
standard library only.
"""
import argparse
import collections
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calibration  # noqa: E402

FORMAT = "saywho-confidence/1"
FEATURES = "quote-features-1"
BIAS = "bias"
MAX_WEIGHT = 50.0


def fit(items, l2, min_count, iterations):
    """L2-regularised logistic regression (the bias not regularised) over the features seen at least min_count times."""
    counts = collections.Counter(f for q in items for f in set(q["features"]))
    names = sorted(f for f, c in counts.items() if c >= min_count or f == BIAS)
    index = {f: i for i, f in enumerate(names)}
    rows = [([index[f] for f in sorted(set(q["features"])) if f in index], 1.0 if q["right"] else 0.0) for q in items]
    w = [0.0] * len(names)
    m = [0.0] * len(names)
    v = [0.0] * len(names)
    bias = index.get(BIAS)
    n = float(len(rows))
    for t in range(1, iterations + 1):
        g = [0.0] * len(names)
        for feats, y in rows:
            z = sum(w[i] for i in feats)
            p = 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))
            d = (p - y) / n
            for i in feats:
                g[i] += d
        for i in range(len(w)):
            if i != bias:
                g[i] += l2 * w[i] / n
        calibration.adam_step(w, g, m, v, t)
    return {f: max(-MAX_WEIGHT, min(MAX_WEIGHT, w[i])) for f, i in index.items()}


def predict(weights, features):
    z = weights.get(BIAS, 0.0) + sum(weights.get(f, 0.0) for f in sorted(set(features)) if f != BIAS)
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))


def scores(pairs):
    n = len(pairs)
    brier = sum((c - r) ** 2 for c, r in pairs) / n
    logloss = -sum(math.log(min(1 - 1e-6, max(1e-6, c if r else 1 - c))) for c, r in pairs) / n
    # ROC AUC by ranks (ties share their mean rank)
    order = sorted(range(n), key=lambda k: pairs[k][0])
    ranks = [0.0] * n
    k = 0
    while k < n:
        j = k
        while j + 1 < n and pairs[order[j + 1]][0] == pairs[order[k]][0]:
            j += 1
        for x in range(k, j + 1):
            ranks[order[x]] = (k + j) / 2 + 1
        k = j + 1
    pos = sum(1 for _, r in pairs if r)
    neg = n - pos
    auc = (sum(ranks[i] for i in range(n) if pairs[i][1]) - pos * (pos + 1) / 2) / (pos * neg) if pos and neg else 0.0
    return brier, logloss, auc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    calibration.add_fit_arguments(ap, l2=5.0, min_count=5, iterations=400)
    ap.add_argument("--shrink", type=float, default=10.0)
    args = ap.parse_args(argv)
    if not (calibration.fit_arguments_valid(args) and 0 <= args.shrink <= 1000):
        ap.error(calibration.FIT_LIMITS + ", --shrink 0-1000")
    scorer = calibration.load_scorer(args.scorer)
    items = calibration.quotes(scorer, scorer.load_jsonl(args.gold), scorer.load_jsonl(args.predictions), args.folds)
    if not items or not all(q["features"] for q in items):
        print("the predictions carry no quote features: write them with ./saywho cv-cue", file=sys.stderr)
        return 1

    model, rules = [], []
    for f in range(args.folds):
        train = [q for q in items if q["fold"] != f]
        test = [q for q in items if q["fold"] == f]
        weights = fit(train, args.l2, args.min_count, args.iterations)
        model += [(predict(weights, q["features"]), q["right"]) for q in test]
        s, m, g, _ = calibration.fit(train, args.shrink)
        rules += [(calibration.confidence(q, s, m, g), q["right"]) for q in test]
    print("%d quotes, %d right; each fold's model fitted on the other %d folds" % (
        len(items), sum(1 for q in items if q["right"]), args.folds - 1))
    for label, pairs in (("confidence model", model), ("rules' shares", rules)):
        ece, table = calibration.reliability(pairs)
        brier, logloss, auc = scores(pairs)
        print("\n%s: expected calibration error %.4f, Brier %.4f, log loss %.4f, ROC AUC %.3f\n%s" % (
            label, ece, brier, logloss, auc, table))

    if args.out:
        weights = fit(items, args.l2, args.min_count, args.iterations)
        calibration.write_model(
            args.out,
            ["Saywho quote-confidence model, written by tools/eval/confidence.py: the logistic weights of a",
             "quote's features (dev.saywho.attribution.engine.confidence.QuoteFeatures); weights only, no text."],
            FORMAT, FEATURES, args, len(scorer.load_jsonl(args.gold)), len(items), weights,
            sorted(weights, key=lambda k: (k != BIAS, k)))
        print("\nwrote %s: %d weights" % (args.out, len(weights)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
