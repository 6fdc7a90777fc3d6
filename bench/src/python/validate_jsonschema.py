"""Validates every line of an NDJSON file against the DatasetRecord schema with the Python jsonschema package.

Usage: validate_jsonschema.py SCHEMA_DIR NDJSON_FILE

SCHEMA_DIR holds the bundled schemas, one *.schema.json per file, each with its $id; the relative $refs between
them are resolved through a registry of those ids (jsonschema >= 4.18) or a RefResolver store (older versions, as
Debian bookworm's 4.10). Prints one JSON line: records, invalid, the package version, the peak RSS and the CPU time.
"""

import json
import resource
import sys
from pathlib import Path

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker

DATASET_RECORD = "https://mra-circulair.nl/schema/1.0/dataset-record.schema.json"


def package_version():
    try:
        from importlib.metadata import version

        return version("jsonschema")
    except Exception:  # noqa: BLE001 - any failure only means the version is unknown
        return getattr(jsonschema, "__version__", "unknown")


def build_validator(schema_dir):
    schemas = {}
    for path in sorted(Path(schema_dir).glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        schemas[schema["$id"]] = schema
    root = schemas[DATASET_RECORD]
    checker = FormatChecker()
    try:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        registry = Registry().with_resources(
            (uri, Resource.from_contents(schema, default_specification=DRAFT202012)) for uri, schema in schemas.items()
        )
        return Draft202012Validator(root, registry=registry, format_checker=checker), "registry", checker
    except ImportError:
        from jsonschema import RefResolver

        resolver = RefResolver.from_schema(root, store=schemas)
        return Draft202012Validator(root, resolver=resolver, format_checker=checker), "RefResolver", checker


def main():
    schema_dir, data_file = sys.argv[1], sys.argv[2]
    validator, resolution, checker = build_validator(schema_dir)
    records = 0
    invalid = 0
    first_error = None
    with open(data_file, "rb") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            records += 1
            # every error, as ajv's allErrors does; for valid data both walk the whole record
            errors = 0
            for error in validator.iter_errors(json.loads(raw)):
                errors += 1
                if first_error is None:
                    first_error = f"line {records}: {error.message[:200]}"
            if errors:
                invalid += 1
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result = {
        "records": records,
        "invalid": invalid,
        "jsonschema": package_version(),
        "python": sys.version.split()[0],
        "resolution": resolution,
        "formatsChecked": sorted(name for name in ("date", "date-time") if name in checker.checkers),
        # Linux reports ru_maxrss in kilobytes
        "maxRssKb": usage.ru_maxrss,
        "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000,
    }
    if first_error is not None:
        result["firstError"] = first_error
    print(json.dumps(result))


if __name__ == "__main__":
    main()
