/**
 * YAML with positions: parses front matter and {@code gazette.yml} into a small tree whose every
 * node knows its line and column in the file, so that later stages can say exactly where a bad
 * value is. Takes text, gives {@link gazette.yaml.YNode}s; imports only {@code gazette.diag}.
 */
package gazette.yaml;
