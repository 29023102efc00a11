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
	int status = cmd_parse_help_only(&cmd_train_entry, argc, argv);

	if (status != EXIT_OK)
		return status == CMD_HELP_SHOWN ? EXIT_OK : status;
	if (optind < argc)
		return cmd_unexpected(&cmd_train_entry, argv[optind]);
	return cmd_checklist_run(opt, true);
}

static const struct cmd_option train_options[] = {
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
