"""Reads a GEXF or GraphML file with NetworkX (a real parser of both formats) and prints its
nodes and edges as JSON, for the tests of the network export:
    python3 tests/tools/read_network.py FILE
Exit status 3 when NetworkX is not installed (tests/atlas setup installs it)."""

import json
import sys

try:
    import networkx
except ImportError:
    print("networkx is not installed", file=sys.stderr)
    sys.exit(3)

path = sys.argv[1]
graph = networkx.read_gexf(path) if path.endswith(".gexf") else networkx.read_graphml(path)
print(json.dumps({
    "directed": graph.is_directed(),
    "nodes": {str(n): {k: v for k, v in data.items()} for n, data in graph.nodes(data=True)},
    "edges": [[str(u), str(v), {k: v2 for k, v2 in data.items()}] for u, v, data in graph.edges(data=True)],
}, ensure_ascii=False, default=str))
