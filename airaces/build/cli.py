"""Command line: ``python -m airaces validate [DATA]``, ``execute [--force]``, ``rerun``, ``coverage``
and ``refresh-open-data``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from airaces import paths


def _validate(args) -> int:
    from airaces import opendata
    from airaces.errors import report_lines, safe_name
    from airaces.ledger import contract_notes, validate

    data_dir = Path(args.data_dir)
    for note in contract_notes(data_dir):
        print(note)
    violations = validate(data_dir)
    if not any(v.rule == "folder-exists" for v in violations):
        violations += opendata.validate(data_dir)
    if violations:
        print(
            f"{len(violations)} problem(s) in {safe_name(str(data_dir), 200)}:",
            file=sys.stderr,
        )
        for line in report_lines(violations):
            print(line, file=sys.stderr)
        return 1
    seeds = paths.seeds_dir()
    checked = (
        "checked against the sources"
        if seeds.is_dir()
        else f"NOT checked: no source texts at {seeds}"
    )
    print(f"{safe_name(str(data_dir), 200)}: valid (spans {checked})")
    return 0


def _report_premises(notebooks: list[Path], strict: bool) -> int:
    """Print which premises failed; with ``strict`` any failure is an error (exit status 3)."""
    from airaces.build import premises

    failures = premises.failed(notebooks)
    for line in premises.summary(failures):
        print(line, file=sys.stderr if failures else sys.stdout)
    return 3 if failures and strict else 0


def _execute(args) -> int:
    from airaces.build.execute import execute_stale, select

    try:
        if execute_stale(force=args.force, jobs=args.jobs, names=args.chapters):
            return 1
    except ValueError as err:
        print(f"execute: {err}", file=sys.stderr)
        return 2
    return _report_premises(
        [s.with_suffix(".ipynb") for s in select(args.chapters)], args.strict
    )


def _rerun(args) -> int:
    from airaces.build.rerun import RerunError, rerun

    try:
        out = rerun(
            args.data,
            args.out,
            args.chapters,
            whole_book=args.all,
            html=not args.no_html,
            jobs=args.jobs,
        )
    except RerunError as err:
        print(f"rerun: {err}", file=sys.stderr)
        return 1
    except (
        KeyboardInterrupt
    ):  # the rerun has already removed its staging folder and said so
        return 130
    return _report_premises(list((out / "notebooks").glob("*.ipynb")), args.strict)


def _coverage(args) -> int:
    import airaces
    from airaces.build.coverage import report

    table = report(airaces.load())
    for row in table.itertuples():
        print(f"{row.table}: {row.shown} of {row.rows} rows shown ({row.percent:.1f}%)")
        if row.missing:
            print(f"  not shown: {', '.join(row.missing)}")
    return 0 if table["missing"].map(len).sum() == 0 else 1


def _refresh_open_data(args) -> int:
    from airaces.build.snapshot import Download, SnapshotError, refresh

    try:
        target = refresh(
            Download(Path(args.models), args.version_models, args.accessed),
            Download(Path(args.chips), args.version_chips, args.accessed),
            args.data,
        )
    except SnapshotError as err:
        print(f"refresh-open-data: {err}", file=sys.stderr)
        return 1
    print(
        f"{target}: refreshed and valid; rerun the chapters with: make rerun DATA={args.data}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m airaces", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser(
        "validate", help="check a data folder against the contract and the sources"
    )
    v.add_argument("data_dir", nargs="?", default=str(paths.DATA_DIR))
    v.set_defaults(run=_validate)
    e = sub.add_parser("execute", help="execute the chapters whose inputs changed")
    e.add_argument("--force", action="store_true", help="execute every chapter")
    e.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="parallel processes (default: one per core)",
    )
    e.add_argument(
        "--chapters",
        nargs="*",
        default=None,
        help="chapter names such as 08_capital (default: all)",
    )
    e.add_argument(
        "--strict", action="store_true", help="exit with status 3 if any premise fails"
    )
    e.set_defaults(run=_execute)
    r = sub.add_parser(
        "rerun",
        help="validate a data folder, run chapters on it with papermill, build their HTML",
    )
    r.add_argument("--data", required=True, help="the ledger folder to run on")
    r.add_argument(
        "--out",
        required=True,
        help="folder to write notebooks/ and html/ into (replaced on success)",
    )
    r.add_argument(
        "--chapters",
        nargs="*",
        default=None,
        help="chapter names such as 03_compute (default: all)",
    )
    r.add_argument(
        "--all",
        action="store_true",
        help="build the whole book, not only the rerun chapters",
    )
    r.add_argument("--no-html", action="store_true", help="execute the notebooks only")
    r.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="parallel processes (default: one per core)",
    )
    r.add_argument(
        "--strict", action="store_true", help="exit with status 3 if any premise fails"
    )
    r.set_defaults(run=_rerun)
    c = sub.add_parser(
        "coverage", help="how many ledger rows the executed chapters show"
    )
    c.set_defaults(run=_coverage)
    o = sub.add_parser(
        "refresh-open-data",
        help="trim a new download of Epoch AI's data into DATA/open and check it",
    )
    o.add_argument(
        "--models",
        required=True,
        help="the downloaded 'All ML Systems - full view' CSV",
    )
    o.add_argument(
        "--chips",
        required=True,
        help="the downloaded nvidia_owners_cumulative_totals.csv",
    )
    o.add_argument(
        "--version-models",
        required=True,
        help="its version, e.g. 'commit 263c40a (2026-04-01)'",
    )
    o.add_argument("--version-chips", required=True, help="the chip file's version")
    o.add_argument(
        "--accessed", required=True, help="the day of the download, YYYY-MM-DD"
    )
    o.add_argument(
        "--data",
        default=str(paths.DATA_DIR),
        help="the data folder (default: the book's)",
    )
    o.set_defaults(run=_refresh_open_data)
    args = parser.parse_args(argv)
    return args.run(args)
