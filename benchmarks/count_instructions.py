"""Machine instructions of the whole extraction, counted by valgrind: speed without the noise.

Wall-clock and CPU-time figures (``bench_extract.py``) vary by a third on a shared machine, so
they cannot tell a 5% change from noise. Valgrind's callgrind tool counts the instructions the
interpreter executes instead: the same code on the same input gives the same count, whatever
else the machine is doing (the child runs with a fixed string-hash seed, so that set and dict
layouts repeat too; without it the count varies by about 0.05%).

The script runs itself under ``valgrind --tool=callgrind`` and counts only the timed run of
``Extractor.run`` over the team-written demo corpus (repeated until it has at least
``--sentences`` sentences): importing, compiling the extractor and a warm-up run are not
counted. To mark that run, it is called from inside ``functools.reduce``, whose C function
callgrind is told to count (``--toggle-collect=functools_reduce``). Fewer instructions is
faster; compare two versions of the code on the same machine and Python.

Needs valgrind (Debian: ``apt-get install valgrind``); takes about three minutes, most of it
importing under valgrind. Run: ``python benchmarks/count_instructions.py [--sentences 1200]``.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile

_CHILD = "STANCENET_COUNT_CHILD"


def _count_run(sentences: int) -> None:
    """In the child under valgrind: build, warm up, then run once inside functools.reduce."""
    import pandas as pd
    from bench_extract import demo_documents

    from stancenet.extract import Extractor
    from stancenet.text import split_sentences

    base = demo_documents()
    per_copy = sum(len(split_sentences(t)) for t in base["text"])
    copies = max(1, -(-sentences // per_copy))
    docs = pd.concat(
        [base.assign(doc_id=base["doc_id"] + f"#{k}") for k in range(copies)], ignore_index=True
    )
    extractor = Extractor()
    extractor.run(docs.head(20), progress=False)  # warm the caches
    # the counted part: callgrind counts only inside the C function functools_reduce
    functools.reduce(lambda _, __: extractor.run(docs, progress=False), [None], None)
    print(f"sentences: {per_copy * copies}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1200,
                        help="repeat the demo corpus until it has at least this many sentences")
    args = parser.parse_args(argv)
    if os.environ.get(_CHILD):
        _count_run(args.sentences)
        return 0

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("count_instructions: valgrind is not installed (Debian: apt-get install valgrind)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        command = [valgrind, "--tool=callgrind", "--collect-atstart=no",
                   "--toggle-collect=functools_reduce",
                   f"--callgrind-out-file={os.path.join(tmp, 'callgrind.out')}",
                   sys.executable, os.path.abspath(__file__), "--sentences", str(args.sentences)]
        print("running the extraction under valgrind (about three minutes) ...", flush=True)
        # (a fixed string-hash seed: set and dict layouts, and so the count, repeat exactly)
        done = subprocess.run(command, env={**os.environ, _CHILD: "1", "PYTHONHASHSEED": "0"},
                              capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    sentences = re.search(r"sentences: (\d+)", done.stdout)
    if done.returncode != 0 or found is None or sentences is None:
        print(done.stdout[-2000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
        print(f"count_instructions: the run under valgrind failed (exit {done.returncode})",
              file=sys.stderr)
        return 1
    instructions = int(found.group(1))
    if instructions == 0:
        print("count_instructions: valgrind counted nothing: this Python's functools.reduce is "
              "not the C function functools_reduce, so the run could not be marked",
              file=sys.stderr)
        return 1
    n = int(sentences.group(1))
    print(f"sentences: {n}  instructions: {instructions:,}  per sentence: {instructions / n:,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
