/**
 * Rendering: the {@link gazette.site.Site} becomes output files. View records carry exactly what a
 * template prints; Freemarker templates (compiled once per build, shared by both cores) make the
 * pages; feeds, sitemap, search data and hashed assets are made here too. Takes a Site, gives
 * {@link gazette.render.OutputFile}s in a fixed order. Imports {@code diag}, {@code config},
 * {@code content}, {@code site}.
 */
package gazette.render;
