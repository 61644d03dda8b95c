package id.netra.domain.audit;

/**
 * Where the chain ends: the last sealed entry's seq and hash ({@code 0} and {@link
 * AuditEntry#GENESIS} for an empty chain).
 */
public record ChainHead(long seq, String hash) {

  public static final ChainHead EMPTY = new ChainHead(0, AuditEntry.GENESIS);
}
