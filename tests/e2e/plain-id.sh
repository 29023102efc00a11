# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# plain-id.sh: the plain walkthrough of plain-en.sh in Bahasa Indonesia,
# chosen on the language screen, on iPhone with WhatsApp Web/Desktop.
PLAIN_LANG=id
. "$(dirname "$0")/plain-en.sh"
