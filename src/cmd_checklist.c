/*
 * cmd_checklist: the checklist and check-content commands: load the
 * content, resolve the record's path and hand over to the screens.
 */
#include "config.h"
#include "commands.h"

#include <stdlib.h>

#include "content.h"
#include "diag.h"
#include "i18n.h"
#include "record.h"
#include "ui.h"

/* Load the content in dir, printing every problem; NULL when invalid. */
static struct content *
checklist_load_content(const char *dir)
{
	struct content *c = NULL;
	struct diag d;

	diag_init(&d);
	if (content_load(dir, &c, &d) != 0) {
		diag_print(&d, stderr);
		fprintf(stderr, _("jagaakun: the checklist content in %s is not valid; "
		    "nothing was changed.\n"), dir);
	}
	diag_done(&d);
	return c;
}

int
cmd_check_content(const char *dir)
{
	struct content *c = checklist_load_content(dir);

	if (c == NULL)
		return EXIT_CONTENT;
	printf(_("%s: content version %s is valid: %zu modules, %zu steps.\n"),
	    dir, c->version, c->n_modules, content_step_count(c));
	content_free(c);
	return EXIT_OK;
}

int
cmd_checklist(const struct options *opt)
{
	struct ui_config cfg = { .lang = opt->lang };
	struct content *c;
	char *path = NULL;
	int status;

	c = checklist_load_content(opt->content);
	if (c == NULL)
		return EXIT_CONTENT;
	if (opt->record == NULL && (path = record_default_path()) == NULL) {
		fprintf(stderr, "%s\n", _("jagaakun: cannot tell where to keep the "
		    "record: HOME is not set; use --record FILE."));
		content_free(c);
		return EXIT_USAGE;
	}
	cfg.content = c;
	cfg.record_path = opt->record ? opt->record : path;
	status = ui_checklist_run(&cfg);
	free(path);
	content_free(c);
	return status;
}
