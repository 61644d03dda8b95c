package id.netra.integration.canonical;

/**
 * One employee as a source holds them, mapped to Netra's fields but still as text: Netra's
 * application validates it and reports each field's fault.
 */
public record PersonnelRecord(
    String nip,
    String type,
    String name,
    String unitCode,
    String unitName,
    String superiorNip,
    String golongan,
    String positionType,
    String status) {}
