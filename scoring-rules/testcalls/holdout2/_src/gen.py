#!/usr/bin/env python3
"""Builds holdout2 transcripts from calls*.txt (a small line DSL) and writes labels.tsv.

DSL, one call per block:
  === g-001
  start: 2026-11-03T09:41:12+08:00
  line: service | dir: inbound | agent: A2317 | team: ... | vendor: ... | cust: C...
  asr: 0|1   (1 = strip all punctuation)     nospace: 0|1 (1 = also strip spaces)
  arate: 4.0 (agent chars/s)   labels: a,b
  a: text            agent utterance, default gap 300-1500 ms after the last speech ended
  c[gap=18000]: text customer utterance starting 18 s after the last speech ended
  a[ov=1500]: text   agent starts 1500 ms before the previous utterance ends (talk-over)
  a[dur=500]: 嗯     fixed duration
"""
import json, random, re, sys, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PUNCT = re.compile(r"[，。？！、：；“”‘’（）《》…—,.?!:;\"'()\-~～·]")


def nchars(t):
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", t))


def parse(path):
    calls, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "meta": {}, "utts": []}
            calls.append(cur)
            continue
        m = re.match(r"^([ac])(\[[^\]]*\])?:\s?(.*)$", line)
        if m:
            opts = {}
            if m.group(2):
                for kv in m.group(2)[1:-1].split(","):
                    k, v = kv.split("=")
                    opts[k.strip()] = int(v)
            cur["utts"].append((m.group(1), opts, m.group(3).strip()))
            continue
        k, v = line.split(":", 1)
        cur["meta"][k.strip()] = v.strip()
    return calls


def build(call):
    meta = call["meta"]
    rnd = random.Random(call["id"])
    asr = meta.get("asr", "0") == "1"
    nospace = meta.get("nospace", "0") == "1"
    arate = float(meta.get("arate", "4.0"))
    crate = rnd.uniform(3.3, 4.6)
    utts, cursor, prev_end = [], 0, 0
    for i, (sp, opts, text) in enumerate(call["utts"]):
        if asr:
            text = PUNCT.sub(" ", text)
            text = re.sub(r"\s+", " ", text).strip()
        if nospace:
            text = text.replace(" ", "")
        n = nchars(text)
        if "dur" in opts:
            dur = opts["dur"]
        else:
            rate = arate * rnd.uniform(0.95, 1.05) if sp == "a" else crate * rnd.uniform(0.85, 1.15)
            dur = max(500, int(round(n / rate * 1000 / 10.0)) * 10)
        if i == 0:
            start = rnd.randrange(400, 1600, 10)
        elif "ov" in opts:
            start = prev_end - opts["ov"]
            assert start > utts[-1]["startMs"], (call["id"], i)
        else:
            gap = opts.get("gap", rnd.randrange(300, 1500, 10))
            start = cursor + gap
        end = start + dur
        utts.append({"speaker": "agent" if sp == "a" else "customer",
                     "startMs": start, "endMs": end, "text": text})
        prev_end = end
        cursor = max(cursor, end)
    doc = {
        "callId": call["id"], "startTime": meta["start"], "businessLine": meta["line"],
        "direction": meta["dir"], "agentId": meta["agent"], "team": meta["team"],
        "vendor": meta["vendor"], "customerId": meta["cust"], "utterances": utts,
    }
    labels = [x.strip() for x in meta.get("labels", "").split(",") if x.strip()]
    return doc, labels


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "calls*.txt"))):
        for call in parse(path):
            doc, labels = build(call)
            with open(os.path.join(OUT, call["id"] + ".transcript.json"), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")
            rows.append((call["id"], ",".join(labels)))
    rows.sort()
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("callId\tcategories\n")
        for cid, lab in rows:
            f.write(f"{cid}\t{lab}\n")
    print(len(rows), "calls written")


if __name__ == "__main__":
    main()
