/**
 * The build: the stages in order — config, sources, articles, site, render, publish. Used by the
 * {@code build}, {@code check} and {@code serve} commands. Imports every stage package.
 */
package gazette.build;
