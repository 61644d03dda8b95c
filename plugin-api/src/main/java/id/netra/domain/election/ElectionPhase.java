package id.netra.domain.election;

/** Where an election stands on a day, from its schedule. */
public enum ElectionPhase {
  /** Before the period: no neutrality rule applies yet. */
  NOT_STARTED,
  /** The period has begun; the campaign has not. */
  PREPARATION,
  CAMPAIGN,
  /** After the campaign, up to and including voting day. */
  QUIET_AND_VOTING,
  /** After voting day, until the period ends. */
  AFTER_VOTE,
  OVER
}
