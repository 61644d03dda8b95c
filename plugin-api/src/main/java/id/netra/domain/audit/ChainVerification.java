package id.netra.domain.audit;

/**
 * The verdict of a walk along the chain.
 *
 * @param valid whether every link walked holds, and the last one is the head
 * @param entriesChecked how many entries were checked (after {@code afterSeq})
 * @param firstBrokenSeq the first entry whose hash or link is wrong, or that is missing; or null
 * @param problem what is wrong with it, or null
 * @param afterSeq the walk checked the entries after this one (0: from the first entry; else a
 *     checkpoint, whose own entry was compared with it)
 * @param toSeq the head when the walk began: the last entry it checked
 * @param headHash the head's hash when the walk began
 */
public record ChainVerification(
    boolean valid,
    long entriesChecked,
    Long firstBrokenSeq,
    String problem,
    long afterSeq,
    long toSeq,
    String headHash) {}
