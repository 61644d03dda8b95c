package id.netra.integration.connector;

import org.apache.camel.builder.RouteBuilder;

/**
 * The route templates of the {@code simpeg-jdbc} kind. Every instance gets routes from these
 * templates with its own id; its handler ({@code <id>.handler}) and data source ({@code
 * <id>.dataSource}) are bound in the registry under those names.
 *
 * <ul>
 *   <li>{@code direct:<id>.personnel}: pull personnel (incremental, full, or a reconciliation), one
 *       record per transaction, a report at the end;
 *   <li>{@code direct:<id>.requests}: poll each request source and answer each pending request;
 *   <li>{@code direct:<id>.deliver}: write one outbox entry back with the matching statement;
 *   <li>the schedules ({@link ScheduleTemplate}) start the first two.
 * </ul>
 */
public final class SimpegJdbcTemplates extends RouteBuilder {

  public static final String PERSONNEL = "simpeg-jdbc-personnel";
  public static final String REQUESTS = "simpeg-jdbc-requests";
  public static final String DELIVER = "simpeg-jdbc-deliver";

  private static final String HANDLER = "bean:{{connectorId}}.handler?method=";
  private static final String JDBC =
      "jdbc:{{connectorId}}.dataSource?useHeadersAsParameters=true&resetAutoCommit=true"
          + "&statement.queryTimeout={{statementTimeout}}";

  @Override
  public void configure() {
    routeTemplate(PERSONNEL)
        .templateParameter("connectorId")
        .templateParameter("statementTimeout", "60")
        .from("direct:{{connectorId}}.personnel")
        .routeConfigurationId(ConnectorErrors.RUNS)
        .to(HANDLER + "startPersonnel")
        .to(JDBC + "&outputType=StreamList")
        .split(body())
        .streaming()
        .to(HANDLER + "personnelRow")
        .end()
        .to(HANDLER + "finishPersonnel");

    routeTemplate(REQUESTS)
        .templateParameter("connectorId")
        .templateParameter("statementTimeout", "60")
        .from("direct:{{connectorId}}.requests")
        .routeConfigurationId(ConnectorErrors.RUNS)
        .to(HANDLER + "startRequests")
        .split(body())
        .doTry()
        .to(HANDLER + "sourceQuery")
        .to(JDBC + "&outputType=StreamList")
        .split(body())
        .streaming()
        .to(HANDLER + "requestRow")
        .endDoTry()
        .doCatch(Exception.class)
        .to(HANDLER + "sourceFailed")
        .end()
        .end()
        .to(HANDLER + "finishRequests");

    routeTemplate(DELIVER)
        .templateParameter("connectorId")
        .templateParameter("statementTimeout", "60")
        .from("direct:{{connectorId}}.deliver")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to(HANDLER + "prepareDelivery")
        .to(JDBC)
        .to(HANDLER + "confirmDelivery");
  }
}
