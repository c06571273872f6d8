"""The table ``benchmarks/perf.py`` prints (:func:`report`): each figure of the bare model beside
the service's, their ratio, the target and the load average at the time; then the scale
curve, with search p50 relative to the smallest store's (alone, and loaded side by side).
"""

from __future__ import annotations

import math
import os


def report(figures: dict) -> str:
    """The side-by-side table."""
    bare, build, eng, web = figures["bare"], figures["build"], figures["engine"], figures["http"]
    conc = web["concurrent"]
    lines = [
        (f"machine: {os.cpu_count()} cores; embedder backend: {eng['backend']}; "
         f"article store: {build['claims']} claims"),
        "",
        f"{'figure':<44}{'bare model':>12}{'service':>12}{'ratio':>8}  target   load avg",
    ]

    def row(name, bare_value, service_value, target="", load_avg=None, unit=""):
        ratio = f"{service_value / bare_value:.2f}" if bare_value and not math.isnan(service_value) else ""
        bare_text = f"{bare_value:.2f}{unit}" if bare_value is not None else "—"
        lines.append(
            f"{name:<44}{bare_text:>12}{service_value:>11.2f}{unit}{ratio:>8}  {target:<8} "
            f"{'' if load_avg is None else '/'.join(f'{x:.1f}' for x in load_avg)}"
        )

    fastest_bare = min(bare["default"]["p50_ms"], bare["one_thread"]["p50_ms"])
    row("query encode p50 (best of default/1 thread) vs", fastest_bare, web["p50_ms"], "≤ 1.0×", web["load_avg"])
    lines.append("  … HTTP search p50 (ms), the two interleaved query by query")
    row("query encode p50, default threads vs HTTP", bare["default"]["p50_ms"], web["p50_ms"], "",
        web["load_avg"])
    row("query encode p50, 1 thread vs HTTP (ms)", bare["one_thread"]["p50_ms"], web["p50_ms"], "",
        web["load_avg"])
    row("query encode p99 (1 thread) vs HTTP p99", bare["one_thread"]["p99_ms"], web["p99_ms"], "",
        web["load_avg"])
    row("query encode p50 vs in-process search p50", fastest_bare, eng["search_p50_ms"], "",
        eng["load_avg"])
    row("in-process search p99 (ms)", None, eng["search_p99_ms"], "", eng["load_avg"])
    row("load + encode vs kg build (s)", bare["load_encode_s"], build["seconds"], "≤ 1.5×",
        [*bare["load_avg"], *build["load_avg"]])
    row("peak memory: bare vs build (MiB)", bare["peak_mib"], build["peak_mib"], "", build["load_avg"])
    row("store load, in-process (s)", None, eng["load_s"], "≤ 2 s", eng["load_avg"])
    row(f"HTTP req/s, {conc['clients']} clients ({conc['requests']} req)", None, conc["rps"], "",
        conc["load_avg"])
    row(f"HTTP p50 under {conc['clients']} clients (ms)", None, conc["p50_ms"], "", conc["load_avg"])
    row(f"HTTP p99 under {conc['clients']} clients (ms)", None, conc["p99_ms"], "", conc["load_avg"])
    row(f"errors: single client + {conc['clients']} clients", None, web["errors"] + conc["errors"], "0")
    row("server peak memory (MiB)", None, web["server_peak_mib"])
    lines.append(
        f"(bare: {bare['texts']} texts embedded (those kg build embeds), import+load "
        f"{bare['import_load_s']:.2f} s, encode {bare['encode_s']:.2f} s; PyTorch default threads "
        f"{bare['default_threads']}; HTTP: {web['n']} distinct queries, keep-alive, 127.0.0.1)"
    )
    if figures.get("scale"):
        header = (
            f"{'claims':>8} {'index':>6} {'build s':>8} {'claims/s':>9} {'build MiB':>10} "
            f"{'store MiB':>10} {'load s':>7} {'p50 ms':>7} {'p99 ms':>7} {'recall@10':>10}  load avg"
        )
        lines += ["", header]
        # The reference: the smallest generated store (a few hundred claims), else the article's.
        small = [r for r in figures["scale"] if r["claims"] < 1000]
        base_row = min(small, key=lambda r: r["claims"]) if small else None
        base = base_row["search_p50_ms"] if base_row else eng["search_p50_ms"]
        base_name = f"{base_row['claims']}-claim store" if base_row else "article store"
        for r in figures["scale"]:
            recall = r.get("recall_at_10")
            lines.append(
                f"{r['claims']:>8} {r['index']:>6} {r['build_s']:>8.1f} {r['build_claims_per_s']:>9.0f} "
                f"{r['build_peak_mib']:>10.0f} {r['store_mib']:>10.1f} {r['load_s']:>7.2f} "
                f"{r['search_p50_ms']:>7.2f} {r['search_p99_ms']:>7.2f} "
                f"{'' if recall is None else f'{recall:.3f}':>10}  "
                f"{'/'.join(f'{x:.1f}' for x in r['load_avg'])}"
            )
        lines.append(f"(search p50 relative to the {base_name}'s {base:.2f} ms: "
                     + ", ".join(f"{r['claims']}: {r['search_p50_ms'] / base:.2f}×" for r in figures["scale"])
                     + "; target at 100k ≤ 1.5×, store load ≤ 2 s)")
        paired = [r for r in figures["scale"] if "pair_ratio" in r]
        if paired and base_row:
            lines.append(f"(the same against the {base_name}, the two loaded side by side and queried in turn: "
                         + ", ".join(f"{r['claims']}: {r['pair_ratio']:.2f}× ({r['pair_p50_ms']:.2f} vs "
                                     f"{r['pair_ref_p50_ms']:.2f} ms, load avg "
                                     f"{'/'.join(f'{x:.1f}' for x in r['pair_load_avg'])})" for r in paired)
                         + ")")
    return "\n".join(lines)
