package id.netra.infrastructure.camel;

import id.netra.application.SanctionTargets;
import id.netra.domain.discipline.SanctionComparison.Held;
import id.netra.domain.shared.DomainStateException;
import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.connector.ConnectorRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The agency's connector instances that take sanctions, as the running registry knows them. */
@ApplicationScoped
public class ConnectorSanctionTargets implements SanctionTargets {

  @Inject CamelBootstrap camel;

  @Override
  public List<String> of(String agency, boolean withSiasn) {
    return registry().sanctionTargets(agency, withSiasn);
  }

  @Override
  public List<String> ofDocuments(String agency) {
    return registry().targetsFor(agency, OutboxEntry.DECREE_DOCUMENT);
  }

  @Override
  public boolean terminationsApart(String connector) {
    return registry().terminationsApart(connector);
  }

  @Override
  public String recordCode(String connector, String netraCode) {
    return registry().recordCode(connector, netraCode);
  }

  /**
   * Read outside Netra's transaction: the record's own connection (a SIMPEG's non-XA JDBC resource,
   * SIASN's HTTP) must not be enlisted in it, and a slow record must not hold Netra's.
   */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Held> held(String connector, List<String> nips) {
    return registry().held(connector, nips).stream()
        .map(
            h ->
                new Held(
                    h.nip(),
                    h.decreeNumber(),
                    h.sanctionType(),
                    h.startDate(),
                    h.cancellationNumber(),
                    h.targetId()))
        .toList();
  }

  private ConnectorRegistry registry() {
    ConnectorRegistry registry = camel.connectors();
    if (registry == null) {
      throw new DomainStateException(
          "NOT_STARTED",
          "Integrasi belum berjalan; keputusan belum dapat dikirim ke catatan kepegawaian. Coba lagi"
              + " sebentar.",
          "The integration side has not started; the decision cannot be sent to the personnel"
              + " records yet. Try again shortly.");
    }
    return registry;
  }
}
