#!/usr/bin/env bash
# Regenerates docs/exports/*.png: the sample recommendation letter, review report, lists and compilation are written
# from the sample corpus, converted to PDF by LibreOffice and to PNG by pdftoppm (the render tests do the work).
# Needs LibreOffice Writer and poppler-utils; LEGALREVIEW_SOFFICE overrides the soffice path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export LEGALREVIEW_SOFFICE="${LEGALREVIEW_SOFFICE:-$(command -v soffice)}"
export LEGALREVIEW_RENDER_OUT="$root/docs/exports"
rm -f "$LEGALREVIEW_RENDER_OUT"/*.png
dotnet test "$root/tests/LegalReview.Exports.Tests" --filter "FullyQualifiedName~RenderTests"
ls -1 "$LEGALREVIEW_RENDER_OUT"/*.png
