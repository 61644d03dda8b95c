package id.netra.domain.employee;

import java.util.List;
import java.util.Optional;

/** Where transfer requests are kept. */
public interface TransferRepository {

  Optional<Transfer> find(long id);

  /** The employee's pending request, if any: there is at most one at a time. */
  Optional<Transfer> findPending(String nip);

  /**
   * Requests that concern the agency (as sender or receiver), or every agency's for null, newest
   * first.
   *
   * @param state only these, or every state for null
   */
  List<Transfer> find(String agency, Transfer.State state, int offset, int limit);

  void add(Transfer transfer);
}
