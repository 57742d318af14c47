#!/usr/bin/env bash
# Installs Debian's chromium for the web provider's render test (headless
# Chromium driven over the DevTools protocol). Idempotent: a quick no-op when
# a Chromium is already on PATH. CI runs it before `go test` and sets
# GENVM_REQUIRE_CHROMIUM=1 so the render test fails instead of skipping.
set -euo pipefail
for b in chromium chromium-browser google-chrome headless-shell; do
	if command -v "$b" >/dev/null 2>&1; then
		echo "install-chromium: $(command -v "$b") already present"
		exit 0
	fi
done
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium
