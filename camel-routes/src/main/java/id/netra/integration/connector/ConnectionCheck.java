package id.netra.integration.connector;

import java.util.List;

/**
 * The result of testing a connector: each check (reach the source, run each query, prepare each
 * statement, find each mapped column) with what went wrong.
 */
public record ConnectionCheck(boolean ok, List<Item> items) {

  public record Item(String name, boolean ok, String message) {}

  public static ConnectionCheck of(List<Item> items) {
    return new ConnectionCheck(items.stream().allMatch(Item::ok), List.copyOf(items));
  }
}
