"""Time loading the packaged registry and its lookups; prints the figures.

Run: /work/venv/bin/python benchmarks/bench_registry.py
"""

from __future__ import annotations

import pickle
import time

from stancenet.registry import default_registry, load_registry, normalize_ar


def main() -> None:
    start = time.perf_counter()
    registry = default_registry()
    loaded = time.perf_counter() - start

    start = time.perf_counter()
    normalize_ar("العراق")  # first use imports stancenet.text (camel-tools)
    imported = time.perf_counter() - start

    start = time.perf_counter()
    problems = registry.validate()
    validated = time.perf_counter() - start

    start = time.perf_counter()
    table = registry.alias_table()
    tabled = time.perf_counter() - start

    words = ["العراقي", "الأمريكية", "الإيرانيين", "الحكومة"] * 2500
    start = time.perf_counter()
    for word in words:
        registry.country_of_nisba(word)
    nisba = (time.perf_counter() - start) / len(words)

    start = time.perf_counter()
    for _ in range(20):
        registry.search("الصدر")
    search = (time.perf_counter() - start) / 20

    start = time.perf_counter()
    load_registry()
    reload = time.perf_counter() - start

    size = len(pickle.dumps(registry))
    print(
        f"actors {len(registry.actors)}, issues {len(registry.issues)}, "
        f"Arabic surface forms {len(table)}, validate problems {len(problems)}"
    )
    print(f"default_registry() first call (parse YAML): {loaded * 1000:.0f} ms")
    print(f"first normalisation (imports stancenet.text): {imported * 1000:.0f} ms")
    print(f"validate(): {validated * 1000:.0f} ms; alias_table(): {tabled * 1000:.0f} ms")
    print(f"load_registry() (defaults cached, validates): {reload * 1000:.0f} ms")
    print(f"country_of_nisba: {nisba * 1e6:.2f} us per call; search: {search * 1000:.1f} ms")
    print(f"pickled size: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
