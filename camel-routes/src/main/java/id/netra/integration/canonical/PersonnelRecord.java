package id.netra.integration.canonical;

/**
 * One employee as a source holds them, mapped to Netra's fields but still as text: Netra's
 * application validates it and reports each field's fault.
 *
 * @param siasnId SIASN's id of the person ({@code pnsOrangId}), when the source knows it
 * @param partial true when the source holds only some of an employee's fields (a refresh from
 *     SIASN): a null field then keeps Netra's value instead of clearing it, and an unknown NIP is
 *     not created
 * @param agency the Netra agency the source shows the employee at, when it says (SIASN's {@code
 *     instansiKerjaId} through the connector's map): another agency than the connector's moves the
 *     employee there; null: the connector's agency
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
    String status,
    String siasnId,
    boolean partial,
    String agency) {

  /** A full record, as a SIMPEG's personnel table gives it. */
  public PersonnelRecord(
      String nip,
      String type,
      String name,
      String unitCode,
      String unitName,
      String superiorNip,
      String golongan,
      String positionType,
      String status) {
    this(
        nip,
        type,
        name,
        unitCode,
        unitName,
        superiorNip,
        golongan,
        positionType,
        status,
        null,
        false,
        null);
  }
}
