package id.netra.domain.employee;

import id.netra.domain.shared.DomainStateException;
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

/**
 * A transfer (mutasi) of an employee from the agency that holds them to another. Whichever side
 * asks, the other side decides, or a central administrator: so an agency can never take another
 * agency's employee by sending their NIP first, and never push its own onto another agency unasked.
 */
@Entity
@Table(name = "employee_transfer")
public class Transfer {

  /** How the request arose. */
  public enum Origin {
    /** The receiving agency sent the NIP (an import, a gate request) while another held it. */
    CLAIM,
    /** An administrator asked for it. */
    REQUEST,
    /**
     * The agency's {@code siasn-rest} connector read SIASN showing the employee at another agency:
     * BKN's record is the source, so the transfer is approved at once.
     */
    SIASN
  }

  /** Where the request stands. */
  public enum State {
    PENDING,
    APPROVED,
    REFUSED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_transfer_seq")
  @SequenceGenerator(
      name = "employee_transfer_seq",
      sequenceName = "employee_transfer_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 18)
  private String nip;

  @Column(name = "from_agency", nullable = false, length = 32)
  private String fromAgency;

  @Column(name = "to_agency", nullable = false, length = 32)
  private String toAgency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Origin origin;

  /** The side that asked ({@code fromAgency} or {@code toAgency}), or null: a central actor. */
  @Column(name = "requested_by_agency", length = 32)
  private String requestedByAgency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(length = 500)
  private String note;

  @Column(name = "requested_by", nullable = false, length = 120)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 120)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 500)
  private String decisionNote;

  @Version private long version;

  protected Transfer() {}

  /**
   * @param requesterAgency the agency of whoever asks: one of the two sides, or null (central)
   */
  public Transfer(
      Employee employee,
      String toAgency,
      Origin origin,
      String requesterAgency,
      String requester,
      String note,
      Instant now) {
    this.nip = employee.nip();
    this.fromAgency = employee.agencyCode();
    this.toAgency = Objects.requireNonNull(toAgency);
    if (fromAgency.equals(toAgency)) {
      throw new DomainStateException(
          "TRANSFER_SAME_AGENCY",
          "Pegawai ini sudah berada di instansi " + toAgency + ".",
          "This employee is with agency " + toAgency + " already.");
    }
    if (requesterAgency != null
        && !requesterAgency.equals(fromAgency)
        && !requesterAgency.equals(toAgency)) {
      throw new IllegalArgumentException("the requester is neither side of the transfer");
    }
    this.origin = origin;
    this.requestedByAgency = requesterAgency;
    this.state = State.PENDING;
    this.requestedBy = requester;
    this.note = note;
    this.requestedAt = now;
  }

  /**
   * Whether an actor of that agency (null: central) may approve or refuse: the side that did not
   * ask, or any central actor. A central request is decided by either side.
   */
  public boolean decidableBy(String actorAgency) {
    if (actorAgency == null) {
      return true;
    }
    if (!concerns(actorAgency)) {
      return false;
    }
    return requestedByAgency == null || !requestedByAgency.equals(actorAgency);
  }

  public boolean concerns(String agency) {
    return fromAgency.equals(agency) || toAgency.equals(agency);
  }

  /**
   * Whether the personnel source's record (SIASN showing the employee at {@code agency}) may settle
   * this pending request: only when it goes to the same agency; one to another agency waits for a
   * person to decide it.
   *
   * @throws DomainStateException {@code TRANSFER_PENDING} when it goes elsewhere
   */
  public void requireFollowableTo(String agency) {
    if (!toAgency.equals(agency)) {
      throw new DomainStateException(
          "TRANSFER_PENDING",
          "SIASN mencatat pegawai ini di instansi "
              + agency
              + ", tetapi permohonan mutasi #"
              + id
              + " ke "
              + toAgency
              + " menunggu keputusan: putuskan permohonan itu dahulu.",
          "SIASN has this employee at agency "
              + agency
              + ", but transfer request #"
              + id
              + " to "
              + toAgency
              + " waits for a decision: decide it first.");
    }
  }

  /** Approved: the caller then moves the employee. */
  public void approve(String actor, String decisionNote, Instant now) {
    decide(State.APPROVED, actor, decisionNote, now);
  }

  public void refuse(String actor, String decisionNote, Instant now) {
    decide(State.REFUSED, actor, decisionNote, now);
  }

  /**
   * Whether an actor of that agency (null: central) may take the request back: the side that asked.
   */
  public boolean withdrawableBy(String actorAgency) {
    return actorAgency == null || actorAgency.equals(requestedByAgency);
  }

  /** Taken back by the side that asked (or a central actor): see {@link #withdrawableBy}. */
  public void withdraw(String actor, Instant now) {
    decide(State.WITHDRAWN, actor, null, now);
  }

  private void decide(State to, String actor, String decisionNote, Instant now) {
    if (state != State.PENDING) {
      throw new DomainStateException(
          "TRANSFER_DECIDED",
          "Permohonan mutasi ini sudah " + state.name() + ".",
          "This transfer request is " + state.name() + " already.");
    }
    this.state = to;
    this.decidedBy = actor;
    this.decidedAt = now;
    this.decisionNote = decisionNote;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nip", nip);
    m.put("from", fromAgency);
    m.put("to", toAgency);
    m.put("origin", origin.name());
    m.put("state", state.name());
    m.put("requestedBy", requestedBy);
    m.put("note", note);
    m.put("decidedBy", decidedBy);
    m.put("decisionNote", decisionNote);
    return m;
  }

  public Long id() {
    return id;
  }

  public String nip() {
    return nip;
  }

  public String fromAgency() {
    return fromAgency;
  }

  public String toAgency() {
    return toAgency;
  }

  public Origin origin() {
    return origin;
  }

  public String requestedByAgency() {
    return requestedByAgency;
  }

  public State state() {
    return state;
  }

  public String note() {
    return note;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }
}
