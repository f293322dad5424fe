/**
 * Diagnostics shared by every stage: a {@link gazette.diag.Problem} names a file, a line and a
 * column; {@link gazette.diag.Problems} collects them up to a cap so one build reports every
 * mistake at once. Imports nothing from the other Gazette packages.
 */
package gazette.diag;
