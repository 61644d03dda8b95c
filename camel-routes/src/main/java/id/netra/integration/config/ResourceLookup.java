package id.netra.integration.config;

import javax.sql.DataSource;

/** Finds the server resources a connector file names (a JDBC resource, for example). */
@FunctionalInterface
public interface ResourceLookup {

  /**
   * @throws IllegalArgumentException with a readable message when there is no such resource
   */
  DataSource dataSource(String name);
}
