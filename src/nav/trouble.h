/*
 * trouble: the paths for when something is wrong (nav/trouble.c), both
 * left from the module list: verify a request against the site's
 * contacts, and an account that may be taken over, whose answers are
 * written down as an incident file.
 */
#ifndef JAGAAKUN_NAV_TROUBLE_H
#define JAGAAKUN_NAV_TROUBLE_H

#include <stddef.h>
#include "exchange/incident.h"
#include "nav/found.h"

struct nav;

struct nav_trouble {
	struct nav_found found;		/* NAV_VERIFY: the site's contacts
					 * matching what was typed */
	enum incident_noticed noticed;	/* the incident's answers */
	enum incident_money money;
};

/* NAV_VERIFY: keep the contacts whose unit or name holds query (all of
 * them for ""), selecting the first.  Returns NAV_ flags. */
unsigned nav_trouble_verify_filter(struct nav *n, const char *query);

#endif
