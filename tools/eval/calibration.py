#!/usr/bin/env python3
"""How well a quote's confidence says its chance of being right, and what each rule's confidence should be.

    calibration.py GOLD PREDICTIONS [--scorer ../shared/eval/score.py] [--folds 5] [--shrink 10]

GOLD is a corpus in the format of shared/eval/README.md; PREDICTIONS the engine's predictions over it in the scorer's
format with each quote's "rule" and "confidence" (./saywho cv-cue writes attribution-service/target/eval/
cv-pred.jsonl). A quote is right when the scorer matches it to a gold quote (character Jaccard >= 0.5) and its
speaker is right by the scorer's rule. Prints:

* each rule's share of right quotes (pronoun speakers apart), shrunk toward the mean as if --shrink more quotes had
  the mean: the values rules.tsv's confidence column holds, and the pronoun gap SpeakerAttributor subtracts;
* the expected calibration error (ten bins) and the reliability table of the confidences as predicted, and of
  confidences refitted per fold (sha256(id) mod --folds) from the other folds only.

Python 3 standard library, plus the scorer's functions (imported from --scorer).
"""
import argparse
import collections
import hashlib
import importlib.util
import math
import os
import sys

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "hers", "their", "who"}


def adam_step(w, g, m, v, t, rate=0.05, b1=0.9, b2=0.999, eps=1e-8):
    """One Adam update of weights w by gradient g (moments m, v; step t from 1), in place: the fitting tools'
    deterministic full-batch optimiser."""
    for i in range(len(w)):
        m[i] = b1 * m[i] + (1 - b1) * g[i]
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
        mh = m[i] / (1 - b1 ** t)
        vh = v[i] / (1 - b2 ** t)
        w[i] -= rate * mh / (math.sqrt(vh) + eps)


FIT_LIMITS = "--folds 2-20, --l2 0-10000, --min-count 1-1000000, --iterations 1-100000"


