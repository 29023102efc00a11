/* placeholder: replaced by the real option parser */
#include "config.h"
int main(void) { return 0; }
