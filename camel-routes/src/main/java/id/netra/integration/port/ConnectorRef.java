package id.netra.integration.port;

/** Which connector instance acts, and for which agency. */
public record ConnectorRef(String id, String agency) {}
