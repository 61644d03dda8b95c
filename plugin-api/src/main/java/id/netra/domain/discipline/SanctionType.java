package id.netra.domain.discipline;

import id.netra.domain.employee.EmployeeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sanction as the catalogue knows it: catalogue data, editable by administrators.
 *
 * <p>{@code code} is Netra's code: SIASN's jenisHukumanId where SIASN has one (for example {@code
 * 23}); {@code siasnHukumanId} is what {@code hukdis/save} is sent, or null (a dismissal for party
 * membership is a pemberhentian in SIASN, not a disciplinary record); {@code months} is how long it
 * runs, 0 for a sanction without a period; {@code issuable} is false for the PP 53/2010 forms old
 * records hold (read, never issued); {@code forPns}/{@code forPppk} say who can receive it (PPPK
 * employees hold no rank or structural position to lose).
 */
@Entity
@Table(name = "sanction_type")
public class SanctionType {

  @Id
  @Column(length = 32)
  private String code;

  @Column(name = "siasn_hukuman_id", length = 8)
  private String siasnHukumanId;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private Tier tier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Track track;

  @Column(nullable = false)
  private int months;

  @Column(nullable = false)
  private boolean permanent;

  @Column(nullable = false)
  private boolean issuable;

  @Column(name = "for_pns", nullable = false)
  private boolean forPns;

  @Column(name = "for_pppk", nullable = false)
  private boolean forPppk;

  @Column(nullable = false, length = 32)
  private String regulation;

  protected SanctionType() {}

  public SanctionType(
      String code,
      String siasnHukumanId,
      String name,
      Tier tier,
      Track track,
      int months,
      boolean permanent,
      boolean issuable,
      boolean forPns,
      boolean forPppk,
      String regulation) {
    this.code = Objects.requireNonNull(code);
    this.siasnHukumanId = siasnHukumanId;
    this.name = Objects.requireNonNull(name);
    this.tier = tier;
    this.track = Objects.requireNonNull(track);
    if (months < 0) {
      throw new IllegalArgumentException("months must not be negative");
    }
    this.months = months;
    this.permanent = permanent;
    this.issuable = issuable;
    this.forPns = forPns;
    this.forPppk = forPppk;
    this.regulation = regulation;
  }

  /** Whether an employee of this type can receive it. */
  public boolean appliesTo(EmployeeType type) {
    return type == EmployeeType.PPPK ? forPppk : forPns;
  }

  /** An administrator's correction: who may receive it and whether it may still be issued. */
  public void correct(String name, boolean issuable, boolean forPns, boolean forPppk) {
    this.name = Objects.requireNonNull(name);
    this.issuable = issuable;
    this.forPns = forPns;
    this.forPppk = forPppk;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put("tier", tier);
    m.put("track", track);
    m.put("months", months);
    m.put("issuable", issuable);
    m.put("forPns", forPns);
    m.put("forPppk", forPppk);
    return m;
  }

  public String code() {
    return code;
  }

  /** The code personnel records know it by: SIASN's {@code jenisHukumanId}, else Netra's. */
  public String recordCode() {
    return siasnHukumanId != null ? siasnHukumanId : code;
  }

  public String siasnHukumanId() {
    return siasnHukumanId;
  }

  public String name() {
    return name;
  }

  public Tier tier() {
    return tier;
  }

  public Track track() {
    return track;
  }

  public int months() {
    return months;
  }

  public boolean permanent() {
    return permanent;
  }

  public boolean issuable() {
    return issuable;
  }

  public boolean forPns() {
    return forPns;
  }

  public boolean forPppk() {
    return forPppk;
  }

  public String regulation() {
    return regulation;
  }
}
