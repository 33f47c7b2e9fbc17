#!/bin/sh
# Regenerates the workspace's sample report (strategic-assessment-sample.docx) from its flat-ODT
# source with LibreOffice, as test/fixtures/reports/make.sh does. The source is the fixture
# strategic-assessment-problems.fodt with three more partners' comments.
set -eu
cd "$(dirname "$0")"
profile="${TMPDIR:-/tmp}/council-report-sample-profile"
soffice -env:UserInstallation="file://$profile" --headless \
  --convert-to docx:"MS Word 2007 XML" --outdir . strategic-assessment-sample.fodt
