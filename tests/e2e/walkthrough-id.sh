# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# walkthrough-id.sh: the complete first run of walkthrough-en.sh, in
# Bahasa Indonesia chosen on the language screen, on iPhone.  Screen texts
# are looked up in the test catalogue (build/tests/locale), so the checks
# follow the translation; a few screens are also checked to be translated.
WALK_LANG=id
. "$(dirname "$0")/walkthrough-en.sh"
