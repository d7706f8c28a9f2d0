"""Audit the pinned requirements for known vulnerabilities (pip-audit), for `make lint`.

Fails on any known vulnerability that is not in .ci/audit-ignore.txt (one ID a line, with
the reason after it). pip-audit asks PyPI's JSON API for each pinned version's advisories
(OSV data), so it needs the network; a dependency it cannot look up is skipped, and this
script says so loudly - a skip is not a pass. AUDIT_STRICT=1 makes any skip fail too
(for a CI that must prove the audit ran).
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORE = ROOT / ".ci" / "audit-ignore.txt"
REQUIREMENTS = ["requirements.txt", "requirements-dev.txt"]


def ignored_ids():
    lines = IGNORE.read_text(encoding="utf-8").splitlines()
    return [line.split()[0] for line in lines if line.strip() and not line.lstrip().startswith("#")]


def main():
    pip_audit = Path(sys.executable).with_name("pip-audit")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "audit.json"
        command = [str(pip_audit), "--progress-spinner", "off", "-f", "json", "-o", str(report)]
        for name in REQUIREMENTS:
            command += ["-r", str(ROOT / name)]
        for vuln in ignored_ids():
            command += ["--ignore-vuln", vuln]
        result = subprocess.run(command, capture_output=True, text=True)
        if not report.exists():
            sys.stderr.write(result.stdout + result.stderr)
            print("pip-audit did not run (see above)", file=sys.stderr)
            return result.returncode or 1
        dependencies = json.loads(report.read_text(encoding="utf-8"))["dependencies"]
    found = [(d["name"], d["version"], v) for d in dependencies for v in d.get("vulns", [])]
    skipped = [d for d in dependencies if "skip_reason" in d]
    for name, version, vuln in found:
        fixes = ", ".join(vuln.get("fix_versions", [])) or "none yet"
        print(f"VULNERABLE {name} {version}: {vuln['id']} (fixed in {fixes})")
    audited = len(dependencies) - len(skipped)
    print(f"pip-audit: {audited} of {len(dependencies)} pinned packages audited, {len(found)} known vulnerabilities")
    if skipped:
        names = ", ".join(d["name"] for d in skipped)
        print(f"WARNING: {len(skipped)} not audited (the advisory service did not answer for them): {names}")
    if found:
        print(f"Upgrade the pins, or list an ID with its reason in {IGNORE.relative_to(ROOT)}.")
        return 1
    if skipped and os.environ.get("AUDIT_STRICT") == "1":
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
