package id.netra.application;

/**
 * One personnel record as an HR system sends it, still as text: parsed and validated by {@link
 * EmployeeService}, so that each row's faults are reported with its fields.
 *
 * @param siasnId SIASN's id of the person ({@code pnsOrangId}); null keeps the one Netra holds
 */
public record EmployeeUpsert(
    String nip,
    String type,
    String name,
    String agency,
    String unitCode,
    String unitName,
    String superiorNip,
    String golongan,
    String positionType,
    String status,
    String siasnId) {}
