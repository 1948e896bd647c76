#!/usr/bin/env bash
# Publishes the self-contained, single-file `teamdrill` client for each runtime, and the server for
# linux-x64 and win-x64, into one folder the server hands out at /download. Needs only the .NET SDK.
#
#   build/publish.sh                      every runtime below
#   build/publish.sh linux-x64 win-x64    only these runtimes
#   build/publish.sh --clients-only ...   no server
#   build/publish.sh --out DIR ...        instead of artifacts/ (downloads in DIR/downloads)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
client_rids=(linux-x64 linux-arm64 win-x64 osx-x64 osx-arm64)
server_rids=(linux-x64 win-x64)
out="$root/artifacts"
clients_only=0
rids=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) [[ $# -ge 2 ]] || { echo "--out needs a folder." >&2; exit 2; }; out="$2"; shift 2 ;;
    --clients-only) clients_only=1; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "Unknown option $1; run build/publish.sh --help." >&2; exit 2 ;;
    *)
      if [[ " ${client_rids[*]} " != *" $1 "* ]]; then
        echo "Unknown runtime '$1'; choose from: ${client_rids[*]}." >&2
        exit 2
      fi
      rids+=("$1"); shift ;;
  esac
done
[[ ${#rids[@]} -gt 0 ]] || rids=("${client_rids[@]}")

mkdir -p "$out"
out="$(cd "$out" && pwd)"
downloads="$out/downloads"
# Intermediate files stay out of the source tree, so a publish never disturbs a developer's own build.
work="$out/build"
mkdir -p "$downloads"

publish() { # project rid folder [extra msbuild properties...]
  local project="$1" rid="$2" folder="$3"
  shift 3
  rm -rf "$folder"
  dotnet publish "$root/$project" -c Release -r "$rid" --self-contained true \
    -p:PublishSingleFile=true -p:DebugType=none --artifacts-path "$work" -o "$folder" "$@" -nologo -v quiet
}

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)"
echo "TeamDrill $version -> $downloads"

for rid in "${rids[@]}"; do
  exe=""; [[ "$rid" == win-* ]] && exe=".exe"
  staged="$work/client-$rid"
  echo "client $rid"
  # Native libraries go inside the one file too; they are unpacked under ~/.net on first start.
  publish client/TeamDrill.Client "$rid" "$staged" -p:IncludeNativeLibrariesForSelfExtract=true
  cp "$staged/teamdrill$exe" "$downloads/teamdrill-$rid$exe"
  chmod +x "$downloads/teamdrill-$rid$exe"
done

if [[ $clients_only -eq 0 ]]; then
  for rid in "${rids[@]}"; do
    [[ " ${server_rids[*]} " == *" $rid "* ]] || continue
    echo "server $rid"
    # The server keeps its native SQLite library, appsettings.json and content/ beside the executable:
    # a service account with no home folder can run it without unpacking anything.
    folder="$out/server/$rid"
    publish server/TeamDrill.Server "$rid" "$folder"
    if [[ "$rid" == win-* ]]; then
      rm -f "$downloads/teamdrill-server-$rid.zip"
      (cd "$folder" && zip -qr "$downloads/teamdrill-server-$rid.zip" .)
    else
      tar -czf "$downloads/teamdrill-server-$rid.tar.gz" -C "$folder" .
    fi
  done
fi

ls -l "$downloads"
