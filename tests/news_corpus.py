"""A folder of extra news articles for the slow tests: BBC files when the shared corpus is there,
otherwise generated ones (so the tests also run from a fresh clone)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from tests.conftest import BBC, bbc_articles

NAMES = ["Margaret Hodge", "Peter Lilley", "Ann Clwyd", "Kenneth Clarke", "Diane Abbott",
         "Alan Milburn", "Clare Short", "Oliver Letwin", "Charles Kennedy", "Tessa Jowell"]
ROLES = ["the shadow chancellor", "the health secretary", "a Labour backbencher",
         "the Liberal Democrat leader", "the culture minister", "a Conservative peer"]
SUBJECTS = ["the rail franchise", "hospital waiting lists", "the council tax rise",
            "the school building programme", "broadband in rural areas", "the pension reform",
            "the airport expansion", "flood defences", "the identity card scheme"]
PLACES = ["Leeds", "Cardiff", "Glasgow", "Belfast", "Norwich", "Plymouth", "Derby", "York"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
VERBS = ["would be delayed", "had been a success", "was badly managed", "would cost more",
         "must be scrapped", "was not working", "would go ahead"]


def generated_article(index: int) -> str:
    rng = random.Random(index)
    speaker, other = rng.sample(NAMES, 2)
    subject = rng.choice(SUBJECTS)
    paragraphs = [
        f"{speaker} said on {rng.choice(WEEKDAYS)} that {subject} {rng.choice(VERBS)}, "
        f"after {rng.randint(3, 90)} residents of {rng.choice(PLACES)} complained.",
        f'"We were promised {rng.randint(2, 40)} million pounds and not a penny has arrived," '
        f"{speaker} told reporters in {rng.choice(PLACES)}.",
        f"{other}, {rng.choice(ROLES)}, denied that {subject} {rng.choice(VERBS)} and said the "
        f"figures published in {rng.choice(['March', 'June', 'October'])} were wrong.",
        f"A spokesman for the department said {rng.randint(2, 9)} reviews of "
        f"{rng.choice(SUBJECTS)} were under way in {rng.choice(PLACES)} and "
        f"{rng.choice(PLACES)}.",
    ]
    rng.shuffle(paragraphs)
    title = f"{speaker.split()[-1]} attacks {subject} in {rng.choice(PLACES)} row {index}"
    return "\n\n".join([title, *paragraphs]) + "\n"


def add_articles(folder: Path, count: int) -> list[Path]:
    """Copy ``count`` articles into ``folder`` (BBC news spread over its sections, or generated)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    if BBC.is_dir():
        files = bbc_articles()
        step = max(1, len(files) // count)
        for i, source in enumerate(files[::step][:count]):
            target = folder / f"bbc_{i:03d}_{source.name}"
            shutil.copyfile(source, target)
            written.append(target)
    else:
        for i in range(count):
            target = folder / f"generated_{i:03d}.txt"
            target.write_text(generated_article(i))
            written.append(target)
    return written
