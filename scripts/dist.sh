#!/usr/bin/env bash
# Release builds of baitiao-evidence: one binary per system a victim or a
# volunteer is likely to have, with the version stamped in, and SHA256SUMS
# so a download can be checked.
#
#   scripts/dist.sh            version from git (tag, else commit), else "dev"
#   scripts/dist.sh v1.2.0     an explicit version
#
# Output: dist/baitiao-evidence-VERSION-{windows-amd64.exe,darwin-arm64,
# darwin-amd64,linux-amd64} and dist/SHA256SUMS. Pure Go (CGO_ENABLED=0),
# -trimpath: the same source and Go version give the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:-}"
if [ -z "$version" ]; then
  version="$(git describe --tags --always --dirty 2>/dev/null || echo dev)"
fi
case "$version" in
  *[!A-Za-z0-9._+-]*) echo "dist.sh: version '$version' may only hold letters, digits and . _ + -" >&2; exit 2 ;;
esac

rm -rf dist
mkdir -p dist
targets=(windows/amd64 darwin/arm64 darwin/amd64 linux/amd64)
for t in "${targets[@]}"; do
  os="${t%/*}" arch="${t#*/}"
  out="dist/baitiao-evidence-${version}-${os}-${arch}"
  [ "$os" = windows ] && out="${out}.exe"
  echo "dist: $out"
  CGO_ENABLED=0 GOOS="$os" GOARCH="$arch" go build -trimpath -buildvcs=false \
    -ldflags "-s -w -X main.version=${version}" -o "$out" ./cmd/baitiao-evidence
done

(
  cd dist
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum baitiao-evidence-* > SHA256SUMS
  else
    shasum -a 256 baitiao-evidence-* > SHA256SUMS # macOS
  fi
)
cat dist/SHA256SUMS

# The binary for this machine, if there is one, must report the version.
host="dist/baitiao-evidence-${version}-$(go env GOOS)-$(go env GOARCH)"
[ "$(go env GOOS)" = windows ] && host="${host}.exe"
if [ -x "$host" ]; then
  got="$("$host" version)"
  case "$got" in
    "baitiao-evidence ${version} "*) echo "dist: $got" ;;
    *) echo "dist.sh: $host version printed '$got', not ${version}" >&2; exit 1 ;;
  esac
fi
