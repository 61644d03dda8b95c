package id.netra.integration.connector;

import org.apache.camel.builder.RouteBuilder;

/**
 * The route templates of the {@code webhook} kind: {@code direct:<id>.deliver} signs an outbox
 * entry and posts it through {@code direct:<id>.call} to the HR system's callback address; any
 * answer but a 2xx fails the delivery (retried with backoff, then a dead letter).
 */
public final class WebhookTemplates extends RouteBuilder {

  public static final String CALL = "webhook-call";
  public static final String DELIVER = "webhook-deliver";

  private static final String HANDLER = "bean:{{connectorId}}.handler?method=";

  @Override
  public void configure() {
    routeTemplate(CALL)
        .templateParameter("connectorId")
        .templateParameter("url")
        .from("direct:{{connectorId}}.call")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to("{{url}}?httpClientConfigurer=#{{connectorId}}.http");

    routeTemplate(DELIVER)
        .templateParameter("connectorId")
        .from("direct:{{connectorId}}.deliver")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to(HANDLER + "prepare")
        .to("direct:{{connectorId}}.call")
        .to(HANDLER + "confirm");
  }
}
