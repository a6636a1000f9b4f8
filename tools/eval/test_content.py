#!/usr/bin/env python3
"""Unit tests of content.py on a corpus written for them: which candidate ends count as right, the fit learns where a
reported clause ends, and the same input writes the same model file byte for byte. Python 3 standard library only:

    python3 -m unittest discover -s tools/eval -p 'test_*.py'
"""
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content  # noqa: E402

# A scorer stand-in with the functions content.py calls (the real one lives in ../shared, which may be absent): spans
# as sets of positions, untrimmed.
SCORER = '''
def load_jsonl(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = __import__("json").loads(line)
            out[d["id"]] = d
    return out

def span_set(text, item):
    out = set()
    for a, b in item.get("fragments") or [[item["start"], item["end"]]]:
        out.update(range(a, b))
    return out
'''


def corpus(articles):
    """Articles where the reported clause ends before a comma that a pronoun follows, and the rules ran on to the
    sentence's end; the cue at 10-14, the content from 15, the comma cut at 40, the sentence's end at 60."""
    gold, pred = [], []
    for k in range(articles):
        gold.append({"id": "a%d" % k, "text": "x" * 80, "quotes": [
            {"start": 15, "end": 40, "fragments": [[15, 40]], "cueFragments": [[10, 14]]}]})
        pred.append({"id": "a%d" % k, "quotes": [
            {"start": 15, "end": 60, "cueStart": 10, "cueEnd": 14, "rule": "leading-cue", "contents": {
                "chosen": 2, "start": 15, "candidates": [
                    {"end": 20, "features": ["cut=in", "kept=1"]},
                    {"end": 40, "features": ["cut=,", "cut=,&next=pronoun"]},
                    {"end": 60, "features": ["current", "cut=end"]}]}}]})
    # a quote whose cue no annotation shares teaches nothing
    pred[0]["quotes"].append({"start": 62, "end": 79, "cueStart": 61, "cueEnd": 62, "rule": "leading-cue",
                              "contents": {"chosen": 0, "start": 62, "candidates": [
                                  {"end": 79, "features": ["current", "cut=end"]}]}})
    return gold, pred


class ContentFitTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        gold, pred = corpus(60)
        self.gold = os.path.join(self.dir, "gold.jsonl")
        self.pred = os.path.join(self.dir, "pred.jsonl")
        self.scorer = os.path.join(self.dir, "scorer.py")
        for path, rows in ((self.gold, gold), (self.pred, pred)):
            with open(path, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in rows)
        with open(self.scorer, "w", encoding="utf-8") as fh:
            fh.write(SCORER)

    def fit(self, out):
        args = [self.gold, self.pred, "--scorer", self.scorer, "--out", out, "--iterations", "100",
                "--name", "written-for-the-test", "--date", "2026-12-05", "--folds-out", out + ".folds"]
        with open(os.devnull, "w") as sink:
            stdout, sys.stdout = sys.stdout, sink
            try:
                self.assertEqual(0, content.main(args))
            finally:
                sys.stdout = stdout

    def weights(self, path):
        w = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if cols[0] == "weight":
                    w[cols[1]] = float(cols[2])
        return w

    def test_the_end_that_overlaps_the_annotation_best_is_right(self):
        import importlib.util
        spec = importlib.util.spec_from_file_location("score", self.scorer)
        scorer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(scorer)
        gold, pred = corpus(1)
        data = content.items(scorer, {g["id"]: g for g in gold}, {p["id"]: p for p in pred}, 5)
        self.assertEqual(len(data), 1)  # the quote whose cue no annotation shares is left out
        self.assertEqual(data[0]["right"], [False, True, False])
        self.assertEqual(data[0]["current"], 2)
        self.assertAlmostEqual(data[0]["overlaps"][2], 25 / 45.0)

    def test_learns_to_end_at_the_comma_over_the_rules_end(self):
        out = os.path.join(self.dir, "model.tsv")
        self.fit(out)
        w = self.weights(out)
        comma = w.get("cut=,", 0) + w.get("cut=,&next=pronoun", 0)
        rules = w.get("current", 0) + w.get("cut=end", 0)
        self.assertGreater(comma, rules)
        with open(out, encoding="utf-8") as fh:
            head = fh.read()
        self.assertIn("format\tsaywho-content/1\n", head)
        self.assertIn("features\tcontent-features-1\n", head)
        self.assertIn("corpus\twritten-for-the-test\n", head)
        self.assertEqual(sorted(os.listdir(out + ".folds")), ["fold-%d.tsv" % k for k in range(5)])

    def test_the_same_input_writes_the_same_bytes(self):
        first, second = os.path.join(self.dir, "a.tsv"), os.path.join(self.dir, "b.tsv")
        self.fit(first)
        self.fit(second)
        with open(first, "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(), b.read())


if __name__ == "__main__":
    unittest.main()
