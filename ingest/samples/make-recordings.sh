#!/usr/bin/env bash
# Regenerates the two synthetic two-channel sample recordings and their ground truth:
#   rec-0001.wav  service inbound,    8 kHz 8-bit G.711 mu-law, agent LEFT, customer RIGHT
#                 (one 18 s dead-air gap with no hold announcement; one 1.5 s talk-over)
#   rec-0002.wav  collection outbound, 16 kHz 16-bit PCM, agent LEFT, customer RIGHT
#                 (two talk-overs of >= 1 s: 1.3 s and 1.6 s)
#   recordings-truth.tsv  every utterance's channel, speaker, start/end ms and text.
#
# Every clip is synthesized with espeak-ng, resampled, trimmed of leading/trailing silence and
# measured (soxi -s, exact sample count); its start is placed relative to the end of the previous
# utterance (positive offset = gap, negative = the clip starts that many ms before it ends), so the
# truth file is exact to one sample.
#
# Voice: espeak-ng 1.51's "cmn" voice (Mandarin, latin-as-English) reads Hanzi through an English
# letter path and is unintelligible; "cmn-latn-pinyin" is the same Mandarin voice with correct
# Hanzi handling, so it is used. A few polyphones espeak gets wrong (银行 -> yin xing, 还款 -> hai)
# are given to espeak as tone-numbered pinyin; the truth file keeps the Chinese text.
#
# Requires: espeak-ng, sox (soxi). Output is deterministic for a given espeak-ng/sox version.
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VOICE="${VOICE:-cmn-latn-pinyin}"
AGENT_OPTS=(-p 60 -s 205)
CUSTOMER_OPTS=(-p 30 -s 180)
TAIL_MS=600        # silence after the last utterance
FIRST_MS=400       # silence before the first utterance

