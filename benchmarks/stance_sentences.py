"""Claim stance on labelled single sentences, the rules alone (no extraction, no tagging).

Each line of `gold/stance_sentences/*.txt` is `key|label|sentence`, with the claim's content in
[brackets] and the label `sup`, `ref` or `neu` toward the proposition of `key` in
`propositions.yaml`. The cue is the last verb before the content. Prints per file the lines
judged right, and the supporting/refuting lines given their side, next to the polarity baseline
(a positive content read as supports, a negative one as refutes).

    python benchmarks/stance_sentences.py [--verbose] [--gold DIR]

`--gold` scores another folder of the same layout (e.g. `gold/stance_sentences_blind`, whose lines
are for aggregate scores only: never run it with `--verbose`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.nlp.model import load_nlp
from pipeline.nlp.polarity import statement_polarity
from pipeline.trail.stance import claim_stance, parse_proposition

GOLD = Path(__file__).resolve().parent / "gold" / "stance_sentences"
LABELS = {"sup": "supports", "ref": "refutes", "neu": "neutral"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every wrong line")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of labelled sentences")
    args = parser.parse_args()
    nlp = load_nlp()
    spec = yaml.safe_load((args.gold / "propositions.yaml").read_text())
    props = {k: parse_proposition(v["proposition"], v.get("about", []), nlp)
             for k, v in spec.items()}
    for path in sorted(args.gold.glob("*.txt")):
        right = sided = sided_right = baseline = 0
        lines = [ln.split("|", 2) for ln in path.read_text().splitlines() if ln.strip()]
        for key, label, marked in lines:
            start, end = marked.index("["), marked.index("]") - 1
            doc = nlp(marked.replace("[", "").replace("]", ""))
            verbs = [t.lemma_ for t in doc if t.idx < start and t.pos_ == "VERB"]
            content = [t for t in doc if start <= t.idx < end]
            polarity = statement_polarity(content, verbs[-1] if verbs else "say",
                                          cue_negated=False)
            found = claim_stance(props[key], sentence=doc[:], content_start=start,
                                 content_end=end, cue=verbs[-1] if verbs else "say",
                                 polarity=polarity)
            gold = LABELS[label]
            right += found.stance == gold
            if gold != "neutral":
                sided += 1
                sided_right += found.stance == gold
                baseline += {"positive": "supports", "negative": "refutes"}[polarity] == gold
            if args.verbose and found.stance != gold:
                print(f"  {gold} -> {found.stance} [{found.basis}] | {marked[:100]}")
        print(f"{path.name}: {right} of {len(lines)} right; supporting/refuting lines given "
              f"their side {sided_right} of {sided} (polarity baseline {baseline} of {sided})")


if __name__ == "__main__":
    main()
