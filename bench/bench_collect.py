"""Collecting figure 1's page (bench_speed.wordpress_page) in one process: CPU seconds of lxml's parse, of the
generic reader's whole read (collectors.html.fast.read_page) and of finding the author of each of its ~4,000
posts and comments, best of several runs after a first (which pays for imports and compiling patterns).

To compare two trees, run it with each tree's Python alternately:
    .venv/bin/python bench/bench_collect.py [runs]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from collectors.html import authors, fast
from footprint.models import Profile


def best(work: Callable[[], object], runs: int) -> float:
    work()
    seconds = []
    for _ in range(runs):
        start = time.process_time()
        work()
        seconds.append(time.process_time() - start)
    return min(seconds)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_speed import wordpress_page

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    body, url = wordpress_page(), "https://jo.example/"
    root = fast.tree_of(body)
    assert root is not None
    posts = [el for el in root.iter() if isinstance(el.tag, str) and authors.is_post(el)]
    print(f"figure 1's page ({len(body):,} bytes, {len(posts):,} posts and comments), CPU seconds, best of {runs}:")
    print(f"   parse        {best(lambda: fast.tree_of(body), runs):.3f}")
    print(f"   read_page    {best(lambda: fast.read_page(root, url, Profile(url=url, platform='website')), runs):.3f}")
    print(f"   post authors {best(lambda: [authors.post_author(p) for p in posts], runs):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
