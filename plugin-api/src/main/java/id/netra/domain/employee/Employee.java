package id.netra.domain.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Netra's mirror of one ASN as the HR system describes them. */
@Entity
@Table(name = "employee")
public class Employee {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
  @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 18)
  private String nip;

  @Enumerated(EnumType.STRING)
  @Column(name = "employee_type", nullable = false, length = 8)
  private EmployeeType type;

  @Column(name = "full_name", nullable = false, length = 200)
  private String name;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "unit_code", length = 64)
  private String unitCode;

  @Column(name = "unit_name", length = 200)
  private String unitName;

  @Column(name = "superior_nip", length = 18)
  private String superiorNip;

  @Column(length = 16)
  private String golongan;

  @Column(name = "position_type", length = 64)
  private String positionType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private EmployeeStatus status;

  /** SIASN's id of the person ({@code pnsOrangId}), once a connector or the HR system said it. */
  @Column(name = "siasn_id", length = 64)
  private String siasnId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Employee() {}

  public Employee(EmployeeNumber number, String agencyCode, EmployeeProfile profile, Instant now) {
    this.nip = number.digits();
    this.type = number.type();
    this.agencyCode = Objects.requireNonNull(agencyCode);
    apply(profile, now);
  }

  /**
   * Applies what the HR system now says of the employee.
   *
   * @return whether anything changed
   */
  public boolean apply(EmployeeProfile profile, Instant now) {
    Map<String, Object> before = snapshot();
    this.name = profile.name();
    this.unitCode = profile.unitCode();
    this.unitName = profile.unitName();
    this.superiorNip = profile.superiorNip();
    this.golongan = profile.golongan();
    this.positionType = profile.positionType();
    this.status = profile.status() == null ? EmployeeStatus.ACTIVE : profile.status();
    boolean changed = !before.equals(snapshot());
    if (changed || updatedAt == null) {
      this.updatedAt = now;
    }
    return changed;
  }

  /**
   * Records SIASN's id of the person; null keeps the one held.
   *
   * @return whether it changed
   */
  public boolean linkSiasn(String id, Instant now) {
    if (id == null || id.equals(siasnId)) {
      return false;
    }
    this.siasnId = id.strip();
    this.updatedAt = now;
    return true;
  }

  /**
   * The employee is gone from the HR system's records (retired, moved, dismissed): kept, but
   * inactive.
   *
   * @return whether this changed anything
   */
  public boolean deactivate(Instant now) {
    if (status == EmployeeStatus.INACTIVE) {
      return false;
    }
    this.status = EmployeeStatus.INACTIVE;
    this.updatedAt = now;
    return true;
  }

  /**
   * Moves the employee to another agency after an approved transfer: their signatures, trainings
   * and cases stay theirs (they are kept by NIP); only the agency that holds them changes.
   */
  public void transferTo(Transfer transfer, Instant now) {
    if (transfer.state() != Transfer.State.APPROVED
        || !transfer.nip().equals(nip)
        || !transfer.fromAgency().equals(agencyCode)) {
      throw new IllegalStateException("not an approved transfer of this employee from here");
    }
    this.agencyCode = transfer.toAgency();
    this.updatedAt = now;
  }

  /** What the audit trail records of this employee. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nip", nip);
    m.put("type", type);
    m.put("name", name);
    m.put("agency", agencyCode);
    m.put("unitCode", unitCode);
    m.put("unitName", unitName);
    m.put("superiorNip", superiorNip);
    m.put("golongan", golongan);
    m.put("positionType", positionType);
    m.put("status", status);
    m.put("siasnId", siasnId);
    return m;
  }

  public Long id() {
    return id;
  }

  public String siasnId() {
    return siasnId;
  }

  public String nip() {
    return nip;
  }

  public EmployeeNumber number() {
    return EmployeeNumber.parse(nip, type);
  }

  public EmployeeType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String unitCode() {
    return unitCode;
  }

  public String unitName() {
    return unitName;
  }

  public String superiorNip() {
    return superiorNip;
  }

  public String golongan() {
    return golongan;
  }

  public String positionType() {
    return positionType;
  }

  public EmployeeStatus status() {
    return status;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
