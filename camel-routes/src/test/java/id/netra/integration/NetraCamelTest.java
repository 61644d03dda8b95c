package id.netra.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

class NetraCamelTest {

  @Test
  void healthIsUpWhileEveryRouteRunsAndDownWhenOneStops() throws Exception {
    Properties props = new Properties();
    props.setProperty("netra.heartbeat.period", "50");
    try (NetraCamel camel =
        NetraCamel.start(getClass().getClassLoader(), props, Map.of(), Clock.systemUTC())) {
      NotifyBuilder beats =
          new NotifyBuilder(camel.context()).fromRoute("netra-heartbeat").whenDone(2).create();
      assertTrue(beats.matches(5, TimeUnit.SECONDS), "heartbeat fires");

      HealthReport report = camel.health();
      assertTrue(report.up());
      assertEquals(2, report.routes());
      assertEquals(2, report.routesStarted());
      assertNotNull(report.lastHeartbeat());

      camel.context().getRouteController().stopRoute("netra-heartbeat");
      HealthReport degraded = camel.health();
      assertFalse(degraded.up());
      assertEquals(1, degraded.routesStarted());
    }
  }

  @Test
  void registryHoldsTheBeansTheApplicationBinds() throws Exception {
    Object port = new Object();
    try (NetraCamel camel =
        NetraCamel.start(
            getClass().getClassLoader(),
            new Properties(),
            Map.of("gatePort", port),
            Clock.systemUTC())) {
      assertEquals(port, camel.context().getRegistry().lookupByName("gatePort"));
      assertEquals("netra", camel.context().getName());
    }
  }
}
