/** What the command line shows on a terminal while it works. */
package dev.nnlab.cli.console;