def add_fit_arguments(ap, l2, min_count, iterations):
    """The arguments of the tools that fit a model of named weights (confidence.py, source.py): GOLD PREDICTIONS,
    --out, --scorer, --folds, --l2, --min-count, --iterations, --name and --date, with each tool's defaults."""
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("gold")
    ap.add_argument("predictions")
    ap.add_argument("--out")
    ap.add_argument("--scorer", default=os.path.join(here, "..", "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=l2)
    ap.add_argument("--min-count", type=int, default=min_count)
    ap.add_argument("--iterations", type=int, default=iterations)
    ap.add_argument("--name", default="corpus")
    ap.add_argument("--date", default="none")


def fit_arguments_valid(args):
    """Whether add_fit_arguments' numbers lie within FIT_LIMITS."""
    return (2 <= args.folds <= 20 and 0 <= args.l2 <= 1e4 and 1 <= args.min_count <= 1e6
            and 1 <= args.iterations <= 100000)


def write_model(path, comment, fmt, features, args, articles, quotes, weights, names):
    """Writes a model file NamedWeights reads: the comment lines, its format and feature version, the corpus (the
    --name, the SHA-256 of GOLD, its article count), the number of quotes fitted on, the date and the fit's settings,
    then one weight line for each of names, in that order."""
    with open(os.path.abspath(args.gold), "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in comment:
            out.write("# %s\n" % line)
        out.write("format\t%s\nfeatures\t%s\n" % (fmt, features))
        out.write("corpus\t%s\ncorpus.sha256\t%s\ncorpus.articles\t%d\nquotes\t%d\ntrained\t%s\n" % (
            args.name, digest, articles, quotes, args.date))
        out.write("l2\t%g\nmin.count\t%d\niterations\t%d\n" % (args.l2, args.min_count, args.iterations))
        for f in names:
            out.write("weight\t%s\t%.6f\n" % (f, weights[f]))


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def quotes(scorer, gold, pred, folds):
    out = []
    for aid, g in gold.items():
        fold = int(hashlib.sha256(aid.encode("utf-8")).hexdigest(), 16) % folds
        p = pred.get(aid, {"quotes": []})
        text = g["text"]
        pairs, _ = scorer.match_doc(text, g["quotes"], p["quotes"], 0.5)
        matched = {j: i for i, j, _ in pairs}
        for j, q in enumerate(p["quotes"]):
            right = j in matched and scorer.speaker_correct(q, g["quotes"][matched[j]])
            has = q.get("speaker") is not None
            pronoun = has and q.get("speakerStart") is not None and \
                text[q["speakerStart"]:q["speakerEnd"]].lower() in PRONOUNS
            out.append({"fold": fold, "rule": q.get("rule"), "pronoun": pronoun, "speaker": has, "right": right,
                        "confidence": q.get("confidence"), "features": q.get("features") or []})
    return out


def fit(items, shrink):
    totals = collections.defaultdict(lambda: [0, 0])
    for q in items:
        if q["speaker"] and not q["pronoun"]:
            totals[q["rule"]][0] += 1
            totals[q["rule"]][1] += q["right"]
    n = sum(v[0] for v in totals.values())
    mean = sum(v[1] for v in totals.values()) / n if n else 0.0
    share = {r: (v[1] + shrink * mean) / (v[0] + shrink) for r, v in totals.items()}
    gaps = [share.get(q["rule"], mean) - q["right"] for q in items if q["pronoun"]]
    gap = sum(gaps) / len(gaps) if gaps else 0.0
    return share, mean, gap, totals


def confidence(q, share, mean, gap):
    if not q["speaker"]:
        return 0.0
    return share.get(q["rule"], mean) - (gap if q["pronoun"] else 0.0)


def reliability(pairs):
    bins = collections.defaultdict(lambda: [0, 0.0, 0])
    for c, right in pairs:
        b = min(9, max(0, int(c * 10)))
        bins[b][0] += 1
        bins[b][1] += c
        bins[b][2] += right
    ece = sum(n / len(pairs) * abs(s / n - r / n) for n, s, r in bins.values()) if pairs else 0.0
    lines = ["| confidence | quotes | mean confidence | span and speaker right |", "| --- | ---: | ---: | ---: |"]
    for b in sorted(bins):
        n, s, r = bins[b]
        lines.append("| %.1f-%.1f | %d | %.3f | %.3f |" % (b / 10, (b + 1) / 10, n, s / n, r / n))
    return ece, "\n".join(lines)


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("predictions")
    ap.add_argument("--scorer", default=os.path.join(here, "..", "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--shrink", type=float, default=10.0)
    args = ap.parse_args(argv)
    if not 2 <= args.folds <= 20 or not 0 <= args.shrink <= 1000:
        ap.error("--folds 2-20, --shrink 0-1000")
    scorer = load_scorer(args.scorer)
    items = quotes(scorer, scorer.load_jsonl(args.gold), scorer.load_jsonl(args.predictions), args.folds)

    share, mean, gap, totals = fit(items, args.shrink)
    print("rule shares of right quotes (non-pronoun speakers), shrunk toward %.3f:" % mean)
    for rule, (n, right) in sorted(totals.items(), key=lambda kv: -kv[1][0]):
        print("  %-30s %5d quotes, %.3f right -> confidence %.2f" % (rule, n, right / n, share[rule]))
    print("pronoun gap: %.3f" % gap)

    if all(q["confidence"] is not None for q in items):
        ece, table = reliability([(q["confidence"], q["right"]) for q in items])
        print("\nas predicted: expected calibration error %.4f over %d quotes\n%s" % (ece, len(items), table))
    refitted = []
    for f in range(args.folds):
        s, m, g, _ = fit([q for q in items if q["fold"] != f], args.shrink)
        refitted += [(confidence(q, s, m, g), q["right"]) for q in items if q["fold"] == f]
    ece, table = reliability(refitted)
    print("\nrefitted without each fold: expected calibration error %.4f\n%s" % (ece, table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
