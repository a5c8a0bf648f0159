#!/usr/bin/env bash
# Installs the Debian packages the make commands need, those missing only, in one
# apt-get run (one package index update, one dpkg run), with sudo unless root.
#
#   tools/debian-packages.sh chromium hunspell java npm
#
# Each argument is a need, checked the way the commands use it:
#   chromium  Debians chromium: prints the PDFs and runs the browser tests
#   hunspell  hunspell and its Danish dictionary: the spell check in make check
#   java      a Java runtime: the HTML validator vnu in make test
#   npm       npm: installs vnu (tools/vnu/) and the other npm tools
set -euo pipefail

missing=()
reasons=()
for need in "$@"; do
  case "$need" in
    chromium)
      command -v chromium >/dev/null 2>&1 || { missing+=(chromium); reasons+=("chromium (PDF-udgaverne og browsertestene)"); } ;;
    hunspell)
      { command -v hunspell >/dev/null 2>&1 && test -f /usr/share/hunspell/da_DK.dic; } ||
        { missing+=(hunspell hunspell-da); reasons+=("hunspell og hunspell-da (stavekontrollen)"); } ;;
    java)
      command -v java >/dev/null 2>&1 || { missing+=(default-jre-headless); reasons+=("Java (HTML-valideringen med vnu)"); } ;;
    npm)
      command -v npm >/dev/null 2>&1 || { missing+=(npm); reasons+=("npm (til at hente vnu)"); } ;;
    *)
      echo "tools/debian-packages.sh: ukendt behov '$need' (kendte: chromium hunspell java npm)" >&2
      exit 2 ;;
  esac
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo=sudo
fi
printf 'Installerer Debians %s med apt-get ...\n' "$(IFS=,; echo "${reasons[*]}" | sed 's/,/, /g')"
$sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" >/dev/null
