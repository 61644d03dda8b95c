package id.netra.domain.election;

/** National general election or simultaneous regional election. */
public enum ElectionType {
  PEMILU,
  PILKADA
}
