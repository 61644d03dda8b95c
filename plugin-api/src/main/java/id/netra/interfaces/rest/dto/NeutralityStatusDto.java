package id.netra.interfaces.rest.dto;

import id.netra.application.StatusService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where an employee stands for each current or coming election of their agency. */
public record NeutralityStatusDto(EmployeeDto employee, List<ElectionStandingDto> elections) {

  /** The standing for one election. */
  public record ElectionStandingDto(
      long electionId,
      String electionName,
      boolean pactRequired,
      boolean pactSigned,
      Instant pactSignedAt,
      Integer pactTemplateVersion,
      String pactChannel,
      boolean trainingRequired,
      String trainingState,
      LocalDate trainingValidUntil,
      boolean compliant) {}

  public static NeutralityStatusDto of(StatusService.NeutralityStatus s) {
    return new NeutralityStatusDto(
        EmployeeDto.of(s.employee()),
        s.elections().stream()
            .map(
                x ->
                    new ElectionStandingDto(
                        x.election().id(),
                        x.election().name(),
                        x.rules().requirePact(),
                        x.signature().isPresent(),
                        x.signature().map(sig -> sig.signedAt()).orElse(null),
                        x.signature().map(sig -> sig.templateVersion()).orElse(null),
                        x.signature().map(sig -> sig.channel().name()).orElse(null),
                        x.rules().requireTraining(),
                        x.training().state().name(),
                        x.training().validUntil(),
                        x.missing().isEmpty()))
            .toList());
  }
}