command -v espeak-ng >/dev/null || { echo "espeak-ng not found" >&2; exit 1; }
command -v sox >/dev/null || { echo "sox not found" >&2; exit 1; }
espeak-ng --voices=zh | grep -q " $VOICE " || { echo "espeak-ng voice $VOICE not found" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

TRUTH="$DIR/recordings-truth.tsv"
printf 'callId\tchannel\tspeaker\tstartMs\tendMs\ttext\n' > "$TRUTH.tmp"

# build_recording CALLID RATE ENCODING_OPTS... -- then utterance lines on stdin:
#   speaker<TAB>offsetMs<TAB>text<TAB>spokenText(optional)
build_recording() {
  local call="$1" rate="$2"; shift 2
  local enc=("$@")
  local i=0 prev_end=0 start len ms_s ms_e text spoken spk off ch
  local -a l_parts=() r_parts=()
  local l_cur=0 r_cur=0
  while IFS=$'\t' read -r spk off text spoken; do
    [[ -z "$spk" || "$spk" == \#* ]] && continue
    i=$((i + 1))
    [[ -n "${spoken:-}" ]] || spoken="$text"
    local raw="$WORK/$call-$i.raw.wav" clip="$WORK/$call-$i.wav"
    if [[ "$spk" == agent ]]; then
      espeak-ng -v "$VOICE" "${AGENT_OPTS[@]}" -w "$raw" "$spoken"; ch=left
    else
      espeak-ng -v "$VOICE" "${CUSTOMER_OPTS[@]}" -w "$raw" "$spoken"; ch=right
    fi
    # resample, then trim leading and trailing silence so the clip is speech edge to edge
    sox -D "$raw" -b 16 -c 1 "$clip" gain -3 rate "$rate" \
      silence 1 0.005 0.3% reverse silence 1 0.005 0.3% reverse
    len=$(soxi -s "$clip")
    if (( i == 1 )); then
      start=$(( off * rate / 1000 ))
    else
      start=$(( prev_end + off * rate / 1000 ))
    fi
    # place the clip on its channel: silence up to its start, then the clip
    local cur
    if [[ $ch == left ]]; then cur=$l_cur; else cur=$r_cur; fi
    if (( start < cur )); then echo "$call utterance $i overlaps its own channel" >&2; exit 1; fi
    local sil="$WORK/$call-$i.sil.wav"
    if (( start > cur )); then
      sox -D -r "$rate" -c 1 -n -b 16 "$sil" trim 0 "$((start - cur))s"
      if [[ $ch == left ]]; then l_parts+=("$sil"); else r_parts+=("$sil"); fi
    fi
    if [[ $ch == left ]]; then l_parts+=("$clip"); l_cur=$((start + len));
    else r_parts+=("$clip"); r_cur=$((start + len)); fi
    prev_end=$((start + len))
    ms_s=$(( (start * 1000 + rate / 2) / rate ))
    ms_e=$(( ((start + len) * 1000 + rate / 2) / rate ))
    printf '%s\t%s\t%s\t%d\t%d\t%s\n' "$call" "$ch" "$spk" "$ms_s" "$ms_e" "$text" >> "$TRUTH.tmp"
    printf '  %s %-8s %-5s %6d-%6d ms (clip %s s)\n' "$call" "$spk" "$ch" "$ms_s" "$ms_e" "$(soxi -D "$clip")" >&2
  done
  # pad both channels to the same total length and merge: first input = left, second = right
  local total=$(( (l_cur > r_cur ? l_cur : r_cur) + TAIL_MS * rate / 1000 ))
  sox -D -r "$rate" -c 1 -n -b 16 "$WORK/$call-lpad.wav" trim 0 "$((total - l_cur))s"
  sox -D -r "$rate" -c 1 -n -b 16 "$WORK/$call-rpad.wav" trim 0 "$((total - r_cur))s"
  sox -D "${l_parts[@]}" "$WORK/$call-lpad.wav" "$WORK/$call-left.wav"
  sox -D "${r_parts[@]}" "$WORK/$call-rpad.wav" "$WORK/$call-right.wav"
  sox -D -M "$WORK/$call-left.wav" "$WORK/$call-right.wav" "${enc[@]}" "$DIR/$call.wav"
  echo "$call.wav: $(soxi -D "$DIR/$call.wav") s, $(soxi -c "$DIR/$call.wav") ch, $(soxi -r "$DIR/$call.wav") Hz, $(soxi -e "$DIR/$call.wav")" >&2
}

# ---- rec-0001: service inbound, 8 kHz mu-law --------------------------------------------------
# utterance 5 follows 18 s of dead air (no hold announced); utterance 7 (agent) starts 1.5 s
# before the customer's utterance 6 ends (a single talk-over).
build_recording rec-0001 8000 -e u-law -b 8 -r 8000 -c 2 <<EOF
agent	$FIRST_MS	您好，华夏通银行客服中心，工号三零二一，请问有什么可以帮您？	您好，华夏通yin2 hang2客服中心，工号三零二一，请问有什么可以帮您？
customer	800	你好，我想问一下信用卡年费怎么收？
agent	900	普卡首年免年费，一年内刷卡满六次，就免次年年费。
customer	700	那金卡也是一样的吗？
agent	18000	金卡不一样，一年要刷满十二次才能免年费。
customer	800	好的，那如果我没刷够，年费是会直接从卡里扣吗？
agent	-1500	会的，年费会在当期账单里收取，请您留意。
customer	700	好的，明白了，谢谢。
agent	600	不客气，感谢您的来电，祝您生活愉快，再见。
EOF

# ---- rec-0002: collection outbound, 16 kHz 16-bit PCM -----------------------------------------
# identity confirmed before the debt is mentioned; utterances 5 and 7 (agent) start 1.3 s and
# 1.6 s before the customer's utterances 4 and 6 end (two talk-overs).
build_recording rec-0002 16000 -e signed-integer -b 16 -r 16000 -c 2 <<EOF
agent	$FIRST_MS	您好，这里是华夏通银行信用卡中心，请问是赵明先生本人吗？	您好，这里是华夏通yin2 hang2信用卡中心，请问是赵明先生本人吗？
customer	900	是我，你说。
agent	800	赵先生您好，您尾号八八一六的信用卡已经逾期五天，应还金额三千二百元，请您尽快还款。	赵先生您好，您尾号八八一六的信用卡已经逾期五天，应huan2金额三千二百元，请您尽快huan2 kuan3。
customer	1000	我知道，这两天工资还没发，下周一应该能还上，到时候我直接在手机银行还。	我知道，这两天工资还没发，下周一应该能huan2上，到时候我直接在手机yin2 hang2 huan2。
agent	-1300	好的，我给您登记下周一还款，也提醒您，逾期记录会报送征信，请按时处理。	好的，我给您登记下周一huan2 kuan3，也提醒您，逾期记录会报送征信，请按时处理。
customer	700	行，我下周一肯定还，你们就不用再打电话提醒我了。	行，我下周一肯定huan2，你们就不用再打电话提醒我了。
agent	-1600	好的，感谢您的配合，祝您生活愉快，再见。
EOF

mv "$TRUTH.tmp" "$TRUTH"

# ---- sidecar metadata -------------------------------------------------------------------------
cat > "$DIR/rec-0001.json" <<'EOF'
{
  "callId": "rec-0001",
  "startTime": "2026-11-20T09:41:07+08:00",
  "businessLine": "service",
  "direction": "inbound",
  "agentId": "A3021",
  "team": "信用卡一组",
  "vendor": "自营",
  "customerId": "C90127346",
  "agentChannel": "left"
}
EOF
cat > "$DIR/rec-0002.json" <<'EOF'
{
  "callId": "rec-0002",
  "startTime": "2026-11-20T17:55:30+08:00",
  "businessLine": "collection",
  "direction": "outbound",
  "agentId": "A5317",
  "team": "催收一组",
  "vendor": "外包-华信",
  "customerId": "C90385521",
  "agentChannel": "left"
}
EOF
echo "wrote rec-0001.wav rec-0002.wav rec-0001.json rec-0002.json recordings-truth.tsv in $DIR" >&2
