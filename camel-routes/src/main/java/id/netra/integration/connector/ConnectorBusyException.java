package id.netra.integration.connector;

import id.netra.integration.canonical.RunKind;

/** A run of this kind is already going on for the connector: one at a time. */
public class ConnectorBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConnectorBusyException(String connectorId, RunKind kind) {
    super("A " + kind + " run of connector " + connectorId + " is already in progress");
  }
}
