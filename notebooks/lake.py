"""Shared helpers for the callqa notebooks.

sql(query)  runs DuckDB SQL on the lake through `callqa query --format csv` and returns a DataFrame.
plot(...)   draws a DataFrame (or a "no data" note), saves it as PNG under PLOTS and shows it inline.

Environment:
  CALLQA_CMD    command to run, shell-style (default: the `callqa` launcher one folder up)
  CALLQA_LAKE   lake folder (default: ../lake)
  CALLQA_PLOTS  folder for the PNG files (default: plots/ beside the notebooks)
"""
import io
import os
import shlex
import subprocess
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.ticker import MaxNLocator

HERE = Path(__file__).resolve().parent
CMD = shlex.split(os.environ["CALLQA_CMD"]) if os.environ.get("CALLQA_CMD") else [str(HERE.parent / "callqa")]
LAKE = os.environ.get("CALLQA_LAKE") or str(HERE.parent / "lake")
PLOTS = Path(os.environ.get("CALLQA_PLOTS") or HERE / "plots")
PLOTS.mkdir(parents=True, exist_ok=True)

NO_DATA = "无数据 (no data)"

# Chinese labels need a CJK font (Debian: fonts-wqy-zenhei). Register the file in case matplotlib's
# font cache was built before the font was installed.
_WQY = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
if _WQY.exists() and "WenQuanYi Zen Hei" not in {f.name for f in font_manager.fontManager.ttflist}:
    font_manager.fontManager.addfont(str(_WQY))
matplotlib.rcParams["font.sans-serif"] = ["WenQuanYi Zen Hei", "DejaVu Sans"]
matplotlib.rcParams["font.family"] = "sans-serif"
matplotlib.rcParams["axes.unicode_minus"] = False


def sql(query):
    """Run one SQL query on the lake (tables: calls, rule_hits, utterances, quarantine)."""
    argv = CMD + ["query", "--lake", LAKE, "--format", "csv", query]
    try:
        done = subprocess.run(argv, check=True, capture_output=True, encoding="utf-8")
    except FileNotFoundError as e:
        raise RuntimeError(f"callqa command not found: {CMD!r} (set CALLQA_CMD)") from e
    except subprocess.CalledProcessError as e:
        raise RuntimeError(f"callqa query failed (exit {e.returncode}): {shlex.join(argv)}\n{e.stderr.strip()}") from None
    if not done.stdout.strip():
        return pd.DataFrame()
    # Only empty fields are missing values: a label such as "NA" stays text.
    return pd.read_csv(io.StringIO(done.stdout), keep_default_na=False, na_values=[""])


def _nothing_to_draw(df, x, y):
    if df is None or df.empty:
        return True
    values = df[[y]] if isinstance(y, str) else df[y] if y is not None else df.drop(columns=[x] if x else [])
    return values.apply(pd.to_numeric, errors="coerce").isna().all().all()


def plot(df, name, kind, title, xlabel="", ylabel="", x=None, y=None, annotate=None, legend_title=None,
         figsize=(9, 4.8), **kwargs):
    """Draw df, save it as PLOTS/<name>.png and show it inline.

    kind is a DataFrame.plot kind ("bar", "barh", "line", "scatter", ...) or "heatmap" (the table's
    values as coloured cells). An empty DataFrame gives an empty chart with a "无数据 (no data)" note.
    annotate names a column whose values label the points of a scatter plot.
    """
    fig, ax = plt.subplots(figsize=figsize)
    if _nothing_to_draw(df, x, y):
        ax.text(0.5, 0.5, NO_DATA, ha="center", va="center", fontsize=16, color="gray", transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
    elif kind == "heatmap":
        _heatmap(fig, ax, df, **kwargs)
    else:
        df.plot(kind=kind, x=x, y=y, ax=ax, **kwargs)
        if kind in ("bar", "barh", "scatter"):
            # Counts of calls: whole-number ticks on the count axis.
            (ax.yaxis if kind == "bar" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))
        if annotate:
            # Points at the same place share one label.
            for (px, py), group in df.groupby([x, y]):
                ax.annotate(", ".join(map(str, group[annotate])), (px, py), xytext=(5, 5),
                            textcoords="offset points", fontsize=8)
        if ax.get_legend() is not None:
            ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.01, 1))
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    path = PLOTS / f"{name}.png"
    fig.savefig(path, dpi=110, bbox_inches="tight")
    print(f"图已保存 (chart saved): {path}")
    plt.show()
    plt.close(fig)


def _heatmap(fig, ax, df, cmap="Reds", **kwargs):
    values = df.to_numpy(dtype=float)
    image = ax.imshow(values, cmap=cmap, aspect="auto", vmin=0, **kwargs)
    ax.set_xticks(range(df.shape[1]), [str(c) for c in df.columns], rotation=30, ha="right")
    ax.set_yticks(range(df.shape[0]), [str(i) for i in df.index])
    top = np.nanmax(values)
    for row, col in np.ndindex(values.shape):
        if not np.isnan(values[row, col]):
            ax.text(col, row, f"{values[row, col]:g}", ha="center", va="center", fontsize=8,
                    color="white" if values[row, col] > 0.6 * top else "black")
    fig.colorbar(image, ax=ax)


def matrix(df, index, columns, values, fill_value=0):
    """Pivot long rows into a table index x columns, for grouped bars, lines or a heatmap.

    Missing combinations get fill_value (None leaves them empty, e.g. as gaps in a line chart).
    """
    if df.empty:
        return pd.DataFrame()
    return df.pivot_table(index=index, columns=columns, values=values, aggfunc="sum", fill_value=fill_value)


def label(df, *cols, width=28):
    """One short text label per row from several columns (e.g. rule_id and rule_name)."""
    if df.empty:
        return pd.Series([], dtype=str, index=df.index)
    text = df[list(cols)].astype(str).agg(" ".join, axis=1)
    return text.where(text.str.len() <= width, text.str[: width - 1] + "…")
