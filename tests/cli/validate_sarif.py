#!/usr/bin/python3
"""Checks that `readout lint --format sarif` output is valid SARIF 2.1.0.

Usage: validate_sarif.py SCHEMA READOUT [lint arguments...]

Runs readout, validates the log against the SARIF JSON schema (python3-jsonschema), then
checks what the schema cannot express: every result's ruleId and ruleIndex agree with
tool.driver.rules, regions are 1-based, and each fix replaces text inside its own file.
"""
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate_sarif: python3-jsonschema is missing; run scripts/setup.sh")


def main():
    schema_path, readout, *lint_args = sys.argv[1:]
    run = subprocess.run([readout, "lint", "--format", "sarif", *lint_args],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"readout exited with {run.returncode}: {run.stderr}")
    log = json.loads(run.stdout)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(log), key=lambda e: list(e.path))
    for error in errors:
        print(f"schema: {'/'.join(map(str, error.path))}: {error.message}")

    problems = []
    assert log["version"] == "2.1.0"
    for run_ in log["runs"]:
        if run_.get("columnKind") != "unicodeCodePoints":
            problems.append("run.columnKind should be unicodeCodePoints")
        rules = run_["tool"]["driver"].get("rules", [])
        ids = [r["id"] for r in rules]
        if len(set(ids)) != len(ids):
            problems.append("duplicate rule ids in tool.driver.rules")
        for rule in rules:
            if rule.get("defaultConfiguration", {}).get("level") not in ("error", "warning", "note"):
                problems.append(f"rule {rule['id']}: bad defaultConfiguration.level")
            if not rule.get("shortDescription", {}).get("text"):
                problems.append(f"rule {rule['id']}: no shortDescription")
        for i, result in enumerate(run_["results"]):
            where = f"results[{i}]"
            if "ruleIndex" in result and ids[result["ruleIndex"]] != result["ruleId"]:
                problems.append(f"{where}: ruleIndex does not point at ruleId")
            if result["ruleId"] not in ids:
                problems.append(f"{where}: ruleId {result['ruleId']} is not in the rule table")
            uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            regions = [loc["physicalLocation"]["region"] for loc in result["locations"]]
            for fix in result.get("fixes", []):
                for change in fix["artifactChanges"]:
                    if change["artifactLocation"]["uri"] != uri:
                        problems.append(f"{where}: a fix changes another file")
                    regions += [r["deletedRegion"] for r in change["replacements"]]
            for region in regions:
                if region["startLine"] < 1 or region["startColumn"] < 1:
                    problems.append(f"{where}: region is not 1-based")
                if (region["endLine"], region["endColumn"]) < (region["startLine"], region["startColumn"]):
                    problems.append(f"{where}: region ends before it starts")
    for p in problems:
        print(f"check: {p}")
    results = sum(len(r["results"]) for r in log["runs"])
    if errors or problems:
        sys.exit(f"invalid SARIF: {len(errors)} schema errors, {len(problems)} other problems")
    print(f"valid SARIF 2.1.0: {results} results")


if __name__ == "__main__":
    main()
