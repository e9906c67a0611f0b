"""Add your own actors and issues to the registry and find them in text.

Usage: python examples/custom_actors.py [ACTORS_YAML]
"""

import sys
from pathlib import Path

import stancenet as sn

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data" / (
    "my_actors.yaml")
registry = sn.load_registry(path)  # your file merged over the packaged defaults
print(f"default registry: {len(sn.default_registry().actors)} actors; "
      f"with {path.name}: {len(registry.actors)} actors, {len(registry.issues)} issues")
problems = registry.validate()
print(f"validation problems: {len(problems)}")

text = (
    "انتقد مجلس عشائر البصرة محافظة البصرة بسبب تقصيرها في معالجة ملوحة المياه. "
    "وأعلن مجلس عشائر البصرة رفضه للحلول المؤقتة التي طرحتها محافظة البصرة."
)
statements = sn.extract([text], registry)
print(statements[["source_name", "polarity", "target_name", "category", "cue"]].to_string())
