package id.netra.interfaces.rest.dto;

import id.netra.domain.employee.Employee;
import java.time.Instant;

/** An employee as Netra mirrors them. */
public record EmployeeDto(
    String nip,
    String nipDisplay,
    String type,
    String name,
    String agency,
    String unitCode,
    String unitName,
    String superiorNip,
    String golongan,
    String positionType,
    String status,
    String siasnId,
    Instant updatedAt) {

  public static EmployeeDto of(Employee e) {
    return new EmployeeDto(
        e.nip(),
        e.number().display(),
        e.type().name(),
        e.name(),
        e.agencyCode(),
        e.unitCode(),
        e.unitName(),
        e.superiorNip(),
        e.golongan(),
        e.positionType(),
        e.status().name(),
        e.siasnId(),
        e.updatedAt());
  }
}
