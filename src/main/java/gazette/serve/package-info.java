/**
 * The development server behind {@code gazette serve}: builds the site into the output folder with
 * the same {@link gazette.build.Build} as {@code build}, serves that folder over HTTP on loopback,
 * watches the sources, templates and config, rebuilds on change and tells open pages to reload
 * (Server-Sent Events). The reload script is added to HTML as it is served, never written to disk.
 * An edge: imports any stage package; only {@code cli} imports it.
 */
package gazette.serve;
