package id.netra.domain.employee;

/**
 * What an HR system says of an employee besides the number and the agency: the part of the mirror
 * that sync updates.
 */
public record EmployeeProfile(
    String name,
    String unitCode,
    String unitName,
    String superiorNip,
    String golongan,
    String positionType,
    EmployeeStatus status) {}
