#!/usr/bin/env python3
"""Unit tests of source.py on a corpus written for them: the fit learns which candidate is the source, and the same
input writes the same model file byte for byte. Python 3 standard library only:

    python3 -m unittest discover -s tools/eval -p 'test_*.py'
"""
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source  # noqa: E402

# A scorer stand-in with the two functions source.py calls (the real one lives in ../shared, which may be absent).
SCORER = '''
def load_jsonl(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = __import__("json").loads(line)
            out[d["id"]] = d
    return out

def match_doc(text, gold, pred, min_overlap):
    pairs = [(i, j, 1.0) for i, g in enumerate(gold) for j, p in enumerate(pred)
             if g["start"] == p["start"] and g["end"] == p["end"]]
    return pairs, None

def speaker_correct(pred, gold):
    return pred.get("speakerStart") == gold.get("speakerStart")
'''


def corpus(articles):
    """Articles where the source is the subject one step up from the cue ("^advcl/nsubj"), and the rules chose the
    object; every tenth has the rules right, so the rules' choice is weak evidence."""
    gold, pred = [], []
    for k in range(articles):
        text = "x" * 100
        rules_right = k % 10 == 0
        subject = {"start": 0, "end": 5, "features": ["path=^advcl/nsubj", "tag=PROPN"]}
        obj = {"start": 10, "end": 15, "features": ["path=^advcl/obj", "tag=NOUN"]}
        (subject if rules_right else obj)["features"].append("current")
        chosen = subject if rules_right else obj
        gold.append({"id": "a%d" % k, "text": text, "quotes": [
            {"start": 20, "end": 60, "speaker": "S", "speakerStart": 0, "speakerEnd": 5}]})
        pred.append({"id": "a%d" % k, "quotes": [
            {"start": 20, "end": 60, "rule": "participle-cue", "speaker": "X", "speakerStart": chosen["start"],
             "speakerEnd": chosen["end"], "sources": {"chosen": 0, "candidates": [
                 subject, obj, {"start": None, "end": None, "features": ["nobody"]}]}}]})
    return gold, pred


class SourceFitTest(unittest.TestCase):

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
                self.assertEqual(0, source.main(args))
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

    def test_learns_the_path_that_leads_to_the_source_over_the_rules_choice(self):
        out = os.path.join(self.dir, "model.tsv")
        self.fit(out)
        w = self.weights(out)
        subject = w.get("path=^advcl/nsubj", 0) + w.get("tag=PROPN", 0)
        obj = w.get("path=^advcl/obj", 0) + w.get("tag=NOUN", 0) + w.get("current", 0)
        self.assertGreater(subject, obj)
        with open(out, encoding="utf-8") as fh:
            head = fh.read()
        self.assertIn("format\tsaywho-source/1\n", head)
        self.assertIn("features\tsource-features-1\n", head)
        self.assertIn("corpus\twritten-for-the-test\n", head)
        # one model per fold, each fitted without it
        self.assertEqual(sorted(os.listdir(out + ".folds")), ["fold-%d.tsv" % k for k in range(5)])

    def test_the_same_input_writes_the_same_bytes(self):
        first, second = os.path.join(self.dir, "a.tsv"), os.path.join(self.dir, "b.tsv")
        self.fit(first)
        self.fit(second)
        with open(first, "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(), b.read())


if __name__ == "__main__":
    unittest.main()
