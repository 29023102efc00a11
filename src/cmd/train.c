/*
 * cmd_train: `jagaakun train`, trainer mode: a menu with the demo
 * walkthrough (the whole checklist on a sandbox record that is never
 * written, for projecting) and the scenario quiz (anonymous: the score
 * is shown, not saved).  No record is opened and no file is written.
 */
#include "config.h"
#include "cmd/commands.h"

#include "base/i18n.h"

/* Run `jagaakun train`. */
static int
train_main(const struct options *opt, int argc, char **argv)
{
	struct options o = *opt;
	struct cmd_parser p;
	int ch;

	cmd_parser_init(&p, cmd_train_entry.options, false);
	while ((ch = cmd_parser_next(&p, argc, argv)) != -1) {
		if (ch == CMD_LONG_ONLY) {
			o.plain = true;
			continue;
		}
		if (ch != 'h')
			return EXIT_USAGE;
		cmd_help(&cmd_train_entry, stdout);
		return EXIT_OK;
	}
	if (optind < argc)
		return cmd_unexpected(&cmd_train_entry, argv[optind]);
	return cmd_checklist_run(&o, true);
}

static const struct cmd_option train_options[] = {
	CMD_OPTION_PLAIN,
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_train_entry = {
	.name = "train",
	.summary = N_("trainer mode: a demo walkthrough and the scenario quiz"),
	.about = N_("Trainer mode, for a training session: a demo walkthrough of "
	    "the whole\nchecklist in a sandbox (press r for the next "
	    "participant) and the scenario\nquiz.  Nothing is saved and no "
	    "file is written."),
	.options = train_options,
	.run = train_main,
};
