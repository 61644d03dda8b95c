package id.netra.interfaces.rest.dto;

/** One completion reported by an external LMS; {@code completedOn} is yyyy-mm-dd. */
public record LmsCompletionRow(
    String nip,
    String moduleCode,
    String provider,
    String externalId,
    String completedOn,
    Integer score,
    String certificateNumber) {}
