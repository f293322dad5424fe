/**
 * The site's configuration: {@link gazette.config.ConfigReader} reads {@code gazette.yml} into one
 * immutable {@link gazette.config.SiteConfig}. Imports {@code gazette.diag} and {@code gazette.yaml}.
 */
package gazette.config;
