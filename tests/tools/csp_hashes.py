"""Trunk post-build hook: put the sha256 of each inline <script> into the page's CSP.

Trunk injects a small inline module that loads the wasm. Its text changes with every build
(hashed file names), so the Content-Security-Policy in index.html carries a placeholder,
CSP_SCRIPT_HASHES, replaced here by the hashes of the scripts actually in the page.
"""

import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "CSP_SCRIPT_HASHES"


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hashes.py: TRUNK_STAGING_DIR is not set; run it as a trunk hook", file=sys.stderr)
        return 1
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    if PLACEHOLDER not in html:
        print(f"csp_hashes.py: {PLACEHOLDER} not found in index.html", file=sys.stderr)
        return 1
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in inline
    )
    with open(path, "w", encoding="utf-8") as f:
        f.write(html.replace(PLACEHOLDER, hashes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
