#!/usr/bin/env python3
"""Tests of `./saywho train` at its edge: what a user types is checked before anything is compiled or trained, and a
wrong option, an option without its value or a missing corpus stops it with a message and a non-zero exit, leaving
the shipped models alone. Python 3 standard library only:

    python3 -m unittest discover -s tools/eval -p 'test_*.py'
"""
import os
import subprocess
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SAYWHO = os.path.join(HERE, "..", "..", "saywho")
RESOURCES = os.path.join(HERE, "..", "..", "attribution-service", "src", "main", "resources")
MODELS = ["cue/model.bin.gz", "content/model.tsv", "source/model.tsv", "confidence/model.tsv"]


def run(*args):
    return subprocess.run(["bash", SAYWHO, "train", *args], capture_output=True, text=True, timeout=60)


def stamps():
    return {m: os.stat(os.path.join(RESOURCES, m)).st_mtime_ns for m in MODELS
            if os.path.exists(os.path.join(RESOURCES, m))}


class TrainCommandTest(unittest.TestCase):

    def setUp(self):
        self.before = stamps()

    def tearDown(self):
        self.assertEqual(self.before, stamps(), "a refused train command must not touch the shipped models")

    def test_an_unknown_option_is_refused_and_named(self):
        r = run("--epochs", "3")
        self.assertEqual(2, r.returncode)
        self.assertIn("unknown option --epochs", r.stderr)
        self.assertNotIn("Compiling", r.stdout)

    def test_an_option_without_its_value_is_refused(self):
        for option in ("--name", "--date", "--seed", "--licence"):
            with self.subTest(option=option):
                r = run("--name", "x", option)
                self.assertEqual(2, r.returncode)
                self.assertIn(option + " needs a value", r.stderr)

    def test_a_missing_corpus_stops_before_compiling(self):
        r = run(os.path.join(HERE, "no-such-corpus.jsonl"), "--name", "x")
        self.assertNotEqual(0, r.returncode)
        self.assertIn("no corpus at", r.stderr)
        self.assertNotIn("Compiling", r.stdout)


if __name__ == "__main__":
    unittest.main()
