"""Trunk post-build hook: put the sha256 of each inline <script> and <style> into each page's CSP.

Trunk injects a small inline module that loads the wasm, and the event pages (written by
atlas-pages, the hook before this one) carry it with their own relative paths and a JSON-LD
block. Their texts change with every build (hashed file names, the dataset), so the
Content-Security-Policy in index.html carries placeholders, CSP_SCRIPT_HASHES and
CSP_STYLE_HASHES, replaced here in every page by the hashes of the scripts and the stylesheet
actually in that page.
"""

import base64
import hashlib
import os
import re
import sys

PLACEHOLDERS = {
    "CSP_SCRIPT_HASHES": r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>",
    "CSP_STYLE_HASHES": r"<style[^>]*>(.*?)</style>",
}


def fill(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        html = f.read()
    for placeholder, element in PLACEHOLDERS.items():
        if placeholder not in html:
            raise SystemExit(f"csp_hashes.py: {placeholder} not found in {path}")
        hashes = " ".join(
            "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
            for body in re.findall(element, html, flags=re.S)
        )
        html = html.replace(placeholder, hashes)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hashes.py: TRUNK_STAGING_DIR is not set; run it as a trunk hook", file=sys.stderr)
        return 1
    pages = [
        os.path.join(folder, name)
        for folder, _, names in os.walk(staging)
        for name in names
        if name.endswith(".html")
    ]
    for page in sorted(pages):
        fill(page)
    print(f"csp_hashes.py: hashed the inline scripts of {len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
