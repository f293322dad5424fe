/**
 * The command line (picocli): {@code build}, {@code import} and the others of the contract, with
 * its exit codes — 0 success, 1 errors in the content, templates or site, 2 a wrong command line.
 * An edge: imports any package, none imports it.
 */
package gazette.cli;
