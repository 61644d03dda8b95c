package id.netra.integration.connector;

/** An H2 function for a SIMPEG whose table is locked: the slow query calls it per row. */
public final class SlowSimpeg {

  private SlowSimpeg() {}

  public static int nap(int millis) throws InterruptedException {
    Thread.sleep(millis);
    return 0;
  }
}
