package id.netra.application;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.employee.Employee;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.pact.PactRepository;
import id.netra.domain.pact.PactSignature;
import id.netra.domain.pact.PactTemplate;
import id.netra.domain.pact.PactText;
import id.netra.domain.pact.ReceiptSigner;
import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Pact templates and their signatures, from the portal or from paper ceremonies. */
@Stateless
public class PactService {

  /** One row of an offline ceremony import. */
  public record OfflineSignature(
      String nip,
      Long electionId,
      Long templateId,
      Instant signedAt,
      String evidenceRef,
      String witnessNip) {}

  @Inject Clock clock;
  @Inject PactRepository pacts;
  @Inject ElectionService elections;
  @Inject EmployeeService employees;
  @Inject AuditService audit;
  @Inject GateService gate;
  @Inject RowImporter importer;
  @Inject ReceiptSigner receipts;

  public PactTemplate createDraft(Actor actor, String agency, String code, PactText text) {
    String a = actor.agencyFor(agency);
    new Validations().requireText(code, "code", 64).throwIfAny();
    PactTemplate t =
        new PactTemplate(a, code.trim(), pacts.nextTemplateVersion(a, code.trim()), text);
    pacts.addTemplate(t);
    audit.record(actor, a, "PACT_TEMPLATE_CREATED", "pact_template", t.id(), null, t.snapshot());
    return t;
  }

  public PactTemplate editDraft(Actor actor, long id, PactText text) {
    PactTemplate t = template(actor, id);
    Map<String, Object> before = t.snapshot();
    t.edit(text);
    audit.record(
        actor, t.agencyCode(), "PACT_TEMPLATE_EDITED", "pact_template", id, before, t.snapshot());
    return t;
  }

  public PactTemplate publish(Actor actor, long id) {
    PactTemplate t = template(actor, id);
    Map<String, Object> before = t.snapshot();
    t.publish(Times.now(clock));
    audit.record(
        actor,
        t.agencyCode(),
        "PACT_TEMPLATE_PUBLISHED",
        "pact_template",
        id,
        before,
        t.snapshot());
    return t;
  }

  public PactTemplate template(Actor actor, long id) {
    return pacts
        .findTemplate(id)
        .filter(t -> actor.mayAct(t.agencyCode()))
        .orElseThrow(() -> new NotFound("pactTemplate", id));
  }

  public List<PactTemplate> templates(Actor actor, String agency) {
    return pacts.findTemplates(actor.agencyFor(agency));
  }

  /**
   * Imports ceremony signatures row by row; a row already signed for that election is unchanged.
   */
  public ImportReport importOffline(Actor actor, List<OfflineSignature> rows) {
    return importer.importRows(
        rows, r -> EmployeeNumber.canonical(r.nip()), r -> importOne(actor, r));
  }

  public RowOutcome importOne(Actor actor, OfflineSignature row) {
    Employee employee = employees.find(actor, row.nip());
    if (row.electionId() == null) {
      throw DomainValidationException.of(
          "electionId", "REQUIRED", "Sebutkan periode pemilihan.", "Name the election period.");
    }
    ElectionPeriod election = elections.covering(employee.agencyCode(), row.electionId());
    if (pacts.findValidSignature(employee.nip(), election.id()).isPresent()) {
      return RowOutcome.UNCHANGED;
    }
    PactTemplate template =
        row.templateId() == null
            ? pacts
                .findCurrentPublished(employee.agencyCode())
                .orElseThrow(
                    () ->
                        DomainValidationException.of(
                            "templateId",
                            "NO_PUBLISHED_TEMPLATE",
                            "Instansi belum menerbitkan pakta integritas.",
                            "The agency has not published a pact yet."))
            : pacts
                .findTemplate(row.templateId())
                .filter(t -> t.agencyCode().equals(employee.agencyCode()))
                .orElseThrow(() -> new NotFound("pactTemplate", row.templateId()));
    Instant now = Times.now(clock);
    PactSignature s =
        PactSignature.offline(
            employee.nip(),
            employee.agencyCode(),
            election.id(),
            template,
            row.signedAt(),
            row.evidenceRef(),
            row.witnessNip() == null ? null : EmployeeNumber.canonical(row.witnessNip()),
            now);
    pacts.addSignature(s);
    audit.record(
        actor,
        employee.agencyCode(),
        "PACT_SIGNED_OFFLINE",
        "pact_signature",
        s.id(),
        null,
        s.snapshot());
    gate.reevaluate(actor, employee.nip(), "PACT_SIGNED");
    return RowOutcome.CREATED;
  }
}
