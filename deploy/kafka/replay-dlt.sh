#!/usr/bin/env bash
# Replays the records of a dead-letter topic (<topic>.dlt) to their source topic, with the same
# key, value and CloudEvents headers (ce_id, ce_type, ...). Spring's diagnostic headers
# (kafka_dlt-*: exception, original offset) are dropped. The consumers dedupe on ce_id, so a record
# that was meanwhile processed has no second effect: replaying is safe.
#
#   deploy/kafka/replay-dlt.sh [-b brokers] [-p partition] [-o offset] [-c count] [-n] <topic>.dlt
#
#   -b  bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS, else localhost:29092, docker-compose)
#   -p  only this partition of the dead-letter topic
#   -o  start at this offset (with -p; default: the beginning)
#   -c  at most this many records
#   -n  dry run: print what would be sent, send nothing
#
# Needs kcat and jq. Replay after fixing the cause (a bug, missing reference data), or the records
# come back to the dead-letter topic. Values are expected to be text (the JSON of CloudEvents data).
set -euo pipefail

brokers="${KAFKA_BOOTSTRAP_SERVERS:-localhost:29092}"
partition=""
offset="beginning"
count=""
dry_run=false
while getopts "b:p:o:c:nh" opt; do
  case "$opt" in
    b) brokers="$OPTARG" ;;
    p) partition="$OPTARG" ;;
    o) offset="$OPTARG" ;;
    c) count="$OPTARG" ;;
    n) dry_run=true ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
dlt="${1:?usage: replay-dlt.sh [-b brokers] [-p partition] [-o offset] [-c count] [-n] <topic>.dlt}"
case "$dlt" in
  *.dlt) ;;
  *) echo "replay-dlt: $dlt is not a dead-letter topic (<topic>.dlt)" >&2; exit 2 ;;
esac
for tool in kcat jq; do
  command -v "$tool" > /dev/null || { echo "replay-dlt: $tool is required" >&2; exit 2; }
done

consume=(kcat -b "$brokers" -C -t "$dlt" -o "$offset" -e -J -q)
[ -n "$partition" ] && consume+=(-p "$partition")
[ -n "$count" ] && consume+=(-c "$count")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
replayed=0
while IFS= read -r record; do
  source_topic="$(jq -r '
      [(.headers // []) as $h | range(0; $h | length; 2) | select($h[.] == "kafka_dlt-original-topic") | $h[. + 1]]
      | first // empty' <<< "$record")"
  [ -n "$source_topic" ] || source_topic="${dlt%.dlt}"
  produce=(kcat -b "$brokers" -P -t "$source_topic")
  key="$(jq -r '.key // empty' <<< "$record")"
  [ -n "$key" ] && produce+=(-k "$key")
  while IFS= read -r -d '' header; do
    produce+=(-H "$header")
  done < <(jq -j '(.headers // []) as $h
      | range(0; $h | length; 2)
      | select($h[.] | startswith("kafka_dlt-") | not)
      | "\($h[.])=\($h[. + 1] // "")\u0000"' <<< "$record")
  jq -j '.payload // ""' <<< "$record" > "$work/value"
  where="$(jq -r '"\(.topic)/\(.partition)@\(.offset)"' <<< "$record")"
  if $dry_run; then
    echo "would send $where to $source_topic: ${produce[*]:5} $(head -c 200 "$work/value")"
  else
    # a file argument is sent as one record, whatever it contains
    "${produce[@]}" "$work/value"
    echo "replayed $where to $source_topic"
  fi
  replayed=$((replayed + 1))
done < <("${consume[@]}")
echo "replay-dlt: $replayed record(s) from $dlt"
