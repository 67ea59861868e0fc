#!/usr/bin/python3
"""The peer of Cohort's report reader: Python's json module parsing every line of every *.jsonl under
RESULTS, nothing else (no statistics, no report). Prints the number of lines parsed.

usage: parse.py RESULTS
"""
import json
import os
import sys


def main(results):
    lines = 0
    for root, _, files in os.walk(results):
        for name in sorted(files):
            if not name.endswith(".jsonl"):
                continue
            with open(os.path.join(root, name), "rb") as f:
                for line in f:
                    if line.strip():
                        json.loads(line)
                        lines += 1
    print(f"python json parsed {lines} lines")


if __name__ == "__main__":
    main(sys.argv[1])
