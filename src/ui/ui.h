/*
 * ui: the interactive checklist on a terminal (ncursesw).
 */
#ifndef JAGAAKUN_UI_H
#define JAGAAKUN_UI_H

struct content;

struct ui_config {
	const struct content *content;	/* loaded and valid */
	const char *record_path;	/* where the record lives */
	const char *lang;		/* "id"/"en" from --lang, or NULL */
};

/*
 * Run the interactive checklist; returns the exit status:
 * 0 done, 1 the record could not be used or saved, 2 no usable terminal,
 * 4 the record is open in another jagaakun, 128+N after signal N
 * (progress saved first).  i18n_init() must have been called.
 */
int ui_checklist_run(const struct ui_config *cfg);

#endif
