/*
 * cmd_train: `jagaakun train`, trainer mode: a menu with the demo
 * walkthrough (the whole checklist on a sandbox record that is never
 * written, for projecting) and the scenario quiz (anonymous: the score
 * is shown, not saved).  No record is opened and no file is written.
 */
#include "config.h"
#include "cmd/commands.h"

#include <getopt.h>
#include <stdlib.h>

#include "base/i18n.h"

/* Print the help of the train command. */
static void
train_usage(void)
{
	printf(_("Usage: %s train\n"), PACKAGE);
	fputs(_("Trainer mode, for a training session: a demo walkthrough of "
	    "the whole\nchecklist on a sandbox (press r for the next "
	    "participant) and the scenario\nquiz.  Nothing is saved and no "
	    "file is written.\n\n"
	    "  -h, --help           show this help and exit\n"), stdout);
}

int
cmd_train(const struct options *opt, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	optind = 0;	/* restart getopt: main has used it */
	while ((ch = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		if (ch != 'h')
			return EXIT_USAGE;
		train_usage();
		return EXIT_OK;
	}
	if (optind < argc) {
		fprintf(stderr, _("%s: train: unexpected argument '%s'\n"),
		    PACKAGE, argv[optind]);
		return EXIT_USAGE;
	}
	return cmd_checklist_run(opt, true);
}
