/**
 * Publishing: writes the rendered files. {@link gazette.output.DirectorySink} builds the whole
 * site in a staging folder beside the output folder and swaps it in only when every file is
 * written, so a failed build leaves the previous site as it was. Imports {@code diag}, {@code source}
 * (the desktop litter list, {@link gazette.source.DesktopLitter}), {@code render}.
 */
package gazette.output;
