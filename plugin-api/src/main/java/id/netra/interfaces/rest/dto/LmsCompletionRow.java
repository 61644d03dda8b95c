package id.netra.interfaces.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One completion reported by an external LMS; {@code completedOn} is yyyy-mm-dd. */
@Schema(
    name = "LmsCompletion",
    example =
        "{\"nip\":\"196608011988031001\",\"moduleCode\":\"NETRALITAS\",\"provider\":"
            + "\"LMS-BKPSDM\",\"externalId\":\"enrol-77812\",\"completedOn\":\"2029-08-20\","
            + "\"score\":85,\"certificateNumber\":\"LMS/2029/77812\"}")
public record LmsCompletionRow(
    String nip,
    String moduleCode,
    String provider,
    String externalId,
    String completedOn,
    Integer score,
    String certificateNumber) {}
