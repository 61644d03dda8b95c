package id.netra.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NetraInstanceTest {

  @Test
  void aConfiguredNameWins() {
    assertEquals("node-a", NetraInstance.nameOf("  node-a ", "host1", "/opt/payara/domains/d1"));
  }

  @Test
  void otherwiseTheHostAndTheDomainFolder() {
    assertEquals(
        "host1/netra", NetraInstance.nameOf(" ", "host1", "/opt/payara/glassfish/domains/netra"));
    assertEquals("host1", NetraInstance.nameOf(null, "host1", null));
  }

  @Test
  void longNamesAreCutToTheColumn() {
    assertEquals(
        NetraInstance.MAX_LENGTH, NetraInstance.nameOf("x".repeat(300), "h", null).length());
  }
}
