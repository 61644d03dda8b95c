package id.netra.integration;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The CamelContext of one Netra application: built, started and stopped by the application itself
 * (there is no camel-cdi in Camel 4). Container resources (data sources, ports) are bound into its
 * registry by name before start.
 */
public final class NetraCamel implements AutoCloseable {

  public static final String CONTEXT_NAME = "netra";

  private final CamelContext context;
  private final ProducerTemplate producer;

  private NetraCamel(CamelContext context) {
    this.context = context;
    this.producer = context.createProducerTemplate();
  }

  /**
   * Builds and starts a context with Netra's built-in routes plus any extra route builders.
   *
   * @param classLoader the application's class loader (Camel resolves components and beans with it)
   * @param properties placeholders for the routes ({@code {{netra.…}}})
   * @param beans objects bound into the registry by name
   * @param clock the application's clock (its heartbeat is stamped with it)
   * @param extraRoutes more routes to add, for example connector instances
   */
  public static NetraCamel start(
      ClassLoader classLoader,
      Properties properties,
      Map<String, Object> beans,
      Clock clock,
      RoutesBuilder... extraRoutes)
      throws Exception {
    DefaultCamelContext context = new DefaultCamelContext();
    context.getCamelContextExtension().setName(CONTEXT_NAME);
    if (classLoader != null) {
      context.setApplicationContextClassLoader(classLoader);
    }
    context.getPropertiesComponent().setInitialProperties(properties);
    beans.forEach((name, bean) -> context.getRegistry().bind(name, bean));
    context.addRoutes(new HealthRoutes(clock));
    for (RoutesBuilder routes : extraRoutes) {
      context.addRoutes(routes);
    }
    context.start();
    return new NetraCamel(context);
  }

  /** Asks the health route for the state of the integration side. */
  public HealthReport health() {
    if (!context.isStarted()) {
      return new HealthReport(false, context.getStatus().name(), 0, 0, null);
    }
    return producer.requestBody(HealthRoutes.HEALTH_ENDPOINT, null, HealthReport.class);
  }

  public CamelContext context() {
    return context;
  }

  public ServiceStatus status() {
    return context.getStatus();
  }

  @Override
  public void close() throws Exception {
    producer.close();
    context.close();
  }
}
